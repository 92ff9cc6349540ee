# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.room._enums.room_type import RoomType
from trtc_sdk.models.room._enums.take_seat_mode import TakeSeatMode


class CreateRoomResponse(Envelope):
    """
    Reply of room_engine_http_srv/create_room (envelope keys included).
    """


class NewRoomInfoParam(RequestModel):
    """
    Settings of a room to create or schedule.
    """

    room_id: Annotated[
        str,
        Field(
            alias="RoomId",
            description="ID of the new room.",
            json_schema_extra={"x-max-bytes": 48, "x-limits": {"max_bytes": 48}},
        ),
    ]
    """ID of the new room."""

    room_name: Annotated[
        str | None,
        Field(
            alias="RoomName",
            description="Display name of the room. Server default when omitted: the RoomId.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """Display name of the room. Server default when omitted: the RoomId."""

    room_type: Annotated[
        RoomType | Literal["Conference"], Field(alias="RoomType", description="Kind of room; Conference.")
    ]
    """Kind of room; Conference."""

    owner_account: Annotated[
        str | None,
        Field(
            alias="Owner_Account",
            description="User ID of the owner (host); the account must already be imported. Server default when omitted: the calling administrator.",
        ),
    ] = None
    """User ID of the owner (host); the account must already be imported. Server default when omitted: the calling administrator."""

    max_member_count: Annotated[
        int | None,
        Field(
            alias="MaxMemberCount",
            description="Member cap; after a package upgrade raise it with update_room_info. Server default when omitted: the member limit of the purchased package (20 on the trial).",
        ),
    ] = None
    """Member cap; after a package upgrade raise it with update_room_info. Server default when omitted: the member limit of the purchased package (20 on the trial)."""

    schedule_start_time: Annotated[
        int | None,
        Field(
            alias="ScheduleStartTime",
            description="Planned start of the meeting. Unit: unix seconds. Server default when omitted: now.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    """Planned start of the meeting. Unit: unix seconds. Server default when omitted: now."""

    schedule_end_time: Annotated[
        int | None,
        Field(
            alias="ScheduleEndTime",
            description="Planned end of the meeting; the meeting must last at least five minutes. Unit: unix seconds. Server default when omitted: one hour after ScheduleStartTime.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    """Planned end of the meeting; the meeting must last at least five minutes. Unit: unix seconds. Server default when omitted: one hour after ScheduleStartTime."""

    is_video_disabled: Annotated[
        bool | None, Field(alias="IsVideoDisabled", description="Turn off video for every member.")
    ] = None
    """Turn off video for every member."""

    is_audio_disabled: Annotated[
        bool | None, Field(alias="IsAudioDisabled", description="Mute audio for every member.")
    ] = None
    """Mute audio for every member."""

    is_message_disabled: Annotated[
        bool | None, Field(alias="IsMessageDisabled", description="Stop all members from sending text messages.")
    ] = None
    """Stop all members from sending text messages."""

    is_screen_sharing_disabled: Annotated[
        bool | None, Field(alias="IsScreenSharingDisabled", description="Forbid screen sharing.")
    ] = None
    """Forbid screen sharing."""

    is_cloud_recording_disabled: Annotated[
        bool | None, Field(alias="IsCloudRecordingDisabled", description="Forbid cloud recording.")
    ] = None
    """Forbid cloud recording."""

    custom_info: Annotated[
        str | None,
        Field(
            alias="CustomInfo",
            description="App-defined room data (limit taken from update_room_info).",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """App-defined room data (limit taken from update_room_info)."""

    is_seat_enabled: Annotated[
        bool | None, Field(alias="IsSeatEnabled", description="Whether the room uses seats.")
    ] = None
    """Whether the room uses seats."""

    max_seat_count: Annotated[int | None, Field(alias="MaxSeatCount", description="Number of seats.")] = None
    """Number of seats."""

    take_seat_mode: Annotated[
        TakeSeatMode | Literal["FreeToTake", "ApplyToTake"] | None,
        Field(alias="TakeSeatMode", description="How members get onto a seat (FreeToTake or ApplyToTake)."),
    ] = None
    """How members get onto a seat (FreeToTake or ApplyToTake)."""

    is_password_enabled: Annotated[
        bool | None,
        Field(alias="IsPasswordEnabled", description="Whether joining needs a password (Chinese page only)."),
    ] = None
    """Whether joining needs a password (Chinese page only)."""

    password: Annotated[str | None, Field(alias="Password", description="Room password (Chinese page only).")] = None
    """Room password (Chinese page only)."""


class CreateRoomRequest(RequestModel):
    """
    Request of room_engine_http_srv/create_room: Create a room.
    """

    room_info: Annotated[NewRoomInfoParam, Field(alias="RoomInfo", description="Settings of the room.")]
    """Settings of the room."""

    schedule_invitee_list_account: Annotated[
        list[str] | None,
        Field(alias="ScheduleInviteeList_Account", description="User IDs invited to the scheduled meeting."),
    ] = None
    """User IDs invited to the scheduled meeting."""
