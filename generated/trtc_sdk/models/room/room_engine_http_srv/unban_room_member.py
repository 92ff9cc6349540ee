# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class UnbanRoomMemberRequest(RequestModel):
    """
    Request of room_engine_http_srv/unban_room_member: Unban room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to unban the users in.")]
    """Room to unban the users in."""

    member_list_account: Annotated[
        list[str],
        Field(
            alias="MemberList_Account",
            description="User IDs to unban.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """User IDs to unban."""


class UnbanRoomMemberResponse(Envelope):
    """
    Reply of room_engine_http_srv/unban_room_member (envelope keys included).
    """
