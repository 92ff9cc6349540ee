# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.avchatroom_admin_command import AvchatroomAdminCommand
from trtc_sdk.models.envelope import Envelope


class ModifyAdminRequest(RequestModel):
    """
    Request of group_open_avchatroom_http_svc/modify_admin: Set or remove live-group administrators.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The live-stream group.")]
    """The live-stream group."""

    command_type: Annotated[
        AvchatroomAdminCommand | Literal[1, 2], Field(alias="CommandType", description="Grant or revoke the role.")
    ]
    """Grant or revoke the role."""

    admin_account: Annotated[
        list[str],
        Field(
            alias="Admin_Account",
            description="User IDs to change; a live-stream group has at most 5 administrators.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 5}},
            max_length=5,
            min_length=1,
        ),
    ]
    """User IDs to change; a live-stream group has at most 5 administrators."""


class ModifyAdminResponse(Envelope):
    """
    Reply of group_open_avchatroom_http_svc/modify_admin (envelope keys included).
    """
