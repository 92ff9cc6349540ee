"""Fuzzing through a real socket: servers that hang, trickle, stream forever, bomb, lie about lengths,
cut replies at random offsets or corrupt TLS records, against the sync and the async client.

The property, for every case: the call ends within its deadline (timeout plus a scheduling margin)
with the typed reply or a TRTCError, never another exception and never a hang; a non-idempotent
command reaches the server at most once.
"""

from __future__ import annotations

import asyncio
import logging
import random
import socket
import ssl
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import trustme

import trtc_sdk
from tests import misbehaving
from trtc_sdk import Client, TRTCError

TIMEOUT = 0.5
RETRIES = 1
MARGIN = 1.0
DEADLINE = (RETRIES + 1) * TIMEOUT + MARGIN  # every attempt bounded by the timeout, plus scheduling
KEY = "0123456789abcdef" * 4
BODY = misbehaving.OK_BODY


def _reply(status: bytes = b"200 OK", headers: bytes = b"", body: bytes = BODY) -> bytes:
    return b"HTTP/1.1 " + status + b"\r\nContent-Length: %d\r\n" % len(body) + headers + b"\r\n" + body


def cut_at(offset: int) -> Callable[[socket.socket], None]:
    def behave(connection: socket.socket) -> None:
        connection.sendall(_reply()[:offset])

    return behave


def garbage(seed: int) -> Callable[[socket.socket], None]:
    data = random.Random(seed).randbytes(random.Random(seed + 1).randint(1, 4000))

    def behave(connection: socket.socket) -> None:
        connection.sendall(data)

    return behave


def lying_length(extra: int) -> Callable[[socket.socket], None]:
    def behave(connection: socket.socket) -> None:
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % (len(BODY) + extra) + BODY)
        time.sleep(TIMEOUT * 3)

    return behave


def huge_headers(size: int) -> Callable[[socket.socket], None]:
    def behave(connection: socket.socket) -> None:
        connection.sendall(_reply(headers=b"X-Big: " + b"a" * size + b"\r\n"))

    return behave


@dataclass
class SocketFuzzFigures:
    cases: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    slowest: float = 0.0
    resent_non_idempotent: int = 0
    bad: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        top = ", ".join(f"{name} {count}" for name, count in self.outcomes.most_common())
        return [
            f"{self.cases} calls against misbehaving servers (hang, trickle, endless chunks, gzip bombs, lying "
            "Content-Length, replies cut at every offset, random bytes, huge headers, corrupt TLS records), "
            f"sync and async: {top}",
            f"slowest call {self.slowest:.2f} s with timeout {TIMEOUT} s and {RETRIES} retry "
            f"(bound {DEADLINE} s); "
            f"non-idempotent commands that reached a server twice: {self.resent_non_idempotent}; "
            f"other exceptions: {len(self.bad)}",
        ]

    @property
    def ok(self) -> bool:
        return not self.bad and self.resent_non_idempotent == 0 and self.slowest < DEADLINE


def _behaviours(rounds: int) -> list[tuple[str, Callable[[socket.socket], None], bool]]:
    """(label, behaviour, over TLS) for every case."""
    rng = random.Random(11)
    cases: list[tuple[str, Callable[[socket.socket], None], bool]] = [
        ("hang", misbehaving.hang(), False),
        ("trickle", misbehaving.trickle(0.1), False),
        ("endless chunks", misbehaving.endless_chunks(0.02), False),
        ("gzip bomb", misbehaving.compression_bomb(32 << 20), False),
        ("corrupt TLS record", misbehaving.corrupt_tls_record, True),
    ]
    cases += [("cut", cut_at(offset), False) for offset in range(0, len(_reply()), 7)]
    for _ in range(rounds):
        kind = rng.choice(["garbage", "lying length", "huge headers"])
        if kind == "garbage":
            cases.append((kind, garbage(rng.randint(0, 10**6)), False))
        elif kind == "lying length":
            cases.append((kind, lying_length(rng.randint(1, 10_000)), False))
        else:
            cases.append((kind, huge_headers(rng.choice([100, 70_000, 200_000])), False))
    return cases


def run(rounds: int = 60) -> SocketFuzzFigures:
    figures = SocketFuzzFigures()
    logging.getLogger("trtc_sdk").setLevel(logging.ERROR)  # lenient decodes warn; the figures count them
    authority = trustme.CA()
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(tls)
    with authority.cert_pem.tempfile() as bundle:
        for label, behaviour, over_tls in _behaviours(rounds):
            for flavour in ("sync", "async"):
                for idempotent in (True, False):
                    with misbehaving.serving(behaviour, tls if over_tls else None) as server:
                        _one(figures, label, flavour, idempotent, server, bundle)
    return figures


def _one(figures: SocketFuzzFigures, label: str, flavour: str, idempotent: bool, server: Any, bundle: str) -> None:
    settings: dict[str, Any] = {
        "base_url": server.url,
        "timeout": TIMEOUT,
        "max_retries": RETRIES,
        "backoff_initial": 0.0,
        "backoff_max": 0.0,
        "max_response_bytes": 1 << 20,
        "ca_bundle": bundle,
    }
    started = time.monotonic()
    try:
        if flavour == "sync":
            with Client(1400000000, KEY, **settings) as client:
                _call(client, idempotent)
        else:
            asyncio.run(_call_async(settings, idempotent))
        outcome = "decoded"
    except TRTCError as error:
        outcome = type(error).__name__
    except Exception as error:  # the figure that must stay 0
        outcome = "other"
        figures.bad.append(f"{label} {flavour}: {error!r}")
    elapsed = time.monotonic() - started
    figures.cases += 1
    figures.outcomes[outcome] += 1
    figures.slowest = max(figures.slowest, elapsed)
    if not idempotent and server.requests > 1:
        figures.resent_non_idempotent += 1


def _call(client: Client, idempotent: bool) -> None:
    if idempotent:
        client.call.get_call_info(call_id="c")
    else:
        client.call.start_call_by_robot(
            robot_account="r", callee_list_account=["u"], timeout=10000, call_info={"MediaType": "Audio"}
        )


async def _call_async(settings: dict[str, Any], idempotent: bool) -> None:
    async with trtc_sdk.AsyncClient(1400000000, KEY, **settings) as client:
        if idempotent:
            await client.call.get_call_info(call_id="c")
        else:
            await client.call.start_call_by_robot(
                robot_account="r", callee_list_account=["u"], timeout=10000, call_info={"MediaType": "Audio"}
            )
