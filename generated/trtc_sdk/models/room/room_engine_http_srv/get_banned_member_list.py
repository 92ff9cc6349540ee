# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetBannedMemberListRequest(RequestModel):
    """
    Request of room_engine_http_srv/get_banned_member_list: List banned members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""

    limit: Annotated[
        int | None,
        Field(
            alias="Limit",
            description="Users per page.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 100}},
            le=100,
        ),
    ] = None
    """Users per page."""

    offset: Annotated[
        int | None,
        Field(
            alias="Offset",
            description="Offset; 0 for the first page, then the NextOffset of the previous reply. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ] = None
    """Offset; 0 for the first page, then the NextOffset of the previous reply. Server default when omitted: 0."""


class BannedAccount(ResponseModel):
    """
    A user banned from a room.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID of the banned user.")]
    """User ID of the banned user."""

    banned_until: Annotated[
        int | None, Field(alias="BannedUntil", description="When the ban expires. Unit: unix seconds.")
    ] = None
    """When the ban expires. Unit: unix seconds."""


class GetBannedMemberListResult(ResponseModel):
    """
    One page of banned users.
    """

    banned_account_list: Annotated[
        list[BannedAccount], Field(alias="BannedAccountList", description="Banned users on this page.")
    ]
    """Banned users on this page."""

    next_offset: Annotated[
        int, Field(alias="NextOffset", description="Offset for the next page; 0 once the list is complete.")
    ]
    """Offset for the next page; 0 once the list is complete."""


class GetBannedMemberListResponse(Envelope):
    """
    Reply of room_engine_http_srv/get_banned_member_list (envelope keys included).
    """

    response: Annotated[GetBannedMemberListResult, Field(alias="Response", description="One page of banned users.")]
    """One page of banned users."""
