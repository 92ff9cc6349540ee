"""`make bench`: what connection reuse, UserSig caching and lazy imports are worth, as ratios against a
baseline measured in the same run (absolute numbers are printed too, to sanity-check them).

Network cost is real only with latency: the TLS scenarios go through bench/latency_proxy.py, which
adds a chosen one-way delay to every byte (handshakes included) in front of an HTTPS emulator.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import requests

from bench.latency_proxy import LatencyProxy, make_certificate
from trtc_sdk import Client
from trtc_sdk._core.redaction import Secret
from trtc_sdk._core.signing import UserSigCache
from trtc_sdk.testing import Emulator
from trtc_sdk.usersig import gen_user_sig


def timed(calls: int, call: Callable[[], object]) -> list[float]:
    """Milliseconds per call."""
    samples = []
    for _ in range(calls):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def row(label: str, samples: list[float], baseline: list[float] | None = None, unit: str = "ms") -> str:
    scale = 1000.0 if unit == "us" else 1.0
    median = statistics.median(samples) * scale
    p95 = sorted(samples)[int(len(samples) * 0.95) - 1] * scale
    ratio = f"{median / (statistics.median(baseline) * scale):7.2f}x" if baseline else "   1.00x"
    return f"  {label:<46} median {median:9.2f} {unit}   p95 {p95:9.2f} {unit}  {ratio}"


def pooled_vs_fresh(
    emulator: Emulator, base_url: str, calls: int, ca_bundle: str | None
) -> tuple[list[float], list[float]]:
    pooled = Client(emulator.sdkappid, emulator.secret_key, base_url=base_url, ca_bundle=ca_bundle)
    pooled.call.get_call_info(call_id="warm-up")  # the one handshake a pooled client pays

    def fresh_connection_per_call() -> None:
        with requests.Session() as session:  # what a client without keep-alive does every time
            Client(
                emulator.sdkappid, emulator.secret_key, base_url=base_url, ca_bundle=ca_bundle, http_client=session
            ).call.get_call_info(call_id="c")

    fresh = timed(calls, fresh_connection_per_call)
    reused = timed(calls, lambda: pooled.call.get_call_info(call_id="c"))
    pooled.close()
    return reused, fresh


def concurrent_throughput(emulator: Emulator, threads: int, calls_per_thread: int) -> float:
    client = emulator.client()
    client.call.get_call_info(call_id="warm-up")

    def worker() -> None:
        for _ in range(calls_per_thread):
            client.call.get_call_info(call_id="c")

    started = time.perf_counter()
    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    return threads * calls_per_thread / (time.perf_counter() - started)


def import_time(statement: str) -> float:
    """Median wall time (ms) of a fresh interpreter running `statement`, minus a bare interpreter."""

    def run(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return (time.perf_counter() - started) * 1000

    bare = statistics.median(run("pass") for _ in range(5))
    return statistics.median(run(statement) for _ in range(5)) - bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=200, help="calls per loopback scenario")
    parser.add_argument("--tls-calls", type=int, default=40, help="calls per TLS + latency scenario")
    parser.add_argument("--one-way-ms", type=float, default=10.0, help="injected one-way delay (RTT is twice this)")
    args = parser.parse_args()

    print("Loopback HTTP, sequential get_call_info (baseline: one pooled keep-alive Client)")
    with Emulator() as emulator:
        reused, fresh = pooled_vs_fresh(emulator, emulator.url, args.calls, None)
        print(row("pooled keep-alive Client (baseline)", reused))
        print(row("new connection per call", fresh, reused))
        if statistics.median(reused) > 10:
            print("  WARNING: a loopback keep-alive round trip above 10 ms suggests Nagle/delayed-ACK stalls")
        single = concurrent_throughput(emulator, 1, args.calls)
        eight = concurrent_throughput(emulator, 8, args.calls // 2)
        print(
            f"  one shared Client: 1 thread {single:6.0f} calls/s, "
            f"8 threads {eight:6.0f} calls/s ({eight / single:.2f}x)"
        )
        print(
            "  (client and emulator share one interpreter here, so threads add no throughput; they must not break it)"
        )

    rtt = 2 * args.one_way_ms
    print(f"\nHTTPS through a latency proxy, RTT {rtt:g} ms (baseline: pooled keep-alive Client)")
    with tempfile.TemporaryDirectory() as tmp:
        cert, key = make_certificate(Path(tmp))
        with Emulator(tls=(str(cert), str(key))) as emulator:
            upstream_port = int(emulator.url.rsplit(":", 1)[1])
            with LatencyProxy(upstream_port, args.one_way_ms / 1000) as proxy:
                base_url = f"https://localhost:{proxy.port}"
                reused, fresh = pooled_vs_fresh(emulator, base_url, args.tls_calls, str(cert))
                print(row("pooled keep-alive Client (baseline)", reused))
                print(row("new TCP + TLS connection per call", fresh, reused))
                print(
                    f"  one round trip is {rtt:g} ms: pooled calls cost ~1 RTT, fresh ones ~3 (TCP, TLS 1.3, request)"
                )

    print("\nSigning (baseline: cached admin UserSig)")
    cache = UserSigCache(1400000000, Secret("k" * 64), "administrator")
    cached = timed(2000, cache.get)
    minted = timed(2000, lambda: gen_user_sig(1400000000, "k" * 64, "administrator"))
    print(row("UserSigCache.get() (baseline)", cached, unit="us"))
    print(row("mint a new UserSig per call", minted, cached, unit="us"))

    print("\nImport time in a fresh interpreter (baseline: import trtc_sdk)")
    lazy = import_time("import trtc_sdk")
    client = import_time("import trtc_sdk; trtc_sdk.Client(1400000000, 'k')")
    everything = import_time(
        "import trtc_sdk.services.call, trtc_sdk.services.room, trtc_sdk.services.seat, trtc_sdk.services.live"
    )
    print(f"  {'import trtc_sdk':<46} {lazy:9.1f} ms     1.00x")
    print(f"  {'import trtc_sdk + build a Client':<46} {client:9.1f} ms  {client / lazy:7.2f}x")
    print(f"  {'import every product models and services':<46} {everything:9.1f} ms  {everything / lazy:7.2f}x")


if __name__ == "__main__":
    main()
