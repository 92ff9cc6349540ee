# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class RoomStatus(StrEnum):
    """Lifecycle state of a room."""

    NONE = "None"
    NOT_STARTED = "NotStarted"
    RUNNING = "Running"
