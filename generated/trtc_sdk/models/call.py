# generated from spec/call.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from trtc_sdk._runtime.enums import IntEnum, StrEnum
from trtc_sdk._runtime.model_base import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class CallInfo(ResponseModel):
    """
    Media and room settings of a running call.
    """

    call_id: Annotated[str, Field(alias="CallId", description="Call ID.")]
    """Call ID."""

    media_type: Annotated[MediaType, Field(alias="MediaType", description="Video or audio call.")]
    """Video or audio call."""

    chat_group_id: Annotated[
        str | None, Field(alias="ChatGroupId", description="Chat group bound to the call; empty when none.")
    ] = None
    """Chat group bound to the call; empty when none."""

    room_id: Annotated[
        str | None, Field(alias="RoomId", description="TRTC room used by the call; empty when none.")
    ] = None
    """TRTC room used by the call; empty when none."""

    room_id_type: Annotated[
        RoomIdType | None,
        Field(alias="RoomIdType", description="How RoomId is written. The sample sends 0 when RoomId is empty."),
    ] = None
    """How RoomId is written. The sample sends 0 when RoomId is empty."""


class CallRecord(ResponseModel):
    """
    The stored record of a finished call.
    """

    call_id: Annotated[str, Field(alias="CallId", description="Call ID.")]
    """Call ID."""

    caller_account: Annotated[str, Field(alias="Caller_Account", description="User ID of the caller.")]
    """User ID of the caller."""

    media_type: Annotated[MediaType, Field(alias="MediaType", description="Video or audio call.")]
    """Video or audio call."""

    call_type: Annotated[CallType, Field(alias="CallType", description="One-to-one or group call.")]
    """One-to-one or group call."""

    start_time: Annotated[int, Field(alias="StartTime", description="When the call was placed. Unit: unix seconds.")]
    """When the call was placed. Unit: unix seconds."""

    end_time: Annotated[int, Field(alias="EndTime", description="When the call ended. Unit: unix seconds.")]
    """When the call ended. Unit: unix seconds."""

    accept_time: Annotated[
        int,
        Field(alias="AcceptTime", description="When the call was answered; 0 when it never was. Unit: unix seconds."),
    ]
    """When the call was answered; 0 when it never was. Unit: unix seconds."""

    call_result: Annotated[
        CallResult,
        Field(alias="CallResult", description="How the call finished. The server may also send it as integer."),
    ]
    """How the call finished. The server may also send it as integer."""

    callee_list_account: Annotated[
        list[str],
        Field(alias="CalleeList_Account", description="Members of the call (the samples include the caller)."),
    ]
    """Members of the call (the samples include the caller)."""

    room_id: Annotated[str | None, Field(alias="RoomId", description="TRTC room used by the call.")] = None
    """TRTC room used by the call."""

    room_id_type: Annotated[
        RoomIdType | None,
        Field(alias="RoomIdType", description="How RoomId is written. The server may also send it as string."),
    ] = None
    """How RoomId is written. The server may also send it as string."""


class CallResult(StrEnum):
    """
    How a call finished.
    """

    CANCEL = "Cancel"
    REJECT = "Reject"
    NOT_ANSWER = "NotAnswer"
    NORMAL_END = "NormalEnd"
    CALL_BUSY = "CallBusy"
    INTERRUPT = "Interrupt"
    OFFLINE = "Offline"


class CallType(StrEnum):
    """
    One-to-one or group call.
    """

    SINGLE_CALL = "SingleCall"
    MULTI_CALL = "MultiCall"


class CallUser(ResponseModel):
    """
    A participant of a running call.
    """

    user_account: Annotated[str, Field(alias="User_Account", description="User ID of the participant.")]
    """User ID of the participant."""

    status: Annotated[CallUserStatus, Field(alias="Status", description="State of the participant.")]
    """State of the participant."""


class CallUserStatus(StrEnum):
    """
    State of one participant in a running call.
    """

    CALLING = "Calling"
    WAITING = "Waiting"


class CallbackCommand(StrEnum):
    """
    Call events a webhook can subscribe to.
    """

    AFTER_START_CALL = "Call.CallbackAfterStartCall"
    AFTER_END_CALL = "Call.CallbackAfterEndCall"
    AFTER_MEMBER_CHANGED = "Call.CallbackAfterMemberChanged"


class CallbackConfig(ResponseModel):
    """
    The app's webhook configuration.
    """

    url: Annotated[str, Field(alias="Url", description="Webhook endpoint.")]
    """Webhook endpoint."""

    callback_command_list: Annotated[
        list[CallbackCommand], Field(alias="CallbackCommandList", description="Events delivered to it.")
    ]
    """Events delivered to it."""


