# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit
"""Models of Live (TUILiveKit): one module per command plus the types several share.

Every name below imports from this package; only the module holding it is loaded, on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module

if TYPE_CHECKING:
    from trtc_sdk.models.live._enums.admin_op_type import (
        AdminOpType as AdminOpType,
    )
    from trtc_sdk.models.live._enums.battle_end_reason import (
        BattleEndReason as BattleEndReason,
    )
    from trtc_sdk.models.live._enums.battle_invite_result_code import (
        BattleInviteResultCode as BattleInviteResultCode,
    )
    from trtc_sdk.models.live._enums.battle_score_op_type import (
        BattleScoreOpType as BattleScoreOpType,
    )
    from trtc_sdk.models.live._enums.gift_language import (
        GiftLanguage as GiftLanguage,
    )
    from trtc_sdk.models.live._enums.live_callback_command import (
        LiveCallbackCommand as LiveCallbackCommand,
    )
    from trtc_sdk.models.live._enums.live_destroy_type import (
        LiveDestroyType as LiveDestroyType,
    )
    from trtc_sdk.models.live._enums.live_member_state import (
        LiveMemberState as LiveMemberState,
    )
    from trtc_sdk.models.live._enums.live_member_state_cause import (
        LiveMemberStateCause as LiveMemberStateCause,
    )
    from trtc_sdk.models.live._enums.room_type import (
        RoomType as RoomType,
    )
    from trtc_sdk.models.live._enums.take_seat_mode import (
        TakeSeatMode as TakeSeatMode,
    )
    from trtc_sdk.models.live._events import (
        AfterChangeOwnerAnswer as AfterChangeOwnerAnswer,
    )
    from trtc_sdk.models.live._events import (
        AfterChangeOwnerEvent as AfterChangeOwnerEvent,
    )
    from trtc_sdk.models.live._events import (
        AfterCreateBattleAnswer as AfterCreateBattleAnswer,
    )
    from trtc_sdk.models.live._events import (
        AfterCreateBattleEvent as AfterCreateBattleEvent,
    )
    from trtc_sdk.models.live._events import (
        AfterCreateRoomAnswer as AfterCreateRoomAnswer,
    )
    from trtc_sdk.models.live._events import (
        AfterCreateRoomEvent as AfterCreateRoomEvent,
    )
    from trtc_sdk.models.live._events import (
        AfterCreateRoomReachingThresholdAnswer as AfterCreateRoomReachingThresholdAnswer,
    )
    from trtc_sdk.models.live._events import (
        AfterCreateRoomReachingThresholdEvent as AfterCreateRoomReachingThresholdEvent,
    )
    from trtc_sdk.models.live._events import (
        AfterDelMetadataAnswer as AfterDelMetadataAnswer,
    )
    from trtc_sdk.models.live._events import (
        AfterDelMetadataEvent as AfterDelMetadataEvent,
    )
    from trtc_sdk.models.live._events import (
        AfterDestroyRoomAnswer as AfterDestroyRoomAnswer,
    )
    from trtc_sdk.models.live._events import (
        AfterDestroyRoomEvent as AfterDestroyRoomEvent,
    )
    from trtc_sdk.models.live._events import (
        AfterEndBattleAnswer as AfterEndBattleAnswer,
    )
    from trtc_sdk.models.live._events import (
        AfterEndBattleEvent as AfterEndBattleEvent,
    )
    from trtc_sdk.models.live._events import (
        AfterMemberStateChangedAnswer as AfterMemberStateChangedAnswer,
    )
    from trtc_sdk.models.live._events import (
        AfterMemberStateChangedEvent as AfterMemberStateChangedEvent,
    )
    from trtc_sdk.models.live._events import (
        AfterModifyAdminAnswer as AfterModifyAdminAnswer,
    )
    from trtc_sdk.models.live._events import (
        AfterModifyAdminEvent as AfterModifyAdminEvent,
    )
    from trtc_sdk.models.live._events import (
        AfterSeatInfoChangedAnswer as AfterSeatInfoChangedAnswer,
    )
    from trtc_sdk.models.live._events import (
        AfterSeatInfoChangedEvent as AfterSeatInfoChangedEvent,
    )
    from trtc_sdk.models.live._events import (
        AfterSetMetadataAnswer as AfterSetMetadataAnswer,
    )
    from trtc_sdk.models.live._events import (
        AfterSetMetadataEvent as AfterSetMetadataEvent,
    )
    from trtc_sdk.models.live._events import (
        AfterStartBattleAnswer as AfterStartBattleAnswer,
    )
    from trtc_sdk.models.live._events import (
        AfterStartBattleEvent as AfterStartBattleEvent,
    )
    from trtc_sdk.models.live._events import (
        AfterUpdateRoomInfoAnswer as AfterUpdateRoomInfoAnswer,
    )
    from trtc_sdk.models.live._events import (
        AfterUpdateRoomInfoEvent as AfterUpdateRoomInfoEvent,
    )
    from trtc_sdk.models.live._events import (
        BeforeSendGiftAnswer as BeforeSendGiftAnswer,
    )
    from trtc_sdk.models.live._events import (
        BeforeSendGiftEvent as BeforeSendGiftEvent,
    )
    from trtc_sdk.models.live._events import (
        EventGiftRecord as EventGiftRecord,
    )
    from trtc_sdk.models.live._events import (
        EventLiveRoomInfo as EventLiveRoomInfo,
    )
    from trtc_sdk.models.live._events import (
        EventLiveSeatInfo as EventLiveSeatInfo,
    )
    from trtc_sdk.models.live.live_config.delete_callback import (
        DeleteCallbackRequest as DeleteCallbackRequest,
    )
    from trtc_sdk.models.live.live_config.delete_callback import (
        DeleteCallbackResponse as DeleteCallbackResponse,
    )
    from trtc_sdk.models.live.live_config.delete_callback_token import (
        DeleteCallbackTokenRequest as DeleteCallbackTokenRequest,
    )
    from trtc_sdk.models.live.live_config.delete_callback_token import (
        DeleteCallbackTokenResponse as DeleteCallbackTokenResponse,
    )
    from trtc_sdk.models.live.live_config.get_callback import (
        GetCallbackRequest as GetCallbackRequest,
    )
    from trtc_sdk.models.live.live_config.get_callback import (
        GetCallbackResponse as GetCallbackResponse,
    )
    from trtc_sdk.models.live.live_config.get_callback import (
        LiveCallbackConfig as LiveCallbackConfig,
    )
    from trtc_sdk.models.live.live_config.get_callback_token import (
        CallbackToken as CallbackToken,
    )
    from trtc_sdk.models.live.live_config.get_callback_token import (
        GetCallbackTokenRequest as GetCallbackTokenRequest,
    )
    from trtc_sdk.models.live.live_config.get_callback_token import (
        GetCallbackTokenResponse as GetCallbackTokenResponse,
    )
    from trtc_sdk.models.live.live_config.set_callback import (
        SetCallbackRequest as SetCallbackRequest,
    )
    from trtc_sdk.models.live.live_config.set_callback import (
        SetCallbackResponse as SetCallbackResponse,
    )
    from trtc_sdk.models.live.live_config.set_callback_token import (
        SetCallbackTokenRequest as SetCallbackTokenRequest,
    )
    from trtc_sdk.models.live.live_config.set_callback_token import (
        SetCallbackTokenResponse as SetCallbackTokenResponse,
    )
    from trtc_sdk.models.live.live_config.update_callback import (
        UpdateCallbackRequest as UpdateCallbackRequest,
    )
    from trtc_sdk.models.live.live_config.update_callback import (
        UpdateCallbackResponse as UpdateCallbackResponse,
    )
    from trtc_sdk.models.live.live_engine_http_pk.create_battle import (
        BattleInviteResult as BattleInviteResult,
    )
    from trtc_sdk.models.live.live_engine_http_pk.create_battle import (
        CreateBattleRequest as CreateBattleRequest,
    )
    from trtc_sdk.models.live.live_engine_http_pk.create_battle import (
        CreateBattleResponse as CreateBattleResponse,
    )
    from trtc_sdk.models.live.live_engine_http_pk.create_battle import (
        CreateBattleResult as CreateBattleResult,
    )
    from trtc_sdk.models.live.live_engine_http_pk.get_battle_info import (
        BattleInfo as BattleInfo,
    )
    from trtc_sdk.models.live.live_engine_http_pk.get_battle_info import (
        BattleRoom as BattleRoom,
    )
    from trtc_sdk.models.live.live_engine_http_pk.get_battle_info import (
        GetBattleInfoRequest as GetBattleInfoRequest,
    )
    from trtc_sdk.models.live.live_engine_http_pk.get_battle_info import (
        GetBattleInfoResponse as GetBattleInfoResponse,
    )
    from trtc_sdk.models.live.live_engine_http_pk.set_battle_score import (
        BattleScoreParam as BattleScoreParam,
    )
    from trtc_sdk.models.live.live_engine_http_pk.set_battle_score import (
        BattleScoreResult as BattleScoreResult,
    )
    from trtc_sdk.models.live.live_engine_http_pk.set_battle_score import (
        SetBattleScoreRequest as SetBattleScoreRequest,
    )
    from trtc_sdk.models.live.live_engine_http_pk.set_battle_score import (
        SetBattleScoreResponse as SetBattleScoreResponse,
    )
    from trtc_sdk.models.live.live_engine_http_pk.set_battle_score import (
        SetBattleScoreResult as SetBattleScoreResult,
    )
    from trtc_sdk.models.live.live_engine_http_srv._shared import (
        MetadataItem as MetadataItem,
    )
    from trtc_sdk.models.live.live_engine_http_srv._shared import (
        MetadataItemParam as MetadataItemParam,
    )
    from trtc_sdk.models.live.live_engine_http_srv._shared import (
        RoomStats as RoomStats,
    )
    from trtc_sdk.models.live.live_engine_http_srv._shared import (
        SendMsgResult as SendMsgResult,
    )
    from trtc_sdk.models.live.live_engine_http_srv.add_gift import (
        AddGiftRequest as AddGiftRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.add_gift import (
        AddGiftResponse as AddGiftResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.add_gift_category import (
        AddGiftCategoryRequest as AddGiftCategoryRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.add_gift_category import (
        AddGiftCategoryResponse as AddGiftCategoryResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.add_gift_category_relations import (
        AddGiftCategoryRelationsRequest as AddGiftCategoryRelationsRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.add_gift_category_relations import (
        AddGiftCategoryRelationsResponse as AddGiftCategoryRelationsResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.add_robot import (
        AddRobotRequest as AddRobotRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.add_robot import (
        AddRobotResponse as AddRobotResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.ban_member import (
        BanMemberRequest as BanMemberRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.ban_member import (
        BanMemberResponse as BanMemberResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.change_room_owner import (
        ChangeRoomOwnerRequest as ChangeRoomOwnerRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.change_room_owner import (
        ChangeRoomOwnerResponse as ChangeRoomOwnerResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.copy_default_gift_config import (
        CopyDefaultGiftConfigRequest as CopyDefaultGiftConfigRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.copy_default_gift_config import (
        CopyDefaultGiftConfigResponse as CopyDefaultGiftConfigResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.create_room import (
        CreateRoomRequest as CreateRoomRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.create_room import (
        CreateRoomResponse as CreateRoomResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.create_room import (
        CreateRoomResult as CreateRoomResult,
    )
    from trtc_sdk.models.live.live_engine_http_srv.create_room import (
        NewLiveRoomInfoParam as NewLiveRoomInfoParam,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_gift import (
        DelGiftRequest as DelGiftRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_gift import (
        DelGiftResponse as DelGiftResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_gift_category import (
        DelGiftCategoryRequest as DelGiftCategoryRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_gift_category import (
        DelGiftCategoryResponse as DelGiftCategoryResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_gift_category_language import (
        DelGiftCategoryLanguageRequest as DelGiftCategoryLanguageRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_gift_category_language import (
        DelGiftCategoryLanguageResponse as DelGiftCategoryLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_gift_category_relations import (
        DelGiftCategoryRelationsRequest as DelGiftCategoryRelationsRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_gift_category_relations import (
        DelGiftCategoryRelationsResponse as DelGiftCategoryRelationsResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_gift_language import (
        DelGiftLanguageRequest as DelGiftLanguageRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_gift_language import (
        DelGiftLanguageResponse as DelGiftLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_robot import (
        DelRobotRequest as DelRobotRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_robot import (
        DelRobotResponse as DelRobotResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_room_metadata import (
        DelRoomMetadataRequest as DelRoomMetadataRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_room_metadata import (
        DelRoomMetadataResponse as DelRoomMetadataResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.destroy_room import (
        DestroyRoomRequest as DestroyRoomRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.destroy_room import (
        DestroyRoomResponse as DestroyRoomResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.destroy_room import (
        DestroyRoomResult as DestroyRoomResult,
    )
    from trtc_sdk.models.live.live_engine_http_srv.destroy_room import (
        DestroyRoomStats as DestroyRoomStats,
    )
    from trtc_sdk.models.live.live_engine_http_srv.edit_gift import (
        EditGiftRequest as EditGiftRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.edit_gift import (
        EditGiftResponse as EditGiftResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.edit_gift_category import (
        EditGiftCategoryRequest as EditGiftCategoryRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.edit_gift_category import (
        EditGiftCategoryResponse as EditGiftCategoryResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_admin_list import (
        AdminList as AdminList,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_admin_list import (
        GetAdminListRequest as GetAdminListRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_admin_list import (
        GetAdminListResponse as GetAdminListResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_banned_member_list import (
        BannedMember as BannedMember,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_banned_member_list import (
        BannedMemberPage as BannedMemberPage,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_banned_member_list import (
        GetBannedMemberListRequest as GetBannedMemberListRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_banned_member_list import (
        GetBannedMemberListResponse as GetBannedMemberListResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift import (
        GetGiftRequest as GetGiftRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift import (
        GetGiftResponse as GetGiftResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift import (
        GiftInfo as GiftInfo,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_category import (
        GetGiftCategoryRequest as GetGiftCategoryRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_category import (
        GetGiftCategoryResponse as GetGiftCategoryResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_category import (
        GiftCategoryInfo as GiftCategoryInfo,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_category_language import (
        CategoryLanguageWrapper as CategoryLanguageWrapper,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_category_language import (
        CategoryText as CategoryText,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_category_language import (
        GetGiftCategoryLanguageRequest as GetGiftCategoryLanguageRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_category_language import (
        GetGiftCategoryLanguageResponse as GetGiftCategoryLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_category_relations import (
        GetGiftCategoryRelationsRequest as GetGiftCategoryRelationsRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_category_relations import (
        GetGiftCategoryRelationsResponse as GetGiftCategoryRelationsResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_category_relations import (
        GiftCategoryRelation as GiftCategoryRelation,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_count import (
        GetGiftCountRequest as GetGiftCountRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_count import (
        GetGiftCountResponse as GetGiftCountResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_count import (
        GiftCount as GiftCount,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_info_list import (
        CategoryCatalogItem as CategoryCatalogItem,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_info_list import (
        CategoryTextEntry as CategoryTextEntry,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_info_list import (
        GetGiftInfoListRequest as GetGiftInfoListRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_info_list import (
        GetGiftInfoListResponse as GetGiftInfoListResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_info_list import (
        GiftCatalog as GiftCatalog,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_info_list import (
        GiftCatalogItem as GiftCatalogItem,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_info_list import (
        GiftTextEntry as GiftTextEntry,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_language import (
        GetGiftLanguageRequest as GetGiftLanguageRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_language import (
        GetGiftLanguageResponse as GetGiftLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_language import (
        GiftLanguageWrapper as GiftLanguageWrapper,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_language import (
        GiftText as GiftText,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_member_list import (
        GetMemberListRequest as GetMemberListRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_member_list import (
        GetMemberListResponse as GetMemberListResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_member_list import (
        MemberListPage as MemberListPage,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_member_list import (
        RoomMember as RoomMember,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_muted_member_list import (
        GetMutedMemberListRequest as GetMutedMemberListRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_muted_member_list import (
        GetMutedMemberListResponse as GetMutedMemberListResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_muted_member_list import (
        MutedMember as MutedMember,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_muted_member_list import (
        MutedMemberList as MutedMemberList,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_robot import (
        GetRobotRequest as GetRobotRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_robot import (
        GetRobotResponse as GetRobotResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_robot import (
        RobotList as RobotList,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_info import (
        GetRoomInfoRequest as GetRoomInfoRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_info import (
        GetRoomInfoResponse as GetRoomInfoResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_info import (
        GetRoomInfoResult as GetRoomInfoResult,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_info import (
        LiveRoomInfo as LiveRoomInfo,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_list import (
        GetRoomListRequest as GetRoomListRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_list import (
        GetRoomListResponse as GetRoomListResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_list import (
        LiveRoomListItem as LiveRoomListItem,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_list import (
        RoomListPage as RoomListPage,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_metadata import (
        GetRoomMetadataRequest as GetRoomMetadataRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_metadata import (
        GetRoomMetadataResponse as GetRoomMetadataResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_metadata import (
        RoomMetadata as RoomMetadata,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_statistic import (
        GetRoomStatisticRequest as GetRoomStatisticRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_statistic import (
        GetRoomStatisticResponse as GetRoomStatisticResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_stats import (
        GetRoomStatsRequest as GetRoomStatsRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_stats import (
        GetRoomStatsResponse as GetRoomStatsResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.modify_admin import (
        ModifyAdminRequest as ModifyAdminRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.modify_admin import (
        ModifyAdminResponse as ModifyAdminResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.mute_member import (
        MuteMemberRequest as MuteMemberRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.mute_member import (
        MuteMemberResponse as MuteMemberResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.resume_mcu_task import (
        ResumeMcuTaskRequest as ResumeMcuTaskRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.resume_mcu_task import (
        ResumeMcuTaskResponse as ResumeMcuTaskResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.send_custom_msg import (
        SendCustomMsgRequest as SendCustomMsgRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.send_custom_msg import (
        SendCustomMsgResponse as SendCustomMsgResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.send_gift import (
        SendGiftRequest as SendGiftRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.send_gift import (
        SendGiftResponse as SendGiftResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.send_text_msg import (
        SendTextMsgRequest as SendTextMsgRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.send_text_msg import (
        SendTextMsgResponse as SendTextMsgResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.set_gift_category_language import (
        SetGiftCategoryLanguageRequest as SetGiftCategoryLanguageRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.set_gift_category_language import (
        SetGiftCategoryLanguageResponse as SetGiftCategoryLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.set_gift_language import (
        SetGiftLanguageRequest as SetGiftLanguageRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.set_gift_language import (
        SetGiftLanguageResponse as SetGiftLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.set_room_metadata import (
        SetRoomMetadataRequest as SetRoomMetadataRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.set_room_metadata import (
        SetRoomMetadataResponse as SetRoomMetadataResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.unban_member import (
        UnbanMemberRequest as UnbanMemberRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.unban_member import (
        UnbanMemberResponse as UnbanMemberResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.update_room_info import (
        LiveRoomUpdateParam as LiveRoomUpdateParam,
    )
    from trtc_sdk.models.live.live_engine_http_srv.update_room_info import (
        UpdateRoomInfoRequest as UpdateRoomInfoRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv.update_room_info import (
        UpdateRoomInfoResponse as UpdateRoomInfoResponse,
    )

__all__ = [
    "AddGiftCategoryRelationsRequest",
    "AddGiftCategoryRelationsResponse",
    "AddGiftCategoryRequest",
    "AddGiftCategoryResponse",
    "AddGiftRequest",
    "AddGiftResponse",
    "AddRobotRequest",
    "AddRobotResponse",
    "AdminList",
    "AdminOpType",
    "AfterChangeOwnerAnswer",
    "AfterChangeOwnerEvent",
    "AfterCreateBattleAnswer",
    "AfterCreateBattleEvent",
    "AfterCreateRoomAnswer",
    "AfterCreateRoomEvent",
    "AfterCreateRoomReachingThresholdAnswer",
    "AfterCreateRoomReachingThresholdEvent",
    "AfterDelMetadataAnswer",
    "AfterDelMetadataEvent",
    "AfterDestroyRoomAnswer",
    "AfterDestroyRoomEvent",
    "AfterEndBattleAnswer",
    "AfterEndBattleEvent",
    "AfterMemberStateChangedAnswer",
    "AfterMemberStateChangedEvent",
    "AfterModifyAdminAnswer",
    "AfterModifyAdminEvent",
    "AfterSeatInfoChangedAnswer",
    "AfterSeatInfoChangedEvent",
    "AfterSetMetadataAnswer",
    "AfterSetMetadataEvent",
    "AfterStartBattleAnswer",
    "AfterStartBattleEvent",
    "AfterUpdateRoomInfoAnswer",
    "AfterUpdateRoomInfoEvent",
    "BanMemberRequest",
    "BanMemberResponse",
    "BannedMember",
    "BannedMemberPage",
    "BattleEndReason",
    "BattleInfo",
    "BattleInviteResult",
    "BattleInviteResultCode",
    "BattleRoom",
    "BattleScoreOpType",
    "BattleScoreParam",
    "BattleScoreResult",
    "BeforeSendGiftAnswer",
    "BeforeSendGiftEvent",
    "CallbackToken",
    "CategoryCatalogItem",
    "CategoryLanguageWrapper",
    "CategoryText",
    "CategoryTextEntry",
    "ChangeRoomOwnerRequest",
    "ChangeRoomOwnerResponse",
    "CopyDefaultGiftConfigRequest",
    "CopyDefaultGiftConfigResponse",
    "CreateBattleRequest",
    "CreateBattleResponse",
    "CreateBattleResult",
    "CreateRoomRequest",
    "CreateRoomResponse",
    "CreateRoomResult",
    "DelGiftCategoryLanguageRequest",
    "DelGiftCategoryLanguageResponse",
    "DelGiftCategoryRelationsRequest",
    "DelGiftCategoryRelationsResponse",
    "DelGiftCategoryRequest",
    "DelGiftCategoryResponse",
    "DelGiftLanguageRequest",
    "DelGiftLanguageResponse",
    "DelGiftRequest",
    "DelGiftResponse",
    "DelRobotRequest",
    "DelRobotResponse",
    "DelRoomMetadataRequest",
    "DelRoomMetadataResponse",
    "DeleteCallbackRequest",
    "DeleteCallbackResponse",
    "DeleteCallbackTokenRequest",
    "DeleteCallbackTokenResponse",
    "DestroyRoomRequest",
    "DestroyRoomResponse",
    "DestroyRoomResult",
    "DestroyRoomStats",
    "EditGiftCategoryRequest",
    "EditGiftCategoryResponse",
    "EditGiftRequest",
    "EditGiftResponse",
    "EventGiftRecord",
    "EventLiveRoomInfo",
    "EventLiveSeatInfo",
    "GetAdminListRequest",
    "GetAdminListResponse",
    "GetBannedMemberListRequest",
    "GetBannedMemberListResponse",
    "GetBattleInfoRequest",
    "GetBattleInfoResponse",
    "GetCallbackRequest",
    "GetCallbackResponse",
    "GetCallbackTokenRequest",
    "GetCallbackTokenResponse",
    "GetGiftCategoryLanguageRequest",
    "GetGiftCategoryLanguageResponse",
    "GetGiftCategoryRelationsRequest",
    "GetGiftCategoryRelationsResponse",
    "GetGiftCategoryRequest",
    "GetGiftCategoryResponse",
    "GetGiftCountRequest",
    "GetGiftCountResponse",
    "GetGiftInfoListRequest",
    "GetGiftInfoListResponse",
    "GetGiftLanguageRequest",
    "GetGiftLanguageResponse",
    "GetGiftRequest",
    "GetGiftResponse",
    "GetMemberListRequest",
    "GetMemberListResponse",
    "GetMutedMemberListRequest",
    "GetMutedMemberListResponse",
    "GetRobotRequest",
    "GetRobotResponse",
    "GetRoomInfoRequest",
    "GetRoomInfoResponse",
    "GetRoomInfoResult",
    "GetRoomListRequest",
    "GetRoomListResponse",
    "GetRoomMetadataRequest",
    "GetRoomMetadataResponse",
    "GetRoomStatisticRequest",
    "GetRoomStatisticResponse",
    "GetRoomStatsRequest",
    "GetRoomStatsResponse",
    "GiftCatalog",
    "GiftCatalogItem",
    "GiftCategoryInfo",
    "GiftCategoryRelation",
    "GiftCount",
    "GiftInfo",
    "GiftLanguage",
    "GiftLanguageWrapper",
    "GiftText",
    "GiftTextEntry",
    "LiveCallbackCommand",
    "LiveCallbackConfig",
    "LiveDestroyType",
    "LiveMemberState",
    "LiveMemberStateCause",
    "LiveRoomInfo",
    "LiveRoomListItem",
    "LiveRoomUpdateParam",
    "MemberListPage",
    "MetadataItem",
    "MetadataItemParam",
    "ModifyAdminRequest",
    "ModifyAdminResponse",
    "MuteMemberRequest",
    "MuteMemberResponse",
    "MutedMember",
    "MutedMemberList",
    "NewLiveRoomInfoParam",
    "ResumeMcuTaskRequest",
    "ResumeMcuTaskResponse",
    "RobotList",
    "RoomListPage",
    "RoomMember",
    "RoomMetadata",
    "RoomStats",
    "RoomType",
    "SendCustomMsgRequest",
    "SendCustomMsgResponse",
    "SendGiftRequest",
    "SendGiftResponse",
    "SendMsgResult",
    "SendTextMsgRequest",
    "SendTextMsgResponse",
    "SetBattleScoreRequest",
    "SetBattleScoreResponse",
    "SetBattleScoreResult",
    "SetCallbackRequest",
    "SetCallbackResponse",
    "SetCallbackTokenRequest",
    "SetCallbackTokenResponse",
    "SetGiftCategoryLanguageRequest",
    "SetGiftCategoryLanguageResponse",
    "SetGiftLanguageRequest",
    "SetGiftLanguageResponse",
    "SetRoomMetadataRequest",
    "SetRoomMetadataResponse",
    "TakeSeatMode",
    "UnbanMemberRequest",
    "UnbanMemberResponse",
    "UpdateCallbackRequest",
    "UpdateCallbackResponse",
    "UpdateRoomInfoRequest",
    "UpdateRoomInfoResponse",
]
__getattr__, __dir__ = lazy_module(
    __name__,
    {
        "AdminOpType": "_enums.admin_op_type",
        "BattleEndReason": "_enums.battle_end_reason",
        "BattleInviteResultCode": "_enums.battle_invite_result_code",
        "BattleScoreOpType": "_enums.battle_score_op_type",
        "GiftLanguage": "_enums.gift_language",
        "LiveCallbackCommand": "_enums.live_callback_command",
        "LiveDestroyType": "_enums.live_destroy_type",
        "LiveMemberState": "_enums.live_member_state",
        "LiveMemberStateCause": "_enums.live_member_state_cause",
        "RoomType": "_enums.room_type",
        "TakeSeatMode": "_enums.take_seat_mode",
        "AfterChangeOwnerAnswer": "_events",
        "AfterChangeOwnerEvent": "_events",
        "AfterCreateBattleAnswer": "_events",
        "AfterCreateBattleEvent": "_events",
        "AfterCreateRoomAnswer": "_events",
        "AfterCreateRoomEvent": "_events",
        "AfterCreateRoomReachingThresholdAnswer": "_events",
        "AfterCreateRoomReachingThresholdEvent": "_events",
        "AfterDelMetadataAnswer": "_events",
        "AfterDelMetadataEvent": "_events",
        "AfterDestroyRoomAnswer": "_events",
        "AfterDestroyRoomEvent": "_events",
        "AfterEndBattleAnswer": "_events",
        "AfterEndBattleEvent": "_events",
        "AfterMemberStateChangedAnswer": "_events",
        "AfterMemberStateChangedEvent": "_events",
        "AfterModifyAdminAnswer": "_events",
        "AfterModifyAdminEvent": "_events",
        "AfterSeatInfoChangedAnswer": "_events",
        "AfterSeatInfoChangedEvent": "_events",
        "AfterSetMetadataAnswer": "_events",
        "AfterSetMetadataEvent": "_events",
        "AfterStartBattleAnswer": "_events",
        "AfterStartBattleEvent": "_events",
        "AfterUpdateRoomInfoAnswer": "_events",
        "AfterUpdateRoomInfoEvent": "_events",
        "BeforeSendGiftAnswer": "_events",
        "BeforeSendGiftEvent": "_events",
        "EventGiftRecord": "_events",
        "EventLiveRoomInfo": "_events",
        "EventLiveSeatInfo": "_events",
        "DeleteCallbackRequest": "live_config.delete_callback",
        "DeleteCallbackResponse": "live_config.delete_callback",
        "DeleteCallbackTokenRequest": "live_config.delete_callback_token",
        "DeleteCallbackTokenResponse": "live_config.delete_callback_token",
        "GetCallbackRequest": "live_config.get_callback",
        "GetCallbackResponse": "live_config.get_callback",
        "LiveCallbackConfig": "live_config.get_callback",
        "CallbackToken": "live_config.get_callback_token",
        "GetCallbackTokenRequest": "live_config.get_callback_token",
        "GetCallbackTokenResponse": "live_config.get_callback_token",
        "SetCallbackRequest": "live_config.set_callback",
        "SetCallbackResponse": "live_config.set_callback",
        "SetCallbackTokenRequest": "live_config.set_callback_token",
        "SetCallbackTokenResponse": "live_config.set_callback_token",
        "UpdateCallbackRequest": "live_config.update_callback",
        "UpdateCallbackResponse": "live_config.update_callback",
        "BattleInviteResult": "live_engine_http_pk.create_battle",
        "CreateBattleRequest": "live_engine_http_pk.create_battle",
        "CreateBattleResponse": "live_engine_http_pk.create_battle",
        "CreateBattleResult": "live_engine_http_pk.create_battle",
        "BattleInfo": "live_engine_http_pk.get_battle_info",
        "BattleRoom": "live_engine_http_pk.get_battle_info",
        "GetBattleInfoRequest": "live_engine_http_pk.get_battle_info",
        "GetBattleInfoResponse": "live_engine_http_pk.get_battle_info",
        "BattleScoreParam": "live_engine_http_pk.set_battle_score",
        "BattleScoreResult": "live_engine_http_pk.set_battle_score",
        "SetBattleScoreRequest": "live_engine_http_pk.set_battle_score",
        "SetBattleScoreResponse": "live_engine_http_pk.set_battle_score",
        "SetBattleScoreResult": "live_engine_http_pk.set_battle_score",
        "MetadataItem": "live_engine_http_srv._shared",
        "MetadataItemParam": "live_engine_http_srv._shared",
        "RoomStats": "live_engine_http_srv._shared",
        "SendMsgResult": "live_engine_http_srv._shared",
        "AddGiftRequest": "live_engine_http_srv.add_gift",
        "AddGiftResponse": "live_engine_http_srv.add_gift",
        "AddGiftCategoryRequest": "live_engine_http_srv.add_gift_category",
        "AddGiftCategoryResponse": "live_engine_http_srv.add_gift_category",
        "AddGiftCategoryRelationsRequest": "live_engine_http_srv.add_gift_category_relations",
        "AddGiftCategoryRelationsResponse": "live_engine_http_srv.add_gift_category_relations",
        "AddRobotRequest": "live_engine_http_srv.add_robot",
        "AddRobotResponse": "live_engine_http_srv.add_robot",
        "BanMemberRequest": "live_engine_http_srv.ban_member",
        "BanMemberResponse": "live_engine_http_srv.ban_member",
        "ChangeRoomOwnerRequest": "live_engine_http_srv.change_room_owner",
        "ChangeRoomOwnerResponse": "live_engine_http_srv.change_room_owner",
        "CopyDefaultGiftConfigRequest": "live_engine_http_srv.copy_default_gift_config",
        "CopyDefaultGiftConfigResponse": "live_engine_http_srv.copy_default_gift_config",
        "CreateRoomRequest": "live_engine_http_srv.create_room",
        "CreateRoomResponse": "live_engine_http_srv.create_room",
        "CreateRoomResult": "live_engine_http_srv.create_room",
        "NewLiveRoomInfoParam": "live_engine_http_srv.create_room",
        "DelGiftRequest": "live_engine_http_srv.del_gift",
        "DelGiftResponse": "live_engine_http_srv.del_gift",
        "DelGiftCategoryRequest": "live_engine_http_srv.del_gift_category",
        "DelGiftCategoryResponse": "live_engine_http_srv.del_gift_category",
        "DelGiftCategoryLanguageRequest": "live_engine_http_srv.del_gift_category_language",
        "DelGiftCategoryLanguageResponse": "live_engine_http_srv.del_gift_category_language",
        "DelGiftCategoryRelationsRequest": "live_engine_http_srv.del_gift_category_relations",
        "DelGiftCategoryRelationsResponse": "live_engine_http_srv.del_gift_category_relations",
        "DelGiftLanguageRequest": "live_engine_http_srv.del_gift_language",
        "DelGiftLanguageResponse": "live_engine_http_srv.del_gift_language",
        "DelRobotRequest": "live_engine_http_srv.del_robot",
        "DelRobotResponse": "live_engine_http_srv.del_robot",
        "DelRoomMetadataRequest": "live_engine_http_srv.del_room_metadata",
        "DelRoomMetadataResponse": "live_engine_http_srv.del_room_metadata",
        "DestroyRoomRequest": "live_engine_http_srv.destroy_room",
        "DestroyRoomResponse": "live_engine_http_srv.destroy_room",
        "DestroyRoomResult": "live_engine_http_srv.destroy_room",
        "DestroyRoomStats": "live_engine_http_srv.destroy_room",
        "EditGiftRequest": "live_engine_http_srv.edit_gift",
        "EditGiftResponse": "live_engine_http_srv.edit_gift",
        "EditGiftCategoryRequest": "live_engine_http_srv.edit_gift_category",
        "EditGiftCategoryResponse": "live_engine_http_srv.edit_gift_category",
        "AdminList": "live_engine_http_srv.get_admin_list",
        "GetAdminListRequest": "live_engine_http_srv.get_admin_list",
        "GetAdminListResponse": "live_engine_http_srv.get_admin_list",
        "BannedMember": "live_engine_http_srv.get_banned_member_list",
        "BannedMemberPage": "live_engine_http_srv.get_banned_member_list",
        "GetBannedMemberListRequest": "live_engine_http_srv.get_banned_member_list",
        "GetBannedMemberListResponse": "live_engine_http_srv.get_banned_member_list",
        "GetGiftRequest": "live_engine_http_srv.get_gift",
        "GetGiftResponse": "live_engine_http_srv.get_gift",
        "GiftInfo": "live_engine_http_srv.get_gift",
        "GetGiftCategoryRequest": "live_engine_http_srv.get_gift_category",
        "GetGiftCategoryResponse": "live_engine_http_srv.get_gift_category",
        "GiftCategoryInfo": "live_engine_http_srv.get_gift_category",
        "CategoryLanguageWrapper": "live_engine_http_srv.get_gift_category_language",
        "CategoryText": "live_engine_http_srv.get_gift_category_language",
        "GetGiftCategoryLanguageRequest": "live_engine_http_srv.get_gift_category_language",
        "GetGiftCategoryLanguageResponse": "live_engine_http_srv.get_gift_category_language",
        "GetGiftCategoryRelationsRequest": "live_engine_http_srv.get_gift_category_relations",
        "GetGiftCategoryRelationsResponse": "live_engine_http_srv.get_gift_category_relations",
        "GiftCategoryRelation": "live_engine_http_srv.get_gift_category_relations",
        "GetGiftCountRequest": "live_engine_http_srv.get_gift_count",
        "GetGiftCountResponse": "live_engine_http_srv.get_gift_count",
        "GiftCount": "live_engine_http_srv.get_gift_count",
        "CategoryCatalogItem": "live_engine_http_srv.get_gift_info_list",
        "CategoryTextEntry": "live_engine_http_srv.get_gift_info_list",
        "GetGiftInfoListRequest": "live_engine_http_srv.get_gift_info_list",
        "GetGiftInfoListResponse": "live_engine_http_srv.get_gift_info_list",
        "GiftCatalog": "live_engine_http_srv.get_gift_info_list",
        "GiftCatalogItem": "live_engine_http_srv.get_gift_info_list",
        "GiftTextEntry": "live_engine_http_srv.get_gift_info_list",
        "GetGiftLanguageRequest": "live_engine_http_srv.get_gift_language",
        "GetGiftLanguageResponse": "live_engine_http_srv.get_gift_language",
        "GiftLanguageWrapper": "live_engine_http_srv.get_gift_language",
        "GiftText": "live_engine_http_srv.get_gift_language",
        "GetMemberListRequest": "live_engine_http_srv.get_member_list",
        "GetMemberListResponse": "live_engine_http_srv.get_member_list",
        "MemberListPage": "live_engine_http_srv.get_member_list",
        "RoomMember": "live_engine_http_srv.get_member_list",
        "GetMutedMemberListRequest": "live_engine_http_srv.get_muted_member_list",
        "GetMutedMemberListResponse": "live_engine_http_srv.get_muted_member_list",
        "MutedMember": "live_engine_http_srv.get_muted_member_list",
        "MutedMemberList": "live_engine_http_srv.get_muted_member_list",
        "GetRobotRequest": "live_engine_http_srv.get_robot",
        "GetRobotResponse": "live_engine_http_srv.get_robot",
        "RobotList": "live_engine_http_srv.get_robot",
        "GetRoomInfoRequest": "live_engine_http_srv.get_room_info",
        "GetRoomInfoResponse": "live_engine_http_srv.get_room_info",
        "GetRoomInfoResult": "live_engine_http_srv.get_room_info",
        "LiveRoomInfo": "live_engine_http_srv.get_room_info",
        "GetRoomListRequest": "live_engine_http_srv.get_room_list",
        "GetRoomListResponse": "live_engine_http_srv.get_room_list",
        "LiveRoomListItem": "live_engine_http_srv.get_room_list",
        "RoomListPage": "live_engine_http_srv.get_room_list",
        "GetRoomMetadataRequest": "live_engine_http_srv.get_room_metadata",
        "GetRoomMetadataResponse": "live_engine_http_srv.get_room_metadata",
        "RoomMetadata": "live_engine_http_srv.get_room_metadata",
        "GetRoomStatisticRequest": "live_engine_http_srv.get_room_statistic",
        "GetRoomStatisticResponse": "live_engine_http_srv.get_room_statistic",
        "GetRoomStatsRequest": "live_engine_http_srv.get_room_stats",
        "GetRoomStatsResponse": "live_engine_http_srv.get_room_stats",
        "ModifyAdminRequest": "live_engine_http_srv.modify_admin",
        "ModifyAdminResponse": "live_engine_http_srv.modify_admin",
        "MuteMemberRequest": "live_engine_http_srv.mute_member",
        "MuteMemberResponse": "live_engine_http_srv.mute_member",
        "ResumeMcuTaskRequest": "live_engine_http_srv.resume_mcu_task",
        "ResumeMcuTaskResponse": "live_engine_http_srv.resume_mcu_task",
        "SendCustomMsgRequest": "live_engine_http_srv.send_custom_msg",
        "SendCustomMsgResponse": "live_engine_http_srv.send_custom_msg",
        "SendGiftRequest": "live_engine_http_srv.send_gift",
        "SendGiftResponse": "live_engine_http_srv.send_gift",
        "SendTextMsgRequest": "live_engine_http_srv.send_text_msg",
        "SendTextMsgResponse": "live_engine_http_srv.send_text_msg",
        "SetGiftCategoryLanguageRequest": "live_engine_http_srv.set_gift_category_language",
        "SetGiftCategoryLanguageResponse": "live_engine_http_srv.set_gift_category_language",
        "SetGiftLanguageRequest": "live_engine_http_srv.set_gift_language",
        "SetGiftLanguageResponse": "live_engine_http_srv.set_gift_language",
        "SetRoomMetadataRequest": "live_engine_http_srv.set_room_metadata",
        "SetRoomMetadataResponse": "live_engine_http_srv.set_room_metadata",
        "UnbanMemberRequest": "live_engine_http_srv.unban_member",
        "UnbanMemberResponse": "live_engine_http_srv.unban_member",
        "LiveRoomUpdateParam": "live_engine_http_srv.update_room_info",
        "UpdateRoomInfoRequest": "live_engine_http_srv.update_room_info",
        "UpdateRoomInfoResponse": "live_engine_http_srv.update_room_info",
    },
)
