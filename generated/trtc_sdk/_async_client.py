# generated from spec/*.yaml by `python -m codegen generate` - do not edit
"""AsyncClient: the core's client with this spec's registry and one attribute per namespace.

The constructor is the core's (`trtc_sdk._core.client.BaseClient`); namespaces are imported on first
access and cached on the instance.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from trtc_sdk._core.async_client import AsyncAPIClient
from trtc_sdk._core.client import RequestOptions
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
        AsyncCallConfigService,
        AsyncCallRecordService,
        AsyncCallService,
    )
    from trtc_sdk.services.live import (
        AsyncLiveConfigService,
        AsyncLivePkService,
        AsyncLiveService,
    )
    from trtc_sdk.services.room import (
        AsyncRoomConfigService,
        AsyncRoomService,
    )
    from trtc_sdk.services.seat import (
        AsyncRoomSeatService,
    )

__all__ = ["AsyncClient"]


class AsyncClient(AsyncAPIClient):
    """asyncio client for the Tencent RTC and Chat server REST APIs: one namespace per servicename."""

    _registry = REGISTRY

    @cached_property
    def call(self) -> AsyncCallService:
        """Running calls. (`call_engine_http_srv`, Call (TUICallKit))"""
        from trtc_sdk.services.call import AsyncCallService

        return AsyncCallService(self)

    @cached_property
    def call_record(self) -> AsyncCallRecordService:
        """Records of finished calls. (`call_record_http_srv`, Call (TUICallKit))"""
        from trtc_sdk.services.call import AsyncCallRecordService

        return AsyncCallRecordService(self)

    @cached_property
    def call_config(self) -> AsyncCallConfigService:
        """Webhook configuration for call events. (`call_config`, Call (TUICallKit))"""
        from trtc_sdk.services.call import AsyncCallConfigService

        return AsyncCallConfigService(self)

    @cached_property
    def live(self) -> AsyncLiveService:
        """Live rooms, their members, messages, robots and the gift system. (`live_engine_http_srv`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import AsyncLiveService

        return AsyncLiveService(self)

    @cached_property
    def live_pk(self) -> AsyncLivePkService:
        """PK battles between connected live rooms. (`live_engine_http_pk`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import AsyncLivePkService

        return AsyncLivePkService(self)

    @cached_property
    def live_config(self) -> AsyncLiveConfigService:
        """Webhook configuration for Live events. (`live_config`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import AsyncLiveConfigService

        return AsyncLiveConfigService(self)

    @cached_property
    def room(self) -> AsyncRoomService:
        """Conference rooms and their members. (`room_engine_http_srv`, Conference (TUIRoomKit))"""
        from trtc_sdk.services.room import AsyncRoomService

        return AsyncRoomService(self)

    @cached_property
    def room_config(self) -> AsyncRoomConfigService:
        """Webhook configuration for room and seat events. (`room_config`, Conference (TUIRoomKit))"""
        from trtc_sdk.services.room import AsyncRoomConfigService

        return AsyncRoomConfigService(self)

    @cached_property
    def room_seat(self) -> AsyncRoomSeatService:
        """Seats (mic positions) of Conference and Live rooms. (`room_engine_http_mic`, Seats (shared by Conference and Live))"""
        from trtc_sdk.services.seat import AsyncRoomSeatService

        return AsyncRoomSeatService(self)

    @overload
    async def invoke(
        self,
        path: Literal["call_engine_http_srv/get_call_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.GetCallInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_engine_http_srv/start_call_by_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.StartCallByRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_engine_http_srv/end_call"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.EndCallResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_record_http_srv/get_record_by_callid"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_record_http_srv.GetRecordByCallidResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_record_http_srv/get_record_by_filter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_record_http_srv.GetRecordByFilterResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.SetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.GetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.DeleteCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/create_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.CreateRoomResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/destroy_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DestroyRoomResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/update_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.UpdateRoomInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomMetadataResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/set_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SetRoomMetadataResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelRoomMetadataResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/resume_mcu_task"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.ResumeMcuTaskResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_stats"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomStatsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_statistic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomStatisticResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_admin_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetAdminListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/modify_admin"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.ModifyAdminResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/change_room_owner"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.ChangeRoomOwnerResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/ban_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.BanMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/unban_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.UnbanMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_banned_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetBannedMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/mute_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.MuteMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_muted_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetMutedMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/send_text_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SendTextMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/send_custom_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SendCustomMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/add_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.AddRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.AddGiftResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.AddGiftCategoryResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftCategoryResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftCategoryResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.AddGiftCategoryRelationsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftCategoryRelationsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftCategoryRelationsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/set_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SetGiftLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/set_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SetGiftCategoryLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftCategoryLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftCategoryLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/send_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SendGiftResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_count"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftCountResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/copy_default_gift_config"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.CopyDefaultGiftConfigResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/edit_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.EditGiftResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/edit_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.EditGiftCategoryResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_info_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftInfoListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_pk/create_battle"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.CreateBattleResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_pk/set_battle_score"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.SetBattleScoreResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_pk/get_battle_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.GetBattleInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.SetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/update_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.UpdateCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.GetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.DeleteCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/set_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.SetCallbackTokenResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/get_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.GetCallbackTokenResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/delete_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.DeleteCallbackTokenResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/create_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.CreateRoomResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/destroy_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.DestroyRoomResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/update_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.UpdateRoomInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/get_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.GetRoomInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/get_room_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.GetRoomMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/update_room_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.UpdateRoomMemberInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/change_room_owner"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.ChangeRoomOwnerResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/mark_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.MarkRoomMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/ban_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.BanRoomMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/unban_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.UnbanRoomMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/get_banned_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.GetBannedMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/kick_user_out"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.KickUserOutResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/mute_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.MuteRoomMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/get_muted_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.GetMutedMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/add_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.AddRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/delete_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.DeleteRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.SetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_config/update_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.UpdateCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.GetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.DeleteCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/get_seat_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.GetSeatListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/pick_user_on_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.PickUserOnSeatResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/kick_user_off_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.KickUserOffSeatResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/lock_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.LockSeatResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/switch_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.SwitchSeatResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/move_user_to_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.MoveUserToSeatResponse: ...

    @overload
    async def invoke(
        self,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ResponseModel: ...

    async def invoke(
        self,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ResponseModel:
        """Call a command by "servicename/command" with a body keyed by wire keys; returns its typed response."""
        return await super().invoke(path, body, extra_body=extra_body, request_options=request_options)
