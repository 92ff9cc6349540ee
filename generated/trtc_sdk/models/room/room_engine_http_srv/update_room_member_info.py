# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.room._enums.assignable_role import AssignableRole


class UpdateRoomMemberInfoResponse(Envelope):
    """
    Reply of room_engine_http_srv/update_room_member_info (envelope keys included).
    """


class MemberInfoUpdateParam(RequestModel):
    """
    A member and the values to change; omitted fields keep their value.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID of the member to change.")]
    """User ID of the member to change."""

    name_card: Annotated[
        str | None,
        Field(
            alias="NameCard",
            description="New nickname in this room.",
            json_schema_extra={"x-max-bytes": 32, "x-limits": {"max_bytes": 32}},
        ),
    ] = None
    """New nickname in this room."""

    role: Annotated[
        AssignableRole | Literal["Admin", "Member"] | None, Field(alias="Role", description="New role.")
    ] = None
    """New role."""

    custom_info: Annotated[
        str | None,
        Field(
            alias="CustomInfo",
            description="New app-defined member data.",
            json_schema_extra={"x-max-bytes": 60, "x-limits": {"max_bytes": 60}},
        ),
    ] = None
    """New app-defined member data."""


class UpdateRoomMemberInfoRequest(RequestModel):
    """
    Request of room_engine_http_srv/update_room_member_info: Update a room member.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room the member belongs to.")]
    """Room the member belongs to."""

    member_info: Annotated[
        MemberInfoUpdateParam, Field(alias="MemberInfo", description="The member and the values to change.")
    ]
    """The member and the values to change."""
