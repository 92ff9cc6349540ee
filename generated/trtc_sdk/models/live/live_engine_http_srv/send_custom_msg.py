# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live.live_engine_http_srv._shared import SendMsgResult


class SendCustomMsgRequest(RequestModel):
    """
    Request of live_engine_http_srv/send_custom_msg: Send a custom message to a room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to post in.")]
    """Room to post in."""

    sender_account: Annotated[str | None, Field(alias="Sender_Account", description="User ID shown as the sender.")] = (
        None
    )
    """User ID shown as the sender."""

    business_id: Annotated[str, Field(alias="BusinessId", description="App-defined type tag of the message.")]
    """App-defined type tag of the message."""

    data: Annotated[
        str,
        Field(
            alias="Data",
            description="Payload of the message. The server may also send it as integer.",
            json_schema_extra={"x-send-as-string": True},
        ),
    ]
    """Payload of the message. The server may also send it as integer."""


class SendCustomMsgResponse(Envelope):
    """
    Reply of live_engine_http_srv/send_custom_msg (envelope keys included).
    """

    response: Annotated[
        SendMsgResult | None, Field(alias="Response", description="Timestamp and sequence of the message.")
    ] = None
    """Timestamp and sequence of the message."""
