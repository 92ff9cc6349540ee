"""Bulk work under the documented rate limits (issue 14): how many 60007 refusals a burst gets with the
client-side limiter off and on, and the combined rate of a fleet of processes sharing one quota in Redis.

The emulator enforces every command's documented rate (`Emulator(enforce_rate_limits=True)`), as
Tencent's servers do, so a refusal here is what production would answer.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

from trtc_sdk.testing import Emulator

CHECK = "im_open_login_svc/account_check"  # documented at 100 requests/s


def _burst(client: Any, threads: int, calls_per_thread: int) -> None:
    def worker(offset: int) -> None:
        for n in range(calls_per_thread):
            with contextlib.suppress(Exception):  # refusals are counted from the emulator's log
                client.account.account_check(check_item=[{"UserID": f"u{offset}-{n}"}])

    workers = [threading.Thread(target=worker, args=(index,)) for index in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()


def limiter_off_and_on(threads: int = 4, calls_per_thread: int = 100) -> dict[str, dict[str, float]]:
    """The same burst of account_check calls (documented 100/s) from 4 threads, limiter off then on."""
    results = {}
    for label, rate_limit in (("limiter off", False), ("limiter on", True)):
        with Emulator(enforce_rate_limits=True, max_recorded=10 * threads * calls_per_thread) as emulator:
            client = emulator.client(max_retries=0, rate_limit=rate_limit)
            started = time.perf_counter()
            _burst(client, threads, calls_per_thread)
            seconds = time.perf_counter() - started
            refused = sum(1 for request in emulator.requests if request.error_code == 60007)
            results[label] = {
                "calls": threads * calls_per_thread,
                "60007": refused,
                "seconds": seconds,
                "accepted per second": (threads * calls_per_thread - refused) / seconds,
            }
    return results


FLEET_WORKER = """
import sys, redis
from trtc_sdk import Client
from trtc_sdk._core.ratelimit import RedisRateLimiter
sdkappid, key, base_url, redis_url, calls, shared = sys.argv[1:7]
limiter = RedisRateLimiter(redis.Redis.from_url(redis_url)) if shared == "1" else True
client = Client(int(sdkappid), key, base_url=base_url, rate_limit=limiter, max_retries=0)
for n in range(int(calls)):
    try:
        client.account.account_check(check_item=[{"UserID": f"u{n}"}])
    except Exception:
        pass
"""


@contextlib.contextmanager
def redis_server() -> Iterator[str | None]:
    binary = shutil.which("redis-server")
    if binary is None:
        yield None
        return
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(200):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.1):
                break
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)


def fleet(processes: int = 4, calls_per_process: int = 150) -> dict[str, Any]:
    """`processes` worker processes, each with its own client, calling account_check (documented 100/s):
    each with only its in-process limiter (which cannot see the others) vs all sharing one Redis quota."""
    with redis_server() as url:
        if url is None:
            return {"skipped": "redis-server is not installed"}
        results: dict[str, Any] = {}
        for label, shared in (("a limiter in each process", "0"), ("one quota in Redis", "1")):
            total = processes * calls_per_process
            with Emulator(enforce_rate_limits=True, max_recorded=2 * total) as emulator:
                env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
                command = [sys.executable, "-c", FLEET_WORKER, str(emulator.sdkappid), emulator.secret_key]
                command += [emulator.url, url, str(calls_per_process), shared]
                started = time.perf_counter()
                workers = [subprocess.Popen(command, env=env) for _ in range(processes)]
                for worker in workers:
                    worker.wait(timeout=600)
                seconds = time.perf_counter() - started
                refused = sum(1 for request in emulator.requests if request.error_code == 60007)
                results[label] = {
                    "processes": processes,
                    "calls": total,
                    "60007": refused,
                    "seconds": seconds,
                    "combined rate": len(emulator.requests_for(CHECK)) / seconds,
                    "accepted per second": (total - refused) / seconds,
                }
        return results
