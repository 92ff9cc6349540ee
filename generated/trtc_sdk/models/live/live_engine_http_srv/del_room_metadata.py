# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class DelRoomMetadataRequest(RequestModel):
    """
    Request of live_engine_http_srv/del_room_metadata: Delete room metadata.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    keys: Annotated[
        list[str],
        Field(
            alias="Keys", description="Keys to remove.", json_schema_extra={"x-limits": {"min_items": 1}}, min_length=1
        ),
    ]
    """Keys to remove."""


class DelRoomMetadataResponse(Envelope):
    """
    Reply of live_engine_http_srv/del_room_metadata (envelope keys included).
    """
