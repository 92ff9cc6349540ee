# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import IntEnum, StrEnum


class CallMemberAction(StrEnum):
    """What happened to a participant whose state changed."""

    ANSWER = "Answer"
    REJECT = "Reject"
    NOT_ANSWER = "NotAnswer"
    HANGUP = "Hangup"
    JOIN = "Join"
    OFFLINE = "Offline"
    INVITE = "Invite"
    CANCEL_INVITE = "Cancel_Invite"


class CallResult(StrEnum):
    """How a call finished."""

    CANCEL = "Cancel"
    REJECT = "Reject"
    NOT_ANSWER = "NotAnswer"
    NORMAL_END = "NormalEnd"
    CALL_BUSY = "CallBusy"
    INTERRUPT = "Interrupt"
    OFFLINE = "Offline"


class CallType(StrEnum):
    """One-to-one or group call."""

    SINGLE_CALL = "SingleCall"
    MULTI_CALL = "MultiCall"


class CallUserStatus(StrEnum):
    """State of one participant in a running call."""

    CALLING = "Calling"
    WAITING = "Waiting"


class CallbackCommand(StrEnum):
    """Call events a webhook can subscribe to."""

    AFTER_START_CALL = "Call.CallbackAfterStartCall"
    AFTER_END_CALL = "Call.CallbackAfterEndCall"
    AFTER_MEMBER_CHANGED = "Call.CallbackAfterMemberChanged"


class MediaType(StrEnum):
    """Whether a call carries video or audio only."""

    VIDEO = "Video"
    AUDIO = "Audio"


class RoomIdType(IntEnum):
    """How the TRTC room ID of a call is written."""

    NUMERIC = 1
    STRING = 2
