# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums import FollowListType, FollowRelation
from trtc_sdk.models.chat._shared import ProfileItem, SnsResultItem
from trtc_sdk.models.envelope import Envelope


class FollowAddResponse(Envelope):
    """
    Reply of follow/follow_add (envelope keys included).
    """

    result_item: Annotated[list[SnsResultItem] | None, Field(alias="ResultItem", description="Outcome per target.")] = (
        None
    )
    """Outcome per target."""


class FollowDeleteRequest(RequestModel):
    """
    Request of follow/follow_delete: Unfollow users.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user who unfollows.")]
    """The user who unfollows."""

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users to unfollow.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """Users to unfollow."""


class FollowDeleteResponse(Envelope):
    """
    Reply of follow/follow_delete (envelope keys included).
    """

    result_item: Annotated[list[SnsResultItem] | None, Field(alias="ResultItem", description="Outcome per target.")] = (
        None
    )
    """Outcome per target."""


class FollowCheckRequest(RequestModel):
    """
    Request of follow/follow_check: Check follow relationships.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose relationships are checked.")]
    """The user whose relationships are checked."""

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users to check.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users to check."""


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


class FollowGetInfoRequest(RequestModel):
    """
    Request of follow/follow_get_info: Get follow counts.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The requesting user.")]
    """The requesting user."""

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users whose counts are wanted.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """Users whose counts are wanted."""


class FollowCheckItem(ResponseModel):
    """
    The follow relationship with one checked user.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The checked user.")]
    """The checked user."""

    result_code: Annotated[
        int, Field(alias="ResultCode", description="0 when the check succeeded; otherwise an error code.")
    ]
    """0 when the check succeeded; otherwise an error code."""

    result_info: Annotated[str, Field(alias="ResultInfo", description="Error text; empty on success.")]
    """Error text; empty on success."""

    follow_type: Annotated[
        FollowRelation, Field(alias="FollowType", description="The relationship (meaningful when ResultCode is 0).")
    ]
    """The relationship (meaningful when ResultCode is 0)."""


class FollowInfo(ResponseModel):
    """
    Follow counts of one user, or why they could not be read.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The user.")]
    """The user."""

    result_code: Annotated[int, Field(alias="ResultCode", description="0 on success; otherwise an error code.")]
    """0 on success; otherwise an error code."""

    result_info: Annotated[str, Field(alias="ResultInfo", description="Error text; empty on success.")]
    """Error text; empty on success."""

    follower_count: Annotated[
        int | None, Field(alias="FollowerCount", description="Users who follow the user. Unit: count.")
    ] = None
    """Users who follow the user. Unit: count."""

    following_count: Annotated[
        int | None, Field(alias="FollowingCount", description="Users the user follows. Unit: count.")
    ] = None
    """Users the user follows. Unit: count."""

    mutual_following_count: Annotated[
        int | None, Field(alias="MutualFollowingCount", description="Mutual follows. Unit: count.")
    ] = None
    """Mutual follows. Unit: count."""


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


class FollowTargetParam(RequestModel):
    """
    A user to follow.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The user to follow.")]
    """The user to follow."""


class FollowAddRequest(RequestModel):
    """
    Request of follow/follow_add: Follow users.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user who follows.")]
    """The user who follows."""

    follow_item: Annotated[
        list[FollowTargetParam],
        Field(
            alias="FollowItem",
            description="Users to follow.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """Users to follow."""


class FollowCheckResponse(Envelope):
    """
    Reply of follow/follow_check (envelope keys included).
    """

    result_item: Annotated[list[FollowCheckItem] | None, Field(alias="ResultItem", description="Result per user.")] = (
        None
    )
    """Result per user."""


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


class FollowGetInfoResponse(Envelope):
    """
    Reply of follow/follow_get_info (envelope keys included).
    """

    follow_info: Annotated[list[FollowInfo] | None, Field(alias="FollowInfo", description="Counts per user.")] = None
    """Counts per user."""
