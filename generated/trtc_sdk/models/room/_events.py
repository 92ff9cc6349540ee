# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import ResponseModel
from trtc_sdk.models.room._enums.room_member_enter_type import RoomMemberEnterType
from trtc_sdk.models.room._enums.room_member_leave_type import RoomMemberLeaveType
from trtc_sdk.models.room._enums.take_seat_mode import TakeSeatMode
from trtc_sdk.models.room.room_engine_http_srv.get_room_info import RoomInfo
from trtc_sdk.webhooks.models import WebhookAnswer, WebhookEvent


class AfterCreateRoomEvent(WebhookEvent):
    """
    Payload of the Room.CallbackAfterCreateRoom webhook event.
    """

    callback_command: Annotated[
        Literal["Room.CallbackAfterCreateRoom"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Room.CallbackAfterCreateRoom"
    """Name of the event."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who created the room.")
    ] = None
    """User who created the room."""

    room_info: Annotated[RoomInfo, Field(alias="RoomInfo", description="Settings of the new room.")]
    """Settings of the new room."""

    schedule_invitee_list_account: Annotated[
        list[str] | None,
        Field(alias="ScheduleInviteeList_Account", description="Users invited to a scheduled meeting."),
    ] = None
    """Users invited to a scheduled meeting."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterCreateRoomAnswer(WebhookAnswer):
    """
    Answer to the Room.CallbackAfterCreateRoom webhook event.
    """


class AfterDestroyRoomEvent(WebhookEvent):
    """
    Payload of the Room.CallbackAfterDestroyRoom webhook event.
    """

    callback_command: Annotated[
        Literal["Room.CallbackAfterDestroyRoom"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Room.CallbackAfterDestroyRoom"
    """Name of the event."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who dissolved the room.")
    ] = None
    """User who dissolved the room."""

    room_id: Annotated[str, Field(alias="RoomId", description="The dissolved room.")]
    """The dissolved room."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterDestroyRoomAnswer(WebhookAnswer):
    """
    Answer to the Room.CallbackAfterDestroyRoom webhook event.
    """


class AfterUpdateRoomInfoAnswer(WebhookAnswer):
    """
    Answer to the Room.CallbackAfterUpdateRoomInfo webhook event.
    """


class AfterMemberEnterEvent(WebhookEvent):
    """
    Payload of the Room.CallbackAfterMemberEnter webhook event.
    """

    callback_command: Annotated[
        Literal["Room.CallbackAfterMemberEnter"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Room.CallbackAfterMemberEnter"
    """Name of the event."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the request.")
    ] = None
    """User who made the request."""

    room_id: Annotated[str, Field(alias="RoomId", description="The room.")]
    """The room."""

    member_count: Annotated[
        int | None,
        Field(
            alias="MemberCount",
            description="Members in the room after the change (the table calls it the room's capacity). Unit: count.",
        ),
    ] = None
    """Members in the room after the change (the table calls it the room's capacity). Unit: count."""

    type: Annotated[RoomMemberEnterType | None, Field(alias="Type", description="How the members entered.")] = None
    """How the members entered."""

    member_list_account: Annotated[
        list[str] | None, Field(alias="MemberList_Account", description="Users who entered.")
    ] = None
    """Users who entered."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterMemberEnterAnswer(WebhookAnswer):
    """
    Answer to the Room.CallbackAfterMemberEnter webhook event.
    """


class AfterMemberLeaveEvent(WebhookEvent):
    """
    Payload of the Room.CallbackAfterMemberLeave webhook event.
    """

    callback_command: Annotated[
        Literal["Room.CallbackAfterMemberLeave"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Room.CallbackAfterMemberLeave"
    """Name of the event."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the request.")
    ] = None
    """User who made the request."""

    room_id: Annotated[str, Field(alias="RoomId", description="The room.")]
    """The room."""

    member_count: Annotated[
        int | None, Field(alias="MemberCount", description="Members in the room after the change. Unit: count.")
    ] = None
    """Members in the room after the change. Unit: count."""

    type: Annotated[RoomMemberLeaveType | None, Field(alias="Type", description="How the members left.")] = None
    """How the members left."""

    member_list_account: Annotated[
        list[str] | None, Field(alias="MemberList_Account", description="Users who left.")
    ] = None
    """Users who left."""

    reason: Annotated[str | None, Field(alias="Reason", description="Free-text reason for leaving.")] = None
    """Free-text reason for leaving."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterMemberLeaveAnswer(WebhookAnswer):
    """
    Answer to the Room.CallbackAfterMemberLeave webhook event.
    """


class EventUpdatedRoomInfo(ResponseModel):
    """
    A room and the settings an update touched, as the update event reports them.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room ID.")]
    """Room ID."""

    room_name: Annotated[str | None, Field(alias="RoomName", description="Display name.")] = None
    """Display name."""

    owner_account: Annotated[str | None, Field(alias="Owner_Account", description="User ID of the owner (host).")] = (
        None
    )
    """User ID of the owner (host)."""

    take_seat_mode: Annotated[TakeSeatMode | None, Field(alias="TakeSeatMode", description="Seat mode.")] = None
    """Seat mode."""

    max_member_count: Annotated[int | None, Field(alias="MaxMemberCount", description="Member cap.")] = None
    """Member cap."""

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
        bool | None,
        Field(
            alias="IsCloudRecordingDisabled",
            description='Cloud recording is forbidden (the sample sends the text "false"). The server may also send it as string.',
        ),
    ] = None
    """Cloud recording is forbidden (the sample sends the text "false"). The server may also send it as string."""

    custom_info: Annotated[str | None, Field(alias="CustomInfo", description="App-defined room data.")] = None
    """App-defined room data."""


class AfterUpdateRoomInfoEvent(WebhookEvent):
    """
    Payload of the Room.CallbackAfterUpdateRoomInfo webhook event.
    """

    callback_command: Annotated[
        Literal["Room.CallbackAfterUpdateRoomInfo"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Room.CallbackAfterUpdateRoomInfo"
    """Name of the event."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who changed the room.")
    ] = None
    """User who changed the room."""

    room_info: Annotated[
        EventUpdatedRoomInfo, Field(alias="RoomInfo", description="The room and its changed settings.")
    ]
    """The room and its changed settings."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""
