# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live.live_engine_http_srv._shared import RoomStats


class GetRoomStatisticRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_room_statistic: Get room statistics (console variant).
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


class GetRoomStatisticResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_room_statistic (envelope keys included).
    """

    response: Annotated[RoomStats, Field(alias="Response", description="The totals.")]
    """The totals."""
