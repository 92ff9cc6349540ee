# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit
"""Models of Live (TUILiveKit): one module per servicename plus the types they share.

Every name below imports from this package; only the module holding it is loaded, on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module

if TYPE_CHECKING:
    from trtc_sdk.models.live._enums import (
        AdminOpType as AdminOpType,
    )
    from trtc_sdk.models.live._enums import (
        BattleEndReason as BattleEndReason,
    )
    from trtc_sdk.models.live._enums import (
        BattleInviteResultCode as BattleInviteResultCode,
    )
    from trtc_sdk.models.live._enums import (
        BattleScoreOpType as BattleScoreOpType,
    )
    from trtc_sdk.models.live._enums import (
        GiftLanguage as GiftLanguage,
    )
    from trtc_sdk.models.live._enums import (
        LiveCallbackCommand as LiveCallbackCommand,
    )
    from trtc_sdk.models.live._enums import (
        LiveDestroyType as LiveDestroyType,
    )
    from trtc_sdk.models.live._enums import (
        LiveMemberState as LiveMemberState,
    )
    from trtc_sdk.models.live._enums import (
        LiveMemberStateCause as LiveMemberStateCause,
    )
    from trtc_sdk.models.live._enums import (
        RoomType as RoomType,
    )
    from trtc_sdk.models.live._enums import (
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
    from trtc_sdk.models.live.live_config import (
        CallbackToken as CallbackToken,
    )
    from trtc_sdk.models.live.live_config import (
        DeleteCallbackRequest as DeleteCallbackRequest,
    )
    from trtc_sdk.models.live.live_config import (
        DeleteCallbackResponse as DeleteCallbackResponse,
    )
    from trtc_sdk.models.live.live_config import (
        DeleteCallbackTokenRequest as DeleteCallbackTokenRequest,
    )
    from trtc_sdk.models.live.live_config import (
        DeleteCallbackTokenResponse as DeleteCallbackTokenResponse,
    )
    from trtc_sdk.models.live.live_config import (
        GetCallbackRequest as GetCallbackRequest,
    )
    from trtc_sdk.models.live.live_config import (
        GetCallbackResponse as GetCallbackResponse,
    )
    from trtc_sdk.models.live.live_config import (
        GetCallbackTokenRequest as GetCallbackTokenRequest,
    )
    from trtc_sdk.models.live.live_config import (
        GetCallbackTokenResponse as GetCallbackTokenResponse,
    )
    from trtc_sdk.models.live.live_config import (
        LiveCallbackConfig as LiveCallbackConfig,
    )
    from trtc_sdk.models.live.live_config import (
        SetCallbackRequest as SetCallbackRequest,
    )
    from trtc_sdk.models.live.live_config import (
        SetCallbackResponse as SetCallbackResponse,
    )
    from trtc_sdk.models.live.live_config import (
        SetCallbackTokenRequest as SetCallbackTokenRequest,
    )
    from trtc_sdk.models.live.live_config import (
        SetCallbackTokenResponse as SetCallbackTokenResponse,
    )
    from trtc_sdk.models.live.live_config import (
        UpdateCallbackRequest as UpdateCallbackRequest,
    )
    from trtc_sdk.models.live.live_config import (
        UpdateCallbackResponse as UpdateCallbackResponse,
    )
    from trtc_sdk.models.live.live_engine_http_pk import (
        BattleInfo as BattleInfo,
    )
    from trtc_sdk.models.live.live_engine_http_pk import (
        BattleInviteResult as BattleInviteResult,
    )
    from trtc_sdk.models.live.live_engine_http_pk import (
        BattleRoom as BattleRoom,
    )
    from trtc_sdk.models.live.live_engine_http_pk import (
        BattleScoreParam as BattleScoreParam,
    )
    from trtc_sdk.models.live.live_engine_http_pk import (
        BattleScoreResult as BattleScoreResult,
    )
    from trtc_sdk.models.live.live_engine_http_pk import (
        CreateBattleRequest as CreateBattleRequest,
    )
    from trtc_sdk.models.live.live_engine_http_pk import (
        CreateBattleResponse as CreateBattleResponse,
    )
    from trtc_sdk.models.live.live_engine_http_pk import (
        CreateBattleResult as CreateBattleResult,
    )
    from trtc_sdk.models.live.live_engine_http_pk import (
        GetBattleInfoRequest as GetBattleInfoRequest,
    )
    from trtc_sdk.models.live.live_engine_http_pk import (
        GetBattleInfoResponse as GetBattleInfoResponse,
    )
    from trtc_sdk.models.live.live_engine_http_pk import (
        SetBattleScoreRequest as SetBattleScoreRequest,
    )
    from trtc_sdk.models.live.live_engine_http_pk import (
        SetBattleScoreResponse as SetBattleScoreResponse,
    )
    from trtc_sdk.models.live.live_engine_http_pk import (
        SetBattleScoreResult as SetBattleScoreResult,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        AddGiftCategoryRelationsRequest as AddGiftCategoryRelationsRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        AddGiftCategoryRelationsResponse as AddGiftCategoryRelationsResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        AddGiftCategoryRequest as AddGiftCategoryRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        AddGiftCategoryResponse as AddGiftCategoryResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        AddGiftRequest as AddGiftRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        AddGiftResponse as AddGiftResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        AddRobotRequest as AddRobotRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        AddRobotResponse as AddRobotResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        AdminList as AdminList,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        BanMemberRequest as BanMemberRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        BanMemberResponse as BanMemberResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        BannedMember as BannedMember,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        BannedMemberPage as BannedMemberPage,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        CategoryCatalogItem as CategoryCatalogItem,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        CategoryLanguageWrapper as CategoryLanguageWrapper,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        CategoryText as CategoryText,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        CategoryTextEntry as CategoryTextEntry,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        ChangeRoomOwnerRequest as ChangeRoomOwnerRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        ChangeRoomOwnerResponse as ChangeRoomOwnerResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        CopyDefaultGiftConfigRequest as CopyDefaultGiftConfigRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        CopyDefaultGiftConfigResponse as CopyDefaultGiftConfigResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        CreateRoomRequest as CreateRoomRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        CreateRoomResponse as CreateRoomResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        CreateRoomResult as CreateRoomResult,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DelGiftCategoryLanguageRequest as DelGiftCategoryLanguageRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DelGiftCategoryLanguageResponse as DelGiftCategoryLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DelGiftCategoryRelationsRequest as DelGiftCategoryRelationsRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DelGiftCategoryRelationsResponse as DelGiftCategoryRelationsResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DelGiftCategoryRequest as DelGiftCategoryRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DelGiftCategoryResponse as DelGiftCategoryResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DelGiftLanguageRequest as DelGiftLanguageRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DelGiftLanguageResponse as DelGiftLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DelGiftRequest as DelGiftRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DelGiftResponse as DelGiftResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DelRobotRequest as DelRobotRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DelRobotResponse as DelRobotResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DelRoomMetadataRequest as DelRoomMetadataRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DelRoomMetadataResponse as DelRoomMetadataResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DestroyRoomRequest as DestroyRoomRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DestroyRoomResponse as DestroyRoomResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DestroyRoomResult as DestroyRoomResult,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        DestroyRoomStats as DestroyRoomStats,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        EditGiftCategoryRequest as EditGiftCategoryRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        EditGiftCategoryResponse as EditGiftCategoryResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        EditGiftRequest as EditGiftRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        EditGiftResponse as EditGiftResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetAdminListRequest as GetAdminListRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetAdminListResponse as GetAdminListResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetBannedMemberListRequest as GetBannedMemberListRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetBannedMemberListResponse as GetBannedMemberListResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetGiftCategoryLanguageRequest as GetGiftCategoryLanguageRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetGiftCategoryLanguageResponse as GetGiftCategoryLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetGiftCategoryRelationsRequest as GetGiftCategoryRelationsRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetGiftCategoryRelationsResponse as GetGiftCategoryRelationsResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetGiftCategoryRequest as GetGiftCategoryRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetGiftCategoryResponse as GetGiftCategoryResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetGiftCountRequest as GetGiftCountRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetGiftCountResponse as GetGiftCountResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetGiftInfoListRequest as GetGiftInfoListRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetGiftInfoListResponse as GetGiftInfoListResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetGiftLanguageRequest as GetGiftLanguageRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetGiftLanguageResponse as GetGiftLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetGiftRequest as GetGiftRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetGiftResponse as GetGiftResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetMemberListRequest as GetMemberListRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetMemberListResponse as GetMemberListResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetMutedMemberListRequest as GetMutedMemberListRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetMutedMemberListResponse as GetMutedMemberListResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetRobotRequest as GetRobotRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetRobotResponse as GetRobotResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetRoomInfoRequest as GetRoomInfoRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetRoomInfoResponse as GetRoomInfoResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetRoomInfoResult as GetRoomInfoResult,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetRoomListRequest as GetRoomListRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetRoomListResponse as GetRoomListResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetRoomMetadataRequest as GetRoomMetadataRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetRoomMetadataResponse as GetRoomMetadataResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetRoomStatisticRequest as GetRoomStatisticRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetRoomStatisticResponse as GetRoomStatisticResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetRoomStatsRequest as GetRoomStatsRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GetRoomStatsResponse as GetRoomStatsResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GiftCatalog as GiftCatalog,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GiftCatalogItem as GiftCatalogItem,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GiftCategoryInfo as GiftCategoryInfo,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GiftCategoryRelation as GiftCategoryRelation,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GiftCount as GiftCount,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GiftInfo as GiftInfo,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GiftLanguageWrapper as GiftLanguageWrapper,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GiftText as GiftText,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        GiftTextEntry as GiftTextEntry,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        LiveRoomInfo as LiveRoomInfo,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        LiveRoomListItem as LiveRoomListItem,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        LiveRoomUpdateParam as LiveRoomUpdateParam,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        MemberListPage as MemberListPage,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        MetadataItem as MetadataItem,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        MetadataItemParam as MetadataItemParam,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        ModifyAdminRequest as ModifyAdminRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        ModifyAdminResponse as ModifyAdminResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        MutedMember as MutedMember,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        MutedMemberList as MutedMemberList,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        MuteMemberRequest as MuteMemberRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        MuteMemberResponse as MuteMemberResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        NewLiveRoomInfoParam as NewLiveRoomInfoParam,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        ResumeMcuTaskRequest as ResumeMcuTaskRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        ResumeMcuTaskResponse as ResumeMcuTaskResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        RobotList as RobotList,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        RoomListPage as RoomListPage,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        RoomMember as RoomMember,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        RoomMetadata as RoomMetadata,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        RoomStats as RoomStats,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        SendCustomMsgRequest as SendCustomMsgRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        SendCustomMsgResponse as SendCustomMsgResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        SendGiftRequest as SendGiftRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        SendGiftResponse as SendGiftResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        SendMsgResult as SendMsgResult,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        SendTextMsgRequest as SendTextMsgRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        SendTextMsgResponse as SendTextMsgResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        SetGiftCategoryLanguageRequest as SetGiftCategoryLanguageRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        SetGiftCategoryLanguageResponse as SetGiftCategoryLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        SetGiftLanguageRequest as SetGiftLanguageRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        SetGiftLanguageResponse as SetGiftLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        SetRoomMetadataRequest as SetRoomMetadataRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        SetRoomMetadataResponse as SetRoomMetadataResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        UnbanMemberRequest as UnbanMemberRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        UnbanMemberResponse as UnbanMemberResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
        UpdateRoomInfoRequest as UpdateRoomInfoRequest,
    )
    from trtc_sdk.models.live.live_engine_http_srv import (
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
        "AdminOpType": "_enums",
        "BattleEndReason": "_enums",
        "BattleInviteResultCode": "_enums",
        "BattleScoreOpType": "_enums",
        "GiftLanguage": "_enums",
        "LiveCallbackCommand": "_enums",
        "LiveDestroyType": "_enums",
        "LiveMemberState": "_enums",
        "LiveMemberStateCause": "_enums",
        "RoomType": "_enums",
        "TakeSeatMode": "_enums",
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
        "CallbackToken": "live_config",
        "DeleteCallbackRequest": "live_config",
        "DeleteCallbackResponse": "live_config",
        "DeleteCallbackTokenRequest": "live_config",
        "DeleteCallbackTokenResponse": "live_config",
        "GetCallbackRequest": "live_config",
        "GetCallbackResponse": "live_config",
        "GetCallbackTokenRequest": "live_config",
        "GetCallbackTokenResponse": "live_config",
        "LiveCallbackConfig": "live_config",
        "SetCallbackRequest": "live_config",
        "SetCallbackResponse": "live_config",
        "SetCallbackTokenRequest": "live_config",
        "SetCallbackTokenResponse": "live_config",
        "UpdateCallbackRequest": "live_config",
        "UpdateCallbackResponse": "live_config",
        "BattleInfo": "live_engine_http_pk",
        "BattleInviteResult": "live_engine_http_pk",
        "BattleRoom": "live_engine_http_pk",
        "BattleScoreParam": "live_engine_http_pk",
        "BattleScoreResult": "live_engine_http_pk",
        "CreateBattleRequest": "live_engine_http_pk",
        "CreateBattleResponse": "live_engine_http_pk",
        "CreateBattleResult": "live_engine_http_pk",
        "GetBattleInfoRequest": "live_engine_http_pk",
        "GetBattleInfoResponse": "live_engine_http_pk",
        "SetBattleScoreRequest": "live_engine_http_pk",
        "SetBattleScoreResponse": "live_engine_http_pk",
        "SetBattleScoreResult": "live_engine_http_pk",
        "AddGiftCategoryRelationsRequest": "live_engine_http_srv",
        "AddGiftCategoryRelationsResponse": "live_engine_http_srv",
        "AddGiftCategoryRequest": "live_engine_http_srv",
        "AddGiftCategoryResponse": "live_engine_http_srv",
        "AddGiftRequest": "live_engine_http_srv",
        "AddGiftResponse": "live_engine_http_srv",
        "AddRobotRequest": "live_engine_http_srv",
        "AddRobotResponse": "live_engine_http_srv",
        "AdminList": "live_engine_http_srv",
        "BanMemberRequest": "live_engine_http_srv",
        "BanMemberResponse": "live_engine_http_srv",
        "BannedMember": "live_engine_http_srv",
        "BannedMemberPage": "live_engine_http_srv",
        "CategoryCatalogItem": "live_engine_http_srv",
        "CategoryLanguageWrapper": "live_engine_http_srv",
        "CategoryText": "live_engine_http_srv",
        "CategoryTextEntry": "live_engine_http_srv",
        "ChangeRoomOwnerRequest": "live_engine_http_srv",
        "ChangeRoomOwnerResponse": "live_engine_http_srv",
        "CopyDefaultGiftConfigRequest": "live_engine_http_srv",
        "CopyDefaultGiftConfigResponse": "live_engine_http_srv",
        "CreateRoomRequest": "live_engine_http_srv",
        "CreateRoomResponse": "live_engine_http_srv",
        "CreateRoomResult": "live_engine_http_srv",
        "DelGiftCategoryLanguageRequest": "live_engine_http_srv",
        "DelGiftCategoryLanguageResponse": "live_engine_http_srv",
        "DelGiftCategoryRelationsRequest": "live_engine_http_srv",
        "DelGiftCategoryRelationsResponse": "live_engine_http_srv",
        "DelGiftCategoryRequest": "live_engine_http_srv",
        "DelGiftCategoryResponse": "live_engine_http_srv",
        "DelGiftLanguageRequest": "live_engine_http_srv",
        "DelGiftLanguageResponse": "live_engine_http_srv",
        "DelGiftRequest": "live_engine_http_srv",
        "DelGiftResponse": "live_engine_http_srv",
        "DelRobotRequest": "live_engine_http_srv",
        "DelRobotResponse": "live_engine_http_srv",
        "DelRoomMetadataRequest": "live_engine_http_srv",
        "DelRoomMetadataResponse": "live_engine_http_srv",
        "DestroyRoomRequest": "live_engine_http_srv",
        "DestroyRoomResponse": "live_engine_http_srv",
        "DestroyRoomResult": "live_engine_http_srv",
        "DestroyRoomStats": "live_engine_http_srv",
        "EditGiftCategoryRequest": "live_engine_http_srv",
        "EditGiftCategoryResponse": "live_engine_http_srv",
        "EditGiftRequest": "live_engine_http_srv",
        "EditGiftResponse": "live_engine_http_srv",
        "GetAdminListRequest": "live_engine_http_srv",
        "GetAdminListResponse": "live_engine_http_srv",
        "GetBannedMemberListRequest": "live_engine_http_srv",
        "GetBannedMemberListResponse": "live_engine_http_srv",
        "GetGiftCategoryLanguageRequest": "live_engine_http_srv",
        "GetGiftCategoryLanguageResponse": "live_engine_http_srv",
        "GetGiftCategoryRelationsRequest": "live_engine_http_srv",
        "GetGiftCategoryRelationsResponse": "live_engine_http_srv",
        "GetGiftCategoryRequest": "live_engine_http_srv",
        "GetGiftCategoryResponse": "live_engine_http_srv",
        "GetGiftCountRequest": "live_engine_http_srv",
        "GetGiftCountResponse": "live_engine_http_srv",
        "GetGiftInfoListRequest": "live_engine_http_srv",
        "GetGiftInfoListResponse": "live_engine_http_srv",
        "GetGiftLanguageRequest": "live_engine_http_srv",
        "GetGiftLanguageResponse": "live_engine_http_srv",
        "GetGiftRequest": "live_engine_http_srv",
        "GetGiftResponse": "live_engine_http_srv",
        "GetMemberListRequest": "live_engine_http_srv",
        "GetMemberListResponse": "live_engine_http_srv",
        "GetMutedMemberListRequest": "live_engine_http_srv",
        "GetMutedMemberListResponse": "live_engine_http_srv",
        "GetRobotRequest": "live_engine_http_srv",
        "GetRobotResponse": "live_engine_http_srv",
        "GetRoomInfoRequest": "live_engine_http_srv",
        "GetRoomInfoResponse": "live_engine_http_srv",
        "GetRoomInfoResult": "live_engine_http_srv",
        "GetRoomListRequest": "live_engine_http_srv",
        "GetRoomListResponse": "live_engine_http_srv",
        "GetRoomMetadataRequest": "live_engine_http_srv",
        "GetRoomMetadataResponse": "live_engine_http_srv",
        "GetRoomStatisticRequest": "live_engine_http_srv",
        "GetRoomStatisticResponse": "live_engine_http_srv",
        "GetRoomStatsRequest": "live_engine_http_srv",
        "GetRoomStatsResponse": "live_engine_http_srv",
        "GiftCatalog": "live_engine_http_srv",
        "GiftCatalogItem": "live_engine_http_srv",
        "GiftCategoryInfo": "live_engine_http_srv",
        "GiftCategoryRelation": "live_engine_http_srv",
        "GiftCount": "live_engine_http_srv",
        "GiftInfo": "live_engine_http_srv",
        "GiftLanguageWrapper": "live_engine_http_srv",
        "GiftText": "live_engine_http_srv",
        "GiftTextEntry": "live_engine_http_srv",
        "LiveRoomInfo": "live_engine_http_srv",
        "LiveRoomListItem": "live_engine_http_srv",
        "LiveRoomUpdateParam": "live_engine_http_srv",
        "MemberListPage": "live_engine_http_srv",
        "MetadataItem": "live_engine_http_srv",
        "MetadataItemParam": "live_engine_http_srv",
        "ModifyAdminRequest": "live_engine_http_srv",
        "ModifyAdminResponse": "live_engine_http_srv",
        "MuteMemberRequest": "live_engine_http_srv",
        "MuteMemberResponse": "live_engine_http_srv",
        "MutedMember": "live_engine_http_srv",
        "MutedMemberList": "live_engine_http_srv",
        "NewLiveRoomInfoParam": "live_engine_http_srv",
        "ResumeMcuTaskRequest": "live_engine_http_srv",
        "ResumeMcuTaskResponse": "live_engine_http_srv",
        "RobotList": "live_engine_http_srv",
        "RoomListPage": "live_engine_http_srv",
        "RoomMember": "live_engine_http_srv",
        "RoomMetadata": "live_engine_http_srv",
        "RoomStats": "live_engine_http_srv",
        "SendCustomMsgRequest": "live_engine_http_srv",
        "SendCustomMsgResponse": "live_engine_http_srv",
        "SendGiftRequest": "live_engine_http_srv",
        "SendGiftResponse": "live_engine_http_srv",
        "SendMsgResult": "live_engine_http_srv",
        "SendTextMsgRequest": "live_engine_http_srv",
        "SendTextMsgResponse": "live_engine_http_srv",
        "SetGiftCategoryLanguageRequest": "live_engine_http_srv",
        "SetGiftCategoryLanguageResponse": "live_engine_http_srv",
        "SetGiftLanguageRequest": "live_engine_http_srv",
        "SetGiftLanguageResponse": "live_engine_http_srv",
        "SetRoomMetadataRequest": "live_engine_http_srv",
        "SetRoomMetadataResponse": "live_engine_http_srv",
        "UnbanMemberRequest": "live_engine_http_srv",
        "UnbanMemberResponse": "live_engine_http_srv",
        "UpdateRoomInfoRequest": "live_engine_http_srv",
        "UpdateRoomInfoResponse": "live_engine_http_srv",
    },
)
