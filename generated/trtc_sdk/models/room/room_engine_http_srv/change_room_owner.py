# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class ChangeRoomOwnerRequest(RequestModel):
    """
    Request of room_engine_http_srv/change_room_owner: Transfer room ownership.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room whose owner changes.")]
    """Room whose owner changes."""

    from_account: Annotated[str, Field(alias="From_Account", description="Current owner.")]
    """Current owner."""

    new_owner_account: Annotated[
        str, Field(alias="NewOwner_Account", description="New owner; must be a member of the room.")
    ]
    """New owner; must be a member of the room."""


class ChangeRoomOwnerResponse(Envelope):
    """
    Reply of room_engine_http_srv/change_room_owner (envelope keys included).
    """
