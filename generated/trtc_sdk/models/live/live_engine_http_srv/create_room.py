# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live._enums.room_type import RoomType
from trtc_sdk.models.live._enums.take_seat_mode import TakeSeatMode


class CreateRoomResult(ResponseModel):
    """
    The room that was created (newest page only).
    """

    room_id: Annotated[str | None, Field(alias="RoomId", description="ID of the created room.")] = None
    """ID of the created room."""


class NewLiveRoomInfoParam(RequestModel):
    """
    Settings of a live room to create (the union of the three documented generations of create_room).
    """

    room_id: Annotated[
        str,
        Field(
            alias="RoomId",
            description="ID of the new room; a prefix can tell room kinds apart.",
            json_schema_extra={"x-max-bytes": 48, "x-limits": {"max_bytes": 48}},
        ),
    ]
    """ID of the new room; a prefix can tell room kinds apart."""

    room_type: Annotated[RoomType | Literal["Live"], Field(alias="RoomType", description="Kind of room; always Live.")]
    """Kind of room; always Live."""

    seat_template: Annotated[
        str | None,
        Field(
            alias="SeatTemplate",
            description="Layout template of the room (required by the 2026 pages; see the notes). Known values: VideoDynamicGrid9Seats, VideoDynamicFloat7Seats, VideoFixedGrid9Seats, VideoFixedFloat7Seats, VideoLandscape4Seats, AudioSalon, Karaoke.",
        ),
    ] = None
    """Layout template of the room (required by the 2026 pages; see the notes). Known values: VideoDynamicGrid9Seats, VideoDynamicFloat7Seats, VideoFixedGrid9Seats, VideoFixedFloat7Seats, VideoLandscape4Seats, AudioSalon, Karaoke."""

    owner_account: Annotated[
        str | None,
        Field(
            alias="Owner_Account",
            description="User ID of the host; the account must already be imported. Server default when omitted: the calling administrator.",
        ),
    ] = None
    """User ID of the host; the account must already be imported. Server default when omitted: the calling administrator."""

    take_seat_mode: Annotated[
        TakeSeatMode | Literal["FreeToTake", "ApplyToTake"] | None,
        Field(
            alias="TakeSeatMode",
            description="How audience members get onto a seat. Server default when omitted: FreeToTake.",
        ),
    ] = None
    """How audience members get onto a seat. Server default when omitted: FreeToTake."""

    max_seat_count: Annotated[
        int | None,
        Field(
            alias="MaxSeatCount",
            description="Number of seats, capped by the package; meaningful for voice chat templates.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """Number of seats, capped by the package; meaningful for voice chat templates."""

    is_message_disabled: Annotated[
        bool | None,
        Field(
            alias="IsMessageDisabled",
            description="Stop the audience from sending chat messages. Server default when omitted: False.",
        ),
    ] = None
    """Stop the audience from sending chat messages. Server default when omitted: False."""

    is_public_visible: Annotated[
        bool | None,
        Field(
            alias="IsPublicVisible",
            description="Whether the room shows up in get_room_list. Server default when omitted: True.",
        ),
    ] = None
    """Whether the room shows up in get_room_list. Server default when omitted: True."""

    room_name: Annotated[
        str | None,
        Field(
            alias="RoomName",
            description="Display name of the room. Server default when omitted: the RoomId.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """Display name of the room. Server default when omitted: the RoomId."""

    cover_url: Annotated[
        str | None,
        Field(
            alias="CoverURL",
            description="Cover image URL.",
            json_schema_extra={"x-max-bytes": 200, "x-limits": {"max_bytes": 200}},
        ),
    ] = None
    """Cover image URL."""

    category: Annotated[
        list[int] | None,
        Field(
            alias="Category",
            description="App-defined category tags (such as game or music).",
            json_schema_extra={"x-limits": {"max_items": 3}},
            max_length=3,
        ),
    ] = None
    """App-defined category tags (such as game or music)."""

    activity_status: Annotated[
        int | None, Field(alias="ActivityStatus", description="App-defined status value of the room.")
    ] = None
    """App-defined status value of the room."""

    is_seat_enabled: Annotated[
        bool | None,
        Field(
            alias="IsSeatEnabled",
            description="Whether the room has seats (2024 pages; superseded by SeatTemplate). Server default when omitted: False.",
        ),
    ] = None
    """Whether the room has seats (2024 pages; superseded by SeatTemplate). Server default when omitted: False."""

    max_member_count: Annotated[
        int | None,
        Field(
            alias="MaxMemberCount",
            description="Member cap (2024 pages). Server default when omitted: the member limit of the package.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """Member cap (2024 pages). Server default when omitted: the member limit of the package."""

    is_unlimited_room_enabled: Annotated[
        bool | None,
        Field(
            alias="IsUnlimitedRoomEnabled",
            description="Enables the large-room mode that resume_mcu_task relies on (2026-01 sample).",
        ),
    ] = None
    """Enables the large-room mode that resume_mcu_task relies on (2026-01 sample)."""

    seat_layout_template_id: Annotated[
        int | None,
        Field(
            alias="SeatLayoutTemplateId",
            description="Numeric layout template (2026-01 sample): 600 dynamic 9-grid, 601 dynamic 1+6 float, 800 fixed 9-grid, 801 fixed 1+6 float, 200 landscape 4 seats.",
        ),
    ] = None
    """Numeric layout template (2026-01 sample): 600 dynamic 9-grid, 601 dynamic 1+6 float, 800 fixed 9-grid, 801 fixed 1+6 float, 200 landscape 4 seats."""

    keep_owner_on_seat: Annotated[
        bool | None,
        Field(
            alias="KeepOwnerOnSeat",
            description="Whether the host stays on a seat; not on the REST pages, sent by Tencent's TUILiveKit_Manager console (false for OBS/robot streaming).",
        ),
    ] = None
    """Whether the host stays on a seat; not on the REST pages, sent by Tencent's TUILiveKit_Manager console (false for OBS/robot streaming)."""


class CreateRoomRequest(RequestModel):
    """
    Request of live_engine_http_srv/create_room: Create a live room.
    """

    room_info: Annotated[NewLiveRoomInfoParam, Field(alias="RoomInfo", description="Settings of the new room.")]
    """Settings of the new room."""


class CreateRoomResponse(Envelope):
    """
    Reply of live_engine_http_srv/create_room (envelope keys included).
    """

    response: Annotated[
        CreateRoomResult | None,
        Field(
            alias="Response",
            description="The created room ID (newest page only; older pages reply with the envelope alone).",
        ),
    ] = None
    """The created room ID (newest page only; older pages reply with the envelope alone)."""
