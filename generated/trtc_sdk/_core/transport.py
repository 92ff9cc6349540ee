"""The blocking transport: one pooled keep-alive requests.Session, with a deadline per attempt.

Three promises rest here:
- `timeout` bounds an attempt as a whole (connect, TLS, send, the complete reply). Socket timeouts
  alone cannot promise that: a server trickling one byte a second never trips a 1 s read timeout.
  So every attempt registers its sockets with a watchdog thread that shuts them down at the deadline.
- `request_sent` is False only when no byte of the request left this process: the connection class
  records the first write, so a TLS error while reading the reply counts as "may have run".
- Replies are read in chunks and decoded with a size cap (no decompression bomb grows memory).

Failures come back as TransportError, built from the exception type and a redacted text and raised
outside the `except` block, so the library exception (whose text carries the URL) is not chained.
"""

from __future__ import annotations

import heapq
import itertools
import os
import socket
import ssl
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from typing import Any

import requests
import urllib3.exceptions
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from trtc_sdk._core.errors import TimeoutError, TransportError, TRTCError, UnexpectedResponseError
from trtc_sdk._core.http import CHUNK, HEADERS, POOL_SIZE, HTTPReply, Inflater, SignedURL, timeouts
from trtc_sdk._core.redaction import redact


class Attempt:
    """One HTTP attempt: its deadline, the sockets it uses, and whether any byte was written."""

    __slots__ = ("deadline", "done", "expired", "lock", "sent", "sockets", "tracked")

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.lock = threading.Lock()
        self.sockets: list[tuple[int, int, int, Any, Any]] = []  # (fd, family, type, local, peer)
        self.sent = False
        self.tracked = False  # a guarded connection carried it (so `sent` is known, not guessed)
        self.done = False
        self.expired = False

    def register(self, sock: socket.socket) -> None:
        self.tracked = True
        with suppress(OSError):
            entry = (sock.fileno(), sock.family, sock.type, sock.getsockname(), sock.getpeername())
            with self.lock:
                if self.expired:
                    _shutdown(entry)
                self.sockets.append(entry)

    def expire(self) -> None:
        with self.lock:
            if self.done:
                return
            self.expired = True
            for entry in self.sockets:
                _shutdown(entry)


def _shutdown(entry: tuple[int, int, int, Any, Any]) -> None:
    """Shut a socket down through a duplicate of its descriptor, if it is still the same connection."""
    fd, family, kind, local, peer = entry
    with suppress(OSError):
        duplicate = socket.fromfd(fd, family, kind)
        try:
            if duplicate.getsockname() == local and duplicate.getpeername() == peer:
                duplicate.shutdown(socket.SHUT_RDWR)
        finally:
            duplicate.close()


class DeadlineWatchdog:
    """One daemon thread that expires attempts at their deadlines (started on first use, per process)."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Attempt]] = []
        self._counter = itertools.count()
        self._wakeup = threading.Condition()
        self._pid = -1

    def watch(self, attempt: Attempt) -> None:
        with self._wakeup:
            if self._pid != os.getpid():  # first use, or a forked child without the thread
                self._pid = os.getpid()
                self._heap.clear()
                threading.Thread(target=self._run, name="trtc-deadlines", daemon=True).start()
            heapq.heappush(self._heap, (attempt.deadline, next(self._counter), attempt))
            if self._heap[0][2] is attempt:
                self._wakeup.notify()

    def _run(self) -> None:
        while True:
            with self._wakeup:
                while self._heap and self._heap[0][2].done:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._wakeup.wait()
                    continue
                deadline, _, attempt = self._heap[0]
                delay = deadline - time.monotonic()
                if delay > 0:
                    self._wakeup.wait(delay)
                    continue
                heapq.heappop(self._heap)
            attempt.expire()


WATCHDOG = DeadlineWatchdog()
_current = threading.local()


@contextmanager
def guarded(attempt: Attempt) -> Iterator[Attempt]:
    _current.attempt = attempt
    WATCHDOG.watch(attempt)
    try:
        yield attempt
    finally:
        with attempt.lock:
            attempt.done = True
        _current.attempt = None


def _attempt() -> Attempt | None:
    return getattr(_current, "attempt", None)


class _Guarded:
    """Connection mix-in: registers sockets with the running attempt and records the first write."""

    sock: socket.socket | None

    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]
        attempt = _attempt()
        if attempt is not None:
            attempt.register(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        attempt = _attempt()
        if attempt is not None and self.sock is not None:
            attempt.register(self.sock)  # a kept-alive connection, or the TLS socket of a new one
        super().request(*args, **kwargs)  # type: ignore[misc]

    def send(self, data: Any) -> None:
        attempt = _attempt()
        if attempt is not None:
            attempt.sent = True
        super().send(data)  # type: ignore[misc]


class GuardedHTTPConnection(_Guarded, HTTPConnection):
    pass


class GuardedHTTPSConnection(_Guarded, HTTPSConnection):
    pass


class GuardedHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = GuardedHTTPConnection


class GuardedHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = GuardedHTTPSConnection


class GuardedAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections keep attempts' deadlines and know when a request left."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": GuardedHTTPConnectionPool,
            "https": GuardedHTTPSConnectionPool,
        }

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = {"http": GuardedHTTPConnectionPool, "https": GuardedHTTPSConnectionPool}
        return manager


def new_session() -> requests.Session:
    """The SDK's own session: guarded connections, no environment lookups per call (see client.py)."""
    session = requests.Session()
    session.trust_env = False  # proxies and CA bundle are resolved once, when the client is built
    adapter = GuardedAdapter(pool_connections=4, pool_maxsize=POOL_SIZE, max_retries=0)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


