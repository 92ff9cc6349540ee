# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live.live_engine_http_srv._shared import SendMsgResult


class SendTextMsgRequest(RequestModel):
    """
    Request of live_engine_http_srv/send_text_msg: Send a text message to a room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to post in.")]
    """Room to post in."""

    sender_account: Annotated[str, Field(alias="Sender_Account", description="User ID shown as the sender.")]
    """User ID shown as the sender."""

    text_content: Annotated[str, Field(alias="TextContent", description="Message text.")]
    """Message text."""

    extension_info: Annotated[
        str | None,
        Field(
            alias="ExtensionInfo",
            description="App-defined JSON string, stored with the message as its cloud custom data.",
        ),
    ] = None
    """App-defined JSON string, stored with the message as its cloud custom data."""


class SendTextMsgResponse(Envelope):
    """
    Reply of live_engine_http_srv/send_text_msg (envelope keys included).
    """

    response: Annotated[
        SendMsgResult | None, Field(alias="Response", description="Timestamp and sequence of the message.")
    ] = None
    """Timestamp and sequence of the message."""
