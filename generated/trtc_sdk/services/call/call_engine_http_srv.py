# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit
"""Call (TUICallKit), `call_engine_http_srv`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.call.call_engine_http_srv.end_call import (
        EndCallRequest,
        EndCallResponse,
    )
    from trtc_sdk.models.call.call_engine_http_srv.get_call_info import (
        GetCallInfoRequest,
        GetCallInfoResponse,
    )
    from trtc_sdk.models.call.call_engine_http_srv.start_call_by_robot import (
        OfflinePushInfoParam,
        StartCallByRobotRequest,
        StartCallByRobotResponse,
        StartCallInfoParam,
    )

__all__ = [
    "AsyncCallService",
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
