"""Bulk jobs and call controls (issue 14): client-side rate limits (in-process and shared through a real
redis-server), chunked batch helpers with one account of every item, raw responses, attempt hooks and
OpenTelemetry spans, and the CLI's --from-file."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import trtc_sdk
from trtc_sdk import Client
from trtc_sdk._core.ratelimit import LocalRateLimiter, RedisRateLimiter
from trtc_sdk.observability import AttemptEvent, LoggingHook, OpenTelemetryHook
from trtc_sdk.testing import Emulator

from .conftest import FAST_RETRIES

READ = "call_engine_http_srv/get_call_info"
CHECK = "im_open_login_svc/account_check"
BATCH_SEND = "openim/batchsendmsg"
IMPORT = "im_open_login_svc/multiaccount_import"


def refusals(emulator: Emulator) -> int:
    return sum(1 for request in emulator.requests if request.error_code == 60007)


def busiest_second(emulator: Emulator, path: str) -> int:
    """Most requests to `path` the emulator received in any one-second window."""
    times = sorted(request.received_at for request in emulator.requests_for(path))
    start, most = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most


# -- client-side rate limits ----------------------------------------------------------------------------------


def test_without_the_limiter_a_burst_is_throttled_by_the_documented_rate() -> None:
    with Emulator(enforce_rate_limits=True) as emulator:
        client = emulator.client(max_retries=0)
        outcomes: list[str] = []

        def work(worker: int) -> None:
            for index in range(100):
                try:
                    client.call.get_call_info(call_id=f"{worker}-{index}")
                    outcomes.append("ok")
                except trtc_sdk.RateLimitError:
                    outcomes.append("60007")

        threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]  # 800 calls at once, 200/s allowed
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert outcomes.count("60007") > 0 and refusals(emulator) == outcomes.count("60007")


def test_the_limiter_keeps_threads_of_one_client_under_the_documented_rate() -> None:
    with Emulator(enforce_rate_limits=True) as emulator:
        client = emulator.client(rate_limit=True, max_retries=0)

        def work(worker: int) -> None:
            for index in range(60):
                client.call.get_call_info(call_id=f"{worker}-{index}")

        threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(emulator.requests_for(READ)) == 480
        assert refusals(emulator) == 0  # every call succeeded: no RateLimitError was raised either


def test_the_limiter_keeps_tasks_of_an_async_client_under_the_documented_rate() -> None:
    with Emulator(enforce_rate_limits=True) as emulator:

        async def scenario() -> None:
            async with emulator.async_client(rate_limit=True, max_retries=0) as client:
                await asyncio.gather(*(client.call.get_call_info(call_id=f"c{n}") for n in range(450)))

        asyncio.run(scenario())
        assert refusals(emulator) == 0 and len(emulator.requests_for(READ)) == 450


def test_a_fraction_of_the_documented_rate_is_respected() -> None:
    clock = iter(float(n) / 1000 for n in range(10**6))
    limiter = LocalRateLimiter(fraction=0.5, burst_seconds=1.0, clock=lambda: next(clock))
    waits = [limiter.reserve("svc/cmd", 10) for _ in range(20)]
    assert waits[:5] == [0.0] * 5  # the burst: one second at 5/s
    assert waits[6] > waits[5] > 0  # then one slot every 0.2 s


def test_commands_of_one_documented_quota_share_a_bucket() -> None:
    limiter = LocalRateLimiter(clock=lambda: 100.0)
    for _ in range(2):
        limiter.reserve("gifts", 2.0)
    assert limiter.reserve("gifts", 2.0) > 0  # a third call in the same instant waits...
    assert limiter.reserve("other", 2.0) == 0  # ...while another bucket does not


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (.ci/run installs it with apt-get where it can)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        import redis

        for _ in range(100):
            try:
                redis.Redis(port=port).ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)


FLEET_WORKER = """
import sys, redis
from trtc_sdk import Client
from trtc_sdk._core.ratelimit import RedisRateLimiter
sdkappid, key, base_url, redis_url, calls = sys.argv[1:6]
limiter = RedisRateLimiter(redis.Redis.from_url(redis_url))
client = Client(int(sdkappid), key, base_url=base_url, rate_limit=limiter, max_retries=0)
for n in range(int(calls)):
    client.account.account_check(check_item=[{"UserID": f"u{n}"}])
