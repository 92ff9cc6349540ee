# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import IntEnum


class BattleInviteResultCode(IntEnum):
    """Outcome of a battle invitation for one callee room."""

    STARTED = 0
    IN_ANOTHER_BATTLE = 3
    SYSTEM_ERROR = 5
