# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class GetIpListRequest(RequestModel):
    """
    Request of ConfigSvc/GetIPList: Get server IP addresses.
    """


class GetIpListResponse(Envelope):
    """
    Reply of ConfigSvc/GetIPList (envelope keys included).
    """

    ip_list: Annotated[list[str] | None, Field(alias="IPList", description="IP addresses or CIDR ranges.")] = None
    """IP addresses or CIDR ranges."""
