# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class KickRequest(RequestModel):
    """
    Request of im_open_login_svc/kick: Invalidate a user's login state.
    """

    user_id: Annotated[str, Field(alias="UserID", description="The user whose login state is invalidated.")]
    """The user whose login state is invalidated."""


class KickResponse(Envelope):
    """
    Reply of im_open_login_svc/kick (envelope keys included).
    """
