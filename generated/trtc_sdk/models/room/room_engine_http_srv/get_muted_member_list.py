# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetMutedMemberListRequest(RequestModel):
    """
    Request of room_engine_http_srv/get_muted_member_list: List muted room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""


class MutedAccount(ResponseModel):
    """
    A room member who is muted.
    """

    member_account: Annotated[
        int,
        Field(
            alias="Member_Account",
            description="TinyId of the muted member (the numeric ID that mute_room_member takes, not a UserID). The server may also send it as string.",
        ),
    ]
    """TinyId of the muted member (the numeric ID that mute_room_member takes, not a UserID). The server may also send it as string."""

    muted_until: Annotated[
        int | None, Field(alias="MutedUntil", description="When the mute ends. Unit: unix seconds.")
    ] = None
    """When the mute ends. Unit: unix seconds."""


class GetMutedMemberListResult(ResponseModel):
    """
    The muted members of a room.
    """

    muted_account_list: Annotated[list[MutedAccount], Field(alias="MutedAccountList", description="Muted members.")]
    """Muted members."""


class GetMutedMemberListResponse(Envelope):
    """
    Reply of room_engine_http_srv/get_muted_member_list (envelope keys included).
    """

    response: Annotated[GetMutedMemberListResult, Field(alias="Response", description="The muted members.")]
    """The muted members."""
