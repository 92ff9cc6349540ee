# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Any

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class ImGetAttrNameRequest(RequestModel):
    """
    Request of all_member_push/im_get_attr_name: Get the names of the app's push attributes.
    """


class ImGetAttrNameResponse(Envelope):
    """
    Reply of all_member_push/im_get_attr_name (envelope keys included).
    """

    attr_names: Annotated[
        dict[str, Any] | None, Field(alias="AttrNames", description='Slot number ("0" to "9") to attribute name.')
    ] = None
    """Slot number ("0" to "9") to attribute name."""
