# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import ResponseModel
from trtc_sdk.models.chat._enums.login_platform import LoginPlatform
from trtc_sdk.models.chat._enums.online_status import OnlineStatus


class OnlinePlatformStatus(ResponseModel):
    """
    A user's state on one platform.
    """

    platform: Annotated[LoginPlatform | None, Field(alias="Platform", description="The platform.")] = None
    """The platform."""

    status: Annotated[OnlineStatus | None, Field(alias="Status", description="State on that platform.")] = None
    """State on that platform."""
