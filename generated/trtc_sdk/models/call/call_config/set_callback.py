# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.call._enums.callback_command import CallbackCommand
from trtc_sdk.models.envelope import Envelope


class SetCallbackRequest(RequestModel):
    """
    Request of call_config/set_callback: Set the webhook configuration.
    """

    url: Annotated[
        str,
        Field(
            alias="Url",
            description="Webhook endpoint; https is advised.",
            json_schema_extra={"x-limits": {"pattern": "^https?://"}},
            pattern="^https?://",
        ),
    ]
    """Webhook endpoint; https is advised."""

    callback_command_list: Annotated[
        list[
            CallbackCommand
            | Literal["Call.CallbackAfterStartCall", "Call.CallbackAfterEndCall", "Call.CallbackAfterMemberChanged"]
        ],
        Field(alias="CallbackCommandList", description="Events to deliver."),
    ]
    """Events to deliver."""


class SetCallbackResponse(Envelope):
    """
    Reply of call_config/set_callback (envelope keys included).
    """
