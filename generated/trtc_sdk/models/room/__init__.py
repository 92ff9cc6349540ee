# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit
"""Models of Conference (TUIRoomKit): one module per servicename plus the types they share.

Every name below imports from this package; only the module holding it is loaded, on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module

if TYPE_CHECKING:
    from trtc_sdk.models.room._enums import (
        AssignableRole as AssignableRole,
    )
    from trtc_sdk.models.room._enums import (
        MarkCommandType as MarkCommandType,
    )
    from trtc_sdk.models.room._enums import (
        MemberRole as MemberRole,
    )
    from trtc_sdk.models.room._enums import (
        RoomCallbackCommand as RoomCallbackCommand,
    )
    from trtc_sdk.models.room._enums import (
        RoomMemberEnterType as RoomMemberEnterType,
    )
    from trtc_sdk.models.room._enums import (
        RoomMemberLeaveType as RoomMemberLeaveType,
    )
    from trtc_sdk.models.room._enums import (
        RoomStatus as RoomStatus,
    )
    from trtc_sdk.models.room._enums import (
        RoomType as RoomType,
    )
    from trtc_sdk.models.room._enums import (
        TakeSeatMode as TakeSeatMode,
    )
    from trtc_sdk.models.room._events import (
        AfterCreateRoomAnswer as AfterCreateRoomAnswer,
    )
    from trtc_sdk.models.room._events import (
        AfterCreateRoomEvent as AfterCreateRoomEvent,
    )
    from trtc_sdk.models.room._events import (
        AfterDestroyRoomAnswer as AfterDestroyRoomAnswer,
    )
    from trtc_sdk.models.room._events import (
        AfterDestroyRoomEvent as AfterDestroyRoomEvent,
    )
    from trtc_sdk.models.room._events import (
        AfterMemberEnterAnswer as AfterMemberEnterAnswer,
    )
    from trtc_sdk.models.room._events import (
        AfterMemberEnterEvent as AfterMemberEnterEvent,
    )
    from trtc_sdk.models.room._events import (
        AfterMemberLeaveAnswer as AfterMemberLeaveAnswer,
    )
    from trtc_sdk.models.room._events import (
        AfterMemberLeaveEvent as AfterMemberLeaveEvent,
    )
    from trtc_sdk.models.room._events import (
        AfterUpdateRoomInfoAnswer as AfterUpdateRoomInfoAnswer,
    )
    from trtc_sdk.models.room._events import (
        AfterUpdateRoomInfoEvent as AfterUpdateRoomInfoEvent,
    )
    from trtc_sdk.models.room._events import (
        EventUpdatedRoomInfo as EventUpdatedRoomInfo,
    )
    from trtc_sdk.models.room.room_config import (
        DeleteCallbackRequest as DeleteCallbackRequest,
    )
    from trtc_sdk.models.room.room_config import (
        DeleteCallbackResponse as DeleteCallbackResponse,
    )
    from trtc_sdk.models.room.room_config import (
        GetCallbackRequest as GetCallbackRequest,
    )
    from trtc_sdk.models.room.room_config import (
        GetCallbackResponse as GetCallbackResponse,
    )
    from trtc_sdk.models.room.room_config import (
        RoomCallbackConfig as RoomCallbackConfig,
    )
    from trtc_sdk.models.room.room_config import (
        SetCallbackRequest as SetCallbackRequest,
    )
    from trtc_sdk.models.room.room_config import (
        SetCallbackResponse as SetCallbackResponse,
    )
    from trtc_sdk.models.room.room_config import (
        UpdateCallbackRequest as UpdateCallbackRequest,
    )
    from trtc_sdk.models.room.room_config import (
        UpdateCallbackResponse as UpdateCallbackResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        AddRobotRequest as AddRobotRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        AddRobotResponse as AddRobotResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        BannedAccount as BannedAccount,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        BanRoomMemberRequest as BanRoomMemberRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        BanRoomMemberResponse as BanRoomMemberResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        ChangeRoomOwnerRequest as ChangeRoomOwnerRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        ChangeRoomOwnerResponse as ChangeRoomOwnerResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        CreateRoomRequest as CreateRoomRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        CreateRoomResponse as CreateRoomResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        DeleteRobotRequest as DeleteRobotRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        DeleteRobotResponse as DeleteRobotResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        DestroyRoomRequest as DestroyRoomRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        DestroyRoomResponse as DestroyRoomResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        GetBannedMemberListRequest as GetBannedMemberListRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        GetBannedMemberListResponse as GetBannedMemberListResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        GetBannedMemberListResult as GetBannedMemberListResult,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        GetMutedMemberListRequest as GetMutedMemberListRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        GetMutedMemberListResponse as GetMutedMemberListResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        GetMutedMemberListResult as GetMutedMemberListResult,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        GetRoomInfoRequest as GetRoomInfoRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        GetRoomInfoResponse as GetRoomInfoResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        GetRoomInfoResult as GetRoomInfoResult,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        GetRoomMemberListRequest as GetRoomMemberListRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        GetRoomMemberListResponse as GetRoomMemberListResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        GetRoomMemberListResult as GetRoomMemberListResult,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        KickUserOutRequest as KickUserOutRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        KickUserOutResponse as KickUserOutResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        MarkRoomMemberRequest as MarkRoomMemberRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        MarkRoomMemberResponse as MarkRoomMemberResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        MemberInfoUpdateParam as MemberInfoUpdateParam,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        MemberMarksParam as MemberMarksParam,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        MutedAccount as MutedAccount,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        MuteRoomMemberRequest as MuteRoomMemberRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        MuteRoomMemberResponse as MuteRoomMemberResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        NewRoomInfoParam as NewRoomInfoParam,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        RoomInfo as RoomInfo,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        RoomInfoUpdateParam as RoomInfoUpdateParam,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        RoomMember as RoomMember,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        UnbanRoomMemberRequest as UnbanRoomMemberRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        UnbanRoomMemberResponse as UnbanRoomMemberResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        UpdateRoomInfoRequest as UpdateRoomInfoRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        UpdateRoomInfoResponse as UpdateRoomInfoResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        UpdateRoomMemberInfoRequest as UpdateRoomMemberInfoRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv import (
        UpdateRoomMemberInfoResponse as UpdateRoomMemberInfoResponse,
    )

__all__ = [
    "AddRobotRequest",
    "AddRobotResponse",
    "AfterCreateRoomAnswer",
    "AfterCreateRoomEvent",
    "AfterDestroyRoomAnswer",
    "AfterDestroyRoomEvent",
    "AfterMemberEnterAnswer",
    "AfterMemberEnterEvent",
    "AfterMemberLeaveAnswer",
    "AfterMemberLeaveEvent",
    "AfterUpdateRoomInfoAnswer",
    "AfterUpdateRoomInfoEvent",
    "AssignableRole",
    "BanRoomMemberRequest",
    "BanRoomMemberResponse",
    "BannedAccount",
    "ChangeRoomOwnerRequest",
    "ChangeRoomOwnerResponse",
    "CreateRoomRequest",
    "CreateRoomResponse",
    "DeleteCallbackRequest",
    "DeleteCallbackResponse",
    "DeleteRobotRequest",
    "DeleteRobotResponse",
    "DestroyRoomRequest",
    "DestroyRoomResponse",
    "EventUpdatedRoomInfo",
    "GetBannedMemberListRequest",
    "GetBannedMemberListResponse",
    "GetBannedMemberListResult",
    "GetCallbackRequest",
    "GetCallbackResponse",
    "GetMutedMemberListRequest",
    "GetMutedMemberListResponse",
    "GetMutedMemberListResult",
    "GetRoomInfoRequest",
    "GetRoomInfoResponse",
    "GetRoomInfoResult",
    "GetRoomMemberListRequest",
    "GetRoomMemberListResponse",
    "GetRoomMemberListResult",
    "KickUserOutRequest",
    "KickUserOutResponse",
    "MarkCommandType",
    "MarkRoomMemberRequest",
    "MarkRoomMemberResponse",
    "MemberInfoUpdateParam",
    "MemberMarksParam",
    "MemberRole",
    "MuteRoomMemberRequest",
    "MuteRoomMemberResponse",
    "MutedAccount",
    "NewRoomInfoParam",
    "RoomCallbackCommand",
    "RoomCallbackConfig",
    "RoomInfo",
    "RoomInfoUpdateParam",
    "RoomMember",
    "RoomMemberEnterType",
    "RoomMemberLeaveType",
    "RoomStatus",
    "RoomType",
    "SetCallbackRequest",
    "SetCallbackResponse",
    "TakeSeatMode",
    "UnbanRoomMemberRequest",
    "UnbanRoomMemberResponse",
    "UpdateCallbackRequest",
    "UpdateCallbackResponse",
    "UpdateRoomInfoRequest",
    "UpdateRoomInfoResponse",
    "UpdateRoomMemberInfoRequest",
    "UpdateRoomMemberInfoResponse",
]
__getattr__, __dir__ = lazy_module(
    __name__,
    {
        "AssignableRole": "_enums",
        "MarkCommandType": "_enums",
        "MemberRole": "_enums",
        "RoomCallbackCommand": "_enums",
        "RoomMemberEnterType": "_enums",
        "RoomMemberLeaveType": "_enums",
        "RoomStatus": "_enums",
        "RoomType": "_enums",
        "TakeSeatMode": "_enums",
        "AfterCreateRoomAnswer": "_events",
        "AfterCreateRoomEvent": "_events",
        "AfterDestroyRoomAnswer": "_events",
        "AfterDestroyRoomEvent": "_events",
        "AfterMemberEnterAnswer": "_events",
        "AfterMemberEnterEvent": "_events",
        "AfterMemberLeaveAnswer": "_events",
        "AfterMemberLeaveEvent": "_events",
        "AfterUpdateRoomInfoAnswer": "_events",
        "AfterUpdateRoomInfoEvent": "_events",
        "EventUpdatedRoomInfo": "_events",
        "DeleteCallbackRequest": "room_config",
        "DeleteCallbackResponse": "room_config",
        "GetCallbackRequest": "room_config",
        "GetCallbackResponse": "room_config",
        "RoomCallbackConfig": "room_config",
        "SetCallbackRequest": "room_config",
        "SetCallbackResponse": "room_config",
        "UpdateCallbackRequest": "room_config",
        "UpdateCallbackResponse": "room_config",
        "AddRobotRequest": "room_engine_http_srv",
        "AddRobotResponse": "room_engine_http_srv",
        "BanRoomMemberRequest": "room_engine_http_srv",
        "BanRoomMemberResponse": "room_engine_http_srv",
        "BannedAccount": "room_engine_http_srv",
        "ChangeRoomOwnerRequest": "room_engine_http_srv",
        "ChangeRoomOwnerResponse": "room_engine_http_srv",
        "CreateRoomRequest": "room_engine_http_srv",
        "CreateRoomResponse": "room_engine_http_srv",
        "DeleteRobotRequest": "room_engine_http_srv",
        "DeleteRobotResponse": "room_engine_http_srv",
        "DestroyRoomRequest": "room_engine_http_srv",
        "DestroyRoomResponse": "room_engine_http_srv",
        "GetBannedMemberListRequest": "room_engine_http_srv",
        "GetBannedMemberListResponse": "room_engine_http_srv",
        "GetBannedMemberListResult": "room_engine_http_srv",
        "GetMutedMemberListRequest": "room_engine_http_srv",
        "GetMutedMemberListResponse": "room_engine_http_srv",
        "GetMutedMemberListResult": "room_engine_http_srv",
        "GetRoomInfoRequest": "room_engine_http_srv",
        "GetRoomInfoResponse": "room_engine_http_srv",
        "GetRoomInfoResult": "room_engine_http_srv",
        "GetRoomMemberListRequest": "room_engine_http_srv",
        "GetRoomMemberListResponse": "room_engine_http_srv",
        "GetRoomMemberListResult": "room_engine_http_srv",
        "KickUserOutRequest": "room_engine_http_srv",
        "KickUserOutResponse": "room_engine_http_srv",
        "MarkRoomMemberRequest": "room_engine_http_srv",
        "MarkRoomMemberResponse": "room_engine_http_srv",
        "MemberInfoUpdateParam": "room_engine_http_srv",
        "MemberMarksParam": "room_engine_http_srv",
        "MuteRoomMemberRequest": "room_engine_http_srv",
        "MuteRoomMemberResponse": "room_engine_http_srv",
        "MutedAccount": "room_engine_http_srv",
        "NewRoomInfoParam": "room_engine_http_srv",
        "RoomInfo": "room_engine_http_srv",
        "RoomInfoUpdateParam": "room_engine_http_srv",
        "RoomMember": "room_engine_http_srv",
        "UnbanRoomMemberRequest": "room_engine_http_srv",
        "UnbanRoomMemberResponse": "room_engine_http_srv",
        "UpdateRoomInfoRequest": "room_engine_http_srv",
        "UpdateRoomInfoResponse": "room_engine_http_srv",
        "UpdateRoomMemberInfoRequest": "room_engine_http_srv",
        "UpdateRoomMemberInfoResponse": "room_engine_http_srv",
    },
)
