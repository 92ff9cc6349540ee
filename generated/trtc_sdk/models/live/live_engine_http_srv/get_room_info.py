# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live._enums.room_type import RoomType
from trtc_sdk.models.live._enums.take_seat_mode import TakeSeatMode


class GetRoomInfoRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_room_info: Get a live room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""


class LiveRoomInfo(ResponseModel):
    """
    Stored settings and counters of a live room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room ID.")]
    """Room ID."""

    room_name: Annotated[str | None, Field(alias="RoomName", description="Display name.")] = None
    """Display name."""

    room_type: Annotated[RoomType | None, Field(alias="RoomType", description="Kind of room.")] = None
    """Kind of room."""

    owner_account: Annotated[
        str | None,
        Field(
            alias="Owner_Account",
            description="User ID of the owner; some samples send it as a bare number. The server may also send it as integer.",
        ),
    ] = None
    """User ID of the owner; some samples send it as a bare number. The server may also send it as integer."""

    create_time: Annotated[
        int | None, Field(alias="CreateTime", description="When the room was created. Unit: unix seconds.")
    ] = None
    """When the room was created. Unit: unix seconds."""

    is_seat_enabled: Annotated[bool | None, Field(alias="IsSeatEnabled", description="Whether the room has seats.")] = (
        None
    )
    """Whether the room has seats."""

    take_seat_mode: Annotated[
        TakeSeatMode | None,
        Field(
            alias="TakeSeatMode",
            description="Seat mode; older samples send 1 (free) or 2 (apply), kept as the plain value. The server may also send it as integer.",
        ),
    ] = None
    """Seat mode; older samples send 1 (free) or 2 (apply), kept as the plain value. The server may also send it as integer."""

    max_seat_count: Annotated[int | None, Field(alias="MaxSeatCount", description="Number of seats.")] = None
    """Number of seats."""

    max_member_count: Annotated[int | None, Field(alias="MaxMemberCount", description="Member cap.")] = None
    """Member cap."""

    is_message_disabled: Annotated[
        bool | None,
        Field(
            alias="IsMessageDisabled",
            description="Whether audience chat is off. The server may also send it as string.",
        ),
    ] = None
    """Whether audience chat is off. The server may also send it as string."""

    cover_url: Annotated[str | None, Field(alias="CoverURL", description="Cover image URL.")] = None
    """Cover image URL."""

    category: Annotated[list[int] | None, Field(alias="Category", description="Category tags.")] = None
    """Category tags."""

    activity_status: Annotated[int | None, Field(alias="ActivityStatus", description="App-defined status value.")] = (
        None
    )
    """App-defined status value."""

    view_count: Annotated[int | None, Field(alias="ViewCount", description="Number of views. Unit: count.")] = None
    """Number of views. Unit: count."""

    is_public_visible: Annotated[
        bool | None, Field(alias="IsPublicVisible", description="Whether the room shows up in get_room_list.")
    ] = None
    """Whether the room shows up in get_room_list."""


class GetRoomInfoResult(ResponseModel):
    """
    One live room.
    """

    room_info: Annotated[LiveRoomInfo, Field(alias="RoomInfo", description="The room.")]
    """The room."""


class GetRoomInfoResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_room_info (envelope keys included).
    """

    response: Annotated[GetRoomInfoResult, Field(alias="Response", description="The room.")]
    """The room."""
