# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.call._enums import CallResult, CallType, MediaType, RoomIdType
from trtc_sdk.models.envelope import Envelope


class GetRecordByCallidRequest(RequestModel):
    """
    Request of call_record_http_srv/get_record_by_callid: Get a call record by call ID.
    """

    call_id: Annotated[str, Field(alias="CallId", description="ID of the call.")]
    """ID of the call."""


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
        int | None,
        Field(
            alias="NumberPerPage",
            description="Records per page. Server default when omitted: 10.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """Records per page. Server default when omitted: 10."""

    page: Annotated[
        int | None,
        Field(
            alias="Page",
            description="Page to fetch; the first page is 1. Server default when omitted: 1.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """Page to fetch; the first page is 1. Server default when omitted: 1."""

    call_result: Annotated[
        CallResult | Literal["Cancel", "Reject", "NotAnswer", "NormalEnd", "CallBusy", "Interrupt", "Offline"] | None,
        Field(
            alias="CallResult", description="Only records that finished this way (found in the sample request only)."
        ),
    ] = None
    """Only records that finished this way (found in the sample request only)."""

    call_type: Annotated[
        CallType | Literal["SingleCall", "MultiCall"] | None,
        Field(alias="CallType", description="Only one-to-one or only group calls (found in the sample request only)."),
    ] = None
    """Only one-to-one or only group calls (found in the sample request only)."""


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


class GetRecordByCallIdResult(ResponseModel):
    """
    The record of one call.
    """

    call_record: Annotated[CallRecord, Field(alias="CallRecord", description="The call record.")]
    """The call record."""


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


class GetRecordByCallidResponse(Envelope):
    """
    Reply of call_record_http_srv/get_record_by_callid (envelope keys included).
    """

    response: Annotated[GetRecordByCallIdResult, Field(alias="Response", description="The record.")]
    """The record."""


class GetRecordByFilterResponse(Envelope):
    """
    Reply of call_record_http_srv/get_record_by_filter (envelope keys included).
    """

    response: Annotated[GetRecordByFilterResult, Field(alias="Response", description="One page of records.")]
    """One page of records."""
