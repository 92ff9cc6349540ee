# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class MemberRole(StrEnum):
    """Permission level of a room member as reported by the server."""

    ROOM_OWNER = "RoomOwner"
    OWNER = "Owner"
    ADMIN = "Admin"
    MEMBER = "Member"
