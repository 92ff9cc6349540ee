# generated from spec/seat.yaml by `python -m codegen generate` - do not edit
"""Seats (shared by Conference and Live): typed methods, one class per servicename (sync and async)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, overload

from trtc_sdk._runtime.service import AsyncService, SyncService
from trtc_sdk.models.seat import (
    GetSeatListRequest,
    GetSeatListResponse,
    KickUserOffSeatRequest,
    KickUserOffSeatResponse,
    LockSeatRequest,
    LockSeatResponse,
    MovePolicy,
    MoveUserToSeatRequest,
    MoveUserToSeatResponse,
    PickUserOnSeatRequest,
    PickUserOnSeatResponse,
    SwitchSeatRequest,
    SwitchSeatResponse,
)


class RoomSeatService(SyncService):
    """Seats (mic positions) of Conference and Live rooms. (`room_engine_http_mic`)"""

    @overload
    def get_seat_list(
        self, request: GetSeatListRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetSeatListResponse: ...

    @overload
    def get_seat_list(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetSeatListResponse: ...

    def get_seat_list(self, *args: Any, **params: Any) -> GetSeatListResponse:
        """List seats.

        Returns every seat of a room with its occupant and its lock and media flags.

        `POST /v4/room_engine_http_mic/get_seat_list` - https://trtc.io/document/60719
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return self._client._call(
            "room_engine_http_mic/get_seat_list", GetSeatListRequest, args, params, GetSeatListResponse
        )

    @overload
    def pick_user_on_seat(
        self, request: PickUserOnSeatRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> PickUserOnSeatResponse: ...

    @overload
    def pick_user_on_seat(
        self,
        *,
        room_id: str,
        index: int,
        member_account: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PickUserOnSeatResponse: ...

    def pick_user_on_seat(self, *args: Any, **params: Any) -> PickUserOnSeatResponse:
        """Put a member on a seat.

        Places a room member on a given seat on the administrator's behalf.

        `POST /v4/room_engine_http_mic/pick_user_on_seat` - https://trtc.io/document/60718
        Idempotent: yes (A repeat finds the user already on the seat and changes nothing (it answers 100203).)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room.
            index: Seat number to put the user on.
            member_account: User ID; must be a member of the room.
        """
        return self._client._call(
            "room_engine_http_mic/pick_user_on_seat", PickUserOnSeatRequest, args, params, PickUserOnSeatResponse
        )

    @overload
    def kick_user_off_seat(
        self, request: KickUserOffSeatRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> KickUserOffSeatResponse: ...

    @overload
    def kick_user_off_seat(
        self,
        *,
        room_id: str,
        member_account: str,
        data: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> KickUserOffSeatResponse: ...

    def kick_user_off_seat(self, *args: Any, **params: Any) -> KickUserOffSeatResponse:
        """Take a member off a seat.

        Takes a user off the seat they occupy and passes app-defined data along with the notification.

        `POST /v4/room_engine_http_mic/kick_user_off_seat` - https://trtc.io/document/60717
        Idempotent: yes (A user already off the seat stays off; the repeat changes nothing.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room.
            member_account: User ID of the user on a seat.
            data: App-defined data delivered with the notification of the removal.
        """
        return self._client._call(
            "room_engine_http_mic/kick_user_off_seat", KickUserOffSeatRequest, args, params, KickUserOffSeatResponse
        )

    @overload
    def lock_seat(
        self, request: LockSeatRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> LockSeatResponse: ...

    @overload
    def lock_seat(
        self,
        *,
        room_id: str,
        index: int,
        forbid_taken: bool | None = None,
        forbid_video: bool | None = None,
        forbid_audio: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> LockSeatResponse: ...

    def lock_seat(self, *args: Any, **params: Any) -> LockSeatResponse:
        """Lock a seat.

        Locks a seat and/or forbids its audio or video; anyone on a seat that gets locked is taken off
        first. Sending the flags as false presumably lifts the restriction (not documented).

        `POST /v4/room_engine_http_mic/lock_seat` - https://trtc.io/document/60716
        Idempotent: yes (The seat's flags are set to the same values again.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room.
            index: Seat number.
            forbid_taken: Lock the seat so nobody can take it.
            forbid_video: Forbid video from the seat.
            forbid_audio: Forbid audio from the seat.
        """
        return self._client._call("room_engine_http_mic/lock_seat", LockSeatRequest, args, params, LockSeatResponse)

    @overload
    def switch_seat(
        self, request: SwitchSeatRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> SwitchSeatResponse: ...

    @overload
    def switch_seat(
        self,
        *,
        room_id: str,
        to_index: int,
        member_account: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SwitchSeatResponse: ...

    def switch_seat(self, *args: Any, **params: Any) -> SwitchSeatResponse:
        """Move a member to an empty seat (old).

        Moves a user who is on a seat to another, empty seat. Superseded by move_user_to_seat.

        `POST /v4/room_engine_http_mic/switch_seat` - https://trtc.io/document/72552
        Idempotent: yes (A repeat finds the user already on the target seat; the state stays the same.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room.
            to_index: Seat number to move to.
            member_account: User ID to move.
        """
        return self._client._call(
            "room_engine_http_mic/switch_seat", SwitchSeatRequest, args, params, SwitchSeatResponse
        )

    @overload
    def move_user_to_seat(
        self, request: MoveUserToSeatRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> MoveUserToSeatResponse: ...

    @overload
    def move_user_to_seat(
        self,
        *,
        room_id: str,
        seat_index: int,
        member_account: str,
        policy: MovePolicy | Literal[0, 1, 2],
        extra_body: Mapping[str, Any] | None = None,
    ) -> MoveUserToSeatResponse: ...

    def move_user_to_seat(self, *args: Any, **params: Any) -> MoveUserToSeatResponse:
        """Move a member to another seat.

        Moves a user who is on a seat to another seat; when the target is occupied the policy cancels
        the move, moves anyway and takes the occupant off, or swaps the two users.

        `POST /v4/room_engine_http_mic/move_user_to_seat` - https://trtc.io/document/72685
        Idempotent: no (With Policy SWAP or FORCE a resend after an ambiguous failure could swap the users back or take another occupant off; what the server does on a repeat is not documented.
        )
        Rate limit: 200 requests/s.

        Args:
            room_id: Room.
            seat_index: Seat number to move to.
            member_account: User ID to move.
            policy: What to do when the target seat is occupied.
        """
        return self._client._call(
            "room_engine_http_mic/move_user_to_seat", MoveUserToSeatRequest, args, params, MoveUserToSeatResponse
        )


class AsyncRoomSeatService(AsyncService):
    """Seats (mic positions) of Conference and Live rooms. (`room_engine_http_mic`)"""

    @overload
    async def get_seat_list(
        self, request: GetSeatListRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> GetSeatListResponse: ...

    @overload
    async def get_seat_list(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetSeatListResponse: ...

    async def get_seat_list(self, *args: Any, **params: Any) -> GetSeatListResponse:
        """List seats.

        Returns every seat of a room with its occupant and its lock and media flags.

        `POST /v4/room_engine_http_mic/get_seat_list` - https://trtc.io/document/60719
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return await self._client._call(
            "room_engine_http_mic/get_seat_list", GetSeatListRequest, args, params, GetSeatListResponse
        )

    @overload
    async def pick_user_on_seat(
        self, request: PickUserOnSeatRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> PickUserOnSeatResponse: ...

    @overload
    async def pick_user_on_seat(
        self,
        *,
        room_id: str,
        index: int,
        member_account: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PickUserOnSeatResponse: ...

    async def pick_user_on_seat(self, *args: Any, **params: Any) -> PickUserOnSeatResponse:
        """Put a member on a seat.

        Places a room member on a given seat on the administrator's behalf.

        `POST /v4/room_engine_http_mic/pick_user_on_seat` - https://trtc.io/document/60718
        Idempotent: yes (A repeat finds the user already on the seat and changes nothing (it answers 100203).)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room.
            index: Seat number to put the user on.
            member_account: User ID; must be a member of the room.
        """
        return await self._client._call(
            "room_engine_http_mic/pick_user_on_seat", PickUserOnSeatRequest, args, params, PickUserOnSeatResponse
        )

    @overload
    async def kick_user_off_seat(
        self, request: KickUserOffSeatRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> KickUserOffSeatResponse: ...

    @overload
    async def kick_user_off_seat(
        self,
        *,
        room_id: str,
        member_account: str,
        data: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> KickUserOffSeatResponse: ...

    async def kick_user_off_seat(self, *args: Any, **params: Any) -> KickUserOffSeatResponse:
        """Take a member off a seat.

        Takes a user off the seat they occupy and passes app-defined data along with the notification.

        `POST /v4/room_engine_http_mic/kick_user_off_seat` - https://trtc.io/document/60717
        Idempotent: yes (A user already off the seat stays off; the repeat changes nothing.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room.
            member_account: User ID of the user on a seat.
            data: App-defined data delivered with the notification of the removal.
        """
        return await self._client._call(
            "room_engine_http_mic/kick_user_off_seat", KickUserOffSeatRequest, args, params, KickUserOffSeatResponse
        )

    @overload
    async def lock_seat(
        self, request: LockSeatRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> LockSeatResponse: ...

    @overload
    async def lock_seat(
        self,
        *,
        room_id: str,
        index: int,
        forbid_taken: bool | None = None,
        forbid_video: bool | None = None,
        forbid_audio: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> LockSeatResponse: ...

    async def lock_seat(self, *args: Any, **params: Any) -> LockSeatResponse:
        """Lock a seat.

        Locks a seat and/or forbids its audio or video; anyone on a seat that gets locked is taken off
        first. Sending the flags as false presumably lifts the restriction (not documented).

        `POST /v4/room_engine_http_mic/lock_seat` - https://trtc.io/document/60716
        Idempotent: yes (The seat's flags are set to the same values again.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room.
            index: Seat number.
            forbid_taken: Lock the seat so nobody can take it.
            forbid_video: Forbid video from the seat.
            forbid_audio: Forbid audio from the seat.
        """
        return await self._client._call(
            "room_engine_http_mic/lock_seat", LockSeatRequest, args, params, LockSeatResponse
        )

    @overload
    async def switch_seat(
        self, request: SwitchSeatRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> SwitchSeatResponse: ...

    @overload
    async def switch_seat(
        self,
        *,
        room_id: str,
        to_index: int,
        member_account: str,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SwitchSeatResponse: ...

    async def switch_seat(self, *args: Any, **params: Any) -> SwitchSeatResponse:
        """Move a member to an empty seat (old).

        Moves a user who is on a seat to another, empty seat. Superseded by move_user_to_seat.

        `POST /v4/room_engine_http_mic/switch_seat` - https://trtc.io/document/72552
        Idempotent: yes (A repeat finds the user already on the target seat; the state stays the same.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room.
            to_index: Seat number to move to.
            member_account: User ID to move.
        """
        return await self._client._call(
            "room_engine_http_mic/switch_seat", SwitchSeatRequest, args, params, SwitchSeatResponse
        )

    @overload
    async def move_user_to_seat(
        self, request: MoveUserToSeatRequest, /, *, extra_body: Mapping[str, Any] | None = None
    ) -> MoveUserToSeatResponse: ...

    @overload
    async def move_user_to_seat(
        self,
        *,
        room_id: str,
        seat_index: int,
        member_account: str,
        policy: MovePolicy | Literal[0, 1, 2],
        extra_body: Mapping[str, Any] | None = None,
    ) -> MoveUserToSeatResponse: ...

    async def move_user_to_seat(self, *args: Any, **params: Any) -> MoveUserToSeatResponse:
        """Move a member to another seat.

        Moves a user who is on a seat to another seat; when the target is occupied the policy cancels
        the move, moves anyway and takes the occupant off, or swaps the two users.

        `POST /v4/room_engine_http_mic/move_user_to_seat` - https://trtc.io/document/72685
        Idempotent: no (With Policy SWAP or FORCE a resend after an ambiguous failure could swap the users back or take another occupant off; what the server does on a repeat is not documented.
        )
        Rate limit: 200 requests/s.

        Args:
            room_id: Room.
            seat_index: Seat number to move to.
            member_account: User ID to move.
            policy: What to do when the target seat is occupied.
        """
        return await self._client._call(
            "room_engine_http_mic/move_user_to_seat", MoveUserToSeatRequest, args, params, MoveUserToSeatResponse
        )
