# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk.models.room._enums import RoomMemberEnterType, RoomMemberLeaveType
from trtc_sdk.models.room._shared import EventUpdatedRoomInfo, RoomInfo
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
