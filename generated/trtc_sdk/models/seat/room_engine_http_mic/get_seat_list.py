# generated from spec/seat.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetSeatListRequest(RequestModel):
    """
    Request of room_engine_http_mic/get_seat_list: List seats.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""


class SeatInfo(ResponseModel):
    """
    One seat of a room.
    """

    index: Annotated[int, Field(alias="Index", description="Seat number.")]
    """Seat number."""

    member_account: Annotated[
        str | None,
        Field(
            alias="Member_Account",
            description="User ID on the seat; absent or empty when the seat is free. The server may also send it as integer.",
        ),
    ] = None
    """User ID on the seat; absent or empty when the seat is free. The server may also send it as integer."""

    is_taken_disabled: Annotated[bool | None, Field(alias="IsTakenDisabled", description="The seat is locked.")] = None
    """The seat is locked."""

    is_video_disabled: Annotated[
        bool | None, Field(alias="IsVideoDisabled", description="Video from this seat is forbidden.")
    ] = None
    """Video from this seat is forbidden."""

    is_audio_disabled: Annotated[
        bool | None, Field(alias="IsAudioDisabled", description="Audio from this seat is forbidden.")
    ] = None
    """Audio from this seat is forbidden."""


class GetSeatListResult(ResponseModel):
    """
    The seats of a room.
    """

    seat_list: Annotated[list[SeatInfo], Field(alias="SeatList", description="Every seat of the room.")]
    """Every seat of the room."""


class GetSeatListResponse(Envelope):
    """
    Reply of room_engine_http_mic/get_seat_list (envelope keys included).
    """

    response: Annotated[GetSeatListResult, Field(alias="Response", description="The seats.")]
    """The seats."""
