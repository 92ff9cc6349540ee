# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk.models.call._shared import CallRecord, CallUser, EventCallInfo, EventChangedCallUser
from trtc_sdk.webhooks.models import WebhookAnswer, WebhookEvent


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


class AfterMemberChangedAnswer(WebhookAnswer):
    """
    Answer to the Call.CallbackAfterMemberChanged webhook event.
    """
