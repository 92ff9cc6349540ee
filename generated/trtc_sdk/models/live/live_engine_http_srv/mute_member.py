# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class MuteMemberRequest(RequestModel):
    """
    Request of live_engine_http_srv/mute_member: Mute or unmute room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    member_list_account: Annotated[
        list[str],
        Field(
            alias="MemberList_Account",
            description="Users to mute or unmute.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Users to mute or unmute."""

    mute_time: Annotated[
        int, Field(alias="MuteTime", description="Length of the mute; 0 lifts it. Unit: seconds.", ge=0, le=4294967295)
    ]
    """Length of the mute; 0 lifts it. Unit: seconds."""


class MuteMemberResponse(Envelope):
    """
    Reply of live_engine_http_srv/mute_member (envelope keys included).
    """
