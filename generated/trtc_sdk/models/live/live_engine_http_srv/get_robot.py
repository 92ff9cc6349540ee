# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetRobotRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_robot: List robots in a room.
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


class RobotList(ResponseModel):
    """
    Robot accounts in a room.
    """

    robot_list_account: Annotated[list[str], Field(alias="RobotList_Account", description="User IDs of the robots.")]
    """User IDs of the robots."""


class GetRobotResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_robot (envelope keys included).
    """

    response: Annotated[RobotList, Field(alias="Response", description="The robots.")]
    """The robots."""
