# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.room._enums.room_callback_command import RoomCallbackCommand


class GetCallbackRequest(RequestModel):
    """
    Request of room_config/get_callback: Get the webhook configuration.
    """


class RoomCallbackConfig(ResponseModel):
    """
    The app's room webhook configuration.
    """

    url: Annotated[str, Field(alias="Url", description="Webhook endpoint.")]
    """Webhook endpoint."""

    callback_command_list: Annotated[
        list[RoomCallbackCommand], Field(alias="CallbackCommandList", description="Events delivered to it.")
    ]
    """Events delivered to it."""


class GetCallbackResponse(Envelope):
    """
    Reply of room_config/get_callback (envelope keys included).
    """

    response: Annotated[RoomCallbackConfig, Field(alias="Response", description="The current configuration.")]
    """The current configuration."""
