# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live.live_engine_http_srv._shared import RoomStats


class GetRoomStatsRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_room_stats: Get room statistics.
    """

    room_id: Annotated[
        str,
        Field(
            alias="RoomId",
            description="Room to read.",
            json_schema_extra={"x-max-bytes": 48, "x-limits": {"max_bytes": 48}},
        ),
    ]
    """Room to read."""


class GetRoomStatsResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_room_stats (envelope keys included).
    """

    response: Annotated[RoomStats, Field(alias="Response", description="The totals.")]
    """The totals."""
