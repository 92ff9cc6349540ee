# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live._enums.battle_score_op_type import BattleScoreOpType


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


class SetBattleScoreResult(ResponseModel):
    """
    Outcome per room.
    """

    result: Annotated[list[BattleScoreResult], Field(alias="Result", description="Outcome per room.")]
    """Outcome per room."""


class SetBattleScoreRequest(RequestModel):
    """
    Request of live_engine_http_pk/set_battle_score: Set PK scores.
    """

    battle_id: Annotated[str, Field(alias="BattleId", description="Battle to score.")]
    """Battle to score."""

    op_type: Annotated[
        BattleScoreOpType | Literal[1, 2],
        Field(
            alias="OpType",
            description="Add to or replace the current scores. The server may also send it as string.",
            json_schema_extra={"x-text-accepted": True},
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
