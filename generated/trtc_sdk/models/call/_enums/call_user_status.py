# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class CallUserStatus(StrEnum):
    """State of one participant in a running call."""

    CALLING = "Calling"
    WAITING = "Waiting"
