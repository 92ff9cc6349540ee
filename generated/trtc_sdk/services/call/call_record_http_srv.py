# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit
"""Call (TUICallKit), `call_record_http_srv`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.call._enums.call_result import (
        CallResult,
    )
    from trtc_sdk.models.call._enums.call_type import (
        CallType,
    )
    from trtc_sdk.models.call.call_record_http_srv._shared import (
        CallRecord,
    )
    from trtc_sdk.models.call.call_record_http_srv.get_record_by_callid import (
        GetRecordByCallidRequest,
        GetRecordByCallidResponse,
    )
    from trtc_sdk.models.call.call_record_http_srv.get_record_by_filter import (
        GetRecordByFilterRequest,
        GetRecordByFilterResponse,
    )

__all__ = [
    "AsyncCallRecordService",
    "CallRecordService",
]


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
