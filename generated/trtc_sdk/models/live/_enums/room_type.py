# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class RoomType(StrEnum):
    """Kind of room."""

    LIVE = "Live"
