# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetAdminListRequest(RequestModel):
    """
    Request of group_open_avchatroom_http_svc/get_admin_list: List live-group administrators.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The live-stream group.")]
    """The live-stream group."""


class AvchatroomAdmin(ResponseModel):
    """
    An administrator of a live-stream group.
    """

    admin_account: Annotated[str, Field(alias="Admin_Account", description="User ID of the administrator.")]
    """User ID of the administrator."""

    avatar: Annotated[str | None, Field(alias="Avatar", description="Profile photo URL (empty when not set).")] = None
    """Profile photo URL (empty when not set)."""

    nick_name: Annotated[str | None, Field(alias="NickName", description="Nickname (empty when not set).")] = None
    """Nickname (empty when not set)."""


class GetAdminListResponse(Envelope):
    """
    Reply of group_open_avchatroom_http_svc/get_admin_list (envelope keys included).
    """

    admin_list: Annotated[
        list[AvchatroomAdmin] | None, Field(alias="Admin_List", description="The administrators of the group.")
    ] = None
    """The administrators of the group."""
