# generated from spec/seat.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class KickUserOffSeatRequest(RequestModel):
    """
    Request of room_engine_http_mic/kick_user_off_seat: Take a member off a seat.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room.")]
    """Room."""

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID of the user on a seat.")]
    """User ID of the user on a seat."""

    data: Annotated[
        str, Field(alias="Data", description="App-defined data delivered with the notification of the removal.")
    ]
    """App-defined data delivered with the notification of the removal."""


class KickUserOffSeatResponse(Envelope):
    """
    Reply of room_engine_http_mic/kick_user_off_seat (envelope keys included).
    """
