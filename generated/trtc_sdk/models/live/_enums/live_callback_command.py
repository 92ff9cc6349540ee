# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class LiveCallbackCommand(StrEnum):
    """Live events a webhook can subscribe to, as far as the webhook pages name them. The list is not complete (message, follow and recording events exist whose names were not readable), so the enum is open: requests may send names it does not list."""

    __open__ = True  # the docs' list is incomplete: requests may send other values

    AFTER_CREATE_ROOM = "Live.CallbackAfterCreateRoom"
    AFTER_DESTROY_ROOM = "Live.CallbackAfterDestroyRoom"
    AFTER_UPDATE_ROOM_INFO = "Live.CallbackAfterUpdateRoomInfo"
    AFTER_SET_METADATA = "Live.CallbackAfterSetMetadata"
    AFTER_DEL_METADATA = "Live.CallbackAfterDelMetadata"
    AFTER_MEMBER_STATE_CHANGED = "Live.CallbackAfterMemberStateChanged"
    AFTER_CHANGE_OWNER = "Live.CallbackAfterChangeOwner"
    AFTER_MODIFY_ADMIN = "Live.CallbackAfterModifyAdmin"
    AFTER_SEAT_INFO_CHANGED = "Mic.CallbackAfterSeatInfoChanged"
    AFTER_CREATE_BATTLE = "Live.CallbackAfterCreateBattle"
    AFTER_START_BATTLE = "Live.CallbackAfterStartBattle"
    AFTER_END_BATTLE = "Live.CallbackAfterEndBattle"
    BEFORE_SEND_GIFT = "Live.CallbackBeforeSendGift"
    BEFORE_CALLBACK_NOT_BLOCK = "Live.CallbackBeforeCallBackNotBlock"
