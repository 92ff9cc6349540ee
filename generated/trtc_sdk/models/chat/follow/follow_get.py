# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.follow_list_type import FollowListType
from trtc_sdk.models.chat._shared.profile_item import ProfileItem
from trtc_sdk.models.envelope import Envelope


class FollowGetRequest(RequestModel):
    """
    Request of follow/follow_get: List followers, followings or mutual follows.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose list is read.")]
    """The user whose list is read."""

    follow_type: Annotated[FollowListType | Literal[1, 2, 3], Field(alias="FollowType", description="Which list.")]
    """Which list."""

    start_cursor: Annotated[
        str,
        Field(
            alias="StartCursor",
            description="Where the page starts: empty first, then the NextCursor of the previous page.",
        ),
    ]
    """Where the page starts: empty first, then the NextCursor of the previous page."""

    want_num: Annotated[
        int,
        Field(
            alias="WantNum",
            description="Users per page. Unit: count. Server default when omitted: 100.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 1000}},
            le=1000,
        ),
    ]
    """Users per page. Unit: count. Server default when omitted: 100."""


class FollowListItem(ResponseModel):
    """
    One user of a follow list.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The user.")]
    """The user."""

    follow_time: Annotated[
        int | None, Field(alias="FollowTime", description="When the follow began. Unit: unix seconds.")
    ] = None
    """When the follow began. Unit: unix seconds."""

    profile_item: Annotated[
        list[ProfileItem] | None, Field(alias="ProfileItem", description="Profile fields of the user.")
    ] = None
    """Profile fields of the user."""


class FollowGetResponse(Envelope):
    """
    Reply of follow/follow_get (envelope keys included).
    """

    follow_item: Annotated[
        list[FollowListItem] | None, Field(alias="FollowItem", description="Users on this page.")
    ] = None
    """Users on this page."""

    next_cursor: Annotated[
        str | None,
        Field(alias="NextCursor", description="StartCursor of the next page; empty once the list is complete."),
    ] = None
    """StartCursor of the next page; empty once the list is complete."""
