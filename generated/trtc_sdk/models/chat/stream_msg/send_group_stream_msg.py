# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.msg_element_param import StreamElementParam
from trtc_sdk.models.envelope import Envelope


class SendGroupStreamMsgRequest(RequestModel):
    """
    Request of stream_msg/send_group_stream_msg: Send a streamed group message.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    from_account: Annotated[
        str | None,
        Field(alias="From_Account", description="User ID shown as the sender (used by the TIMBot plugin; see notes)."),
    ] = None
    """User ID shown as the sender (used by the TIMBot plugin; see notes)."""

    msg_random: Annotated[
        int | None, Field(alias="MsgRandom", description="Random number of the message.", ge=0, le=4294967295)
    ] = None
    """Random number of the message."""

    msg_body: Annotated[
        list[StreamElementParam],
        Field(
            alias="MsgBody",
            description="One streamed element carrying this call's chunks (and, after the first call, the stream's ID).",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """One streamed element carrying this call's chunks (and, after the first call, the stream's ID)."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""


class SendGroupStreamMsgResponse(Envelope):
    """
    Reply of stream_msg/send_group_stream_msg (envelope keys included).
    """

    stream_msg_id: Annotated[
        str | None,
        Field(
            alias="StreamMsgID",
            description="ID of the stream, to be sent in MsgContent.StreamMsgID of every later call (see notes).",
        ),
    ] = None
    """ID of the stream, to be sent in MsgContent.StreamMsgID of every later call (see notes)."""
