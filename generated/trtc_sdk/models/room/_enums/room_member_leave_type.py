# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class RoomMemberLeaveType(StrEnum):
    """How members left a room."""

    LEAVE = "Leave"
    KICKED = "Kicked"
    EXPIRED = "Expired"
