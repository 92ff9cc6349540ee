# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live._enums.battle_invite_result_code import BattleInviteResultCode


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


class CreateBattleResult(ResponseModel):
    """
    A new battle and the outcome per callee room.
    """

    battle_id: Annotated[str, Field(alias="BattleId", description="ID of the new battle.")]
    """ID of the new battle."""

    result: Annotated[list[BattleInviteResult], Field(alias="Result", description="Outcome per callee room.")]
    """Outcome per callee room."""


class CreateBattleResponse(Envelope):
    """
    Reply of live_engine_http_pk/create_battle (envelope keys included).
    """

    response: Annotated[
        CreateBattleResult, Field(alias="Response", description="The battle and the outcome per invited room.")
    ]
    """The battle and the outcome per invited room."""
