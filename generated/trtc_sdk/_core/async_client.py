"""The asyncio engine behind AsyncClient (kept apart so the blocking client never imports asyncio)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from typing_extensions import Self

from trtc_sdk._core.client import BaseClient, RequestOptions, Stopwatch
from trtc_sdk._core.errors import ConfigurationError, TRTCError
from trtc_sdk._core.http import HTTPReply
from trtc_sdk._core.ratelimit import LocalRateLimiter
from trtc_sdk._core.registry import Operation

if TYPE_CHECKING:
    import httpx

    from trtc_sdk._core.async_transport import AsyncTransport
    from trtc_sdk._core.batch import BatchProgress, BatchResult
    from trtc_sdk._core.models import ResponseModel

log = logging.getLogger("trtc_sdk")
ResponseT = TypeVar("ResponseT", bound="ResponseModel")


class AsyncAPIClient(BaseClient["httpx.AsyncClient"]):
    """asyncio client over one keep-alive httpx.AsyncClient (install the `async` extra)."""

    _transport: AsyncTransport

    def _new_transport(self, http_client: httpx.AsyncClient | None) -> AsyncTransport:
        try:
            from trtc_sdk._core.async_transport import AsyncTransport, verification_disabled
        except ImportError:
            raise ConfigurationError("AsyncClient needs httpx: pip install 'trtc-sdk[async]'") from None
        if http_client is not None and verification_disabled(http_client):
            log.warning("TLS certificate verification is OFF in the httpx.AsyncClient given to this client")
        return AsyncTransport(http_client, self._verify, self.max_response_bytes)

    async def invoke(
        self,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ResponseModel:
        operation, payload = self._prepare_wire(path, body, extra_body)
        return await self._send(operation, payload, operation.response_model, request_options)

    async def _call(
        self,
        path: str,
        request: object,
        params: Mapping[str, Any],
        extra_body: object = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        operation, payload = self._prepare(path, request, params, extra_body)
        return await self._send(operation, payload, operation.response_model, request_options)

    async def _paginate(
        self,
        path: str,
        params: Mapping[str, Any],
        extra_body: object = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        from trtc_sdk._core.request import encode_body

        operation, cursor = self._start_paging(path, params, extra_body)
        while cursor.request is not None:
            payload = encode_body(operation, cursor.request, extra_body)
            response = await self._send(operation, payload, operation.response_model, request_options)
            for item in cursor.advance(response):
                yield item

    async def _run_batches(
        self,
        path: str,
        field_name: str,
        params: Mapping[str, Any],
        extra_body: object = None,
        request_options: RequestOptions | None = None,
        progress: Callable[[BatchProgress], None] | None = None,
        concurrency: int = 4,
    ) -> BatchResult[Any]:
        from trtc_sdk._core import batch

        return await batch.run_async(self, path, field_name, params, extra_body, request_options, progress, concurrency)

    async def _send(
        self,
        operation: Operation,
        payload: bytes,
        response_type: type[ResponseT],
        options: RequestOptions | None = None,
    ) -> ResponseT:
        self._check_open()
        timeout, policy, deadline, strict = self._settings(options)
        attempts = self._start(operation, policy, deadline)
        while True:
            # A limiter in this process answers at once; a shared one (Redis) is a network call: off the loop.
            if isinstance(self._rate_limiter, LocalRateLimiter) or self._rate_limiter is None:
                waited = self._rate_wait(attempts)
            else:
                waited = await asyncio.to_thread(self._rate_wait, attempts)
            if waited:
                await asyncio.sleep(waited)
            watch = Stopwatch(attempts.number, waited)
            reply: HTTPReply | None = None
            try:
                url = self._signed_url(attempts)
                self._log_attempt(url, attempts)
                reply = await self._transport.post(
                    url,
                    payload,
                    operation.path,
                    self._attempt_timeout(attempts, timeout),
                    self._hosts.proxies(url.base_url),
                )
                result = self._decode(attempts, reply, response_type, strict)
                self._observe(attempts, watch, reply, None, None, result)
                return result
            except TRTCError as error:
                delay = attempts.after_failure(error, self._usersigs.renew)
                self._observe(attempts, watch, reply, error, delay)
                if delay is None:
                    raise
                self._log_retry(error, attempts, delay)
            await asyncio.sleep(delay)

    def _check_open(self) -> None:
        if self._transport.closed:
            raise ConfigurationError("this client was closed; build a new one")

    async def aclose(self) -> None:
        """Close the connection pool (not an http_client passed in by the caller, nor from a copy)."""
        if self._owns_transport:
            await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
