# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.sns_result_item import SnsResultItem
from trtc_sdk.models.envelope import Envelope


class FollowAddResponse(Envelope):
    """
    Reply of follow/follow_add (envelope keys included).
    """

    result_item: Annotated[list[SnsResultItem] | None, Field(alias="ResultItem", description="Outcome per target.")] = (
        None
    )
    """Outcome per target."""


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