class CalleeResult(ResponseModel):
    """
    Outcome of the invitation for one callee.
    """

    callee_account: Annotated[str, Field(alias="Callee_Account", description="User ID of the callee.")]
    """User ID of the callee."""

    result_code: Annotated[
        int, Field(alias="ResultCode", description="0 when the callee was invited; other values are not documented.")
    ]
    """0 when the callee was invited; other values are not documented."""


class DeleteCallbackRequest(RequestModel):
    """
    Request of call_config/delete_callback: Delete the webhook configuration.
    """


class DeleteCallbackResponse(Envelope):
    """
    Reply of call_config/delete_callback (envelope keys included).
    """


class EndCallRequest(RequestModel):
    """
    Request of call_engine_http_srv/end_call: End a call.
    """

    call_id: Annotated[str, Field(alias="CallId", description="ID of the call to end.")]
    """ID of the call to end."""


class EndCallResponse(Envelope):
    """
    Reply of call_engine_http_srv/end_call (envelope keys included).
    """


class GetCallInfoRequest(RequestModel):
    """
    Request of call_engine_http_srv/get_call_info: Get real-time call status.
    """

    call_id: Annotated[str, Field(alias="CallId", description="ID of the call.")]
    """ID of the call."""


class GetCallInfoResponse(Envelope):
    """
    Reply of call_engine_http_srv/get_call_info (envelope keys included).
    """

    response: Annotated[GetCallInfoResult, Field(alias="Response", description="The call and its participants.")]
    """The call and its participants."""


class GetCallInfoResult(ResponseModel):
    """
    A running call and its participants.
    """

    call_info: Annotated[CallInfo, Field(alias="CallInfo", description="Media and room settings.")]
    """Media and room settings."""

    user_list: Annotated[list[CallUser], Field(alias="UserList", description="Participants and their state.")]
    """Participants and their state."""


class GetCallbackRequest(RequestModel):
    """
    Request of call_config/get_callback: Get the webhook configuration.
    """


class GetCallbackResponse(Envelope):
    """
    Reply of call_config/get_callback (envelope keys included).
    """

    response: Annotated[CallbackConfig, Field(alias="Response", description="The current configuration.")]
    """The current configuration."""


class GetRecordByCallIdResult(ResponseModel):
    """
    The record of one call.
    """

    call_record: Annotated[CallRecord, Field(alias="CallRecord", description="The call record.")]
    """The call record."""


class GetRecordByCallidRequest(RequestModel):
    """
    Request of call_record_http_srv/get_record_by_callid: Get a call record by call ID.
    """

    call_id: Annotated[str, Field(alias="CallId", description="ID of the call.")]
    """ID of the call."""


class GetRecordByCallidResponse(Envelope):
    """
    Reply of call_record_http_srv/get_record_by_callid (envelope keys included).
    """

    response: Annotated[GetRecordByCallIdResult, Field(alias="Response", description="The record.")]
    """The record."""


