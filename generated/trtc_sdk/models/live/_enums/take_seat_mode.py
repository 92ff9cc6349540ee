# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class TakeSeatMode(StrEnum):
    """How audience members get onto a seat."""

    FREE_TO_TAKE = "FreeToTake"
    APPLY_TO_TAKE = "ApplyToTake"
