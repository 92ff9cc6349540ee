# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live._enums import BattleInviteResultCode, BattleScoreOpType


class CreateBattleRequest(RequestModel):
    """
    Request of live_engine_http_pk/create_battle: Start a PK battle.
    """

    from_room_id: Annotated[str, Field(alias="FromRoomId", description="Room that starts the battle.")]
    """Room that starts the battle."""

    to_room_id_list: Annotated[
        list[str],
        Field(
            alias="ToRoomIdList",
            description="Rooms invited to the battle.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Rooms invited to the battle."""

    duration: Annotated[
        int, Field(alias="Duration", description="Length of the battle. Unit: milliseconds.", ge=0, le=4294967295)
    ]
    """Length of the battle. Unit: milliseconds."""

    extension_info: Annotated[
        str | None, Field(alias="ExtensionInfo", description="App-defined data of the battle.")
    ] = None
    """App-defined data of the battle."""


class GetBattleInfoRequest(RequestModel):
    """
    Request of live_engine_http_pk/get_battle_info: Get a PK battle.
    """

    battle_id: Annotated[str, Field(alias="BattleId", description="Battle to read.")]
    """Battle to read."""

    room_id: Annotated[
        str | None,
        Field(
            alias="RoomId",
            description="Room whose ongoing battle to read when the battle ID is unknown (2025 pages only).",
        ),
    ] = None
    """Room whose ongoing battle to read when the battle ID is unknown (2025 pages only)."""


class BattleInviteResult(ResponseModel):
    """
    Outcome of the battle invitation for one callee room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Callee room.")]
    """Callee room."""

    result_code: Annotated[BattleInviteResultCode, Field(alias="ResultCode", description="Outcome.")]
    """Outcome."""

    result_message: Annotated[str | None, Field(alias="ResultMessage", description="Outcome text.")] = None
    """Outcome text."""


class BattleRoom(ResponseModel):
    """
    A room taking part in a battle.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room ID.")]
    """Room ID."""

    score: Annotated[int | None, Field(alias="Score", description="Current score of the room.")] = None
    """Current score of the room."""

    owner_account: Annotated[
        str | None,
        Field(alias="Owner_Account", description="User ID of the room owner. The server may also send it as integer."),
    ] = None
    """User ID of the room owner. The server may also send it as integer."""


class BattleScoreParam(RequestModel):
    """
    A score for one room of a battle.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room ID.")]
    """Room ID."""

    score: Annotated[int, Field(alias="Score", description="Score of the room.")]
    """Score of the room."""


class BattleScoreResult(ResponseModel):
    """
    Outcome of setting the score of one room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room ID.")]
    """Room ID."""

    result_code: Annotated[int, Field(alias="ResultCode", description="0 on success; other values are not documented.")]
    """0 on success; other values are not documented."""


class CreateBattleResult(ResponseModel):
    """
    A new battle and the outcome per callee room.
    """

    battle_id: Annotated[str, Field(alias="BattleId", description="ID of the new battle.")]
    """ID of the new battle."""

    result: Annotated[list[BattleInviteResult], Field(alias="Result", description="Outcome per callee room.")]
    """Outcome per callee room."""


class SetBattleScoreResult(ResponseModel):
    """
    Outcome per room.
    """

    result: Annotated[list[BattleScoreResult], Field(alias="Result", description="Outcome per room.")]
    """Outcome per room."""


class CreateBattleResponse(Envelope):
    """
    Reply of live_engine_http_pk/create_battle (envelope keys included).
    """

    response: Annotated[
        CreateBattleResult, Field(alias="Response", description="The battle and the outcome per invited room.")
    ]
    """The battle and the outcome per invited room."""


class SetBattleScoreRequest(RequestModel):
    """
    Request of live_engine_http_pk/set_battle_score: Set PK scores.
    """

    battle_id: Annotated[str, Field(alias="BattleId", description="Battle to score.")]
    """Battle to score."""

    op_type: Annotated[
        BattleScoreOpType | Literal[1, 2],
        Field(
            alias="OpType", description="Add to or replace the current scores. The server may also send it as string."
        ),
    ]
    """Add to or replace the current scores. The server may also send it as string."""

    score_list: Annotated[
        list[BattleScoreParam],
        Field(
            alias="ScoreList",
            description="Scores per room.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Scores per room."""


class SetBattleScoreResponse(Envelope):
    """
    Reply of live_engine_http_pk/set_battle_score (envelope keys included).
    """

    response: Annotated[SetBattleScoreResult, Field(alias="Response", description="Outcome per room.")]
    """Outcome per room."""


class BattleInfo(ResponseModel):
    """
    A PK battle.
    """

    battle_id: Annotated[str, Field(alias="BattleId", description="Battle ID.")]
    """Battle ID."""

    duration: Annotated[
        int | None, Field(alias="Duration", description="Length of the battle. Unit: milliseconds.")
    ] = None
    """Length of the battle. Unit: milliseconds."""

    start_time: Annotated[
        int | None, Field(alias="StartTime", description="When the battle started. Unit: unix seconds.")
    ] = None
    """When the battle started. Unit: unix seconds."""

    end_time: Annotated[
        int | None, Field(alias="EndTime", description="When the battle ends or ended. Unit: unix seconds.")
    ] = None
    """When the battle ends or ended. Unit: unix seconds."""

    status: Annotated[
        int | None,
        Field(alias="Status", description="Battle state; the sample shows 3 and the values are not documented."),
    ] = None
    """Battle state; the sample shows 3 and the values are not documented."""

    from_room_info: Annotated[
        BattleRoom | None, Field(alias="FromRoomInfo", description="The room that started the battle.")
    ] = None
    """The room that started the battle."""

    to_room_list: Annotated[list[BattleRoom] | None, Field(alias="ToRoomList", description="The invited rooms.")] = None
    """The invited rooms."""


class GetBattleInfoResponse(Envelope):
    """
    Reply of live_engine_http_pk/get_battle_info (envelope keys included).
    """

    response: Annotated[BattleInfo, Field(alias="Response", description="The battle.")]
    """The battle."""
