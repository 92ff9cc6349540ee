# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class BanMemberRequest(RequestModel):
    """
    Request of live_engine_http_srv/ban_member: Ban room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    member_list_account: Annotated[
        list[str],
        Field(
            alias="MemberList_Account",
            description="Users to ban.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """Users to ban."""

    reason: Annotated[
        str | None,
        Field(
            alias="Reason",
            description="Why the users are banned.",
            json_schema_extra={"x-max-bytes": 200, "x-limits": {"max_bytes": 200}},
        ),
    ] = None
    """Why the users are banned."""

    duration: Annotated[
        int, Field(alias="Duration", description="Length of the ban. Unit: seconds.", ge=0, le=4294967295)
    ]
    """Length of the ban. Unit: seconds."""


class BanMemberResponse(Envelope):
    """
    Reply of live_engine_http_srv/ban_member (envelope keys included).
    """
