# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class AddRobotRequest(RequestModel):
    """
    Request of room_engine_http_srv/add_robot: Add a robot to a room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to add the robot to.")]
    """Room to add the robot to."""

    member_account: Annotated[
        str, Field(alias="Member_Account", description="UserID of the robot; one robot per call.")
    ]
    """UserID of the robot; one robot per call."""


class AddRobotResponse(Envelope):
    """
    Reply of room_engine_http_srv/add_robot (envelope keys included).
    """
