# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.room._enums.mark_command_type import MarkCommandType

Mark = TypeAliasType("Mark", Annotated[int, Field(ge=1000)])


class MarkRoomMemberResponse(Envelope):
    """
    Reply of room_engine_http_srv/mark_room_member (envelope keys included).
    """


class MemberMarksParam(RequestModel):
    """
    Marks to add to or remove from one member.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID of the member.")]
    """User ID of the member."""

    marks: Annotated[
        list[Mark],
        Field(
            alias="Marks",
            description="Marks to add or remove; each at least 1000, at most 3 per call and 10 distinct marks per room.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 3, "items.minimum": 1000}},
            max_length=3,
            min_length=1,
        ),
    ]
    """Marks to add or remove; each at least 1000, at most 3 per call and 10 distinct marks per room."""


class MarkRoomMemberRequest(RequestModel):
    """
    Request of room_engine_http_srv/mark_room_member: Add or remove member marks.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room the members belong to.")]
    """Room the members belong to."""

    command_type: Annotated[
        MarkCommandType | Literal[1, 2],
        Field(
            alias="CommandType",
            description="Whether to add or remove the marks. The server may also send it as string.",
            json_schema_extra={"x-text-accepted": True},
        ),
    ]
    """Whether to add or remove the marks. The server may also send it as string."""

    member_list: Annotated[
        list[MemberMarksParam],
        Field(
            alias="MemberList",
            description="Members and their marks.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 10}},
            max_length=10,
            min_length=1,
        ),
    ]
    """Members and their marks."""
