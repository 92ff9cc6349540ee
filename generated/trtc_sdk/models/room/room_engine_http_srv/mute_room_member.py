# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope

MemberListAccountItem = TypeAliasType("MemberListAccountItem", Annotated[int, Field(ge=0, le=18446744073709551615)])


class MuteRoomMemberRequest(RequestModel):
    """
    Request of room_engine_http_srv/mute_room_member: Mute or unmute room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room whose members are muted.")]
    """Room whose members are muted."""

    member_list_account: Annotated[
        list[MemberListAccountItem],
        Field(
            alias="MemberList_Account",
            description="TinyIds (the service's numeric user IDs, not the UserID strings) of the members to mute or unmute.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """TinyIds (the service's numeric user IDs, not the UserID strings) of the members to mute or unmute."""

    mute_time: Annotated[
        int,
        Field(alias="MuteTime", description="How long the mute lasts; 0 lifts it. Unit: seconds.", ge=0, le=4294967295),
    ]
    """How long the mute lasts; 0 lifts it. Unit: seconds."""


class MuteRoomMemberResponse(Envelope):
    """
    Reply of room_engine_http_srv/mute_room_member (envelope keys included).
    """
