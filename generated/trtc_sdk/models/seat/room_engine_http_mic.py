# generated from spec/seat.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.seat._enums import MovePolicy


class GetSeatListRequest(RequestModel):
    """
    Request of room_engine_http_mic/get_seat_list: List seats.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""


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
