"""Real HTTP servers on loopback for webhook tests: the standard library's wsgiref for WSGI, and a minimal
ASGI server on asyncio streams (no framework, no uvicorn), each in a thread.

The ASGI server is deliberately small: one request per connection, Content-Length bodies, which is
how Tencent and the emulator's `fire` send webhooks. It follows the ASGI 3 message protocol (lifespan
startup and shutdown included), so what it exercises is the application's side of the spec.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

AsgiApp = Callable[
    [Mapping[str, Any], Callable[[], Awaitable[Mapping[str, Any]]], Callable[[Mapping[str, Any]], Awaitable[None]]],
    Awaitable[None],
]


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Tests read answers, not access logs."""


@contextlib.contextmanager
def wsgi_server(app: Callable[..., Any]) -> Iterator[str]:
    """Serve a WSGI app on 127.0.0.1 (random port) with wsgiref; yields its base URL."""
    server: WSGIServer = make_server("127.0.0.1", 0, app, handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextlib.contextmanager
def asgi_server(app: AsgiApp) -> Iterator[str]:
    """Serve an ASGI app on 127.0.0.1 (random port) on a private event loop; yields its base URL."""
    loop = asyncio.new_event_loop()
    started = threading.Event()
    state: dict[str, Any] = {}

    async def main() -> None:
        lifespan = _Lifespan(app)
        await lifespan.startup()
        server = await asyncio.start_server(lambda r, w: _serve_one(app, r, w), "127.0.0.1", 0)
        state["port"] = server.sockets[0].getsockname()[1]
        state["stop"] = asyncio.Event()
        started.set()
        async with server:
            await state["stop"].wait()
        await lifespan.shutdown()

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
    thread.start()
    if not started.wait(5):
        raise RuntimeError("the ASGI test server did not start")
    try:
        yield f"http://127.0.0.1:{state['port']}"
    finally:
        loop.call_soon_threadsafe(state["stop"].set)
        thread.join(timeout=5)
        loop.close()


class _Lifespan:
    """Drives the app's lifespan protocol: startup before serving, shutdown after."""

    def __init__(self, app: AsgiApp) -> None:
        self.app = app
        self.inbox: asyncio.Queue[Mapping[str, Any]] = asyncio.Queue()
        self.outbox: asyncio.Queue[Mapping[str, Any]] = asyncio.Queue()
        self.task: asyncio.Task[None] | None = None

    async def startup(self) -> None:
        self.task = asyncio.ensure_future(self.app({"type": "lifespan"}, self.inbox.get, self.outbox.put))
        await self.inbox.put({"type": "lifespan.startup"})
        message = await asyncio.wait_for(self.outbox.get(), 5)
        assert message["type"] == "lifespan.startup.complete", message

    async def shutdown(self) -> None:
        await self.inbox.put({"type": "lifespan.shutdown"})
        message = await asyncio.wait_for(self.outbox.get(), 5)
        assert message["type"] == "lifespan.shutdown.complete", message
        assert self.task is not None
        await asyncio.wait_for(self.task, 5)


async def _serve_one(app: AsgiApp, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, _ = request_line.split(" ", 2)
        path, _, query = target.partition("?")
        headers = [tuple(line.split(":", 1)) for line in header_lines if ":" in line]
        length = next((int(value) for name, value in headers if name.strip().lower() == "content-length"), 0)
        body = await reader.readexactly(length)
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": method,
            "path": path,
            "raw_path": path.encode(),
            "query_string": query.encode("latin-1"),
            "headers": [(name.strip().lower().encode(), value.strip().encode()) for name, value in headers],
        }
        messages = [{"type": "http.request", "body": body, "more_body": False}]

        async def receive() -> Mapping[str, Any]:
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        response: dict[str, Any] = {"status": 500, "headers": [], "body": b""}

        async def send(message: Mapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                response["status"], response["headers"] = message["status"], list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                response["body"] += message.get("body", b"")

        await app(scope, receive, send)
        lines = [f"HTTP/1.1 {response['status']} -"]
        lines += [f"{name.decode()}: {value.decode()}" for name, value in response["headers"]]
        if not any(name.lower() == b"content-length" for name, _ in response["headers"]):
            lines.append(f"content-length: {len(response['body'])}")
        lines.append("connection: close")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + response["body"])
        await writer.drain()
    finally:
        writer.close()
