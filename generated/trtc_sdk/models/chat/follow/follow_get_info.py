# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


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


class FollowGetInfoResponse(Envelope):
    """
    Reply of follow/follow_get_info (envelope keys included).
    """

    follow_info: Annotated[list[FollowInfo] | None, Field(alias="FollowInfo", description="Counts per user.")] = None
    """Counts per user."""
