# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums import (
    ContactGroupMemberOperation,
    ContactGroupUpdateKind,
    ContactMarkOperation,
    ConversationListCompleteFlag,
    ConversationPinFlag,
    ConversationPinOperation,
    ConversationType,
)
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


class DeleteRequest(RequestModel):
    """
    Request of recentcontact/delete: Delete a conversation.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User whose conversation is deleted.")]
    """User whose conversation is deleted."""

    type: Annotated[ConversationType | Literal[1, 2], Field(alias="Type", description="One-to-one or group.")]
    """One-to-one or group."""

    to_account: Annotated[
        str | None, Field(alias="To_Account", description="The peer's user ID (one-to-one conversations only).")
    ] = None
    """The peer's user ID (one-to-one conversations only)."""

    to_group_id: Annotated[
        str | None,
        Field(
            alias="ToGroupid",
            description="The group ID (group conversations only); spelled ToGroupid with a lower-case i.",
        ),
    ] = None
    """The group ID (group conversations only); spelled ToGroupid with a lower-case i."""

    clear_ramble: Annotated[
        int | None,
        Field(
            alias="ClearRamble",
            description="1 also deletes the user's roaming messages of the conversation (admin_getroammsg no longer returns them); 0 keeps them. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """1 also deletes the user's roaming messages of the conversation (admin_getroammsg no longer returns them); 0 keeps them. Server default when omitted: 0."""


class DeleteResponse(Envelope):
    """
    Reply of recentcontact/delete (envelope keys included).
    """


class TopResponse(Envelope):
    """
    Reply of recentcontact/top (envelope keys included).
    """


class DelContactGroupRequest(RequestModel):
    """
    Request of recentcontact/del_contact_group: Delete a conversation group.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User who owns the conversation group.")]
    """User who owns the conversation group."""

    group_name: Annotated[
        list[str],
        Field(
            alias="GroupName",
            description="Name of the group to delete (exactly one per call for now).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 1}},
            max_length=1,
            min_length=1,
        ),
    ]
    """Name of the group to delete (exactly one per call for now)."""


class GetContactGroupRequest(RequestModel):
    """
    Request of recentcontact/get_contact_group: Pull conversation marks and groups.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User who owns the conversations.")]
    """User who owns the conversations."""

    start_index: Annotated[
        int,
        Field(
            alias="StartIndex",
            description="0 for the first page, then NextStartIndex of the previous reply.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ]
    """0 for the first page, then NextStartIndex of the previous reply."""


class ContactGroupItem(ResponseModel):
    """
    A conversation group (folder) of a user.
    """

    group_name: Annotated[str, Field(alias="GroupName", description="Name of the conversation group.")]
    """Name of the conversation group."""

    group_id: Annotated[
        int, Field(alias="GroupId", description="ID the server gave the conversation group (not a Chat group ID).")
    ]
    """ID the server gave the conversation group (not a Chat group ID)."""


class ContactItemParam(RequestModel):
    """
    A conversation named by type and peer, as the conversation-group and mark commands spell it.
    """

    type: Annotated[
        ConversationType | Literal[1, 2],
        Field(
            alias="Type",
            description="One-to-one or group (some tables type it as a string; every sample sends a number). The server may also send it as string.",
        ),
    ]
    """One-to-one or group (some tables type it as a string; every sample sends a number). The server may also send it as string."""

    to_account: Annotated[
        str | None, Field(alias="To_Account", description="The peer's user ID (one-to-one conversations).")
    ] = None
    """The peer's user ID (one-to-one conversations)."""

    to_group_id: Annotated[str | None, Field(alias="ToGroupId", description="The group ID (group conversations).")] = (
        None
    )
    """The group ID (group conversations)."""


class ContactItem(ResponseModel):
    """
    A conversation named by type and peer, as the conversation-group and mark commands spell it.
    """

    type: Annotated[
        ConversationType,
        Field(
            alias="Type",
            description="One-to-one or group (some tables type it as a string; every sample sends a number). The server may also send it as string.",
        ),
    ]
    """One-to-one or group (some tables type it as a string; every sample sends a number). The server may also send it as string."""

    to_account: Annotated[
        str | None, Field(alias="To_Account", description="The peer's user ID (one-to-one conversations).")
    ] = None
    """The peer's user ID (one-to-one conversations)."""

    to_group_id: Annotated[str | None, Field(alias="ToGroupId", description="The group ID (group conversations).")] = (
        None
    )
    """The group ID (group conversations)."""


ClearMarkItem = TypeAliasType("ClearMarkItem", Annotated[int, Field(ge=1, le=64)])


SetMarkItem = TypeAliasType("SetMarkItem", Annotated[int, Field(ge=1, le=64)])


class ContactMarkChangeParam(RequestModel):
    """
    Marks to set or clear on one conversation.
    """

    opt_type: Annotated[
        ContactMarkOperation | Literal[1, 2, 3], Field(alias="OptType", description="Which marks to change.")
    ]
    """Which marks to change."""

    contact_item: Annotated[ContactItemParam, Field(alias="ContactItem", description="The conversation.")]
    """The conversation."""

    clear_mark: Annotated[
        list[ClearMarkItem] | None,
        Field(
            alias="ClearMark",
            description="Bit numbers of standard marks to clear (bits 1-32 are reserved by Chat: 1 favourite, 2 unread, 3 folded, 4 hidden; bits 33-64 are the app's).",
            json_schema_extra={"x-limits": {"items.minimum": 1, "items.maximum": 64}},
        ),
    ] = None
    """Bit numbers of standard marks to clear (bits 1-32 are reserved by Chat: 1 favourite, 2 unread, 3 folded, 4 hidden; bits 33-64 are the app's)."""

    set_mark: Annotated[
        list[SetMarkItem] | None,
        Field(
            alias="SetMark",
            description="Bit numbers of standard marks to set.",
            json_schema_extra={"x-limits": {"items.minimum": 1, "items.maximum": 64}},
        ),
    ] = None
    """Bit numbers of standard marks to set."""

    custom_mark: Annotated[
        str | None,
        Field(
            alias="CustomMark",
            description="The new custom mark.",
            json_schema_extra={"x-max-bytes": 256, "x-limits": {"max_bytes": 256}},
        ),
    ] = None
    """The new custom mark."""


class ContactMarkItem(ResponseModel):
    """
    The mark and group data stored for one conversation.
    """

    type: Annotated[
        ConversationType, Field(alias="Type", description="One-to-one or group. The server may also send it as string.")
    ]
    """One-to-one or group. The server may also send it as string."""

    to_account: Annotated[
        str | None, Field(alias="To_Account", description="The peer's user ID (one-to-one conversations).")
    ] = None
    """The peer's user ID (one-to-one conversations)."""

    to_group_id: Annotated[str | None, Field(alias="ToGroupId", description="The group ID (group conversations).")] = (
        None
    )
    """The group ID (group conversations)."""

    standard_mark: Annotated[
        str | None,
        Field(
            alias="StandardMark", description="Standard mark bits as a string of 0 and 1 characters, such as 011111110."
        ),
    ] = None
    """Standard mark bits as a string of 0 and 1 characters, such as 011111110."""

    custom_mark: Annotated[str | None, Field(alias="CustomMark", description="The custom mark.")] = None
    """The custom mark."""

    contact_group_id: Annotated[
        list[int] | None,
        Field(alias="ContactGroupId", description="IDs of the conversation groups holding the conversation."),
    ] = None
    """IDs of the conversation groups holding the conversation."""

    timestamp: Annotated[
        int | None,
        Field(alias="Timestamp", description="When the mark or group data last changed. Unit: unix seconds."),
    ] = None
    """When the mark or group data last changed. Unit: unix seconds."""


class ContactMarkResult(ResponseModel):
    """
    The outcome of the mark change of one conversation.
    """

    opt_type: Annotated[ContactMarkOperation | None, Field(alias="OptType", description="Echo of the operation.")] = (
        None
    )
    """Echo of the operation."""

    contact_item: Annotated[ContactItem, Field(alias="ContactItem", description="The conversation.")]
    """The conversation."""

    result_code: Annotated[
        int, Field(alias="ResultCode", description="0 on success; otherwise an error code of this area.")
    ]
    """0 on success; otherwise an error code of this area."""

    result_info: Annotated[str | None, Field(alias="ResultInfo", description="Error text.")] = None
    """Error text."""


class ContactOptResult(ResponseModel):
    """
    The outcome for one conversation added to or removed from a group.
    """

    contact_opt_type: Annotated[
        ContactGroupMemberOperation | None, Field(alias="ContactOptType", description="Echo of the operation.")
    ] = None
    """Echo of the operation."""

    contact_item: Annotated[ContactItem, Field(alias="ContactItem", description="The conversation.")]
    """The conversation."""

    result_code: Annotated[
        int, Field(alias="ResultCode", description="0 on success; otherwise an error code of this area.")
    ]
    """0 on success; otherwise an error code of this area."""

    result_info: Annotated[str | None, Field(alias="ResultInfo", description="Error text.")] = None
    """Error text."""


class ContactResultItem(ResponseModel):
    """
    The outcome for one conversation of a create_contact_group call.
    """

    contact_item: Annotated[ContactItem, Field(alias="ContactItem", description="The conversation.")]
    """The conversation."""

    result_code: Annotated[
        int, Field(alias="ResultCode", description="0 on success; otherwise an error code of this area.")
    ]
    """0 on success; otherwise an error code of this area."""

    result_info: Annotated[str | None, Field(alias="ResultInfo", description="Error text.")] = None
    """Error text."""


class ContactUpdateItemParam(RequestModel):
    """
    One conversation to add to or remove from a conversation group.
    """

    contact_opt_type: Annotated[
        ContactGroupMemberOperation | Literal[1, 2], Field(alias="ContactOptType", description="Add or remove.")
    ]
    """Add or remove."""

    contact_item: Annotated[ContactItemParam, Field(alias="ContactItem", description="The conversation.")]
    """The conversation."""


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


class NewContactGroupParam(RequestModel):
    """
    A conversation group to create, with its first conversations.
    """

    group_name: Annotated[
        str,
        Field(
            alias="GroupName",
            description="Name of the new group.",
            json_schema_extra={"x-max-bytes": 32, "x-limits": {"max_bytes": 32}},
        ),
    ]
    """Name of the new group."""

    contact_item: Annotated[
        list[ContactItemParam], Field(alias="ContactItem", description="Conversations to put in it.")
    ]
    """Conversations to put in it."""


class RecentContactItemParam(RequestModel):
    """
    A conversation to pin or unpin, as recentcontact/top spells it.
    """

    type: Annotated[ConversationType | Literal[1, 2], Field(alias="Type", description="One-to-one or group.")]
    """One-to-one or group."""

    to_account: Annotated[
        str | None, Field(alias="To_Account", description="The peer's user ID (one-to-one conversations).")
    ] = None
    """The peer's user ID (one-to-one conversations)."""

    group_id: Annotated[str | None, Field(alias="GroupId", description="The group ID (group conversations).")] = None
    """The group ID (group conversations)."""


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


class TopRequest(RequestModel):
    """
    Request of recentcontact/top: Pin or unpin conversations.
    """

    from_account: Annotated[
        str, Field(alias="From_Account", description="User whose conversations are pinned or unpinned.")
    ]
    """User whose conversations are pinned or unpinned."""

    operation_type: Annotated[
        ConversationPinOperation | Literal[1, 2], Field(alias="OperationType", description="Pin or unpin.")
    ]
    """Pin or unpin."""

    recent_contact_item: Annotated[
        list[RecentContactItemParam],
        Field(
            alias="RecentContactItem",
            description="Conversations to pin or unpin.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Conversations to pin or unpin."""


class CreateContactGroupRequest(RequestModel):
    """
    Request of recentcontact/create_contact_group: Create a conversation group.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User who owns the conversation groups.")]
    """User who owns the conversation groups."""

    group_contact_item: Annotated[
        list[NewContactGroupParam],
        Field(
            alias="GroupContactItem",
            description="The group to create (exactly one per call).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 1}},
            max_length=1,
            min_length=1,
        ),
    ]
    """The group to create (exactly one per call)."""


class DelContactGroupResponse(Envelope):
    """
    Reply of recentcontact/del_contact_group (envelope keys included).
    """

    group_item: Annotated[list[ContactGroupItem] | None, Field(alias="GroupItem", description="The deleted group.")] = (
        None
    )
    """The deleted group."""


class SearchContactGroupRequest(RequestModel):
    """
    Request of recentcontact/search_contact_group: Look up conversation marks and groups.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User who owns the conversations.")]
    """User who owns the conversations."""

    contact_item: Annotated[
        list[ContactItemParam],
        Field(
            alias="ContactItem",
            description="Conversations to look up (at most 300 per call).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 300}},
            max_length=300,
            min_length=1,
        ),
    ]
    """Conversations to look up (at most 300 per call)."""


class SearchContactGroupResponse(Envelope):
    """
    Reply of recentcontact/search_contact_group (envelope keys included).
    """

    contact_result_item: Annotated[
        list[ContactMarkItem] | None,
        Field(alias="ContactResultItem", description="Mark and group data per conversation."),
    ] = None
    """Mark and group data per conversation."""

    group_item: Annotated[
        list[ContactGroupItem] | None, Field(alias="GroupItem", description="All conversation groups of the user.")
    ] = None
    """All conversation groups of the user."""


class MarkContactRequest(RequestModel):
    """
    Request of recentcontact/mark_contact: Set conversation marks.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User who owns the conversations.")]
    """User who owns the conversations."""

    mark_item: Annotated[
        list[ContactMarkChangeParam],
        Field(
            alias="MarkItem",
            description="Mark changes (at most 100 per call).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Mark changes (at most 100 per call)."""


class MarkContactResponse(Envelope):
    """
    Reply of recentcontact/mark_contact (envelope keys included).
    """

    result_item: Annotated[
        list[ContactMarkResult] | None, Field(alias="ResultItem", description="Outcome per conversation.")
    ] = None
    """Outcome per conversation."""


class GetContactGroupResponse(Envelope):
    """
    Reply of recentcontact/get_contact_group (envelope keys included).
    """

    contact_item: Annotated[
        list[ContactMarkItem] | None,
        Field(alias="ContactItem", description="Conversations with marks or groups on this page."),
    ] = None
    """Conversations with marks or groups on this page."""

    group_item: Annotated[
        list[ContactGroupItem] | None, Field(alias="GroupItem", description="All conversation groups of the user.")
    ] = None
    """All conversation groups of the user."""

    complete_flag: Annotated[
        ConversationListCompleteFlag | None, Field(alias="CompleteFlag", description="Whether this is the last page.")
    ] = None
    """Whether this is the last page."""

    next_start_index: Annotated[
        int | None, Field(alias="NextStartIndex", description="StartIndex of the next page.")
    ] = None
    """StartIndex of the next page."""


class ContactGroupCreateResult(ResponseModel):
    """
    The created conversation group and the outcome per conversation.
    """

    group_item: Annotated[ContactGroupItem, Field(alias="GroupItem", description="The new group and its ID.")]
    """The new group and its ID."""

    result_item: Annotated[
        list[ContactResultItem] | None, Field(alias="ResultItem", description="Outcome per conversation.")
    ] = None
    """Outcome per conversation."""


class ContactGroupUpdateParam(RequestModel):
    """
    The change update_contact_group makes to one conversation group.
    """

    update_group_type: Annotated[
        ContactGroupUpdateKind | Literal[1, 2],
        Field(alias="UpdateGroupType", description="Rename, or change the conversations in it."),
    ]
    """Rename, or change the conversations in it."""

    old_group_name: Annotated[
        str,
        Field(
            alias="OldGroupName",
            description="Current name of the group to change (the table requires it for renames; the samples send it for both kinds).",
        ),
    ]
    """Current name of the group to change (the table requires it for renames; the samples send it for both kinds)."""

    new_group_name: Annotated[
        str | None,
        Field(
            alias="NewGroupName",
            description="New name (renames only).",
            json_schema_extra={"x-max-bytes": 32, "x-limits": {"max_bytes": 32}},
        ),
    ] = None
    """New name (renames only)."""

    contact_update_item: Annotated[
        list[ContactUpdateItemParam] | None,
        Field(alias="ContactUpdateItem", description="Conversations to add or remove (UpdateGroupType 2)."),
    ] = None
    """Conversations to add or remove (UpdateGroupType 2)."""


class ContactGroupUpdateResult(ResponseModel):
    """
    The group after update_contact_group and the outcome per conversation.
    """

    update_group_type: Annotated[
        ContactGroupUpdateKind | None, Field(alias="UpdateGroupType", description="Echo of the kind of update.")
    ] = None
    """Echo of the kind of update."""

    group_name: Annotated[str | None, Field(alias="GroupName", description="Current name of the group.")] = None
    """Current name of the group."""

    group_id: Annotated[int | None, Field(alias="GroupId", description="ID of the group.")] = None
    """ID of the group."""

    old_group_name: Annotated[str | None, Field(alias="OldGroupName", description="Previous name of the group.")] = None
    """Previous name of the group."""

    contact_result_item: Annotated[
        list[ContactOptResult] | None,
        Field(alias="ContactResultItem", description="Outcome per conversation (member changes)."),
    ] = None
    """Outcome per conversation (member changes)."""


class CreateContactGroupResponse(Envelope):
    """
    Reply of recentcontact/create_contact_group (envelope keys included).
    """

    group_result_item: Annotated[
        list[ContactGroupCreateResult] | None,
        Field(alias="GroupResultItem", description="The created group with the outcome per conversation."),
    ] = None
    """The created group with the outcome per conversation."""


class UpdateContactGroupRequest(RequestModel):
    """
    Request of recentcontact/update_contact_group: Update a conversation group.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User who owns the conversation group.")]
    """User who owns the conversation group."""

    update_type: Annotated[
        int,
        Field(
            alias="UpdateType",
            description="Kind of update; 1 (update a group) is the only documented value.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 1}},
            le=1,
        ),
    ]
    """Kind of update; 1 (update a group) is the only documented value."""

    update_group: Annotated[ContactGroupUpdateParam, Field(alias="UpdateGroup", description="The change to make.")]
    """The change to make."""


class UpdateContactGroupResponse(Envelope):
    """
    Reply of recentcontact/update_contact_group (envelope keys included).
    """

    update_type: Annotated[int | None, Field(alias="UpdateType", description="Echo of UpdateType.")] = None
    """Echo of UpdateType."""

    update_group_result: Annotated[
        ContactGroupUpdateResult | None,
        Field(alias="UpdateGroupResult", description="The group after the change, with the outcome per conversation."),
    ] = None
    """The group after the change, with the outcome per conversation."""
