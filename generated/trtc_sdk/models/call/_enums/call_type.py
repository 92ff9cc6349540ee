# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class CallType(StrEnum):
    """One-to-one or group call."""

    SINGLE_CALL = "SingleCall"
    MULTI_CALL = "MultiCall"
