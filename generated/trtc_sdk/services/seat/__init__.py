# generated from spec/seat.yaml by `python -m codegen generate` - do not edit
"""Services of Seats (shared by Conference and Live): one module per servicename, each loaded on first access."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module

if TYPE_CHECKING:
    from trtc_sdk.services.seat.room_engine_http_mic import (
        AsyncRoomSeatService as AsyncRoomSeatService,
    )
    from trtc_sdk.services.seat.room_engine_http_mic import (
        RoomSeatService as RoomSeatService,
    )

__all__ = [
    "AsyncRoomSeatService",
    "RoomSeatService",
]
__getattr__, __dir__ = lazy_module(
    __name__,
    {
        "AsyncRoomSeatService": "room_engine_http_mic",
        "RoomSeatService": "room_engine_http_mic",
    },
)
