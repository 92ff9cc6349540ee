# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetMemberListRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_member_list: List online room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""

    next: Annotated[
        str, Field(alias="Next", description="Cursor: empty for the first page, then the Next of the previous reply.")
    ]
    """Cursor: empty for the first page, then the Next of the previous reply."""


class RoomMember(ResponseModel):
    """
    An online member of a room.
    """

    member_account: Annotated[
        str, Field(alias="Member_Account", description="User ID. The server may also send it as integer.")
    ]
    """User ID. The server may also send it as integer."""


class MemberListPage(ResponseModel):
    """
    One page of the online member list.
    """

    next: Annotated[str, Field(alias="Next", description="Cursor of the next page; empty when the list is complete.")]
    """Cursor of the next page; empty when the list is complete."""

    member_count: Annotated[int | None, Field(alias="MemberCount", description="Members in the room. Unit: count.")] = (
        None
    )
    """Members in the room. Unit: count."""

    member_list: Annotated[list[RoomMember], Field(alias="MemberList", description="Members on this page.")]
    """Members on this page."""


class GetMemberListResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_member_list (envelope keys included).
    """

    response: Annotated[MemberListPage, Field(alias="Response", description="One page of members.")]
    """One page of members."""
