# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit
"""Live (TUILiveKit), `live_engine_http_pk`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.live._enums.battle_score_op_type import (
        BattleScoreOpType,
    )
    from trtc_sdk.models.live.live_engine_http_pk.create_battle import (
        CreateBattleRequest,
        CreateBattleResponse,
    )
    from trtc_sdk.models.live.live_engine_http_pk.get_battle_info import (
        GetBattleInfoRequest,
        GetBattleInfoResponse,
    )
    from trtc_sdk.models.live.live_engine_http_pk.set_battle_score import (
        BattleScoreParam,
        SetBattleScoreRequest,
        SetBattleScoreResponse,
    )

__all__ = [
    "AsyncLivePkService",
    "LivePkService",
]


class LivePkService(SyncService):
    """PK battles between connected live rooms. (`live_engine_http_pk`)"""

    __slots__ = ()

    @overload
    def create_battle(
        self,
        request: CreateBattleRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
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
        request_options: RequestOptions | None = None,
    ) -> CreateBattleResponse: ...

    def create_battle(
        self,
        request: CreateBattleRequest | None = None,
        *,
        from_room_id: str | None = None,
        to_room_id_list: Sequence[str] | None = None,
        duration: int | None = None,
        extension_info: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateBattleResponse:
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
        return cast(
            "CreateBattleResponse",
            self._client._call(
                "live_engine_http_pk/create_battle",
                request,
                {
                    **unknown_fields,
                    "from_room_id": from_room_id,
                    "to_room_id_list": to_room_id_list,
                    "duration": duration,
                    "extension_info": extension_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def set_battle_score(
        self,
        request: SetBattleScoreRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetBattleScoreResponse: ...

    @overload
    def set_battle_score(
        self,
        *,
        battle_id: str,
        op_type: BattleScoreOpType | Literal[1, 2],
        score_list: Sequence[BattleScoreParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetBattleScoreResponse: ...

    def set_battle_score(
        self,
        request: SetBattleScoreRequest | None = None,
        *,
        battle_id: str | None = None,
        op_type: BattleScoreOpType | Literal[1, 2] | None = None,
        score_list: Sequence[BattleScoreParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetBattleScoreResponse:
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
        return cast(
            "SetBattleScoreResponse",
            self._client._call(
                "live_engine_http_pk/set_battle_score",
                request,
                {
                    **unknown_fields,
                    "battle_id": battle_id,
                    "op_type": op_type,
                    "score_list": score_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_battle_info(
        self,
        request: GetBattleInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetBattleInfoResponse: ...

    @overload
    def get_battle_info(
        self,
        *,
        battle_id: str,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetBattleInfoResponse: ...

    def get_battle_info(
        self,
        request: GetBattleInfoRequest | None = None,
        *,
        battle_id: str | None = None,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetBattleInfoResponse:
        """Get a PK battle.

        Returns the timing, state and rooms (with scores) of a battle.

        `POST /v4/live_engine_http_pk/get_battle_info` - https://trtc.io/document/68256
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            battle_id: Battle to read.
            room_id: Room whose ongoing battle to read when the battle ID is unknown (2025 pages only).
        """
        return cast(
            "GetBattleInfoResponse",
            self._client._call(
                "live_engine_http_pk/get_battle_info",
                request,
                {
                    **unknown_fields,
                    "battle_id": battle_id,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncLivePkService(AsyncService):
    """PK battles between connected live rooms. (`live_engine_http_pk`)"""

    __slots__ = ()

    @overload
    async def create_battle(
        self,
        request: CreateBattleRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
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
        request_options: RequestOptions | None = None,
    ) -> CreateBattleResponse: ...

    async def create_battle(
        self,
        request: CreateBattleRequest | None = None,
        *,
        from_room_id: str | None = None,
        to_room_id_list: Sequence[str] | None = None,
        duration: int | None = None,
        extension_info: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateBattleResponse:
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
        return cast(
            "CreateBattleResponse",
            await self._client._call(
                "live_engine_http_pk/create_battle",
                request,
                {
                    **unknown_fields,
                    "from_room_id": from_room_id,
                    "to_room_id_list": to_room_id_list,
                    "duration": duration,
                    "extension_info": extension_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def set_battle_score(
        self,
        request: SetBattleScoreRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetBattleScoreResponse: ...

    @overload
    async def set_battle_score(
        self,
        *,
        battle_id: str,
        op_type: BattleScoreOpType | Literal[1, 2],
        score_list: Sequence[BattleScoreParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetBattleScoreResponse: ...

    async def set_battle_score(
        self,
        request: SetBattleScoreRequest | None = None,
        *,
        battle_id: str | None = None,
        op_type: BattleScoreOpType | Literal[1, 2] | None = None,
        score_list: Sequence[BattleScoreParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetBattleScoreResponse:
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
        return cast(
            "SetBattleScoreResponse",
            await self._client._call(
                "live_engine_http_pk/set_battle_score",
                request,
                {
                    **unknown_fields,
                    "battle_id": battle_id,
                    "op_type": op_type,
                    "score_list": score_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_battle_info(
        self,
        request: GetBattleInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetBattleInfoResponse: ...

    @overload
    async def get_battle_info(
        self,
        *,
        battle_id: str,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetBattleInfoResponse: ...

    async def get_battle_info(
        self,
        request: GetBattleInfoRequest | None = None,
        *,
        battle_id: str | None = None,
        room_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetBattleInfoResponse:
        """Get a PK battle.

        Returns the timing, state and rooms (with scores) of a battle.

        `POST /v4/live_engine_http_pk/get_battle_info` - https://trtc.io/document/68256
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            battle_id: Battle to read.
            room_id: Room whose ongoing battle to read when the battle ID is unknown (2025 pages only).
        """
        return cast(
            "GetBattleInfoResponse",
            await self._client._call(
                "live_engine_http_pk/get_battle_info",
                request,
                {
                    **unknown_fields,
                    "battle_id": battle_id,
                    "room_id": room_id,
                },
                extra_body,
                request_options,
            ),
        )
