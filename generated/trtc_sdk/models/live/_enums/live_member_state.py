# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class LiveMemberState(StrEnum):
    """Whether members came online or went offline in a room."""

    ONLINE = "Online"
    OFFLINE = "Offline"
