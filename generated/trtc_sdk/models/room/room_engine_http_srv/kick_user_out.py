# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class KickUserOutRequest(RequestModel):
    """
    Request of room_engine_http_srv/kick_user_out: Remove members from a room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to remove the users from.")]
    """Room to remove the users from."""

    member_list_account: Annotated[
        list[str],
        Field(
            alias="MemberList_Account",
            description="User IDs to remove.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """User IDs to remove."""

    reason: Annotated[
        str,
        Field(
            alias="Reason",
            description="Message passed to the removed users.",
            json_schema_extra={"x-max-bytes": 1000, "x-limits": {"max_bytes": 1000}},
        ),
    ]
    """Message passed to the removed users."""


class KickUserOutResponse(Envelope):
    """
    Reply of room_engine_http_srv/kick_user_out (envelope keys included).
    """
