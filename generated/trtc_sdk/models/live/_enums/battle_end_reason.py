# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import IntEnum


class BattleEndReason(IntEnum):
    """Why a PK battle ended."""

    TIME_UP = 0
    ALL_OWNERS_LEFT = 1
    NEVER_STARTED = 2
