# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit
"""Live (TUILiveKit), `live_engine_http_srv`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.live._enums.admin_op_type import (
        AdminOpType,
    )
    from trtc_sdk.models.live._enums.gift_language import (
        GiftLanguage,
    )
    from trtc_sdk.models.live.live_engine_http_srv._shared import (
        MetadataItemParam,
    )
    from trtc_sdk.models.live.live_engine_http_srv.add_gift import (
        AddGiftRequest,
        AddGiftResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.add_gift_category import (
        AddGiftCategoryRequest,
        AddGiftCategoryResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.add_gift_category_relations import (
        AddGiftCategoryRelationsRequest,
        AddGiftCategoryRelationsResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.add_robot import (
        AddRobotRequest,
        AddRobotResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.ban_member import (
        BanMemberRequest,
        BanMemberResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.change_room_owner import (
        ChangeRoomOwnerRequest,
        ChangeRoomOwnerResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.copy_default_gift_config import (
        CopyDefaultGiftConfigRequest,
        CopyDefaultGiftConfigResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.create_room import (
        CreateRoomRequest,
        CreateRoomResponse,
        NewLiveRoomInfoParam,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_gift import (
        DelGiftRequest,
        DelGiftResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_gift_category import (
        DelGiftCategoryRequest,
        DelGiftCategoryResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_gift_category_language import (
        DelGiftCategoryLanguageRequest,
        DelGiftCategoryLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_gift_category_relations import (
        DelGiftCategoryRelationsRequest,
        DelGiftCategoryRelationsResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_gift_language import (
        DelGiftLanguageRequest,
        DelGiftLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_robot import (
        DelRobotRequest,
        DelRobotResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.del_room_metadata import (
        DelRoomMetadataRequest,
        DelRoomMetadataResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.destroy_room import (
        DestroyRoomRequest,
        DestroyRoomResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.edit_gift import (
        EditGiftRequest,
        EditGiftResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.edit_gift_category import (
        EditGiftCategoryRequest,
        EditGiftCategoryResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_admin_list import (
        GetAdminListRequest,
        GetAdminListResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_banned_member_list import (
        BannedMember,
        GetBannedMemberListRequest,
        GetBannedMemberListResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift import (
        GetGiftRequest,
        GetGiftResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_category import (
        GetGiftCategoryRequest,
        GetGiftCategoryResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_category_language import (
        GetGiftCategoryLanguageRequest,
        GetGiftCategoryLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_category_relations import (
        GetGiftCategoryRelationsRequest,
        GetGiftCategoryRelationsResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_count import (
        GetGiftCountRequest,
        GetGiftCountResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_info_list import (
        GetGiftInfoListRequest,
        GetGiftInfoListResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_gift_language import (
        GetGiftLanguageRequest,
        GetGiftLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_member_list import (
        GetMemberListRequest,
        GetMemberListResponse,
        RoomMember,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_muted_member_list import (
        GetMutedMemberListRequest,
        GetMutedMemberListResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_robot import (
        GetRobotRequest,
        GetRobotResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_info import (
        GetRoomInfoRequest,
        GetRoomInfoResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_list import (
        GetRoomListRequest,
        GetRoomListResponse,
        LiveRoomListItem,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_metadata import (
        GetRoomMetadataRequest,
        GetRoomMetadataResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_statistic import (
        GetRoomStatisticRequest,
        GetRoomStatisticResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.get_room_stats import (
        GetRoomStatsRequest,
        GetRoomStatsResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.modify_admin import (
        ModifyAdminRequest,
        ModifyAdminResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.mute_member import (
        MuteMemberRequest,
        MuteMemberResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.resume_mcu_task import (
        ResumeMcuTaskRequest,
        ResumeMcuTaskResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.send_custom_msg import (
        SendCustomMsgRequest,
        SendCustomMsgResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.send_gift import (
        SendGiftRequest,
        SendGiftResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.send_text_msg import (
        SendTextMsgRequest,
        SendTextMsgResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.set_gift_category_language import (
        SetGiftCategoryLanguageRequest,
        SetGiftCategoryLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.set_gift_language import (
        SetGiftLanguageRequest,
        SetGiftLanguageResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.set_room_metadata import (
        SetRoomMetadataRequest,
        SetRoomMetadataResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.unban_member import (
        UnbanMemberRequest,
        UnbanMemberResponse,
    )
    from trtc_sdk.models.live.live_engine_http_srv.update_room_info import (
        LiveRoomUpdateParam,
        UpdateRoomInfoRequest,
        UpdateRoomInfoResponse,
    )

__all__ = [
    "AsyncLiveService",
    "LiveService",
]


class LiveService(SyncService):
    """Live rooms, their members, messages, robots and the gift system. (`live_engine_http_srv`)"""

    __slots__ = ()

    @overload
    def create_room(
        self,
        request: CreateRoomRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateRoomResponse: ...

    @overload
    def create_room(
        self,
        *,
        room_info: NewLiveRoomInfoParam,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateRoomResponse: ...

    def create_room(
        self,
        request: CreateRoomRequest | None = None,
        *,
        room_info: NewLiveRoomInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateRoomResponse:
        """Create a live room.

        Creates a live streaming or voice chat room with its seat layout, seat mode, visibility and chat
        settings; the room lives until it is dismissed.

        `POST /v4/live_engine_http_srv/create_room` - https://www.tencentcloud.com/document/product/1071/76885
        Idempotent: no (A resend after a success fails with 100003 or 100010 (the room exists), so it is not repeated automatically.)
        Rate limit: 200 requests/s.

        Args:
            room_info: Settings of the new room.
        """
        return cast(
            "CreateRoomResponse",
            self._client._call(
                "live_engine_http_srv/create_room",
                request,
                {
                    **unknown_fields,
                    "room_info": room_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def destroy_room(
        self,
        request: DestroyRoomRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyRoomResponse: ...

    @overload
    def destroy_room(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyRoomResponse: ...

    def destroy_room(
        self,
        request: DestroyRoomRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DestroyRoomResponse:
        """Dismiss a live room.

        Dismisses a live room; newer replies carry the room's final interaction totals.

        `POST /v4/live_engine_http_srv/destroy_room` - https://trtc.io/document/63406
        Idempotent: yes (A dismissed room stays dismissed; a repeat answers 100004.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to dismiss.
        """
        return cast(
            "DestroyRoomResponse",
            self._client._call(
                "live_engine_http_srv/destroy_room",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def update_room_info(
        self,
        request: UpdateRoomInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateRoomInfoResponse: ...

    @overload
    def update_room_info(
        self,
        *,
        room_info: LiveRoomUpdateParam,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateRoomInfoResponse: ...

    def update_room_info(
        self,
        request: UpdateRoomInfoRequest | None = None,
        *,
        room_info: LiveRoomUpdateParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UpdateRoomInfoResponse:
        """Change a live room.

        Changes the name, member cap, chat switch, cover, tags, status, visibility, seat mode or notice
        of a live room.

        `POST /v4/live_engine_http_srv/update_room_info` - https://www.tencentcloud.com/document/product/647/63403
        Idempotent: yes (The given settings are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            room_info: The room and the settings to change.
        """
        return cast(
            "UpdateRoomInfoResponse",
            self._client._call(
                "live_engine_http_srv/update_room_info",
                request,
                {
                    **unknown_fields,
                    "room_info": room_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_room_info(
        self,
        request: GetRoomInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomInfoResponse: ...

    @overload
    def get_room_info(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomInfoResponse: ...

    def get_room_info(
        self,
        request: GetRoomInfoRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRoomInfoResponse:
        """Get a live room.

        Returns the stored settings and counters of one live room.

        `POST /v4/live_engine_http_srv/get_room_info` - https://trtc.io/document/63404
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetRoomInfoResponse",
            self._client._call(
                "live_engine_http_srv/get_room_info",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_room_list(
        self,
        request: GetRoomListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomListResponse: ...

    @overload
    def get_room_list(
        self,
        *,
        next: str,
        count: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomListResponse: ...

    def get_room_list(
        self,
        request: GetRoomListRequest | None = None,
        *,
        next: str | None = None,
        count: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRoomListResponse:
        """List public live rooms.

        Pages through the app's public live rooms, most viewed first.

        `POST /v4/live_engine_http_srv/get_room_list` - https://trtc.io/document/63405
        Idempotent: yes (Read-only.)
        Rate limit: 10 requests/s.

        Args:
            next: Cursor: empty for the first page, then the Next of the previous reply.
            count: Rooms per page. Server default when omitted: 20.
        """
        return cast(
            "GetRoomListResponse",
            self._client._call(
                "live_engine_http_srv/get_room_list",
                request,
                {
                    **unknown_fields,
                    "next": next,
                    "count": count,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_room_list(
            self,
            *,
            count: int,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[LiveRoomListItem]: ...

    else:

        def iter_get_room_list(
            self,
            *,
            count: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[LiveRoomListItem]:
            """Every item of `get_room_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "live_engine_http_srv/get_room_list",
                {
                    **unknown_fields,
                    "count": count,
                },
                extra_body,
                request_options,
            )

    @overload
    def get_room_metadata(
        self,
        request: GetRoomMetadataRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomMetadataResponse: ...

    @overload
    def get_room_metadata(
        self,
        *,
        room_id: str,
        keys: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomMetadataResponse: ...

    def get_room_metadata(
        self,
        request: GetRoomMetadataRequest | None = None,
        *,
        room_id: str | None = None,
        keys: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRoomMetadataResponse:
        """Get room metadata.

        Returns the custom key/value metadata of a room, for the given keys or for all keys.

        `POST /v4/live_engine_http_srv/get_room_metadata` - https://trtc.io/document/64374
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
            keys: Keys to read; an empty list reads every key.
        """
        return cast(
            "GetRoomMetadataResponse",
            self._client._call(
                "live_engine_http_srv/get_room_metadata",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "keys": keys,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def set_room_metadata(
        self,
        request: SetRoomMetadataRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetRoomMetadataResponse: ...

    @overload
    def set_room_metadata(
        self,
        *,
        room_id: str,
        metadata: Sequence[MetadataItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetRoomMetadataResponse: ...

    def set_room_metadata(
        self,
        request: SetRoomMetadataRequest | None = None,
        *,
        room_id: str | None = None,
        metadata: Sequence[MetadataItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetRoomMetadataResponse:
        """Set room metadata.

        Adds metadata entries to a room or overwrites existing keys.

        `POST /v4/live_engine_http_srv/set_room_metadata` - https://trtc.io/document/64375
        Idempotent: yes (The same keys are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            metadata: Entries to add or overwrite; a room holds at most 10 keys and 16 KB of values.
        """
        return cast(
            "SetRoomMetadataResponse",
            self._client._call(
                "live_engine_http_srv/set_room_metadata",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "metadata": metadata,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def del_room_metadata(
        self,
        request: DelRoomMetadataRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelRoomMetadataResponse: ...

    @overload
    def del_room_metadata(
        self,
        *,
        room_id: str,
        keys: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelRoomMetadataResponse: ...

    def del_room_metadata(
        self,
        request: DelRoomMetadataRequest | None = None,
        *,
        room_id: str | None = None,
        keys: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelRoomMetadataResponse:
        """Delete room metadata.

        Removes the given metadata keys from a room.

        `POST /v4/live_engine_http_srv/del_room_metadata` - https://trtc.io/document/64376
        Idempotent: yes (Deleting twice leaves the keys absent; the repeat answers 100503.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            keys: Keys to remove.
        """
        return cast(
            "DelRoomMetadataResponse",
            self._client._call(
                "live_engine_http_srv/del_room_metadata",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "keys": keys,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def resume_mcu_task(
        self,
        request: ResumeMcuTaskRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ResumeMcuTaskResponse: ...

    @overload
    def resume_mcu_task(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ResumeMcuTaskResponse: ...

    def resume_mcu_task(
        self,
        request: ResumeMcuTaskRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ResumeMcuTaskResponse:
        """Resume stream mixing.

        Restores the mixed-stream layout of a large room; every mixed host must be on a seat.

        `POST /v4/live_engine_http_srv/resume_mcu_task` - https://www.tencentcloud.com/document/product/1071/76894
        Idempotent: yes (Restoring the layout again leaves the same layout.)
        Rate limit: 20 requests/s.

        Args:
            room_id: Room whose mixing layout is restored.
        """
        return cast(
            "ResumeMcuTaskResponse",
            self._client._call(
                "live_engine_http_srv/resume_mcu_task",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_room_stats(
        self,
        request: GetRoomStatsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomStatsResponse: ...

    @overload
    def get_room_stats(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomStatsResponse: ...

    def get_room_stats(
        self,
        request: GetRoomStatsRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRoomStatsResponse:
        """Get room statistics.

        Returns the cumulative viewer, gift, like and message totals of a room.

        `POST /v4/live_engine_http_srv/get_room_stats` - https://trtc.io/document/80421
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetRoomStatsResponse",
            self._client._call(
                "live_engine_http_srv/get_room_stats",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_room_statistic(
        self,
        request: GetRoomStatisticRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomStatisticResponse: ...

    @overload
    def get_room_statistic(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomStatisticResponse: ...

    def get_room_statistic(
        self,
        request: GetRoomStatisticRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRoomStatisticResponse:
        """Get room statistics (console variant).

        The statistics command as Tencent's TUILiveKit_Manager console calls it; same body and fields as
        get_room_stats.

        `POST /v4/live_engine_http_srv/get_room_statistic`
        Not in the public docs: github:Tencent-RTC/TUILiveKit_Manager (TRTCApi.getRoomStatistic = v4/live_engine_http_srv/get_room_statistic)
        Idempotent: yes (Read-only.)

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetRoomStatisticResponse",
            self._client._call(
                "live_engine_http_srv/get_room_statistic",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_admin_list(
        self,
        request: GetAdminListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetAdminListResponse: ...

    @overload
    def get_admin_list(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetAdminListResponse: ...

    def get_admin_list(
        self,
        request: GetAdminListRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetAdminListResponse:
        """List room administrators.

        Returns the user IDs holding the administrator role in a room.

        `POST /v4/live_engine_http_srv/get_admin_list` - https://trtc.io/document/63425
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetAdminListResponse",
            self._client._call(
                "live_engine_http_srv/get_admin_list",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def modify_admin(
        self,
        request: ModifyAdminRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyAdminResponse: ...

    @overload
    def modify_admin(
        self,
        *,
        room_id: str,
        admin_account: Sequence[str],
        op_type: AdminOpType | Literal["add", "delete"],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyAdminResponse: ...

    def modify_admin(
        self,
        request: ModifyAdminRequest | None = None,
        *,
        room_id: str | None = None,
        admin_account: Sequence[str] | None = None,
        op_type: AdminOpType | Literal["add", "delete"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyAdminResponse:
        """Add or remove room administrators.

        Grants or revokes the administrator role for users of a room; a room has at most five
        administrators.

        `POST /v4/live_engine_http_srv/modify_admin` - https://www.tencentcloud.com/document/product/1071/76881
        Idempotent: yes (Granting or revoking the same role again leaves the same administrators.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            admin_account: Users to change.
            op_type: Grant or revoke.
        """
        return cast(
            "ModifyAdminResponse",
            self._client._call(
                "live_engine_http_srv/modify_admin",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "admin_account": admin_account,
                    "op_type": op_type,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def change_room_owner(
        self,
        request: ChangeRoomOwnerRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ChangeRoomOwnerResponse: ...

    @overload
    def change_room_owner(
        self,
        *,
        room_id: str,
        new_owner_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ChangeRoomOwnerResponse: ...

    def change_room_owner(
        self,
        request: ChangeRoomOwnerRequest | None = None,
        *,
        room_id: str | None = None,
        new_owner_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ChangeRoomOwnerResponse:
        """Transfer room ownership.

        Makes another user the owner of a live room.

        `POST /v4/live_engine_http_srv/change_room_owner` - https://trtc.io/document/72534
        Idempotent: yes (Transferring to the same user again leaves the same owner.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            new_owner_account: User who becomes the owner.
        """
        return cast(
            "ChangeRoomOwnerResponse",
            self._client._call(
                "live_engine_http_srv/change_room_owner",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "new_owner_account": new_owner_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def ban_member(
        self,
        request: BanMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BanMemberResponse: ...

    @overload
    def ban_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        duration: int,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BanMemberResponse: ...

    def ban_member(
        self,
        request: BanMemberRequest | None = None,
        *,
        room_id: str | None = None,
        member_list_account: Sequence[str] | None = None,
        duration: int | None = None,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BanMemberResponse:
        """Ban room members.

        Bans up to 20 users from a room for a time; banned users cannot enter while the ban lasts.

        `POST /v4/live_engine_http_srv/ban_member` - https://trtc.io/document/63407
        Idempotent: yes (Banning again keeps the users banned; the end time is counted from the latest call.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            member_list_account: Users to ban.
            duration: Length of the ban. Unit: seconds.
            reason: Why the users are banned.
        """
        return cast(
            "BanMemberResponse",
            self._client._call(
                "live_engine_http_srv/ban_member",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_list_account": member_list_account,
                    "duration": duration,
                    "reason": reason,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def unban_member(
        self,
        request: UnbanMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UnbanMemberResponse: ...

    @overload
    def unban_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UnbanMemberResponse: ...

    def unban_member(
        self,
        request: UnbanMemberRequest | None = None,
        *,
        room_id: str | None = None,
        member_list_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UnbanMemberResponse:
        """Unban room members.

        Lifts the ban of up to 20 users of a room.

        `POST /v4/live_engine_http_srv/unban_member` - https://trtc.io/document/63426
        Idempotent: yes (Lifting a ban twice leaves the users unbanned.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            member_list_account: Users to unban.
        """
        return cast(
            "UnbanMemberResponse",
            self._client._call(
                "live_engine_http_srv/unban_member",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_list_account": member_list_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_banned_member_list(
        self,
        request: GetBannedMemberListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetBannedMemberListResponse: ...

    @overload
    def get_banned_member_list(
        self,
        *,
        room_id: str,
        offset: int | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetBannedMemberListResponse: ...

    def get_banned_member_list(
        self,
        request: GetBannedMemberListRequest | None = None,
        *,
        room_id: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetBannedMemberListResponse:
        """List banned members.

        Pages through the users banned from a room with the end of each ban.

        `POST /v4/live_engine_http_srv/get_banned_member_list` - https://trtc.io/document/63424
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
            offset: Offset: 0 for the first page, then the NextOffset of the previous reply. Server default
                when omitted: 0.
            limit: Users per page.
        """
        return cast(
            "GetBannedMemberListResponse",
            self._client._call(
                "live_engine_http_srv/get_banned_member_list",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "offset": offset,
                    "limit": limit,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_banned_member_list(
            self,
            *,
            room_id: str,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[BannedMember]: ...

    else:

        def iter_get_banned_member_list(
            self,
            *,
            room_id: str | None = None,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[BannedMember]:
            """Every item of `get_banned_member_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "live_engine_http_srv/get_banned_member_list",
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "limit": limit,
                },
                extra_body,
                request_options,
            )

    @overload
    def mute_member(
        self,
        request: MuteMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MuteMemberResponse: ...

    @overload
    def mute_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        mute_time: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MuteMemberResponse: ...

    def mute_member(
        self,
        request: MuteMemberRequest | None = None,
        *,
        room_id: str | None = None,
        member_list_account: Sequence[str] | None = None,
        mute_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> MuteMemberResponse:
        """Mute or unmute room members.

        Stops users from chatting in a room for a time; a mute time of 0 lifts the mute.

        `POST /v4/live_engine_http_srv/mute_member` - https://trtc.io/document/66969
        Idempotent: yes (Muting again keeps the users muted (the end time is counted from the latest call); unmuting twice leaves them unmuted.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            member_list_account: Users to mute or unmute.
            mute_time: Length of the mute; 0 lifts it. Unit: seconds.
        """
        return cast(
            "MuteMemberResponse",
            self._client._call(
                "live_engine_http_srv/mute_member",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_list_account": member_list_account,
                    "mute_time": mute_time,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_muted_member_list(
        self,
        request: GetMutedMemberListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetMutedMemberListResponse: ...

    @overload
    def get_muted_member_list(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetMutedMemberListResponse: ...

    def get_muted_member_list(
        self,
        request: GetMutedMemberListRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetMutedMemberListResponse:
        """List muted members.

        Returns the users muted in a room with the end of each mute.

        `POST /v4/live_engine_http_srv/get_muted_member_list` - https://trtc.io/document/69894
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetMutedMemberListResponse",
            self._client._call(
                "live_engine_http_srv/get_muted_member_list",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_member_list(
        self,
        request: GetMemberListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetMemberListResponse: ...

    @overload
    def get_member_list(
        self,
        *,
        room_id: str,
        next: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetMemberListResponse: ...

    def get_member_list(
        self,
        request: GetMemberListRequest | None = None,
        *,
        room_id: str | None = None,
        next: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetMemberListResponse:
        """List online room members.

        Pages through the online members of a live room and reports the member count.

        `POST /v4/live_engine_http_srv/get_member_list` - https://trtc.io/document/66908
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
            next: Cursor: empty for the first page, then the Next of the previous reply.
        """
        return cast(
            "GetMemberListResponse",
            self._client._call(
                "live_engine_http_srv/get_member_list",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "next": next,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_member_list(
            self,
            *,
            room_id: str,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[RoomMember]: ...

    else:

        def iter_get_member_list(
            self,
            *,
            room_id: str | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[RoomMember]:
            """Every item of `get_member_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "live_engine_http_srv/get_member_list",
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            )

    @overload
    def send_text_msg(
        self,
        request: SendTextMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendTextMsgResponse: ...

    @overload
    def send_text_msg(
        self,
        *,
        room_id: str,
        sender_account: str,
        text_content: str,
        extension_info: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendTextMsgResponse: ...

    def send_text_msg(
        self,
        request: SendTextMsgRequest | None = None,
        *,
        room_id: str | None = None,
        sender_account: str | None = None,
        text_content: str | None = None,
        extension_info: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendTextMsgResponse:
        """Send a text message to a room.

        Posts a text chat message into a live room on behalf of a sender, optionally with app-defined
        data.

        `POST /v4/live_engine_http_srv/send_text_msg` - https://trtc.io/document/74353
        Idempotent: no (Each call posts another message.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to post in.
            sender_account: User ID shown as the sender.
            text_content: Message text.
            extension_info: App-defined JSON string, stored with the message as its cloud custom data.
        """
        return cast(
            "SendTextMsgResponse",
            self._client._call(
                "live_engine_http_srv/send_text_msg",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "sender_account": sender_account,
                    "text_content": text_content,
                    "extension_info": extension_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def send_custom_msg(
        self,
        request: SendCustomMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendCustomMsgResponse: ...

    @overload
    def send_custom_msg(
        self,
        *,
        room_id: str,
        business_id: str,
        data: str | int,
        sender_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendCustomMsgResponse: ...

    def send_custom_msg(
        self,
        request: SendCustomMsgRequest | None = None,
        *,
        room_id: str | None = None,
        business_id: str | None = None,
        data: str | int | None = None,
        sender_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendCustomMsgResponse:
        """Send a custom message to a room.

        Posts a custom message into a live room, carrying a business ID and a payload.

        `POST /v4/live_engine_http_srv/send_custom_msg` - https://trtc.io/document/74354
        Idempotent: no (Each call posts another message.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to post in.
            business_id: App-defined type tag of the message.
            data: Payload of the message. The server may also send it as integer.
            sender_account: User ID shown as the sender.
        """
        return cast(
            "SendCustomMsgResponse",
            self._client._call(
                "live_engine_http_srv/send_custom_msg",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "business_id": business_id,
                    "data": data,
                    "sender_account": sender_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def add_robot(
        self,
        request: AddRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddRobotResponse: ...

    @overload
    def add_robot(
        self,
        *,
        room_id: str,
        robot_list_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddRobotResponse: ...

    def add_robot(
        self,
        request: AddRobotRequest | None = None,
        *,
        room_id: str | None = None,
        robot_list_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddRobotResponse:
        """Add robots to a room.

        Puts robot accounts (imported user IDs) into a live room, for example to push an external
        stream; a room holds at most three robots.

        `POST /v4/live_engine_http_srv/add_robot` - https://trtc.io/document/69079
        Idempotent: yes (Adding a robot already in the room leaves the same robots.)
        Rate limit: 100 requests/s.

        Args:
            room_id: Room to change.
            robot_list_account: Robot user IDs; each must be an imported account.
        """
        return cast(
            "AddRobotResponse",
            self._client._call(
                "live_engine_http_srv/add_robot",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "robot_list_account": robot_list_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def del_robot(
        self,
        request: DelRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelRobotResponse: ...

    @overload
    def del_robot(
        self,
        *,
        room_id: str,
        robot_list_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelRobotResponse: ...

    def del_robot(
        self,
        request: DelRobotRequest | None = None,
        *,
        room_id: str | None = None,
        robot_list_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelRobotResponse:
        """Remove robots from a room.

        Removes the given robot accounts from a live room.

        `POST /v4/live_engine_http_srv/del_robot` - https://trtc.io/document/69080
        Idempotent: yes (Removing twice leaves the robots out of the room.)
        Rate limit: 100 requests/s.

        Args:
            room_id: Room to change.
            robot_list_account: Robot user IDs to remove.
        """
        return cast(
            "DelRobotResponse",
            self._client._call(
                "live_engine_http_srv/del_robot",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "robot_list_account": robot_list_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_robot(
        self,
        request: GetRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRobotResponse: ...

    @overload
    def get_robot(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRobotResponse: ...

    def get_robot(
        self,
        request: GetRobotRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRobotResponse:
        """List robots in a room.

        Returns the robot accounts present in a live room.

        `POST /v4/live_engine_http_srv/get_robot` - https://trtc.io/document/69081
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetRobotResponse",
            self._client._call(
                "live_engine_http_srv/get_robot",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def add_gift(
        self,
        request: AddGiftRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddGiftResponse: ...

    @overload
    def add_gift(
        self,
        *,
        gift_id: str,
        coins: int,
        default_name: str,
        icon_url: str | None = None,
        resource_url: str | None = None,
        level: int | None = None,
        extension_info: str | None = None,
        default_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddGiftResponse: ...

    def add_gift(
        self,
        request: AddGiftRequest | None = None,
        *,
        gift_id: str | None = None,
        coins: int | None = None,
        default_name: str | None = None,
        icon_url: str | None = None,
        resource_url: str | None = None,
        level: int | None = None,
        extension_info: str | None = None,
        default_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddGiftResponse:
        """Add a gift.

        Adds a gift (ID, icon, effect, price, level, default texts, extension) to the app's catalogue,
        which holds up to 16 gifts.

        `POST /v4/live_engine_http_srv/add_gift` - https://trtc.io/document/72845
        Idempotent: no (A resend after a success may be refused because the gift exists, so it is not repeated automatically.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: ID of the new gift.
            coins: Price in virtual coins.
            default_name: Default name.
            icon_url: Thumbnail URL.
            resource_url: Effect resource URL (such as a full-screen mp4 or svga).
            level: Gift level. Server default when omitted: 0.
            extension_info: App-defined data; must be a JSON string.
            default_desc: Default description.
        """
        return cast(
            "AddGiftResponse",
            self._client._call(
                "live_engine_http_srv/add_gift",
                request,
                {
                    **unknown_fields,
                    "gift_id": gift_id,
                    "coins": coins,
                    "default_name": default_name,
                    "icon_url": icon_url,
                    "resource_url": resource_url,
                    "level": level,
                    "extension_info": extension_info,
                    "default_desc": default_desc,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_gift(
        self,
        request: GetGiftRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftResponse: ...

    @overload
    def get_gift(
        self,
        *,
        gift_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftResponse: ...

    def get_gift(
        self,
        request: GetGiftRequest | None = None,
        *,
        gift_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGiftResponse:
        """Get a gift.

        Returns the stored definition of one gift.

        `POST /v4/live_engine_http_srv/get_gift` - https://trtc.io/document/72846
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to read.
        """
        return cast(
            "GetGiftResponse",
            self._client._call(
                "live_engine_http_srv/get_gift",
                request,
                {
                    **unknown_fields,
                    "gift_id": gift_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def del_gift(
        self,
        request: DelGiftRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftResponse: ...

    @overload
    def del_gift(
        self,
        *,
        gift_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftResponse: ...

    def del_gift(
        self,
        request: DelGiftRequest | None = None,
        *,
        gift_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelGiftResponse:
        """Delete a gift.

        Deletes a gift with its translations and category links; deleting a missing gift succeeds.

        `POST /v4/live_engine_http_srv/del_gift` - https://trtc.io/document/72847
        Idempotent: yes (The page says deleting a gift that does not exist succeeds.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to delete.
        """
        return cast(
            "DelGiftResponse",
            self._client._call(
                "live_engine_http_srv/del_gift",
                request,
                {
                    **unknown_fields,
                    "gift_id": gift_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def add_gift_category(
        self,
        request: AddGiftCategoryRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddGiftCategoryResponse: ...

    @overload
    def add_gift_category(
        self,
        *,
        category_id: str,
        default_name: str,
        extension_info: str | None = None,
        default_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddGiftCategoryResponse: ...

    def add_gift_category(
        self,
        request: AddGiftCategoryRequest | None = None,
        *,
        category_id: str | None = None,
        default_name: str | None = None,
        extension_info: str | None = None,
        default_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddGiftCategoryResponse:
        """Add a gift category.

        Adds a gift category with default texts and extension; the app holds up to three categories.

        `POST /v4/live_engine_http_srv/add_gift_category` - https://trtc.io/document/72848
        Idempotent: no (A resend after a success may be refused because the category exists, so it is not repeated automatically.)
        Rate limit: 1 requests/s.

        Args:
            category_id: ID of the new category.
            default_name: Default name.
            extension_info: App-defined data; must be a JSON string.
            default_desc: Default description.
        """
        return cast(
            "AddGiftCategoryResponse",
            self._client._call(
                "live_engine_http_srv/add_gift_category",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                    "default_name": default_name,
                    "extension_info": extension_info,
                    "default_desc": default_desc,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_gift_category(
        self,
        request: GetGiftCategoryRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftCategoryResponse: ...

    @overload
    def get_gift_category(
        self,
        *,
        category_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftCategoryResponse: ...

    def get_gift_category(
        self,
        request: GetGiftCategoryRequest | None = None,
        *,
        category_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGiftCategoryResponse:
        """Get a gift category.

        Returns the stored definition of one gift category.

        `POST /v4/live_engine_http_srv/get_gift_category` - https://trtc.io/document/72849
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to read.
        """
        return cast(
            "GetGiftCategoryResponse",
            self._client._call(
                "live_engine_http_srv/get_gift_category",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def del_gift_category(
        self,
        request: DelGiftCategoryRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftCategoryResponse: ...

    @overload
    def del_gift_category(
        self,
        *,
        category_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftCategoryResponse: ...

    def del_gift_category(
        self,
        request: DelGiftCategoryRequest | None = None,
        *,
        category_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelGiftCategoryResponse:
        """Delete a gift category.

        Deletes a gift category with its translations and gift links.

        `POST /v4/live_engine_http_srv/del_gift_category` - https://trtc.io/document/72850
        Idempotent: yes (Deleting twice leaves the category absent.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to delete.
        """
        return cast(
            "DelGiftCategoryResponse",
            self._client._call(
                "live_engine_http_srv/del_gift_category",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def add_gift_category_relations(
        self,
        request: AddGiftCategoryRelationsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddGiftCategoryRelationsResponse: ...

    @overload
    def add_gift_category_relations(
        self,
        *,
        category_id: str,
        gift_id_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddGiftCategoryRelationsResponse: ...

    def add_gift_category_relations(
        self,
        request: AddGiftCategoryRelationsRequest | None = None,
        *,
        category_id: str | None = None,
        gift_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddGiftCategoryRelationsResponse:
        """Link gifts to a category.

        Adds gifts to a category, keeping existing links, and reports the gift IDs that could not be
        linked.

        `POST /v4/live_engine_http_srv/add_gift_category_relations` - https://trtc.io/document/72851
        Idempotent: yes (Links are added to a set; linking the same gifts again changes nothing.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to change.
            gift_id_list: Gifts to link.
        """
        return cast(
            "AddGiftCategoryRelationsResponse",
            self._client._call(
                "live_engine_http_srv/add_gift_category_relations",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                    "gift_id_list": gift_id_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def del_gift_category_relations(
        self,
        request: DelGiftCategoryRelationsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftCategoryRelationsResponse: ...

    @overload
    def del_gift_category_relations(
        self,
        *,
        category_id: str,
        gift_id_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftCategoryRelationsResponse: ...

    def del_gift_category_relations(
        self,
        request: DelGiftCategoryRelationsRequest | None = None,
        *,
        category_id: str | None = None,
        gift_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelGiftCategoryRelationsResponse:
        """Unlink gifts from a category.

        Removes the given gifts from a category.

        `POST /v4/live_engine_http_srv/del_gift_category_relations` - https://trtc.io/document/72852
        Idempotent: yes (Unlinking twice leaves the gifts unlinked.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to change.
            gift_id_list: Gifts to unlink.
        """
        return cast(
            "DelGiftCategoryRelationsResponse",
            self._client._call(
                "live_engine_http_srv/del_gift_category_relations",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                    "gift_id_list": gift_id_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_gift_category_relations(
        self,
        request: GetGiftCategoryRelationsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftCategoryRelationsResponse: ...

    @overload
    def get_gift_category_relations(
        self,
        *,
        category_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftCategoryRelationsResponse: ...

    def get_gift_category_relations(
        self,
        request: GetGiftCategoryRelationsRequest | None = None,
        *,
        category_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGiftCategoryRelationsResponse:
        """List the gifts of a category.

        Returns the gift IDs linked to a category.

        `POST /v4/live_engine_http_srv/get_gift_category_relations` - https://trtc.io/document/72853
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to read.
        """
        return cast(
            "GetGiftCategoryRelationsResponse",
            self._client._call(
                "live_engine_http_srv/get_gift_category_relations",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def set_gift_language(
        self,
        request: SetGiftLanguageRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetGiftLanguageResponse: ...

    @overload
    def set_gift_language(
        self,
        *,
        gift_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        name: str | None = None,
        desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetGiftLanguageResponse: ...

    def set_gift_language(
        self,
        request: SetGiftLanguageRequest | None = None,
        *,
        gift_id: str | None = None,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"] | None = None,
        name: str | None = None,
        desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetGiftLanguageResponse:
        """Set a gift translation.

        Adds or changes the name and description of a gift in one language; only the fields given are
        changed.

        `POST /v4/live_engine_http_srv/set_gift_language` - https://trtc.io/document/72854
        Idempotent: yes (The translation is overwritten with the same texts.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to translate.
            language: Language of the texts.
            name: Name in that language; required the first time a language is set.
            desc: Description in that language.
        """
        return cast(
            "SetGiftLanguageResponse",
            self._client._call(
                "live_engine_http_srv/set_gift_language",
                request,
                {
                    **unknown_fields,
                    "gift_id": gift_id,
                    "language": language,
                    "name": name,
                    "desc": desc,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_gift_language(
        self,
        request: GetGiftLanguageRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftLanguageResponse: ...

    @overload
    def get_gift_language(
        self,
        *,
        gift_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftLanguageResponse: ...

    def get_gift_language(
        self,
        request: GetGiftLanguageRequest | None = None,
        *,
        gift_id: str | None = None,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGiftLanguageResponse:
        """Get a gift translation.

        Returns the name and description of a gift in one language.

        `POST /v4/live_engine_http_srv/get_gift_language` - https://trtc.io/document/72855
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to read.
            language: Language to read.
        """
        return cast(
            "GetGiftLanguageResponse",
            self._client._call(
                "live_engine_http_srv/get_gift_language",
                request,
                {
                    **unknown_fields,
                    "gift_id": gift_id,
                    "language": language,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def del_gift_language(
        self,
        request: DelGiftLanguageRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftLanguageResponse: ...

    @overload
    def del_gift_language(
        self,
        *,
        gift_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftLanguageResponse: ...

    def del_gift_language(
        self,
        request: DelGiftLanguageRequest | None = None,
        *,
        gift_id: str | None = None,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelGiftLanguageResponse:
        """Delete a gift translation.

        Removes the texts of a gift in one language.

        `POST /v4/live_engine_http_srv/del_gift_language` - https://trtc.io/document/72856
        Idempotent: yes (Deleting twice leaves the translation absent.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to change.
            language: Language to remove.
        """
        return cast(
            "DelGiftLanguageResponse",
            self._client._call(
                "live_engine_http_srv/del_gift_language",
                request,
                {
                    **unknown_fields,
                    "gift_id": gift_id,
                    "language": language,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def set_gift_category_language(
        self,
        request: SetGiftCategoryLanguageRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetGiftCategoryLanguageResponse: ...

    @overload
    def set_gift_category_language(
        self,
        *,
        category_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        category_name: str | None = None,
        category_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetGiftCategoryLanguageResponse: ...

    def set_gift_category_language(
        self,
        request: SetGiftCategoryLanguageRequest | None = None,
        *,
        category_id: str | None = None,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"] | None = None,
        category_name: str | None = None,
        category_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetGiftCategoryLanguageResponse:
        """Set a gift category translation.

        Adds or changes the name and description of a category in one language; only the fields given
        are changed.

        `POST /v4/live_engine_http_srv/set_gift_category_language` - https://trtc.io/document/72857
        Idempotent: yes (The translation is overwritten with the same texts.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to translate.
            language: Language of the texts.
            category_name: Name in that language; required the first time a language is set.
            category_desc: Description in that language.
        """
        return cast(
            "SetGiftCategoryLanguageResponse",
            self._client._call(
                "live_engine_http_srv/set_gift_category_language",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                    "language": language,
                    "category_name": category_name,
                    "category_desc": category_desc,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_gift_category_language(
        self,
        request: GetGiftCategoryLanguageRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftCategoryLanguageResponse: ...

    @overload
    def get_gift_category_language(
        self,
        *,
        category_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftCategoryLanguageResponse: ...

    def get_gift_category_language(
        self,
        request: GetGiftCategoryLanguageRequest | None = None,
        *,
        category_id: str | None = None,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGiftCategoryLanguageResponse:
        """Get a gift category translation.

        Returns the name and description of a category in one language.

        `POST /v4/live_engine_http_srv/get_gift_category_language` - https://trtc.io/document/72858
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to read.
            language: Language to read.
        """
        return cast(
            "GetGiftCategoryLanguageResponse",
            self._client._call(
                "live_engine_http_srv/get_gift_category_language",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                    "language": language,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def del_gift_category_language(
        self,
        request: DelGiftCategoryLanguageRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftCategoryLanguageResponse: ...

    @overload
    def del_gift_category_language(
        self,
        *,
        category_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftCategoryLanguageResponse: ...

    def del_gift_category_language(
        self,
        request: DelGiftCategoryLanguageRequest | None = None,
        *,
        category_id: str | None = None,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelGiftCategoryLanguageResponse:
        """Delete a gift category translation.

        Removes the texts of a category in one language.

        `POST /v4/live_engine_http_srv/del_gift_category_language` - https://trtc.io/document/72859
        Idempotent: yes (Deleting twice leaves the translation absent.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to change.
            language: Language to remove.
        """
        return cast(
            "DelGiftCategoryLanguageResponse",
            self._client._call(
                "live_engine_http_srv/del_gift_category_language",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                    "language": language,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def send_gift(
        self,
        request: SendGiftRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendGiftResponse: ...

    @overload
    def send_gift(
        self,
        *,
        room_id: str,
        gift_id: str,
        from_account: str,
        receiver_list_account: Sequence[str],
        count: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendGiftResponse: ...

    def send_gift(
        self,
        request: SendGiftRequest | None = None,
        *,
        room_id: str | None = None,
        gift_id: str | None = None,
        from_account: str | None = None,
        receiver_list_account: Sequence[str] | None = None,
        count: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendGiftResponse:
        """Send a gift.

        Sends a configured gift from one user to receivers inside a live room.

        `POST /v4/live_engine_http_srv/send_gift` - https://trtc.io/document/72556
        Idempotent: no (Each call sends (and counts) another gift.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to send in.
            gift_id: Gift to send; it must exist in the catalogue.
            from_account: User who sends the gift.
            receiver_list_account: Users who receive it.
            count: Number of gifts (in the sample, not in the field table).
        """
        return cast(
            "SendGiftResponse",
            self._client._call(
                "live_engine_http_srv/send_gift",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "gift_id": gift_id,
                    "from_account": from_account,
                    "receiver_list_account": receiver_list_account,
                    "count": count,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_gift_count(
        self,
        request: GetGiftCountRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftCountResponse: ...

    @overload
    def get_gift_count(
        self,
        *,
        room_id: str,
        from_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftCountResponse: ...

    def get_gift_count(
        self,
        request: GetGiftCountRequest | None = None,
        *,
        room_id: str | None = None,
        from_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGiftCountResponse:
        """Get gift totals of a user.

        Returns gift totals (count, coin value, distinct senders) of a user in a room.

        `POST /v4/live_engine_http_srv/get_gift_count` - https://trtc.io/document/72557
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
            from_account: User the totals are for.
        """
        return cast(
            "GetGiftCountResponse",
            self._client._call(
                "live_engine_http_srv/get_gift_count",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "from_account": from_account,
                },
                extra_body,
                request_options,
            ),
        )

    def copy_default_gift_config(
        self,
        request: CopyDefaultGiftConfigRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CopyDefaultGiftConfigResponse:
        """Install the default gift catalogue.

        Copies Tencent's default gift setup (3 categories, 15 gifts) into an app that has no gift
        configuration yet.

        `POST /v4/live_engine_http_srv/copy_default_gift_config` - https://trtc.io/document/74360
        Idempotent: no (Allowed only while the app has no gift configuration, so a resend after a success is refused.)
        Rate limit: 0.1 requests/s.
        """
        return cast(
            "CopyDefaultGiftConfigResponse",
            self._client._call(
                "live_engine_http_srv/copy_default_gift_config",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def edit_gift(
        self,
        request: EditGiftRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> EditGiftResponse: ...

    @overload
    def edit_gift(
        self,
        *,
        gift_id: str,
        icon_url: str | None = None,
        resource_url: str | None = None,
        coins: int | None = None,
        level: int | None = None,
        extension_info: str | None = None,
        default_name: str | None = None,
        default_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> EditGiftResponse: ...

    def edit_gift(
        self,
        request: EditGiftRequest | None = None,
        *,
        gift_id: str | None = None,
        icon_url: str | None = None,
        resource_url: str | None = None,
        coins: int | None = None,
        level: int | None = None,
        extension_info: str | None = None,
        default_name: str | None = None,
        default_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> EditGiftResponse:
        """Change a gift.

        Changes the definition of an existing gift, as Tencent's console does.

        `POST /v4/live_engine_http_srv/edit_gift`
        Not in the public docs: github:Tencent-RTC/TUILiveKit_Manager (TRTCApi.editGift = v4/live_engine_http_srv/edit_gift); absent from the gift API list
        Idempotent: yes (The gift is overwritten with the same values.)

        Args:
            gift_id: Gift to change.
            icon_url: Thumbnail URL.
            resource_url: Effect resource URL.
            coins: Price in virtual coins.
            level: Gift level.
            extension_info: App-defined JSON string.
            default_name: Default name.
            default_desc: Default description.
        """
        return cast(
            "EditGiftResponse",
            self._client._call(
                "live_engine_http_srv/edit_gift",
                request,
                {
                    **unknown_fields,
                    "gift_id": gift_id,
                    "icon_url": icon_url,
                    "resource_url": resource_url,
                    "coins": coins,
                    "level": level,
                    "extension_info": extension_info,
                    "default_name": default_name,
                    "default_desc": default_desc,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def edit_gift_category(
        self,
        request: EditGiftCategoryRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> EditGiftCategoryResponse: ...

    @overload
    def edit_gift_category(
        self,
        *,
        category_id: str,
        extension_info: str | None = None,
        default_name: str | None = None,
        default_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> EditGiftCategoryResponse: ...

    def edit_gift_category(
        self,
        request: EditGiftCategoryRequest | None = None,
        *,
        category_id: str | None = None,
        extension_info: str | None = None,
        default_name: str | None = None,
        default_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> EditGiftCategoryResponse:
        """Change a gift category.

        Changes the default texts or extension of an existing gift category, as Tencent's console does.

        `POST /v4/live_engine_http_srv/edit_gift_category`
        Not in the public docs: github:Tencent-RTC/TUILiveKit_Manager (TRTCApi.editGiftCategory = v4/live_engine_http_srv/edit_gift_category)
        Idempotent: yes (The category is overwritten with the same values.)

        Args:
            category_id: Category to change.
            extension_info: App-defined JSON string.
            default_name: Default name.
            default_desc: Default description.
        """
        return cast(
            "EditGiftCategoryResponse",
            self._client._call(
                "live_engine_http_srv/edit_gift_category",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                    "extension_info": extension_info,
                    "default_name": default_name,
                    "default_desc": default_desc,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_gift_info_list(
        self,
        request: GetGiftInfoListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftInfoListResponse: ...

    @overload
    def get_gift_info_list(
        self,
        *,
        language: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftInfoListResponse: ...

    def get_gift_info_list(
        self,
        request: GetGiftInfoListRequest | None = None,
        *,
        language: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGiftInfoListResponse:
        """List the gift catalogue.

        Returns every gift and category with their translations in one reply, as Tencent's console reads
        it.

        `POST /v4/live_engine_http_srv/get_gift_info_list`
        Not in the public docs: github:Tencent-RTC/TUILiveKit_Manager (TRTCApi.getGiftList = v4/live_engine_http_srv/get_gift_info_list)
        Idempotent: yes (Read-only.)

        Args:
            language: Language of Name/Desc in the reply; older console code sends zh, newer code an empty
                body.
        """
        return cast(
            "GetGiftInfoListResponse",
            self._client._call(
                "live_engine_http_srv/get_gift_info_list",
                request,
                {
                    **unknown_fields,
                    "language": language,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncLiveService(AsyncService):
    """Live rooms, their members, messages, robots and the gift system. (`live_engine_http_srv`)"""

    __slots__ = ()

    @overload
    async def create_room(
        self,
        request: CreateRoomRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateRoomResponse: ...

    @overload
    async def create_room(
        self,
        *,
        room_info: NewLiveRoomInfoParam,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateRoomResponse: ...

    async def create_room(
        self,
        request: CreateRoomRequest | None = None,
        *,
        room_info: NewLiveRoomInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateRoomResponse:
        """Create a live room.

        Creates a live streaming or voice chat room with its seat layout, seat mode, visibility and chat
        settings; the room lives until it is dismissed.

        `POST /v4/live_engine_http_srv/create_room` - https://www.tencentcloud.com/document/product/1071/76885
        Idempotent: no (A resend after a success fails with 100003 or 100010 (the room exists), so it is not repeated automatically.)
        Rate limit: 200 requests/s.

        Args:
            room_info: Settings of the new room.
        """
        return cast(
            "CreateRoomResponse",
            await self._client._call(
                "live_engine_http_srv/create_room",
                request,
                {
                    **unknown_fields,
                    "room_info": room_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def destroy_room(
        self,
        request: DestroyRoomRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyRoomResponse: ...

    @overload
    async def destroy_room(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyRoomResponse: ...

    async def destroy_room(
        self,
        request: DestroyRoomRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DestroyRoomResponse:
        """Dismiss a live room.

        Dismisses a live room; newer replies carry the room's final interaction totals.

        `POST /v4/live_engine_http_srv/destroy_room` - https://trtc.io/document/63406
        Idempotent: yes (A dismissed room stays dismissed; a repeat answers 100004.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to dismiss.
        """
        return cast(
            "DestroyRoomResponse",
            await self._client._call(
                "live_engine_http_srv/destroy_room",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def update_room_info(
        self,
        request: UpdateRoomInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateRoomInfoResponse: ...

    @overload
    async def update_room_info(
        self,
        *,
        room_info: LiveRoomUpdateParam,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateRoomInfoResponse: ...

    async def update_room_info(
        self,
        request: UpdateRoomInfoRequest | None = None,
        *,
        room_info: LiveRoomUpdateParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UpdateRoomInfoResponse:
        """Change a live room.

        Changes the name, member cap, chat switch, cover, tags, status, visibility, seat mode or notice
        of a live room.

        `POST /v4/live_engine_http_srv/update_room_info` - https://www.tencentcloud.com/document/product/647/63403
        Idempotent: yes (The given settings are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            room_info: The room and the settings to change.
        """
        return cast(
            "UpdateRoomInfoResponse",
            await self._client._call(
                "live_engine_http_srv/update_room_info",
                request,
                {
                    **unknown_fields,
                    "room_info": room_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_room_info(
        self,
        request: GetRoomInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomInfoResponse: ...

    @overload
    async def get_room_info(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomInfoResponse: ...

    async def get_room_info(
        self,
        request: GetRoomInfoRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRoomInfoResponse:
        """Get a live room.

        Returns the stored settings and counters of one live room.

        `POST /v4/live_engine_http_srv/get_room_info` - https://trtc.io/document/63404
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetRoomInfoResponse",
            await self._client._call(
                "live_engine_http_srv/get_room_info",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_room_list(
        self,
        request: GetRoomListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomListResponse: ...

    @overload
    async def get_room_list(
        self,
        *,
        next: str,
        count: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomListResponse: ...

    async def get_room_list(
        self,
        request: GetRoomListRequest | None = None,
        *,
        next: str | None = None,
        count: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRoomListResponse:
        """List public live rooms.

        Pages through the app's public live rooms, most viewed first.

        `POST /v4/live_engine_http_srv/get_room_list` - https://trtc.io/document/63405
        Idempotent: yes (Read-only.)
        Rate limit: 10 requests/s.

        Args:
            next: Cursor: empty for the first page, then the Next of the previous reply.
            count: Rooms per page. Server default when omitted: 20.
        """
        return cast(
            "GetRoomListResponse",
            await self._client._call(
                "live_engine_http_srv/get_room_list",
                request,
                {
                    **unknown_fields,
                    "next": next,
                    "count": count,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_room_list(
            self,
            *,
            count: int,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[LiveRoomListItem]: ...

    else:

        def iter_get_room_list(
            self,
            *,
            count: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[LiveRoomListItem]:
            """Every item of `get_room_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "live_engine_http_srv/get_room_list",
                {
                    **unknown_fields,
                    "count": count,
                },
                extra_body,
                request_options,
            )

    @overload
    async def get_room_metadata(
        self,
        request: GetRoomMetadataRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomMetadataResponse: ...

    @overload
    async def get_room_metadata(
        self,
        *,
        room_id: str,
        keys: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomMetadataResponse: ...

    async def get_room_metadata(
        self,
        request: GetRoomMetadataRequest | None = None,
        *,
        room_id: str | None = None,
        keys: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRoomMetadataResponse:
        """Get room metadata.

        Returns the custom key/value metadata of a room, for the given keys or for all keys.

        `POST /v4/live_engine_http_srv/get_room_metadata` - https://trtc.io/document/64374
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
            keys: Keys to read; an empty list reads every key.
        """
        return cast(
            "GetRoomMetadataResponse",
            await self._client._call(
                "live_engine_http_srv/get_room_metadata",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "keys": keys,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def set_room_metadata(
        self,
        request: SetRoomMetadataRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetRoomMetadataResponse: ...

    @overload
    async def set_room_metadata(
        self,
        *,
        room_id: str,
        metadata: Sequence[MetadataItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetRoomMetadataResponse: ...

    async def set_room_metadata(
        self,
        request: SetRoomMetadataRequest | None = None,
        *,
        room_id: str | None = None,
        metadata: Sequence[MetadataItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetRoomMetadataResponse:
        """Set room metadata.

        Adds metadata entries to a room or overwrites existing keys.

        `POST /v4/live_engine_http_srv/set_room_metadata` - https://trtc.io/document/64375
        Idempotent: yes (The same keys are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            metadata: Entries to add or overwrite; a room holds at most 10 keys and 16 KB of values.
        """
        return cast(
            "SetRoomMetadataResponse",
            await self._client._call(
                "live_engine_http_srv/set_room_metadata",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "metadata": metadata,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def del_room_metadata(
        self,
        request: DelRoomMetadataRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelRoomMetadataResponse: ...

    @overload
    async def del_room_metadata(
        self,
        *,
        room_id: str,
        keys: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelRoomMetadataResponse: ...

    async def del_room_metadata(
        self,
        request: DelRoomMetadataRequest | None = None,
        *,
        room_id: str | None = None,
        keys: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelRoomMetadataResponse:
        """Delete room metadata.

        Removes the given metadata keys from a room.

        `POST /v4/live_engine_http_srv/del_room_metadata` - https://trtc.io/document/64376
        Idempotent: yes (Deleting twice leaves the keys absent; the repeat answers 100503.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            keys: Keys to remove.
        """
        return cast(
            "DelRoomMetadataResponse",
            await self._client._call(
                "live_engine_http_srv/del_room_metadata",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "keys": keys,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def resume_mcu_task(
        self,
        request: ResumeMcuTaskRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ResumeMcuTaskResponse: ...

    @overload
    async def resume_mcu_task(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ResumeMcuTaskResponse: ...

    async def resume_mcu_task(
        self,
        request: ResumeMcuTaskRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ResumeMcuTaskResponse:
        """Resume stream mixing.

        Restores the mixed-stream layout of a large room; every mixed host must be on a seat.

        `POST /v4/live_engine_http_srv/resume_mcu_task` - https://www.tencentcloud.com/document/product/1071/76894
        Idempotent: yes (Restoring the layout again leaves the same layout.)
        Rate limit: 20 requests/s.

        Args:
            room_id: Room whose mixing layout is restored.
        """
        return cast(
            "ResumeMcuTaskResponse",
            await self._client._call(
                "live_engine_http_srv/resume_mcu_task",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_room_stats(
        self,
        request: GetRoomStatsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomStatsResponse: ...

    @overload
    async def get_room_stats(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomStatsResponse: ...

    async def get_room_stats(
        self,
        request: GetRoomStatsRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRoomStatsResponse:
        """Get room statistics.

        Returns the cumulative viewer, gift, like and message totals of a room.

        `POST /v4/live_engine_http_srv/get_room_stats` - https://trtc.io/document/80421
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetRoomStatsResponse",
            await self._client._call(
                "live_engine_http_srv/get_room_stats",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_room_statistic(
        self,
        request: GetRoomStatisticRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomStatisticResponse: ...

    @overload
    async def get_room_statistic(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomStatisticResponse: ...

    async def get_room_statistic(
        self,
        request: GetRoomStatisticRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRoomStatisticResponse:
        """Get room statistics (console variant).

        The statistics command as Tencent's TUILiveKit_Manager console calls it; same body and fields as
        get_room_stats.

        `POST /v4/live_engine_http_srv/get_room_statistic`
        Not in the public docs: github:Tencent-RTC/TUILiveKit_Manager (TRTCApi.getRoomStatistic = v4/live_engine_http_srv/get_room_statistic)
        Idempotent: yes (Read-only.)

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetRoomStatisticResponse",
            await self._client._call(
                "live_engine_http_srv/get_room_statistic",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_admin_list(
        self,
        request: GetAdminListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetAdminListResponse: ...

    @overload
    async def get_admin_list(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetAdminListResponse: ...

    async def get_admin_list(
        self,
        request: GetAdminListRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetAdminListResponse:
        """List room administrators.

        Returns the user IDs holding the administrator role in a room.

        `POST /v4/live_engine_http_srv/get_admin_list` - https://trtc.io/document/63425
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetAdminListResponse",
            await self._client._call(
                "live_engine_http_srv/get_admin_list",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def modify_admin(
        self,
        request: ModifyAdminRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyAdminResponse: ...

    @overload
    async def modify_admin(
        self,
        *,
        room_id: str,
        admin_account: Sequence[str],
        op_type: AdminOpType | Literal["add", "delete"],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyAdminResponse: ...

    async def modify_admin(
        self,
        request: ModifyAdminRequest | None = None,
        *,
        room_id: str | None = None,
        admin_account: Sequence[str] | None = None,
        op_type: AdminOpType | Literal["add", "delete"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyAdminResponse:
        """Add or remove room administrators.

        Grants or revokes the administrator role for users of a room; a room has at most five
        administrators.

        `POST /v4/live_engine_http_srv/modify_admin` - https://www.tencentcloud.com/document/product/1071/76881
        Idempotent: yes (Granting or revoking the same role again leaves the same administrators.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            admin_account: Users to change.
            op_type: Grant or revoke.
        """
        return cast(
            "ModifyAdminResponse",
            await self._client._call(
                "live_engine_http_srv/modify_admin",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "admin_account": admin_account,
                    "op_type": op_type,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def change_room_owner(
        self,
        request: ChangeRoomOwnerRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ChangeRoomOwnerResponse: ...

    @overload
    async def change_room_owner(
        self,
        *,
        room_id: str,
        new_owner_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ChangeRoomOwnerResponse: ...

    async def change_room_owner(
        self,
        request: ChangeRoomOwnerRequest | None = None,
        *,
        room_id: str | None = None,
        new_owner_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ChangeRoomOwnerResponse:
        """Transfer room ownership.

        Makes another user the owner of a live room.

        `POST /v4/live_engine_http_srv/change_room_owner` - https://trtc.io/document/72534
        Idempotent: yes (Transferring to the same user again leaves the same owner.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            new_owner_account: User who becomes the owner.
        """
        return cast(
            "ChangeRoomOwnerResponse",
            await self._client._call(
                "live_engine_http_srv/change_room_owner",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "new_owner_account": new_owner_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def ban_member(
        self,
        request: BanMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BanMemberResponse: ...

    @overload
    async def ban_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        duration: int,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BanMemberResponse: ...

    async def ban_member(
        self,
        request: BanMemberRequest | None = None,
        *,
        room_id: str | None = None,
        member_list_account: Sequence[str] | None = None,
        duration: int | None = None,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BanMemberResponse:
        """Ban room members.

        Bans up to 20 users from a room for a time; banned users cannot enter while the ban lasts.

        `POST /v4/live_engine_http_srv/ban_member` - https://trtc.io/document/63407
        Idempotent: yes (Banning again keeps the users banned; the end time is counted from the latest call.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            member_list_account: Users to ban.
            duration: Length of the ban. Unit: seconds.
            reason: Why the users are banned.
        """
        return cast(
            "BanMemberResponse",
            await self._client._call(
                "live_engine_http_srv/ban_member",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_list_account": member_list_account,
                    "duration": duration,
                    "reason": reason,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def unban_member(
        self,
        request: UnbanMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UnbanMemberResponse: ...

    @overload
    async def unban_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UnbanMemberResponse: ...

    async def unban_member(
        self,
        request: UnbanMemberRequest | None = None,
        *,
        room_id: str | None = None,
        member_list_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UnbanMemberResponse:
        """Unban room members.

        Lifts the ban of up to 20 users of a room.

        `POST /v4/live_engine_http_srv/unban_member` - https://trtc.io/document/63426
        Idempotent: yes (Lifting a ban twice leaves the users unbanned.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            member_list_account: Users to unban.
        """
        return cast(
            "UnbanMemberResponse",
            await self._client._call(
                "live_engine_http_srv/unban_member",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_list_account": member_list_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_banned_member_list(
        self,
        request: GetBannedMemberListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetBannedMemberListResponse: ...

    @overload
    async def get_banned_member_list(
        self,
        *,
        room_id: str,
        offset: int | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetBannedMemberListResponse: ...

    async def get_banned_member_list(
        self,
        request: GetBannedMemberListRequest | None = None,
        *,
        room_id: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetBannedMemberListResponse:
        """List banned members.

        Pages through the users banned from a room with the end of each ban.

        `POST /v4/live_engine_http_srv/get_banned_member_list` - https://trtc.io/document/63424
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
            offset: Offset: 0 for the first page, then the NextOffset of the previous reply. Server default
                when omitted: 0.
            limit: Users per page.
        """
        return cast(
            "GetBannedMemberListResponse",
            await self._client._call(
                "live_engine_http_srv/get_banned_member_list",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "offset": offset,
                    "limit": limit,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_banned_member_list(
            self,
            *,
            room_id: str,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[BannedMember]: ...

    else:

        def iter_get_banned_member_list(
            self,
            *,
            room_id: str | None = None,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[BannedMember]:
            """Every item of `get_banned_member_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "live_engine_http_srv/get_banned_member_list",
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "limit": limit,
                },
                extra_body,
                request_options,
            )

    @overload
    async def mute_member(
        self,
        request: MuteMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MuteMemberResponse: ...

    @overload
    async def mute_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        mute_time: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MuteMemberResponse: ...

    async def mute_member(
        self,
        request: MuteMemberRequest | None = None,
        *,
        room_id: str | None = None,
        member_list_account: Sequence[str] | None = None,
        mute_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> MuteMemberResponse:
        """Mute or unmute room members.

        Stops users from chatting in a room for a time; a mute time of 0 lifts the mute.

        `POST /v4/live_engine_http_srv/mute_member` - https://trtc.io/document/66969
        Idempotent: yes (Muting again keeps the users muted (the end time is counted from the latest call); unmuting twice leaves them unmuted.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            member_list_account: Users to mute or unmute.
            mute_time: Length of the mute; 0 lifts it. Unit: seconds.
        """
        return cast(
            "MuteMemberResponse",
            await self._client._call(
                "live_engine_http_srv/mute_member",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_list_account": member_list_account,
                    "mute_time": mute_time,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_muted_member_list(
        self,
        request: GetMutedMemberListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetMutedMemberListResponse: ...

    @overload
    async def get_muted_member_list(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetMutedMemberListResponse: ...

    async def get_muted_member_list(
        self,
        request: GetMutedMemberListRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetMutedMemberListResponse:
        """List muted members.

        Returns the users muted in a room with the end of each mute.

        `POST /v4/live_engine_http_srv/get_muted_member_list` - https://trtc.io/document/69894
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetMutedMemberListResponse",
            await self._client._call(
                "live_engine_http_srv/get_muted_member_list",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_member_list(
        self,
        request: GetMemberListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetMemberListResponse: ...

    @overload
    async def get_member_list(
        self,
        *,
        room_id: str,
        next: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetMemberListResponse: ...

    async def get_member_list(
        self,
        request: GetMemberListRequest | None = None,
        *,
        room_id: str | None = None,
        next: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetMemberListResponse:
        """List online room members.

        Pages through the online members of a live room and reports the member count.

        `POST /v4/live_engine_http_srv/get_member_list` - https://trtc.io/document/66908
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
            next: Cursor: empty for the first page, then the Next of the previous reply.
        """
        return cast(
            "GetMemberListResponse",
            await self._client._call(
                "live_engine_http_srv/get_member_list",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "next": next,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_member_list(
            self,
            *,
            room_id: str,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[RoomMember]: ...

    else:

        def iter_get_member_list(
            self,
            *,
            room_id: str | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[RoomMember]:
            """Every item of `get_member_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "live_engine_http_srv/get_member_list",
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            )

    @overload
    async def send_text_msg(
        self,
        request: SendTextMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendTextMsgResponse: ...

    @overload
    async def send_text_msg(
        self,
        *,
        room_id: str,
        sender_account: str,
        text_content: str,
        extension_info: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendTextMsgResponse: ...

    async def send_text_msg(
        self,
        request: SendTextMsgRequest | None = None,
        *,
        room_id: str | None = None,
        sender_account: str | None = None,
        text_content: str | None = None,
        extension_info: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendTextMsgResponse:
        """Send a text message to a room.

        Posts a text chat message into a live room on behalf of a sender, optionally with app-defined
        data.

        `POST /v4/live_engine_http_srv/send_text_msg` - https://trtc.io/document/74353
        Idempotent: no (Each call posts another message.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to post in.
            sender_account: User ID shown as the sender.
            text_content: Message text.
            extension_info: App-defined JSON string, stored with the message as its cloud custom data.
        """
        return cast(
            "SendTextMsgResponse",
            await self._client._call(
                "live_engine_http_srv/send_text_msg",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "sender_account": sender_account,
                    "text_content": text_content,
                    "extension_info": extension_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def send_custom_msg(
        self,
        request: SendCustomMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendCustomMsgResponse: ...

    @overload
    async def send_custom_msg(
        self,
        *,
        room_id: str,
        business_id: str,
        data: str | int,
        sender_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendCustomMsgResponse: ...

    async def send_custom_msg(
        self,
        request: SendCustomMsgRequest | None = None,
        *,
        room_id: str | None = None,
        business_id: str | None = None,
        data: str | int | None = None,
        sender_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendCustomMsgResponse:
        """Send a custom message to a room.

        Posts a custom message into a live room, carrying a business ID and a payload.

        `POST /v4/live_engine_http_srv/send_custom_msg` - https://trtc.io/document/74354
        Idempotent: no (Each call posts another message.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to post in.
            business_id: App-defined type tag of the message.
            data: Payload of the message. The server may also send it as integer.
            sender_account: User ID shown as the sender.
        """
        return cast(
            "SendCustomMsgResponse",
            await self._client._call(
                "live_engine_http_srv/send_custom_msg",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "business_id": business_id,
                    "data": data,
                    "sender_account": sender_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def add_robot(
        self,
        request: AddRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddRobotResponse: ...

    @overload
    async def add_robot(
        self,
        *,
        room_id: str,
        robot_list_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddRobotResponse: ...

    async def add_robot(
        self,
        request: AddRobotRequest | None = None,
        *,
        room_id: str | None = None,
        robot_list_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddRobotResponse:
        """Add robots to a room.

        Puts robot accounts (imported user IDs) into a live room, for example to push an external
        stream; a room holds at most three robots.

        `POST /v4/live_engine_http_srv/add_robot` - https://trtc.io/document/69079
        Idempotent: yes (Adding a robot already in the room leaves the same robots.)
        Rate limit: 100 requests/s.

        Args:
            room_id: Room to change.
            robot_list_account: Robot user IDs; each must be an imported account.
        """
        return cast(
            "AddRobotResponse",
            await self._client._call(
                "live_engine_http_srv/add_robot",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "robot_list_account": robot_list_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def del_robot(
        self,
        request: DelRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelRobotResponse: ...

    @overload
    async def del_robot(
        self,
        *,
        room_id: str,
        robot_list_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelRobotResponse: ...

    async def del_robot(
        self,
        request: DelRobotRequest | None = None,
        *,
        room_id: str | None = None,
        robot_list_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelRobotResponse:
        """Remove robots from a room.

        Removes the given robot accounts from a live room.

        `POST /v4/live_engine_http_srv/del_robot` - https://trtc.io/document/69080
        Idempotent: yes (Removing twice leaves the robots out of the room.)
        Rate limit: 100 requests/s.

        Args:
            room_id: Room to change.
            robot_list_account: Robot user IDs to remove.
        """
        return cast(
            "DelRobotResponse",
            await self._client._call(
                "live_engine_http_srv/del_robot",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "robot_list_account": robot_list_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_robot(
        self,
        request: GetRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRobotResponse: ...

    @overload
    async def get_robot(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRobotResponse: ...

    async def get_robot(
        self,
        request: GetRobotRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRobotResponse:
        """List robots in a room.

        Returns the robot accounts present in a live room.

        `POST /v4/live_engine_http_srv/get_robot` - https://trtc.io/document/69081
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetRobotResponse",
            await self._client._call(
                "live_engine_http_srv/get_robot",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def add_gift(
        self,
        request: AddGiftRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddGiftResponse: ...

    @overload
    async def add_gift(
        self,
        *,
        gift_id: str,
        coins: int,
        default_name: str,
        icon_url: str | None = None,
        resource_url: str | None = None,
        level: int | None = None,
        extension_info: str | None = None,
        default_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddGiftResponse: ...

    async def add_gift(
        self,
        request: AddGiftRequest | None = None,
        *,
        gift_id: str | None = None,
        coins: int | None = None,
        default_name: str | None = None,
        icon_url: str | None = None,
        resource_url: str | None = None,
        level: int | None = None,
        extension_info: str | None = None,
        default_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddGiftResponse:
        """Add a gift.

        Adds a gift (ID, icon, effect, price, level, default texts, extension) to the app's catalogue,
        which holds up to 16 gifts.

        `POST /v4/live_engine_http_srv/add_gift` - https://trtc.io/document/72845
        Idempotent: no (A resend after a success may be refused because the gift exists, so it is not repeated automatically.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: ID of the new gift.
            coins: Price in virtual coins.
            default_name: Default name.
            icon_url: Thumbnail URL.
            resource_url: Effect resource URL (such as a full-screen mp4 or svga).
            level: Gift level. Server default when omitted: 0.
            extension_info: App-defined data; must be a JSON string.
            default_desc: Default description.
        """
        return cast(
            "AddGiftResponse",
            await self._client._call(
                "live_engine_http_srv/add_gift",
                request,
                {
                    **unknown_fields,
                    "gift_id": gift_id,
                    "coins": coins,
                    "default_name": default_name,
                    "icon_url": icon_url,
                    "resource_url": resource_url,
                    "level": level,
                    "extension_info": extension_info,
                    "default_desc": default_desc,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_gift(
        self,
        request: GetGiftRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftResponse: ...

    @overload
    async def get_gift(
        self,
        *,
        gift_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftResponse: ...

    async def get_gift(
        self,
        request: GetGiftRequest | None = None,
        *,
        gift_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGiftResponse:
        """Get a gift.

        Returns the stored definition of one gift.

        `POST /v4/live_engine_http_srv/get_gift` - https://trtc.io/document/72846
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to read.
        """
        return cast(
            "GetGiftResponse",
            await self._client._call(
                "live_engine_http_srv/get_gift",
                request,
                {
                    **unknown_fields,
                    "gift_id": gift_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def del_gift(
        self,
        request: DelGiftRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftResponse: ...

    @overload
    async def del_gift(
        self,
        *,
        gift_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftResponse: ...

    async def del_gift(
        self,
        request: DelGiftRequest | None = None,
        *,
        gift_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelGiftResponse:
        """Delete a gift.

        Deletes a gift with its translations and category links; deleting a missing gift succeeds.

        `POST /v4/live_engine_http_srv/del_gift` - https://trtc.io/document/72847
        Idempotent: yes (The page says deleting a gift that does not exist succeeds.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to delete.
        """
        return cast(
            "DelGiftResponse",
            await self._client._call(
                "live_engine_http_srv/del_gift",
                request,
                {
                    **unknown_fields,
                    "gift_id": gift_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def add_gift_category(
        self,
        request: AddGiftCategoryRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddGiftCategoryResponse: ...

    @overload
    async def add_gift_category(
        self,
        *,
        category_id: str,
        default_name: str,
        extension_info: str | None = None,
        default_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddGiftCategoryResponse: ...

    async def add_gift_category(
        self,
        request: AddGiftCategoryRequest | None = None,
        *,
        category_id: str | None = None,
        default_name: str | None = None,
        extension_info: str | None = None,
        default_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddGiftCategoryResponse:
        """Add a gift category.

        Adds a gift category with default texts and extension; the app holds up to three categories.

        `POST /v4/live_engine_http_srv/add_gift_category` - https://trtc.io/document/72848
        Idempotent: no (A resend after a success may be refused because the category exists, so it is not repeated automatically.)
        Rate limit: 1 requests/s.

        Args:
            category_id: ID of the new category.
            default_name: Default name.
            extension_info: App-defined data; must be a JSON string.
            default_desc: Default description.
        """
        return cast(
            "AddGiftCategoryResponse",
            await self._client._call(
                "live_engine_http_srv/add_gift_category",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                    "default_name": default_name,
                    "extension_info": extension_info,
                    "default_desc": default_desc,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_gift_category(
        self,
        request: GetGiftCategoryRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftCategoryResponse: ...

    @overload
    async def get_gift_category(
        self,
        *,
        category_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftCategoryResponse: ...

    async def get_gift_category(
        self,
        request: GetGiftCategoryRequest | None = None,
        *,
        category_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGiftCategoryResponse:
        """Get a gift category.

        Returns the stored definition of one gift category.

        `POST /v4/live_engine_http_srv/get_gift_category` - https://trtc.io/document/72849
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to read.
        """
        return cast(
            "GetGiftCategoryResponse",
            await self._client._call(
                "live_engine_http_srv/get_gift_category",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def del_gift_category(
        self,
        request: DelGiftCategoryRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftCategoryResponse: ...

    @overload
    async def del_gift_category(
        self,
        *,
        category_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftCategoryResponse: ...

    async def del_gift_category(
        self,
        request: DelGiftCategoryRequest | None = None,
        *,
        category_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelGiftCategoryResponse:
        """Delete a gift category.

        Deletes a gift category with its translations and gift links.

        `POST /v4/live_engine_http_srv/del_gift_category` - https://trtc.io/document/72850
        Idempotent: yes (Deleting twice leaves the category absent.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to delete.
        """
        return cast(
            "DelGiftCategoryResponse",
            await self._client._call(
                "live_engine_http_srv/del_gift_category",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def add_gift_category_relations(
        self,
        request: AddGiftCategoryRelationsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddGiftCategoryRelationsResponse: ...

    @overload
    async def add_gift_category_relations(
        self,
        *,
        category_id: str,
        gift_id_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddGiftCategoryRelationsResponse: ...

    async def add_gift_category_relations(
        self,
        request: AddGiftCategoryRelationsRequest | None = None,
        *,
        category_id: str | None = None,
        gift_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddGiftCategoryRelationsResponse:
        """Link gifts to a category.

        Adds gifts to a category, keeping existing links, and reports the gift IDs that could not be
        linked.

        `POST /v4/live_engine_http_srv/add_gift_category_relations` - https://trtc.io/document/72851
        Idempotent: yes (Links are added to a set; linking the same gifts again changes nothing.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to change.
            gift_id_list: Gifts to link.
        """
        return cast(
            "AddGiftCategoryRelationsResponse",
            await self._client._call(
                "live_engine_http_srv/add_gift_category_relations",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                    "gift_id_list": gift_id_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def del_gift_category_relations(
        self,
        request: DelGiftCategoryRelationsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftCategoryRelationsResponse: ...

    @overload
    async def del_gift_category_relations(
        self,
        *,
        category_id: str,
        gift_id_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftCategoryRelationsResponse: ...

    async def del_gift_category_relations(
        self,
        request: DelGiftCategoryRelationsRequest | None = None,
        *,
        category_id: str | None = None,
        gift_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelGiftCategoryRelationsResponse:
        """Unlink gifts from a category.

        Removes the given gifts from a category.

        `POST /v4/live_engine_http_srv/del_gift_category_relations` - https://trtc.io/document/72852
        Idempotent: yes (Unlinking twice leaves the gifts unlinked.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to change.
            gift_id_list: Gifts to unlink.
        """
        return cast(
            "DelGiftCategoryRelationsResponse",
            await self._client._call(
                "live_engine_http_srv/del_gift_category_relations",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                    "gift_id_list": gift_id_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_gift_category_relations(
        self,
        request: GetGiftCategoryRelationsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftCategoryRelationsResponse: ...

    @overload
    async def get_gift_category_relations(
        self,
        *,
        category_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftCategoryRelationsResponse: ...

    async def get_gift_category_relations(
        self,
        request: GetGiftCategoryRelationsRequest | None = None,
        *,
        category_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGiftCategoryRelationsResponse:
        """List the gifts of a category.

        Returns the gift IDs linked to a category.

        `POST /v4/live_engine_http_srv/get_gift_category_relations` - https://trtc.io/document/72853
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to read.
        """
        return cast(
            "GetGiftCategoryRelationsResponse",
            await self._client._call(
                "live_engine_http_srv/get_gift_category_relations",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def set_gift_language(
        self,
        request: SetGiftLanguageRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetGiftLanguageResponse: ...

    @overload
    async def set_gift_language(
        self,
        *,
        gift_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        name: str | None = None,
        desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetGiftLanguageResponse: ...

    async def set_gift_language(
        self,
        request: SetGiftLanguageRequest | None = None,
        *,
        gift_id: str | None = None,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"] | None = None,
        name: str | None = None,
        desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetGiftLanguageResponse:
        """Set a gift translation.

        Adds or changes the name and description of a gift in one language; only the fields given are
        changed.

        `POST /v4/live_engine_http_srv/set_gift_language` - https://trtc.io/document/72854
        Idempotent: yes (The translation is overwritten with the same texts.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to translate.
            language: Language of the texts.
            name: Name in that language; required the first time a language is set.
            desc: Description in that language.
        """
        return cast(
            "SetGiftLanguageResponse",
            await self._client._call(
                "live_engine_http_srv/set_gift_language",
                request,
                {
                    **unknown_fields,
                    "gift_id": gift_id,
                    "language": language,
                    "name": name,
                    "desc": desc,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_gift_language(
        self,
        request: GetGiftLanguageRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftLanguageResponse: ...

    @overload
    async def get_gift_language(
        self,
        *,
        gift_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftLanguageResponse: ...

    async def get_gift_language(
        self,
        request: GetGiftLanguageRequest | None = None,
        *,
        gift_id: str | None = None,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGiftLanguageResponse:
        """Get a gift translation.

        Returns the name and description of a gift in one language.

        `POST /v4/live_engine_http_srv/get_gift_language` - https://trtc.io/document/72855
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to read.
            language: Language to read.
        """
        return cast(
            "GetGiftLanguageResponse",
            await self._client._call(
                "live_engine_http_srv/get_gift_language",
                request,
                {
                    **unknown_fields,
                    "gift_id": gift_id,
                    "language": language,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def del_gift_language(
        self,
        request: DelGiftLanguageRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftLanguageResponse: ...

    @overload
    async def del_gift_language(
        self,
        *,
        gift_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftLanguageResponse: ...

    async def del_gift_language(
        self,
        request: DelGiftLanguageRequest | None = None,
        *,
        gift_id: str | None = None,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelGiftLanguageResponse:
        """Delete a gift translation.

        Removes the texts of a gift in one language.

        `POST /v4/live_engine_http_srv/del_gift_language` - https://trtc.io/document/72856
        Idempotent: yes (Deleting twice leaves the translation absent.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to change.
            language: Language to remove.
        """
        return cast(
            "DelGiftLanguageResponse",
            await self._client._call(
                "live_engine_http_srv/del_gift_language",
                request,
                {
                    **unknown_fields,
                    "gift_id": gift_id,
                    "language": language,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def set_gift_category_language(
        self,
        request: SetGiftCategoryLanguageRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetGiftCategoryLanguageResponse: ...

    @overload
    async def set_gift_category_language(
        self,
        *,
        category_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        category_name: str | None = None,
        category_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetGiftCategoryLanguageResponse: ...

    async def set_gift_category_language(
        self,
        request: SetGiftCategoryLanguageRequest | None = None,
        *,
        category_id: str | None = None,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"] | None = None,
        category_name: str | None = None,
        category_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetGiftCategoryLanguageResponse:
        """Set a gift category translation.

        Adds or changes the name and description of a category in one language; only the fields given
        are changed.

        `POST /v4/live_engine_http_srv/set_gift_category_language` - https://trtc.io/document/72857
        Idempotent: yes (The translation is overwritten with the same texts.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to translate.
            language: Language of the texts.
            category_name: Name in that language; required the first time a language is set.
            category_desc: Description in that language.
        """
        return cast(
            "SetGiftCategoryLanguageResponse",
            await self._client._call(
                "live_engine_http_srv/set_gift_category_language",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                    "language": language,
                    "category_name": category_name,
                    "category_desc": category_desc,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_gift_category_language(
        self,
        request: GetGiftCategoryLanguageRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftCategoryLanguageResponse: ...

    @overload
    async def get_gift_category_language(
        self,
        *,
        category_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftCategoryLanguageResponse: ...

    async def get_gift_category_language(
        self,
        request: GetGiftCategoryLanguageRequest | None = None,
        *,
        category_id: str | None = None,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGiftCategoryLanguageResponse:
        """Get a gift category translation.

        Returns the name and description of a category in one language.

        `POST /v4/live_engine_http_srv/get_gift_category_language` - https://trtc.io/document/72858
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to read.
            language: Language to read.
        """
        return cast(
            "GetGiftCategoryLanguageResponse",
            await self._client._call(
                "live_engine_http_srv/get_gift_category_language",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                    "language": language,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def del_gift_category_language(
        self,
        request: DelGiftCategoryLanguageRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftCategoryLanguageResponse: ...

    @overload
    async def del_gift_category_language(
        self,
        *,
        category_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelGiftCategoryLanguageResponse: ...

    async def del_gift_category_language(
        self,
        request: DelGiftCategoryLanguageRequest | None = None,
        *,
        category_id: str | None = None,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelGiftCategoryLanguageResponse:
        """Delete a gift category translation.

        Removes the texts of a category in one language.

        `POST /v4/live_engine_http_srv/del_gift_category_language` - https://trtc.io/document/72859
        Idempotent: yes (Deleting twice leaves the translation absent.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to change.
            language: Language to remove.
        """
        return cast(
            "DelGiftCategoryLanguageResponse",
            await self._client._call(
                "live_engine_http_srv/del_gift_category_language",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                    "language": language,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def send_gift(
        self,
        request: SendGiftRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendGiftResponse: ...

    @overload
    async def send_gift(
        self,
        *,
        room_id: str,
        gift_id: str,
        from_account: str,
        receiver_list_account: Sequence[str],
        count: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendGiftResponse: ...

    async def send_gift(
        self,
        request: SendGiftRequest | None = None,
        *,
        room_id: str | None = None,
        gift_id: str | None = None,
        from_account: str | None = None,
        receiver_list_account: Sequence[str] | None = None,
        count: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendGiftResponse:
        """Send a gift.

        Sends a configured gift from one user to receivers inside a live room.

        `POST /v4/live_engine_http_srv/send_gift` - https://trtc.io/document/72556
        Idempotent: no (Each call sends (and counts) another gift.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to send in.
            gift_id: Gift to send; it must exist in the catalogue.
            from_account: User who sends the gift.
            receiver_list_account: Users who receive it.
            count: Number of gifts (in the sample, not in the field table).
        """
        return cast(
            "SendGiftResponse",
            await self._client._call(
                "live_engine_http_srv/send_gift",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "gift_id": gift_id,
                    "from_account": from_account,
                    "receiver_list_account": receiver_list_account,
                    "count": count,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_gift_count(
        self,
        request: GetGiftCountRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftCountResponse: ...

    @overload
    async def get_gift_count(
        self,
        *,
        room_id: str,
        from_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftCountResponse: ...

    async def get_gift_count(
        self,
        request: GetGiftCountRequest | None = None,
        *,
        room_id: str | None = None,
        from_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGiftCountResponse:
        """Get gift totals of a user.

        Returns gift totals (count, coin value, distinct senders) of a user in a room.

        `POST /v4/live_engine_http_srv/get_gift_count` - https://trtc.io/document/72557
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
            from_account: User the totals are for.
        """
        return cast(
            "GetGiftCountResponse",
            await self._client._call(
                "live_engine_http_srv/get_gift_count",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "from_account": from_account,
                },
                extra_body,
                request_options,
            ),
        )

    async def copy_default_gift_config(
        self,
        request: CopyDefaultGiftConfigRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CopyDefaultGiftConfigResponse:
        """Install the default gift catalogue.

        Copies Tencent's default gift setup (3 categories, 15 gifts) into an app that has no gift
        configuration yet.

        `POST /v4/live_engine_http_srv/copy_default_gift_config` - https://trtc.io/document/74360
        Idempotent: no (Allowed only while the app has no gift configuration, so a resend after a success is refused.)
        Rate limit: 0.1 requests/s.
        """
        return cast(
            "CopyDefaultGiftConfigResponse",
            await self._client._call(
                "live_engine_http_srv/copy_default_gift_config",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def edit_gift(
        self,
        request: EditGiftRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> EditGiftResponse: ...

    @overload
    async def edit_gift(
        self,
        *,
        gift_id: str,
        icon_url: str | None = None,
        resource_url: str | None = None,
        coins: int | None = None,
        level: int | None = None,
        extension_info: str | None = None,
        default_name: str | None = None,
        default_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> EditGiftResponse: ...

    async def edit_gift(
        self,
        request: EditGiftRequest | None = None,
        *,
        gift_id: str | None = None,
        icon_url: str | None = None,
        resource_url: str | None = None,
        coins: int | None = None,
        level: int | None = None,
        extension_info: str | None = None,
        default_name: str | None = None,
        default_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> EditGiftResponse:
        """Change a gift.

        Changes the definition of an existing gift, as Tencent's console does.

        `POST /v4/live_engine_http_srv/edit_gift`
        Not in the public docs: github:Tencent-RTC/TUILiveKit_Manager (TRTCApi.editGift = v4/live_engine_http_srv/edit_gift); absent from the gift API list
        Idempotent: yes (The gift is overwritten with the same values.)

        Args:
            gift_id: Gift to change.
            icon_url: Thumbnail URL.
            resource_url: Effect resource URL.
            coins: Price in virtual coins.
            level: Gift level.
            extension_info: App-defined JSON string.
            default_name: Default name.
            default_desc: Default description.
        """
        return cast(
            "EditGiftResponse",
            await self._client._call(
                "live_engine_http_srv/edit_gift",
                request,
                {
                    **unknown_fields,
                    "gift_id": gift_id,
                    "icon_url": icon_url,
                    "resource_url": resource_url,
                    "coins": coins,
                    "level": level,
                    "extension_info": extension_info,
                    "default_name": default_name,
                    "default_desc": default_desc,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def edit_gift_category(
        self,
        request: EditGiftCategoryRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> EditGiftCategoryResponse: ...

    @overload
    async def edit_gift_category(
        self,
        *,
        category_id: str,
        extension_info: str | None = None,
        default_name: str | None = None,
        default_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> EditGiftCategoryResponse: ...

    async def edit_gift_category(
        self,
        request: EditGiftCategoryRequest | None = None,
        *,
        category_id: str | None = None,
        extension_info: str | None = None,
        default_name: str | None = None,
        default_desc: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> EditGiftCategoryResponse:
        """Change a gift category.

        Changes the default texts or extension of an existing gift category, as Tencent's console does.

        `POST /v4/live_engine_http_srv/edit_gift_category`
        Not in the public docs: github:Tencent-RTC/TUILiveKit_Manager (TRTCApi.editGiftCategory = v4/live_engine_http_srv/edit_gift_category)
        Idempotent: yes (The category is overwritten with the same values.)

        Args:
            category_id: Category to change.
            extension_info: App-defined JSON string.
            default_name: Default name.
            default_desc: Default description.
        """
        return cast(
            "EditGiftCategoryResponse",
            await self._client._call(
                "live_engine_http_srv/edit_gift_category",
                request,
                {
                    **unknown_fields,
                    "category_id": category_id,
                    "extension_info": extension_info,
                    "default_name": default_name,
                    "default_desc": default_desc,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_gift_info_list(
        self,
        request: GetGiftInfoListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftInfoListResponse: ...

    @overload
    async def get_gift_info_list(
        self,
        *,
        language: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGiftInfoListResponse: ...

    async def get_gift_info_list(
        self,
        request: GetGiftInfoListRequest | None = None,
        *,
        language: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGiftInfoListResponse:
        """List the gift catalogue.

        Returns every gift and category with their translations in one reply, as Tencent's console reads
        it.

        `POST /v4/live_engine_http_srv/get_gift_info_list`
        Not in the public docs: github:Tencent-RTC/TUILiveKit_Manager (TRTCApi.getGiftList = v4/live_engine_http_srv/get_gift_info_list)
        Idempotent: yes (Read-only.)

        Args:
            language: Language of Name/Desc in the reply; older console code sends zh, newer code an empty
                body.
        """
        return cast(
            "GetGiftInfoListResponse",
            await self._client._call(
                "live_engine_http_srv/get_gift_info_list",
                request,
                {
                    **unknown_fields,
                    "language": language,
                },
                extra_body,
                request_options,
            ),
        )
