# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.conversation_list_complete_flag import ConversationListCompleteFlag
from trtc_sdk.models.chat._enums.conversation_pin_flag import ConversationPinFlag
from trtc_sdk.models.chat._enums.conversation_type import ConversationType
from trtc_sdk.models.envelope import Envelope


class GetListRequest(RequestModel):
    """
    Request of recentcontact/get_list: Pull a conversation list.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User whose conversations are listed.")]
    """User whose conversations are listed."""

    time_stamp: Annotated[
        int,
        Field(
            alias="TimeStamp",
            description="Time cursor of the normal conversations: 0 for the first page, then TimeStamp of the previous reply.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
            le=9223372036854775807,
        ),
    ]
    """Time cursor of the normal conversations: 0 for the first page, then TimeStamp of the previous reply."""

    start_index: Annotated[
        int,
        Field(
            alias="StartIndex",
            description="Index cursor of the normal conversations: 0 first, then StartIndex of the previous reply.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ]
    """Index cursor of the normal conversations: 0 first, then StartIndex of the previous reply."""

    top_time_stamp: Annotated[
        int,
        Field(
            alias="TopTimeStamp",
            description="Time cursor of the pinned conversations: 0 first, then TopTimeStamp of the previous reply.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
            le=9223372036854775807,
        ),
    ]
    """Time cursor of the pinned conversations: 0 first, then TopTimeStamp of the previous reply."""

    top_start_index: Annotated[
        int,
        Field(
            alias="TopStartIndex",
            description="Index cursor of the pinned conversations: 0 first, then TopStartIndex of the previous reply.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ]
    """Index cursor of the pinned conversations: 0 first, then TopStartIndex of the previous reply."""

    assist_flags: Annotated[
        int,
        Field(
            alias="AssistFlags",
            description="Bit mask of what to return. The 2023 page defines bit 0 (support pinned conversations), bit 1 (include empty conversations) and bit 2 (page the pinned conversations); the current pages say to always send 63 to get complete data, including marks and conversation groups.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ]
    """Bit mask of what to return. The 2023 page defines bit 0 (support pinned conversations), bit 1 (include empty conversations) and bit 2 (page the pinned conversations); the current pages say to always send 63 to get complete data, including marks and conversation groups."""


class ConversationItem(ResponseModel):
    """
    One conversation of a user's list.
    """

    type: Annotated[ConversationType, Field(alias="Type", description="One-to-one or group.")]
    """One-to-one or group."""

    to_account: Annotated[
        str | None, Field(alias="To_Account", description="The peer's user ID (one-to-one conversations only).")
    ] = None
    """The peer's user ID (one-to-one conversations only)."""

    group_id: Annotated[str | None, Field(alias="GroupId", description="The group ID (group conversations only).")] = (
        None
    )
    """The group ID (group conversations only)."""

    msg_time: Annotated[
        int | None,
        Field(
            alias="MsgTime",
            description="Time of the conversation's latest activity (the English table calls it a duration; the samples are timestamps). Unit: unix seconds.",
        ),
    ] = None
    """Time of the conversation's latest activity (the English table calls it a duration; the samples are timestamps). Unit: unix seconds."""

    top_flag: Annotated[
        ConversationPinFlag | None, Field(alias="TopFlag", description="Whether the conversation is pinned.")
    ] = None
    """Whether the conversation is pinned."""

    standard_mark: Annotated[
        str | None,
        Field(
            alias="StandardMark",
            description="Standard mark bits as a string of 0 and 1 characters (newer pages; needs AssistFlags with the mark bits).",
        ),
    ] = None
    """Standard mark bits as a string of 0 and 1 characters (newer pages; needs AssistFlags with the mark bits)."""

    custom_mark: Annotated[str | None, Field(alias="CustomMark", description="The custom mark (newer pages).")] = None
    """The custom mark (newer pages)."""

    contact_group_id: Annotated[
        list[int] | None,
        Field(
            alias="ContactGroupId",
            description="IDs of the conversation groups holding this conversation (newer pages).",
        ),
    ] = None
    """IDs of the conversation groups holding this conversation (newer pages)."""


class GetListResponse(Envelope):
    """
    Reply of recentcontact/get_list (envelope keys included).
    """

    session_item: Annotated[
        list[ConversationItem] | None, Field(alias="SessionItem", description="Conversations on this page.")
    ] = None
    """Conversations on this page."""

    complete_flag: Annotated[
        ConversationListCompleteFlag, Field(alias="CompleteFlag", description="Whether this is the last page.")
    ]
    """Whether this is the last page."""

    time_stamp: Annotated[int | None, Field(alias="TimeStamp", description="TimeStamp to send for the next page.")] = (
        None
    )
    """TimeStamp to send for the next page."""

    start_index: Annotated[
        int | None, Field(alias="StartIndex", description="StartIndex to send for the next page.")
    ] = None
    """StartIndex to send for the next page."""

    top_time_stamp: Annotated[
        int | None, Field(alias="TopTimeStamp", description="TopTimeStamp to send for the next page.")
    ] = None
    """TopTimeStamp to send for the next page."""

    top_start_index: Annotated[
        int | None, Field(alias="TopStartIndex", description="TopStartIndex to send for the next page.")
    ] = None
    """TopStartIndex to send for the next page."""
