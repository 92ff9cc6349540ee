# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.call._enums.callback_command import CallbackCommand
from trtc_sdk.models.envelope import Envelope


class GetCallbackRequest(RequestModel):
    """
    Request of call_config/get_callback: Get the webhook configuration.
    """


class CallbackConfig(ResponseModel):
    """
    The app's webhook configuration.
    """

    url: Annotated[str, Field(alias="Url", description="Webhook endpoint.")]
    """Webhook endpoint."""

    callback_command_list: Annotated[
        list[CallbackCommand], Field(alias="CallbackCommandList", description="Events delivered to it.")
    ]
    """Events delivered to it."""


class GetCallbackResponse(Envelope):
    """
    Reply of call_config/get_callback (envelope keys included).
    """

    response: Annotated[CallbackConfig, Field(alias="Response", description="The current configuration.")]
    """The current configuration."""
