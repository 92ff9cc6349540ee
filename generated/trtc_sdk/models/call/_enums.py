# generated from spec/call.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from trtc_sdk._core.enums import IntEnum, StrEnum


class CallResult(StrEnum):
    """How a call finished."""

    cancel = "Cancel"
    reject = "Reject"
    not_answer = "NotAnswer"
    normal_end = "NormalEnd"
    call_busy = "CallBusy"
    interrupt = "Interrupt"
    offline = "Offline"


class CallType(StrEnum):
    """One-to-one or group call."""

    single_call = "SingleCall"
    multi_call = "MultiCall"


class CallUserStatus(StrEnum):
    """State of one participant in a running call."""

    calling = "Calling"
    waiting = "Waiting"


class CallbackCommand(StrEnum):
    """Call events a webhook can subscribe to."""

    after_start_call = "Call.CallbackAfterStartCall"
    after_end_call = "Call.CallbackAfterEndCall"
    after_member_changed = "Call.CallbackAfterMemberChanged"


class MediaType(StrEnum):
    """Whether a call carries video or audio only."""

    video = "Video"
    audio = "Audio"


class RoomIdType(IntEnum):
    """How the TRTC room ID of a call is written."""

    numeric = 1
    string = 2
