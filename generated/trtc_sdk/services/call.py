# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit
"""Call (TUICallKit): typed methods, one class per servicename (sync and async).

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.call._enums import (
        CallbackCommand,
        CallResult,
        CallType,
    )
    from trtc_sdk.models.call.call_config import (
        DeleteCallbackRequest,
        DeleteCallbackResponse,
        GetCallbackRequest,
        GetCallbackResponse,
        SetCallbackRequest,
        SetCallbackResponse,
    )
    from trtc_sdk.models.call.call_engine_http_srv import (
        EndCallRequest,
        EndCallResponse,
        GetCallInfoRequest,
        GetCallInfoResponse,
        OfflinePushInfoParam,
        StartCallByRobotRequest,
        StartCallByRobotResponse,
        StartCallInfoParam,
    )
    from trtc_sdk.models.call.call_record_http_srv import (
        CallRecord,
        GetRecordByCallidRequest,
        GetRecordByCallidResponse,
        GetRecordByFilterRequest,
        GetRecordByFilterResponse,
    )

__all__ = [
    "AsyncCallConfigService",
    "AsyncCallRecordService",
    "AsyncCallService",
    "CallConfigService",
    "CallRecordService",
    "CallService",
]


class CallService(SyncService):
    """Running calls. (`call_engine_http_srv`)"""

    __slots__ = ()

    @overload
    def get_call_info(
        self,
        request: GetCallInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetCallInfoResponse: ...

    @overload
    def get_call_info(
        self,
        *,
        call_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetCallInfoResponse: ...

    def get_call_info(
        self,
        request: GetCallInfoRequest | None = None,
        *,
        call_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetCallInfoResponse:
        """Get real-time call status.

        Returns the media and room settings of a call in progress and the state of each participant.

        `POST /v4/call_engine_http_srv/get_call_info` - https://trtc.io/document/68932
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            call_id: ID of the call.
        """
        return cast(
            "GetCallInfoResponse",
            self._client._call(
                "call_engine_http_srv/get_call_info",
                request,
                {
                    **unknown_fields,
                    "call_id": call_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def start_call_by_robot(
        self,
        request: StartCallByRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> StartCallByRobotResponse: ...

    @overload
    def start_call_by_robot(
        self,
        *,
        robot_account: str,
        callee_list_account: Sequence[str],
        timeout: int,
        call_info: StartCallInfoParam,
        user_data: str | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> StartCallByRobotResponse: ...

    def start_call_by_robot(
        self,
        request: StartCallByRobotRequest | None = None,
        *,
        robot_account: str | None = None,
        callee_list_account: Sequence[str] | None = None,
        timeout: int | None = None,
        call_info: StartCallInfoParam | None = None,
        user_data: str | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> StartCallByRobotResponse:
        """Start a call from a robot account.

        Places an audio or video call from a robot user ID (the backend runs no liveness or busy checks
        on it) to one or more callees, optionally in a given TRTC room and with offline push settings.

        `POST /v4/call_engine_http_srv/start_call_by_robot` - https://trtc.io/document/74505
        Idempotent: no (Each successful request places a new call; a resend after an ambiguous failure could ring the callees twice.)
        Rate limit: 200 requests/s.

        Args:
            robot_account: User ID acting as the caller.
            callee_list_account: User IDs to call.
            timeout: How long the invitation rings before it times out. Unit: milliseconds.
            call_info: Media type and optional TRTC room.
            user_data: Custom data passed to the callees with the invitation.
            offline_push_info: Offline push settings of the invitation.
        """
        return cast(
            "StartCallByRobotResponse",
            self._client._call(
                "call_engine_http_srv/start_call_by_robot",
                request,
                {
                    **unknown_fields,
                    "robot_account": robot_account,
                    "callee_list_account": callee_list_account,
                    "timeout": timeout,
                    "call_info": call_info,
                    "user_data": user_data,
                    "offline_push_info": offline_push_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def end_call(
        self,
        request: EndCallRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> EndCallResponse: ...

    @overload
    def end_call(
        self,
        *,
        call_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> EndCallResponse: ...

    def end_call(
        self,
        request: EndCallRequest | None = None,
        *,
        call_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> EndCallResponse:
        """End a call.

        Ends a call in progress for every participant.

        `POST /v4/call_engine_http_srv/end_call` - https://trtc.io/document/74506
        Idempotent: yes (Ending a call twice leaves it ended; the repeat answers 101004.)
        Rate limit: 200 requests/s.

        Args:
            call_id: ID of the call to end.
        """
        return cast(
            "EndCallResponse",
            self._client._call(
                "call_engine_http_srv/end_call",
                request,
                {
                    **unknown_fields,
                    "call_id": call_id,
                },
                extra_body,
                request_options,
            ),
        )


class CallRecordService(SyncService):
    """Records of finished calls. (`call_record_http_srv`)"""

    __slots__ = ()

    @overload
    def get_record_by_callid(
        self,
        request: GetRecordByCallidRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRecordByCallidResponse: ...

    @overload
    def get_record_by_callid(
        self,
        *,
        call_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRecordByCallidResponse: ...

    def get_record_by_callid(
        self,
        request: GetRecordByCallidRequest | None = None,
        *,
        call_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRecordByCallidResponse:
        """Get a call record by call ID.

        Returns the stored record of one call (participants, timing, outcome and room).

        `POST /v4/call_record_http_srv/get_record_by_callid` - https://trtc.io/document/68930
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            call_id: ID of the call.
        """
        return cast(
            "GetRecordByCallidResponse",
            self._client._call(
                "call_record_http_srv/get_record_by_callid",
                request,
                {
                    **unknown_fields,
                    "call_id": call_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_record_by_filter(
        self,
        request: GetRecordByFilterRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRecordByFilterResponse: ...

    @overload
    def get_record_by_filter(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        number_per_page: int | None = None,
        page: int | None = None,
        call_result: CallResult
        | Literal["Cancel", "Reject", "NotAnswer", "NormalEnd", "CallBusy", "Interrupt", "Offline"]
        | None = None,
        call_type: CallType | Literal["SingleCall", "MultiCall"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRecordByFilterResponse: ...

    def get_record_by_filter(
        self,
        request: GetRecordByFilterRequest | None = None,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        number_per_page: int | None = None,
        page: int | None = None,
        call_result: CallResult
        | Literal["Cancel", "Reject", "NotAnswer", "NormalEnd", "CallBusy", "Interrupt", "Offline"]
        | None = None,
        call_type: CallType | Literal["SingleCall", "MultiCall"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRecordByFilterResponse:
        """Search call records.

        Lists call records of the last seven days page by page, optionally within a time window.

        `POST /v4/call_record_http_srv/get_record_by_filter` - https://trtc.io/document/68931
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            start_time: Start of the search window; earlier values are clamped to seven days ago. Unit: unix
                seconds. Server default when omitted: now minus 7 days.
            end_time: End of the search window. Unit: unix seconds. Server default when omitted: now.
            number_per_page: Records per page. Server default when omitted: 10.
            page: Page to fetch; the first page is 1. Server default when omitted: 1.
            call_result: Only records that finished this way (found in the sample request only).
            call_type: Only one-to-one or only group calls (found in the sample request only).
        """
        return cast(
            "GetRecordByFilterResponse",
            self._client._call(
                "call_record_http_srv/get_record_by_filter",
                request,
                {
                    **unknown_fields,
                    "start_time": start_time,
                    "end_time": end_time,
                    "number_per_page": number_per_page,
                    "page": page,
                    "call_result": call_result,
                    "call_type": call_type,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_record_by_filter(
            self,
            *,
            start_time: int | None = None,
            end_time: int | None = None,
            number_per_page: int | None = None,
            call_result: CallResult
            | Literal["Cancel", "Reject", "NotAnswer", "NormalEnd", "CallBusy", "Interrupt", "Offline"]
            | None = None,
            call_type: CallType | Literal["SingleCall", "MultiCall"] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[CallRecord]: ...

    else:

        def iter_get_record_by_filter(
            self,
            *,
            start_time: int | None = None,
            end_time: int | None = None,
            number_per_page: int | None = None,
            call_result: CallResult
            | Literal["Cancel", "Reject", "NotAnswer", "NormalEnd", "CallBusy", "Interrupt", "Offline"]
            | None = None,
            call_type: CallType | Literal["SingleCall", "MultiCall"] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[CallRecord]:
            """Every item of `get_record_by_filter`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "call_record_http_srv/get_record_by_filter",
                {
                    **unknown_fields,
                    "start_time": start_time,
                    "end_time": end_time,
                    "number_per_page": number_per_page,
                    "call_result": call_result,
                    "call_type": call_type,
                },
                extra_body,
                request_options,
            )


