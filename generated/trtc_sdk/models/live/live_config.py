# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live._enums import LiveCallbackCommand


class SetCallbackRequest(RequestModel):
    """
    Request of live_config/set_callback: Create the webhook configuration.
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


class SetCallbackResponse(Envelope):
    """
    Reply of live_config/set_callback (envelope keys included).
    """


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


class GetCallbackRequest(RequestModel):
    """
    Request of live_config/get_callback: Get the webhook configuration.
    """


class DeleteCallbackRequest(RequestModel):
    """
    Request of live_config/delete_callback: Delete the webhook configuration.
    """


class DeleteCallbackResponse(Envelope):
    """
    Reply of live_config/delete_callback (envelope keys included).
    """


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


class GetCallbackTokenRequest(RequestModel):
    """
    Request of live_config/get_callback_token: Get the webhook authentication token.
    """


class DeleteCallbackTokenRequest(RequestModel):
    """
    Request of live_config/delete_callback_token: Delete the webhook authentication token.
    """


class DeleteCallbackTokenResponse(Envelope):
    """
    Reply of live_config/delete_callback_token (envelope keys included).
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


class GetCallbackTokenResponse(Envelope):
    """
    Reply of live_config/get_callback_token (envelope keys included).
    """

    response: Annotated[CallbackToken, Field(alias="Response", description="The token setting.")]
    """The token setting."""
