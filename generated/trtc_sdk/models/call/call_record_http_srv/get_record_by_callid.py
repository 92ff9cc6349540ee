# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.call.call_record_http_srv._shared import CallRecord
from trtc_sdk.models.envelope import Envelope


class GetRecordByCallidRequest(RequestModel):
    """
    Request of call_record_http_srv/get_record_by_callid: Get a call record by call ID.
    """

    call_id: Annotated[str, Field(alias="CallId", description="ID of the call.")]
    """ID of the call."""


class GetRecordByCallIdResult(ResponseModel):
    """
    The record of one call.
    """

    call_record: Annotated[CallRecord, Field(alias="CallRecord", description="The call record.")]
    """The call record."""


class GetRecordByCallidResponse(Envelope):
    """
    Reply of call_record_http_srv/get_record_by_callid (envelope keys included).
    """

    response: Annotated[GetRecordByCallIdResult, Field(alias="Response", description="The record.")]
    """The record."""
