# generated from spec/live.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from trtc_sdk._core.enums import IntEnum, StrEnum


class AdminOpType(StrEnum):
    """Whether modify_admin grants or revokes the administrator role."""

    add = "add"
    delete = "delete"


class BattleInviteResultCode(IntEnum):
    """Outcome of a battle invitation for one callee room."""

    started = 0
    in_another_battle = 3
    system_error = 5


class BattleScoreOpType(IntEnum):
    """How set_battle_score applies the given scores."""

    accumulate = 1
    overwrite = 2


class GiftLanguage(StrEnum):
    """Languages a gift or gift category can be translated into."""

    en = "en"
    zh_hans = "zh-Hans"
    zh_hant = "zh-Hant"


class LiveCallbackCommand(StrEnum):
    """Live events a webhook can subscribe to, as far as the webhook pages name them. The list is not complete (message, follow and recording events exist whose names were not readable), so the enum is open: requests may send names it does not list."""

    __open__ = True  # the docs' list is incomplete: requests may send other values

    after_create_room = "Live.CallbackAfterCreateRoom"
    after_destroy_room = "Live.CallbackAfterDestroyRoom"
    after_update_room_info = "Live.CallbackAfterUpdateRoomInfo"
    after_set_metadata = "Live.CallbackAfterSetMetadata"
    after_del_metadata = "Live.CallbackAfterDelMetadata"
    after_member_state_changed = "Live.CallbackAfterMemberStateChanged"
    after_change_owner = "Live.CallbackAfterChangeOwner"
    after_modify_admin = "Live.CallbackAfterModifyAdmin"
    after_seat_info_changed = "Mic.CallbackAfterSeatInfoChanged"
    after_create_battle = "Live.CallbackAfterCreateBattle"
    after_start_battle = "Live.CallbackAfterStartBattle"
    after_end_battle = "Live.CallbackAfterEndBattle"
    before_send_gift = "Live.CallbackBeforeSendGift"
    before_callback_not_block = "Live.CallbackBeforeCallBackNotBlock"


class RoomType(StrEnum):
    """Kind of room."""

    live = "Live"


class TakeSeatMode(StrEnum):
    """How audience members get onto a seat."""

    free_to_take = "FreeToTake"
    apply_to_take = "ApplyToTake"
