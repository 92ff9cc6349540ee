# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live.live_engine_http_srv._shared import MetadataItemParam


class SetRoomMetadataRequest(RequestModel):
    """
    Request of live_engine_http_srv/set_room_metadata: Set room metadata.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    metadata: Annotated[
        list[MetadataItemParam],
        Field(
            alias="Metadata",
            description="Entries to add or overwrite; a room holds at most 10 keys and 16 KB of values.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 10}},
            max_length=10,
            min_length=1,
        ),
    ]
    """Entries to add or overwrite; a room holds at most 10 keys and 16 KB of values."""


class SetRoomMetadataResponse(Envelope):
    """
    Reply of live_engine_http_srv/set_room_metadata (envelope keys included).
    """
