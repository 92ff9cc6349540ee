# generated from spec/seat.yaml by `python -m codegen generate` - do not edit
"""Models of Seats (shared by Conference and Live): one module per servicename.

Every name below imports from this package; only the module holding it is loaded, on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module

if TYPE_CHECKING:
    from trtc_sdk.models.seat._enums import (
        MovePolicy as MovePolicy,
    )
    from trtc_sdk.models.seat.room_engine_http_mic import (
        GetSeatListRequest as GetSeatListRequest,
    )
    from trtc_sdk.models.seat.room_engine_http_mic import (
        GetSeatListResponse as GetSeatListResponse,
    )
    from trtc_sdk.models.seat.room_engine_http_mic import (
        GetSeatListResult as GetSeatListResult,
    )
    from trtc_sdk.models.seat.room_engine_http_mic import (
        KickUserOffSeatRequest as KickUserOffSeatRequest,
    )
    from trtc_sdk.models.seat.room_engine_http_mic import (
        KickUserOffSeatResponse as KickUserOffSeatResponse,
    )
    from trtc_sdk.models.seat.room_engine_http_mic import (
        LockSeatRequest as LockSeatRequest,
    )
    from trtc_sdk.models.seat.room_engine_http_mic import (
        LockSeatResponse as LockSeatResponse,
    )
    from trtc_sdk.models.seat.room_engine_http_mic import (
        MoveUserToSeatRequest as MoveUserToSeatRequest,
    )
    from trtc_sdk.models.seat.room_engine_http_mic import (
        MoveUserToSeatResponse as MoveUserToSeatResponse,
    )
    from trtc_sdk.models.seat.room_engine_http_mic import (
        PickUserOnSeatRequest as PickUserOnSeatRequest,
    )
    from trtc_sdk.models.seat.room_engine_http_mic import (
        PickUserOnSeatResponse as PickUserOnSeatResponse,
    )
    from trtc_sdk.models.seat.room_engine_http_mic import (
        SeatInfo as SeatInfo,
    )
    from trtc_sdk.models.seat.room_engine_http_mic import (
        SwitchSeatRequest as SwitchSeatRequest,
    )
    from trtc_sdk.models.seat.room_engine_http_mic import (
        SwitchSeatResponse as SwitchSeatResponse,
    )

__all__ = [
    "GetSeatListRequest",
    "GetSeatListResponse",
    "GetSeatListResult",
    "KickUserOffSeatRequest",
    "KickUserOffSeatResponse",
    "LockSeatRequest",
    "LockSeatResponse",
    "MovePolicy",
    "MoveUserToSeatRequest",
    "MoveUserToSeatResponse",
    "PickUserOnSeatRequest",
    "PickUserOnSeatResponse",
    "SeatInfo",
    "SwitchSeatRequest",
    "SwitchSeatResponse",
]
__getattr__, __dir__ = lazy_module(
    __name__,
    {
        "MovePolicy": "_enums",
        "GetSeatListRequest": "room_engine_http_mic",
        "GetSeatListResponse": "room_engine_http_mic",
        "GetSeatListResult": "room_engine_http_mic",
        "KickUserOffSeatRequest": "room_engine_http_mic",
        "KickUserOffSeatResponse": "room_engine_http_mic",
        "LockSeatRequest": "room_engine_http_mic",
        "LockSeatResponse": "room_engine_http_mic",
        "MoveUserToSeatRequest": "room_engine_http_mic",
        "MoveUserToSeatResponse": "room_engine_http_mic",
        "PickUserOnSeatRequest": "room_engine_http_mic",
        "PickUserOnSeatResponse": "room_engine_http_mic",
        "SeatInfo": "room_engine_http_mic",
        "SwitchSeatRequest": "room_engine_http_mic",
        "SwitchSeatResponse": "room_engine_http_mic",
    },
)
