# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetGroupShuttedUinRequest(RequestModel):
    """
    Request of group_open_http_svc/get_group_shutted_uin: List muted members (legacy name).
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to read.")]
    """Group to read."""


class ShuttedGroupMember(ResponseModel):
    """
    A muted member as the legacy get_group_shutted_uin reports it.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    shutted_until: Annotated[int, Field(alias="ShuttedUntil", description="When the mute ends. Unit: unix seconds.")]
    """When the mute ends. Unit: unix seconds."""


class GetGroupShuttedUinResponse(Envelope):
    """
    Reply of group_open_http_svc/get_group_shutted_uin (envelope keys included).
    """

    group_id: Annotated[str | None, Field(alias="GroupId", description="The group.")] = None
    """The group."""

    shutted_uin_list: Annotated[list[ShuttedGroupMember], Field(alias="ShuttedUinList", description="Muted members.")]
    """Muted members."""
