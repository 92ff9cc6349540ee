# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.room._enums.member_role import MemberRole


class GetRoomMemberListRequest(RequestModel):
    """
    Request of room_engine_http_srv/get_room_member_list: List room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room whose members are listed.")]
    """Room whose members are listed."""

    count: Annotated[
        int | None,
        Field(
            alias="Count",
            description="Members per page. Server default when omitted: 50.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """Members per page. Server default when omitted: 50."""

    next: Annotated[
        str | None,
        Field(alias="Next", description="Cursor; empty for the first page, then the Next value of the previous reply."),
    ] = None
    """Cursor; empty for the first page, then the Next value of the previous reply."""


class RoomMember(ResponseModel):
    """
    A member of a room.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID of the member.")]
    """User ID of the member."""

    name_card: Annotated[str | None, Field(alias="NameCard", description="Nickname of the member in this room.")] = None
    """Nickname of the member in this room."""

    role: Annotated[MemberRole | None, Field(alias="Role", description="Permission level.")] = None
    """Permission level."""

    marks: Annotated[list[int] | None, Field(alias="Marks", description="Marks set on the member.")] = None
    """Marks set on the member."""

    custom_info: Annotated[str | None, Field(alias="CustomInfo", description="App-defined member data.")] = None
    """App-defined member data."""


class GetRoomMemberListResult(ResponseModel):
    """
    One page of room members.
    """

    next: Annotated[
        str, Field(alias="Next", description="Cursor for the next page; empty when every member has been returned.")
    ]
    """Cursor for the next page; empty when every member has been returned."""

    member_list: Annotated[list[RoomMember], Field(alias="MemberList", description="Members on this page.")]
    """Members on this page."""


class GetRoomMemberListResponse(Envelope):
    """
    Reply of room_engine_http_srv/get_room_member_list (envelope keys included).
    """

    response: Annotated[GetRoomMemberListResult, Field(alias="Response", description="One page of members.")]
    """One page of members."""
