# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import IntEnum, StrEnum


class AdminOpType(StrEnum):
    """Whether modify_admin grants or revokes the administrator role."""

    ADD = "add"
    DELETE = "delete"


class BattleEndReason(IntEnum):
    """Why a PK battle ended."""

    TIME_UP = 0
    ALL_OWNERS_LEFT = 1
    NEVER_STARTED = 2


class BattleInviteResultCode(IntEnum):
    """Outcome of a battle invitation for one callee room."""

    STARTED = 0
    IN_ANOTHER_BATTLE = 3
    SYSTEM_ERROR = 5


class BattleScoreOpType(IntEnum):
    """How set_battle_score applies the given scores."""

    ACCUMULATE = 1
    OVERWRITE = 2


class GiftLanguage(StrEnum):
    """Languages a gift or gift category can be translated into."""

    EN = "en"
    ZH_HANS = "zh-Hans"
    ZH_HANT = "zh-Hant"


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


class LiveDestroyType(StrEnum):
    """Who dismissed a live room."""

    DESTROY_BY_USER = "DestroyByUser"
    DESTROY_BY_SYSTEM = "DestroyBySystem"


class LiveMemberState(StrEnum):
    """Whether members came online or went offline in a room."""

    ONLINE = "Online"
    OFFLINE = "Offline"


class LiveMemberStateCause(StrEnum):
    """Why members' online state in a room changed."""

    ENTER = "Enter"
    LEAVE = "Leave"
    HEARTBEAT_INTERRUPT = "HeartbeatInterrupt"
    HEARTBEAT_RECOVER = "HeartbeatRecover"
    KICKED = "Kicked"


class RoomType(StrEnum):
    """Kind of room."""

    LIVE = "Live"


class TakeSeatMode(StrEnum):
    """How audience members get onto a seat."""

    FREE_TO_TAKE = "FreeToTake"
    APPLY_TO_TAKE = "ApplyToTake"
