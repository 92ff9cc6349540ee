# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetMutedMemberListRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_muted_member_list: List muted members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""


class MutedMember(ResponseModel):
    """
    A user muted in a room.
    """

    member_account: Annotated[
        str, Field(alias="Member_Account", description="User ID. The server may also send it as integer.")
    ]
    """User ID. The server may also send it as integer."""

    muted_until: Annotated[
        int | None, Field(alias="MutedUntil", description="When the mute ends. Unit: unix seconds.")
    ] = None
    """When the mute ends. Unit: unix seconds."""


class MutedMemberList(ResponseModel):
    """
    Users muted in a room.
    """

    muted_account_list: Annotated[list[MutedMember], Field(alias="MutedAccountList", description="Muted users.")]
    """Muted users."""


class GetMutedMemberListResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_muted_member_list (envelope keys included).
    """

    response: Annotated[MutedMemberList, Field(alias="Response", description="The muted users.")]
    """The muted users."""
