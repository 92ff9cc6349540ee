# generated from spec/seat.yaml by `python -m codegen generate` - do not edit
"""Models of Seats (shared by Conference and Live): one module per command.

Every name below imports from this package; only the module holding it is loaded, on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module

if TYPE_CHECKING:
    from trtc_sdk.models.seat._enums.move_policy import (
        MovePolicy as MovePolicy,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.get_seat_list import (
        GetSeatListRequest as GetSeatListRequest,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.get_seat_list import (
        GetSeatListResponse as GetSeatListResponse,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.get_seat_list import (
        GetSeatListResult as GetSeatListResult,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.get_seat_list import (
        SeatInfo as SeatInfo,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.kick_user_off_seat import (
        KickUserOffSeatRequest as KickUserOffSeatRequest,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.kick_user_off_seat import (
        KickUserOffSeatResponse as KickUserOffSeatResponse,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.lock_seat import (
        LockSeatRequest as LockSeatRequest,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.lock_seat import (
        LockSeatResponse as LockSeatResponse,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.move_user_to_seat import (
        MoveUserToSeatRequest as MoveUserToSeatRequest,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.move_user_to_seat import (
        MoveUserToSeatResponse as MoveUserToSeatResponse,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.pick_user_on_seat import (
        PickUserOnSeatRequest as PickUserOnSeatRequest,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.pick_user_on_seat import (
        PickUserOnSeatResponse as PickUserOnSeatResponse,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.switch_seat import (
        SwitchSeatRequest as SwitchSeatRequest,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.switch_seat import (
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
        "MovePolicy": "_enums.move_policy",
        "GetSeatListRequest": "room_engine_http_mic.get_seat_list",
        "GetSeatListResponse": "room_engine_http_mic.get_seat_list",
        "GetSeatListResult": "room_engine_http_mic.get_seat_list",
        "SeatInfo": "room_engine_http_mic.get_seat_list",
        "KickUserOffSeatRequest": "room_engine_http_mic.kick_user_off_seat",
        "KickUserOffSeatResponse": "room_engine_http_mic.kick_user_off_seat",
        "LockSeatRequest": "room_engine_http_mic.lock_seat",
        "LockSeatResponse": "room_engine_http_mic.lock_seat",
        "MoveUserToSeatRequest": "room_engine_http_mic.move_user_to_seat",
        "MoveUserToSeatResponse": "room_engine_http_mic.move_user_to_seat",
        "PickUserOnSeatRequest": "room_engine_http_mic.pick_user_on_seat",
        "PickUserOnSeatResponse": "room_engine_http_mic.pick_user_on_seat",
        "SwitchSeatRequest": "room_engine_http_mic.switch_seat",
        "SwitchSeatResponse": "room_engine_http_mic.switch_seat",
    },
)
