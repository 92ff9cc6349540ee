# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat.sns._shared import SnsTagValue
from trtc_sdk.models.envelope import Envelope


class FriendGetRequest(RequestModel):
    """
    Request of sns/friend_get: List friends.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose friends are listed.")]
    """The user whose friends are listed."""

    start_index: Annotated[
        int,
        Field(
            alias="StartIndex",
            description="Where the page starts: 0 first, then the NextStartIndex of the previous page.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ]
    """Where the page starts: 0 first, then the NextStartIndex of the previous page."""

    standard_sequence: Annotated[
        int | None,
        Field(
            alias="StandardSequence",
            description="StandardSequence of an earlier listing; when unchanged, standard friend fields are left out of the reply.",
        ),
    ] = None
    """StandardSequence of an earlier listing; when unchanged, standard friend fields are left out of the reply."""

    custom_sequence: Annotated[
        int | None,
        Field(
            alias="CustomSequence",
            description="CustomSequence of an earlier listing; when unchanged, custom friend fields are left out of the reply.",
        ),
    ] = None
    """CustomSequence of an earlier listing; when unchanged, custom friend fields are left out of the reply."""


class FriendDataItem(ResponseModel):
    """
    One friend and all its friend fields.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The friend.")]
    """The friend."""

    value_item: Annotated[
        list[SnsTagValue] | None, Field(alias="ValueItem", description="Standard and custom friend fields.")
    ] = None
    """Standard and custom friend fields."""


class FriendGetResponse(Envelope):
    """
    Reply of sns/friend_get (envelope keys included).
    """

    user_data_item: Annotated[
        list[FriendDataItem] | None, Field(alias="UserDataItem", description="Friends on this page.")
    ] = None
    """Friends on this page."""

    standard_sequence: Annotated[
        int | None,
        Field(
            alias="StandardSequence",
            description="Current version of the standard friend data; send it back to skip unchanged data.",
        ),
    ] = None
    """Current version of the standard friend data; send it back to skip unchanged data."""

    custom_sequence: Annotated[
        int | None, Field(alias="CustomSequence", description="Current version of the custom friend data.")
    ] = None
    """Current version of the custom friend data."""

    friend_num: Annotated[int | None, Field(alias="FriendNum", description="Total number of friends. Unit: count.")] = (
        None
    )
    """Total number of friends. Unit: count."""

    complete_flag: Annotated[
        int | None, Field(alias="CompleteFlag", description="Not 0 once every friend has been returned.")
    ] = None
    """Not 0 once every friend has been returned."""

    next_start_index: Annotated[
        int | None, Field(alias="NextStartIndex", description="StartIndex of the next page.")
    ] = None
    """StartIndex of the next page."""
