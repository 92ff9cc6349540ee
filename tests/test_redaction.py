"""The secret key and UserSigs never appear in logs (ours, urllib3's, httpx's), reprs, messages,
tracebacks or CLI output."""

from __future__ import annotations

import pytest

from bench.secret_scan import all_logs_at_debug, async_scenario, cli_scenario, scan, sync_scenario
from trtc_sdk import TRTCError
from trtc_sdk.testing import Emulator


def test_sync_client_logs_errors_reprs_and_tracebacks_hold_no_secret(emulator: Emulator) -> None:
    with all_logs_at_debug() as logs:
        texts = sync_scenario(emulator)
    assert "urllib3.connectionpool DEBUG" in logs.getvalue()  # the transport's own logging was on
    assert "usersig=[REDACTED]" in logs.getvalue()
    assert scan([*texts, logs.getvalue()], emulator).hits == 0


def test_async_client_logs_hold_no_secret(emulator: Emulator) -> None:
    with all_logs_at_debug() as logs:
        texts = async_scenario(emulator)
    assert "httpx INFO HTTP Request: POST" in logs.getvalue()  # httpx logs every URL at INFO
    assert scan([*texts, logs.getvalue()], emulator).hits == 0


def test_cli_output_holds_no_secret(emulator: Emulator) -> None:
    assert scan(cli_scenario(emulator), emulator).hits == 0


def test_a_secret_echoed_by_the_server_is_redacted_from_the_error(emulator: Emulator) -> None:
    client = emulator.client(max_retries=0)
    emulator.script(
        "call_engine_http_srv/get_call_info", error_code=70009, error_info=f"key {emulator.secret_key} refused"
    )
    with pytest.raises(TRTCError) as caught:
        client.call.get_call_info(call_id="c")
    assert emulator.secret_key not in str(caught.value) and "[REDACTED]" in str(caught.value)
