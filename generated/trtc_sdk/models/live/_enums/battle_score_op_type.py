# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import IntEnum


class BattleScoreOpType(IntEnum):
    """How set_battle_score applies the given scores."""

    ACCUMULATE = 1
    OVERWRITE = 2
