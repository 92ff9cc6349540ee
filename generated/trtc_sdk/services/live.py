# generated from spec/live.yaml by `python -m codegen generate` - do not edit
"""Live (TUILiveKit): typed methods, one class per servicename (sync and async)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, Literal, overload

from trtc_sdk._runtime.service import AsyncService, SyncService
from trtc_sdk.models.live import (
    AddGiftCategoryRelationsRequest,
    AddGiftCategoryRelationsResponse,
    AddGiftCategoryRequest,
    AddGiftCategoryResponse,
    AddGiftRequest,
    AddGiftResponse,
    AddRobotRequest,
    AddRobotResponse,
    AdminOpType,
    BanMemberRequest,
    BanMemberResponse,
    BannedMember,
    BattleScoreOpType,
    BattleScoreParam,
    ChangeRoomOwnerRequest,
    ChangeRoomOwnerResponse,
    CopyDefaultGiftConfigRequest,
    CopyDefaultGiftConfigResponse,
    CreateBattleRequest,
    CreateBattleResponse,
    CreateRoomRequest,
    CreateRoomResponse,
    DeleteCallbackRequest,
    DeleteCallbackResponse,
    DeleteCallbackTokenRequest,
    DeleteCallbackTokenResponse,
    DelGiftCategoryLanguageRequest,
    DelGiftCategoryLanguageResponse,
    DelGiftCategoryRelationsRequest,
    DelGiftCategoryRelationsResponse,
    DelGiftCategoryRequest,
    DelGiftCategoryResponse,
    DelGiftLanguageRequest,
    DelGiftLanguageResponse,
    DelGiftRequest,
    DelGiftResponse,
    DelRobotRequest,
    DelRobotResponse,
    DelRoomMetadataRequest,
    DelRoomMetadataResponse,
    DestroyRoomRequest,
    DestroyRoomResponse,
    EditGiftCategoryRequest,
    EditGiftCategoryResponse,
    EditGiftRequest,
    EditGiftResponse,
    GetAdminListRequest,
    GetAdminListResponse,
    GetBannedMemberListRequest,
    GetBannedMemberListResponse,
    GetBattleInfoRequest,
    GetBattleInfoResponse,
    GetCallbackRequest,
    GetCallbackResponse,
    GetCallbackTokenRequest,
    GetCallbackTokenResponse,
    GetGiftCategoryLanguageRequest,
    GetGiftCategoryLanguageResponse,
    GetGiftCategoryRelationsRequest,
    GetGiftCategoryRelationsResponse,
    GetGiftCategoryRequest,
    GetGiftCategoryResponse,
    GetGiftCountRequest,
    GetGiftCountResponse,
    GetGiftInfoListRequest,
    GetGiftInfoListResponse,
    GetGiftLanguageRequest,
    GetGiftLanguageResponse,
    GetGiftRequest,
    GetGiftResponse,
    GetMemberListRequest,
    GetMemberListResponse,
    GetMutedMemberListRequest,
    GetMutedMemberListResponse,
    GetRobotRequest,
    GetRobotResponse,
    GetRoomInfoRequest,
    GetRoomInfoResponse,
    GetRoomListRequest,
    GetRoomListResponse,
    GetRoomMetadataRequest,
    GetRoomMetadataResponse,
    GetRoomStatisticRequest,
    GetRoomStatisticResponse,
    GetRoomStatsRequest,
    GetRoomStatsResponse,
    GiftLanguage,
    LiveCallbackCommand,
    LiveRoomListItem,
    LiveRoomUpdateParam,
    MetadataItemParam,
    ModifyAdminRequest,
    ModifyAdminResponse,
    MuteMemberRequest,
    MuteMemberResponse,
    NewLiveRoomInfoParam,
    ResumeMcuTaskRequest,
    ResumeMcuTaskResponse,
    RoomMember,
    SendCustomMsgRequest,
    SendCustomMsgResponse,
    SendGiftRequest,
    SendGiftResponse,
    SendTextMsgRequest,
    SendTextMsgResponse,
    SetBattleScoreRequest,
    SetBattleScoreResponse,
    SetCallbackRequest,
    SetCallbackResponse,
    SetCallbackTokenRequest,
    SetCallbackTokenResponse,
    SetGiftCategoryLanguageRequest,
    SetGiftCategoryLanguageResponse,
    SetGiftLanguageRequest,
    SetGiftLanguageResponse,
    SetRoomMetadataRequest,
    SetRoomMetadataResponse,
    UnbanMemberRequest,
    UnbanMemberResponse,
    UpdateCallbackRequest,
    UpdateCallbackResponse,
    UpdateRoomInfoRequest,
    UpdateRoomInfoResponse,
)


class LiveService(SyncService):
    """Live rooms, their members, messages, robots and the gift system. (`live_engine_http_srv`)"""

    @overload
    def create_room(
        self, request: CreateRoomRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> CreateRoomResponse: ...

    @overload
    def create_room(
        self,
        *,
        room_info: NewLiveRoomInfoParam,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateRoomResponse: ...

    def create_room(self, *args: Any, **params: Any) -> CreateRoomResponse:
        """Create a live room.

        Creates a live streaming or voice chat room with its seat layout, seat mode, visibility and chat
        settings; the room lives until it is dismissed.

        `POST /v4/live_engine_http_srv/create_room` - https://www.tencentcloud.com/document/product/1071/76885
        Idempotent: no (A resend after a success fails with 100003 or 100010 (the room exists), so it is not repeated automatically.)
        Rate limit: 200 requests/s.

        Args:
            room_info: Settings of the new room.
        """
        return self._client._call(
            "live_engine_http_srv/create_room", CreateRoomRequest, args, params, CreateRoomResponse
        )

    @overload
    def destroy_room(
        self, request: DestroyRoomRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DestroyRoomResponse: ...

    @overload
    def destroy_room(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DestroyRoomResponse: ...

    def destroy_room(self, *args: Any, **params: Any) -> DestroyRoomResponse:
        """Dismiss a live room.

        Dismisses a live room; newer replies carry the room's final interaction totals.

        `POST /v4/live_engine_http_srv/destroy_room` - https://trtc.io/document/63406
        Idempotent: yes (A dismissed room stays dismissed; a repeat answers 100004.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to dismiss.
        """
        return self._client._call(
            "live_engine_http_srv/destroy_room", DestroyRoomRequest, args, params, DestroyRoomResponse
        )

    @overload
    def update_room_info(
        self, request: UpdateRoomInfoRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> UpdateRoomInfoResponse: ...

    @overload
    def update_room_info(
        self,
        *,
        room_info: LiveRoomUpdateParam,
        extra_body: Mapping[str, Any] | None = None,
    ) -> UpdateRoomInfoResponse: ...

    def update_room_info(self, *args: Any, **params: Any) -> UpdateRoomInfoResponse:
        """Change a live room.

        Changes the name, member cap, chat switch, cover, tags, status, visibility, seat mode or notice
        of a live room.

        `POST /v4/live_engine_http_srv/update_room_info` - https://www.tencentcloud.com/document/product/647/63403
        Idempotent: yes (The given settings are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            room_info: The room and the settings to change.
        """
        return self._client._call(
            "live_engine_http_srv/update_room_info", UpdateRoomInfoRequest, args, params, UpdateRoomInfoResponse
        )

    @overload
    def get_room_info(
        self, request: GetRoomInfoRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetRoomInfoResponse: ...

    @overload
    def get_room_info(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetRoomInfoResponse: ...

    def get_room_info(self, *args: Any, **params: Any) -> GetRoomInfoResponse:
        """Get a live room.

        Returns the stored settings and counters of one live room.

        `POST /v4/live_engine_http_srv/get_room_info` - https://trtc.io/document/63404
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return self._client._call(
            "live_engine_http_srv/get_room_info", GetRoomInfoRequest, args, params, GetRoomInfoResponse
        )

    @overload
    def get_room_list(
        self, request: GetRoomListRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetRoomListResponse: ...

    @overload
    def get_room_list(
        self,
        *,
        next: str,
        count: int,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetRoomListResponse: ...

    def get_room_list(self, *args: Any, **params: Any) -> GetRoomListResponse:
        """List public live rooms.

        Pages through the app's public live rooms, most viewed first.

        `POST /v4/live_engine_http_srv/get_room_list` - https://trtc.io/document/63405
        Idempotent: yes (Read-only.)
        Rate limit: 10 requests/s.

        Args:
            next: Cursor: empty for the first page, then the Next of the previous reply.
            count: Rooms per page. Server default when omitted: 20.
        """
        return self._client._call(
            "live_engine_http_srv/get_room_list", GetRoomListRequest, args, params, GetRoomListResponse
        )

    def iter_get_room_list(
        self,
        *,
        count: int,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Iterator[LiveRoomListItem]:
        """Every item of `get_room_list`, fetching page after page as the iteration goes."""
        given = {
            "count": count,
            "extra_body": extra_body,
        }
        params = {key: value for key, value in given.items() if value is not None}
        return self._client._paginate(
            "live_engine_http_srv/get_room_list", GetRoomListRequest, params, GetRoomListResponse
        )

    @overload
    def get_room_metadata(
        self, request: GetRoomMetadataRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetRoomMetadataResponse: ...

    @overload
    def get_room_metadata(
        self,
        *,
        room_id: str,
        keys: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetRoomMetadataResponse: ...

    def get_room_metadata(self, *args: Any, **params: Any) -> GetRoomMetadataResponse:
        """Get room metadata.

        Returns the custom key/value metadata of a room, for the given keys or for all keys.

        `POST /v4/live_engine_http_srv/get_room_metadata` - https://trtc.io/document/64374
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
            keys: Keys to read; an empty list reads every key.
        """
        return self._client._call(
            "live_engine_http_srv/get_room_metadata", GetRoomMetadataRequest, args, params, GetRoomMetadataResponse
        )

    @overload
    def set_room_metadata(
        self, request: SetRoomMetadataRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> SetRoomMetadataResponse: ...

    @overload
    def set_room_metadata(
        self,
        *,
        room_id: str,
        metadata: Sequence[MetadataItemParam],
        extra_body: Mapping[str, Any] | None = None,
    ) -> SetRoomMetadataResponse: ...

    def set_room_metadata(self, *args: Any, **params: Any) -> SetRoomMetadataResponse:
        """Set room metadata.

        Adds metadata entries to a room or overwrites existing keys.

        `POST /v4/live_engine_http_srv/set_room_metadata` - https://trtc.io/document/64375
        Idempotent: yes (The same keys are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            metadata: Entries to add or overwrite; a room holds at most 10 keys and 16 KB of values.
        """
        return self._client._call(
            "live_engine_http_srv/set_room_metadata", SetRoomMetadataRequest, args, params, SetRoomMetadataResponse
        )

    @overload
    def del_room_metadata(
        self, request: DelRoomMetadataRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DelRoomMetadataResponse: ...

    @overload
    def del_room_metadata(
        self,
        *,
        room_id: str,
        keys: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
    ) -> DelRoomMetadataResponse: ...

    def del_room_metadata(self, *args: Any, **params: Any) -> DelRoomMetadataResponse:
        """Delete room metadata.

        Removes the given metadata keys from a room.

        `POST /v4/live_engine_http_srv/del_room_metadata` - https://trtc.io/document/64376
        Idempotent: yes (Deleting twice leaves the keys absent; the repeat answers 100503.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            keys: Keys to remove.
        """
        return self._client._call(
            "live_engine_http_srv/del_room_metadata", DelRoomMetadataRequest, args, params, DelRoomMetadataResponse
        )

    @overload
    def resume_mcu_task(
        self, request: ResumeMcuTaskRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> ResumeMcuTaskResponse: ...

    @overload
    def resume_mcu_task(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ResumeMcuTaskResponse: ...

    def resume_mcu_task(self, *args: Any, **params: Any) -> ResumeMcuTaskResponse:
        """Resume stream mixing.

        Restores the mixed-stream layout of a large room; every mixed host must be on a seat.

        `POST /v4/live_engine_http_srv/resume_mcu_task` - https://www.tencentcloud.com/document/product/1071/76894
        Idempotent: yes (Restoring the layout again leaves the same layout.)
        Rate limit: 20 requests/s.

        Args:
            room_id: Room whose mixing layout is restored.
        """
        return self._client._call(
            "live_engine_http_srv/resume_mcu_task", ResumeMcuTaskRequest, args, params, ResumeMcuTaskResponse
        )

    @overload
    def get_room_stats(
        self, request: GetRoomStatsRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetRoomStatsResponse: ...

    @overload
    def get_room_stats(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetRoomStatsResponse: ...

    def get_room_stats(self, *args: Any, **params: Any) -> GetRoomStatsResponse:
        """Get room statistics.

        Returns the cumulative viewer, gift, like and message totals of a room.

        `POST /v4/live_engine_http_srv/get_room_stats` - https://trtc.io/document/80421
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.

        Args:
            room_id: Room to read.
        """
        return self._client._call(
            "live_engine_http_srv/get_room_stats", GetRoomStatsRequest, args, params, GetRoomStatsResponse
        )

    @overload
    def get_room_statistic(
        self, request: GetRoomStatisticRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetRoomStatisticResponse: ...

    @overload
    def get_room_statistic(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetRoomStatisticResponse: ...

    def get_room_statistic(self, *args: Any, **params: Any) -> GetRoomStatisticResponse:
        """Get room statistics (console variant).

        The statistics command as Tencent's TUILiveKit_Manager console calls it; same body and fields as
        get_room_stats.

        `POST /v4/live_engine_http_srv/get_room_statistic`
        Not in the public docs: github:Tencent-RTC/TUILiveKit_Manager (TRTCApi.getRoomStatistic = v4/live_engine_http_srv/get_room_statistic)
        Idempotent: yes (Read-only.)

        Args:
            room_id: Room to read.
        """
        return self._client._call(
            "live_engine_http_srv/get_room_statistic", GetRoomStatisticRequest, args, params, GetRoomStatisticResponse
        )

    @overload
    def get_admin_list(
        self, request: GetAdminListRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetAdminListResponse: ...

    @overload
    def get_admin_list(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetAdminListResponse: ...

    def get_admin_list(self, *args: Any, **params: Any) -> GetAdminListResponse:
        """List room administrators.

        Returns the user IDs holding the administrator role in a room.

        `POST /v4/live_engine_http_srv/get_admin_list` - https://trtc.io/document/63425
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return self._client._call(
            "live_engine_http_srv/get_admin_list", GetAdminListRequest, args, params, GetAdminListResponse
        )

    @overload
    def modify_admin(
        self, request: ModifyAdminRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> ModifyAdminResponse: ...

    @overload
    def modify_admin(
        self,
        *,
        room_id: str,
        admin_account: Sequence[str],
        op_type: AdminOpType | Literal["add", "delete"],
        extra_body: Mapping[str, Any] | None = None,
    ) -> ModifyAdminResponse: ...

    def modify_admin(self, *args: Any, **params: Any) -> ModifyAdminResponse:
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
        return self._client._call(
            "live_engine_http_srv/modify_admin", ModifyAdminRequest, args, params, ModifyAdminResponse
        )

    @overload
    def change_room_owner(
        self, request: ChangeRoomOwnerRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> ChangeRoomOwnerResponse: ...

    @overload
    def change_room_owner(
        self,
        *,
        room_id: str,
        new_owner_account: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ChangeRoomOwnerResponse: ...

    def change_room_owner(self, *args: Any, **params: Any) -> ChangeRoomOwnerResponse:
        """Transfer room ownership.

        Makes another user the owner of a live room.

        `POST /v4/live_engine_http_srv/change_room_owner` - https://trtc.io/document/72534
        Idempotent: yes (Transferring to the same user again leaves the same owner.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            new_owner_account: User who becomes the owner.
        """
        return self._client._call(
            "live_engine_http_srv/change_room_owner", ChangeRoomOwnerRequest, args, params, ChangeRoomOwnerResponse
        )

    @overload
    def ban_member(
        self, request: BanMemberRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> BanMemberResponse: ...

    def ban_member(self, *args: Any, **params: Any) -> BanMemberResponse:
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
        return self._client._call("live_engine_http_srv/ban_member", BanMemberRequest, args, params, BanMemberResponse)

    @overload
    def unban_member(
        self, request: UnbanMemberRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> UnbanMemberResponse: ...

    @overload
    def unban_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
    ) -> UnbanMemberResponse: ...

    def unban_member(self, *args: Any, **params: Any) -> UnbanMemberResponse:
        """Unban room members.

        Lifts the ban of up to 20 users of a room.

        `POST /v4/live_engine_http_srv/unban_member` - https://trtc.io/document/63426
        Idempotent: yes (Lifting a ban twice leaves the users unbanned.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            member_list_account: Users to unban.
        """
        return self._client._call(
            "live_engine_http_srv/unban_member", UnbanMemberRequest, args, params, UnbanMemberResponse
        )

    @overload
    def get_banned_member_list(
        self, request: GetBannedMemberListRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetBannedMemberListResponse: ...

    @overload
    def get_banned_member_list(
        self,
        *,
        room_id: str,
        offset: int | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetBannedMemberListResponse: ...

    def get_banned_member_list(self, *args: Any, **params: Any) -> GetBannedMemberListResponse:
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
        return self._client._call(
            "live_engine_http_srv/get_banned_member_list",
            GetBannedMemberListRequest,
            args,
            params,
            GetBannedMemberListResponse,
        )

    def iter_get_banned_member_list(
        self,
        *,
        room_id: str,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Iterator[BannedMember]:
        """Every item of `get_banned_member_list`, fetching page after page as the iteration goes."""
        given = {
            "room_id": room_id,
            "limit": limit,
            "extra_body": extra_body,
        }
        params = {key: value for key, value in given.items() if value is not None}
        return self._client._paginate(
            "live_engine_http_srv/get_banned_member_list",
            GetBannedMemberListRequest,
            params,
            GetBannedMemberListResponse,
        )

    @overload
    def mute_member(
        self, request: MuteMemberRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> MuteMemberResponse: ...

    @overload
    def mute_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        mute_time: int,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MuteMemberResponse: ...

    def mute_member(self, *args: Any, **params: Any) -> MuteMemberResponse:
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
        return self._client._call(
            "live_engine_http_srv/mute_member", MuteMemberRequest, args, params, MuteMemberResponse
        )

    @overload
    def get_muted_member_list(
        self, request: GetMutedMemberListRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetMutedMemberListResponse: ...

    @overload
    def get_muted_member_list(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetMutedMemberListResponse: ...

    def get_muted_member_list(self, *args: Any, **params: Any) -> GetMutedMemberListResponse:
        """List muted members.

        Returns the users muted in a room with the end of each mute.

        `POST /v4/live_engine_http_srv/get_muted_member_list` - https://trtc.io/document/69894
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return self._client._call(
            "live_engine_http_srv/get_muted_member_list",
            GetMutedMemberListRequest,
            args,
            params,
            GetMutedMemberListResponse,
        )

    @overload
    def get_member_list(
        self, request: GetMemberListRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetMemberListResponse: ...

    @overload
    def get_member_list(
        self,
        *,
        room_id: str,
        next: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetMemberListResponse: ...

    def get_member_list(self, *args: Any, **params: Any) -> GetMemberListResponse:
        """List online room members.

        Pages through the online members of a live room and reports the member count.

        `POST /v4/live_engine_http_srv/get_member_list` - https://trtc.io/document/66908
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
            next: Cursor: empty for the first page, then the Next of the previous reply.
        """
        return self._client._call(
            "live_engine_http_srv/get_member_list", GetMemberListRequest, args, params, GetMemberListResponse
        )

    def iter_get_member_list(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Iterator[RoomMember]:
        """Every item of `get_member_list`, fetching page after page as the iteration goes."""
        given = {
            "room_id": room_id,
            "extra_body": extra_body,
        }
        params = {key: value for key, value in given.items() if value is not None}
        return self._client._paginate(
            "live_engine_http_srv/get_member_list", GetMemberListRequest, params, GetMemberListResponse
        )

    @overload
    def send_text_msg(
        self, request: SendTextMsgRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> SendTextMsgResponse: ...

    def send_text_msg(self, *args: Any, **params: Any) -> SendTextMsgResponse:
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
        return self._client._call(
            "live_engine_http_srv/send_text_msg", SendTextMsgRequest, args, params, SendTextMsgResponse
        )

    @overload
    def send_custom_msg(
        self, request: SendCustomMsgRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> SendCustomMsgResponse: ...

    def send_custom_msg(self, *args: Any, **params: Any) -> SendCustomMsgResponse:
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
        return self._client._call(
            "live_engine_http_srv/send_custom_msg", SendCustomMsgRequest, args, params, SendCustomMsgResponse
        )

    @overload
    def add_robot(
        self, request: AddRobotRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> AddRobotResponse: ...

    @overload
    def add_robot(
        self,
        *,
        room_id: str,
        robot_list_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
    ) -> AddRobotResponse: ...

    def add_robot(self, *args: Any, **params: Any) -> AddRobotResponse:
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
        return self._client._call("live_engine_http_srv/add_robot", AddRobotRequest, args, params, AddRobotResponse)

    @overload
    def del_robot(
        self, request: DelRobotRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DelRobotResponse: ...

    @overload
    def del_robot(
        self,
        *,
        room_id: str,
        robot_list_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
    ) -> DelRobotResponse: ...

    def del_robot(self, *args: Any, **params: Any) -> DelRobotResponse:
        """Remove robots from a room.

        Removes the given robot accounts from a live room.

        `POST /v4/live_engine_http_srv/del_robot` - https://trtc.io/document/69080
        Idempotent: yes (Removing twice leaves the robots out of the room.)
        Rate limit: 100 requests/s.

        Args:
            room_id: Room to change.
            robot_list_account: Robot user IDs to remove.
        """
        return self._client._call("live_engine_http_srv/del_robot", DelRobotRequest, args, params, DelRobotResponse)

    @overload
    def get_robot(
        self, request: GetRobotRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetRobotResponse: ...

    @overload
    def get_robot(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetRobotResponse: ...

    def get_robot(self, *args: Any, **params: Any) -> GetRobotResponse:
        """List robots in a room.

        Returns the robot accounts present in a live room.

        `POST /v4/live_engine_http_srv/get_robot` - https://trtc.io/document/69081
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.

        Args:
            room_id: Room to read.
        """
        return self._client._call("live_engine_http_srv/get_robot", GetRobotRequest, args, params, GetRobotResponse)

    @overload
    def add_gift(
        self, request: AddGiftRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> AddGiftResponse: ...

    def add_gift(self, *args: Any, **params: Any) -> AddGiftResponse:
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
        return self._client._call("live_engine_http_srv/add_gift", AddGiftRequest, args, params, AddGiftResponse)

    @overload
    def get_gift(
        self, request: GetGiftRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetGiftResponse: ...

    @overload
    def get_gift(
        self,
        *,
        gift_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetGiftResponse: ...

    def get_gift(self, *args: Any, **params: Any) -> GetGiftResponse:
        """Get a gift.

        Returns the stored definition of one gift.

        `POST /v4/live_engine_http_srv/get_gift` - https://trtc.io/document/72846
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to read.
        """
        return self._client._call("live_engine_http_srv/get_gift", GetGiftRequest, args, params, GetGiftResponse)

    @overload
    def del_gift(
        self, request: DelGiftRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DelGiftResponse: ...

    @overload
    def del_gift(
        self,
        *,
        gift_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DelGiftResponse: ...

    def del_gift(self, *args: Any, **params: Any) -> DelGiftResponse:
        """Delete a gift.

        Deletes a gift with its translations and category links; deleting a missing gift succeeds.

        `POST /v4/live_engine_http_srv/del_gift` - https://trtc.io/document/72847
        Idempotent: yes (The page says deleting a gift that does not exist succeeds.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to delete.
        """
        return self._client._call("live_engine_http_srv/del_gift", DelGiftRequest, args, params, DelGiftResponse)

    @overload
    def add_gift_category(
        self, request: AddGiftCategoryRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> AddGiftCategoryResponse: ...

    def add_gift_category(self, *args: Any, **params: Any) -> AddGiftCategoryResponse:
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
        return self._client._call(
            "live_engine_http_srv/add_gift_category", AddGiftCategoryRequest, args, params, AddGiftCategoryResponse
        )

    @overload
    def get_gift_category(
        self, request: GetGiftCategoryRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetGiftCategoryResponse: ...

    @overload
    def get_gift_category(
        self,
        *,
        category_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetGiftCategoryResponse: ...

    def get_gift_category(self, *args: Any, **params: Any) -> GetGiftCategoryResponse:
        """Get a gift category.

        Returns the stored definition of one gift category.

        `POST /v4/live_engine_http_srv/get_gift_category` - https://trtc.io/document/72849
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to read.
        """
        return self._client._call(
            "live_engine_http_srv/get_gift_category", GetGiftCategoryRequest, args, params, GetGiftCategoryResponse
        )

    @overload
    def del_gift_category(
        self, request: DelGiftCategoryRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DelGiftCategoryResponse: ...

    @overload
    def del_gift_category(
        self,
        *,
        category_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DelGiftCategoryResponse: ...

    def del_gift_category(self, *args: Any, **params: Any) -> DelGiftCategoryResponse:
        """Delete a gift category.

        Deletes a gift category with its translations and gift links.

        `POST /v4/live_engine_http_srv/del_gift_category` - https://trtc.io/document/72850
        Idempotent: yes (Deleting twice leaves the category absent.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to delete.
        """
        return self._client._call(
            "live_engine_http_srv/del_gift_category", DelGiftCategoryRequest, args, params, DelGiftCategoryResponse
        )

    @overload
    def add_gift_category_relations(
        self, request: AddGiftCategoryRelationsRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> AddGiftCategoryRelationsResponse: ...

    @overload
    def add_gift_category_relations(
        self,
        *,
        category_id: str,
        gift_id_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
    ) -> AddGiftCategoryRelationsResponse: ...

    def add_gift_category_relations(self, *args: Any, **params: Any) -> AddGiftCategoryRelationsResponse:
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
        return self._client._call(
            "live_engine_http_srv/add_gift_category_relations",
            AddGiftCategoryRelationsRequest,
            args,
            params,
            AddGiftCategoryRelationsResponse,
        )

    @overload
    def del_gift_category_relations(
        self, request: DelGiftCategoryRelationsRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DelGiftCategoryRelationsResponse: ...

    @overload
    def del_gift_category_relations(
        self,
        *,
        category_id: str,
        gift_id_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
    ) -> DelGiftCategoryRelationsResponse: ...

    def del_gift_category_relations(self, *args: Any, **params: Any) -> DelGiftCategoryRelationsResponse:
        """Unlink gifts from a category.

        Removes the given gifts from a category.

        `POST /v4/live_engine_http_srv/del_gift_category_relations` - https://trtc.io/document/72852
        Idempotent: yes (Unlinking twice leaves the gifts unlinked.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to change.
            gift_id_list: Gifts to unlink.
        """
        return self._client._call(
            "live_engine_http_srv/del_gift_category_relations",
            DelGiftCategoryRelationsRequest,
            args,
            params,
            DelGiftCategoryRelationsResponse,
        )

    @overload
    def get_gift_category_relations(
        self, request: GetGiftCategoryRelationsRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetGiftCategoryRelationsResponse: ...

    @overload
    def get_gift_category_relations(
        self,
        *,
        category_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetGiftCategoryRelationsResponse: ...

    def get_gift_category_relations(self, *args: Any, **params: Any) -> GetGiftCategoryRelationsResponse:
        """List the gifts of a category.

        Returns the gift IDs linked to a category.

        `POST /v4/live_engine_http_srv/get_gift_category_relations` - https://trtc.io/document/72853
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to read.
        """
        return self._client._call(
            "live_engine_http_srv/get_gift_category_relations",
            GetGiftCategoryRelationsRequest,
            args,
            params,
            GetGiftCategoryRelationsResponse,
        )

    @overload
    def set_gift_language(
        self, request: SetGiftLanguageRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> SetGiftLanguageResponse: ...

    def set_gift_language(self, *args: Any, **params: Any) -> SetGiftLanguageResponse:
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
        return self._client._call(
            "live_engine_http_srv/set_gift_language", SetGiftLanguageRequest, args, params, SetGiftLanguageResponse
        )

    @overload
    def get_gift_language(
        self, request: GetGiftLanguageRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetGiftLanguageResponse: ...

    @overload
    def get_gift_language(
        self,
        *,
        gift_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetGiftLanguageResponse: ...

    def get_gift_language(self, *args: Any, **params: Any) -> GetGiftLanguageResponse:
        """Get a gift translation.

        Returns the name and description of a gift in one language.

        `POST /v4/live_engine_http_srv/get_gift_language` - https://trtc.io/document/72855
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to read.
            language: Language to read.
        """
        return self._client._call(
            "live_engine_http_srv/get_gift_language", GetGiftLanguageRequest, args, params, GetGiftLanguageResponse
        )

    @overload
    def del_gift_language(
        self, request: DelGiftLanguageRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DelGiftLanguageResponse: ...

    @overload
    def del_gift_language(
        self,
        *,
        gift_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        extra_body: Mapping[str, Any] | None = None,
    ) -> DelGiftLanguageResponse: ...

    def del_gift_language(self, *args: Any, **params: Any) -> DelGiftLanguageResponse:
        """Delete a gift translation.

        Removes the texts of a gift in one language.

        `POST /v4/live_engine_http_srv/del_gift_language` - https://trtc.io/document/72856
        Idempotent: yes (Deleting twice leaves the translation absent.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to change.
            language: Language to remove.
        """
        return self._client._call(
            "live_engine_http_srv/del_gift_language", DelGiftLanguageRequest, args, params, DelGiftLanguageResponse
        )

    @overload
    def set_gift_category_language(
        self, request: SetGiftCategoryLanguageRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> SetGiftCategoryLanguageResponse: ...

    def set_gift_category_language(self, *args: Any, **params: Any) -> SetGiftCategoryLanguageResponse:
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
        return self._client._call(
            "live_engine_http_srv/set_gift_category_language",
            SetGiftCategoryLanguageRequest,
            args,
            params,
            SetGiftCategoryLanguageResponse,
        )

    @overload
    def get_gift_category_language(
        self, request: GetGiftCategoryLanguageRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetGiftCategoryLanguageResponse: ...

    @overload
    def get_gift_category_language(
        self,
        *,
        category_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetGiftCategoryLanguageResponse: ...

    def get_gift_category_language(self, *args: Any, **params: Any) -> GetGiftCategoryLanguageResponse:
        """Get a gift category translation.

        Returns the name and description of a category in one language.

        `POST /v4/live_engine_http_srv/get_gift_category_language` - https://trtc.io/document/72858
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to read.
            language: Language to read.
        """
        return self._client._call(
            "live_engine_http_srv/get_gift_category_language",
            GetGiftCategoryLanguageRequest,
            args,
            params,
            GetGiftCategoryLanguageResponse,
        )

    @overload
    def del_gift_category_language(
        self, request: DelGiftCategoryLanguageRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DelGiftCategoryLanguageResponse: ...

    @overload
    def del_gift_category_language(
        self,
        *,
        category_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        extra_body: Mapping[str, Any] | None = None,
    ) -> DelGiftCategoryLanguageResponse: ...

    def del_gift_category_language(self, *args: Any, **params: Any) -> DelGiftCategoryLanguageResponse:
        """Delete a gift category translation.

        Removes the texts of a category in one language.

        `POST /v4/live_engine_http_srv/del_gift_category_language` - https://trtc.io/document/72859
        Idempotent: yes (Deleting twice leaves the translation absent.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to change.
            language: Language to remove.
        """
        return self._client._call(
            "live_engine_http_srv/del_gift_category_language",
            DelGiftCategoryLanguageRequest,
            args,
            params,
            DelGiftCategoryLanguageResponse,
        )

    @overload
    def send_gift(
        self, request: SendGiftRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> SendGiftResponse: ...

    def send_gift(self, *args: Any, **params: Any) -> SendGiftResponse:
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
        return self._client._call("live_engine_http_srv/send_gift", SendGiftRequest, args, params, SendGiftResponse)

    @overload
    def get_gift_count(
        self, request: GetGiftCountRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetGiftCountResponse: ...

    @overload
    def get_gift_count(
        self,
        *,
        room_id: str,
        from_account: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetGiftCountResponse: ...

    def get_gift_count(self, *args: Any, **params: Any) -> GetGiftCountResponse:
        """Get gift totals of a user.

        Returns gift totals (count, coin value, distinct senders) of a user in a room.

        `POST /v4/live_engine_http_srv/get_gift_count` - https://trtc.io/document/72557
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
            from_account: User the totals are for.
        """
        return self._client._call(
            "live_engine_http_srv/get_gift_count", GetGiftCountRequest, args, params, GetGiftCountResponse
        )

    def copy_default_gift_config(
        self, request: CopyDefaultGiftConfigRequest | None = None, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> CopyDefaultGiftConfigResponse:
        """Install the default gift catalogue.

        Copies Tencent's default gift setup (3 categories, 15 gifts) into an app that has no gift
        configuration yet.

        `POST /v4/live_engine_http_srv/copy_default_gift_config` - https://trtc.io/document/74360
        Idempotent: no (Allowed only while the app has no gift configuration, so a resend after a success is refused.)
        Rate limit: 0.1 requests/s.
        """
        params = {"extra_body": extra_body} if extra_body else {}
        return self._client._call(
            "live_engine_http_srv/copy_default_gift_config",
            CopyDefaultGiftConfigRequest,
            (request,) if request else (),
            params,
            CopyDefaultGiftConfigResponse,
        )

    @overload
    def edit_gift(
        self, request: EditGiftRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> EditGiftResponse: ...

    def edit_gift(self, *args: Any, **params: Any) -> EditGiftResponse:
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
        return self._client._call("live_engine_http_srv/edit_gift", EditGiftRequest, args, params, EditGiftResponse)

    @overload
    def edit_gift_category(
        self, request: EditGiftCategoryRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> EditGiftCategoryResponse: ...

    def edit_gift_category(self, *args: Any, **params: Any) -> EditGiftCategoryResponse:
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
        return self._client._call(
            "live_engine_http_srv/edit_gift_category", EditGiftCategoryRequest, args, params, EditGiftCategoryResponse
        )

    @overload
    def get_gift_info_list(
        self, request: GetGiftInfoListRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetGiftInfoListResponse: ...

    @overload
    def get_gift_info_list(
        self,
        *,
        language: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetGiftInfoListResponse: ...

    def get_gift_info_list(self, *args: Any, **params: Any) -> GetGiftInfoListResponse:
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
        return self._client._call(
            "live_engine_http_srv/get_gift_info_list", GetGiftInfoListRequest, args, params, GetGiftInfoListResponse
        )


class LivePkService(SyncService):
    """PK battles between connected live rooms. (`live_engine_http_pk`)"""

    @overload
    def create_battle(
        self, request: CreateBattleRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> CreateBattleResponse: ...

    @overload
    def create_battle(
        self,
        *,
        from_room_id: str,
        to_room_id_list: Sequence[str],
        duration: int,
        extension_info: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateBattleResponse: ...

    def create_battle(self, *args: Any, **params: Any) -> CreateBattleResponse:
        """Start a PK battle.

        Starts a timed battle between a room and one or more invited rooms; the rooms must already be
        connected, which this command does not check.

        `POST /v4/live_engine_http_pk/create_battle` - https://trtc.io/document/68254
        Idempotent: no (Each call starts another battle.)
        Rate limit: 200 requests/s.

        Args:
            from_room_id: Room that starts the battle.
            to_room_id_list: Rooms invited to the battle.
            duration: Length of the battle. Unit: milliseconds.
            extension_info: App-defined data of the battle.
        """
        return self._client._call(
            "live_engine_http_pk/create_battle", CreateBattleRequest, args, params, CreateBattleResponse
        )

    @overload
    def set_battle_score(
        self, request: SetBattleScoreRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> SetBattleScoreResponse: ...

    @overload
    def set_battle_score(
        self,
        *,
        battle_id: str,
        op_type: BattleScoreOpType | Literal[1, 2],
        score_list: Sequence[BattleScoreParam],
        extra_body: Mapping[str, Any] | None = None,
    ) -> SetBattleScoreResponse: ...

    def set_battle_score(self, *args: Any, **params: Any) -> SetBattleScoreResponse:
        """Set PK scores.

        Adds to or overwrites the scores of rooms in a battle.

        `POST /v4/live_engine_http_pk/set_battle_score` - https://trtc.io/document/68255
        Idempotent: no (With OpType 1 each call adds the scores again.)
        Rate limit: 200 requests/s.

        Args:
            battle_id: Battle to score.
            op_type: Add to or replace the current scores. The server may also send it as string.
            score_list: Scores per room.
        """
        return self._client._call(
            "live_engine_http_pk/set_battle_score", SetBattleScoreRequest, args, params, SetBattleScoreResponse
        )

    @overload
    def get_battle_info(
        self, request: GetBattleInfoRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetBattleInfoResponse: ...

    @overload
    def get_battle_info(
        self,
        *,
        battle_id: str,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetBattleInfoResponse: ...

    def get_battle_info(self, *args: Any, **params: Any) -> GetBattleInfoResponse:
        """Get a PK battle.

        Returns the timing, state and rooms (with scores) of a battle.

        `POST /v4/live_engine_http_pk/get_battle_info` - https://trtc.io/document/68256
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            battle_id: Battle to read.
            room_id: Room whose ongoing battle to read when the battle ID is unknown (2025 pages only).
        """
        return self._client._call(
            "live_engine_http_pk/get_battle_info", GetBattleInfoRequest, args, params, GetBattleInfoResponse
        )


class LiveConfigService(SyncService):
    """Webhook configuration for Live events. (`live_config`)"""

    @overload
    def set_callback(
        self, request: SetCallbackRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> SetCallbackResponse: ...

    @overload
    def set_callback(
        self,
        *,
        url: str,
        callback_command_list: Sequence[
            LiveCallbackCommand
            | Literal[
                "Live.CallbackAfterCreateRoom",
                "Live.CallbackAfterDestroyRoom",
                "Live.CallbackAfterUpdateRoomInfo",
                "Live.CallbackAfterSetMetadata",
                "Live.CallbackAfterDelMetadata",
                "Live.CallbackAfterMemberStateChanged",
                "Live.CallbackAfterChangeOwner",
                "Live.CallbackAfterModifyAdmin",
                "Mic.CallbackAfterSeatInfoChanged",
                "Live.CallbackAfterCreateBattle",
                "Live.CallbackAfterStartBattle",
                "Live.CallbackAfterEndBattle",
                "Live.CallbackBeforeSendGift",
                "Live.CallbackBeforeCallBackNotBlock",
            ]
            | str
        ],
        extra_body: Mapping[str, Any] | None = None,
    ) -> SetCallbackResponse: ...

    def set_callback(self, *args: Any, **params: Any) -> SetCallbackResponse:
        """Create the webhook configuration.

        Creates the webhook URL and the Live events delivered to it; fails if a configuration exists.

        `POST /v4/live_config/set_callback` - https://trtc.io/document/64420
        Idempotent: yes (A repeat after a success answers 100300 and leaves the configuration as set.)
        Rate limit: 200 requests/s.

        Args:
            url: Webhook endpoint; https is advised.
            callback_command_list: Events to deliver.
        """
        return self._client._call("live_config/set_callback", SetCallbackRequest, args, params, SetCallbackResponse)

    @overload
    def update_callback(
        self, request: UpdateCallbackRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> UpdateCallbackResponse: ...

    @overload
    def update_callback(
        self,
        *,
        url: str,
        callback_command_list: Sequence[
            LiveCallbackCommand
            | Literal[
                "Live.CallbackAfterCreateRoom",
                "Live.CallbackAfterDestroyRoom",
                "Live.CallbackAfterUpdateRoomInfo",
                "Live.CallbackAfterSetMetadata",
                "Live.CallbackAfterDelMetadata",
                "Live.CallbackAfterMemberStateChanged",
                "Live.CallbackAfterChangeOwner",
                "Live.CallbackAfterModifyAdmin",
                "Mic.CallbackAfterSeatInfoChanged",
                "Live.CallbackAfterCreateBattle",
                "Live.CallbackAfterStartBattle",
                "Live.CallbackAfterEndBattle",
                "Live.CallbackBeforeSendGift",
                "Live.CallbackBeforeCallBackNotBlock",
            ]
            | str
        ],
        extra_body: Mapping[str, Any] | None = None,
    ) -> UpdateCallbackResponse: ...

    def update_callback(self, *args: Any, **params: Any) -> UpdateCallbackResponse:
        """Change the webhook configuration.

        Replaces the webhook URL and the Live events delivered to it.

        `POST /v4/live_config/update_callback` - https://trtc.io/document/64419
        Idempotent: yes (The configuration is overwritten with the same value.)
        Rate limit: 200 requests/s.

        Args:
            url: Webhook endpoint; https is advised.
            callback_command_list: Events to deliver.
        """
        return self._client._call(
            "live_config/update_callback", UpdateCallbackRequest, args, params, UpdateCallbackResponse
        )

    def get_callback(
        self, request: GetCallbackRequest | None = None, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetCallbackResponse:
        """Get the webhook configuration.

        Returns the webhook URL and the subscribed Live events.

        `POST /v4/live_config/get_callback` - https://trtc.io/document/64418
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        params = {"extra_body": extra_body} if extra_body else {}
        return self._client._call(
            "live_config/get_callback", GetCallbackRequest, (request,) if request else (), params, GetCallbackResponse
        )

    def delete_callback(
        self, request: DeleteCallbackRequest | None = None, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DeleteCallbackResponse:
        """Delete the webhook configuration.

        Removes the webhook configuration; no more Live events are delivered.

        `POST /v4/live_config/delete_callback` - https://trtc.io/document/64421
        Idempotent: yes (Deleting twice leaves no configuration either way.)
        Rate limit: 200 requests/s.
        """
        params = {"extra_body": extra_body} if extra_body else {}
        return self._client._call(
            "live_config/delete_callback",
            DeleteCallbackRequest,
            (request,) if request else (),
            params,
            DeleteCallbackResponse,
        )

    @overload
    def set_callback_token(
        self, request: SetCallbackTokenRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> SetCallbackTokenResponse: ...

    @overload
    def set_callback_token(
        self,
        *,
        token: str | None = None,
        is_token_enable: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SetCallbackTokenResponse: ...

    def set_callback_token(self, *args: Any, **params: Any) -> SetCallbackTokenResponse:
        """Set the webhook authentication token.

        Creates or changes the token that signs webhook requests and switches webhook authentication on
        or off.

        `POST /v4/live_config/set_callback_token` - https://trtc.io/document/69528
        Idempotent: yes (The token setting is overwritten with the same value.)
        Rate limit: 200 requests/s.

        Args:
            token: Token value; required when no token exists yet. A credential, never logged.
            is_token_enable: Whether webhook authentication is on; required when no token exists yet.
        """
        return self._client._call(
            "live_config/set_callback_token", SetCallbackTokenRequest, args, params, SetCallbackTokenResponse
        )

    def get_callback_token(
        self, request: GetCallbackTokenRequest | None = None, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetCallbackTokenResponse:
        """Get the webhook authentication token.

        Returns the webhook authentication token and whether authentication is on.

        `POST /v4/live_config/get_callback_token` - https://trtc.io/document/69529
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        params = {"extra_body": extra_body} if extra_body else {}
        return self._client._call(
            "live_config/get_callback_token",
            GetCallbackTokenRequest,
            (request,) if request else (),
            params,
            GetCallbackTokenResponse,
        )

    def delete_callback_token(
        self, request: DeleteCallbackTokenRequest | None = None, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DeleteCallbackTokenResponse:
        """Delete the webhook authentication token.

        Removes the webhook authentication token configuration.

        `POST /v4/live_config/delete_callback_token` - https://www.tencentcloud.com/document/product/1071/78182
        Idempotent: yes (Deleting twice leaves no token either way.)
        Rate limit: 200 requests/s.
        """
        params = {"extra_body": extra_body} if extra_body else {}
        return self._client._call(
            "live_config/delete_callback_token",
            DeleteCallbackTokenRequest,
            (request,) if request else (),
            params,
            DeleteCallbackTokenResponse,
        )


class AsyncLiveService(AsyncService):
    """Live rooms, their members, messages, robots and the gift system. (`live_engine_http_srv`)"""

    @overload
    async def create_room(
        self, request: CreateRoomRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> CreateRoomResponse: ...

    @overload
    async def create_room(
        self,
        *,
        room_info: NewLiveRoomInfoParam,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateRoomResponse: ...

    async def create_room(self, *args: Any, **params: Any) -> CreateRoomResponse:
        """Create a live room.

        Creates a live streaming or voice chat room with its seat layout, seat mode, visibility and chat
        settings; the room lives until it is dismissed.

        `POST /v4/live_engine_http_srv/create_room` - https://www.tencentcloud.com/document/product/1071/76885
        Idempotent: no (A resend after a success fails with 100003 or 100010 (the room exists), so it is not repeated automatically.)
        Rate limit: 200 requests/s.

        Args:
            room_info: Settings of the new room.
        """
        return await self._client._call(
            "live_engine_http_srv/create_room", CreateRoomRequest, args, params, CreateRoomResponse
        )

    @overload
    async def destroy_room(
        self, request: DestroyRoomRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DestroyRoomResponse: ...

    @overload
    async def destroy_room(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DestroyRoomResponse: ...

    async def destroy_room(self, *args: Any, **params: Any) -> DestroyRoomResponse:
        """Dismiss a live room.

        Dismisses a live room; newer replies carry the room's final interaction totals.

        `POST /v4/live_engine_http_srv/destroy_room` - https://trtc.io/document/63406
        Idempotent: yes (A dismissed room stays dismissed; a repeat answers 100004.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to dismiss.
        """
        return await self._client._call(
            "live_engine_http_srv/destroy_room", DestroyRoomRequest, args, params, DestroyRoomResponse
        )

    @overload
    async def update_room_info(
        self, request: UpdateRoomInfoRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> UpdateRoomInfoResponse: ...

    @overload
    async def update_room_info(
        self,
        *,
        room_info: LiveRoomUpdateParam,
        extra_body: Mapping[str, Any] | None = None,
    ) -> UpdateRoomInfoResponse: ...

    async def update_room_info(self, *args: Any, **params: Any) -> UpdateRoomInfoResponse:
        """Change a live room.

        Changes the name, member cap, chat switch, cover, tags, status, visibility, seat mode or notice
        of a live room.

        `POST /v4/live_engine_http_srv/update_room_info` - https://www.tencentcloud.com/document/product/647/63403
        Idempotent: yes (The given settings are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            room_info: The room and the settings to change.
        """
        return await self._client._call(
            "live_engine_http_srv/update_room_info", UpdateRoomInfoRequest, args, params, UpdateRoomInfoResponse
        )

    @overload
    async def get_room_info(
        self, request: GetRoomInfoRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetRoomInfoResponse: ...

    @overload
    async def get_room_info(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetRoomInfoResponse: ...

    async def get_room_info(self, *args: Any, **params: Any) -> GetRoomInfoResponse:
        """Get a live room.

        Returns the stored settings and counters of one live room.

        `POST /v4/live_engine_http_srv/get_room_info` - https://trtc.io/document/63404
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return await self._client._call(
            "live_engine_http_srv/get_room_info", GetRoomInfoRequest, args, params, GetRoomInfoResponse
        )

    @overload
    async def get_room_list(
        self, request: GetRoomListRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetRoomListResponse: ...

    @overload
    async def get_room_list(
        self,
        *,
        next: str,
        count: int,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetRoomListResponse: ...

    async def get_room_list(self, *args: Any, **params: Any) -> GetRoomListResponse:
        """List public live rooms.

        Pages through the app's public live rooms, most viewed first.

        `POST /v4/live_engine_http_srv/get_room_list` - https://trtc.io/document/63405
        Idempotent: yes (Read-only.)
        Rate limit: 10 requests/s.

        Args:
            next: Cursor: empty for the first page, then the Next of the previous reply.
            count: Rooms per page. Server default when omitted: 20.
        """
        return await self._client._call(
            "live_engine_http_srv/get_room_list", GetRoomListRequest, args, params, GetRoomListResponse
        )

    def iter_get_room_list(
        self,
        *,
        count: int,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[LiveRoomListItem]:
        """Every item of `get_room_list`, fetching page after page as the iteration goes."""
        given = {
            "count": count,
            "extra_body": extra_body,
        }
        params = {key: value for key, value in given.items() if value is not None}
        return self._client._paginate(
            "live_engine_http_srv/get_room_list", GetRoomListRequest, params, GetRoomListResponse
        )

    @overload
    async def get_room_metadata(
        self, request: GetRoomMetadataRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetRoomMetadataResponse: ...

    @overload
    async def get_room_metadata(
        self,
        *,
        room_id: str,
        keys: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetRoomMetadataResponse: ...

    async def get_room_metadata(self, *args: Any, **params: Any) -> GetRoomMetadataResponse:
        """Get room metadata.

        Returns the custom key/value metadata of a room, for the given keys or for all keys.

        `POST /v4/live_engine_http_srv/get_room_metadata` - https://trtc.io/document/64374
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
            keys: Keys to read; an empty list reads every key.
        """
        return await self._client._call(
            "live_engine_http_srv/get_room_metadata", GetRoomMetadataRequest, args, params, GetRoomMetadataResponse
        )

    @overload
    async def set_room_metadata(
        self, request: SetRoomMetadataRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> SetRoomMetadataResponse: ...

    @overload
    async def set_room_metadata(
        self,
        *,
        room_id: str,
        metadata: Sequence[MetadataItemParam],
        extra_body: Mapping[str, Any] | None = None,
    ) -> SetRoomMetadataResponse: ...

    async def set_room_metadata(self, *args: Any, **params: Any) -> SetRoomMetadataResponse:
        """Set room metadata.

        Adds metadata entries to a room or overwrites existing keys.

        `POST /v4/live_engine_http_srv/set_room_metadata` - https://trtc.io/document/64375
        Idempotent: yes (The same keys are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            metadata: Entries to add or overwrite; a room holds at most 10 keys and 16 KB of values.
        """
        return await self._client._call(
            "live_engine_http_srv/set_room_metadata", SetRoomMetadataRequest, args, params, SetRoomMetadataResponse
        )

    @overload
    async def del_room_metadata(
        self, request: DelRoomMetadataRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DelRoomMetadataResponse: ...

    @overload
    async def del_room_metadata(
        self,
        *,
        room_id: str,
        keys: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
    ) -> DelRoomMetadataResponse: ...

    async def del_room_metadata(self, *args: Any, **params: Any) -> DelRoomMetadataResponse:
        """Delete room metadata.

        Removes the given metadata keys from a room.

        `POST /v4/live_engine_http_srv/del_room_metadata` - https://trtc.io/document/64376
        Idempotent: yes (Deleting twice leaves the keys absent; the repeat answers 100503.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            keys: Keys to remove.
        """
        return await self._client._call(
            "live_engine_http_srv/del_room_metadata", DelRoomMetadataRequest, args, params, DelRoomMetadataResponse
        )

    @overload
    async def resume_mcu_task(
        self, request: ResumeMcuTaskRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> ResumeMcuTaskResponse: ...

    @overload
    async def resume_mcu_task(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ResumeMcuTaskResponse: ...

    async def resume_mcu_task(self, *args: Any, **params: Any) -> ResumeMcuTaskResponse:
        """Resume stream mixing.

        Restores the mixed-stream layout of a large room; every mixed host must be on a seat.

        `POST /v4/live_engine_http_srv/resume_mcu_task` - https://www.tencentcloud.com/document/product/1071/76894
        Idempotent: yes (Restoring the layout again leaves the same layout.)
        Rate limit: 20 requests/s.

        Args:
            room_id: Room whose mixing layout is restored.
        """
        return await self._client._call(
            "live_engine_http_srv/resume_mcu_task", ResumeMcuTaskRequest, args, params, ResumeMcuTaskResponse
        )

    @overload
    async def get_room_stats(
        self, request: GetRoomStatsRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetRoomStatsResponse: ...

    @overload
    async def get_room_stats(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetRoomStatsResponse: ...

    async def get_room_stats(self, *args: Any, **params: Any) -> GetRoomStatsResponse:
        """Get room statistics.

        Returns the cumulative viewer, gift, like and message totals of a room.

        `POST /v4/live_engine_http_srv/get_room_stats` - https://trtc.io/document/80421
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.

        Args:
            room_id: Room to read.
        """
        return await self._client._call(
            "live_engine_http_srv/get_room_stats", GetRoomStatsRequest, args, params, GetRoomStatsResponse
        )

    @overload
    async def get_room_statistic(
        self, request: GetRoomStatisticRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetRoomStatisticResponse: ...

    @overload
    async def get_room_statistic(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetRoomStatisticResponse: ...

    async def get_room_statistic(self, *args: Any, **params: Any) -> GetRoomStatisticResponse:
        """Get room statistics (console variant).

        The statistics command as Tencent's TUILiveKit_Manager console calls it; same body and fields as
        get_room_stats.

        `POST /v4/live_engine_http_srv/get_room_statistic`
        Not in the public docs: github:Tencent-RTC/TUILiveKit_Manager (TRTCApi.getRoomStatistic = v4/live_engine_http_srv/get_room_statistic)
        Idempotent: yes (Read-only.)

        Args:
            room_id: Room to read.
        """
        return await self._client._call(
            "live_engine_http_srv/get_room_statistic", GetRoomStatisticRequest, args, params, GetRoomStatisticResponse
        )

    @overload
    async def get_admin_list(
        self, request: GetAdminListRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetAdminListResponse: ...

    @overload
    async def get_admin_list(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetAdminListResponse: ...

    async def get_admin_list(self, *args: Any, **params: Any) -> GetAdminListResponse:
        """List room administrators.

        Returns the user IDs holding the administrator role in a room.

        `POST /v4/live_engine_http_srv/get_admin_list` - https://trtc.io/document/63425
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return await self._client._call(
            "live_engine_http_srv/get_admin_list", GetAdminListRequest, args, params, GetAdminListResponse
        )

    @overload
    async def modify_admin(
        self, request: ModifyAdminRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> ModifyAdminResponse: ...

    @overload
    async def modify_admin(
        self,
        *,
        room_id: str,
        admin_account: Sequence[str],
        op_type: AdminOpType | Literal["add", "delete"],
        extra_body: Mapping[str, Any] | None = None,
    ) -> ModifyAdminResponse: ...

    async def modify_admin(self, *args: Any, **params: Any) -> ModifyAdminResponse:
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
        return await self._client._call(
            "live_engine_http_srv/modify_admin", ModifyAdminRequest, args, params, ModifyAdminResponse
        )

    @overload
    async def change_room_owner(
        self, request: ChangeRoomOwnerRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> ChangeRoomOwnerResponse: ...

    @overload
    async def change_room_owner(
        self,
        *,
        room_id: str,
        new_owner_account: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ChangeRoomOwnerResponse: ...

    async def change_room_owner(self, *args: Any, **params: Any) -> ChangeRoomOwnerResponse:
        """Transfer room ownership.

        Makes another user the owner of a live room.

        `POST /v4/live_engine_http_srv/change_room_owner` - https://trtc.io/document/72534
        Idempotent: yes (Transferring to the same user again leaves the same owner.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            new_owner_account: User who becomes the owner.
        """
        return await self._client._call(
            "live_engine_http_srv/change_room_owner", ChangeRoomOwnerRequest, args, params, ChangeRoomOwnerResponse
        )

    @overload
    async def ban_member(
        self, request: BanMemberRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> BanMemberResponse: ...

    async def ban_member(self, *args: Any, **params: Any) -> BanMemberResponse:
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
        return await self._client._call(
            "live_engine_http_srv/ban_member", BanMemberRequest, args, params, BanMemberResponse
        )

    @overload
    async def unban_member(
        self, request: UnbanMemberRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> UnbanMemberResponse: ...

    @overload
    async def unban_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
    ) -> UnbanMemberResponse: ...

    async def unban_member(self, *args: Any, **params: Any) -> UnbanMemberResponse:
        """Unban room members.

        Lifts the ban of up to 20 users of a room.

        `POST /v4/live_engine_http_srv/unban_member` - https://trtc.io/document/63426
        Idempotent: yes (Lifting a ban twice leaves the users unbanned.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to change.
            member_list_account: Users to unban.
        """
        return await self._client._call(
            "live_engine_http_srv/unban_member", UnbanMemberRequest, args, params, UnbanMemberResponse
        )

    @overload
    async def get_banned_member_list(
        self, request: GetBannedMemberListRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetBannedMemberListResponse: ...

    @overload
    async def get_banned_member_list(
        self,
        *,
        room_id: str,
        offset: int | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetBannedMemberListResponse: ...

    async def get_banned_member_list(self, *args: Any, **params: Any) -> GetBannedMemberListResponse:
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
        return await self._client._call(
            "live_engine_http_srv/get_banned_member_list",
            GetBannedMemberListRequest,
            args,
            params,
            GetBannedMemberListResponse,
        )

    def iter_get_banned_member_list(
        self,
        *,
        room_id: str,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[BannedMember]:
        """Every item of `get_banned_member_list`, fetching page after page as the iteration goes."""
        given = {
            "room_id": room_id,
            "limit": limit,
            "extra_body": extra_body,
        }
        params = {key: value for key, value in given.items() if value is not None}
        return self._client._paginate(
            "live_engine_http_srv/get_banned_member_list",
            GetBannedMemberListRequest,
            params,
            GetBannedMemberListResponse,
        )

    @overload
    async def mute_member(
        self, request: MuteMemberRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> MuteMemberResponse: ...

    @overload
    async def mute_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        mute_time: int,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MuteMemberResponse: ...

    async def mute_member(self, *args: Any, **params: Any) -> MuteMemberResponse:
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
        return await self._client._call(
            "live_engine_http_srv/mute_member", MuteMemberRequest, args, params, MuteMemberResponse
        )

    @overload
    async def get_muted_member_list(
        self, request: GetMutedMemberListRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetMutedMemberListResponse: ...

    @overload
    async def get_muted_member_list(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetMutedMemberListResponse: ...

    async def get_muted_member_list(self, *args: Any, **params: Any) -> GetMutedMemberListResponse:
        """List muted members.

        Returns the users muted in a room with the end of each mute.

        `POST /v4/live_engine_http_srv/get_muted_member_list` - https://trtc.io/document/69894
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return await self._client._call(
            "live_engine_http_srv/get_muted_member_list",
            GetMutedMemberListRequest,
            args,
            params,
            GetMutedMemberListResponse,
        )

    @overload
    async def get_member_list(
        self, request: GetMemberListRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetMemberListResponse: ...

    @overload
    async def get_member_list(
        self,
        *,
        room_id: str,
        next: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetMemberListResponse: ...

    async def get_member_list(self, *args: Any, **params: Any) -> GetMemberListResponse:
        """List online room members.

        Pages through the online members of a live room and reports the member count.

        `POST /v4/live_engine_http_srv/get_member_list` - https://trtc.io/document/66908
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
            next: Cursor: empty for the first page, then the Next of the previous reply.
        """
        return await self._client._call(
            "live_engine_http_srv/get_member_list", GetMemberListRequest, args, params, GetMemberListResponse
        )

    def iter_get_member_list(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[RoomMember]:
        """Every item of `get_member_list`, fetching page after page as the iteration goes."""
        given = {
            "room_id": room_id,
            "extra_body": extra_body,
        }
        params = {key: value for key, value in given.items() if value is not None}
        return self._client._paginate(
            "live_engine_http_srv/get_member_list", GetMemberListRequest, params, GetMemberListResponse
        )

    @overload
    async def send_text_msg(
        self, request: SendTextMsgRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> SendTextMsgResponse: ...

    async def send_text_msg(self, *args: Any, **params: Any) -> SendTextMsgResponse:
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
        return await self._client._call(
            "live_engine_http_srv/send_text_msg", SendTextMsgRequest, args, params, SendTextMsgResponse
        )

    @overload
    async def send_custom_msg(
        self, request: SendCustomMsgRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> SendCustomMsgResponse: ...

    async def send_custom_msg(self, *args: Any, **params: Any) -> SendCustomMsgResponse:
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
        return await self._client._call(
            "live_engine_http_srv/send_custom_msg", SendCustomMsgRequest, args, params, SendCustomMsgResponse
        )

    @overload
    async def add_robot(
        self, request: AddRobotRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> AddRobotResponse: ...

    @overload
    async def add_robot(
        self,
        *,
        room_id: str,
        robot_list_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
    ) -> AddRobotResponse: ...

    async def add_robot(self, *args: Any, **params: Any) -> AddRobotResponse:
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
        return await self._client._call(
            "live_engine_http_srv/add_robot", AddRobotRequest, args, params, AddRobotResponse
        )

    @overload
    async def del_robot(
        self, request: DelRobotRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DelRobotResponse: ...

    @overload
    async def del_robot(
        self,
        *,
        room_id: str,
        robot_list_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
    ) -> DelRobotResponse: ...

    async def del_robot(self, *args: Any, **params: Any) -> DelRobotResponse:
        """Remove robots from a room.

        Removes the given robot accounts from a live room.

        `POST /v4/live_engine_http_srv/del_robot` - https://trtc.io/document/69080
        Idempotent: yes (Removing twice leaves the robots out of the room.)
        Rate limit: 100 requests/s.

        Args:
            room_id: Room to change.
            robot_list_account: Robot user IDs to remove.
        """
        return await self._client._call(
            "live_engine_http_srv/del_robot", DelRobotRequest, args, params, DelRobotResponse
        )

    @overload
    async def get_robot(
        self, request: GetRobotRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetRobotResponse: ...

    @overload
    async def get_robot(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetRobotResponse: ...

    async def get_robot(self, *args: Any, **params: Any) -> GetRobotResponse:
        """List robots in a room.

        Returns the robot accounts present in a live room.

        `POST /v4/live_engine_http_srv/get_robot` - https://trtc.io/document/69081
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.

        Args:
            room_id: Room to read.
        """
        return await self._client._call(
            "live_engine_http_srv/get_robot", GetRobotRequest, args, params, GetRobotResponse
        )

    @overload
    async def add_gift(
        self, request: AddGiftRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> AddGiftResponse: ...

    async def add_gift(self, *args: Any, **params: Any) -> AddGiftResponse:
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
        return await self._client._call("live_engine_http_srv/add_gift", AddGiftRequest, args, params, AddGiftResponse)

    @overload
    async def get_gift(
        self, request: GetGiftRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetGiftResponse: ...

    @overload
    async def get_gift(
        self,
        *,
        gift_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetGiftResponse: ...

    async def get_gift(self, *args: Any, **params: Any) -> GetGiftResponse:
        """Get a gift.

        Returns the stored definition of one gift.

        `POST /v4/live_engine_http_srv/get_gift` - https://trtc.io/document/72846
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to read.
        """
        return await self._client._call("live_engine_http_srv/get_gift", GetGiftRequest, args, params, GetGiftResponse)

    @overload
    async def del_gift(
        self, request: DelGiftRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DelGiftResponse: ...

    @overload
    async def del_gift(
        self,
        *,
        gift_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DelGiftResponse: ...

    async def del_gift(self, *args: Any, **params: Any) -> DelGiftResponse:
        """Delete a gift.

        Deletes a gift with its translations and category links; deleting a missing gift succeeds.

        `POST /v4/live_engine_http_srv/del_gift` - https://trtc.io/document/72847
        Idempotent: yes (The page says deleting a gift that does not exist succeeds.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to delete.
        """
        return await self._client._call("live_engine_http_srv/del_gift", DelGiftRequest, args, params, DelGiftResponse)

    @overload
    async def add_gift_category(
        self, request: AddGiftCategoryRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> AddGiftCategoryResponse: ...

    async def add_gift_category(self, *args: Any, **params: Any) -> AddGiftCategoryResponse:
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
        return await self._client._call(
            "live_engine_http_srv/add_gift_category", AddGiftCategoryRequest, args, params, AddGiftCategoryResponse
        )

    @overload
    async def get_gift_category(
        self, request: GetGiftCategoryRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetGiftCategoryResponse: ...

    @overload
    async def get_gift_category(
        self,
        *,
        category_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetGiftCategoryResponse: ...

    async def get_gift_category(self, *args: Any, **params: Any) -> GetGiftCategoryResponse:
        """Get a gift category.

        Returns the stored definition of one gift category.

        `POST /v4/live_engine_http_srv/get_gift_category` - https://trtc.io/document/72849
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to read.
        """
        return await self._client._call(
            "live_engine_http_srv/get_gift_category", GetGiftCategoryRequest, args, params, GetGiftCategoryResponse
        )

    @overload
    async def del_gift_category(
        self, request: DelGiftCategoryRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DelGiftCategoryResponse: ...

    @overload
    async def del_gift_category(
        self,
        *,
        category_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DelGiftCategoryResponse: ...

    async def del_gift_category(self, *args: Any, **params: Any) -> DelGiftCategoryResponse:
        """Delete a gift category.

        Deletes a gift category with its translations and gift links.

        `POST /v4/live_engine_http_srv/del_gift_category` - https://trtc.io/document/72850
        Idempotent: yes (Deleting twice leaves the category absent.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to delete.
        """
        return await self._client._call(
            "live_engine_http_srv/del_gift_category", DelGiftCategoryRequest, args, params, DelGiftCategoryResponse
        )

    @overload
    async def add_gift_category_relations(
        self, request: AddGiftCategoryRelationsRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> AddGiftCategoryRelationsResponse: ...

    @overload
    async def add_gift_category_relations(
        self,
        *,
        category_id: str,
        gift_id_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
    ) -> AddGiftCategoryRelationsResponse: ...

    async def add_gift_category_relations(self, *args: Any, **params: Any) -> AddGiftCategoryRelationsResponse:
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
        return await self._client._call(
            "live_engine_http_srv/add_gift_category_relations",
            AddGiftCategoryRelationsRequest,
            args,
            params,
            AddGiftCategoryRelationsResponse,
        )

    @overload
    async def del_gift_category_relations(
        self, request: DelGiftCategoryRelationsRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DelGiftCategoryRelationsResponse: ...

    @overload
    async def del_gift_category_relations(
        self,
        *,
        category_id: str,
        gift_id_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
    ) -> DelGiftCategoryRelationsResponse: ...

    async def del_gift_category_relations(self, *args: Any, **params: Any) -> DelGiftCategoryRelationsResponse:
        """Unlink gifts from a category.

        Removes the given gifts from a category.

        `POST /v4/live_engine_http_srv/del_gift_category_relations` - https://trtc.io/document/72852
        Idempotent: yes (Unlinking twice leaves the gifts unlinked.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to change.
            gift_id_list: Gifts to unlink.
        """
        return await self._client._call(
            "live_engine_http_srv/del_gift_category_relations",
            DelGiftCategoryRelationsRequest,
            args,
            params,
            DelGiftCategoryRelationsResponse,
        )

    @overload
    async def get_gift_category_relations(
        self, request: GetGiftCategoryRelationsRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetGiftCategoryRelationsResponse: ...

    @overload
    async def get_gift_category_relations(
        self,
        *,
        category_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetGiftCategoryRelationsResponse: ...

    async def get_gift_category_relations(self, *args: Any, **params: Any) -> GetGiftCategoryRelationsResponse:
        """List the gifts of a category.

        Returns the gift IDs linked to a category.

        `POST /v4/live_engine_http_srv/get_gift_category_relations` - https://trtc.io/document/72853
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to read.
        """
        return await self._client._call(
            "live_engine_http_srv/get_gift_category_relations",
            GetGiftCategoryRelationsRequest,
            args,
            params,
            GetGiftCategoryRelationsResponse,
        )

    @overload
    async def set_gift_language(
        self, request: SetGiftLanguageRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> SetGiftLanguageResponse: ...

    async def set_gift_language(self, *args: Any, **params: Any) -> SetGiftLanguageResponse:
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
        return await self._client._call(
            "live_engine_http_srv/set_gift_language", SetGiftLanguageRequest, args, params, SetGiftLanguageResponse
        )

    @overload
    async def get_gift_language(
        self, request: GetGiftLanguageRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetGiftLanguageResponse: ...

    @overload
    async def get_gift_language(
        self,
        *,
        gift_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetGiftLanguageResponse: ...

    async def get_gift_language(self, *args: Any, **params: Any) -> GetGiftLanguageResponse:
        """Get a gift translation.

        Returns the name and description of a gift in one language.

        `POST /v4/live_engine_http_srv/get_gift_language` - https://trtc.io/document/72855
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to read.
            language: Language to read.
        """
        return await self._client._call(
            "live_engine_http_srv/get_gift_language", GetGiftLanguageRequest, args, params, GetGiftLanguageResponse
        )

    @overload
    async def del_gift_language(
        self, request: DelGiftLanguageRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DelGiftLanguageResponse: ...

    @overload
    async def del_gift_language(
        self,
        *,
        gift_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        extra_body: Mapping[str, Any] | None = None,
    ) -> DelGiftLanguageResponse: ...

    async def del_gift_language(self, *args: Any, **params: Any) -> DelGiftLanguageResponse:
        """Delete a gift translation.

        Removes the texts of a gift in one language.

        `POST /v4/live_engine_http_srv/del_gift_language` - https://trtc.io/document/72856
        Idempotent: yes (Deleting twice leaves the translation absent.)
        Rate limit: 1 requests/s.

        Args:
            gift_id: Gift to change.
            language: Language to remove.
        """
        return await self._client._call(
            "live_engine_http_srv/del_gift_language", DelGiftLanguageRequest, args, params, DelGiftLanguageResponse
        )

    @overload
    async def set_gift_category_language(
        self, request: SetGiftCategoryLanguageRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> SetGiftCategoryLanguageResponse: ...

    async def set_gift_category_language(self, *args: Any, **params: Any) -> SetGiftCategoryLanguageResponse:
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
        return await self._client._call(
            "live_engine_http_srv/set_gift_category_language",
            SetGiftCategoryLanguageRequest,
            args,
            params,
            SetGiftCategoryLanguageResponse,
        )

    @overload
    async def get_gift_category_language(
        self, request: GetGiftCategoryLanguageRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetGiftCategoryLanguageResponse: ...

    @overload
    async def get_gift_category_language(
        self,
        *,
        category_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetGiftCategoryLanguageResponse: ...

    async def get_gift_category_language(self, *args: Any, **params: Any) -> GetGiftCategoryLanguageResponse:
        """Get a gift category translation.

        Returns the name and description of a category in one language.

        `POST /v4/live_engine_http_srv/get_gift_category_language` - https://trtc.io/document/72858
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to read.
            language: Language to read.
        """
        return await self._client._call(
            "live_engine_http_srv/get_gift_category_language",
            GetGiftCategoryLanguageRequest,
            args,
            params,
            GetGiftCategoryLanguageResponse,
        )

    @overload
    async def del_gift_category_language(
        self, request: DelGiftCategoryLanguageRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DelGiftCategoryLanguageResponse: ...

    @overload
    async def del_gift_category_language(
        self,
        *,
        category_id: str,
        language: GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        extra_body: Mapping[str, Any] | None = None,
    ) -> DelGiftCategoryLanguageResponse: ...

    async def del_gift_category_language(self, *args: Any, **params: Any) -> DelGiftCategoryLanguageResponse:
        """Delete a gift category translation.

        Removes the texts of a category in one language.

        `POST /v4/live_engine_http_srv/del_gift_category_language` - https://trtc.io/document/72859
        Idempotent: yes (Deleting twice leaves the translation absent.)
        Rate limit: 1 requests/s.

        Args:
            category_id: Category to change.
            language: Language to remove.
        """
        return await self._client._call(
            "live_engine_http_srv/del_gift_category_language",
            DelGiftCategoryLanguageRequest,
            args,
            params,
            DelGiftCategoryLanguageResponse,
        )

    @overload
    async def send_gift(
        self, request: SendGiftRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> SendGiftResponse: ...

    async def send_gift(self, *args: Any, **params: Any) -> SendGiftResponse:
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
        return await self._client._call(
            "live_engine_http_srv/send_gift", SendGiftRequest, args, params, SendGiftResponse
        )

    @overload
    async def get_gift_count(
        self, request: GetGiftCountRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetGiftCountResponse: ...

    @overload
    async def get_gift_count(
        self,
        *,
        room_id: str,
        from_account: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetGiftCountResponse: ...

    async def get_gift_count(self, *args: Any, **params: Any) -> GetGiftCountResponse:
        """Get gift totals of a user.

        Returns gift totals (count, coin value, distinct senders) of a user in a room.

        `POST /v4/live_engine_http_srv/get_gift_count` - https://trtc.io/document/72557
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
            from_account: User the totals are for.
        """
        return await self._client._call(
            "live_engine_http_srv/get_gift_count", GetGiftCountRequest, args, params, GetGiftCountResponse
        )

    async def copy_default_gift_config(
        self, request: CopyDefaultGiftConfigRequest | None = None, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> CopyDefaultGiftConfigResponse:
        """Install the default gift catalogue.

        Copies Tencent's default gift setup (3 categories, 15 gifts) into an app that has no gift
        configuration yet.

        `POST /v4/live_engine_http_srv/copy_default_gift_config` - https://trtc.io/document/74360
        Idempotent: no (Allowed only while the app has no gift configuration, so a resend after a success is refused.)
        Rate limit: 0.1 requests/s.
        """
        params = {"extra_body": extra_body} if extra_body else {}
        return await self._client._call(
            "live_engine_http_srv/copy_default_gift_config",
            CopyDefaultGiftConfigRequest,
            (request,) if request else (),
            params,
            CopyDefaultGiftConfigResponse,
        )

    @overload
    async def edit_gift(
        self, request: EditGiftRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> EditGiftResponse: ...

    async def edit_gift(self, *args: Any, **params: Any) -> EditGiftResponse:
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
        return await self._client._call(
            "live_engine_http_srv/edit_gift", EditGiftRequest, args, params, EditGiftResponse
        )

    @overload
    async def edit_gift_category(
        self, request: EditGiftCategoryRequest, /, *, extra_body: Mapping[str, Any] | None = None
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
    ) -> EditGiftCategoryResponse: ...

    async def edit_gift_category(self, *args: Any, **params: Any) -> EditGiftCategoryResponse:
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
        return await self._client._call(
            "live_engine_http_srv/edit_gift_category", EditGiftCategoryRequest, args, params, EditGiftCategoryResponse
        )

    @overload
    async def get_gift_info_list(
        self, request: GetGiftInfoListRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetGiftInfoListResponse: ...

    @overload
    async def get_gift_info_list(
        self,
        *,
        language: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetGiftInfoListResponse: ...

    async def get_gift_info_list(self, *args: Any, **params: Any) -> GetGiftInfoListResponse:
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
        return await self._client._call(
            "live_engine_http_srv/get_gift_info_list", GetGiftInfoListRequest, args, params, GetGiftInfoListResponse
        )


class AsyncLivePkService(AsyncService):
    """PK battles between connected live rooms. (`live_engine_http_pk`)"""

    @overload
    async def create_battle(
        self, request: CreateBattleRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> CreateBattleResponse: ...

    @overload
    async def create_battle(
        self,
        *,
        from_room_id: str,
        to_room_id_list: Sequence[str],
        duration: int,
        extension_info: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateBattleResponse: ...

    async def create_battle(self, *args: Any, **params: Any) -> CreateBattleResponse:
        """Start a PK battle.

        Starts a timed battle between a room and one or more invited rooms; the rooms must already be
        connected, which this command does not check.

        `POST /v4/live_engine_http_pk/create_battle` - https://trtc.io/document/68254
        Idempotent: no (Each call starts another battle.)
        Rate limit: 200 requests/s.

        Args:
            from_room_id: Room that starts the battle.
            to_room_id_list: Rooms invited to the battle.
            duration: Length of the battle. Unit: milliseconds.
            extension_info: App-defined data of the battle.
        """
        return await self._client._call(
            "live_engine_http_pk/create_battle", CreateBattleRequest, args, params, CreateBattleResponse
        )

    @overload
    async def set_battle_score(
        self, request: SetBattleScoreRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> SetBattleScoreResponse: ...

    @overload
    async def set_battle_score(
        self,
        *,
        battle_id: str,
        op_type: BattleScoreOpType | Literal[1, 2],
        score_list: Sequence[BattleScoreParam],
        extra_body: Mapping[str, Any] | None = None,
    ) -> SetBattleScoreResponse: ...

    async def set_battle_score(self, *args: Any, **params: Any) -> SetBattleScoreResponse:
        """Set PK scores.

        Adds to or overwrites the scores of rooms in a battle.

        `POST /v4/live_engine_http_pk/set_battle_score` - https://trtc.io/document/68255
        Idempotent: no (With OpType 1 each call adds the scores again.)
        Rate limit: 200 requests/s.

        Args:
            battle_id: Battle to score.
            op_type: Add to or replace the current scores. The server may also send it as string.
            score_list: Scores per room.
        """
        return await self._client._call(
            "live_engine_http_pk/set_battle_score", SetBattleScoreRequest, args, params, SetBattleScoreResponse
        )

    @overload
    async def get_battle_info(
        self, request: GetBattleInfoRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetBattleInfoResponse: ...

    @overload
    async def get_battle_info(
        self,
        *,
        battle_id: str,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetBattleInfoResponse: ...

    async def get_battle_info(self, *args: Any, **params: Any) -> GetBattleInfoResponse:
        """Get a PK battle.

        Returns the timing, state and rooms (with scores) of a battle.

        `POST /v4/live_engine_http_pk/get_battle_info` - https://trtc.io/document/68256
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            battle_id: Battle to read.
            room_id: Room whose ongoing battle to read when the battle ID is unknown (2025 pages only).
        """
        return await self._client._call(
            "live_engine_http_pk/get_battle_info", GetBattleInfoRequest, args, params, GetBattleInfoResponse
        )


class AsyncLiveConfigService(AsyncService):
    """Webhook configuration for Live events. (`live_config`)"""

    @overload
    async def set_callback(
        self, request: SetCallbackRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> SetCallbackResponse: ...

    @overload
    async def set_callback(
        self,
        *,
        url: str,
        callback_command_list: Sequence[
            LiveCallbackCommand
            | Literal[
                "Live.CallbackAfterCreateRoom",
                "Live.CallbackAfterDestroyRoom",
                "Live.CallbackAfterUpdateRoomInfo",
                "Live.CallbackAfterSetMetadata",
                "Live.CallbackAfterDelMetadata",
                "Live.CallbackAfterMemberStateChanged",
                "Live.CallbackAfterChangeOwner",
                "Live.CallbackAfterModifyAdmin",
                "Mic.CallbackAfterSeatInfoChanged",
                "Live.CallbackAfterCreateBattle",
                "Live.CallbackAfterStartBattle",
                "Live.CallbackAfterEndBattle",
                "Live.CallbackBeforeSendGift",
                "Live.CallbackBeforeCallBackNotBlock",
            ]
            | str
        ],
        extra_body: Mapping[str, Any] | None = None,
    ) -> SetCallbackResponse: ...

    async def set_callback(self, *args: Any, **params: Any) -> SetCallbackResponse:
        """Create the webhook configuration.

        Creates the webhook URL and the Live events delivered to it; fails if a configuration exists.

        `POST /v4/live_config/set_callback` - https://trtc.io/document/64420
        Idempotent: yes (A repeat after a success answers 100300 and leaves the configuration as set.)
        Rate limit: 200 requests/s.

        Args:
            url: Webhook endpoint; https is advised.
            callback_command_list: Events to deliver.
        """
        return await self._client._call(
            "live_config/set_callback", SetCallbackRequest, args, params, SetCallbackResponse
        )

    @overload
    async def update_callback(
        self, request: UpdateCallbackRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> UpdateCallbackResponse: ...

    @overload
    async def update_callback(
        self,
        *,
        url: str,
        callback_command_list: Sequence[
            LiveCallbackCommand
            | Literal[
                "Live.CallbackAfterCreateRoom",
                "Live.CallbackAfterDestroyRoom",
                "Live.CallbackAfterUpdateRoomInfo",
                "Live.CallbackAfterSetMetadata",
                "Live.CallbackAfterDelMetadata",
                "Live.CallbackAfterMemberStateChanged",
                "Live.CallbackAfterChangeOwner",
                "Live.CallbackAfterModifyAdmin",
                "Mic.CallbackAfterSeatInfoChanged",
                "Live.CallbackAfterCreateBattle",
                "Live.CallbackAfterStartBattle",
                "Live.CallbackAfterEndBattle",
                "Live.CallbackBeforeSendGift",
                "Live.CallbackBeforeCallBackNotBlock",
            ]
            | str
        ],
        extra_body: Mapping[str, Any] | None = None,
    ) -> UpdateCallbackResponse: ...

    async def update_callback(self, *args: Any, **params: Any) -> UpdateCallbackResponse:
        """Change the webhook configuration.

        Replaces the webhook URL and the Live events delivered to it.

        `POST /v4/live_config/update_callback` - https://trtc.io/document/64419
        Idempotent: yes (The configuration is overwritten with the same value.)
        Rate limit: 200 requests/s.

        Args:
            url: Webhook endpoint; https is advised.
            callback_command_list: Events to deliver.
        """
        return await self._client._call(
            "live_config/update_callback", UpdateCallbackRequest, args, params, UpdateCallbackResponse
        )

    async def get_callback(
        self, request: GetCallbackRequest | None = None, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetCallbackResponse:
        """Get the webhook configuration.

        Returns the webhook URL and the subscribed Live events.

        `POST /v4/live_config/get_callback` - https://trtc.io/document/64418
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        params = {"extra_body": extra_body} if extra_body else {}
        return await self._client._call(
            "live_config/get_callback", GetCallbackRequest, (request,) if request else (), params, GetCallbackResponse
        )

    async def delete_callback(
        self, request: DeleteCallbackRequest | None = None, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DeleteCallbackResponse:
        """Delete the webhook configuration.

        Removes the webhook configuration; no more Live events are delivered.

        `POST /v4/live_config/delete_callback` - https://trtc.io/document/64421
        Idempotent: yes (Deleting twice leaves no configuration either way.)
        Rate limit: 200 requests/s.
        """
        params = {"extra_body": extra_body} if extra_body else {}
        return await self._client._call(
            "live_config/delete_callback",
            DeleteCallbackRequest,
            (request,) if request else (),
            params,
            DeleteCallbackResponse,
        )

    @overload
    async def set_callback_token(
        self, request: SetCallbackTokenRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> SetCallbackTokenResponse: ...

    @overload
    async def set_callback_token(
        self,
        *,
        token: str | None = None,
        is_token_enable: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SetCallbackTokenResponse: ...

    async def set_callback_token(self, *args: Any, **params: Any) -> SetCallbackTokenResponse:
        """Set the webhook authentication token.

        Creates or changes the token that signs webhook requests and switches webhook authentication on
        or off.

        `POST /v4/live_config/set_callback_token` - https://trtc.io/document/69528
        Idempotent: yes (The token setting is overwritten with the same value.)
        Rate limit: 200 requests/s.

        Args:
            token: Token value; required when no token exists yet. A credential, never logged.
            is_token_enable: Whether webhook authentication is on; required when no token exists yet.
        """
        return await self._client._call(
            "live_config/set_callback_token", SetCallbackTokenRequest, args, params, SetCallbackTokenResponse
        )

    async def get_callback_token(
        self, request: GetCallbackTokenRequest | None = None, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetCallbackTokenResponse:
        """Get the webhook authentication token.

        Returns the webhook authentication token and whether authentication is on.

        `POST /v4/live_config/get_callback_token` - https://trtc.io/document/69529
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        params = {"extra_body": extra_body} if extra_body else {}
        return await self._client._call(
            "live_config/get_callback_token",
            GetCallbackTokenRequest,
            (request,) if request else (),
            params,
            GetCallbackTokenResponse,
        )

    async def delete_callback_token(
        self, request: DeleteCallbackTokenRequest | None = None, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DeleteCallbackTokenResponse:
        """Delete the webhook authentication token.

        Removes the webhook authentication token configuration.

        `POST /v4/live_config/delete_callback_token` - https://www.tencentcloud.com/document/product/1071/78182
        Idempotent: yes (Deleting twice leaves no token either way.)
        Rate limit: 200 requests/s.
        """
        params = {"extra_body": extra_body} if extra_body else {}
        return await self._client._call(
            "live_config/delete_callback_token",
            DeleteCallbackTokenRequest,
            (request,) if request else (),
            params,
            DeleteCallbackTokenResponse,
        )
