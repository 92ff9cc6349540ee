# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.room._enums.take_seat_mode import TakeSeatMode


class UpdateRoomInfoResponse(Envelope):
    """
    Reply of room_engine_http_srv/update_room_info (envelope keys included).
    """


class RoomInfoUpdateParam(RequestModel):
    """
    A room and the settings to change; omitted fields keep their value.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    room_name: Annotated[
        str | None,
        Field(
            alias="RoomName",
            description="New display name.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """New display name."""

    max_member_count: Annotated[int | None, Field(alias="MaxMemberCount", description="New member cap.")] = None
    """New member cap."""

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
            description="New app-defined room data.",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """New app-defined room data."""

    take_seat_mode: Annotated[
        TakeSeatMode | Literal["FreeToTake", "ApplyToTake"] | None,
        Field(alias="TakeSeatMode", description="New seat mode (FreeToTake or ApplyToTake)."),
    ] = None
    """New seat mode (FreeToTake or ApplyToTake)."""


class UpdateRoomInfoRequest(RequestModel):
    """
    Request of room_engine_http_srv/update_room_info: Update room settings.
    """

    room_info: Annotated[
        RoomInfoUpdateParam, Field(alias="RoomInfo", description="The room and the settings to change.")
    ]
    """The room and the settings to change."""
