# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class CallbackCommand(StrEnum):
    """Call events a webhook can subscribe to."""

    AFTER_START_CALL = "Call.CallbackAfterStartCall"
    AFTER_END_CALL = "Call.CallbackAfterEndCall"
    AFTER_MEMBER_CHANGED = "Call.CallbackAfterMemberChanged"
