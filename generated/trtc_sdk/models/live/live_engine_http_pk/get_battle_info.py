# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


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
