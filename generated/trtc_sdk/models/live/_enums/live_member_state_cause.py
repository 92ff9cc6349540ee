# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class LiveMemberStateCause(StrEnum):
    """Why members' online state in a room changed."""

    ENTER = "Enter"
    LEAVE = "Leave"
    HEARTBEAT_INTERRUPT = "HeartbeatInterrupt"
    HEARTBEAT_RECOVER = "HeartbeatRecover"
    KICKED = "Kicked"
