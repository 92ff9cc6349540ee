# generated from spec/*.yaml by `python -m codegen generate` - do not edit
"""trtc_sdk.OPERATIONS: every command of the spec, keyed by "servicename/command".

Model classes are named, not imported: `OPERATIONS[path].request_model` imports them on first use.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from trtc_sdk._protocol import PRODUCT_ERRORS, PRODUCT_REGIONS
from trtc_sdk._runtime.operations import Operation, Paging

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "call_engine_http_srv/get_call_info": Operation(
            path="call_engine_http_srv/get_call_info",
            product="call",
            servicename="call_engine_http_srv",
            command="get_call_info",
            namespace="call",
            method_name="get_call_info",
            title="Get real-time call status",
            doc_url="https://trtc.io/document/68932",
            idempotent=True,
            rate_limit_per_sec=200,
            errors=MappingProxyType(
                {
                    101001: PRODUCT_ERRORS["call"][101001],
                    101002: PRODUCT_ERRORS["call"][101002],
                    101004: PRODUCT_ERRORS["call"][101004],
                }
            ),
            regions=PRODUCT_REGIONS["call"],
            request_model_ref="trtc_sdk.models.call:GetCallInfoRequest",
            response_model_ref="trtc_sdk.models.call:GetCallInfoResponse",
        ),
        "call_engine_http_srv/start_call_by_robot": Operation(
            path="call_engine_http_srv/start_call_by_robot",
            product="call",
            servicename="call_engine_http_srv",
            command="start_call_by_robot",
            namespace="call",
            method_name="start_call_by_robot",
            title="Start a call from a robot account",
            doc_url="https://trtc.io/document/74505",
            idempotent=False,
            rate_limit_per_sec=200,
            errors=MappingProxyType(
                {
                    101001: PRODUCT_ERRORS["call"][101001],
                    101002: PRODUCT_ERRORS["call"][101002],
                }
            ),
            regions=PRODUCT_REGIONS["call"],
            request_model_ref="trtc_sdk.models.call:StartCallByRobotRequest",
            response_model_ref="trtc_sdk.models.call:StartCallByRobotResponse",
        ),
        "call_engine_http_srv/end_call": Operation(
            path="call_engine_http_srv/end_call",
            product="call",
            servicename="call_engine_http_srv",
            command="end_call",
            namespace="call",
            method_name="end_call",
            title="End a call",
            doc_url="https://trtc.io/document/74506",
            idempotent=True,
            rate_limit_per_sec=200,
            errors=MappingProxyType(
                {
                    101001: PRODUCT_ERRORS["call"][101001],
                    101002: PRODUCT_ERRORS["call"][101002],
                    101004: PRODUCT_ERRORS["call"][101004],
                }
            ),
            regions=PRODUCT_REGIONS["call"],
            request_model_ref="trtc_sdk.models.call:EndCallRequest",
            response_model_ref="trtc_sdk.models.call:EndCallResponse",
        ),
        "call_record_http_srv/get_record_by_callid": Operation(
            path="call_record_http_srv/get_record_by_callid",
            product="call",
            servicename="call_record_http_srv",
            command="get_record_by_callid",
            namespace="call_record",
            method_name="get_record_by_callid",
            title="Get a call record by call ID",
            doc_url="https://trtc.io/document/68930",
            idempotent=True,
            rate_limit_per_sec=200,
            errors=MappingProxyType(
                {
                    101001: PRODUCT_ERRORS["call"][101001],
                    101050: PRODUCT_ERRORS["call"][101050],
                }
            ),
            regions=PRODUCT_REGIONS["call"],
            request_model_ref="trtc_sdk.models.call:GetRecordByCallidRequest",
            response_model_ref="trtc_sdk.models.call:GetRecordByCallidResponse",
        ),
        "call_record_http_srv/get_record_by_filter": Operation(
            path="call_record_http_srv/get_record_by_filter",
            product="call",
            servicename="call_record_http_srv",
            command="get_record_by_filter",
            namespace="call_record",
            method_name="get_record_by_filter",
            title="Search call records",
            doc_url="https://trtc.io/document/68931",
            idempotent=True,
            rate_limit_per_sec=200,
            errors=MappingProxyType(
                {
                    101001: PRODUCT_ERRORS["call"][101001],
                    101050: PRODUCT_ERRORS["call"][101050],
                }
            ),
            regions=PRODUCT_REGIONS["call"],
            request_model_ref="trtc_sdk.models.call:GetRecordByFilterRequest",
            response_model_ref="trtc_sdk.models.call:GetRecordByFilterResponse",
            paging=Paging(
                style="page_number",
                request_key="Page",
                items="Response.CallRecordList",
                page_size_key="NumberPerPage",
                next=None,
                total="Response.TotalNum",
                first=1,
                end=None,
            ),
        ),
        "call_config/set_callback": Operation(
            path="call_config/set_callback",
            product="call",
            servicename="call_config",
            command="set_callback",
            namespace="call_config",
            method_name="set_callback",
            title="Set the webhook configuration",
            doc_url="https://trtc.io/document/68938",
            idempotent=True,
            rate_limit_per_sec=200,
            errors=MappingProxyType(
                {
                    100001: PRODUCT_ERRORS["call"][100001],
                    100002: PRODUCT_ERRORS["call"][100002],
                }
            ),
            regions=PRODUCT_REGIONS["call"],
            request_model_ref="trtc_sdk.models.call:SetCallbackRequest",
            response_model_ref="trtc_sdk.models.call:SetCallbackResponse",
        ),
        "call_config/get_callback": Operation(
            path="call_config/get_callback",
            product="call",
            servicename="call_config",
            command="get_callback",
            namespace="call_config",
            method_name="get_callback",
            title="Get the webhook configuration",
            doc_url="https://trtc.io/document/68937",
            idempotent=True,
            rate_limit_per_sec=200,
            errors=MappingProxyType(
                {
                    100001: PRODUCT_ERRORS["call"][100001],
                    100002: PRODUCT_ERRORS["call"][100002],
                    100301: PRODUCT_ERRORS["call"][100301],
                }
            ),
            regions=PRODUCT_REGIONS["call"],
            request_model_ref="trtc_sdk.models.call:GetCallbackRequest",
            response_model_ref="trtc_sdk.models.call:GetCallbackResponse",
        ),
        "call_config/delete_callback": Operation(
            path="call_config/delete_callback",
            product="call",
            servicename="call_config",
            command="delete_callback",
            namespace="call_config",
            method_name="delete_callback",
            title="Delete the webhook configuration",
            doc_url="https://trtc.io/document/68939",
            idempotent=True,
            rate_limit_per_sec=200,
            errors=MappingProxyType(
                {
                    100001: PRODUCT_ERRORS["call"][100001],
                    100002: PRODUCT_ERRORS["call"][100002],
                }
            ),
            regions=PRODUCT_REGIONS["call"],
            request_model_ref="trtc_sdk.models.call:DeleteCallbackRequest",
            response_model_ref="trtc_sdk.models.call:DeleteCallbackResponse",
        ),
    }
)
