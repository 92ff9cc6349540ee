"""Servers that break the HTTP contract on purpose, on real loopback sockets (for the reliability tests).

Each reads one request per connection (headers and body), counts it, then misbehaves as told:
trickle the reply, stream chunks forever, send a compression bomb, corrupt a TLS record after reading
the request, or redirect elsewhere.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

OK_BODY = b'{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","RequestId":"r-1"}'


def read_request(connection: socket.socket) -> bytes:
    """Headers and body of one request (by Content-Length)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


class MisbehavingServer:
    """`with MisbehavingServer(behaviour) as server:` serves on 127.0.0.1; `server.url`, `server.requests`."""

    def __init__(self, behaviour: Callable[[socket.socket], None], tls: ssl.SSLContext | None = None) -> None:
        self.behaviour = behaviour
        self.tls = tls
        self.requests = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> MisbehavingServer:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._listener.close()

    def _accept(self) -> None:
        self._listener.settimeout(0.2)
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            thread = threading.Thread(target=self._serve, args=(connection,), daemon=True)
            thread.start()

    def _serve(self, connection: socket.socket) -> None:
        with suppress(OSError, ssl.SSLError), connection:
            if self.tls is not None:
                connection = self.tls.wrap_socket(connection, server_side=True)
            if not read_request(connection):
                return
            self.requests += 1
            self.behaviour(connection)


def trickle(interval: float = 0.2, total_seconds: float = 30.0) -> Callable[[socket.socket], None]:
    """A valid reply, one byte every `interval` seconds: no single read ever waits long."""

    def behave(connection: socket.socket) -> None:
        reply = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(OK_BODY), OK_BODY)
        ends = time.monotonic() + total_seconds
        for byte in reply:
            if time.monotonic() > ends:
                return
            connection.sendall(bytes([byte]))
            time.sleep(interval)

    return behave


def endless_chunks(interval: float = 0.05) -> Callable[[socket.socket], None]:
    """Headers, then chunks of whitespace forever (a reply that never completes)."""

    def behave(connection: socket.socket) -> None:
        connection.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n")
        connection.sendall(b"1\r\n{\r\n")
        while True:
            connection.sendall(b"1\r\n \r\n")
            time.sleep(interval)

    return behave


def compression_bomb(inflated_bytes: int) -> Callable[[socket.socket], None]:
    """A gzip reply of zeros that inflates to `inflated_bytes` (about 1000:1)."""
    body = gzip_of_zeros(inflated_bytes)

    def behave(connection: socket.socket) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(body)
        connection.sendall(head + body)

    return behave


def gzip_of_zeros(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * (1 << 20)
    parts = [compressor.compress(block) for _ in range(size // len(block))]
    parts.append(compressor.compress(b"\0" * (size % len(block))))
    parts.append(compressor.flush())
    return b"".join(parts)


def corrupt_tls_record(connection: socket.socket) -> None:
    """After reading the request over TLS, a corrupt application-data record on the raw socket."""
    raw = socket.socket(fileno=connection.fileno())
    try:
        raw.sendall(b"\x17\x03\x03\x00\x20" + b"\xab" * 32)
        time.sleep(0.3)
    finally:
        raw.detach()


def redirect(location: str) -> Callable[[socket.socket], None]:
    def behave(connection: socket.socket) -> None:
        head = b"HTTP/1.1 307 Temporary Redirect\r\nLocation: %s\r\nContent-Length: 0\r\n\r\n"
        connection.sendall(head % location.encode())

    return behave


def hang() -> Callable[[socket.socket], None]:
    def behave(connection: socket.socket) -> None:
        time.sleep(60)

    return behave


@contextmanager
def serving(
    behaviour: Callable[[socket.socket], None], tls: ssl.SSLContext | None = None
) -> Iterator[MisbehavingServer]:
    with MisbehavingServer(behaviour, tls) as server:
        yield server
