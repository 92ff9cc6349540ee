# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetCallbackTokenRequest(RequestModel):
    """
    Request of live_config/get_callback_token: Get the webhook authentication token.
    """


class CallbackToken(ResponseModel):
    """
    The webhook authentication token setting.
    """

    token: Annotated[
        str | None,
        Field(alias="Token", description="Token value used to sign webhook requests; a credential, never logged."),
    ] = None
    """Token value used to sign webhook requests; a credential, never logged."""

    is_token_enable: Annotated[
        bool | None, Field(alias="IsTokenEnable", description="Whether webhook authentication is on.")
    ] = None
    """Whether webhook authentication is on."""


class GetCallbackTokenResponse(Envelope):
    """
    Reply of live_config/get_callback_token (envelope keys included).
    """

    response: Annotated[CallbackToken, Field(alias="Response", description="The token setting.")]
    """The token setting."""