class GetRecordByFilterRequest(RequestModel):
    """
    Request of call_record_http_srv/get_record_by_filter: Search call records.
    """

    start_time: Annotated[
        int | None,
        Field(
            alias="StartTime",
            description="Start of the search window; earlier values are clamped to seven days ago. Unit: unix seconds. Server default when omitted: now minus 7 days.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    """Start of the search window; earlier values are clamped to seven days ago. Unit: unix seconds. Server default when omitted: now minus 7 days."""

    end_time: Annotated[
        int | None,
        Field(
            alias="EndTime",
            description="End of the search window. Unit: unix seconds. Server default when omitted: now.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    """End of the search window. Unit: unix seconds. Server default when omitted: now."""

    number_per_page: Annotated[
        int | None, Field(alias="NumberPerPage", description="Records per page. Server default when omitted: 10.", ge=1)
    ] = None
    """Records per page. Server default when omitted: 10."""

    page: Annotated[
        int | None,
        Field(alias="Page", description="Page to fetch; the first page is 1. Server default when omitted: 1.", ge=1),
    ] = None
    """Page to fetch; the first page is 1. Server default when omitted: 1."""

    call_result: Annotated[
        CallResult | None,
        Field(
            alias="CallResult", description="Only records that finished this way (found in the sample request only)."
        ),
    ] = None
    """Only records that finished this way (found in the sample request only)."""

    call_type: Annotated[
        CallType | None,
        Field(alias="CallType", description="Only one-to-one or only group calls (found in the sample request only)."),
    ] = None
    """Only one-to-one or only group calls (found in the sample request only)."""


class GetRecordByFilterResponse(Envelope):
    """
    Reply of call_record_http_srv/get_record_by_filter (envelope keys included).
    """

    response: Annotated[GetRecordByFilterResult, Field(alias="Response", description="One page of records.")]
    """One page of records."""


class GetRecordByFilterResult(ResponseModel):
    """
    One page of call records.
    """

    total_num: Annotated[int, Field(alias="TotalNum", description="Number of records matching the query.")]
    """Number of records matching the query."""

    page: Annotated[
        int, Field(alias="Page", description="Page number of this page; greater than 0 when it holds records.")
    ]
    """Page number of this page; greater than 0 when it holds records."""

    call_record_list: Annotated[list[CallRecord], Field(alias="CallRecordList", description="Records on this page.")]
    """Records on this page."""


class MediaType(StrEnum):
    """
    Whether a call carries video or audio only.
    """

    VIDEO = "Video"
    AUDIO = "Audio"


class OfflinePushInfoParam(RequestModel):
    """
    Offline push settings of the call invitation. The Call page documents only these four keys; the Chat message OfflinePushInfo it refers to has more, which can be sent through extra_body.
    """

    push_flag: Annotated[
        int | None, Field(alias="PushFlag", description="0 pushes the invitation offline (the default); 1 does not.")
    ] = None
    """0 pushes the invitation offline (the default); 1 does not."""

    title: Annotated[str | None, Field(alias="Title", description="Title of the push notification.")] = None
    """Title of the push notification."""

    desc: Annotated[str | None, Field(alias="Desc", description="Text of the push notification.")] = None
    """Text of the push notification."""

    ext: Annotated[str | None, Field(alias="Ext", description="Pass-through data delivered with the push.")] = None
    """Pass-through data delivered with the push."""


class RoomIdType(IntEnum):
    """
    How the TRTC room ID of a call is written.
    """

    NUMERIC = 1
    STRING = 2


class SetCallbackRequest(RequestModel):
    """
    Request of call_config/set_callback: Set the webhook configuration.
    """

    url: Annotated[str, Field(alias="Url", description="Webhook endpoint; https is advised.", pattern="^https?://")]
    """Webhook endpoint; https is advised."""

    callback_command_list: Annotated[
        list[CallbackCommand], Field(alias="CallbackCommandList", description="Events to deliver.")
    ]
    """Events to deliver."""


class SetCallbackResponse(Envelope):
    """
    Reply of call_config/set_callback (envelope keys included).
    """


class StartCallByRobotRequest(RequestModel):
    """
    Request of call_engine_http_srv/start_call_by_robot: Start a call from a robot account.
    """

    robot_account: Annotated[str, Field(alias="Robot_Account", description="User ID acting as the caller.")]
    """User ID acting as the caller."""

    callee_list_account: Annotated[list[str], Field(alias="CalleeList_Account", description="User IDs to call.")]
    """User IDs to call."""

    timeout: Annotated[
        int,
        Field(
            alias="Timeout",
            description="How long the invitation rings before it times out. Unit: milliseconds.",
            ge=10000,
            le=600000,
        ),
    ]
    """How long the invitation rings before it times out. Unit: milliseconds."""

    user_data: Annotated[
        str | None,
        Field(
            alias="UserData",
            description="Custom data passed to the callees with the invitation.",
            json_schema_extra={"x-max-bytes": 1000},
        ),
    ] = None
    """Custom data passed to the callees with the invitation."""

    call_info: Annotated[StartCallInfoParam, Field(alias="CallInfo", description="Media type and optional TRTC room.")]
    """Media type and optional TRTC room."""

    offline_push_info: Annotated[
        OfflinePushInfoParam | None,
        Field(alias="OfflinePushInfo", description="Offline push settings of the invitation."),
    ] = None
    """Offline push settings of the invitation."""


class StartCallByRobotResponse(Envelope):
    """
    Reply of call_engine_http_srv/start_call_by_robot (envelope keys included).
    """

    response: Annotated[
        StartCallByRobotResult | None,
        Field(alias="Response", description="The new call; absent from the API page's sample, present in the guide's."),
    ] = None
    """The new call; absent from the API page's sample, present in the guide's."""


class StartCallByRobotResult(ResponseModel):
    """
    The new call and the per-callee outcome.
    """

    call_id: Annotated[str, Field(alias="CallId", description="ID of the new call.")]
    """ID of the new call."""

    call_result: Annotated[list[CalleeResult], Field(alias="CallResult", description="Outcome for each callee.")]
    """Outcome for each callee."""


class StartCallInfoParam(RequestModel):
    """
    Media type and optional TRTC room of a call placed by a robot.
    """

    media_type: Annotated[MediaType, Field(alias="MediaType", description="Video or audio call.")]
    """Video or audio call."""

    room_id: Annotated[str | None, Field(alias="RoomId", description="TRTC room to hold the call in.")] = None
    """TRTC room to hold the call in."""

    room_id_type: Annotated[RoomIdType | None, Field(alias="RoomIdType", description="How RoomId is written.")] = None
    """How RoomId is written."""
