"""The secret key and UserSigs never appear in logs (ours, urllib3's, httpx's), reprs, messages or tracebacks."""

from __future__ import annotations

import asyncio
import io
import logging
import socket
import traceback
from collections.abc import Iterator

import pytest

from trtc_sdk import Client, TRTCError
from trtc_sdk.testing import Emulator

from .conftest import FAST_RETRIES

READ = "call_engine_http_srv/get_call_info"


@pytest.fixture
def all_logs() -> Iterator[io.StringIO]:
    """Every record of every logger at DEBUG, formatted with tracebacks, as one text."""
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


def leaks(text: str, emulator: Emulator) -> list[str]:
    secrets = [emulator.secret_key, *(request.usersig for request in emulator.requests if request.usersig)]
    assert len(secrets) > 1, "the scenario must have sent signed requests"
    return [secret[:12] for secret in secrets if secret in text]


def failing_calls(client: Client, emulator: Emulator) -> list[BaseException]:
    caught: list[BaseException] = []
    emulator.script(READ, error_code=70009, error_info=f"bad sig usersig={emulator.secret_key}")
    emulator.script(READ, http_status=502, raw=b"<html>bad gateway</html>", times=3)
    emulator.script(READ, drop=True, times=3)
    emulator.script(READ, delay=0.5, times=3)
    for _ in range(4):
        try:
            client.call.get_call_info(call_id="c")
        except TRTCError as exc:
            caught.append(exc)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    try:
        Client(
            emulator.sdkappid, emulator.secret_key, base_url=f"http://127.0.0.1:{port}", **FAST_RETRIES
        ).call.end_call(call_id="x")
    except TRTCError as exc:
        caught.append(exc)
    return caught


def test_logs_errors_reprs_and_tracebacks_hold_no_secret(emulator: Emulator, all_logs: io.StringIO) -> None:
    client = emulator.client(timeout=0.3, **FAST_RETRIES)
    client.call.get_call_info(call_id="c")
    errors = failing_calls(client, emulator)
    assert len(errors) == 5
    texts = [all_logs.getvalue(), repr(client), str(client), repr(client._usersigs), repr(client._secret_key)]
    for error in errors:
        texts += [str(error), repr(error), "".join(traceback.format_exception(error))]
    combined = "\n".join(texts)
    assert "urllib3.connectionpool DEBUG" in combined  # the transport's own logging was on
    assert "usersig=[REDACTED]" in combined
    assert leaks(combined, emulator) == []


def test_a_secret_echoed_by_the_server_is_redacted_from_the_error(emulator: Emulator) -> None:
    client = emulator.client(max_retries=0)
    emulator.script(READ, error_code=70009, error_info=f"key {emulator.secret_key} refused")
    with pytest.raises(TRTCError) as caught:
        client.call.get_call_info(call_id="c")
    assert emulator.secret_key not in str(caught.value) and "[REDACTED]" in str(caught.value)


def test_the_async_client_logs_no_secret(emulator: Emulator, all_logs: io.StringIO) -> None:
    async def scenario() -> list[str]:
        texts = []
        async with emulator.async_client(timeout=0.3, **FAST_RETRIES) as client:
            await client.call.get_call_info(call_id="c")
            emulator.script(READ, http_status=502, raw=b"x", times=3)
            try:
                await client.call.get_call_info(call_id="c")
            except TRTCError as exc:
                texts += [str(exc), "".join(traceback.format_exception(exc))]
            texts.append(repr(client))
        return texts

    texts = asyncio.run(scenario())
    combined = all_logs.getvalue() + "\n".join(texts)
    assert "httpx INFO HTTP Request: POST" in combined  # httpx logs every URL at INFO
    assert leaks(combined, emulator) == []
