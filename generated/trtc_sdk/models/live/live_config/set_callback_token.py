# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class SetCallbackTokenRequest(RequestModel):
    """
    Request of live_config/set_callback_token: Set the webhook authentication token.
    """

    token: Annotated[
        str | None,
        Field(
            alias="Token",
            description="Token value; required when no token exists yet. A credential, never logged.",
            json_schema_extra={"x-limits": {"max_length": 128, "min_length": 1}},
            max_length=128,
            min_length=1,
        ),
    ] = None
    """Token value; required when no token exists yet. A credential, never logged."""

    is_token_enable: Annotated[
        bool | None,
        Field(
            alias="IsTokenEnable",
            description="Whether webhook authentication is on; required when no token exists yet.",
        ),
    ] = None
    """Whether webhook authentication is on; required when no token exists yet."""


class SetCallbackTokenResponse(Envelope):
    """
    Reply of live_config/set_callback_token (envelope keys included).
    """
