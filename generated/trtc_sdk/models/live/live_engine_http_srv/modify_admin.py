# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live._enums.admin_op_type import AdminOpType


class ModifyAdminRequest(RequestModel):
    """
    Request of live_engine_http_srv/modify_admin: Add or remove room administrators.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    admin_account: Annotated[
        list[str],
        Field(
            alias="Admin_Account",
            description="Users to change.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 5}},
            max_length=5,
            min_length=1,
        ),
    ]
    """Users to change."""

    op_type: Annotated[AdminOpType | Literal["add", "delete"], Field(alias="OpType", description="Grant or revoke.")]
    """Grant or revoke."""


class ModifyAdminResponse(Envelope):
    """
    Reply of live_engine_http_srv/modify_admin (envelope keys included).
    """