class SyncTransport:
    def __init__(
        self, session: requests.Session | None, verify: bool | str, max_response_bytes: int, *, owned: bool = True
    ) -> None:
        self.owns_session = session is None and owned
        self.session = session if session is not None else new_session()
        self.verify = verify  # passed per request, so a session's own `verify=False` cannot weaken it
        self.max_response_bytes = max_response_bytes
        self.closed = False

    def post(
        self, url: SignedURL, body: bytes, path: str, timeout: float, proxies: Mapping[str, str | None]
    ) -> HTTPReply:
        failure: TRTCError
        started = time.monotonic()
        with guarded(Attempt(started + timeout)) as attempt:
            try:
                if self.owns_session:
                    response = self._send_direct(url, body, timeout, proxies)
                else:
                    response = self.session.post(
                        url.reveal(),
                        data=body,
                        headers=HEADERS,
                        timeout=timeouts(timeout),
                        verify=self.verify,
                        allow_redirects=False,
                        stream=True,
                        proxies=dict(proxies),  # type: ignore[arg-type]  # None hides a proxy, as requests documents
                    )
                try:
                    content = self._read(response, path)
                finally:
                    response.close()
                return HTTPReply(
                    response.status_code,
                    content,
                    {key.lower(): value for key, value in response.headers.items()},
                    time.monotonic() - started,
                )
            except (TransportError, UnexpectedResponseError) as exc:  # the size cap or a corrupt body, from _read
                failure = exc
            except Exception as exc:  # every library failure becomes a TransportError
                failure = _failure(exc, attempt, path, timeout)
        raise failure

    def _send_direct(
        self, url: SignedURL, body: bytes, timeout: float, proxies: Mapping[str, str | None]
    ) -> requests.Response:
        """Our own session's adapter, with a request we prepared: Session.request would merge cookies, auth,
        hooks and environment settings the SDK never uses, and re-parse a URL it built itself."""
        prepared = requests.PreparedRequest()
        prepared.method = "POST"
        prepared.url = url.reveal()
        prepared.headers = requests.structures.CaseInsensitiveDict(HEADERS)
        prepared.headers["Content-Length"] = str(len(body))
        prepared.body = body
        adapter = self.session.get_adapter(prepared.url)
        return adapter.send(
            prepared,
            stream=True,
            timeout=timeouts(timeout),
            verify=self.verify,
            proxies={key: value for key, value in proxies.items() if value is not None},
        )

    def _read(self, response: requests.Response, path: str) -> bytes:
        encoding = response.headers.get("Content-Encoding", "")
        inflater = Inflater(encoding, self.max_response_bytes, path=path, status=response.status_code)
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and not response.headers.get("Content-Encoding"):
            inflater.expect(int(declared))  # refuse an oversized reply before reading it
        while chunk := response.raw.read(CHUNK, decode_content=False):
            inflater.feed(chunk)
        return inflater.content()

    def close(self) -> None:
        self.closed = True
        if self.owns_session:
            self.session.close()


def _failure(exc: Exception, attempt: Attempt, path: str, timeout: float) -> TransportError:
    """The TransportError a library failure stands for; `request_sent` errs on the side of "sent"."""
    if attempt.expired:
        return TimeoutError(f"no complete reply within {timeout:g} s", path=path, request_sent=attempt.sent)
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return TimeoutError(f"connecting took longer than {timeouts(timeout)[0]:g} s", path=path, request_sent=False)
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return TimeoutError(f"no reply within {timeout:g} s", path=path, request_sent=True)
    sent = attempt.sent if attempt.tracked else not _is_connect_failure(exc)
    if isinstance(exc, (requests.exceptions.SSLError, ssl.SSLError)):
        return TransportError(f"TLS failed: {_reason(exc)}", path=path, request_sent=sent)
    if isinstance(exc, requests.exceptions.ConnectionError):
        what = "connection lost" if sent else "could not connect"
        return TransportError(f"{what}: {_reason(exc)}", path=path, request_sent=sent)
    return TransportError(f"HTTP failure: {_reason(exc)}", path=path, request_sent=sent)


def _is_connect_failure(exc: BaseException) -> bool:
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
