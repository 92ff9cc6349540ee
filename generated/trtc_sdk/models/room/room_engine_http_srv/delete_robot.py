# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class DeleteRobotRequest(RequestModel):
    """
    Request of room_engine_http_srv/delete_robot: Remove a robot from a room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to remove the robot from.")]
    """Room to remove the robot from."""

    member_account: Annotated[str, Field(alias="Member_Account", description="UserID of the robot to remove.")]
    """UserID of the robot to remove."""


class DeleteRobotResponse(Envelope):
    """
    Reply of room_engine_http_srv/delete_robot (envelope keys included).
    """
