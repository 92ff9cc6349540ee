# generated from spec/room.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from trtc_sdk._core.enums import IntEnum, StrEnum


class AssignableRole(StrEnum):
    """Roles an administrator can give to a room member."""

    admin = "Admin"
    member = "Member"


class MarkCommandType(IntEnum):
    """Whether mark_room_member adds or removes marks."""

    set = 1
    delete = 2


class MemberRole(StrEnum):
    """Permission level of a room member as reported by the server."""

    room_owner = "RoomOwner"
    owner = "Owner"
    admin = "Admin"
    member = "Member"


class RoomCallbackCommand(StrEnum):
    """Room and seat events a webhook can subscribe to."""

    __open__ = True  # the docs' list is incomplete: requests may send other values

    after_create_room = "Room.CallbackAfterCreateRoom"
    after_destroy_room = "Room.CallbackAfterDestroyRoom"
    after_update_room_info = "Room.CallbackAfterUpdateRoomInfo"
    after_member_enter = "Room.CallbackAfterMemberEnter"
    after_member_leave = "Room.CallbackAfterMemberLeave"
    after_seat_info_changed = "Mic.CallbackAfterSeatInfoChanged"


class RoomStatus(StrEnum):
    """Lifecycle state of a room."""

    none = "None"
    not_started = "NotStarted"
    running = "Running"


class RoomType(StrEnum):
    """Kind of room."""

    conference = "Conference"


class TakeSeatMode(StrEnum):
    """How members get onto a seat."""

    __response_only__ = frozenset(["None"])  # reported by the server, never sent

    free_to_take = "FreeToTake"
    apply_to_take = "ApplyToTake"
    none = "None"
