"""Receive webhook requests in any web framework, or in none: verify, parse, call your handler, answer.

    webhooks = Dispatcher(sdkappid=1400000000, token=os.environ["TRTC_WEBHOOK_TOKEN"])

    @webhooks.on(C2CBeforeSendMsgEvent)
    def screen(event: C2CBeforeSendMsgEvent) -> C2CBeforeSendMsgAnswer | None:
        if "spam" in str(event.msg_body):
            return C2CBeforeSendMsgAnswer.deny("no spam", code=120001)
        return None                                   # None: the default answer, "go ahead"

    status, headers, body = webhooks.handle(request_body, request_query)

`handle()` returns what to send back; `wsgi_app` and `asgi_app` are ready-made WSGI and ASGI
applications (no framework needed). Handlers may be plain functions or coroutines.

Timing: Tencent waits 2 seconds for an answer (Chat, Live). Verification and parsing take well under
a millisecond; the handler gets `deadline` seconds (1.5 by default). A handler that raises or runs
late is answered by the `on_error` policy, and a late handler keeps running in the background (its
answer is dropped), so one slow database never stalls the webhook:

- "fail" (default): HTTP 500. Tencent counts it as a failed webhook and applies the app's own rule —
  for before-events the console setting (by default Chat lets the action go ahead; Live refuses the
  gift), for after-events its retry setting. The decision stays in one place: the console.
- "allow": the default answer (go ahead / acknowledged): fail open.
- "deny": the event's refusal (`Answer.deny()`) for before-events that have one, else the default
  answer: fail closed.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import difflib
import inspect
import json
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from http import HTTPStatus
from typing import Any, Literal, NamedTuple, TypeVar

from trtc_sdk.webhooks.models import DEFAULT_ANSWER, UnknownEvent, WebhookAnswer, WebhookEvent
from trtc_sdk.webhooks.parsing import Query, WebhookPayloadError, build_event, decode_body, event_command, query_mapping
from trtc_sdk.webhooks.signature import VerificationFailure, WebhookVerificationError, verify
from trtc_sdk.webhooks.spec import WebhookEventSpec, WebhookRegistry

log = logging.getLogger("trtc_sdk.webhooks")

AnswerLike = WebhookAnswer | Mapping[str, Any] | None
Handler = Callable[[Any], AnswerLike | Awaitable[AnswerLike]]
HandlerT = TypeVar("HandlerT", bound=Callable[..., Any])
ErrorPolicy = Literal["fail", "allow", "deny"]
EventKey = str | type[WebhookEvent]

ANY_EVENT = "*"  # handles every event that has no handler of its own (UnknownEvent included)
DEFAULT_DEADLINE = 1.5  # seconds; Tencent waits 2
MAX_BODY = 1 << 20  # the largest documented body (100 push results) is far smaller
COMPACT = (",", ":")
JSON_HEADERS: tuple[tuple[str, str], ...] = (("Content-Type", "application/json; charset=utf-8"),)


class WebhookResponse(NamedTuple):
    """What to send back: unpacks as `status, headers, body`."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes

    @property
    def answer(self) -> dict[str, Any]:
        decoded: dict[str, Any] = json.loads(self.body)
        return decoded


def _respond(status: int, answer: Mapping[str, Any] | bytes) -> WebhookResponse:
    body = answer if isinstance(answer, bytes) else json.dumps(answer, ensure_ascii=False, separators=COMPACT).encode()
    return WebhookResponse(status, [*JSON_HEADERS, ("Content-Length", str(len(body)))], body)


def _refusal(status: int, info: str) -> WebhookResponse:
    return _respond(status, {"ActionStatus": "FAIL", "ErrorCode": status, "ErrorInfo": info})


def _default() -> WebhookResponse:
    return _respond(200, DEFAULT_ANSWER)


