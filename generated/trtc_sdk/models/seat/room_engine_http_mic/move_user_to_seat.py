# generated from spec/seat.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.seat._enums.move_policy import MovePolicy


class MoveUserToSeatRequest(RequestModel):
    """
    Request of room_engine_http_mic/move_user_to_seat: Move a member to another seat.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room.")]
    """Room."""

    seat_index: Annotated[
        int,
        Field(
            alias="SeatIndex",
            description="Seat number to move to.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ]
    """Seat number to move to."""

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID to move.")]
    """User ID to move."""

    policy: Annotated[
        MovePolicy | Literal[0, 1, 2], Field(alias="Policy", description="What to do when the target seat is occupied.")
    ]
    """What to do when the target seat is occupied."""


class MoveUserToSeatResponse(Envelope):
    """
    Reply of room_engine_http_mic/move_user_to_seat (envelope keys included).
    """
