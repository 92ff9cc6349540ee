# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit
"""Models of Conference (TUIRoomKit): one module per command plus the types several share.

Every name below imports from this package; only the module holding it is loaded, on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module

if TYPE_CHECKING:
    from trtc_sdk.models.room._enums.assignable_role import (
        AssignableRole as AssignableRole,
    )
    from trtc_sdk.models.room._enums.mark_command_type import (
        MarkCommandType as MarkCommandType,
    )
    from trtc_sdk.models.room._enums.member_role import (
        MemberRole as MemberRole,
    )
    from trtc_sdk.models.room._enums.room_callback_command import (
        RoomCallbackCommand as RoomCallbackCommand,
    )
    from trtc_sdk.models.room._enums.room_member_enter_type import (
        RoomMemberEnterType as RoomMemberEnterType,
    )
    from trtc_sdk.models.room._enums.room_member_leave_type import (
        RoomMemberLeaveType as RoomMemberLeaveType,
    )
    from trtc_sdk.models.room._enums.room_status import (
        RoomStatus as RoomStatus,
    )
    from trtc_sdk.models.room._enums.room_type import (
        RoomType as RoomType,
    )
    from trtc_sdk.models.room._enums.take_seat_mode import (
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
    from trtc_sdk.models.room.room_config.delete_callback import (
        DeleteCallbackRequest as DeleteCallbackRequest,
    )
    from trtc_sdk.models.room.room_config.delete_callback import (
        DeleteCallbackResponse as DeleteCallbackResponse,
    )
    from trtc_sdk.models.room.room_config.get_callback import (
        GetCallbackRequest as GetCallbackRequest,
    )
    from trtc_sdk.models.room.room_config.get_callback import (
        GetCallbackResponse as GetCallbackResponse,
    )
    from trtc_sdk.models.room.room_config.get_callback import (
        RoomCallbackConfig as RoomCallbackConfig,
    )
    from trtc_sdk.models.room.room_config.set_callback import (
        SetCallbackRequest as SetCallbackRequest,
    )
    from trtc_sdk.models.room.room_config.set_callback import (
        SetCallbackResponse as SetCallbackResponse,
    )
    from trtc_sdk.models.room.room_config.update_callback import (
        UpdateCallbackRequest as UpdateCallbackRequest,
    )
    from trtc_sdk.models.room.room_config.update_callback import (
        UpdateCallbackResponse as UpdateCallbackResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.add_robot import (
        AddRobotRequest as AddRobotRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv.add_robot import (
        AddRobotResponse as AddRobotResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.ban_room_member import (
        BanRoomMemberRequest as BanRoomMemberRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv.ban_room_member import (
        BanRoomMemberResponse as BanRoomMemberResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.change_room_owner import (
        ChangeRoomOwnerRequest as ChangeRoomOwnerRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv.change_room_owner import (
        ChangeRoomOwnerResponse as ChangeRoomOwnerResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.create_room import (
        CreateRoomRequest as CreateRoomRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv.create_room import (
        CreateRoomResponse as CreateRoomResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.create_room import (
        NewRoomInfoParam as NewRoomInfoParam,
    )
    from trtc_sdk.models.room.room_engine_http_srv.delete_robot import (
        DeleteRobotRequest as DeleteRobotRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv.delete_robot import (
        DeleteRobotResponse as DeleteRobotResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.destroy_room import (
        DestroyRoomRequest as DestroyRoomRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv.destroy_room import (
        DestroyRoomResponse as DestroyRoomResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_banned_member_list import (
        BannedAccount as BannedAccount,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_banned_member_list import (
        GetBannedMemberListRequest as GetBannedMemberListRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_banned_member_list import (
        GetBannedMemberListResponse as GetBannedMemberListResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_banned_member_list import (
        GetBannedMemberListResult as GetBannedMemberListResult,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_muted_member_list import (
        GetMutedMemberListRequest as GetMutedMemberListRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_muted_member_list import (
        GetMutedMemberListResponse as GetMutedMemberListResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_muted_member_list import (
        GetMutedMemberListResult as GetMutedMemberListResult,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_muted_member_list import (
        MutedAccount as MutedAccount,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_room_info import (
        GetRoomInfoRequest as GetRoomInfoRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_room_info import (
        GetRoomInfoResponse as GetRoomInfoResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_room_info import (
        GetRoomInfoResult as GetRoomInfoResult,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_room_info import (
        RoomInfo as RoomInfo,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_room_member_list import (
        GetRoomMemberListRequest as GetRoomMemberListRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_room_member_list import (
        GetRoomMemberListResponse as GetRoomMemberListResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_room_member_list import (
        GetRoomMemberListResult as GetRoomMemberListResult,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_room_member_list import (
        RoomMember as RoomMember,
    )
    from trtc_sdk.models.room.room_engine_http_srv.kick_user_out import (
        KickUserOutRequest as KickUserOutRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv.kick_user_out import (
        KickUserOutResponse as KickUserOutResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.mark_room_member import (
        MarkRoomMemberRequest as MarkRoomMemberRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv.mark_room_member import (
        MarkRoomMemberResponse as MarkRoomMemberResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.mark_room_member import (
        MemberMarksParam as MemberMarksParam,
    )
    from trtc_sdk.models.room.room_engine_http_srv.mute_room_member import (
        MuteRoomMemberRequest as MuteRoomMemberRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv.mute_room_member import (
        MuteRoomMemberResponse as MuteRoomMemberResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.unban_room_member import (
        UnbanRoomMemberRequest as UnbanRoomMemberRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv.unban_room_member import (
        UnbanRoomMemberResponse as UnbanRoomMemberResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.update_room_info import (
        RoomInfoUpdateParam as RoomInfoUpdateParam,
    )
    from trtc_sdk.models.room.room_engine_http_srv.update_room_info import (
        UpdateRoomInfoRequest as UpdateRoomInfoRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv.update_room_info import (
        UpdateRoomInfoResponse as UpdateRoomInfoResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.update_room_member_info import (
        MemberInfoUpdateParam as MemberInfoUpdateParam,
    )
    from trtc_sdk.models.room.room_engine_http_srv.update_room_member_info import (
        UpdateRoomMemberInfoRequest as UpdateRoomMemberInfoRequest,
    )
    from trtc_sdk.models.room.room_engine_http_srv.update_room_member_info import (
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
        "AssignableRole": "_enums.assignable_role",
        "MarkCommandType": "_enums.mark_command_type",
        "MemberRole": "_enums.member_role",
        "RoomCallbackCommand": "_enums.room_callback_command",
        "RoomMemberEnterType": "_enums.room_member_enter_type",
        "RoomMemberLeaveType": "_enums.room_member_leave_type",
        "RoomStatus": "_enums.room_status",
        "RoomType": "_enums.room_type",
        "TakeSeatMode": "_enums.take_seat_mode",
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
        "DeleteCallbackRequest": "room_config.delete_callback",
        "DeleteCallbackResponse": "room_config.delete_callback",
        "GetCallbackRequest": "room_config.get_callback",
        "GetCallbackResponse": "room_config.get_callback",
        "RoomCallbackConfig": "room_config.get_callback",
        "SetCallbackRequest": "room_config.set_callback",
        "SetCallbackResponse": "room_config.set_callback",
        "UpdateCallbackRequest": "room_config.update_callback",
        "UpdateCallbackResponse": "room_config.update_callback",
        "AddRobotRequest": "room_engine_http_srv.add_robot",
        "AddRobotResponse": "room_engine_http_srv.add_robot",
        "BanRoomMemberRequest": "room_engine_http_srv.ban_room_member",
        "BanRoomMemberResponse": "room_engine_http_srv.ban_room_member",
        "ChangeRoomOwnerRequest": "room_engine_http_srv.change_room_owner",
        "ChangeRoomOwnerResponse": "room_engine_http_srv.change_room_owner",
        "CreateRoomRequest": "room_engine_http_srv.create_room",
        "CreateRoomResponse": "room_engine_http_srv.create_room",
        "NewRoomInfoParam": "room_engine_http_srv.create_room",
        "DeleteRobotRequest": "room_engine_http_srv.delete_robot",
        "DeleteRobotResponse": "room_engine_http_srv.delete_robot",
        "DestroyRoomRequest": "room_engine_http_srv.destroy_room",
        "DestroyRoomResponse": "room_engine_http_srv.destroy_room",
        "BannedAccount": "room_engine_http_srv.get_banned_member_list",
        "GetBannedMemberListRequest": "room_engine_http_srv.get_banned_member_list",
        "GetBannedMemberListResponse": "room_engine_http_srv.get_banned_member_list",
        "GetBannedMemberListResult": "room_engine_http_srv.get_banned_member_list",
        "GetMutedMemberListRequest": "room_engine_http_srv.get_muted_member_list",
        "GetMutedMemberListResponse": "room_engine_http_srv.get_muted_member_list",
        "GetMutedMemberListResult": "room_engine_http_srv.get_muted_member_list",
        "MutedAccount": "room_engine_http_srv.get_muted_member_list",
        "GetRoomInfoRequest": "room_engine_http_srv.get_room_info",
        "GetRoomInfoResponse": "room_engine_http_srv.get_room_info",
        "GetRoomInfoResult": "room_engine_http_srv.get_room_info",
        "RoomInfo": "room_engine_http_srv.get_room_info",
        "GetRoomMemberListRequest": "room_engine_http_srv.get_room_member_list",
        "GetRoomMemberListResponse": "room_engine_http_srv.get_room_member_list",
        "GetRoomMemberListResult": "room_engine_http_srv.get_room_member_list",
        "RoomMember": "room_engine_http_srv.get_room_member_list",
        "KickUserOutRequest": "room_engine_http_srv.kick_user_out",
        "KickUserOutResponse": "room_engine_http_srv.kick_user_out",
        "MarkRoomMemberRequest": "room_engine_http_srv.mark_room_member",
        "MarkRoomMemberResponse": "room_engine_http_srv.mark_room_member",
        "MemberMarksParam": "room_engine_http_srv.mark_room_member",
        "MuteRoomMemberRequest": "room_engine_http_srv.mute_room_member",
        "MuteRoomMemberResponse": "room_engine_http_srv.mute_room_member",
        "UnbanRoomMemberRequest": "room_engine_http_srv.unban_room_member",
        "UnbanRoomMemberResponse": "room_engine_http_srv.unban_room_member",
        "RoomInfoUpdateParam": "room_engine_http_srv.update_room_info",
        "UpdateRoomInfoRequest": "room_engine_http_srv.update_room_info",
        "UpdateRoomInfoResponse": "room_engine_http_srv.update_room_info",
        "MemberInfoUpdateParam": "room_engine_http_srv.update_room_member_info",
        "UpdateRoomMemberInfoRequest": "room_engine_http_srv.update_room_member_info",
        "UpdateRoomMemberInfoResponse": "room_engine_http_srv.update_room_member_info",
    },
)
