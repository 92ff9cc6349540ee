"""Reliability, round two: nothing lost, nothing leaked, nothing hangs (issue 10, one section per promise).

Every test runs against a real server on loopback: the emulator, or a purpose-built misbehaving one
(tests/misbehaving.py).
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import ssl
import subprocess
import sys
import threading
import time
import traceback
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import trustme

import trtc_sdk
from trtc_sdk import (
    APIError,
    AuthenticationError,
    Client,
    ConfigurationError,
    RequestValidationError,
    ResponseTooLargeError,
    TimeoutError,
    TransportError,
    TRTCError,
    UnexpectedResponseError,
)
from trtc_sdk._core.retry import RetryPolicy
from trtc_sdk.models.call import StartCallInfoParam
from trtc_sdk.testing import Answer, Emulator

from . import misbehaving
from .conftest import FAST_RETRIES

READ = "call_engine_http_srv/get_call_info"
START = "call_engine_http_srv/start_call_by_robot"
KEY = "0123456789abcdef" * 4


def start_call(client: Client) -> Any:
    return client.call.start_call_by_robot(
        robot_account="r", callee_list_account=["u"], timeout=10000, call_info=StartCallInfoParam(media_type="Audio")
    )


# -- 1. a successful call is never lost --------------------------------------------------------------------


def test_a_success_that_does_not_fit_the_model_keeps_everything(
    emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    emulator.script(START, body={"Response": {"CallId": "c-9", "CallResult": "oops", "Extra": 1}})
    caplog.set_level(logging.WARNING, logger="trtc_sdk")
    reply = start_call(emulator.client())
    assert reply.error_code == 0 and reply.response is not None
    assert reply.response.call_id == "c-9"  # what decodes is typed
    assert reply.response.model_extra == {"CallResult": "oops", "Extra": 1}  # the rest is kept raw
    assert [str(m) for m in reply.schema_mismatches] == ["Response.CallResult: Input should be a valid list"]
    warnings = [record for record in caplog.records if "does not match" in record.getMessage()]
    assert len(warnings) == 1 and START in warnings[0].getMessage()


def test_a_missing_always_present_field_is_listed_not_raised(emulator: Emulator) -> None:
    emulator.script(READ, body={"Response": {"UserList": []}})
    reply = emulator.client().call.get_call_info(call_id="c")
    assert reply.response is not None and reply.response.user_list == []
    assert [m.path for m in reply.schema_mismatches] == ["Response.CallInfo"]


def test_strict_responses_raise_with_the_whole_redacted_body_and_the_request_id(emulator: Emulator) -> None:
    filler = "x" * 500
    emulator.script(START, body={"RequestId": "req-77", "Response": {"CallId": 5, "CallResult": 3}, "Pad": filler})
    with pytest.raises(UnexpectedResponseError) as caught:
        start_call(emulator.client(strict_responses=True))
    error = caught.value
    assert error.request_id == "req-77"
    assert filler in error.body and '"CallResult": 3' in error.body  # the whole body, not an excerpt
    assert error.mismatches == ["Response.CallResult: Input should be a valid list"]


def test_api_errors_carry_the_request_id_and_the_whole_redacted_body(emulator: Emulator) -> None:
    emulator.script(READ, body={"RequestId": "req-5", "ErrorCode": 101004, "Detail": {"usersig": "leak"}})
    with pytest.raises(APIError) as caught:
        emulator.client().call.get_call_info(call_id="c")
    assert caught.value.request_id == "req-5"
    assert caught.value.body["Detail"] == {"usersig": "[REDACTED]"}


# -- 2. secrets stay out of frame locals -------------------------------------------------------------------


def _locals_text(error: BaseException) -> str:
    return "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())


@pytest.mark.parametrize("failure", ["transport", "api", "undecodable", "validation"])
def test_no_frame_on_the_request_path_holds_a_secret(emulator: Emulator, failure: str) -> None:
    client = emulator.client(max_retries=0)
    if failure == "transport":
        client = Client(emulator.sdkappid, emulator.secret_key, base_url="http://127.0.0.1:9", max_retries=0)
    elif failure == "api":
        emulator.script(READ, error_code=101004)
    elif failure == "undecodable":
        emulator.script(READ, raw=b"<html>", http_status=502)
    with pytest.raises(TRTCError) as caught:
        if failure == "validation":
            client.call.get_call_info(call_id=7)  # type: ignore[arg-type]
        else:
            client.call.get_call_info(call_id="c")
    text = _locals_text(caught.value)
    assert "call_id" in text or "path" in text  # locals were captured at all
    assert emulator.secret_key not in text
    for sig in [r.usersig for r in emulator.requests] + list(client._usersigs.known_sigs()):
        assert sig and sig not in text
    assert "usersig=" not in text.replace("usersig=[REDACTED]", "")


# -- 3. a non-idempotent command is never sent twice ---------------------------------------------------------


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_context(authority: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    return context


@pytest.fixture
def ca_bundle(authority: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(path))
    return str(path)


def test_a_tls_error_after_the_request_left_is_not_retried_for_a_non_idempotent_command(
    tls_context: ssl.SSLContext, ca_bundle: str
) -> None:
    with misbehaving.serving(misbehaving.corrupt_tls_record, tls_context) as server:
        client = Client(1400000000, KEY, base_url=server.url, ca_bundle=ca_bundle, **FAST_RETRIES)
        with pytest.raises(TransportError) as caught:
            start_call(client)
        assert caught.value.request_sent is True
        assert server.requests == 1  # sent once: the server may have acted


def test_the_same_tls_error_is_retried_for_an_idempotent_command(tls_context: ssl.SSLContext, ca_bundle: str) -> None:
    with misbehaving.serving(misbehaving.corrupt_tls_record, tls_context) as server:
        client = Client(1400000000, KEY, base_url=server.url, ca_bundle=ca_bundle, max_retries=2, **FAST_RETRIES)
        with pytest.raises(TransportError):
            client.call.get_call_info(call_id="c")
        assert server.requests == 3


def test_an_async_tls_error_after_writing_is_a_typed_error_and_not_resent(
    tls_context: ssl.SSLContext, ca_bundle: str
) -> None:
    async def scenario(url: str) -> TransportError:
        async with trtc_sdk.AsyncClient(1400000000, KEY, base_url=url, ca_bundle=ca_bundle, **FAST_RETRIES) as client:
            try:
                await client.call.start_call_by_robot(
                    robot_account="r", callee_list_account=["u"], timeout=10000, call_info={"MediaType": "Audio"}
                )
            except TransportError as error:  # a raw ssl.SSLError would fail the test here
                return error
        raise AssertionError("no error")

    with misbehaving.serving(misbehaving.corrupt_tls_record, tls_context) as server:
        error = asyncio.run(scenario(server.url))
        assert error.request_sent is True and server.requests == 1


def test_a_refused_connection_counts_as_not_sent_and_is_retried() -> None:
    client = Client(1400000000, KEY, base_url="http://127.0.0.1:9", max_retries=2, **FAST_RETRIES)
    with pytest.raises(TransportError) as caught:
        start_call(client)
    assert caught.value.request_sent is False


# -- 4. a deadline is a deadline ------------------------------------------------------------------------------


@pytest.mark.parametrize("behaviour", [misbehaving.trickle(0.2), misbehaving.endless_chunks(0.05)])
def test_timeout_bounds_the_whole_attempt_against_a_trickling_server(behaviour: Any) -> None:
    with misbehaving.serving(behaviour) as server:
        client = Client(1400000000, KEY, base_url=server.url, timeout=1.0, max_retries=0)
        started = time.monotonic()
        with pytest.raises(TimeoutError) as caught:
            client.call.get_call_info(call_id="c")
        elapsed = time.monotonic() - started
    assert caught.value.request_sent is True
    assert elapsed < 2.5  # 1 s, plus scheduling; per-read timeouts alone would run for 30 s or forever


def test_async_timeout_bounds_the_whole_attempt_too() -> None:
    async def scenario(url: str) -> float:
        async with trtc_sdk.AsyncClient(1400000000, KEY, base_url=url, timeout=1.0, max_retries=0) as client:
            started = time.monotonic()
            with pytest.raises(TimeoutError):
                await client.call.get_call_info(call_id="c")
            return time.monotonic() - started

    with misbehaving.serving(misbehaving.trickle(0.2)) as server:
        assert asyncio.run(scenario(server.url)) < 2.5


def test_the_deadline_bounds_a_call_with_its_retries_and_backoff(emulator: Emulator) -> None:
    emulator.script(READ, delay=0.8, times=None)
    client = emulator.client(timeout=0.5, max_retries=10, backoff_initial=0.2, backoff_max=0.4, deadline=1.5)
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        client.call.get_call_info(call_id="c")
    assert time.monotonic() - started < 2.5
    assert 1 < len(emulator.requests_for(READ)) < 10  # retried within the deadline, then stopped


def test_request_options_set_a_deadline_for_one_call(emulator: Emulator) -> None:
    emulator.script(READ, delay=1.0, times=None)
    client = emulator.client(timeout=5, max_retries=0)
    with pytest.raises(TimeoutError):
        client.call.get_call_info(call_id="c", request_options={"timeout": 0.3})
    assert client.timeout == 5  # the client itself is unchanged


# -- 5. bounded replies ----------------------------------------------------------------------------------------


def test_a_compression_bomb_stops_at_the_cap_with_flat_memory() -> None:
    with misbehaving.serving(misbehaving.compression_bomb(64 << 20)) as server:
        client = Client(1400000000, KEY, base_url=server.url, max_retries=0, max_response_bytes=1 << 20)
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError):
                client.call.get_call_info(call_id="c")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 8 << 20  # the 64 MiB the body inflates to is never held


def test_an_oversized_declared_length_is_refused_before_reading(emulator: Emulator) -> None:
    emulator.script(READ, raw=b"x" * 5000, http_status=200)
    with pytest.raises(ResponseTooLargeError, match="max_response_bytes=4096"):
        emulator.client(max_response_bytes=4096, max_retries=0).call.get_call_info(call_id="c")


def test_the_async_client_caps_replies_too() -> None:
    async def scenario(url: str) -> None:
        async with trtc_sdk.AsyncClient(1400000000, KEY, base_url=url, max_retries=0, max_response_bytes=1 << 20) as c:
            with pytest.raises(ResponseTooLargeError):
                await c.call.get_call_info(call_id="c")

    with misbehaving.serving(misbehaving.compression_bomb(16 << 20)) as server:
        asyncio.run(scenario(server.url))


# -- 6. URLs checked the way the transport reads them ----------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com:80\\@127.0.0.1",
        "http://user:pass@127.0.0.1:8080",
        "http://127.0.0.1:8080 /x",
        "http://127.0.0.1:8080\n",
        "http://127.0.0.1:99999",
        "http://127.0.0.1:0",
        "ftp://127.0.0.1",
        "file:///etc/passwd",
        "https://",
        "http://10.0.0.1:8080",
    ],
)
def test_a_base_url_the_parsers_could_read_differently_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError):
        Client(1400000000, KEY, base_url=url)


def test_plain_http_to_loopback_never_goes_through_an_environment_proxy(
    emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    with misbehaving.serving(misbehaving.hang()) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("http_proxy", proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        assert emulator.client().call.get_call_info(call_id="c").error_code == 0
        session = requests.Session()  # a caller's session that trusts the environment
        assert emulator.client(http_client=session).call.get_call_info(call_id="c").error_code == 0
        assert proxy.requests == 0


def test_redirects_are_never_followed_even_through_a_callers_clients(emulator: Emulator) -> None:
    with misbehaving.serving(misbehaving.redirect(emulator.url + "/v4/" + READ)) as server:
        for http_client in (None, requests.Session()):
            client = Client(
                emulator.sdkappid, emulator.secret_key, base_url=server.url, http_client=http_client, max_retries=0
            )
            with pytest.raises(UnexpectedResponseError, match="HTTP 307"):
                client.call.get_call_info(call_id="c")

        async def via_httpx() -> None:
            import httpx

            async with httpx.AsyncClient(follow_redirects=True) as http_client:
                client = trtc_sdk.AsyncClient(
                    emulator.sdkappid, emulator.secret_key, base_url=server.url, http_client=http_client, max_retries=0
                )
                with pytest.raises(UnexpectedResponseError, match="HTTP 307"):
                    await client.call.get_call_info(call_id="c")

        asyncio.run(via_httpx())
    assert emulator.requests == []  # the body and the sig never reached the redirect target


def test_a_callers_httpx_client_without_certificate_checks_gets_the_warning(caplog: pytest.LogCaptureFixture) -> None:
    import httpx

    caplog.set_level(logging.WARNING, logger="trtc_sdk")
    trtc_sdk.AsyncClient(1400000000, KEY, http_client=httpx.AsyncClient(verify=False))
    assert any("verification is OFF" in record.getMessage() for record in caplog.records)


# -- 7. only typed errors escape ------------------------------------------------------------------------------


def _nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(depth):
        value = {"a": value}
    return value


@pytest.mark.parametrize("extra_body", [_nested(100_000), ["not", "a", "mapping"], {1: "int key"}, {"x": object()}])
def test_a_bad_extra_body_is_a_typed_error(emulator: Emulator, extra_body: Any) -> None:
    with pytest.raises(RequestValidationError, match="extra_body"):
        emulator.client().call.get_call_info(call_id="c", extra_body=extra_body)
    assert emulator.requests == []


@pytest.mark.parametrize(
    "settings",
    [
        {"timeout": float("inf")},
        {"timeout": float("nan")},
        {"timeout": -1},
        {"max_retries": 10**9},
        {"deadline": float("inf")},
        {"backoff_max": float("inf")},
        {"ca_bundle": "/no/such/file.pem"},
        {"max_response_bytes": 10},
    ],
)
def test_unusable_settings_fail_at_construction_with_a_typed_error(settings: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        Client(1400000000, KEY, **settings)
    with pytest.raises(ConfigurationError):
        trtc_sdk.AsyncClient(1400000000, KEY, **settings)


def test_the_backoff_never_overflows() -> None:
    policy = RetryPolicy(max_retries=20, initial_delay=0.5, max_delay=8.0)
    assert 4.0 <= policy.delay(5000) <= 8.0


def test_the_cli_refuses_an_infinite_timeout_with_exit_code_2(emulator: Emulator) -> None:
    env = {**os.environ, "TRTC_SDKAPPID": str(emulator.sdkappid), "TRTC_SECRET_KEY": emulator.secret_key}
    result = subprocess.run(
        [sys.executable, "-m", "trtc_sdk", "--base-url", emulator.url, "--timeout", "inf", "call", "get_call_info",
         "--call-id", "c"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_a_corrupt_compressed_reply_is_a_typed_error_in_both_clients(emulator: Emulator) -> None:
    emulator.script(READ, raw=b"not gzip at all", headers={"Content-Encoding": "gzip"}, times=2)
    with pytest.raises(UnexpectedResponseError, match="corrupt"):
        emulator.client(max_retries=0).call.get_call_info(call_id="c")

    async def scenario() -> None:
        async with emulator.async_client(max_retries=0) as client:
            with pytest.raises(UnexpectedResponseError, match="corrupt"):
                await client.call.get_call_info(call_id="c")

    asyncio.run(scenario())


def _every_error_class() -> Iterator[TRTCError]:
    yield TRTCError("plain")
    yield ConfigurationError("bad setting")
    yield RequestValidationError("svc/cmd", [("field", "problem")])
    yield trtc_sdk.ModelValidationError("Model", [("field", "problem")])
    for cls in (APIError, AuthenticationError, trtc_sdk.RateLimitError, trtc_sdk.NotFoundError, trtc_sdk.ServerError):
        yield cls(path="svc/cmd", code=70001, info="i", request_id="r", body={"ErrorCode": 70001}, retry="resign")
    yield TransportError("lost", path="svc/cmd", request_sent=True)
    yield TimeoutError("slow", path="svc/cmd", request_sent=False)
    yield ResponseTooLargeError("big", path="svc/cmd", request_sent=True)
    yield UnexpectedResponseError("odd", path="svc/cmd", status_code=502, body="<html>", request_id="r")
    yield trtc_sdk.usersig.UserSigError(trtc_sdk.usersig.UserSigErrorReason.EXPIRED, "old")


@pytest.mark.parametrize("error", list(_every_error_class()), ids=lambda e: type(e).__name__)
def test_every_error_survives_pickle_with_its_attributes(error: TRTCError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error) and copy.__dict__ == error.__dict__


def test_trtc_timeout_error_is_also_the_builtin_timeout_error() -> None:
    assert issubclass(trtc_sdk.TimeoutError, TimeoutError.__mro__[1]) and issubclass(trtc_sdk.TimeoutError, OSError)
    import builtins

    assert issubclass(trtc_sdk.TimeoutError, builtins.TimeoutError)


# -- 8. retries respect the server and the clock --------------------------------------------------------------


def test_retry_after_is_honoured(emulator: Emulator) -> None:
    emulator.script(READ, error_code=60007, headers={"Retry-After": "1"})
    emulator.client(**FAST_RETRIES).call.get_call_info(call_id="c")
    first, second = emulator.requests_for(READ)
    assert second.received_at - first.received_at >= 0.95


def test_a_retry_after_longer_than_the_deadline_gives_up_at_once(emulator: Emulator) -> None:
    emulator.script(READ, error_code=60007, headers={"Retry-After": "3600"})
    started = time.monotonic()
    with pytest.raises(trtc_sdk.RateLimitError):
        emulator.client(deadline=2.0, **FAST_RETRIES).call.get_call_info(call_id="c")
    assert time.monotonic() - started < 1.5
    assert len(emulator.requests_for(READ)) == 1


def test_simultaneous_70001s_remint_the_usersig_once(emulator: Emulator) -> None:
    client = emulator.client(**FAST_RETRIES)
    client.call.get_call_info(call_id="warm")  # the first sig
    [first_sig] = client._usersigs.known_sigs()
    # The server refuses that sig (as if it had expired), whichever thread sends it.
    emulator.fault_injector = lambda request: Answer(error_code=70001) if request.usersig == first_sig else None
    barrier = threading.Barrier(16)

    def call() -> None:
        barrier.wait()
        client.call.get_call_info(call_id="c")

    threads = [threading.Thread(target=call) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # one refused generation: one renewal (two mints when it fell in the refused sig's second)
    assert client._usersigs.mints in (2, 3)
    refused = {r.usersig for r in emulator.requests_for(READ) if r.error_code == 70001}
    resent = {r.usersig for r in emulator.requests_for(READ)[1:] if r.error_code == 0}
    assert resent and not resent & refused  # the refused sig is never sent as if it were new


# -- 9. no partial secrets ------------------------------------------------------------------------------------


def test_an_echoed_key_is_redacted_before_the_excerpt_is_cut(emulator: Emulator) -> None:
    body = ("a" * 100 + emulator.secret_key + "b" * 100).encode()
    emulator.script(READ, raw=body, http_status=502)
    with pytest.raises(UnexpectedResponseError) as caught:
        emulator.client(max_retries=0).call.get_call_info(call_id="c")
    assert emulator.secret_key[:8] not in caught.value.excerpt and emulator.secret_key[:8] not in caught.value.body
    assert emulator.secret_key[:8] not in str(caught.value)


def test_a_json_quoted_usersig_is_redacted(emulator: Emulator) -> None:
    emulator.script(READ, raw=b'{"ErrorCode": 70003, "ErrorInfo": "bad", "Echo": {"UserSig": "eJwAbCdEf123"}}')
    with pytest.raises(AuthenticationError) as caught:
        emulator.client(max_retries=0).call.get_call_info(call_id="c")
    assert "eJwAbCdEf123" not in repr(caught.value.body) and "eJwAbCdEf123" not in str(caught.value)


@pytest.mark.parametrize(
    "arguments",
    [
        ["--secret_key", "SECRET-VALUE-123", "list"],
        ["--secret-key", "SECRET-VALUE-123", "list"],
        ["--sdkappid", "SECRET-VALUE-123", "list"],
        ["call", "get_call_info", "--timeout-x", "SECRET-VALUE-123"],
    ],
)
def test_the_cli_never_echoes_a_secret_in_an_argument_error(arguments: list[str]) -> None:
    env = {**os.environ, "TRTC_SECRET_KEY": "SECRET-VALUE-123"}
    result = subprocess.run(
        [sys.executable, "-m", "trtc_sdk", *arguments], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 2
    assert "SECRET-VALUE-123" not in result.stderr + result.stdout
