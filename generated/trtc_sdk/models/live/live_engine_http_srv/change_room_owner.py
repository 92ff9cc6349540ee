# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class ChangeRoomOwnerRequest(RequestModel):
    """
    Request of live_engine_http_srv/change_room_owner: Transfer room ownership.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    new_owner_account: Annotated[str, Field(alias="NewOwner_Account", description="User who becomes the owner.")]
    """User who becomes the owner."""


class ChangeRoomOwnerResponse(Envelope):
    """
    Reply of live_engine_http_srv/change_room_owner (envelope keys included).
    """
