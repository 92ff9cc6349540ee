# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.room._enums import RoomCallbackCommand


class SetCallbackRequest(RequestModel):
    """
    Request of room_config/set_callback: Create the webhook configuration.
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
            RoomCallbackCommand
            | Literal[
                "Room.CallbackAfterCreateRoom",
                "Room.CallbackAfterDestroyRoom",
                "Room.CallbackAfterUpdateRoomInfo",
                "Room.CallbackAfterMemberEnter",
                "Room.CallbackAfterMemberLeave",
                "Mic.CallbackAfterSeatInfoChanged",
            ]
            | str
        ],
        Field(alias="CallbackCommandList", description="Events to deliver."),
    ]
    """Events to deliver."""


class SetCallbackResponse(Envelope):
    """
    Reply of room_config/set_callback (envelope keys included).
    """


class UpdateCallbackRequest(RequestModel):
    """
    Request of room_config/update_callback: Update the webhook configuration.
    """

    url: Annotated[
        str,
        Field(
            alias="Url",
            description="New webhook endpoint; https is advised.",
            json_schema_extra={"x-limits": {"pattern": "^https?://"}},
            pattern="^https?://",
        ),
    ]
    """New webhook endpoint; https is advised."""

    callback_command_list: Annotated[
        list[
            RoomCallbackCommand
            | Literal[
                "Room.CallbackAfterCreateRoom",
                "Room.CallbackAfterDestroyRoom",
                "Room.CallbackAfterUpdateRoomInfo",
                "Room.CallbackAfterMemberEnter",
                "Room.CallbackAfterMemberLeave",
                "Mic.CallbackAfterSeatInfoChanged",
            ]
            | str
        ],
        Field(alias="CallbackCommandList", description="New list of events."),
    ]
    """New list of events."""


class UpdateCallbackResponse(Envelope):
    """
    Reply of room_config/update_callback (envelope keys included).
    """


class GetCallbackRequest(RequestModel):
    """
    Request of room_config/get_callback: Get the webhook configuration.
    """


class DeleteCallbackRequest(RequestModel):
    """
    Request of room_config/delete_callback: Delete the webhook configuration.
    """


class DeleteCallbackResponse(Envelope):
    """
    Reply of room_config/delete_callback (envelope keys included).
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
