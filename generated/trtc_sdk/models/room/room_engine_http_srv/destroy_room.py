# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class DestroyRoomRequest(RequestModel):
    """
    Request of room_engine_http_srv/destroy_room: Destroy a room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to dissolve.")]
    """Room to dissolve."""


class DestroyRoomResponse(Envelope):
    """
    Reply of room_engine_http_srv/destroy_room (envelope keys included).
    """
