"""Which failures are retried, for which commands, and that non-idempotent commands are never resent
after an ambiguous failure."""

from __future__ import annotations

import logging
import socket
from typing import Any

import pytest

from trtc_sdk import (
    APIError,
    AuthenticationError,
    Client,
    RateLimitError,
    ServerError,
    TimeoutError,
    TransportError,
    UnexpectedResponseError,
)
from trtc_sdk.models.call import StartCallInfoParam
from trtc_sdk.testing import Emulator

from .conftest import FAST_RETRIES

READ = "call_engine_http_srv/get_call_info"  # idempotent
START = "call_engine_http_srv/start_call_by_robot"  # not idempotent


def start_call(client: Client) -> Any:
    return client.call.start_call_by_robot(
        robot_account="robot",
        callee_list_account=["u"],
        timeout=10000,
        call_info=StartCallInfoParam(media_type="Audio"),
    )


@pytest.mark.parametrize("code", [60007, 60011, 60018, 60019])
def test_throttling_is_retried_even_for_non_idempotent_commands(client: Client, emulator: Emulator, code: int) -> None:
    emulator.script(START, error_code=code, times=2)
    assert start_call(client).error_code == 0
    assert [r.error_code for r in emulator.requests_for(START)] == [code, code, 0]
    assert emulator.executions(START) == 1


def test_throttling_gives_up_after_max_retries_with_a_rate_limit_error(client: Client, emulator: Emulator) -> None:
    emulator.script(READ, error_code=60007, times=None)
    with pytest.raises(RateLimitError) as caught:
        client.call.get_call_info(call_id="c")
    assert caught.value.code == 60007 and caught.value.path == READ
    assert len(emulator.requests_for(READ)) == 3  # 1 + max_retries (2)


@pytest.mark.parametrize(
    "fault",
    [
        {"http_status": 502, "raw": b"<html>Bad Gateway</html>", "executed": True},
        {"drop": True, "executed": True},
        {"error_code": 101001, "executed": True},  # "internal error, retry": the command may have run
        {"error_code": 60008, "executed": True},  # server-side timeout
    ],
    ids=["http-502", "dropped-connection", "internal-error", "server-timeout"],
)
def test_ambiguous_failures_retry_idempotent_commands_only(
    client: Client, emulator: Emulator, fault: dict[str, Any]
) -> None:
    emulator.script(READ, **fault)
    assert client.call.get_call_info(call_id="c").error_code == 0
    assert len(emulator.requests_for(READ)) == 2

    emulator.script(START, **fault)
    with pytest.raises((TransportError, ServerError, UnexpectedResponseError)):
        start_call(client)
    assert len(emulator.requests_for(START)) == 1  # never sent twice


def test_a_timeout_is_retried_for_idempotent_commands_only(emulator: Emulator) -> None:
    client = emulator.client(timeout=0.3, **FAST_RETRIES)
    emulator.script(READ, delay=1.0)
    assert client.call.get_call_info(call_id="c").error_code == 0
    emulator.script(START, delay=1.0)
    with pytest.raises(TimeoutError) as caught:
        start_call(client)
    assert caught.value.request_sent is True
    assert len(emulator.requests_for(START)) == 1


def test_expired_usersig_is_resigned_once_and_retried(client: Client, emulator: Emulator) -> None:
    emulator.script(START, error_code=70001)
    assert start_call(client).error_code == 0
    refused, accepted = emulator.requests_for(START)
    assert (refused.error_code, accepted.error_code) == (70001, 0)
    assert accepted.usersig != refused.usersig  # the identical refused sig is never resent
    # minted at first use, then once after the 70001 (twice when that fell in the same second, which
    # tls-sig-api-v2 answers with the same text)
    assert client._usersigs.mints in (2, 3)
    assert emulator.executions(START) == 1


def test_resigning_happens_once_even_with_retries_disabled(emulator: Emulator) -> None:
    client = emulator.client(max_retries=0)
    emulator.script(READ, error_code=70001, times=2)
    with pytest.raises(AuthenticationError) as caught:
        client.call.get_call_info(call_id="c")
    assert caught.value.code == 70001
    assert "check this host's clock" in str(caught.value)  # a sig minted a moment ago was refused too
    assert len(emulator.requests_for(READ)) == 2


def test_max_retries_zero_disables_retries(emulator: Emulator) -> None:
    client = emulator.client(max_retries=0)
    emulator.script(READ, error_code=60007)
    with pytest.raises(RateLimitError):
        client.call.get_call_info(call_id="c")
    assert len(emulator.requests_for(READ)) == 1


def test_with_options_overrides_retries_per_call(client: Client, emulator: Emulator) -> None:
    emulator.script(READ, error_code=60007, times=None)
    with pytest.raises(RateLimitError):
        client.with_options(max_retries=4).call.get_call_info(call_id="c")
    assert len(emulator.requests_for(READ)) == 5
    assert client.max_retries == 2


def test_caller_errors_are_not_retried(client: Client, emulator: Emulator) -> None:
    emulator.script(READ, error_code=101004)
    with pytest.raises(APIError):
        client.call.get_call_info(call_id="c")
    assert len(emulator.requests_for(READ)) == 1


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_connection_refused_is_retried_for_any_command_and_reports_not_sent(caplog: pytest.LogCaptureFixture) -> None:
    client = Client(1400000000, "k", base_url=f"http://127.0.0.1:{unused_port()}", **FAST_RETRIES)
    caplog.set_level(logging.DEBUG, logger="trtc_sdk")
    with pytest.raises(TransportError) as caught:
        start_call(client)
    assert caught.value.request_sent is False
    attempts = [r for r in caplog.records if r.name == "trtc_sdk" and r.getMessage().startswith("POST ")]
    assert len(attempts) == 3


def test_every_attempt_uses_a_fresh_random(client: Client, emulator: Emulator) -> None:
    emulator.script(READ, error_code=60007, times=2)
    client.call.get_call_info(call_id="c")
    randoms = {r.query["random"] for r in emulator.requests_for(READ)}
    assert len(randoms) == 3
