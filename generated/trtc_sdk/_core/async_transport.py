"""The asyncio transport: one pooled keep-alive httpx.AsyncClient (the `async` extra).

Kept apart from transport.py so the blocking client never imports asyncio or httpx. The same three
promises hold: `timeout` bounds the whole attempt (asyncio cancels it at the deadline), a request
counts as not sent only if httpcore's trace shows no byte of it was written, and replies are read
raw and decoded under the size cap. Every failure, a bare ssl.SSLError included, becomes a
TransportError.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import Mapping
from typing import Any

import httpx

from trtc_sdk._core.errors import TimeoutError, TransportError, TRTCError, UnexpectedResponseError
from trtc_sdk._core.http import HEADERS, POOL_SIZE, HTTPReply, Inflater, SignedURL, timeouts
from trtc_sdk._core.redaction import redact

log = logging.getLogger("trtc_sdk")
_WRITE_EVENTS = ("http11.send_request_headers.started", "http2.send_request_headers.started")


def verification_disabled(client: httpx.AsyncClient) -> bool:
    """Whether a caller's client skips certificate checks (read from httpx's pool; False if unknown)."""
    try:
        context = client._transport._pool._ssl_context  # type: ignore[attr-defined]
    except AttributeError:
        return False
    return isinstance(context, ssl.SSLContext) and context.verify_mode == ssl.CERT_NONE


class _Progress:
    __slots__ = ("sent",)

    def __init__(self) -> None:
        self.sent = False

    async def trace(self, event: str, info: Mapping[str, Any]) -> None:
        if event in _WRITE_EVENTS:
            self.sent = True


class AsyncTransport:
    def __init__(
        self, client: httpx.AsyncClient | None, verify: bool | str, max_response_bytes: int, *, owned: bool = True
    ) -> None:
        self.owns_client = client is None and owned
        if isinstance(verify, str):
            verify_arg: bool | ssl.SSLContext = ssl.create_default_context(cafile=verify)
        else:
            verify_arg = verify
        self.client = client or httpx.AsyncClient(
            verify=verify_arg,
            trust_env=False,  # proxies are resolved once, when the client is built
            follow_redirects=False,
            limits=httpx.Limits(max_connections=POOL_SIZE, max_keepalive_connections=POOL_SIZE),
        )
        self.max_response_bytes = max_response_bytes
        self.closed = False

    async def post(
        self, url: SignedURL, body: bytes, path: str, timeout: float, proxies: Mapping[str, str | None]
    ) -> HTTPReply:
        progress = _Progress()
        started = time.monotonic()
        failure: TRTCError
        try:
            return await asyncio.wait_for(self._exchange(url, body, path, timeout, progress, started), timeout)
        except (TransportError, UnexpectedResponseError) as exc:  # the size cap or a corrupt body
            failure = exc
        except asyncio.TimeoutError:  # the deadline of the attempt as a whole
            failure = TimeoutError(f"no complete reply within {timeout:g} s", path=path, request_sent=progress.sent)
        except (httpx.ConnectTimeout, httpx.PoolTimeout):
            failure = TimeoutError(
                f"connecting took longer than {timeouts(timeout)[0]:g} s", path=path, request_sent=False
            )
        except httpx.TimeoutException:
            failure = TimeoutError(f"no reply within {timeout:g} s", path=path, request_sent=progress.sent)
        except httpx.ConnectError as exc:
            failure = TransportError(f"could not connect: {_reason(exc)}", path=path, request_sent=progress.sent)
        except httpx.DecodingError as exc:
            failure = TransportError(f"undecodable reply: {_reason(exc)}", path=path, request_sent=True)
        except (httpx.HTTPError, httpx.InvalidURL, ssl.SSLError, OSError) as exc:
            what = "TLS failed" if isinstance(exc, ssl.SSLError) else "connection lost"
            failure = TransportError(f"{what}: {_reason(exc)}", path=path, request_sent=progress.sent)
        raise failure

    async def _exchange(
        self, url: SignedURL, body: bytes, path: str, timeout: float, progress: _Progress, started: float
    ) -> HTTPReply:
        connect, read = timeouts(timeout)
        async with self.client.stream(
            "POST",
            url.reveal(),
            content=body,
            headers=HEADERS,
            timeout=httpx.Timeout(read, connect=connect, pool=connect),
            follow_redirects=False,
            extensions={"trace": progress.trace},
        ) as response:
            encoding = response.headers.get("content-encoding", "")
            inflater = Inflater(encoding, self.max_response_bytes, path=path, status=response.status_code)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and not encoding:
                inflater.expect(int(declared))
            async for chunk in response.aiter_raw():
                inflater.feed(chunk)
            return HTTPReply(
                response.status_code,
                inflater.content(),
                {key.lower(): value for key, value in response.headers.items()},
                time.monotonic() - started,
            )

    async def aclose(self) -> None:
        self.closed = True
        if self.owns_client:
            await self.client.aclose()


def _reason(exc: BaseException) -> str:
    return redact(f"{type(exc).__name__}: {exc}")[:300]
