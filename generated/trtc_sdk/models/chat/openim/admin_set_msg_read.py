# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class AdminSetMsgReadRequest(RequestModel):
    """
    Request of openim/admin_set_msg_read: Mark one-to-one messages as read.
    """

    report_account: Annotated[
        str, Field(alias="Report_Account", description="User for whom the messages are marked read.")
    ]
    """User for whom the messages are marked read."""

    peer_account: Annotated[str, Field(alias="Peer_Account", description="The other side of the conversation.")]
    """The other side of the conversation."""

    msg_read_time: Annotated[
        str | None,
        Field(
            alias="MsgReadTime",
            description="Unix time in seconds; messages before it become read. Now when left out. The server may also send it as integer.",
            json_schema_extra={"x-send-as-string": True},
        ),
    ] = None
    """Unix time in seconds; messages before it become read. Now when left out. The server may also send it as integer."""


class AdminSetMsgReadResponse(Envelope):
    """
    Reply of openim/admin_set_msg_read (envelope keys included).
    """
