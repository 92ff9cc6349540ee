# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class RoomMemberEnterType(StrEnum):
    """How members entered a room."""

    ENTER = "Enter"
