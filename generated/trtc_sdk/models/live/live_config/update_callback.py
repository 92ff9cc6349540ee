# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live._enums.live_callback_command import LiveCallbackCommand


class UpdateCallbackRequest(RequestModel):
    """
    Request of live_config/update_callback: Change the webhook configuration.
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
            LiveCallbackCommand
            | Literal[
                "Live.CallbackAfterCreateRoom",
                "Live.CallbackAfterDestroyRoom",
                "Live.CallbackAfterUpdateRoomInfo",
                "Live.CallbackAfterSetMetadata",
                "Live.CallbackAfterDelMetadata",
                "Live.CallbackAfterMemberStateChanged",
                "Live.CallbackAfterChangeOwner",
                "Live.CallbackAfterModifyAdmin",
                "Mic.CallbackAfterSeatInfoChanged",
                "Live.CallbackAfterCreateBattle",
                "Live.CallbackAfterStartBattle",
                "Live.CallbackAfterEndBattle",
                "Live.CallbackBeforeSendGift",
                "Live.CallbackBeforeCallBackNotBlock",
            ]
            | str
        ],
        Field(
            alias="CallbackCommandList",
            description="Events to deliver.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Events to deliver."""


class UpdateCallbackResponse(Envelope):
    """
    Reply of live_config/update_callback (envelope keys included).
    """
