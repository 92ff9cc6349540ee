# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class C2cMsgReadReceiptResponse(Envelope):
    """
    Reply of openim/c2c_msg_read_receipt (envelope keys included).
    """


class C2CReceiptMessageParam(RequestModel):
    """
    A message a read receipt is sent for.
    """

    from_account: Annotated[
        str, Field(alias="From_Account", description="Sender of the message; must equal Peer_Account.")
    ]
    """Sender of the message; must equal Peer_Account."""

    to_account: Annotated[
        str, Field(alias="To_Account", description="Receiver of the message; must equal Operator_Account.")
    ]
    """Receiver of the message; must equal Operator_Account."""

    msg_key: Annotated[str, Field(alias="MsgKey", description="Key of the message.")]
    """Key of the message."""


class C2cMsgReadReceiptRequest(RequestModel):
    """
    Request of openim/c2c_msg_read_receipt: Send read receipts for one-to-one messages.
    """

    operator_account: Annotated[
        str, Field(alias="Operator_Account", description="The receiver who sends the receipts.")
    ]
    """The receiver who sends the receipts."""

    peer_account: Annotated[str, Field(alias="Peer_Account", description="The sender of the messages.")]
    """The sender of the messages."""

    c2c_msg_info: Annotated[
        list[C2CReceiptMessageParam],
        Field(
            alias="C2CMsgInfo",
            description="The messages the receipts are for.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """The messages the receipts are for."""
