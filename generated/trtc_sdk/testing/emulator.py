"""A local stand-in for Tencent's REST endpoint, driven by the same registry as the client.

It checks what the real server checks (query parameters, the admin UserSig by recomputing its HMAC,
the body against the command's request model) and answers every known command with a valid reply
synthesised from the response model, or with whatever a test scripted: a body, an error code, an
HTTP status, a delay, a broken body or a dropped connection. Requests are recorded in a bounded log.

It keeps no API state (a room created is not stored): see docs/emulator.md.
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
import socket
import ssl
import threading
import time
import uuid
from collections import defaultdict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, TypeAlias, Union
from urllib.parse import parse_qs, urlsplit

import pydantic
from typing_extensions import Unpack

from trtc_sdk._core.registry import Operation, Registry
from trtc_sdk.testing.fakes import fake_response
from trtc_sdk.usersig import UserSigError, UserSigErrorReason, verify_user_sig

if TYPE_CHECKING:
    from trtc_sdk._async_client import AsyncClient
    from trtc_sdk._client import Client
    from trtc_sdk._core.client import ClientOptions
    from trtc_sdk.testing.webhooks import FiredAnswer

# A JSON value as the standard library decodes it.
JSON: TypeAlias = Union[str, int, float, bool, list["JSON"], dict[str, "JSON"], None]  # noqa: UP007 - recursive

# Tencent's codes for refused UserSigs.
SIG_ERROR_CODES = {
    UserSigErrorReason.MALFORMED: 70003,
    UserSigErrorReason.BAD_SIGNATURE: 70009,
    UserSigErrorReason.EXPIRED: 70001,
    UserSigErrorReason.WRONG_SDKAPPID: 70014,
    UserSigErrorReason.WRONG_IDENTIFIER: 70013,
    UserSigErrorReason.BAD_USERBUF: 70003,
    UserSigErrorReason.WRONG_ROOM: 70003,
}
MAX_BODY = 1 << 20
DEFAULT_MAX_RECORDED = 10_000
WILDCARD_HOSTS = ("0.0.0.0", "::", "")
log = logging.getLogger("trtc_sdk.testing")


@dataclass
class Answer:
    """What the emulator does with one request instead of (or before) its normal reply."""

    body: Mapping[str, JSON] | None = None  # reply body (envelope keys default to success)
    error_code: int | None = None
    error_info: str = ""
    http_status: int = 200
    raw: bytes | None = None  # sent verbatim (a broken body)
    delay: float = 0.0  # seconds to wait before answering
    drop: bool = False  # close the connection without answering
    executed: bool | None = None  # did the command take effect? default: only for successful replies
    content_type: str = "application/json; charset=utf-8"
    headers: Mapping[str, str] = field(default_factory=dict)  # more reply headers (Retry-After, Content-Encoding...)

    @property
    def delay_only(self) -> bool:
        """Only slows the normal reply down."""
        return (
            self.body is None
            and self.error_code is None
            and self.raw is None
            and not self.drop
            and self.http_status == 200
            and not self.headers
        )


@dataclass
class RecordedRequest:
    method: str
    path: str  # "servicename/command" (or the raw URL path when unknown)
    query: dict[str, str]
    headers: dict[str, str]
    raw_body: bytes
    body: JSON  # parsed JSON (None when the body is not JSON)
    received_at: float
    error_code: int | None = None  # ErrorCode of the reply (None when dropped or not JSON)
    http_status: int | None = None
    executed: bool = False  # the command took effect (what a non-idempotent retry would repeat)
    usersig_key: str = "usersig"  # the query key of the sig, as the envelope names it

    @property
    def usersig(self) -> str | None:
        return self.query.get(self.usersig_key)

    @property
    def json(self) -> dict[str, JSON]:
        """The body as a JSON object ({} when it is not one)."""
        return self.body if isinstance(self.body, dict) else {}


@dataclass
class _Script:
    answer: Answer
    remaining: int | None  # None: forever


class Emulator:
    """`with Emulator() as emu:` serves on 127.0.0.1 (random port); `emu.client()` builds a Client for it."""

    def __init__(
        self,
        sdkappid: int = 1400000000,
        secret_key: str | None = None,
        *,
        admins: tuple[str, ...] = ("administrator",),
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], float] = time.time,
        tls: tuple[str, str] | None = None,
        registry: Registry | None = None,
        max_recorded: int = DEFAULT_MAX_RECORDED,
        enforce_rate_limits: bool = False,
    ) -> None:
        """
        Args:
            tls: (certfile, keyfile) to serve HTTPS instead of HTTP (to test TLS settings or measure handshakes).
            registry: the commands to serve (default: the SDK's generated registry).
            max_recorded: how many requests `requests` keeps, newest last (older ones are dropped).
            enforce_rate_limits: answer 60007 when a command is called faster than its documented rate.
        """
        if secret_key is not None and not secret_key:
            raise ValueError("secret_key must not be empty (the client refuses an empty key)")
        self.sdkappid = sdkappid
        self.secret_key = secret_key or secrets.token_hex(32)
        self.admins = admins
        self.clock = clock
        self.registry = registry or _generated_registry()
        self.fault_injector: Callable[[RecordedRequest], Answer | None] | None = None
        self._scripts: dict[str, deque[_Script]] = defaultdict(deque)
        self._requests: deque[RecordedRequest] = deque(maxlen=max_recorded)
        self._executed: dict[str, int] = defaultdict(int)
        self.served = 0  # requests answered since start (the log may hold fewer)
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self.peak_connections = 0  # most client connections open at once
        self.connections_accepted = 0  # client connections since start (keep-alive keeps this low)
        self.rate_limiter = RateLimits() if enforce_rate_limits else None
        self._server = _Server((host, port), _Handler, self)
        self.scheme = "http"
        if tls is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(*tls)
            # The handshake runs in the connection's thread, not in the accept loop.
            self._server.socket = context.wrap_socket(
                self._server.socket, server_side=True, do_handshake_on_connect=False
            )
            self.scheme = "https"
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The base URL a client on this machine uses (a wildcard bind is reached through loopback)."""
        host, port = self._server.server_address[:2]
        host = str(host)
        if host in WILDCARD_HOSTS:
            host = "127.0.0.1" if host != "::" else "[::1]"
        elif ":" in host:
            host = f"[{host}]"
        return f"{self.scheme}://{host}:{port}"

    def start(self) -> Emulator:
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="trtc-emulator", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        with self._lock:
            for connection in list(self._connections):
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def client(self, **settings: Unpack[ClientOptions]) -> Client:
        """A trtc_sdk.Client signed for this emulator's app and key (keyword settings pass through)."""
        from trtc_sdk._client import Client

        return Client(**self._client_settings(settings))

    def async_client(self, **settings: Unpack[ClientOptions]) -> AsyncClient:
        """A trtc_sdk.AsyncClient signed for this emulator's app and key (keyword settings pass through)."""
        from trtc_sdk._async_client import AsyncClient

        return AsyncClient(**self._client_settings(settings))

    def _client_settings(self, settings: Mapping[str, Any]) -> dict[str, Any]:
        return {"sdkappid": self.sdkappid, "secret_key": self.secret_key, "base_url": self.url, **settings}

    def fire(
        self,
        command: str,
        url: str,
        payload: Mapping[str, Any] | None = None,
        *,
        token: str | None = None,
        timeout: float = 5.0,
        query: Mapping[str, str] | None = None,
    ) -> FiredAnswer:
        """POST a webhook event to `url` as Tencent would, for this emulator's SdkAppid and clock.

        Signed with `token` (Chat and Live sign; pass None for Call and Conference events); without a
        payload, the spec's sample of the event is sent. Returns the answer (status, body, `.answer`).
        """
        from trtc_sdk.testing.webhooks import fire

        return fire(
            command, url, payload, sdkappid=self.sdkappid, token=token, timeout=timeout, now=self.clock(), query=query
        )

    # -- scripting and inspection ----------------------------------------------------------------

    def script(self, path: str, answer: Answer | None = None, *, times: int | None = 1, **fields: Any) -> None:
        """Queue an answer for the next `times` requests to `path` ("*" matches any command)."""
        if path != "*" and path not in self.registry.operations:
            raise ValueError(f"unknown command {path!r}")
        with self._lock:
            self._scripts[path].append(_Script(answer or Answer(**fields), times))

    def clear(self) -> None:
        with self._lock:
            self._scripts.clear()
            self._requests.clear()
            self._executed.clear()

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def requests_for(self, path: str) -> list[RecordedRequest]:
        return [request for request in self.requests if request.path == path]

    def executions(self, path: str, predicate: Callable[[RecordedRequest], bool] | None = None) -> int:
        """How many requests to `path` took effect (all since start; with `predicate`, those still in the log)."""
        if predicate is None:
            with self._lock:
                return self._executed[path]
        return sum(1 for request in self.requests_for(path) if request.executed and predicate(request))

    # -- request handling (runs on server threads) -----------------------------------------------

    def _take_script(self, path: str) -> Answer | None:
        with self._lock:
            for key in (path, "*"):
                queue = self._scripts.get(key)
                if queue:
                    script = queue[0]
                    if script.remaining is not None:
                        script.remaining -= 1
                        if script.remaining <= 0:
                            queue.popleft()
                    return script.answer
        return None

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)
            self.served += 1

    def _count_execution(self, request: RecordedRequest) -> None:
        if request.executed:
            with self._lock:
                self._executed[request.path] += 1

    def handle(self, request: RecordedRequest) -> Answer:
        """Decide the answer to one request (checks first, then scripts, then a synthesised reply)."""
        operation = self.registry.operations.get(request.path)
        refusal = self._refusal(request, operation)
        if refusal is not None:
            return refusal
        assert operation is not None
        if self.rate_limiter is not None and not self.rate_limiter.admit(operation, time.monotonic()):
            return _error(60007, f"{operation.path} is over its rate limit")
        scripted = self._take_script(request.path)
        if scripted is None and self.fault_injector is not None:
            scripted = self.fault_injector(request)
        if scripted is not None and not scripted.delay_only:
            return scripted
        answer = Answer(body=fake_response(operation, request.body, self.registry.envelope))
        if scripted is not None:
            answer.delay = scripted.delay
        return answer

    def _refusal(self, request: RecordedRequest, operation: Operation | None) -> Answer | None:
        keys = self.registry.envelope.query_keys
        query = request.query
        if request.method != "POST":
            return _error(60002, "only POST is accepted")
        if operation is None:
            return _error(60009, f"unknown command {request.path!r}")
        sdkappid = query.get(keys["sdkappid"])
        if sdkappid is None:
            return _error(60012, "sdkappid is missing")
        if query.get(keys["contenttype"]) != self.registry.envelope.contenttype:
            return _error(60025, f"contenttype must be {self.registry.envelope.contenttype}")
        if not sdkappid.isdigit() or int(sdkappid) != self.sdkappid:
            return _error(60006, f"SDKAppID {sdkappid!r} is not known here")
        random_text = query.get(keys["random"], "")
        if not random_text.isdigit() or int(random_text) > 0xFFFFFFFF:
            return _error(60025, "random must be an integer in 0..4294967295")
        identifier = query.get(keys["identifier"], "")
        usersig = query.get(keys["usersig"])
        if not usersig:
            return _error(70002, "usersig is empty")
        try:
            verify_user_sig(
                usersig, sdkappid=self.sdkappid, secret_key=self.secret_key, identifier=identifier, now=self.clock()
            )
        except UserSigError as exc:
            return _error(SIG_ERROR_CODES[exc.reason], f"usersig refused: {exc.reason.value}")
        if identifier not in self.admins:
            return _error(60010, f"{identifier!r} is not an app administrator")
        if request.body is None:
            return _error(60003, "the body is not valid JSON")
        if not isinstance(request.body, dict):
            return _error(60003, "the body must be a JSON object")
        try:
            operation.request_model.model_validate_json(request.raw_body)
        except pydantic.ValidationError as exc:
            problems = [e for e in exc.errors(include_url=False) if e["type"] != "extra_forbidden"]
            if problems:
                where = ".".join(str(part) for part in problems[0]["loc"])
                code = self.registry.invalid_parameter_code(operation)
                return _error(code, f"invalid field {where}: {problems[0]['msg']}")
        return None


