# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class ResumeMcuTaskRequest(RequestModel):
    """
    Request of live_engine_http_srv/resume_mcu_task: Resume stream mixing.
    """

    room_id: Annotated[
        str,
        Field(
            alias="RoomId",
            description="Room whose mixing layout is restored.",
            json_schema_extra={"x-max-bytes": 48, "x-limits": {"max_bytes": 48}},
        ),
    ]
    """Room whose mixing layout is restored."""


class ResumeMcuTaskResponse(Envelope):
    """
    Reply of live_engine_http_srv/resume_mcu_task (envelope keys included).
    """
