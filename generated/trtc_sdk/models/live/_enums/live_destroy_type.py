# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class LiveDestroyType(StrEnum):
    """Who dismissed a live room."""

    DESTROY_BY_USER = "DestroyByUser"
    DESTROY_BY_SYSTEM = "DestroyBySystem"
