# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live._enums.live_callback_command import LiveCallbackCommand


class GetCallbackRequest(RequestModel):
    """
    Request of live_config/get_callback: Get the webhook configuration.
    """


class LiveCallbackConfig(ResponseModel):
    """
    The app's Live webhook configuration.
    """

    url: Annotated[str, Field(alias="Url", description="Webhook endpoint.")]
    """Webhook endpoint."""

    callback_command_list: Annotated[
        list[LiveCallbackCommand], Field(alias="CallbackCommandList", description="Events delivered to it.")
    ]
    """Events delivered to it."""


class GetCallbackResponse(Envelope):
    """
    Reply of live_config/get_callback (envelope keys included).
    """

    response: Annotated[LiveCallbackConfig, Field(alias="Response", description="The current configuration.")]
    """The current configuration."""
