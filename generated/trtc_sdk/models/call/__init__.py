# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit
"""Models of Call (TUICallKit): one module per servicename plus the types they share.

Every name below imports from this package; only the module holding it is loaded, on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module

if TYPE_CHECKING:
    from trtc_sdk.models.call._enums import (
        CallbackCommand as CallbackCommand,
    )
    from trtc_sdk.models.call._enums import (
        CallMemberAction as CallMemberAction,
    )
    from trtc_sdk.models.call._enums import (
        CallResult as CallResult,
    )
    from trtc_sdk.models.call._enums import (
        CallType as CallType,
    )
    from trtc_sdk.models.call._enums import (
        CallUserStatus as CallUserStatus,
    )
    from trtc_sdk.models.call._enums import (
        MediaType as MediaType,
    )
    from trtc_sdk.models.call._enums import (
        RoomIdType as RoomIdType,
    )
    from trtc_sdk.models.call._events import (
        AfterEndCallAnswer as AfterEndCallAnswer,
    )
    from trtc_sdk.models.call._events import (
        AfterEndCallEvent as AfterEndCallEvent,
    )
    from trtc_sdk.models.call._events import (
        AfterMemberChangedAnswer as AfterMemberChangedAnswer,
    )
    from trtc_sdk.models.call._events import (
        AfterMemberChangedEvent as AfterMemberChangedEvent,
    )
    from trtc_sdk.models.call._events import (
        AfterStartCallAnswer as AfterStartCallAnswer,
    )
    from trtc_sdk.models.call._events import (
        AfterStartCallEvent as AfterStartCallEvent,
    )
    from trtc_sdk.models.call._events import (
        EventCallInfo as EventCallInfo,
    )
    from trtc_sdk.models.call._events import (
        EventChangedCallUser as EventChangedCallUser,
    )
    from trtc_sdk.models.call.call_config import (
        CallbackConfig as CallbackConfig,
    )
    from trtc_sdk.models.call.call_config import (
        DeleteCallbackRequest as DeleteCallbackRequest,
    )
    from trtc_sdk.models.call.call_config import (
        DeleteCallbackResponse as DeleteCallbackResponse,
    )
    from trtc_sdk.models.call.call_config import (
        GetCallbackRequest as GetCallbackRequest,
    )
    from trtc_sdk.models.call.call_config import (
        GetCallbackResponse as GetCallbackResponse,
    )
    from trtc_sdk.models.call.call_config import (
        SetCallbackRequest as SetCallbackRequest,
    )
    from trtc_sdk.models.call.call_config import (
        SetCallbackResponse as SetCallbackResponse,
    )
    from trtc_sdk.models.call.call_engine_http_srv import (
        CalleeResult as CalleeResult,
    )
    from trtc_sdk.models.call.call_engine_http_srv import (
        CallInfo as CallInfo,
    )
    from trtc_sdk.models.call.call_engine_http_srv import (
        CallUser as CallUser,
    )
    from trtc_sdk.models.call.call_engine_http_srv import (
        EndCallRequest as EndCallRequest,
    )
    from trtc_sdk.models.call.call_engine_http_srv import (
        EndCallResponse as EndCallResponse,
    )
    from trtc_sdk.models.call.call_engine_http_srv import (
        GetCallInfoRequest as GetCallInfoRequest,
    )
    from trtc_sdk.models.call.call_engine_http_srv import (
        GetCallInfoResponse as GetCallInfoResponse,
    )
    from trtc_sdk.models.call.call_engine_http_srv import (
        GetCallInfoResult as GetCallInfoResult,
    )
    from trtc_sdk.models.call.call_engine_http_srv import (
        OfflinePushInfoParam as OfflinePushInfoParam,
    )
    from trtc_sdk.models.call.call_engine_http_srv import (
        StartCallByRobotRequest as StartCallByRobotRequest,
    )
    from trtc_sdk.models.call.call_engine_http_srv import (
        StartCallByRobotResponse as StartCallByRobotResponse,
    )
    from trtc_sdk.models.call.call_engine_http_srv import (
        StartCallByRobotResult as StartCallByRobotResult,
    )
    from trtc_sdk.models.call.call_engine_http_srv import (
        StartCallInfoParam as StartCallInfoParam,
    )
    from trtc_sdk.models.call.call_record_http_srv import (
        CallRecord as CallRecord,
    )
    from trtc_sdk.models.call.call_record_http_srv import (
        GetRecordByCallidRequest as GetRecordByCallidRequest,
    )
    from trtc_sdk.models.call.call_record_http_srv import (
        GetRecordByCallidResponse as GetRecordByCallidResponse,
    )
    from trtc_sdk.models.call.call_record_http_srv import (
        GetRecordByCallIdResult as GetRecordByCallIdResult,
    )
    from trtc_sdk.models.call.call_record_http_srv import (
        GetRecordByFilterRequest as GetRecordByFilterRequest,
    )
    from trtc_sdk.models.call.call_record_http_srv import (
        GetRecordByFilterResponse as GetRecordByFilterResponse,
    )
    from trtc_sdk.models.call.call_record_http_srv import (
        GetRecordByFilterResult as GetRecordByFilterResult,
    )

__all__ = [
    "AfterEndCallAnswer",
    "AfterEndCallEvent",
    "AfterMemberChangedAnswer",
    "AfterMemberChangedEvent",
    "AfterStartCallAnswer",
    "AfterStartCallEvent",
    "CallInfo",
    "CallMemberAction",
    "CallRecord",
    "CallResult",
    "CallType",
    "CallUser",
    "CallUserStatus",
    "CallbackCommand",
    "CallbackConfig",
    "CalleeResult",
    "DeleteCallbackRequest",
    "DeleteCallbackResponse",
    "EndCallRequest",
    "EndCallResponse",
    "EventCallInfo",
    "EventChangedCallUser",
    "GetCallInfoRequest",
    "GetCallInfoResponse",
    "GetCallInfoResult",
    "GetCallbackRequest",
    "GetCallbackResponse",
    "GetRecordByCallIdResult",
    "GetRecordByCallidRequest",
    "GetRecordByCallidResponse",
    "GetRecordByFilterRequest",
    "GetRecordByFilterResponse",
    "GetRecordByFilterResult",
    "MediaType",
    "OfflinePushInfoParam",
    "RoomIdType",
    "SetCallbackRequest",
    "SetCallbackResponse",
    "StartCallByRobotRequest",
    "StartCallByRobotResponse",
    "StartCallByRobotResult",
    "StartCallInfoParam",
]
__getattr__, __dir__ = lazy_module(
    __name__,
    {
        "CallMemberAction": "_enums",
        "CallResult": "_enums",
        "CallType": "_enums",
        "CallUserStatus": "_enums",
        "CallbackCommand": "_enums",
        "MediaType": "_enums",
        "RoomIdType": "_enums",
        "AfterEndCallAnswer": "_events",
        "AfterEndCallEvent": "_events",
        "AfterMemberChangedAnswer": "_events",
        "AfterMemberChangedEvent": "_events",
        "AfterStartCallAnswer": "_events",
        "AfterStartCallEvent": "_events",
        "EventCallInfo": "_events",
        "EventChangedCallUser": "_events",
        "CallbackConfig": "call_config",
        "DeleteCallbackRequest": "call_config",
        "DeleteCallbackResponse": "call_config",
        "GetCallbackRequest": "call_config",
        "GetCallbackResponse": "call_config",
        "SetCallbackRequest": "call_config",
        "SetCallbackResponse": "call_config",
        "CallInfo": "call_engine_http_srv",
        "CallUser": "call_engine_http_srv",
        "CalleeResult": "call_engine_http_srv",
        "EndCallRequest": "call_engine_http_srv",
        "EndCallResponse": "call_engine_http_srv",
        "GetCallInfoRequest": "call_engine_http_srv",
        "GetCallInfoResponse": "call_engine_http_srv",
        "GetCallInfoResult": "call_engine_http_srv",
        "OfflinePushInfoParam": "call_engine_http_srv",
        "StartCallByRobotRequest": "call_engine_http_srv",
        "StartCallByRobotResponse": "call_engine_http_srv",
        "StartCallByRobotResult": "call_engine_http_srv",
        "StartCallInfoParam": "call_engine_http_srv",
        "CallRecord": "call_record_http_srv",
        "GetRecordByCallIdResult": "call_record_http_srv",
        "GetRecordByCallidRequest": "call_record_http_srv",
        "GetRecordByCallidResponse": "call_record_http_srv",
        "GetRecordByFilterRequest": "call_record_http_srv",
        "GetRecordByFilterResponse": "call_record_http_srv",
        "GetRecordByFilterResult": "call_record_http_srv",
    },
)
