# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.room._enums.room_callback_command import RoomCallbackCommand


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
