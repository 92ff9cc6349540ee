# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.live._enums import RoomType, TakeSeatMode


class BattleRoom(ResponseModel):
    """
    A room taking part in a battle.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room ID.")]
    """Room ID."""

    score: Annotated[int | None, Field(alias="Score", description="Current score of the room.")] = None
    """Current score of the room."""

    owner_account: Annotated[
        str | None,
        Field(alias="Owner_Account", description="User ID of the room owner. The server may also send it as integer."),
    ] = None
    """User ID of the room owner. The server may also send it as integer."""


class EventGiftRecord(ResponseModel):
    """
    A gift about to be sent.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User who sends the gift.")]
    """User who sends the gift."""

    to_account: Annotated[list[str] | None, Field(alias="To_Account", description="Users who receive it.")] = None
    """Users who receive it."""

    time: Annotated[int | None, Field(alias="Time", description="When it is sent. Unit: unix seconds.")] = None
    """When it is sent. Unit: unix seconds."""

    gift_id: Annotated[str, Field(alias="GiftId", description="Gift ID.")]
    """Gift ID."""

    count: Annotated[int | None, Field(alias="Count", description="How many of the gift. Unit: count.")] = None
    """How many of the gift. Unit: count."""

    coins: Annotated[int | None, Field(alias="Coins", description="Coin value of one gift.")] = None
    """Coin value of one gift."""


class EventLiveRoomInfo(ResponseModel):
    """
    Settings of a live room as the room events report them (fields that do not apply are absent).
    """

    room_id: Annotated[
        str | None, Field(alias="RoomId", description="Room ID (absent from the dismiss event's snapshot).")
    ] = None
    """Room ID (absent from the dismiss event's snapshot)."""

    room_name: Annotated[str | None, Field(alias="RoomName", description="Display name.")] = None
    """Display name."""

    room_type: Annotated[RoomType | None, Field(alias="RoomType", description="Kind of room; Live.")] = None
    """Kind of room; Live."""

    owner_account: Annotated[
        str | None,
        Field(
            alias="Owner_Account",
            description="User ID of the host; some samples send a bare number. The server may also send it as integer.",
        ),
    ] = None
    """User ID of the host; some samples send a bare number. The server may also send it as integer."""

    max_member_count: Annotated[int | None, Field(alias="MaxMemberCount", description="Member cap.")] = None
    """Member cap."""

    is_message_disabled: Annotated[
        bool | None, Field(alias="IsMessageDisabled", description="Whether audience chat is off.")
    ] = None
    """Whether audience chat is off."""

    custom_info: Annotated[str | None, Field(alias="CustomInfo", description="App-defined room data.")] = None
    """App-defined room data."""

    is_seat_enabled: Annotated[bool | None, Field(alias="IsSeatEnabled", description="Whether the room has seats.")] = (
        None
    )
    """Whether the room has seats."""

    take_seat_mode: Annotated[
        TakeSeatMode | None, Field(alias="TakeSeatMode", description="Seat mode (None, FreeToTake or ApplyToTake).")
    ] = None
    """Seat mode (None, FreeToTake or ApplyToTake)."""

    max_seat_count: Annotated[int | None, Field(alias="MaxSeatCount", description="Number of seats.")] = None
    """Number of seats."""

    create_time: Annotated[
        int | None, Field(alias="CreateTime", description="When the room was created. Unit: unix seconds.")
    ] = None
    """When the room was created. Unit: unix seconds."""

    is_public_visible: Annotated[
        bool | None, Field(alias="IsPublicVisible", description="Whether the room shows up in get_room_list.")
    ] = None
    """Whether the room shows up in get_room_list."""

    cover_url: Annotated[str | None, Field(alias="CoverURL", description="Cover image URL.")] = None
    """Cover image URL."""

    category: Annotated[list[int] | None, Field(alias="Category", description="Category tags.")] = None
    """Category tags."""

    activity_status: Annotated[int | None, Field(alias="ActivityStatus", description="App-defined status value.")] = (
        None
    )
    """App-defined status value."""

    view_count: Annotated[int | None, Field(alias="ViewCount", description="Room entries so far. Unit: count.")] = None
    """Room entries so far. Unit: count."""

    background_url: Annotated[str | None, Field(alias="BackgroundURL", description="Background image URL.")] = None
    """Background image URL."""

    is_unlimited_room_enabled: Annotated[
        bool | None, Field(alias="IsUnlimitedRoomEnabled", description="Whether the large-room mode is on.")
    ] = None
    """Whether the large-room mode is on."""


