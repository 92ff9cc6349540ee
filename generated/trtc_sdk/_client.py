# generated from spec/*.yaml by `python -m codegen generate` - do not edit
"""Client: the core's client with this spec's registry and one attribute per namespace.

The constructor is the core's (`trtc_sdk._core.client.BaseClient`); namespaces are imported on first
access and cached on the instance.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from trtc_sdk._core.client import RequestOptions, SyncAPIClient
from trtc_sdk._registry import REGISTRY

if TYPE_CHECKING:
    import trtc_sdk.models.call.call_config
    import trtc_sdk.models.call.call_engine_http_srv
    import trtc_sdk.models.call.call_record_http_srv
    import trtc_sdk.models.live.live_config
    import trtc_sdk.models.live.live_engine_http_pk
    import trtc_sdk.models.live.live_engine_http_srv
    import trtc_sdk.models.room.room_config
    import trtc_sdk.models.room.room_engine_http_srv
    import trtc_sdk.models.seat.room_engine_http_mic
    from trtc_sdk._core.models import ResponseModel
    from trtc_sdk.services.call import (
        CallConfigService,
        CallRecordService,
        CallService,
    )
    from trtc_sdk.services.live import (
        LiveConfigService,
        LivePkService,
        LiveService,
    )
    from trtc_sdk.services.room import (
        RoomConfigService,
        RoomService,
    )
    from trtc_sdk.services.seat import (
        RoomSeatService,
    )

__all__ = ["Client"]


class Client(SyncAPIClient):
    """Client for the Tencent RTC and Chat server REST APIs: one namespace per servicename."""

    _registry = REGISTRY

    @cached_property
    def call(self) -> CallService:
        """Running calls. (`call_engine_http_srv`, Call (TUICallKit))"""
        from trtc_sdk.services.call import CallService

        return CallService(self)

    @cached_property
    def call_record(self) -> CallRecordService:
        """Records of finished calls. (`call_record_http_srv`, Call (TUICallKit))"""
        from trtc_sdk.services.call import CallRecordService

        return CallRecordService(self)

    @cached_property
    def call_config(self) -> CallConfigService:
        """Webhook configuration for call events. (`call_config`, Call (TUICallKit))"""
        from trtc_sdk.services.call import CallConfigService

        return CallConfigService(self)

    @cached_property
    def live(self) -> LiveService:
        """Live rooms, their members, messages, robots and the gift system. (`live_engine_http_srv`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import LiveService

        return LiveService(self)

    @cached_property
    def live_pk(self) -> LivePkService:
        """PK battles between connected live rooms. (`live_engine_http_pk`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import LivePkService

        return LivePkService(self)

    @cached_property
    def live_config(self) -> LiveConfigService:
        """Webhook configuration for Live events. (`live_config`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import LiveConfigService

        return LiveConfigService(self)

    @cached_property
    def room(self) -> RoomService:
        """Conference rooms and their members. (`room_engine_http_srv`, Conference (TUIRoomKit))"""
        from trtc_sdk.services.room import RoomService

        return RoomService(self)

    @cached_property
    def room_config(self) -> RoomConfigService:
        """Webhook configuration for room and seat events. (`room_config`, Conference (TUIRoomKit))"""
        from trtc_sdk.services.room import RoomConfigService

        return RoomConfigService(self)

    @cached_property
    def room_seat(self) -> RoomSeatService:
        """Seats (mic positions) of Conference and Live rooms. (`room_engine_http_mic`, Seats (shared by Conference and Live))"""
        from trtc_sdk.services.seat import RoomSeatService

        return RoomSeatService(self)

    @overload
    def invoke(
        self,
        path: Literal["call_engine_http_srv/get_call_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.GetCallInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_engine_http_srv/start_call_by_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.StartCallByRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_engine_http_srv/end_call"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.EndCallResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_record_http_srv/get_record_by_callid"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_record_http_srv.GetRecordByCallidResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_record_http_srv/get_record_by_filter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_record_http_srv.GetRecordByFilterResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.SetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.GetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.DeleteCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/create_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.CreateRoomResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/destroy_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DestroyRoomResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/update_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.UpdateRoomInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomMetadataResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/set_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SetRoomMetadataResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelRoomMetadataResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/resume_mcu_task"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.ResumeMcuTaskResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_stats"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomStatsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_statistic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomStatisticResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_admin_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetAdminListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/modify_admin"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.ModifyAdminResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/change_room_owner"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.ChangeRoomOwnerResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/ban_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.BanMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/unban_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.UnbanMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_banned_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetBannedMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/mute_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.MuteMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_muted_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetMutedMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/send_text_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SendTextMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/send_custom_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SendCustomMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/add_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.AddRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.AddGiftResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.AddGiftCategoryResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftCategoryResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftCategoryResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.AddGiftCategoryRelationsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftCategoryRelationsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftCategoryRelationsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/set_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SetGiftLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/set_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SetGiftCategoryLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftCategoryLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftCategoryLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/send_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SendGiftResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_count"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftCountResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/copy_default_gift_config"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.CopyDefaultGiftConfigResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/edit_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.EditGiftResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/edit_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.EditGiftCategoryResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_info_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftInfoListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_pk/create_battle"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.CreateBattleResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_pk/set_battle_score"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.SetBattleScoreResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_pk/get_battle_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.GetBattleInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.SetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/update_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.UpdateCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.GetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.DeleteCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/set_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.SetCallbackTokenResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/get_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.GetCallbackTokenResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/delete_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.DeleteCallbackTokenResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/create_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.CreateRoomResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/destroy_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.DestroyRoomResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/update_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.UpdateRoomInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/get_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.GetRoomInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/get_room_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.GetRoomMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/update_room_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.UpdateRoomMemberInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/change_room_owner"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.ChangeRoomOwnerResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/mark_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.MarkRoomMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/ban_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.BanRoomMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/unban_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.UnbanRoomMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/get_banned_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.GetBannedMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/kick_user_out"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.KickUserOutResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/mute_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.MuteRoomMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/get_muted_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.GetMutedMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/add_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.AddRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/delete_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.DeleteRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.SetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_config/update_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.UpdateCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.GetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.DeleteCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/get_seat_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.GetSeatListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/pick_user_on_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.PickUserOnSeatResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/kick_user_off_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.KickUserOffSeatResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/lock_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.LockSeatResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/switch_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.SwitchSeatResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/move_user_to_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.MoveUserToSeatResponse: ...

    @overload
    def invoke(
        self,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ResponseModel: ...

    def invoke(
        self,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ResponseModel:
        """Call a command by "servicename/command" with a body keyed by wire keys; returns its typed response."""
        return super().invoke(path, body, extra_body=extra_body, request_options=request_options)
