# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class CallResult(StrEnum):
    """How a call finished."""

    CANCEL = "Cancel"
    REJECT = "Reject"
    NOT_ANSWER = "NotAnswer"
    NORMAL_END = "NormalEnd"
    CALL_BUSY = "CallBusy"
    INTERRUPT = "Interrupt"
    OFFLINE = "Offline"
