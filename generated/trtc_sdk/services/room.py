# generated from spec/room.yaml by `python -m codegen generate` - do not edit
"""Conference (TUIRoomKit): typed methods, one class per servicename (sync and async)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, Literal, overload

from trtc_sdk._runtime.service import AsyncService, SyncService
from trtc_sdk.models.room import (
    BannedAccount,
    BanRoomMemberRequest,
    BanRoomMemberResponse,
    ChangeRoomOwnerRequest,
    ChangeRoomOwnerResponse,
    CreateRoomRequest,
    CreateRoomResponse,
    DeleteCallbackRequest,
    DeleteCallbackResponse,
    DestroyRoomRequest,
    DestroyRoomResponse,
    GetBannedMemberListRequest,
    GetBannedMemberListResponse,
    GetCallbackRequest,
    GetCallbackResponse,
    GetRoomInfoRequest,
    GetRoomInfoResponse,
    GetRoomMemberListRequest,
    GetRoomMemberListResponse,
    KickUserOutRequest,
    KickUserOutResponse,
    MarkCommandType,
    MarkRoomMemberRequest,
    MarkRoomMemberResponse,
    MemberInfoUpdateParam,
    MemberMarksParam,
    NewRoomInfoParam,
    RoomCallbackCommand,
    RoomInfoUpdateParam,
    RoomMember,
    SetCallbackRequest,
    SetCallbackResponse,
    UnbanRoomMemberRequest,
    UnbanRoomMemberResponse,
    UpdateCallbackRequest,
    UpdateCallbackResponse,
    UpdateRoomInfoRequest,
    UpdateRoomInfoResponse,
    UpdateRoomMemberInfoRequest,
    UpdateRoomMemberInfoResponse,
)


class RoomService(SyncService):
    """Conference rooms and their members. (`room_engine_http_srv`)"""

    @overload
    def create_room(
        self, request: CreateRoomRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> CreateRoomResponse: ...

    @overload
    def create_room(
        self,
        *,
        room_info: NewRoomInfoParam,
        schedule_invitee_list_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateRoomResponse: ...

    def create_room(self, *args: Any, **params: Any) -> CreateRoomResponse:
        """Create a room.

        Creates a conference room at once or as a scheduled meeting, with its owner, capacity, media
        switches, seat settings and an optional list of invitees.

        `POST /v4/room_engine_http_srv/create_room` - https://trtc.io/document/60707
        Idempotent: no (Creates a room; a resend after an ambiguous failure answers 100003 (room exists) or creates a room the caller believed failed.)
        Rate limit: 200 requests/s.

        Args:
            room_info: Settings of the room.
            schedule_invitee_list_account: User IDs invited to the scheduled meeting.
        """
        return self._client._call(
            "room_engine_http_srv/create_room", CreateRoomRequest, args, params, CreateRoomResponse
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
        """Destroy a room.

        Dissolves a room; every member is removed.

        `POST /v4/room_engine_http_srv/destroy_room` - https://trtc.io/document/60706
        Idempotent: yes (Dissolving twice leaves the room gone either way; the repeat answers 100004.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to dissolve.
        """
        return self._client._call(
            "room_engine_http_srv/destroy_room", DestroyRoomRequest, args, params, DestroyRoomResponse
        )

    @overload
    def update_room_info(
        self, request: UpdateRoomInfoRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> UpdateRoomInfoResponse: ...

    @overload
    def update_room_info(
        self,
        *,
        room_info: RoomInfoUpdateParam,
        extra_body: Mapping[str, Any] | None = None,
    ) -> UpdateRoomInfoResponse: ...

    def update_room_info(self, *args: Any, **params: Any) -> UpdateRoomInfoResponse:
        """Update room settings.

        Changes the name, capacity, media and chat switches, custom data or seat mode of a room.

        `POST /v4/room_engine_http_srv/update_room_info` - https://trtc.io/document/60705
        Idempotent: yes (The given settings are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            room_info: The room and the settings to change.
        """
        return self._client._call(
            "room_engine_http_srv/update_room_info", UpdateRoomInfoRequest, args, params, UpdateRoomInfoResponse
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
        """Get room settings.

        Returns the settings and live state of a room (status, member count, creation time).

        `POST /v4/room_engine_http_srv/get_room_info` - https://trtc.io/document/60704
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return self._client._call(
            "room_engine_http_srv/get_room_info", GetRoomInfoRequest, args, params, GetRoomInfoResponse
        )

    @overload
    def get_room_member_list(
        self, request: GetRoomMemberListRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetRoomMemberListResponse: ...

    @overload
    def get_room_member_list(
        self,
        *,
        room_id: str,
        count: int | None = None,
        next: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetRoomMemberListResponse: ...

    def get_room_member_list(self, *args: Any, **params: Any) -> GetRoomMemberListResponse:
        """List room members.

        Returns the members of a room page by page, with nickname, role, marks and custom data.

        `POST /v4/room_engine_http_srv/get_room_member_list` - https://trtc.io/document/60715
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room whose members are listed.
            count: Members per page. Server default when omitted: 50.
            next: Cursor; empty for the first page, then the Next value of the previous reply. Server
                default when omitted: .
        """
        return self._client._call(
            "room_engine_http_srv/get_room_member_list",
            GetRoomMemberListRequest,
            args,
            params,
            GetRoomMemberListResponse,
        )

    def iter_get_room_member_list(
        self,
        *,
        room_id: str,
        count: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Iterator[RoomMember]:
        """Every item of `get_room_member_list`, fetching page after page as the iteration goes."""
        given = {
            "room_id": room_id,
            "count": count,
            "extra_body": extra_body,
        }
        params = {key: value for key, value in given.items() if value is not None}
        return self._client._paginate(
            "room_engine_http_srv/get_room_member_list", GetRoomMemberListRequest, params, GetRoomMemberListResponse
        )

    @overload
    def update_room_member_info(
        self, request: UpdateRoomMemberInfoRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> UpdateRoomMemberInfoResponse: ...

    @overload
    def update_room_member_info(
        self,
        *,
        room_id: str,
        member_info: MemberInfoUpdateParam,
        extra_body: Mapping[str, Any] | None = None,
    ) -> UpdateRoomMemberInfoResponse: ...

    def update_room_member_info(self, *args: Any, **params: Any) -> UpdateRoomMemberInfoResponse:
        """Update a room member.

        Changes one member's nickname in the room, role (administrator or member) or custom data.

        `POST /v4/room_engine_http_srv/update_room_member_info` - https://trtc.io/document/60714
        Idempotent: yes (The given values are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room the member belongs to.
            member_info: The member and the values to change.
        """
        return self._client._call(
            "room_engine_http_srv/update_room_member_info",
            UpdateRoomMemberInfoRequest,
            args,
            params,
            UpdateRoomMemberInfoResponse,
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
        from_account: str,
        new_owner_account: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ChangeRoomOwnerResponse: ...

    def change_room_owner(self, *args: Any, **params: Any) -> ChangeRoomOwnerResponse:
        """Transfer room ownership.

        Hands ownership of a room from its current owner to another member.

        `POST /v4/room_engine_http_srv/change_room_owner` - https://trtc.io/document/60713
        Idempotent: yes (The transfer names both the old and the new owner, so a repeat changes nothing (it fails because From_Account no longer owns the room).)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room whose owner changes.
            from_account: Current owner.
            new_owner_account: New owner; must be a member of the room.
        """
        return self._client._call(
            "room_engine_http_srv/change_room_owner", ChangeRoomOwnerRequest, args, params, ChangeRoomOwnerResponse
        )

    @overload
    def mark_room_member(
        self, request: MarkRoomMemberRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> MarkRoomMemberResponse: ...

    @overload
    def mark_room_member(
        self,
        *,
        room_id: str,
        command_type: MarkCommandType | Literal[1, 2],
        member_list: Sequence[MemberMarksParam],
        extra_body: Mapping[str, Any] | None = None,
    ) -> MarkRoomMemberResponse: ...

    def mark_room_member(self, *args: Any, **params: Any) -> MarkRoomMemberResponse:
        """Add or remove member marks.

        Adds numeric marks to, or removes them from, up to ten members of a room.

        `POST /v4/room_engine_http_srv/mark_room_member` - https://trtc.io/document/60712
        Idempotent: yes (Adding marks a member already has, or removing marks it no longer has, leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room the members belong to.
            command_type: Whether to add or remove the marks. The server may also send it as string.
            member_list: Members and their marks.
        """
        return self._client._call(
            "room_engine_http_srv/mark_room_member", MarkRoomMemberRequest, args, params, MarkRoomMemberResponse
        )

    @overload
    def ban_room_member(
        self, request: BanRoomMemberRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> BanRoomMemberResponse: ...

    @overload
    def ban_room_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        reason: str,
        duration: int,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BanRoomMemberResponse: ...

    def ban_room_member(self, *args: Any, **params: Any) -> BanRoomMemberResponse:
        """Ban room members.

        Removes up to twenty users from a room and keeps them out for a given number of seconds.

        `POST /v4/room_engine_http_srv/ban_room_member` - https://trtc.io/document/60711
        Idempotent: yes (A repeat bans the same users again; only the expiry moves, to Duration after the repeat.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to ban the users from.
            member_list_account: User IDs to ban.
            reason: Ban message passed to the banned users.
            duration: How long the ban lasts. Unit: seconds.
        """
        return self._client._call(
            "room_engine_http_srv/ban_room_member", BanRoomMemberRequest, args, params, BanRoomMemberResponse
        )

    @overload
    def unban_room_member(
        self, request: UnbanRoomMemberRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> UnbanRoomMemberResponse: ...

    @overload
    def unban_room_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
    ) -> UnbanRoomMemberResponse: ...

    def unban_room_member(self, *args: Any, **params: Any) -> UnbanRoomMemberResponse:
        """Unban room members.

        Lifts the ban on up to twenty users so they can enter the room again.

        `POST /v4/room_engine_http_srv/unban_room_member` - https://trtc.io/document/60710
        Idempotent: yes (Unbanning users who are not banned leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to unban the users in.
            member_list_account: User IDs to unban.
        """
        return self._client._call(
            "room_engine_http_srv/unban_room_member", UnbanRoomMemberRequest, args, params, UnbanRoomMemberResponse
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
        limit: int | None = None,
        offset: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetBannedMemberListResponse: ...

    def get_banned_member_list(self, *args: Any, **params: Any) -> GetBannedMemberListResponse:
        """List banned members.

        Returns the users banned from a room page by page, with the time each ban ends.

        `POST /v4/room_engine_http_srv/get_banned_member_list` - https://trtc.io/document/60709
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
            limit: Users per page.
            offset: Offset; 0 for the first page, then the NextOffset of the previous reply. Server default
                when omitted: 0.
        """
        return self._client._call(
            "room_engine_http_srv/get_banned_member_list",
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
    ) -> Iterator[BannedAccount]:
        """Every item of `get_banned_member_list`, fetching page after page as the iteration goes."""
        given = {
            "room_id": room_id,
            "limit": limit,
            "extra_body": extra_body,
        }
        params = {key: value for key, value in given.items() if value is not None}
        return self._client._paginate(
            "room_engine_http_srv/get_banned_member_list",
            GetBannedMemberListRequest,
            params,
            GetBannedMemberListResponse,
        )

    @overload
    def kick_user_out(
        self, request: KickUserOutRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> KickUserOutResponse: ...

    @overload
    def kick_user_out(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        reason: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> KickUserOutResponse: ...

    def kick_user_out(self, *args: Any, **params: Any) -> KickUserOutResponse:
        """Remove members from a room.

        Removes up to twenty users from a room with a message; unlike a ban they may enter again.

        `POST /v4/room_engine_http_srv/kick_user_out` - https://trtc.io/document/60708
        Idempotent: yes (Removing users who have already left leaves the same state (the repeat may answer 100005).)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to remove the users from.
            member_list_account: User IDs to remove.
            reason: Message passed to the removed users.
        """
        return self._client._call(
            "room_engine_http_srv/kick_user_out", KickUserOutRequest, args, params, KickUserOutResponse
        )


class RoomConfigService(SyncService):
    """Webhook configuration for room and seat events. (`room_config`)"""

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
            RoomCallbackCommand
            | Literal[
                "Room.CallbackAfterCreateRoom",
                "Room.CallbackAfterDestroyRoom",
                "Room.CallbackAfterUpdateRoomInfo",
                "Room.CallbackAfterMemberEnter",
                "Room.CallbackAfterMemberLeave",
                "Mic.CallbackAfterSeatInfoChanged",
            ]
            | str
        ],
        extra_body: Mapping[str, Any] | None = None,
    ) -> SetCallbackResponse: ...

    def set_callback(self, *args: Any, **params: Any) -> SetCallbackResponse:
        """Create the webhook configuration.

        Registers the webhook URL and the room and seat events delivered to it; an app has one
        configuration.

        `POST /v4/room_config/set_callback` - https://trtc.io/document/60729
        Idempotent: yes (Writes the same configuration again; a repeat leaves it unchanged.)
        Rate limit: 200 requests/s.

        Args:
            url: Webhook endpoint; https is advised.
            callback_command_list: Events to deliver.
        """
        return self._client._call("room_config/set_callback", SetCallbackRequest, args, params, SetCallbackResponse)

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
            RoomCallbackCommand
            | Literal[
                "Room.CallbackAfterCreateRoom",
                "Room.CallbackAfterDestroyRoom",
                "Room.CallbackAfterUpdateRoomInfo",
                "Room.CallbackAfterMemberEnter",
                "Room.CallbackAfterMemberLeave",
                "Mic.CallbackAfterSeatInfoChanged",
            ]
            | str
        ],
        extra_body: Mapping[str, Any] | None = None,
    ) -> UpdateCallbackResponse: ...

    def update_callback(self, *args: Any, **params: Any) -> UpdateCallbackResponse:
        """Update the webhook configuration.

        Replaces the URL and event list of the existing webhook configuration.

        `POST /v4/room_config/update_callback` - https://trtc.io/document/60728
        Idempotent: yes (The configuration is overwritten with the same value.)
        Rate limit: 200 requests/s.

        Args:
            url: New webhook endpoint; https is advised.
            callback_command_list: New list of events.
        """
        return self._client._call(
            "room_config/update_callback", UpdateCallbackRequest, args, params, UpdateCallbackResponse
        )

    def get_callback(
        self, request: GetCallbackRequest | None = None, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetCallbackResponse:
        """Get the webhook configuration.

        Returns the webhook URL and the subscribed room and seat events.

        `POST /v4/room_config/get_callback` - https://trtc.io/document/60730
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        params = {"extra_body": extra_body} if extra_body else {}
        return self._client._call(
            "room_config/get_callback", GetCallbackRequest, (request,) if request else (), params, GetCallbackResponse
        )

    def delete_callback(
        self, request: DeleteCallbackRequest | None = None, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DeleteCallbackResponse:
        """Delete the webhook configuration.

        Removes the webhook configuration; no more room events are delivered.

        `POST /v4/room_config/delete_callback` - https://trtc.io/document/60727
        Idempotent: yes (Deleting twice leaves no configuration either way.)
        Rate limit: 200 requests/s.
        """
        params = {"extra_body": extra_body} if extra_body else {}
        return self._client._call(
            "room_config/delete_callback",
            DeleteCallbackRequest,
            (request,) if request else (),
            params,
            DeleteCallbackResponse,
        )


class AsyncRoomService(AsyncService):
    """Conference rooms and their members. (`room_engine_http_srv`)"""

    @overload
    async def create_room(
        self, request: CreateRoomRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> CreateRoomResponse: ...

    @overload
    async def create_room(
        self,
        *,
        room_info: NewRoomInfoParam,
        schedule_invitee_list_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateRoomResponse: ...

    async def create_room(self, *args: Any, **params: Any) -> CreateRoomResponse:
        """Create a room.

        Creates a conference room at once or as a scheduled meeting, with its owner, capacity, media
        switches, seat settings and an optional list of invitees.

        `POST /v4/room_engine_http_srv/create_room` - https://trtc.io/document/60707
        Idempotent: no (Creates a room; a resend after an ambiguous failure answers 100003 (room exists) or creates a room the caller believed failed.)
        Rate limit: 200 requests/s.

        Args:
            room_info: Settings of the room.
            schedule_invitee_list_account: User IDs invited to the scheduled meeting.
        """
        return await self._client._call(
            "room_engine_http_srv/create_room", CreateRoomRequest, args, params, CreateRoomResponse
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
        """Destroy a room.

        Dissolves a room; every member is removed.

        `POST /v4/room_engine_http_srv/destroy_room` - https://trtc.io/document/60706
        Idempotent: yes (Dissolving twice leaves the room gone either way; the repeat answers 100004.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to dissolve.
        """
        return await self._client._call(
            "room_engine_http_srv/destroy_room", DestroyRoomRequest, args, params, DestroyRoomResponse
        )

    @overload
    async def update_room_info(
        self, request: UpdateRoomInfoRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> UpdateRoomInfoResponse: ...

    @overload
    async def update_room_info(
        self,
        *,
        room_info: RoomInfoUpdateParam,
        extra_body: Mapping[str, Any] | None = None,
    ) -> UpdateRoomInfoResponse: ...

    async def update_room_info(self, *args: Any, **params: Any) -> UpdateRoomInfoResponse:
        """Update room settings.

        Changes the name, capacity, media and chat switches, custom data or seat mode of a room.

        `POST /v4/room_engine_http_srv/update_room_info` - https://trtc.io/document/60705
        Idempotent: yes (The given settings are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            room_info: The room and the settings to change.
        """
        return await self._client._call(
            "room_engine_http_srv/update_room_info", UpdateRoomInfoRequest, args, params, UpdateRoomInfoResponse
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
        """Get room settings.

        Returns the settings and live state of a room (status, member count, creation time).

        `POST /v4/room_engine_http_srv/get_room_info` - https://trtc.io/document/60704
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return await self._client._call(
            "room_engine_http_srv/get_room_info", GetRoomInfoRequest, args, params, GetRoomInfoResponse
        )

    @overload
    async def get_room_member_list(
        self, request: GetRoomMemberListRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetRoomMemberListResponse: ...

    @overload
    async def get_room_member_list(
        self,
        *,
        room_id: str,
        count: int | None = None,
        next: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetRoomMemberListResponse: ...

    async def get_room_member_list(self, *args: Any, **params: Any) -> GetRoomMemberListResponse:
        """List room members.

        Returns the members of a room page by page, with nickname, role, marks and custom data.

        `POST /v4/room_engine_http_srv/get_room_member_list` - https://trtc.io/document/60715
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room whose members are listed.
            count: Members per page. Server default when omitted: 50.
            next: Cursor; empty for the first page, then the Next value of the previous reply. Server
                default when omitted: .
        """
        return await self._client._call(
            "room_engine_http_srv/get_room_member_list",
            GetRoomMemberListRequest,
            args,
            params,
            GetRoomMemberListResponse,
        )

    def iter_get_room_member_list(
        self,
        *,
        room_id: str,
        count: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[RoomMember]:
        """Every item of `get_room_member_list`, fetching page after page as the iteration goes."""
        given = {
            "room_id": room_id,
            "count": count,
            "extra_body": extra_body,
        }
        params = {key: value for key, value in given.items() if value is not None}
        return self._client._paginate(
            "room_engine_http_srv/get_room_member_list", GetRoomMemberListRequest, params, GetRoomMemberListResponse
        )

    @overload
    async def update_room_member_info(
        self, request: UpdateRoomMemberInfoRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> UpdateRoomMemberInfoResponse: ...

    @overload
    async def update_room_member_info(
        self,
        *,
        room_id: str,
        member_info: MemberInfoUpdateParam,
        extra_body: Mapping[str, Any] | None = None,
    ) -> UpdateRoomMemberInfoResponse: ...

    async def update_room_member_info(self, *args: Any, **params: Any) -> UpdateRoomMemberInfoResponse:
        """Update a room member.

        Changes one member's nickname in the room, role (administrator or member) or custom data.

        `POST /v4/room_engine_http_srv/update_room_member_info` - https://trtc.io/document/60714
        Idempotent: yes (The given values are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room the member belongs to.
            member_info: The member and the values to change.
        """
        return await self._client._call(
            "room_engine_http_srv/update_room_member_info",
            UpdateRoomMemberInfoRequest,
            args,
            params,
            UpdateRoomMemberInfoResponse,
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
        from_account: str,
        new_owner_account: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ChangeRoomOwnerResponse: ...

    async def change_room_owner(self, *args: Any, **params: Any) -> ChangeRoomOwnerResponse:
        """Transfer room ownership.

        Hands ownership of a room from its current owner to another member.

        `POST /v4/room_engine_http_srv/change_room_owner` - https://trtc.io/document/60713
        Idempotent: yes (The transfer names both the old and the new owner, so a repeat changes nothing (it fails because From_Account no longer owns the room).)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room whose owner changes.
            from_account: Current owner.
            new_owner_account: New owner; must be a member of the room.
        """
        return await self._client._call(
            "room_engine_http_srv/change_room_owner", ChangeRoomOwnerRequest, args, params, ChangeRoomOwnerResponse
        )

    @overload
    async def mark_room_member(
        self, request: MarkRoomMemberRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> MarkRoomMemberResponse: ...

    @overload
    async def mark_room_member(
        self,
        *,
        room_id: str,
        command_type: MarkCommandType | Literal[1, 2],
        member_list: Sequence[MemberMarksParam],
        extra_body: Mapping[str, Any] | None = None,
    ) -> MarkRoomMemberResponse: ...

    async def mark_room_member(self, *args: Any, **params: Any) -> MarkRoomMemberResponse:
        """Add or remove member marks.

        Adds numeric marks to, or removes them from, up to ten members of a room.

        `POST /v4/room_engine_http_srv/mark_room_member` - https://trtc.io/document/60712
        Idempotent: yes (Adding marks a member already has, or removing marks it no longer has, leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room the members belong to.
            command_type: Whether to add or remove the marks. The server may also send it as string.
            member_list: Members and their marks.
        """
        return await self._client._call(
            "room_engine_http_srv/mark_room_member", MarkRoomMemberRequest, args, params, MarkRoomMemberResponse
        )

    @overload
    async def ban_room_member(
        self, request: BanRoomMemberRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> BanRoomMemberResponse: ...

    @overload
    async def ban_room_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        reason: str,
        duration: int,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BanRoomMemberResponse: ...

    async def ban_room_member(self, *args: Any, **params: Any) -> BanRoomMemberResponse:
        """Ban room members.

        Removes up to twenty users from a room and keeps them out for a given number of seconds.

        `POST /v4/room_engine_http_srv/ban_room_member` - https://trtc.io/document/60711
        Idempotent: yes (A repeat bans the same users again; only the expiry moves, to Duration after the repeat.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to ban the users from.
            member_list_account: User IDs to ban.
            reason: Ban message passed to the banned users.
            duration: How long the ban lasts. Unit: seconds.
        """
        return await self._client._call(
            "room_engine_http_srv/ban_room_member", BanRoomMemberRequest, args, params, BanRoomMemberResponse
        )

    @overload
    async def unban_room_member(
        self, request: UnbanRoomMemberRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> UnbanRoomMemberResponse: ...

    @overload
    async def unban_room_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
    ) -> UnbanRoomMemberResponse: ...

    async def unban_room_member(self, *args: Any, **params: Any) -> UnbanRoomMemberResponse:
        """Unban room members.

        Lifts the ban on up to twenty users so they can enter the room again.

        `POST /v4/room_engine_http_srv/unban_room_member` - https://trtc.io/document/60710
        Idempotent: yes (Unbanning users who are not banned leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to unban the users in.
            member_list_account: User IDs to unban.
        """
        return await self._client._call(
            "room_engine_http_srv/unban_room_member", UnbanRoomMemberRequest, args, params, UnbanRoomMemberResponse
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
        limit: int | None = None,
        offset: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetBannedMemberListResponse: ...

    async def get_banned_member_list(self, *args: Any, **params: Any) -> GetBannedMemberListResponse:
        """List banned members.

        Returns the users banned from a room page by page, with the time each ban ends.

        `POST /v4/room_engine_http_srv/get_banned_member_list` - https://trtc.io/document/60709
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
            limit: Users per page.
            offset: Offset; 0 for the first page, then the NextOffset of the previous reply. Server default
                when omitted: 0.
        """
        return await self._client._call(
            "room_engine_http_srv/get_banned_member_list",
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
    ) -> AsyncIterator[BannedAccount]:
        """Every item of `get_banned_member_list`, fetching page after page as the iteration goes."""
        given = {
            "room_id": room_id,
            "limit": limit,
            "extra_body": extra_body,
        }
        params = {key: value for key, value in given.items() if value is not None}
        return self._client._paginate(
            "room_engine_http_srv/get_banned_member_list",
            GetBannedMemberListRequest,
            params,
            GetBannedMemberListResponse,
        )

    @overload
    async def kick_user_out(
        self, request: KickUserOutRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> KickUserOutResponse: ...

    @overload
    async def kick_user_out(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        reason: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> KickUserOutResponse: ...

    async def kick_user_out(self, *args: Any, **params: Any) -> KickUserOutResponse:
        """Remove members from a room.

        Removes up to twenty users from a room with a message; unlike a ban they may enter again.

        `POST /v4/room_engine_http_srv/kick_user_out` - https://trtc.io/document/60708
        Idempotent: yes (Removing users who have already left leaves the same state (the repeat may answer 100005).)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to remove the users from.
            member_list_account: User IDs to remove.
            reason: Message passed to the removed users.
        """
        return await self._client._call(
            "room_engine_http_srv/kick_user_out", KickUserOutRequest, args, params, KickUserOutResponse
        )


class AsyncRoomConfigService(AsyncService):
    """Webhook configuration for room and seat events. (`room_config`)"""

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
            RoomCallbackCommand
            | Literal[
                "Room.CallbackAfterCreateRoom",
                "Room.CallbackAfterDestroyRoom",
                "Room.CallbackAfterUpdateRoomInfo",
                "Room.CallbackAfterMemberEnter",
                "Room.CallbackAfterMemberLeave",
                "Mic.CallbackAfterSeatInfoChanged",
            ]
            | str
        ],
        extra_body: Mapping[str, Any] | None = None,
    ) -> SetCallbackResponse: ...

    async def set_callback(self, *args: Any, **params: Any) -> SetCallbackResponse:
        """Create the webhook configuration.

        Registers the webhook URL and the room and seat events delivered to it; an app has one
        configuration.

        `POST /v4/room_config/set_callback` - https://trtc.io/document/60729
        Idempotent: yes (Writes the same configuration again; a repeat leaves it unchanged.)
        Rate limit: 200 requests/s.

        Args:
            url: Webhook endpoint; https is advised.
            callback_command_list: Events to deliver.
        """
        return await self._client._call(
            "room_config/set_callback", SetCallbackRequest, args, params, SetCallbackResponse
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
            RoomCallbackCommand
            | Literal[
                "Room.CallbackAfterCreateRoom",
                "Room.CallbackAfterDestroyRoom",
                "Room.CallbackAfterUpdateRoomInfo",
                "Room.CallbackAfterMemberEnter",
                "Room.CallbackAfterMemberLeave",
                "Mic.CallbackAfterSeatInfoChanged",
            ]
            | str
        ],
        extra_body: Mapping[str, Any] | None = None,
    ) -> UpdateCallbackResponse: ...

    async def update_callback(self, *args: Any, **params: Any) -> UpdateCallbackResponse:
        """Update the webhook configuration.

        Replaces the URL and event list of the existing webhook configuration.

        `POST /v4/room_config/update_callback` - https://trtc.io/document/60728
        Idempotent: yes (The configuration is overwritten with the same value.)
        Rate limit: 200 requests/s.

        Args:
            url: New webhook endpoint; https is advised.
            callback_command_list: New list of events.
        """
        return await self._client._call(
            "room_config/update_callback", UpdateCallbackRequest, args, params, UpdateCallbackResponse
        )

    async def get_callback(
        self, request: GetCallbackRequest | None = None, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetCallbackResponse:
        """Get the webhook configuration.

        Returns the webhook URL and the subscribed room and seat events.

        `POST /v4/room_config/get_callback` - https://trtc.io/document/60730
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        params = {"extra_body": extra_body} if extra_body else {}
        return await self._client._call(
            "room_config/get_callback", GetCallbackRequest, (request,) if request else (), params, GetCallbackResponse
        )

    async def delete_callback(
        self, request: DeleteCallbackRequest | None = None, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> DeleteCallbackResponse:
        """Delete the webhook configuration.

        Removes the webhook configuration; no more room events are delivered.

        `POST /v4/room_config/delete_callback` - https://trtc.io/document/60727
        Idempotent: yes (Deleting twice leaves no configuration either way.)
        Rate limit: 200 requests/s.
        """
        params = {"extra_body": extra_body} if extra_body else {}
        return await self._client._call(
            "room_config/delete_callback",
            DeleteCallbackRequest,
            (request,) if request else (),
            params,
            DeleteCallbackResponse,
        )
