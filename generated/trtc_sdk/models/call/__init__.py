# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit
"""Models of Call (TUICallKit): one module per command plus the types several share.

Every name below imports from this package; only the module holding it is loaded, on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module

if TYPE_CHECKING:
    from trtc_sdk.models.call._enums.call_member_action import (
        CallMemberAction as CallMemberAction,
    )
    from trtc_sdk.models.call._enums.call_result import (
        CallResult as CallResult,
    )
    from trtc_sdk.models.call._enums.call_type import (
        CallType as CallType,
    )
    from trtc_sdk.models.call._enums.call_user_status import (
        CallUserStatus as CallUserStatus,
    )
    from trtc_sdk.models.call._enums.callback_command import (
        CallbackCommand as CallbackCommand,
    )
    from trtc_sdk.models.call._enums.media_type import (
        MediaType as MediaType,
    )
    from trtc_sdk.models.call._enums.room_id_type import (
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
    from trtc_sdk.models.call.call_config.delete_callback import (
        DeleteCallbackRequest as DeleteCallbackRequest,
    )
    from trtc_sdk.models.call.call_config.delete_callback import (
        DeleteCallbackResponse as DeleteCallbackResponse,
    )
    from trtc_sdk.models.call.call_config.get_callback import (
        CallbackConfig as CallbackConfig,
    )
    from trtc_sdk.models.call.call_config.get_callback import (
        GetCallbackRequest as GetCallbackRequest,
    )
    from trtc_sdk.models.call.call_config.get_callback import (
        GetCallbackResponse as GetCallbackResponse,
    )
    from trtc_sdk.models.call.call_config.set_callback import (
        SetCallbackRequest as SetCallbackRequest,
    )
    from trtc_sdk.models.call.call_config.set_callback import (
        SetCallbackResponse as SetCallbackResponse,
    )
    from trtc_sdk.models.call.call_engine_http_srv.end_call import (
        EndCallRequest as EndCallRequest,
    )
    from trtc_sdk.models.call.call_engine_http_srv.end_call import (
        EndCallResponse as EndCallResponse,
    )
    from trtc_sdk.models.call.call_engine_http_srv.get_call_info import (
        CallInfo as CallInfo,
    )
    from trtc_sdk.models.call.call_engine_http_srv.get_call_info import (
        CallUser as CallUser,
    )
    from trtc_sdk.models.call.call_engine_http_srv.get_call_info import (
        GetCallInfoRequest as GetCallInfoRequest,
    )
    from trtc_sdk.models.call.call_engine_http_srv.get_call_info import (
        GetCallInfoResponse as GetCallInfoResponse,
    )
    from trtc_sdk.models.call.call_engine_http_srv.get_call_info import (
        GetCallInfoResult as GetCallInfoResult,
    )
    from trtc_sdk.models.call.call_engine_http_srv.start_call_by_robot import (
        CalleeResult as CalleeResult,
    )
    from trtc_sdk.models.call.call_engine_http_srv.start_call_by_robot import (
        OfflinePushInfoParam as OfflinePushInfoParam,
    )
    from trtc_sdk.models.call.call_engine_http_srv.start_call_by_robot import (
        StartCallByRobotRequest as StartCallByRobotRequest,
    )
    from trtc_sdk.models.call.call_engine_http_srv.start_call_by_robot import (
        StartCallByRobotResponse as StartCallByRobotResponse,
    )
    from trtc_sdk.models.call.call_engine_http_srv.start_call_by_robot import (
        StartCallByRobotResult as StartCallByRobotResult,
    )
    from trtc_sdk.models.call.call_engine_http_srv.start_call_by_robot import (
        StartCallInfoParam as StartCallInfoParam,
    )
    from trtc_sdk.models.call.call_record_http_srv._shared import (
        CallRecord as CallRecord,
    )
    from trtc_sdk.models.call.call_record_http_srv.get_record_by_callid import (
        GetRecordByCallidRequest as GetRecordByCallidRequest,
    )
    from trtc_sdk.models.call.call_record_http_srv.get_record_by_callid import (
        GetRecordByCallidResponse as GetRecordByCallidResponse,
    )
    from trtc_sdk.models.call.call_record_http_srv.get_record_by_callid import (
        GetRecordByCallIdResult as GetRecordByCallIdResult,
    )
    from trtc_sdk.models.call.call_record_http_srv.get_record_by_filter import (
        GetRecordByFilterRequest as GetRecordByFilterRequest,
    )
    from trtc_sdk.models.call.call_record_http_srv.get_record_by_filter import (
        GetRecordByFilterResponse as GetRecordByFilterResponse,
    )
    from trtc_sdk.models.call.call_record_http_srv.get_record_by_filter import (
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
        "CallMemberAction": "_enums.call_member_action",
        "CallResult": "_enums.call_result",
        "CallType": "_enums.call_type",
        "CallUserStatus": "_enums.call_user_status",
        "CallbackCommand": "_enums.callback_command",
        "MediaType": "_enums.media_type",
        "RoomIdType": "_enums.room_id_type",
        "AfterEndCallAnswer": "_events",
        "AfterEndCallEvent": "_events",
        "AfterMemberChangedAnswer": "_events",
        "AfterMemberChangedEvent": "_events",
        "AfterStartCallAnswer": "_events",
        "AfterStartCallEvent": "_events",
        "EventCallInfo": "_events",
        "EventChangedCallUser": "_events",
        "DeleteCallbackRequest": "call_config.delete_callback",
        "DeleteCallbackResponse": "call_config.delete_callback",
        "CallbackConfig": "call_config.get_callback",
        "GetCallbackRequest": "call_config.get_callback",
        "GetCallbackResponse": "call_config.get_callback",
        "SetCallbackRequest": "call_config.set_callback",
        "SetCallbackResponse": "call_config.set_callback",
        "EndCallRequest": "call_engine_http_srv.end_call",
        "EndCallResponse": "call_engine_http_srv.end_call",
        "CallInfo": "call_engine_http_srv.get_call_info",
        "CallUser": "call_engine_http_srv.get_call_info",
        "GetCallInfoRequest": "call_engine_http_srv.get_call_info",
        "GetCallInfoResponse": "call_engine_http_srv.get_call_info",
        "GetCallInfoResult": "call_engine_http_srv.get_call_info",
        "CalleeResult": "call_engine_http_srv.start_call_by_robot",
        "OfflinePushInfoParam": "call_engine_http_srv.start_call_by_robot",
        "StartCallByRobotRequest": "call_engine_http_srv.start_call_by_robot",
        "StartCallByRobotResponse": "call_engine_http_srv.start_call_by_robot",
        "StartCallByRobotResult": "call_engine_http_srv.start_call_by_robot",
        "StartCallInfoParam": "call_engine_http_srv.start_call_by_robot",
        "CallRecord": "call_record_http_srv._shared",
        "GetRecordByCallIdResult": "call_record_http_srv.get_record_by_callid",
        "GetRecordByCallidRequest": "call_record_http_srv.get_record_by_callid",
        "GetRecordByCallidResponse": "call_record_http_srv.get_record_by_callid",
        "GetRecordByFilterRequest": "call_record_http_srv.get_record_by_filter",
        "GetRecordByFilterResponse": "call_record_http_srv.get_record_by_filter",
        "GetRecordByFilterResult": "call_record_http_srv.get_record_by_filter",
    },
)
