# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class RoomCallbackCommand(StrEnum):
    """Room and seat events a webhook can subscribe to."""

    __open__ = True  # the docs' list is incomplete: requests may send other values

    AFTER_CREATE_ROOM = "Room.CallbackAfterCreateRoom"
    AFTER_DESTROY_ROOM = "Room.CallbackAfterDestroyRoom"
    AFTER_UPDATE_ROOM_INFO = "Room.CallbackAfterUpdateRoomInfo"
    AFTER_MEMBER_ENTER = "Room.CallbackAfterMemberEnter"
    AFTER_MEMBER_LEAVE = "Room.CallbackAfterMemberLeave"
    AFTER_SEAT_INFO_CHANGED = "Mic.CallbackAfterSeatInfoChanged"
