# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit
"""Conference (TUIRoomKit), `room_engine_http_srv`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.room._enums.mark_command_type import (
        MarkCommandType,
    )
    from trtc_sdk.models.room.room_engine_http_srv.add_robot import (
        AddRobotRequest,
        AddRobotResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.ban_room_member import (
        BanRoomMemberRequest,
        BanRoomMemberResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.change_room_owner import (
        ChangeRoomOwnerRequest,
        ChangeRoomOwnerResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.create_room import (
        CreateRoomRequest,
        CreateRoomResponse,
        NewRoomInfoParam,
    )
    from trtc_sdk.models.room.room_engine_http_srv.delete_robot import (
        DeleteRobotRequest,
        DeleteRobotResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.destroy_room import (
        DestroyRoomRequest,
        DestroyRoomResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_banned_member_list import (
        BannedAccount,
        GetBannedMemberListRequest,
        GetBannedMemberListResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_muted_member_list import (
        GetMutedMemberListRequest,
        GetMutedMemberListResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_room_info import (
        GetRoomInfoRequest,
        GetRoomInfoResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.get_room_member_list import (
        GetRoomMemberListRequest,
        GetRoomMemberListResponse,
        RoomMember,
    )
    from trtc_sdk.models.room.room_engine_http_srv.kick_user_out import (
        KickUserOutRequest,
        KickUserOutResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.mark_room_member import (
        MarkRoomMemberRequest,
        MarkRoomMemberResponse,
        MemberMarksParam,
    )
    from trtc_sdk.models.room.room_engine_http_srv.mute_room_member import (
        MuteRoomMemberRequest,
        MuteRoomMemberResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.unban_room_member import (
        UnbanRoomMemberRequest,
        UnbanRoomMemberResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.update_room_info import (
        RoomInfoUpdateParam,
        UpdateRoomInfoRequest,
        UpdateRoomInfoResponse,
    )
    from trtc_sdk.models.room.room_engine_http_srv.update_room_member_info import (
        MemberInfoUpdateParam,
        UpdateRoomMemberInfoRequest,
        UpdateRoomMemberInfoResponse,
    )

__all__ = [
    "AsyncRoomService",
    "RoomService",
]


class RoomService(SyncService):
    """Conference rooms and their members. (`room_engine_http_srv`)"""

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
        room_info: NewRoomInfoParam,
        schedule_invitee_list_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateRoomResponse: ...

    def create_room(
        self,
        request: CreateRoomRequest | None = None,
        *,
        room_info: NewRoomInfoParam | None = None,
        schedule_invitee_list_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateRoomResponse:
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
        return cast(
            "CreateRoomResponse",
            self._client._call(
                "room_engine_http_srv/create_room",
                request,
                {
                    **unknown_fields,
                    "room_info": room_info,
                    "schedule_invitee_list_account": schedule_invitee_list_account,
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
        """Destroy a room.

        Dissolves a room; every member is removed.

        `POST /v4/room_engine_http_srv/destroy_room` - https://trtc.io/document/60706
        Idempotent: yes (Dissolving twice leaves the room gone either way; the repeat answers 100004.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to dissolve.
        """
        return cast(
            "DestroyRoomResponse",
            self._client._call(
                "room_engine_http_srv/destroy_room",
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
        room_info: RoomInfoUpdateParam,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateRoomInfoResponse: ...

    def update_room_info(
        self,
        request: UpdateRoomInfoRequest | None = None,
        *,
        room_info: RoomInfoUpdateParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UpdateRoomInfoResponse:
        """Update room settings.

        Changes the name, capacity, media and chat switches, custom data or seat mode of a room.

        `POST /v4/room_engine_http_srv/update_room_info` - https://trtc.io/document/60705
        Idempotent: yes (The given settings are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            room_info: The room and the settings to change.
        """
        return cast(
            "UpdateRoomInfoResponse",
            self._client._call(
                "room_engine_http_srv/update_room_info",
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
        """Get room settings.

        Returns the settings and live state of a room (status, member count, creation time).

        `POST /v4/room_engine_http_srv/get_room_info` - https://trtc.io/document/60704
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetRoomInfoResponse",
            self._client._call(
                "room_engine_http_srv/get_room_info",
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
    def get_room_member_list(
        self,
        request: GetRoomMemberListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomMemberListResponse: ...

    @overload
    def get_room_member_list(
        self,
        *,
        room_id: str,
        count: int | None = None,
        next: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomMemberListResponse: ...

    def get_room_member_list(
        self,
        request: GetRoomMemberListRequest | None = None,
        *,
        room_id: str | None = None,
        count: int | None = None,
        next: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRoomMemberListResponse:
        """List room members.

        Returns the members of a room page by page, with nickname, role, marks and custom data.

        `POST /v4/room_engine_http_srv/get_room_member_list` - https://trtc.io/document/60715
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room whose members are listed.
            count: Members per page. Server default when omitted: 50.
            next: Cursor; empty for the first page, then the Next value of the previous reply.
        """
        return cast(
            "GetRoomMemberListResponse",
            self._client._call(
                "room_engine_http_srv/get_room_member_list",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "count": count,
                    "next": next,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_room_member_list(
            self,
            *,
            room_id: str,
            count: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[RoomMember]: ...

    else:

        def iter_get_room_member_list(
            self,
            *,
            room_id: str | None = None,
            count: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[RoomMember]:
            """Every item of `get_room_member_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "room_engine_http_srv/get_room_member_list",
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "count": count,
                },
                extra_body,
                request_options,
            )

    @overload
    def update_room_member_info(
        self,
        request: UpdateRoomMemberInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateRoomMemberInfoResponse: ...

    @overload
    def update_room_member_info(
        self,
        *,
        room_id: str,
        member_info: MemberInfoUpdateParam,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateRoomMemberInfoResponse: ...

    def update_room_member_info(
        self,
        request: UpdateRoomMemberInfoRequest | None = None,
        *,
        room_id: str | None = None,
        member_info: MemberInfoUpdateParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UpdateRoomMemberInfoResponse:
        """Update a room member.

        Changes one member's nickname in the room, role (administrator or member) or custom data.

        `POST /v4/room_engine_http_srv/update_room_member_info` - https://trtc.io/document/60714
        Idempotent: yes (The given values are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room the member belongs to.
            member_info: The member and the values to change.
        """
        return cast(
            "UpdateRoomMemberInfoResponse",
            self._client._call(
                "room_engine_http_srv/update_room_member_info",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_info": member_info,
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
        from_account: str,
        new_owner_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ChangeRoomOwnerResponse: ...

    def change_room_owner(
        self,
        request: ChangeRoomOwnerRequest | None = None,
        *,
        room_id: str | None = None,
        from_account: str | None = None,
        new_owner_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ChangeRoomOwnerResponse:
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
        return cast(
            "ChangeRoomOwnerResponse",
            self._client._call(
                "room_engine_http_srv/change_room_owner",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "from_account": from_account,
                    "new_owner_account": new_owner_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def mark_room_member(
        self,
        request: MarkRoomMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MarkRoomMemberResponse: ...

    @overload
    def mark_room_member(
        self,
        *,
        room_id: str,
        command_type: MarkCommandType | Literal[1, 2],
        member_list: Sequence[MemberMarksParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MarkRoomMemberResponse: ...

    def mark_room_member(
        self,
        request: MarkRoomMemberRequest | None = None,
        *,
        room_id: str | None = None,
        command_type: MarkCommandType | Literal[1, 2] | None = None,
        member_list: Sequence[MemberMarksParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> MarkRoomMemberResponse:
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
        return cast(
            "MarkRoomMemberResponse",
            self._client._call(
                "room_engine_http_srv/mark_room_member",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "command_type": command_type,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def ban_room_member(
        self,
        request: BanRoomMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
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
        request_options: RequestOptions | None = None,
    ) -> BanRoomMemberResponse: ...

    def ban_room_member(
        self,
        request: BanRoomMemberRequest | None = None,
        *,
        room_id: str | None = None,
        member_list_account: Sequence[str] | None = None,
        reason: str | None = None,
        duration: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BanRoomMemberResponse:
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
        return cast(
            "BanRoomMemberResponse",
            self._client._call(
                "room_engine_http_srv/ban_room_member",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_list_account": member_list_account,
                    "reason": reason,
                    "duration": duration,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def unban_room_member(
        self,
        request: UnbanRoomMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UnbanRoomMemberResponse: ...

    @overload
    def unban_room_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UnbanRoomMemberResponse: ...

    def unban_room_member(
        self,
        request: UnbanRoomMemberRequest | None = None,
        *,
        room_id: str | None = None,
        member_list_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UnbanRoomMemberResponse:
        """Unban room members.

        Lifts the ban on up to twenty users so they can enter the room again.

        `POST /v4/room_engine_http_srv/unban_room_member` - https://trtc.io/document/60710
        Idempotent: yes (Unbanning users who are not banned leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to unban the users in.
            member_list_account: User IDs to unban.
        """
        return cast(
            "UnbanRoomMemberResponse",
            self._client._call(
                "room_engine_http_srv/unban_room_member",
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
        limit: int | None = None,
        offset: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetBannedMemberListResponse: ...

    def get_banned_member_list(
        self,
        request: GetBannedMemberListRequest | None = None,
        *,
        room_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetBannedMemberListResponse:
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
        return cast(
            "GetBannedMemberListResponse",
            self._client._call(
                "room_engine_http_srv/get_banned_member_list",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "limit": limit,
                    "offset": offset,
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
        ) -> Iterator[BannedAccount]: ...

    else:

        def iter_get_banned_member_list(
            self,
            *,
            room_id: str | None = None,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[BannedAccount]:
            """Every item of `get_banned_member_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "room_engine_http_srv/get_banned_member_list",
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "limit": limit,
                },
                extra_body,
                request_options,
            )

    @overload
    def kick_user_out(
        self,
        request: KickUserOutRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> KickUserOutResponse: ...

    @overload
    def kick_user_out(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        reason: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> KickUserOutResponse: ...

    def kick_user_out(
        self,
        request: KickUserOutRequest | None = None,
        *,
        room_id: str | None = None,
        member_list_account: Sequence[str] | None = None,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> KickUserOutResponse:
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
        return cast(
            "KickUserOutResponse",
            self._client._call(
                "room_engine_http_srv/kick_user_out",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_list_account": member_list_account,
                    "reason": reason,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def mute_room_member(
        self,
        request: MuteRoomMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MuteRoomMemberResponse: ...

    @overload
    def mute_room_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[int],
        mute_time: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MuteRoomMemberResponse: ...

    def mute_room_member(
        self,
        request: MuteRoomMemberRequest | None = None,
        *,
        room_id: str | None = None,
        member_list_account: Sequence[int] | None = None,
        mute_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> MuteRoomMemberResponse:
        """Mute or unmute room members.

        Stops up to twenty room members, named by TinyId, from speaking for a number of seconds; a mute
        time of 0 lifts the mute.

        `POST /v4/room_engine_http_srv/mute_room_member` - https://cloud.tencent.com/document/product/647/135389
        Idempotent: yes (Muting again keeps the members muted (the end moves to MuteTime after the repeat); unmuting twice leaves them unmuted.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room whose members are muted.
            member_list_account: TinyIds (the service's numeric user IDs, not the UserID strings) of the members to mute
                or unmute.
            mute_time: How long the mute lasts; 0 lifts it. Unit: seconds.
        """
        return cast(
            "MuteRoomMemberResponse",
            self._client._call(
                "room_engine_http_srv/mute_room_member",
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
        """List muted room members.

        Returns the members muted in a room with the time each mute ends.

        `POST /v4/room_engine_http_srv/get_muted_member_list` - https://cloud.tencent.com/document/product/647/135390
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetMutedMemberListResponse",
            self._client._call(
                "room_engine_http_srv/get_muted_member_list",
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
        member_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddRobotResponse: ...

    def add_robot(
        self,
        request: AddRobotRequest | None = None,
        *,
        room_id: str | None = None,
        member_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddRobotResponse:
        """Add a robot to a room.

        Places a robot account (an imported UserID) in a conference room.

        `POST /v4/room_engine_http_srv/add_robot` - https://trtc.io/document/70467
        Idempotent: yes (Adding a robot that is already in the room leaves the same robots; what the server answers to the repeat is not documented.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to add the robot to.
            member_account: UserID of the robot; one robot per call.
        """
        return cast(
            "AddRobotResponse",
            self._client._call(
                "room_engine_http_srv/add_robot",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_account": member_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def delete_robot(
        self,
        request: DeleteRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteRobotResponse: ...

    @overload
    def delete_robot(
        self,
        *,
        room_id: str,
        member_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteRobotResponse: ...

    def delete_robot(
        self,
        request: DeleteRobotRequest | None = None,
        *,
        room_id: str | None = None,
        member_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteRobotResponse:
        """Remove a robot from a room.

        Takes a robot account out of a conference room.

        `POST /v4/room_engine_http_srv/delete_robot` - https://trtc.io/document/70468
        Idempotent: yes (Removing a robot that has already left keeps it out of the room (the repeat may answer 100005).)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to remove the robot from.
            member_account: UserID of the robot to remove.
        """
        return cast(
            "DeleteRobotResponse",
            self._client._call(
                "room_engine_http_srv/delete_robot",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_account": member_account,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncRoomService(AsyncService):
    """Conference rooms and their members. (`room_engine_http_srv`)"""

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
        room_info: NewRoomInfoParam,
        schedule_invitee_list_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateRoomResponse: ...

    async def create_room(
        self,
        request: CreateRoomRequest | None = None,
        *,
        room_info: NewRoomInfoParam | None = None,
        schedule_invitee_list_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateRoomResponse:
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
        return cast(
            "CreateRoomResponse",
            await self._client._call(
                "room_engine_http_srv/create_room",
                request,
                {
                    **unknown_fields,
                    "room_info": room_info,
                    "schedule_invitee_list_account": schedule_invitee_list_account,
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
        """Destroy a room.

        Dissolves a room; every member is removed.

        `POST /v4/room_engine_http_srv/destroy_room` - https://trtc.io/document/60706
        Idempotent: yes (Dissolving twice leaves the room gone either way; the repeat answers 100004.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to dissolve.
        """
        return cast(
            "DestroyRoomResponse",
            await self._client._call(
                "room_engine_http_srv/destroy_room",
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
        room_info: RoomInfoUpdateParam,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateRoomInfoResponse: ...

    async def update_room_info(
        self,
        request: UpdateRoomInfoRequest | None = None,
        *,
        room_info: RoomInfoUpdateParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UpdateRoomInfoResponse:
        """Update room settings.

        Changes the name, capacity, media and chat switches, custom data or seat mode of a room.

        `POST /v4/room_engine_http_srv/update_room_info` - https://trtc.io/document/60705
        Idempotent: yes (The given settings are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            room_info: The room and the settings to change.
        """
        return cast(
            "UpdateRoomInfoResponse",
            await self._client._call(
                "room_engine_http_srv/update_room_info",
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
        """Get room settings.

        Returns the settings and live state of a room (status, member count, creation time).

        `POST /v4/room_engine_http_srv/get_room_info` - https://trtc.io/document/60704
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetRoomInfoResponse",
            await self._client._call(
                "room_engine_http_srv/get_room_info",
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
    async def get_room_member_list(
        self,
        request: GetRoomMemberListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomMemberListResponse: ...

    @overload
    async def get_room_member_list(
        self,
        *,
        room_id: str,
        count: int | None = None,
        next: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoomMemberListResponse: ...

    async def get_room_member_list(
        self,
        request: GetRoomMemberListRequest | None = None,
        *,
        room_id: str | None = None,
        count: int | None = None,
        next: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRoomMemberListResponse:
        """List room members.

        Returns the members of a room page by page, with nickname, role, marks and custom data.

        `POST /v4/room_engine_http_srv/get_room_member_list` - https://trtc.io/document/60715
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room whose members are listed.
            count: Members per page. Server default when omitted: 50.
            next: Cursor; empty for the first page, then the Next value of the previous reply.
        """
        return cast(
            "GetRoomMemberListResponse",
            await self._client._call(
                "room_engine_http_srv/get_room_member_list",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "count": count,
                    "next": next,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_room_member_list(
            self,
            *,
            room_id: str,
            count: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[RoomMember]: ...

    else:

        def iter_get_room_member_list(
            self,
            *,
            room_id: str | None = None,
            count: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[RoomMember]:
            """Every item of `get_room_member_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "room_engine_http_srv/get_room_member_list",
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "count": count,
                },
                extra_body,
                request_options,
            )

    @overload
    async def update_room_member_info(
        self,
        request: UpdateRoomMemberInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateRoomMemberInfoResponse: ...

    @overload
    async def update_room_member_info(
        self,
        *,
        room_id: str,
        member_info: MemberInfoUpdateParam,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateRoomMemberInfoResponse: ...

    async def update_room_member_info(
        self,
        request: UpdateRoomMemberInfoRequest | None = None,
        *,
        room_id: str | None = None,
        member_info: MemberInfoUpdateParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UpdateRoomMemberInfoResponse:
        """Update a room member.

        Changes one member's nickname in the room, role (administrator or member) or custom data.

        `POST /v4/room_engine_http_srv/update_room_member_info` - https://trtc.io/document/60714
        Idempotent: yes (The given values are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room the member belongs to.
            member_info: The member and the values to change.
        """
        return cast(
            "UpdateRoomMemberInfoResponse",
            await self._client._call(
                "room_engine_http_srv/update_room_member_info",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_info": member_info,
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
        from_account: str,
        new_owner_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ChangeRoomOwnerResponse: ...

    async def change_room_owner(
        self,
        request: ChangeRoomOwnerRequest | None = None,
        *,
        room_id: str | None = None,
        from_account: str | None = None,
        new_owner_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ChangeRoomOwnerResponse:
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
        return cast(
            "ChangeRoomOwnerResponse",
            await self._client._call(
                "room_engine_http_srv/change_room_owner",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "from_account": from_account,
                    "new_owner_account": new_owner_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def mark_room_member(
        self,
        request: MarkRoomMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MarkRoomMemberResponse: ...

    @overload
    async def mark_room_member(
        self,
        *,
        room_id: str,
        command_type: MarkCommandType | Literal[1, 2],
        member_list: Sequence[MemberMarksParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MarkRoomMemberResponse: ...

    async def mark_room_member(
        self,
        request: MarkRoomMemberRequest | None = None,
        *,
        room_id: str | None = None,
        command_type: MarkCommandType | Literal[1, 2] | None = None,
        member_list: Sequence[MemberMarksParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> MarkRoomMemberResponse:
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
        return cast(
            "MarkRoomMemberResponse",
            await self._client._call(
                "room_engine_http_srv/mark_room_member",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "command_type": command_type,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def ban_room_member(
        self,
        request: BanRoomMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
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
        request_options: RequestOptions | None = None,
    ) -> BanRoomMemberResponse: ...

    async def ban_room_member(
        self,
        request: BanRoomMemberRequest | None = None,
        *,
        room_id: str | None = None,
        member_list_account: Sequence[str] | None = None,
        reason: str | None = None,
        duration: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BanRoomMemberResponse:
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
        return cast(
            "BanRoomMemberResponse",
            await self._client._call(
                "room_engine_http_srv/ban_room_member",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_list_account": member_list_account,
                    "reason": reason,
                    "duration": duration,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def unban_room_member(
        self,
        request: UnbanRoomMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UnbanRoomMemberResponse: ...

    @overload
    async def unban_room_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UnbanRoomMemberResponse: ...

    async def unban_room_member(
        self,
        request: UnbanRoomMemberRequest | None = None,
        *,
        room_id: str | None = None,
        member_list_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UnbanRoomMemberResponse:
        """Unban room members.

        Lifts the ban on up to twenty users so they can enter the room again.

        `POST /v4/room_engine_http_srv/unban_room_member` - https://trtc.io/document/60710
        Idempotent: yes (Unbanning users who are not banned leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to unban the users in.
            member_list_account: User IDs to unban.
        """
        return cast(
            "UnbanRoomMemberResponse",
            await self._client._call(
                "room_engine_http_srv/unban_room_member",
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
        limit: int | None = None,
        offset: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetBannedMemberListResponse: ...

    async def get_banned_member_list(
        self,
        request: GetBannedMemberListRequest | None = None,
        *,
        room_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetBannedMemberListResponse:
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
        return cast(
            "GetBannedMemberListResponse",
            await self._client._call(
                "room_engine_http_srv/get_banned_member_list",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "limit": limit,
                    "offset": offset,
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
        ) -> AsyncIterator[BannedAccount]: ...

    else:

        def iter_get_banned_member_list(
            self,
            *,
            room_id: str | None = None,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[BannedAccount]:
            """Every item of `get_banned_member_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "room_engine_http_srv/get_banned_member_list",
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "limit": limit,
                },
                extra_body,
                request_options,
            )

    @overload
    async def kick_user_out(
        self,
        request: KickUserOutRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> KickUserOutResponse: ...

    @overload
    async def kick_user_out(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[str],
        reason: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> KickUserOutResponse: ...

    async def kick_user_out(
        self,
        request: KickUserOutRequest | None = None,
        *,
        room_id: str | None = None,
        member_list_account: Sequence[str] | None = None,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> KickUserOutResponse:
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
        return cast(
            "KickUserOutResponse",
            await self._client._call(
                "room_engine_http_srv/kick_user_out",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_list_account": member_list_account,
                    "reason": reason,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def mute_room_member(
        self,
        request: MuteRoomMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MuteRoomMemberResponse: ...

    @overload
    async def mute_room_member(
        self,
        *,
        room_id: str,
        member_list_account: Sequence[int],
        mute_time: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MuteRoomMemberResponse: ...

    async def mute_room_member(
        self,
        request: MuteRoomMemberRequest | None = None,
        *,
        room_id: str | None = None,
        member_list_account: Sequence[int] | None = None,
        mute_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> MuteRoomMemberResponse:
        """Mute or unmute room members.

        Stops up to twenty room members, named by TinyId, from speaking for a number of seconds; a mute
        time of 0 lifts the mute.

        `POST /v4/room_engine_http_srv/mute_room_member` - https://cloud.tencent.com/document/product/647/135389
        Idempotent: yes (Muting again keeps the members muted (the end moves to MuteTime after the repeat); unmuting twice leaves them unmuted.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room whose members are muted.
            member_list_account: TinyIds (the service's numeric user IDs, not the UserID strings) of the members to mute
                or unmute.
            mute_time: How long the mute lasts; 0 lifts it. Unit: seconds.
        """
        return cast(
            "MuteRoomMemberResponse",
            await self._client._call(
                "room_engine_http_srv/mute_room_member",
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
        """List muted room members.

        Returns the members muted in a room with the time each mute ends.

        `POST /v4/room_engine_http_srv/get_muted_member_list` - https://cloud.tencent.com/document/product/647/135390
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetMutedMemberListResponse",
            await self._client._call(
                "room_engine_http_srv/get_muted_member_list",
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
        member_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddRobotResponse: ...

    async def add_robot(
        self,
        request: AddRobotRequest | None = None,
        *,
        room_id: str | None = None,
        member_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddRobotResponse:
        """Add a robot to a room.

        Places a robot account (an imported UserID) in a conference room.

        `POST /v4/room_engine_http_srv/add_robot` - https://trtc.io/document/70467
        Idempotent: yes (Adding a robot that is already in the room leaves the same robots; what the server answers to the repeat is not documented.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to add the robot to.
            member_account: UserID of the robot; one robot per call.
        """
        return cast(
            "AddRobotResponse",
            await self._client._call(
                "room_engine_http_srv/add_robot",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_account": member_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def delete_robot(
        self,
        request: DeleteRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteRobotResponse: ...

    @overload
    async def delete_robot(
        self,
        *,
        room_id: str,
        member_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteRobotResponse: ...

    async def delete_robot(
        self,
        request: DeleteRobotRequest | None = None,
        *,
        room_id: str | None = None,
        member_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteRobotResponse:
        """Remove a robot from a room.

        Takes a robot account out of a conference room.

        `POST /v4/room_engine_http_srv/delete_robot` - https://trtc.io/document/70468
        Idempotent: yes (Removing a robot that has already left keeps it out of the room (the repeat may answer 100005).)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to remove the robot from.
            member_account: UserID of the robot to remove.
        """
        return cast(
            "DeleteRobotResponse",
            await self._client._call(
                "room_engine_http_srv/delete_robot",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_account": member_account,
                },
                extra_body,
                request_options,
            ),
        )
