# generated from spec/seat.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class PickUserOnSeatRequest(RequestModel):
    """
    Request of room_engine_http_mic/pick_user_on_seat: Put a member on a seat.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room.")]
    """Room."""

    index: Annotated[
        int,
        Field(
            alias="Index",
            description="Seat number to put the user on.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ]
    """Seat number to put the user on."""

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID; must be a member of the room.")]
    """User ID; must be a member of the room."""


class PickUserOnSeatResponse(Envelope):
    """
    Reply of room_engine_http_mic/pick_user_on_seat (envelope keys included).
    """
