# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class AdminMsgwithdrawRequest(RequestModel):
    """
    Request of openim/admin_msgwithdraw: Recall a one-to-one message.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="Sender of the message.")]
    """Sender of the message."""

    to_account: Annotated[str, Field(alias="To_Account", description="Receiver of the message.")]
    """Receiver of the message."""

    msg_key: Annotated[
        str,
        Field(
            alias="MsgKey",
            description="Key of the message, from sendmsg / batchsendmsg replies, the send webhooks or admin_getroammsg.",
        ),
    ]
    """Key of the message, from sendmsg / batchsendmsg replies, the send webhooks or admin_getroammsg."""


class AdminMsgwithdrawResponse(Envelope):
    """
    Reply of openim/admin_msgwithdraw (envelope keys included).
    """
