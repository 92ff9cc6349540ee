# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.msg_element_param import MsgElementParam
from trtc_sdk.models.envelope import Envelope


class SendBroadcastMsgRequest(RequestModel):
    """
    Request of group_open_http_svc/send_broadcast_msg: Broadcast to all audio-video groups.
    """

    from_account: Annotated[
        str | None,
        Field(
            alias="From_Account",
            description="User shown as the sender; omitted, the calling administrator. Must exist.",
        ),
    ] = None
    """User shown as the sender; omitted, the calling administrator. Must exist."""

    random: Annotated[
        int | None,
        Field(
            alias="Random",
            description="Random number used for de-duplication; required by the server and filled by the SDK when omitted.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """Random number used for de-duplication; required by the server and filled by the SDK when omitted."""

    msg_body: Annotated[
        list[MsgElementParam],
        Field(
            alias="MsgBody",
            description="Body; several elements may be merged into one message of up to 12,000 bytes.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Body; several elements may be merged into one message of up to 12,000 bytes."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data delivered with the message.")
    ] = None
    """Custom data delivered with the message."""


class SendBroadcastMsgResponse(Envelope):
    """
    Reply of group_open_http_svc/send_broadcast_msg (envelope keys included).
    """

    msg_seq: Annotated[int | None, Field(alias="MsgSeq", description="Sequence number of the message.")] = None
    """Sequence number of the message."""
