# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit
"""Services of Conference (TUIRoomKit): one module per servicename, each loaded on first access."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module

if TYPE_CHECKING:
    from trtc_sdk.services.room.room_config import (
        AsyncRoomConfigService as AsyncRoomConfigService,
    )
    from trtc_sdk.services.room.room_config import (
        RoomConfigService as RoomConfigService,
    )
    from trtc_sdk.services.room.room_engine_http_srv import (
        AsyncRoomService as AsyncRoomService,
    )
    from trtc_sdk.services.room.room_engine_http_srv import (
        RoomService as RoomService,
    )

__all__ = [
    "AsyncRoomConfigService",
    "AsyncRoomService",
    "RoomConfigService",
    "RoomService",
]
__getattr__, __dir__ = lazy_module(
    __name__,
    {
        "AsyncRoomConfigService": "room_config",
        "RoomConfigService": "room_config",
        "AsyncRoomService": "room_engine_http_srv",
        "RoomService": "room_engine_http_srv",
    },
)
