# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import IntEnum, StrEnum


class AssignableRole(StrEnum):
    """Roles an administrator can give to a room member."""

    ADMIN = "Admin"
    MEMBER = "Member"


class MarkCommandType(IntEnum):
    """Whether mark_room_member adds or removes marks."""

    SET = 1
    DELETE = 2


class MemberRole(StrEnum):
    """Permission level of a room member as reported by the server."""

    ROOM_OWNER = "RoomOwner"
    OWNER = "Owner"
    ADMIN = "Admin"
    MEMBER = "Member"


class RoomCallbackCommand(StrEnum):
    """Room and seat events a webhook can subscribe to."""

    __open__ = True  # the docs' list is incomplete: requests may send other values

    AFTER_CREATE_ROOM = "Room.CallbackAfterCreateRoom"
    AFTER_DESTROY_ROOM = "Room.CallbackAfterDestroyRoom"
    AFTER_UPDATE_ROOM_INFO = "Room.CallbackAfterUpdateRoomInfo"
    AFTER_MEMBER_ENTER = "Room.CallbackAfterMemberEnter"
    AFTER_MEMBER_LEAVE = "Room.CallbackAfterMemberLeave"
    AFTER_SEAT_INFO_CHANGED = "Mic.CallbackAfterSeatInfoChanged"


class RoomMemberEnterType(StrEnum):
    """How members entered a room."""

    ENTER = "Enter"


class RoomMemberLeaveType(StrEnum):
    """How members left a room."""

    LEAVE = "Leave"
    KICKED = "Kicked"
    EXPIRED = "Expired"


class RoomStatus(StrEnum):
    """Lifecycle state of a room."""

    NONE = "None"
    NOT_STARTED = "NotStarted"
    RUNNING = "Running"


class RoomType(StrEnum):
    """Kind of room."""

    CONFERENCE = "Conference"


class TakeSeatMode(StrEnum):
    """How members get onto a seat."""

    __response_only__ = frozenset(["None"])  # reported by the server, never sent

    FREE_TO_TAKE = "FreeToTake"
    APPLY_TO_TAKE = "ApplyToTake"
    NONE = "None"
