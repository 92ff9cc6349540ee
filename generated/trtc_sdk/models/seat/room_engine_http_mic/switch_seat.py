# generated from spec/seat.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class SwitchSeatRequest(RequestModel):
    """
    Request of room_engine_http_mic/switch_seat: Move a member to an empty seat (old).
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room.")]
    """Room."""

    to_index: Annotated[
        int,
        Field(
            alias="ToIndex", description="Seat number to move to.", ge=0, json_schema_extra={"x-limits": {"minimum": 0}}
        ),
    ]
    """Seat number to move to."""

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID to move.")]
    """User ID to move."""


class SwitchSeatResponse(Envelope):
    """
    Reply of room_engine_http_mic/switch_seat (envelope keys included).
    """
