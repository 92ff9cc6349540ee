# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import IntEnum


class MarkCommandType(IntEnum):
    """Whether mark_room_member adds or removes marks."""

    SET = 1
    DELETE = 2
