# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class TakeSeatMode(StrEnum):
    """How members get onto a seat."""

    __response_only__ = frozenset(["None"])  # reported by the server, never sent

    FREE_TO_TAKE = "FreeToTake"
    APPLY_TO_TAKE = "ApplyToTake"
    NONE = "None"
