"""HTTP: one pooled keep-alive session (requests, or httpx for the async client).

Failures come back as TransportError with `request_sent` telling whether the server may have seen
the request; messages are built from the exception type and a redacted text, and raised outside the
`except` block so the library exception (whose text carries the URL, hence the usersig) is not chained.
"""

from __future__ import annotations

import ssl
from typing import TYPE_CHECKING, Any

import requests
import urllib3.exceptions
from requests.adapters import HTTPAdapter

from trtc_sdk._runtime.envelope import Reply
from trtc_sdk._runtime.errors import TimeoutError, TransportError
from trtc_sdk._runtime.redaction import redact
from trtc_sdk._version import __version__

if TYPE_CHECKING:
    import httpx

HEADERS = {
    "Content-Type": "application/json; charset=utf-8",
    "Accept": "application/json",
    "User-Agent": f"trtc-sdk-python/{__version__}",
}
MAX_CONNECT_TIMEOUT = 5.0
POOL_SIZE = 32


def timeouts(timeout: float) -> tuple[float, float]:
    """(connect, read): connecting never waits longer than 5 s, reading waits the full timeout."""
    return min(timeout, MAX_CONNECT_TIMEOUT), timeout


class SyncTransport:
    def __init__(self, session: requests.Session | None, verify: bool | str) -> None:
        self.owns_session = session is None
        if session is None:
            session = requests.Session()
            adapter = HTTPAdapter(pool_connections=4, pool_maxsize=POOL_SIZE)
            session.mount("https://", adapter)
            session.mount("http://", adapter)
        self.session = session
        self.verify = verify  # passed per request, so a session's own `verify=False` cannot weaken it

    def post(self, url: str, body: bytes, path: str, timeout: float) -> Reply:
        failure: TransportError
        try:
            response = self.session.post(
                url, data=body, headers=HEADERS, timeout=timeouts(timeout), verify=self.verify, allow_redirects=False
            )
            return Reply(response.status_code, response.content)
        except requests.exceptions.ConnectTimeout:
            failure = TimeoutError(
                f"connecting took longer than {timeouts(timeout)[0]:g} s", path=path, request_sent=False
            )
        except requests.exceptions.ReadTimeout:
            failure = TimeoutError(f"no reply within {timeout:g} s", path=path, request_sent=True)
        except requests.exceptions.SSLError as exc:
            failure = TransportError(f"TLS failed: {_reason(exc)}", path=path, request_sent=False)
        except requests.exceptions.ConnectionError as exc:
            sent = not _is_connect_failure(exc)
            failure = TransportError(
                f"{'connection lost' if sent else 'could not connect'}: {_reason(exc)}", path=path, request_sent=sent
            )
        except requests.exceptions.RequestException as exc:
            failure = TransportError(f"HTTP failure: {_reason(exc)}", path=path, request_sent=True)
        raise failure

    def close(self) -> None:
        if self.owns_session:
            self.session.close()


def _is_connect_failure(exc: requests.exceptions.ConnectionError) -> bool:
    reason: Any = exc.args[0] if exc.args else None
    if isinstance(reason, urllib3.exceptions.MaxRetryError):
        reason = reason.reason
    return isinstance(reason, (urllib3.exceptions.NewConnectionError, urllib3.exceptions.ConnectTimeoutError))


def _reason(exc: BaseException) -> str:
    inner: Any = exc.args[0] if exc.args else exc
    if isinstance(inner, urllib3.exceptions.MaxRetryError) and inner.reason is not None:
        inner = inner.reason
    text = str(inner)
    # urllib3 prefixes "<HTTPSConnection object at 0x...>: "; keep the human part.
    text = text.split(">: ", 1)[-1]
    return redact(f"{type(inner).__name__}: {text}")[:300]


class AsyncTransport:
    def __init__(self, client: httpx.AsyncClient | None, verify: bool | str) -> None:
        import httpx

        self.owns_client = client is None
        if isinstance(verify, str):
            verify_arg: bool | ssl.SSLContext = ssl.create_default_context(cafile=verify)
        else:
            verify_arg = verify
        self.client = client or httpx.AsyncClient(
            verify=verify_arg,
            follow_redirects=False,
            limits=httpx.Limits(max_connections=POOL_SIZE, max_keepalive_connections=POOL_SIZE),
        )

    async def post(self, url: str, body: bytes, path: str, timeout: float) -> Reply:
        import httpx

        connect, read = timeouts(timeout)
        failure: TransportError
        try:
            response = await self.client.post(
                url, content=body, headers=HEADERS, timeout=httpx.Timeout(read, connect=connect, pool=connect)
            )
            return Reply(response.status_code, response.content)
        except (httpx.ConnectTimeout, httpx.PoolTimeout):
            failure = TimeoutError(f"connecting took longer than {connect:g} s", path=path, request_sent=False)
        except httpx.TimeoutException:
            failure = TimeoutError(f"no reply within {timeout:g} s", path=path, request_sent=True)
        except httpx.ConnectError as exc:
            failure = TransportError(f"could not connect: {_reason(exc)}", path=path, request_sent=False)
        except httpx.TransportError as exc:
            failure = TransportError(f"connection lost: {_reason(exc)}", path=path, request_sent=True)
        raise failure

    async def aclose(self) -> None:
        if self.owns_client:
            await self.client.aclose()