class Dispatcher:
    """Handlers by event; `handle()` / `handle_async()` turn a request into the answer to send."""

    def __init__(
        self,
        *,
        sdkappid: int | str,
        token: str | None = None,
        products: Iterable[str] | None = None,
        on_error: ErrorPolicy = "fail",
        deadline: float | None = DEFAULT_DEADLINE,
        skew: float | None = None,
        clock: Callable[[], float] = time.time,
        registry: WebhookRegistry | None = None,
    ) -> None:
        """
        Args:
            sdkappid: your app's SDKAppID; requests for another app are refused (403).
            token: the webhook token of Chat (console) and Live (set_callback_token). With it, signed
                products' events must carry a valid Sign (401 otherwise). Without it only SdkAppid is
                checked: use it in production.
            products: the products whose webhooks reach this URL (default: all). Requests without Sign
                are accepted only for events a product among them sends unsigned (Call, Conference).
            on_error: what to answer when a handler raises or misses the deadline (see the module doc).
            deadline: seconds a handler may take before the `on_error` answer is sent; None waits
                for it however long it takes (and runs sync handlers on the calling thread).
            skew: seconds RequestTime may be from the clock (default: the spec's window, 60).
            clock: the current time in seconds (tests pass a fake one).
            registry: the events (default: the SDK's generated registry).
        """
        if registry is None:
            from trtc_sdk._webhook_registry import WEBHOOKS

            registry = WEBHOOKS
        if token is not None and not token:
            raise ValueError("token must not be empty (anyone could sign with it); None checks SdkAppid only")
        if on_error not in ("fail", "allow", "deny"):
            raise ValueError(f"on_error must be 'fail', 'allow' or 'deny', not {on_error!r}")
        self.registry = registry
        self.sdkappid = str(sdkappid)
        self._token = token
        self.products = tuple(products) if products is not None else tuple(registry.products)
        unknown = [name for name in self.products if name not in registry.products]
        if unknown:
            raise ValueError(f"unknown products {unknown}; known: {sorted(registry.products)}")
        self.on_error: ErrorPolicy = on_error
        self.deadline = deadline
        self.skew = skew
        self.clock = clock
        self._handlers: dict[str, Handler] = {}
        self._by_model = {spec.payload_model_ref: spec.command for spec in registry.events.values()}
        self._executor: concurrent.futures.ThreadPoolExecutor | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()
        self._background: set[asyncio.Future[Any]] = set()

    def __repr__(self) -> str:  # the token is never shown
        return f"Dispatcher(sdkappid={self.sdkappid}, signed={self._token is not None}, handlers={len(self._handlers)})"

    # -- registration ---------------------------------------------------------------------------

    def on(self, *events: EventKey, allow_unknown: bool = False) -> Callable[[HandlerT], HandlerT]:
        """Decorator: the function handles these events (payload classes or CallbackCommand values; "*": any other)."""

        if not events:
            raise TypeError("on() needs at least one event: a payload class, a CallbackCommand or '*'")

        def decorate(handler: HandlerT) -> HandlerT:
            for event in events:
                self.register(event, handler, allow_unknown=allow_unknown)
            return handler

        return decorate

    def register(self, event: EventKey, handler: HandlerT, *, allow_unknown: bool = False) -> HandlerT:
        """The plain-call form of `on`: `dispatcher.register("C2C.CallbackAfterSendMsg", handler)`."""
        command = self._command_of(event, allow_unknown)
        if command in self._handlers:
            raise ValueError(f"{command!r} already has a handler ({_name(self._handlers[command])})")
        if not callable(handler):
            raise TypeError(f"a handler must be callable, not {type(handler).__name__}")
        self._handlers[command] = handler
        return handler

    def handler_for(self, command: str) -> Handler | None:
        return self._handlers.get(command) or self._handlers.get(ANY_EVENT)

    def _command_of(self, event: EventKey, allow_unknown: bool) -> str:
        if isinstance(event, type):
            if event is UnknownEvent:
                return ANY_EVENT
            command = self._by_model.get(f"{event.__module__}:{event.__qualname__}")
            if command is None:
                raise ValueError(f"{event.__name__} is not an event payload model")
            return command
        if event == ANY_EVENT or event in self.registry.events or allow_unknown:
            return event
        close = difflib.get_close_matches(event, list(self.registry.events), n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise ValueError(f"unknown event {event!r}{hint} (allow_unknown=True registers an event newer than the SDK)")

    def warm_up(self) -> None:
        """Build the payload and answer models of the registered events now, not on the first request."""
        for command in self._handlers:
            spec = self.registry.events.get(command)
            if spec is not None:
                spec.payload_model.model_rebuild()
                spec.answer_model.model_rebuild()

    # -- handling -------------------------------------------------------------------------------

    def handle(self, body: bytes | str, query: Query | None) -> WebhookResponse:
        """Verify, parse, run the handler (sync, or async on a private loop) and build the answer."""
        prepared = self._prepare(body, query)
        if isinstance(prepared, WebhookResponse):
            return prepared
        event, handler = prepared
        if handler is None:
            return _default()
        try:
            result = self._run_sync(handler, event)
        except _DeadlineMissed:
            return self._failure(event, None)
        except Exception as exc:  # a handler's bug must still produce an answer in time
            return self._failure(event, exc)
        return self._answer(event, result)

    async def handle_async(self, body: bytes | str, query: Query | None) -> WebhookResponse:
        """`handle` for asyncio servers: async handlers run on the caller's loop, sync ones in threads."""
        prepared = self._prepare(body, query)
        if isinstance(prepared, WebhookResponse):
            return prepared
        event, handler = prepared
        if handler is None:
            return _default()
        try:
            result = await self._run_async(handler, event)
        except _DeadlineMissed:
            return self._failure(event, None)
        except Exception as exc:
            return self._failure(event, exc)
        return self._answer(event, result)

    def _prepare(self, body: bytes | str, query: Query | None) -> tuple[WebhookEvent, Handler | None] | WebhookResponse:
        mapping = query_mapping(query)
        try:
            data = decode_body(body)
        except WebhookPayloadError as exc:
            log.warning("webhook refused: %s", exc)
            return _refusal(400, "the body is not a JSON object")
        command = event_command(data, mapping)
        spec = self.registry.events.get(command)
        try:
            signed = verify(
                mapping,
                sdkappid=self.sdkappid,
                token=self._token,
                now=self.clock(),
                skew=self.skew,
                require_signature=not self._may_arrive_unsigned(spec),
            )
        except WebhookVerificationError as exc:
            log.warning("webhook %s refused: %s", command or "(no command)", exc)
            status = 403 if exc.reason is VerificationFailure.WRONG_SDKAPPID else 401
            return _refusal(status, f"webhook verification failed: {exc.reason.value}")
        return build_event(data, mapping, command, spec, signed=signed), self.handler_for(command)

    def _may_arrive_unsigned(self, spec: WebhookEventSpec | None) -> bool:
        senders = spec.senders if spec is not None else self.products
        return any(
            self.registry.products[name].authentication == "none"
            for name in senders
            if name in self.products and name in self.registry.products
        )

    def _run_sync(self, handler: Handler, event: WebhookEvent) -> AnswerLike:
        future: concurrent.futures.Future[AnswerLike]
        if inspect.iscoroutinefunction(handler):
            future = asyncio.run_coroutine_threadsafe(handler(event), self._private_loop())
        elif self.deadline is None:
            return _settle(handler(event))
        else:
            future = self._pool().submit(_call_sync, handler, event)
        try:
            return future.result(timeout=self.deadline)
        except concurrent.futures.TimeoutError:
            if future.done():
                raise  # the handler's own TimeoutError
            raise _DeadlineMissed from None  # it keeps running; its answer is dropped

    async def _run_async(self, handler: Handler, event: WebhookEvent) -> AnswerLike:
        if inspect.iscoroutinefunction(handler):
            task: asyncio.Future[Any] = asyncio.ensure_future(handler(event))
        else:
            loop = asyncio.get_running_loop()
            task = loop.run_in_executor(self._pool(), _call_sync, handler, event)
        done, _ = await asyncio.wait({task}, timeout=self.deadline)
        if not done:
            self._background.add(task)  # keeps running; its answer is dropped
            task.add_done_callback(self._forget)
            raise _DeadlineMissed
        result: AnswerLike = task.result()
        return result

    def _forget(self, task: asyncio.Future[Any]) -> None:
        self._background.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("late webhook handler failed after its answer was sent", exc_info=task.exception())

    def _answer(self, event: WebhookEvent, result: Any) -> WebhookResponse:
        if result is None:
            return _default()
        if isinstance(result, WebhookAnswer):
            return _respond(200, result.to_wire_json())
        if isinstance(result, Mapping):
            return _respond(200, {**DEFAULT_ANSWER, **result})
        log.error(
            "webhook handler for %s returned %s; answering the default", event.delivery.command, type(result).__name__
        )
        return _default()

    def _failure(self, event: WebhookEvent, error: BaseException | None) -> WebhookResponse:
        command = event.delivery.command or "(no command)"
        if error is None:
            log.error(
                "webhook handler for %s missed its %s s deadline; answering by on_error=%r",
                command,
                self.deadline,
                self.on_error,
            )
        else:
            log.error("webhook handler for %s failed; answering by on_error=%r", command, self.on_error, exc_info=error)
        if self.on_error == "fail":
            return _refusal(500, "the webhook handler failed")
        spec = event.delivery.spec
        if self.on_error == "deny" and spec is not None and spec.answer_codes and spec.answer_codes.deny is not None:
            return _respond(200, {**DEFAULT_ANSWER, "ErrorCode": spec.answer_codes.deny})
        return _default()

    # -- workers --------------------------------------------------------------------------------

    def _pool(self) -> concurrent.futures.ThreadPoolExecutor:
        with self._lock:
            if self._executor is None:
                self._executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="trtc-webhook")
            return self._executor

    def _private_loop(self) -> asyncio.AbstractEventLoop:
        """The loop async handlers run on when `handle()` (sync) is used: one thread, started once."""
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(target=loop.run_forever, name="trtc-webhook-loop", daemon=True).start()
                self._loop = loop
            return self._loop

    def close(self) -> None:
        """Stop the worker threads (late handlers still running are not waited for)."""
        with self._lock:
            if self._executor is not None:
                self._executor.shutdown(wait=False)
                self._executor = None
            if self._loop is not None:
                self._loop.call_soon_threadsafe(self._loop.stop)
                self._loop = None

    # -- WSGI and ASGI --------------------------------------------------------------------------

    def wsgi_app(self, environ: Mapping[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        """A WSGI application answering webhook POSTs (mount it at the webhook URL's path)."""
        if environ.get("REQUEST_METHOD") != "POST":
            response = _refusal(405, "webhooks are POSTed")
            response.headers.append(("Allow", "POST"))
        else:
            try:
                length = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = -1
            if not 0 <= length <= MAX_BODY:
                response = _refusal(413, "body too large or of unknown length")
            else:
                body = environ["wsgi.input"].read(length) if length else b""
                response = self.handle(body, environ.get("QUERY_STRING", ""))
        start_response(f"{response.status} {HTTPStatus(response.status).phrase}", response.headers)
        return [response.body]

    async def asgi_app(
        self,
        scope: Mapping[str, Any],
        receive: Callable[[], Awaitable[Mapping[str, Any]]],
        send: Callable[[Mapping[str, Any]], Awaitable[None]],
    ) -> None:
        """An ASGI application answering webhook POSTs (lifespan events are acknowledged)."""
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        response: WebhookResponse | None = None
        if scope.get("method") != "POST":
            response = _refusal(405, "webhooks are POSTed")
            response.headers.append(("Allow", "POST"))
        else:
            chunks: list[bytes] = []
            size = 0
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > MAX_BODY:
                    response = _refusal(413, "body too large")
                    break
                chunks.append(chunk)
                if not message.get("more_body", False):
                    break
            if response is None:
                query = scope.get("query_string", b"").decode("latin-1")
                response = await self.handle_async(b"".join(chunks), query)
        await send(
            {
                "type": "http.response.start",
                "status": response.status,
                "headers": [(name.lower().encode(), value.encode()) for name, value in response.headers],
            }
        )
        await send({"type": "http.response.body", "body": response.body})


class _DeadlineMissed(Exception):
    """The handler did not answer within the deadline."""


def _call_sync(handler: Handler, event: WebhookEvent) -> AnswerLike:
    return _settle(handler(event))


def _settle(result: Any) -> AnswerLike:
    if inspect.isawaitable(result):  # a sync callable that returned an awaitable (functools.partial of a coroutine)
        return asyncio.run(_await(result))
    answer: AnswerLike = result
    return answer


async def _await(awaitable: Awaitable[AnswerLike]) -> AnswerLike:
    return await awaitable


def _name(handler: Callable[..., Any]) -> str:
    return getattr(handler, "__qualname__", None) or repr(handler)
