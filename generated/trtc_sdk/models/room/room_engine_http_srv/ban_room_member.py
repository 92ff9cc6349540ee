# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class BanRoomMemberRequest(RequestModel):
    """
    Request of room_engine_http_srv/ban_room_member: Ban room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to ban the users from.")]
    """Room to ban the users from."""

    member_list_account: Annotated[
        list[str],
        Field(
            alias="MemberList_Account",
            description="User IDs to ban.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """User IDs to ban."""

    reason: Annotated[
        str,
        Field(
            alias="Reason",
            description="Ban message passed to the banned users.",
            json_schema_extra={"x-max-bytes": 1000, "x-limits": {"max_bytes": 1000}},
        ),
    ]
    """Ban message passed to the banned users."""

    duration: Annotated[
        int, Field(alias="Duration", description="How long the ban lasts. Unit: seconds.", ge=0, le=4294967295)
    ]
    """How long the ban lasts. Unit: seconds."""


class BanRoomMemberResponse(Envelope):
    """
    Reply of room_engine_http_srv/ban_room_member (envelope keys included).
    """