class EventLiveSeatInfo(ResponseModel):
    """
    One seat of a room, as the seat-change event reports it.
    """

    index: Annotated[int, Field(alias="Index", description="Seat number.")]
    """Seat number."""

    member_account: Annotated[
        str | None,
        Field(
            alias="Member_Account",
            description="User ID on the seat; absent when the seat is free. The server may also send it as integer.",
        ),
    ] = None
    """User ID on the seat; absent when the seat is free. The server may also send it as integer."""

    is_taken_disabled: Annotated[bool | None, Field(alias="IsTakenDisabled", description="The seat is locked.")] = None
    """The seat is locked."""

    is_video_disabled: Annotated[
        bool | None, Field(alias="IsVideoDisabled", description="Video from this seat is forbidden.")
    ] = None
    """Video from this seat is forbidden."""

    is_audio_disabled: Annotated[
        bool | None, Field(alias="IsAudioDisabled", description="Audio from this seat is forbidden.")
    ] = None
    """Audio from this seat is forbidden."""


class MetadataItemParam(RequestModel):
    """
    One custom metadata entry of a room.
    """

    key: Annotated[
        str,
        Field(
            alias="Key",
            description="Metadata key.",
            json_schema_extra={"x-max-bytes": 50, "x-limits": {"max_bytes": 50}},
        ),
    ]
    """Metadata key."""

    value: Annotated[
        str,
        Field(
            alias="Value",
            description="Metadata value (at most 2 KB).",
            json_schema_extra={"x-max-bytes": 2048, "x-limits": {"max_bytes": 2048}},
        ),
    ]
    """Metadata value (at most 2 KB)."""


class MetadataItem(ResponseModel):
    """
    One custom metadata entry of a room.
    """

    key: Annotated[str, Field(alias="Key", description="Metadata key.")]
    """Metadata key."""

    value: Annotated[str, Field(alias="Value", description="Metadata value (at most 2 KB).")]
    """Metadata value (at most 2 KB)."""


class RoomMember(ResponseModel):
    """
    An online member of a room.
    """

    member_account: Annotated[
        str, Field(alias="Member_Account", description="User ID. The server may also send it as integer.")
    ]
    """User ID. The server may also send it as integer."""


class RoomStats(ResponseModel):
    """
    Interaction totals of a room, as get_room_stats reports them.
    """

    total_viewers: Annotated[
        int | None,
        Field(alias="TotalViewers", description="Room entries; repeated entries of one user all count. Unit: count."),
    ] = None
    """Room entries; repeated entries of one user all count. Unit: count."""

    total_gifts_sent: Annotated[
        int | None, Field(alias="TotalGiftsSent", description="Gifts sent in the room. Unit: count.")
    ] = None
    """Gifts sent in the room. Unit: count."""

    total_gift_coins: Annotated[
        int | None, Field(alias="TotalGiftCoins", description="Total coin value of those gifts.")
    ] = None
    """Total coin value of those gifts."""

    total_unique_gift_senders: Annotated[
        int | None, Field(alias="TotalUniqueGiftSenders", description="Distinct users who sent gifts. Unit: count.")
    ] = None
    """Distinct users who sent gifts. Unit: count."""

    total_likes_received: Annotated[
        int | None, Field(alias="TotalLikesReceived", description="Likes received. Unit: count.")
    ] = None
    """Likes received. Unit: count."""

    total_msg_count: Annotated[
        int | None, Field(alias="TotalMsgCount", description="Messages sent in the room. Unit: count.")
    ] = None
    """Messages sent in the room. Unit: count."""
