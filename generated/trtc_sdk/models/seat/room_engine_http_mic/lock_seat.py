# generated from spec/seat.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class LockSeatRequest(RequestModel):
    """
    Request of room_engine_http_mic/lock_seat: Lock a seat.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room.")]
    """Room."""

    index: Annotated[
        int, Field(alias="Index", description="Seat number.", ge=0, json_schema_extra={"x-limits": {"minimum": 0}})
    ]
    """Seat number."""

    forbid_taken: Annotated[
        bool | None,
        Field(alias="ForbidTaken", description="true locks the seat so nobody can take it; false unlocks it."),
    ] = None
    """true locks the seat so nobody can take it; false unlocks it."""

    forbid_video: Annotated[
        bool | None,
        Field(
            alias="ForbidVideo",
            description="true forbids video of the user on the seat, false allows it; the flag follows the user to another seat and is cleared when the user leaves.",
        ),
    ] = None
    """true forbids video of the user on the seat, false allows it; the flag follows the user to another seat and is cleared when the user leaves."""

    forbid_audio: Annotated[
        bool | None,
        Field(
            alias="ForbidAudio",
            description="true forbids audio of the user on the seat, false allows it; the flag follows the user to another seat and is cleared when the user leaves.",
        ),
    ] = None
    """true forbids audio of the user on the seat, false allows it; the flag follows the user to another seat and is cleared when the user leaves."""


class LockSeatResponse(Envelope):
    """
    Reply of room_engine_http_mic/lock_seat (envelope keys included).
    """