class RateLimits:
    """One token bucket per command (or shared quota) at its documented rate, a second's worth of burst."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)
        self.refused = 0

    def admit(self, operation: Operation, now: float) -> bool:
        rate = operation.rate_limit_per_sec
        if rate is None:
            return True
        key = operation.rate_limit_group or operation.path
        burst = max(rate, 1.0)
        with self._lock:
            tokens, at = self._buckets.get(key, (burst, now))
            tokens = min(burst, tokens + (now - at) * rate)
            admitted = tokens >= 1.0
            self._buckets[key] = (tokens - 1.0 if admitted else tokens, now)
            if not admitted:
                self.refused += 1
            return admitted


def _generated_registry() -> Registry:
    from trtc_sdk._registry import REGISTRY

    return REGISTRY


def _error(code: int, info: str) -> Answer:
    return Answer(error_code=code, error_info=info)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # the default 5 resets connections when a pool of clients connects at once

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], emulator: Emulator) -> None:
        self.emulator = emulator
        super().__init__(address, handler)

    def handle_error(self, request: object, client_address: object) -> None:
        # Failed TLS handshakes and connections reset by clients are expected in tests: no stderr noise.
        log.debug("connection from %s ended with an error", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like Tencent's endpoint
    server: _Server

    def setup(self) -> None:
        super().setup()
        # Replies go out in one write with Nagle off, so keep-alive round trips take ~1 ms, not 40.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        emulator = self.server.emulator
        with emulator._lock:
            emulator._connections.add(self.connection)
            emulator.connections_accepted += 1
            emulator.peak_connections = max(emulator.peak_connections, len(emulator._connections))

    def finish(self) -> None:
        with self.server.emulator._lock:
            self.server.emulator._connections.discard(self.connection)
        super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the default access log would print usersig values."""

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def _serve(self, method: str) -> None:
        emulator = self.server.emulator
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._write(413, b"request body too large")
            return
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        path = emulator.registry.envelope.operation_path(url.path) or url.path
        record = RecordedRequest(
            method=method,
            path=path,
            query={key: values[-1] for key, values in parse_qs(url.query, keep_blank_values=True).items()},
            headers=dict(self.headers.items()),
            raw_body=raw,
            body=body,
            received_at=time.time(),
            usersig_key=emulator.registry.envelope.query_keys["usersig"],
        )
        emulator._record(record)  # at arrival, so a request still being answered is already visible
        try:
            answer = emulator.handle(record)
        except Exception:  # an emulator bug must show up as a reply, not a silently dropped connection
            log.exception("emulator failed on %s", record.path)
            answer = Answer(raw=b"emulator internal error", http_status=500)
        record.http_status = None if answer.drop else answer.http_status
        success = answer.error_code in (None, 0) and answer.raw is None
        executed = success and answer.http_status == 200 and not answer.drop
        record.executed = answer.executed if answer.executed is not None else executed
        emulator._count_execution(record)
        if answer.delay:
            time.sleep(answer.delay)
        if answer.drop:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if answer.raw is not None:
            payload = answer.raw
        else:
            keys = emulator.registry.envelope.reply_keys
            failed = bool(answer.error_code)
            reply: dict[str, JSON] = {
                keys["action_status"]: "FAIL" if failed else "OK",
                keys["error_code"]: answer.error_code if failed else 0,
                keys["error_info"]: answer.error_info if failed else "",
                keys["request_id"]: f"emu-{uuid.uuid4().hex}",
            }
            reply.update(answer.body or {})
            code = reply.get(keys["error_code"])
            record.error_code = code if isinstance(code, int) else None
            payload = json.dumps(reply, ensure_ascii=False).encode("utf-8")
        self._write(answer.http_status, payload, answer.content_type, answer.headers)

    def _write(
        self, status: int, payload: bytes, content_type: str = "text/plain", headers: Mapping[str, str] | None = None
    ) -> None:
        reason = self.responses.get(status, ("",))[0]
        extra = "".join(f"{name}: {value}\r\n" for name, value in (headers or {}).items())
        head = (
            f"HTTP/1.1 {status} {reason}\r\n"
            f"Content-Type: {content_type}\r\n"
            f"Content-Length: {len(payload)}\r\n"
            f"{extra}Connection: keep-alive\r\n\r\n"
        ).encode("latin-1")
        try:
            self.wfile.write(head + payload)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting (a timeout test)
            self.close_connection = True
