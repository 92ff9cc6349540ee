# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.profile_item_param import ProfileItemParam
from trtc_sdk.models.envelope import Envelope


class PortraitSetRequest(RequestModel):
    """
    Request of profile/portrait_set: Set a user's profile.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose profile is written.")]
    """The user whose profile is written."""

    profile_item: Annotated[
        list[ProfileItemParam],
        Field(
            alias="ProfileItem",
            description="Fields to set.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Fields to set."""


class PortraitSetResponse(Envelope):
    """
    Reply of profile/portrait_set (envelope keys included).
    """
