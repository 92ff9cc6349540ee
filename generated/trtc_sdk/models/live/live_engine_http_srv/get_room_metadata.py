# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live.live_engine_http_srv._shared import MetadataItem


class GetRoomMetadataRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_room_metadata: Get room metadata.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""

    keys: Annotated[list[str], Field(alias="Keys", description="Keys to read; an empty list reads every key.")]
    """Keys to read; an empty list reads every key."""


class RoomMetadata(ResponseModel):
    """
    Metadata entries of a room.
    """

    metadata: Annotated[list[MetadataItem], Field(alias="Metadata", description="The entries that exist.")]
    """The entries that exist."""


class GetRoomMetadataResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_room_metadata (envelope keys included).
    """

    response: Annotated[RoomMetadata, Field(alias="Response", description="The entries found.")]
    """The entries found."""
