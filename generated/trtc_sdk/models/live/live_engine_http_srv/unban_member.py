# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class UnbanMemberRequest(RequestModel):
    """
    Request of live_engine_http_srv/unban_member: Unban room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    member_list_account: Annotated[
        list[str],
        Field(
            alias="MemberList_Account",
            description="Users to unban.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """Users to unban."""


class UnbanMemberResponse(Envelope):
    """
    Reply of live_engine_http_srv/unban_member (envelope keys included).
    """
