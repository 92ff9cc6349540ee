# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.room._enums.room_status import RoomStatus
from trtc_sdk.models.room._enums.room_type import RoomType
from trtc_sdk.models.room._enums.take_seat_mode import TakeSeatMode


class GetRoomInfoRequest(RequestModel):
    """
    Request of room_engine_http_srv/get_room_info: Get room settings.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""


class RoomInfo(ResponseModel):
    """
    Settings and live state of a room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room ID.")]
    """Room ID."""

    room_name: Annotated[str | None, Field(alias="RoomName", description="Display name.")] = None
    """Display name."""

    room_type: Annotated[RoomType | None, Field(alias="RoomType", description="Kind of room.")] = None
    """Kind of room."""

    owner_account: Annotated[str | None, Field(alias="Owner_Account", description="User ID of the owner (host).")] = (
        None
    )
    """User ID of the owner (host)."""

    max_member_count: Annotated[int | None, Field(alias="MaxMemberCount", description="Member cap.")] = None
    """Member cap."""

    max_seat_count: Annotated[int | None, Field(alias="MaxSeatCount", description="Number of seats.")] = None
    """Number of seats."""

    is_video_disabled: Annotated[
        bool | None, Field(alias="IsVideoDisabled", description="Video is off for every member.")
    ] = None
    """Video is off for every member."""

    is_audio_disabled: Annotated[
        bool | None, Field(alias="IsAudioDisabled", description="Audio is muted for every member.")
    ] = None
    """Audio is muted for every member."""

    is_message_disabled: Annotated[
        bool | None, Field(alias="IsMessageDisabled", description="Members cannot send text messages.")
    ] = None
    """Members cannot send text messages."""

    is_screen_sharing_disabled: Annotated[
        bool | None, Field(alias="IsScreenSharingDisabled", description="Screen sharing is forbidden.")
    ] = None
    """Screen sharing is forbidden."""

    is_cloud_recording_disabled: Annotated[
        bool | None, Field(alias="IsCloudRecordingDisabled", description="Cloud recording is forbidden.")
    ] = None
    """Cloud recording is forbidden."""

    custom_info: Annotated[str | None, Field(alias="CustomInfo", description="App-defined room data.")] = None
    """App-defined room data."""

    schedule_start_time: Annotated[
        int | None, Field(alias="ScheduleStartTime", description="Planned start of the meeting. Unit: unix seconds.")
    ] = None
    """Planned start of the meeting. Unit: unix seconds."""

    schedule_end_time: Annotated[
        int | None, Field(alias="ScheduleEndTime", description="Planned end of the meeting. Unit: unix seconds.")
    ] = None
    """Planned end of the meeting. Unit: unix seconds."""

    room_status: Annotated[RoomStatus | None, Field(alias="RoomStatus", description="Lifecycle state.")] = None
    """Lifecycle state."""

    is_seat_enabled: Annotated[
        bool | None, Field(alias="IsSeatEnabled", description="Whether the room uses seats.")
    ] = None
    """Whether the room uses seats."""

    take_seat_mode: Annotated[TakeSeatMode | None, Field(alias="TakeSeatMode", description="Seat mode.")] = None
    """Seat mode."""

    create_time: Annotated[
        int | None, Field(alias="CreateTime", description="When the room was created. Unit: unix seconds.")
    ] = None
    """When the room was created. Unit: unix seconds."""

    member_count: Annotated[
        int | None, Field(alias="MemberCount", description="Number of members in the room now.")
    ] = None
    """Number of members in the room now."""


class GetRoomInfoResult(ResponseModel):
    """
    Wrapper of a room's settings.
    """

    room_info: Annotated[RoomInfo, Field(alias="RoomInfo", description="The room.")]
    """The room."""


class GetRoomInfoResponse(Envelope):
    """
    Reply of room_engine_http_srv/get_room_info (envelope keys included).
    """

    response: Annotated[GetRoomInfoResult, Field(alias="Response", description="The room.")]
    """The room."""
