# generated from spec/seat.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import IntEnum


class MovePolicy(IntEnum):
    """What move_user_to_seat does when the target seat is occupied."""

    CANCEL = 0
    FORCE = 1
    SWAP = 2
