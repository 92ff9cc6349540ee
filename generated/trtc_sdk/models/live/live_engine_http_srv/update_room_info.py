# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live._enums.take_seat_mode import TakeSeatMode


class UpdateRoomInfoResponse(Envelope):
    """
    Reply of live_engine_http_srv/update_room_info (envelope keys included).
    """


class LiveRoomUpdateParam(RequestModel):
    """
    A room and the settings to change; omitted fields keep their value.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    room_name: Annotated[
        str | None,
        Field(
            alias="RoomName",
            description="New display name (limit taken from create_room).",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """New display name (limit taken from create_room)."""

    max_member_count: Annotated[
        int | None,
        Field(
            alias="MaxMemberCount", description="New member cap.", ge=1, json_schema_extra={"x-limits": {"minimum": 1}}
        ),
    ] = None
    """New member cap."""

    is_message_disabled: Annotated[
        bool | None,
        Field(alias="IsMessageDisabled", description="Stop everyone but the owner and administrators from chatting."),
    ] = None
    """Stop everyone but the owner and administrators from chatting."""

    cover_url: Annotated[
        str | None,
        Field(
            alias="CoverURL",
            description="New cover image URL (limit taken from create_room).",
            json_schema_extra={"x-max-bytes": 200, "x-limits": {"max_bytes": 200}},
        ),
    ] = None
    """New cover image URL (limit taken from create_room)."""

    category: Annotated[
        list[int] | None,
        Field(
            alias="Category",
            description="New category tags.",
            json_schema_extra={"x-limits": {"max_items": 3}},
            max_length=3,
        ),
    ] = None
    """New category tags."""

    activity_status: Annotated[
        int | None, Field(alias="ActivityStatus", description="New app-defined status value.")
    ] = None
    """New app-defined status value."""

    is_public_visible: Annotated[
        bool | None, Field(alias="IsPublicVisible", description="Whether the room shows up in get_room_list.")
    ] = None
    """Whether the room shows up in get_room_list."""

    take_seat_mode: Annotated[
        TakeSeatMode | Literal["FreeToTake", "ApplyToTake"] | None,
        Field(alias="TakeSeatMode", description="New seat mode."),
    ] = None
    """New seat mode."""

    notice: Annotated[
        str | None,
        Field(
            alias="Notice",
            description="Room notice (2026 pages).",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """Room notice (2026 pages)."""


class UpdateRoomInfoRequest(RequestModel):
    """
    Request of live_engine_http_srv/update_room_info: Change a live room.
    """

    room_info: Annotated[
        LiveRoomUpdateParam, Field(alias="RoomInfo", description="The room and the settings to change.")
    ]
    """The room and the settings to change."""
