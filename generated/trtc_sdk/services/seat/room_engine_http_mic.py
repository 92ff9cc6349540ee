# generated from spec/seat.yaml by `python -m codegen generate` - do not edit
"""Seats (shared by Conference and Live), `room_engine_http_mic`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.seat._enums.move_policy import (
        MovePolicy,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.get_seat_list import (
        GetSeatListRequest,
        GetSeatListResponse,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.kick_user_off_seat import (
        KickUserOffSeatRequest,
        KickUserOffSeatResponse,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.lock_seat import (
        LockSeatRequest,
        LockSeatResponse,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.move_user_to_seat import (
        MoveUserToSeatRequest,
        MoveUserToSeatResponse,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.pick_user_on_seat import (
        PickUserOnSeatRequest,
        PickUserOnSeatResponse,
    )
    from trtc_sdk.models.seat.room_engine_http_mic.switch_seat import (
        SwitchSeatRequest,
        SwitchSeatResponse,
    )

__all__ = [
    "AsyncRoomSeatService",
    "RoomSeatService",
]


class RoomSeatService(SyncService):
    """Seats (mic positions) of Conference and Live rooms. (`room_engine_http_mic`)"""

    __slots__ = ()

    @overload
    def get_seat_list(
        self,
        request: GetSeatListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSeatListResponse: ...

    @overload
    def get_seat_list(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSeatListResponse: ...

    def get_seat_list(
        self,
        request: GetSeatListRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetSeatListResponse:
        """List seats.

        Returns every seat of a room with its occupant and its lock and media flags.

        `POST /v4/room_engine_http_mic/get_seat_list` - https://trtc.io/document/60719
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetSeatListResponse",
            self._client._call(
                "room_engine_http_mic/get_seat_list",
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
    def pick_user_on_seat(
        self,
        request: PickUserOnSeatRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PickUserOnSeatResponse: ...

    @overload
    def pick_user_on_seat(
        self,
        *,
        room_id: str,
        index: int,
        member_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PickUserOnSeatResponse: ...

    def pick_user_on_seat(
        self,
        request: PickUserOnSeatRequest | None = None,
        *,
        room_id: str | None = None,
        index: int | None = None,
        member_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> PickUserOnSeatResponse:
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
        return cast(
            "PickUserOnSeatResponse",
            self._client._call(
                "room_engine_http_mic/pick_user_on_seat",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "index": index,
                    "member_account": member_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def kick_user_off_seat(
        self,
        request: KickUserOffSeatRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> KickUserOffSeatResponse: ...

    @overload
    def kick_user_off_seat(
        self,
        *,
        room_id: str,
        member_account: str,
        data: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> KickUserOffSeatResponse: ...

    def kick_user_off_seat(
        self,
        request: KickUserOffSeatRequest | None = None,
        *,
        room_id: str | None = None,
        member_account: str | None = None,
        data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> KickUserOffSeatResponse:
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
        return cast(
            "KickUserOffSeatResponse",
            self._client._call(
                "room_engine_http_mic/kick_user_off_seat",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_account": member_account,
                    "data": data,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def lock_seat(
        self,
        request: LockSeatRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
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
        request_options: RequestOptions | None = None,
    ) -> LockSeatResponse: ...

    def lock_seat(
        self,
        request: LockSeatRequest | None = None,
        *,
        room_id: str | None = None,
        index: int | None = None,
        forbid_taken: bool | None = None,
        forbid_video: bool | None = None,
        forbid_audio: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> LockSeatResponse:
        """Lock a seat.

        Locks or unlocks a seat and forbids or allows the audio and video of the user on it; anyone on a
        seat that gets locked is taken off first.

        `POST /v4/room_engine_http_mic/lock_seat` - https://trtc.io/document/60716
        Idempotent: yes (The seat's flags are set to the same values again.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room.
            index: Seat number.
            forbid_taken: true locks the seat so nobody can take it; false unlocks it.
            forbid_video: true forbids video of the user on the seat, false allows it; the flag follows the user
                to another seat and is cleared when the user leaves.
            forbid_audio: true forbids audio of the user on the seat, false allows it; the flag follows the user
                to another seat and is cleared when the user leaves.
        """
        return cast(
            "LockSeatResponse",
            self._client._call(
                "room_engine_http_mic/lock_seat",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "index": index,
                    "forbid_taken": forbid_taken,
                    "forbid_video": forbid_video,
                    "forbid_audio": forbid_audio,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def switch_seat(
        self,
        request: SwitchSeatRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SwitchSeatResponse: ...

    @overload
    def switch_seat(
        self,
        *,
        room_id: str,
        to_index: int,
        member_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SwitchSeatResponse: ...

    def switch_seat(
        self,
        request: SwitchSeatRequest | None = None,
        *,
        room_id: str | None = None,
        to_index: int | None = None,
        member_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SwitchSeatResponse:
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
        return cast(
            "SwitchSeatResponse",
            self._client._call(
                "room_engine_http_mic/switch_seat",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "to_index": to_index,
                    "member_account": member_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def move_user_to_seat(
        self,
        request: MoveUserToSeatRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
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
        request_options: RequestOptions | None = None,
    ) -> MoveUserToSeatResponse: ...

    def move_user_to_seat(
        self,
        request: MoveUserToSeatRequest | None = None,
        *,
        room_id: str | None = None,
        seat_index: int | None = None,
        member_account: str | None = None,
        policy: MovePolicy | Literal[0, 1, 2] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> MoveUserToSeatResponse:
        """Move a member to another seat.

        Moves a user who is on a seat to another seat (unlocking a locked target); when the target is
        occupied the policy cancels the move, moves anyway and takes the occupant off, or swaps the two
        users.

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
        return cast(
            "MoveUserToSeatResponse",
            self._client._call(
                "room_engine_http_mic/move_user_to_seat",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "seat_index": seat_index,
                    "member_account": member_account,
                    "policy": policy,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncRoomSeatService(AsyncService):
    """Seats (mic positions) of Conference and Live rooms. (`room_engine_http_mic`)"""

    __slots__ = ()

    @overload
    async def get_seat_list(
        self,
        request: GetSeatListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSeatListResponse: ...

    @overload
    async def get_seat_list(
        self,
        *,
        room_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSeatListResponse: ...

    async def get_seat_list(
        self,
        request: GetSeatListRequest | None = None,
        *,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetSeatListResponse:
        """List seats.

        Returns every seat of a room with its occupant and its lock and media flags.

        `POST /v4/room_engine_http_mic/get_seat_list` - https://trtc.io/document/60719
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room to read.
        """
        return cast(
            "GetSeatListResponse",
            await self._client._call(
                "room_engine_http_mic/get_seat_list",
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
    async def pick_user_on_seat(
        self,
        request: PickUserOnSeatRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PickUserOnSeatResponse: ...

    @overload
    async def pick_user_on_seat(
        self,
        *,
        room_id: str,
        index: int,
        member_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PickUserOnSeatResponse: ...

    async def pick_user_on_seat(
        self,
        request: PickUserOnSeatRequest | None = None,
        *,
        room_id: str | None = None,
        index: int | None = None,
        member_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> PickUserOnSeatResponse:
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
        return cast(
            "PickUserOnSeatResponse",
            await self._client._call(
                "room_engine_http_mic/pick_user_on_seat",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "index": index,
                    "member_account": member_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def kick_user_off_seat(
        self,
        request: KickUserOffSeatRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> KickUserOffSeatResponse: ...

    @overload
    async def kick_user_off_seat(
        self,
        *,
        room_id: str,
        member_account: str,
        data: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> KickUserOffSeatResponse: ...

    async def kick_user_off_seat(
        self,
        request: KickUserOffSeatRequest | None = None,
        *,
        room_id: str | None = None,
        member_account: str | None = None,
        data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> KickUserOffSeatResponse:
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
        return cast(
            "KickUserOffSeatResponse",
            await self._client._call(
                "room_engine_http_mic/kick_user_off_seat",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "member_account": member_account,
                    "data": data,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def lock_seat(
        self,
        request: LockSeatRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
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
        request_options: RequestOptions | None = None,
    ) -> LockSeatResponse: ...

    async def lock_seat(
        self,
        request: LockSeatRequest | None = None,
        *,
        room_id: str | None = None,
        index: int | None = None,
        forbid_taken: bool | None = None,
        forbid_video: bool | None = None,
        forbid_audio: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> LockSeatResponse:
        """Lock a seat.

        Locks or unlocks a seat and forbids or allows the audio and video of the user on it; anyone on a
        seat that gets locked is taken off first.

        `POST /v4/room_engine_http_mic/lock_seat` - https://trtc.io/document/60716
        Idempotent: yes (The seat's flags are set to the same values again.)
        Rate limit: 200 requests/s.

        Args:
            room_id: Room.
            index: Seat number.
            forbid_taken: true locks the seat so nobody can take it; false unlocks it.
            forbid_video: true forbids video of the user on the seat, false allows it; the flag follows the user
                to another seat and is cleared when the user leaves.
            forbid_audio: true forbids audio of the user on the seat, false allows it; the flag follows the user
                to another seat and is cleared when the user leaves.
        """
        return cast(
            "LockSeatResponse",
            await self._client._call(
                "room_engine_http_mic/lock_seat",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "index": index,
                    "forbid_taken": forbid_taken,
                    "forbid_video": forbid_video,
                    "forbid_audio": forbid_audio,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def switch_seat(
        self,
        request: SwitchSeatRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SwitchSeatResponse: ...

    @overload
    async def switch_seat(
        self,
        *,
        room_id: str,
        to_index: int,
        member_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SwitchSeatResponse: ...

    async def switch_seat(
        self,
        request: SwitchSeatRequest | None = None,
        *,
        room_id: str | None = None,
        to_index: int | None = None,
        member_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SwitchSeatResponse:
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
        return cast(
            "SwitchSeatResponse",
            await self._client._call(
                "room_engine_http_mic/switch_seat",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "to_index": to_index,
                    "member_account": member_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def move_user_to_seat(
        self,
        request: MoveUserToSeatRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
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
        request_options: RequestOptions | None = None,
    ) -> MoveUserToSeatResponse: ...

    async def move_user_to_seat(
        self,
        request: MoveUserToSeatRequest | None = None,
        *,
        room_id: str | None = None,
        seat_index: int | None = None,
        member_account: str | None = None,
        policy: MovePolicy | Literal[0, 1, 2] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> MoveUserToSeatResponse:
        """Move a member to another seat.

        Moves a user who is on a seat to another seat (unlocking a locked target); when the target is
        occupied the policy cancels the move, moves anyway and takes the occupant off, or swaps the two
        users.

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
        return cast(
            "MoveUserToSeatResponse",
            await self._client._call(
                "room_engine_http_mic/move_user_to_seat",
                request,
                {
                    **unknown_fields,
                    "room_id": room_id,
                    "seat_index": seat_index,
                    "member_account": member_account,
                    "policy": policy,
                },
                extra_body,
                request_options,
            ),
        )
