# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import IntEnum


class RoomIdType(IntEnum):
    """How the TRTC room ID of a call is written."""

    NUMERIC = 1
    STRING = 2
