# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class AddRobotRequest(RequestModel):
    """
    Request of live_engine_http_srv/add_robot: Add robots to a room.
    """

    room_id: Annotated[
        str,
        Field(
            alias="RoomId",
            description="Room to change.",
            json_schema_extra={"x-max-bytes": 48, "x-limits": {"max_bytes": 48}},
        ),
    ]
    """Room to change."""

    robot_list_account: Annotated[
        list[str],
        Field(
            alias="RobotList_Account",
            description="Robot user IDs; each must be an imported account.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 3}},
            max_length=3,
            min_length=1,
        ),
    ]
    """Robot user IDs; each must be an imported account."""


class AddRobotResponse(Envelope):
    """
    Reply of live_engine_http_srv/add_robot (envelope keys included).
    """
