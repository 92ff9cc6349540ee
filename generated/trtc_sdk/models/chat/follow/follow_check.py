# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.follow_relation import FollowRelation
from trtc_sdk.models.envelope import Envelope


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


class FollowCheckResponse(Envelope):
    """
    Reply of follow/follow_check (envelope keys included).
    """

    result_item: Annotated[list[FollowCheckItem] | None, Field(alias="ResultItem", description="Result per user.")] = (
        None
    )
    """Result per user."""