"""


def test_a_fleet_of_processes_shares_one_quota_through_redis(redis_url: str) -> None:
    with Emulator(enforce_rate_limits=True) as emulator:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        command = [sys.executable, "-c", FLEET_WORKER, str(emulator.sdkappid), emulator.secret_key, emulator.url]
        workers = [
            subprocess.Popen([*command, redis_url, "80"], env=env, stderr=subprocess.PIPE, text=True) for _ in range(3)
        ]
        for worker in workers:
            assert worker.wait(timeout=120) == 0, worker.stderr.read() if worker.stderr else ""
        assert len(emulator.requests_for(CHECK)) == 240
        assert refusals(emulator) == 0  # 3 processes x 80 calls at a documented 100/s, no 60007
        assert busiest_second(emulator, CHECK) <= 100 + 100  # the rate, plus a second's burst at the start


def test_the_redis_limiter_reserves_atomically_on_the_servers_clock(redis_url: str) -> None:
    import redis

    limiter = RedisRateLimiter(redis.Redis.from_url(redis_url), burst_seconds=0.0, prefix="t:")
    limiter.app = "1400000000"
    waits = [limiter.reserve("svc/cmd", 10.0) for _ in range(5)]
    assert waits[0] == 0.0 and all(0.05 < later - earlier < 0.15 for earlier, later in itertools.pairwise(waits))


# -- chunked batch helpers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("count", "calls"), [(1, 1), (100, 1), (101, 2), (250, 3)])
def test_batches_split_at_the_documented_size(client: Client, emulator: Emulator, count: int, calls: int) -> None:
    items = [{"UserID": f"u{n}"} for n in range(count)]
    result = client.account.account_check_in_batches(check_item=items)
    sent = [request.json["CheckItem"] for request in emulator.requests_for(CHECK)]
    assert [len(chunk) for chunk in sent] == [min(100, count - 100 * n) for n in range(calls)]
    assert result.calls == calls and len(result.succeeded) + len(result.failed) == count


def test_a_bad_item_fails_the_job_before_anything_is_sent(client: Client, emulator: Emulator) -> None:
    items: list[Any] = [{"UserID": f"u{n}"} for n in range(150)] + [{"UserID": 7}]
    with pytest.raises(trtc_sdk.RequestValidationError):
        client.account.account_check_in_batches(check_item=items)
    assert emulator.requests == []


def test_per_item_failures_and_whole_call_failures_are_accounted_item_by_item(emulator: Emulator) -> None:
    client = emulator.client(max_retries=1, **FAST_RETRIES)
    items = [{"UserID": f"u{n}"} for n in range(300)]
    ok = {"ResultItem": [{"UserID": f"u{n}", "ResultCode": 0, "AccountStatus": "Imported"} for n in range(100)]}
    partial = {"ResultItem": [{"UserID": f"u{n}", "ResultCode": 70107 if n < 102 else 0} for n in range(100, 200)]}
    emulator.script(CHECK, body=ok)
    emulator.script(CHECK, body=partial)
    emulator.script(CHECK, error_code=60007, times=2)  # the third call is throttled, then out of retries
    progress: list[tuple[int, int]] = []
    result = client.account.account_check_in_batches(
        check_item=items, progress=lambda p: progress.append((p.calls_done, p.items_done))
    )
    failed_codes = [(f.item["UserID"], f.code) for f in result.failed]
    assert failed_codes[:2] == [("u100", 70107), ("u101", 70107)]
    assert [code for _, code in failed_codes[2:]] == [60007] * 100
    assert len(result.succeeded) == 198 and result.unknown == []
    assert progress == [(1, 100), (2, 200), (3, 300)]


def test_a_job_resumes_without_duplicates(emulator: Emulator) -> None:
    """batchsendmsg is not safe to repeat: a call whose outcome is unknown is reported, never resent."""
    client = emulator.client(max_retries=3, **FAST_RETRIES)
    receivers = [f"u{n}" for n in range(1200)]
    body = [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hello"}}]
    emulator.script(BATCH_SEND, times=1)  # the first call goes through normally...
    emulator.script(BATCH_SEND, drop=True, executed=True)  # ...the second runs, then its connection drops
    first = client.message.batchsendmsg_in_batches(to_account=receivers, msg_body=body, msg_random=7)
    assert len(first.unknown) == 500 and first.unknown == receivers[500:1000]
    assert len(emulator.requests_for(BATCH_SEND)) == 3  # one request per call: the unknown one was not resent
    # Resume: the caller checks the unknown call (here: it ran) and sends only what is still owed.
    delivered = {r for req in emulator.requests_for(BATCH_SEND) if req.executed for r in req.json["To_Account"]}
    owed = [r for r in receivers if r not in delivered]
    client.message.batchsendmsg_in_batches(to_account=owed, msg_body=body, msg_random=8)
    deliveries = [r for req in emulator.requests_for(BATCH_SEND) if req.executed for r in req.json["To_Account"]]
    assert sorted(deliveries) == sorted(receivers)  # everyone once, nobody twice


def test_the_async_helper_runs_calls_concurrently_within_its_bound(emulator: Emulator) -> None:
    emulator.script(CHECK, delay=0.2, times=None)

    async def scenario() -> Any:
        async with emulator.async_client() as client:
            return await client.account.account_check_in_batches(
                check_item=[{"UserID": f"u{n}"} for n in range(800)], concurrency=4
            )

    started = time.monotonic()
    result = asyncio.run(scenario())
    elapsed = time.monotonic() - started
    assert result.calls == 8 and len(result.succeeded) + len(result.failed) == 800
    assert elapsed < 8 * 0.2  # four at a time, not one after another
    assert emulator.peak_connections <= 4


# -- raw responses and per-call options -----------------------------------------------------------------------


def test_every_reply_carries_its_raw_response(client: Client, emulator: Emulator) -> None:
    emulator.script(READ, error_code=60007)
    reply = client.call.get_call_info(call_id="c")
    raw = reply.raw_response
    assert raw is not None
    assert raw.status_code == 200 and raw.headers["content-type"].startswith("application/json")
    assert json.loads(raw.content)["RequestId"] == reply.request_id
    assert raw.attempts == 2 and raw.elapsed > 0 and raw.path == READ


def test_per_call_options_change_one_call_only(client: Client, emulator: Emulator) -> None:
    emulator.script(READ, error_code=60007, times=3)
    with pytest.raises(trtc_sdk.RateLimitError):
        client.call.get_call_info(call_id="c", request_options={"max_retries": 0})
    assert len(emulator.requests_for(READ)) == 1
    assert client.call.get_call_info(call_id="c").error_code == 0  # the client's own 2 retries
    with pytest.raises(trtc_sdk.ConfigurationError, match="unknown request option"):
        client.call.get_call_info(call_id="c", request_options={"timeuot": 1})  # type: ignore[typeddict-unknown-key]


# -- hooks ----------------------------------------------------------------------------------------------------


def test_hooks_see_every_attempt_without_the_sig(emulator: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    events: list[AttemptEvent] = []
    caplog.set_level(logging.INFO, logger="app.trtc")
    client = emulator.client(hooks=[events.append, LoggingHook(logging.getLogger("app.trtc"))], **FAST_RETRIES)
    emulator.script(READ, error_code=60007)
    client.call.get_call_info(call_id="c")
    first, second = events
    assert (first.attempt, first.error, first.error_code, first.status_code) == (1, "RateLimitError", 60007, 200)
    assert first.retry_in is not None and first.request_id and first.request_id.startswith("emu-")
    assert (second.attempt, second.error, second.retry_in) == (2, None, None) and second.duration > 0
    text = caplog.text + repr(events)
    assert "attempt 1: RateLimitError 60007" in caplog.text and "attempt 2: ok" in caplog.text
    assert emulator.requests[0].usersig not in text and emulator.secret_key not in text


def test_a_broken_hook_never_breaks_the_call(client: Client) -> None:
    def broken(event: AttemptEvent) -> None:
        raise RuntimeError("metrics backend down")

    assert client.with_options().call.get_call_info(call_id="c").error_code == 0
    hooked = Client(client.sdkappid, client._secret_key.reveal(), base_url=client.base_url, hooks=[broken])
    assert hooked.call.get_call_info(call_id="c").error_code == 0


def test_opentelemetry_spans_per_attempt(emulator: Emulator) -> None:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    client = emulator.client(hooks=[OpenTelemetryHook(provider.get_tracer("test"))], **FAST_RETRIES)
    emulator.script(READ, error_code=60007)
    client.call.get_call_info(call_id="c")
    spans = exporter.get_finished_spans()
    assert [span.name for span in spans] == [f"trtc {READ}"] * 2
    assert spans[0].attributes is not None and spans[0].attributes["trtc.error_code"] == 60007
    assert spans[0].status.status_code.name == "ERROR" and spans[1].status.status_code.name == "UNSET"
    assert spans[0].end_time is not None and spans[0].start_time is not None
    assert spans[0].end_time > spans[0].start_time


# -- the CLI ----------------------------------------------------------------------------------------------------


def cli_env(emulator: Emulator) -> dict[str, str]:
    return {
        **os.environ,
        "TRTC_SDKAPPID": str(emulator.sdkappid),
        "TRTC_SECRET_KEY": emulator.secret_key,
        "TRTC_BASE_URL": emulator.url,
    }


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_the_cli_imports_any_number_of_accounts_from_a_file(emulator: Emulator, tmp_path: Path, kind: str) -> None:
    source = tmp_path / f"accounts.{kind}"
    accounts = [{"UserID": f"u{n}", "Nick": f"User {n}"} for n in range(230)]
    if kind == "csv":
        source.write_text("UserID,Nick\n" + "".join(f"{a['UserID']},{a['Nick']}\n" for a in accounts))
    else:
        source.write_text("".join(json.dumps(a) + "\n" for a in accounts))
    emulator.script(IMPORT, body={"FailAccounts": ["u7"]})
    emulator.script(IMPORT, body={"FailAccounts": []}, times=2)
    result = subprocess.run(
        [sys.executable, "-m", "trtc_sdk", "account", "multiaccount-import", "--from-file", str(source), "--progress"],
        capture_output=True, text=True, env=cli_env(emulator), check=False,
    )  # fmt: skip
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1  # one item failed
    assert len(lines) == 230 and [line["item"]["UserID"] for line in lines if line["status"] == "failed"] == ["u7"]
    assert [len(request.json["AccountList"]) for request in emulator.requests_for(IMPORT)] == [100, 100, 30]
    assert "230/230 items" in result.stderr and "1 failed" in result.stderr


def test_the_cli_refuses_an_unknown_json_key_beside_from_file_in_one_line(emulator: Emulator, tmp_path: Path) -> None:
    source = tmp_path / "accounts.jsonl"
    source.write_text('{"UserID": "u1"}\n')
    result = subprocess.run(
        [sys.executable, "-m", "trtc_sdk", "account", "multiaccount-import", "--from-file", str(source),
         "--json", '{"Accountlist": []}'],
        capture_output=True, text=True, env=cli_env(emulator), check=False,
    )  # fmt: skip
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "Accountlist: unknown field; did you mean" in result.stderr
    assert emulator.requests_for(IMPORT) == []
