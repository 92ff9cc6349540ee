# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.call._enums.call_result import CallResult
from trtc_sdk.models.call._enums.call_type import CallType
from trtc_sdk.models.call.call_record_http_srv._shared import CallRecord
from trtc_sdk.models.envelope import Envelope


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


class GetRecordByFilterResponse(Envelope):
    """
    Reply of call_record_http_srv/get_record_by_filter (envelope keys included).
    """

    response: Annotated[GetRecordByFilterResult, Field(alias="Response", description="One page of records.")]
    """One page of records."""
