"""Secret hygiene as a figure: with every logger at DEBUG (ours, urllib3, httpx, httpcore), run
successful and failing calls with the sync client, the async client and the CLI, collect the logs,
reprs, messages and full tracebacks, and count occurrences of the secret key and of every UserSig."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import socket
import subprocess
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from trtc_sdk import Client, TRTCError
from trtc_sdk.testing import Emulator

READ = "call_engine_http_srv/get_call_info"
FAST = {"backoff_initial": 0.001, "backoff_max": 0.005}


@contextmanager
def all_logs_at_debug() -> Iterator[io.StringIO]:
    """Every record of every logger, formatted with tracebacks, into one text."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)


def describe_errors(errors: list[BaseException]) -> list[str]:
    return [
        text
        for error in errors
        for text in (
            str(error),
            repr(error),
            "".join(traceback.format_exception(error)),
            # what error reporters such as Sentry record: every frame's local variables
            "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format()),
        )
    ]


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def sync_scenario(emulator: Emulator) -> list[str]:
    """A success, then an auth error echoing the key, a 502, a dropped connection, a timeout, a refused connection."""
    client = emulator.client(timeout=0.3, **FAST)
    client.call.get_call_info(call_id="c")
    emulator.script(READ, error_code=70009, error_info=f"bad sig usersig={emulator.secret_key}")
    emulator.script(READ, http_status=502, raw=b"<html>bad gateway</html>", times=3)
    emulator.script(READ, drop=True, times=3)
    emulator.script(READ, delay=0.5, times=3)
    errors: list[BaseException] = []
    for _ in range(4):
        try:
            client.call.get_call_info(call_id="c")
        except TRTCError as exc:
            errors.append(exc)
    refused = Client(emulator.sdkappid, emulator.secret_key, base_url=f"http://127.0.0.1:{unused_port()}", **FAST)
    try:
        refused.call.end_call(call_id="x")
    except TRTCError as exc:
        errors.append(exc)
    assert len(errors) == 5, errors
    return [repr(client), str(client), repr(client._usersigs), repr(client._secret_key), *describe_errors(errors)]


def async_scenario(emulator: Emulator) -> list[str]:
    async def calls() -> list[str]:
        async with emulator.async_client(timeout=0.3, **FAST) as client:
            await client.call.get_call_info(call_id="c")
            emulator.script(READ, http_status=502, raw=b"x", times=3)
            try:
                await client.call.get_call_info(call_id="c")
            except TRTCError as exc:
                return [repr(client), *describe_errors([exc])]
        raise AssertionError("the scripted 502s did not fail the call")

    return asyncio.run(calls())


def cli_scenario(emulator: Emulator) -> list[str]:
    """The CLI's stdout and stderr for a success and a failure, with TRTC_LOG=debug."""
    env = {
        **os.environ,
        "TRTC_SDKAPPID": str(emulator.sdkappid),
        "TRTC_SECRET_KEY": emulator.secret_key,
        "TRTC_BASE_URL": emulator.url,
        "TRTC_LOG": "debug",
    }
    outputs = []
    for script in (None, 70009):
        if script:
            emulator.script(READ, error_code=script, error_info=f"key {emulator.secret_key}")
        done = subprocess.run(
            [sys.executable, "-m", "trtc_sdk", "call", "get_call_info", "--call-id", "c"],
            env=env,
            capture_output=True,
            text=True,
        )
        outputs += [done.stdout, done.stderr]
    assert "usersig=[REDACTED]" in outputs[1], "the CLI's debug log did not run"
    return outputs


@dataclass
class ScanFigures:
    characters: int
    secrets: int
    hits: int
    sources: str

    def lines(self) -> list[str]:
        return [
            f"{self.characters:,} characters of captured text ({self.sources}) scanned for the secret key and "
            f"{self.secrets - 1} distinct UserSigs",
            f"occurrences found: {self.hits}",
        ]

    @property
    def ok(self) -> bool:
        return self.hits == 0 and self.secrets > 1


def scan(texts: list[str], emulator: Emulator) -> ScanFigures:
    combined = "\n".join(texts)
    secrets = {emulator.secret_key, *(request.usersig for request in emulator.requests if request.usersig)}
    hits = sum(combined.count(secret) for secret in secrets)
    sources = "DEBUG logs of every logger, reprs, messages, tracebacks with frame locals, CLI stdout/stderr"
    return ScanFigures(len(combined), len(secrets), hits, sources)


def run() -> ScanFigures:
    with Emulator() as emulator, all_logs_at_debug() as logs:
        texts = sync_scenario(emulator) + async_scenario(emulator) + cli_scenario(emulator)
        texts.append(logs.getvalue())
        return scan(texts, emulator)


if __name__ == "__main__":
    figures = run()
    print("\n".join(figures.lines()))
    raise SystemExit(0 if figures.ok else 1)