class CallConfigService(SyncService):
    """Webhook configuration for call events. (`call_config`)"""

    __slots__ = ()

    @overload
    def set_callback(
        self,
        request: SetCallbackRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetCallbackResponse: ...

    @overload
    def set_callback(
        self,
        *,
        url: str,
        callback_command_list: Sequence[
            CallbackCommand
            | Literal["Call.CallbackAfterStartCall", "Call.CallbackAfterEndCall", "Call.CallbackAfterMemberChanged"]
        ],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetCallbackResponse: ...

    def set_callback(
        self,
        request: SetCallbackRequest | None = None,
        *,
        url: str | None = None,
        callback_command_list: Sequence[
            CallbackCommand
            | Literal["Call.CallbackAfterStartCall", "Call.CallbackAfterEndCall", "Call.CallbackAfterMemberChanged"]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetCallbackResponse:
        """Set the webhook configuration.

        Sets the webhook URL and the call events delivered to it, replacing any previous configuration.

        `POST /v4/call_config/set_callback` - https://trtc.io/document/68938
        Idempotent: yes (The configuration is overwritten with the same value.)
        Rate limit: 200 requests/s.

        Args:
            url: Webhook endpoint; https is advised.
            callback_command_list: Events to deliver.
        """
        return cast(
            "SetCallbackResponse",
            self._client._call(
                "call_config/set_callback",
                request,
                {
                    **unknown_fields,
                    "url": url,
                    "callback_command_list": callback_command_list,
                },
                extra_body,
                request_options,
            ),
        )

    def get_callback(
        self,
        request: GetCallbackRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetCallbackResponse:
        """Get the webhook configuration.

        Returns the webhook URL and subscribed call events.

        `POST /v4/call_config/get_callback` - https://trtc.io/document/68937
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetCallbackResponse",
            self._client._call(
                "call_config/get_callback",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    def delete_callback(
        self,
        request: DeleteCallbackRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteCallbackResponse:
        """Delete the webhook configuration.

        Removes the webhook configuration; no more call events are delivered.

        `POST /v4/call_config/delete_callback` - https://trtc.io/document/68939
        Idempotent: yes (Deleting twice leaves no configuration either way.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "DeleteCallbackResponse",
            self._client._call(
                "call_config/delete_callback",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncCallService(AsyncService):
    """Running calls. (`call_engine_http_srv`)"""

    __slots__ = ()

    @overload
    async def get_call_info(
        self,
        request: GetCallInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetCallInfoResponse: ...

    @overload
    async def get_call_info(
        self,
        *,
        call_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetCallInfoResponse: ...

    async def get_call_info(
        self,
        request: GetCallInfoRequest | None = None,
        *,
        call_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetCallInfoResponse:
        """Get real-time call status.

        Returns the media and room settings of a call in progress and the state of each participant.

        `POST /v4/call_engine_http_srv/get_call_info` - https://trtc.io/document/68932
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            call_id: ID of the call.
        """
        return cast(
            "GetCallInfoResponse",
            await self._client._call(
                "call_engine_http_srv/get_call_info",
                request,
                {
                    **unknown_fields,
                    "call_id": call_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def start_call_by_robot(
        self,
        request: StartCallByRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> StartCallByRobotResponse: ...

    @overload
    async def start_call_by_robot(
        self,
        *,
        robot_account: str,
        callee_list_account: Sequence[str],
        timeout: int,
        call_info: StartCallInfoParam,
        user_data: str | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> StartCallByRobotResponse: ...

    async def start_call_by_robot(
        self,
        request: StartCallByRobotRequest | None = None,
        *,
        robot_account: str | None = None,
        callee_list_account: Sequence[str] | None = None,
        timeout: int | None = None,
        call_info: StartCallInfoParam | None = None,
        user_data: str | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> StartCallByRobotResponse:
        """Start a call from a robot account.

        Places an audio or video call from a robot user ID (the backend runs no liveness or busy checks
        on it) to one or more callees, optionally in a given TRTC room and with offline push settings.

        `POST /v4/call_engine_http_srv/start_call_by_robot` - https://trtc.io/document/74505
        Idempotent: no (Each successful request places a new call; a resend after an ambiguous failure could ring the callees twice.)
        Rate limit: 200 requests/s.

        Args:
            robot_account: User ID acting as the caller.
            callee_list_account: User IDs to call.
            timeout: How long the invitation rings before it times out. Unit: milliseconds.
            call_info: Media type and optional TRTC room.
            user_data: Custom data passed to the callees with the invitation.
            offline_push_info: Offline push settings of the invitation.
        """
        return cast(
            "StartCallByRobotResponse",
            await self._client._call(
                "call_engine_http_srv/start_call_by_robot",
                request,
                {
                    **unknown_fields,
                    "robot_account": robot_account,
                    "callee_list_account": callee_list_account,
                    "timeout": timeout,
                    "call_info": call_info,
                    "user_data": user_data,
                    "offline_push_info": offline_push_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def end_call(
        self,
        request: EndCallRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> EndCallResponse: ...

    @overload
    async def end_call(
        self,
        *,
        call_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> EndCallResponse: ...

    async def end_call(
        self,
        request: EndCallRequest | None = None,
        *,
        call_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> EndCallResponse:
        """End a call.

        Ends a call in progress for every participant.

        `POST /v4/call_engine_http_srv/end_call` - https://trtc.io/document/74506
        Idempotent: yes (Ending a call twice leaves it ended; the repeat answers 101004.)
        Rate limit: 200 requests/s.

        Args:
            call_id: ID of the call to end.
        """
        return cast(
            "EndCallResponse",
            await self._client._call(
                "call_engine_http_srv/end_call",
                request,
                {
                    **unknown_fields,
                    "call_id": call_id,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncCallRecordService(AsyncService):
    """Records of finished calls. (`call_record_http_srv`)"""

    __slots__ = ()

    @overload
    async def get_record_by_callid(
        self,
        request: GetRecordByCallidRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRecordByCallidResponse: ...

    @overload
    async def get_record_by_callid(
        self,
        *,
        call_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRecordByCallidResponse: ...

    async def get_record_by_callid(
        self,
        request: GetRecordByCallidRequest | None = None,
        *,
        call_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRecordByCallidResponse:
        """Get a call record by call ID.

        Returns the stored record of one call (participants, timing, outcome and room).

        `POST /v4/call_record_http_srv/get_record_by_callid` - https://trtc.io/document/68930
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            call_id: ID of the call.
        """
        return cast(
            "GetRecordByCallidResponse",
            await self._client._call(
                "call_record_http_srv/get_record_by_callid",
                request,
                {
                    **unknown_fields,
                    "call_id": call_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_record_by_filter(
        self,
        request: GetRecordByFilterRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRecordByFilterResponse: ...

    @overload
    async def get_record_by_filter(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        number_per_page: int | None = None,
        page: int | None = None,
        call_result: CallResult
        | Literal["Cancel", "Reject", "NotAnswer", "NormalEnd", "CallBusy", "Interrupt", "Offline"]
        | None = None,
        call_type: CallType | Literal["SingleCall", "MultiCall"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRecordByFilterResponse: ...

    async def get_record_by_filter(
        self,
        request: GetRecordByFilterRequest | None = None,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        number_per_page: int | None = None,
        page: int | None = None,
        call_result: CallResult
        | Literal["Cancel", "Reject", "NotAnswer", "NormalEnd", "CallBusy", "Interrupt", "Offline"]
        | None = None,
        call_type: CallType | Literal["SingleCall", "MultiCall"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRecordByFilterResponse:
        """Search call records.

        Lists call records of the last seven days page by page, optionally within a time window.

        `POST /v4/call_record_http_srv/get_record_by_filter` - https://trtc.io/document/68931
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            start_time: Start of the search window; earlier values are clamped to seven days ago. Unit: unix
                seconds. Server default when omitted: now minus 7 days.
            end_time: End of the search window. Unit: unix seconds. Server default when omitted: now.
            number_per_page: Records per page. Server default when omitted: 10.
            page: Page to fetch; the first page is 1. Server default when omitted: 1.
            call_result: Only records that finished this way (found in the sample request only).
            call_type: Only one-to-one or only group calls (found in the sample request only).
        """
        return cast(
            "GetRecordByFilterResponse",
            await self._client._call(
                "call_record_http_srv/get_record_by_filter",
                request,
                {
                    **unknown_fields,
                    "start_time": start_time,
                    "end_time": end_time,
                    "number_per_page": number_per_page,
                    "page": page,
                    "call_result": call_result,
                    "call_type": call_type,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_record_by_filter(
            self,
            *,
            start_time: int | None = None,
            end_time: int | None = None,
            number_per_page: int | None = None,
            call_result: CallResult
            | Literal["Cancel", "Reject", "NotAnswer", "NormalEnd", "CallBusy", "Interrupt", "Offline"]
            | None = None,
            call_type: CallType | Literal["SingleCall", "MultiCall"] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[CallRecord]: ...

    else:

        def iter_get_record_by_filter(
            self,
            *,
            start_time: int | None = None,
            end_time: int | None = None,
            number_per_page: int | None = None,
            call_result: CallResult
            | Literal["Cancel", "Reject", "NotAnswer", "NormalEnd", "CallBusy", "Interrupt", "Offline"]
            | None = None,
            call_type: CallType | Literal["SingleCall", "MultiCall"] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[CallRecord]:
            """Every item of `get_record_by_filter`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "call_record_http_srv/get_record_by_filter",
                {
                    **unknown_fields,
                    "start_time": start_time,
                    "end_time": end_time,
                    "number_per_page": number_per_page,
                    "call_result": call_result,
                    "call_type": call_type,
                },
                extra_body,
                request_options,
            )


class AsyncCallConfigService(AsyncService):
    """Webhook configuration for call events. (`call_config`)"""

    __slots__ = ()

    @overload
    async def set_callback(
        self,
        request: SetCallbackRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetCallbackResponse: ...

    @overload
    async def set_callback(
        self,
        *,
        url: str,
        callback_command_list: Sequence[
            CallbackCommand
            | Literal["Call.CallbackAfterStartCall", "Call.CallbackAfterEndCall", "Call.CallbackAfterMemberChanged"]
        ],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetCallbackResponse: ...

    async def set_callback(
        self,
        request: SetCallbackRequest | None = None,
        *,
        url: str | None = None,
        callback_command_list: Sequence[
            CallbackCommand
            | Literal["Call.CallbackAfterStartCall", "Call.CallbackAfterEndCall", "Call.CallbackAfterMemberChanged"]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetCallbackResponse:
        """Set the webhook configuration.

        Sets the webhook URL and the call events delivered to it, replacing any previous configuration.

        `POST /v4/call_config/set_callback` - https://trtc.io/document/68938
        Idempotent: yes (The configuration is overwritten with the same value.)
        Rate limit: 200 requests/s.

        Args:
            url: Webhook endpoint; https is advised.
            callback_command_list: Events to deliver.
        """
        return cast(
            "SetCallbackResponse",
            await self._client._call(
                "call_config/set_callback",
                request,
                {
                    **unknown_fields,
                    "url": url,
                    "callback_command_list": callback_command_list,
                },
                extra_body,
                request_options,
            ),
        )

    async def get_callback(
        self,
        request: GetCallbackRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetCallbackResponse:
        """Get the webhook configuration.

        Returns the webhook URL and subscribed call events.

        `POST /v4/call_config/get_callback` - https://trtc.io/document/68937
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetCallbackResponse",
            await self._client._call(
                "call_config/get_callback",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    async def delete_callback(
        self,
        request: DeleteCallbackRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteCallbackResponse:
        """Delete the webhook configuration.

        Removes the webhook configuration; no more call events are delivered.

        `POST /v4/call_config/delete_callback` - https://trtc.io/document/68939
        Idempotent: yes (Deleting twice leaves no configuration either way.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "DeleteCallbackResponse",
            await self._client._call(
                "call_config/delete_callback",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )
