# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


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
