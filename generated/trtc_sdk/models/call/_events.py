# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import ResponseModel
from trtc_sdk.models.call._enums.call_member_action import CallMemberAction
from trtc_sdk.models.call._enums.media_type import MediaType
from trtc_sdk.models.call._enums.room_id_type import RoomIdType
from trtc_sdk.models.call.call_engine_http_srv.get_call_info import CallUser
from trtc_sdk.models.call.call_record_http_srv._shared import CallRecord
from trtc_sdk.webhooks.models import WebhookAnswer, WebhookEvent


class AfterStartCallAnswer(WebhookAnswer):
    """
    Answer to the Call.CallbackAfterStartCall webhook event.
    """


class AfterEndCallEvent(WebhookEvent):
    """
    Payload of the Call.CallbackAfterEndCall webhook event.
    """

    callback_command: Annotated[
        Literal["Call.CallbackAfterEndCall"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Call.CallbackAfterEndCall"
    """Name of the event."""

    call_record: Annotated[
        CallRecord, Field(alias="CallRecord", description="Record of the call: participants, times, outcome and room.")
    ]
    """Record of the call: participants, times, outcome and room."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterEndCallAnswer(WebhookAnswer):
    """
    Answer to the Call.CallbackAfterEndCall webhook event.
    """


class AfterMemberChangedAnswer(WebhookAnswer):
    """
    Answer to the Call.CallbackAfterMemberChanged webhook event.
    """


class EventCallInfo(ResponseModel):
    """
    Media and room settings of a call, as the start-call event reports them.
    """

    call_id: Annotated[str, Field(alias="CallId", description="ID of the call.")]
    """ID of the call."""

    call_media_type: Annotated[
        MediaType | None, Field(alias="CallMediaType", description="Video or audio call (the key the sample sends).")
    ] = None
    """Video or audio call (the key the sample sends)."""

    media_type: Annotated[
        MediaType | None,
        Field(alias="MediaType", description="Video or audio call (the key the field table names; see the notes)."),
    ] = None
    """Video or audio call (the key the field table names; see the notes)."""

    chat_group_id: Annotated[
        str | None, Field(alias="ChatGroupId", description="Chat group bound to the call; empty when none.")
    ] = None
    """Chat group bound to the call; empty when none."""

    room_id: Annotated[str | None, Field(alias="RoomId", description="TRTC room of the call; empty when none.")] = None
    """TRTC room of the call; empty when none."""

    room_id_type: Annotated[RoomIdType | None, Field(alias="RoomIdType", description="How RoomId is written.")] = None
    """How RoomId is written."""


class EventChangedCallUser(ResponseModel):
    """
    A participant whose state changed, and how.
    """

    user_account: Annotated[
        str,
        Field(alias="User_Account", description="User ID of the participant. The server may also send it as integer."),
    ]
    """User ID of the participant. The server may also send it as integer."""

    action_type: Annotated[CallMemberAction | None, Field(alias="ActionType", description="What changed.")] = None
    """What changed."""


class AfterStartCallEvent(WebhookEvent):
    """
    Payload of the Call.CallbackAfterStartCall webhook event.
    """

    callback_command: Annotated[
        Literal["Call.CallbackAfterStartCall"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Call.CallbackAfterStartCall"
    """Name of the event."""

    call_info: Annotated[
        EventCallInfo, Field(alias="CallInfo", description="The call and its media and room settings.")
    ]
    """The call and its media and room settings."""

    user_list: Annotated[
        list[CallUser] | None,
        Field(alias="UserList", description="Participants with their state (the caller Calling; callees Waiting)."),
    ] = None
    """Participants with their state (the caller Calling; callees Waiting)."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterMemberChangedEvent(WebhookEvent):
    """
    Payload of the Call.CallbackAfterMemberChanged webhook event.
    """

    callback_command: Annotated[
        Literal["Call.CallbackAfterMemberChanged"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Call.CallbackAfterMemberChanged"
    """Name of the event."""

    call_id: Annotated[str, Field(alias="CallId", description="ID of the call.")]
    """ID of the call."""

    user_list: Annotated[
        list[CallUser] | None, Field(alias="UserList", description="Every participant with their current state.")
    ] = None
    """Every participant with their current state."""

    changed_user_list: Annotated[
        list[EventChangedCallUser] | None,
        Field(alias="ChangedUserList", description="The participants whose state changed and what happened."),
    ] = None
    """The participants whose state changed and what happened."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""
