"""Load with injected faults: threads x calls through one Client against an emulator injecting
~10 % faults (502, replies slower than the timeout, 60007, 70001, broken bodies, dropped connections).

Figures: calls that succeeded / ended in a typed TRTCError / ended in anything else (must be 0);
executions per logical call of the non-idempotent command (must never exceed 1); UserSig mints
against injected 70001s; threads, file descriptors and connections before and after.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from trtc_sdk import TRTCError
from trtc_sdk.models.call import StartCallInfoParam
from trtc_sdk.testing import Answer, Emulator, FaultMix

START = "call_engine_http_srv/start_call_by_robot"  # not idempotent: places a call
SIG_REFUSALS = {70002, 70003, 70009, 70013, 70014}  # what the emulator answers to a bad sig


@dataclass
class LoadFigures:
    threads: int
    calls: int
    seconds: float = 0.0
    succeeded: int = 0
    typed_errors: Counter[str] = field(default_factory=Counter)
    unexpected: list[str] = field(default_factory=list)
    faults: Counter[str] = field(default_factory=Counter)
    requests_sent: int = 0
    non_idempotent_calls: int = 0
    max_executions_per_call: int = 0
    calls_executed_twice: int = 0
    ambiguous_non_idempotent_failures: int = 0
    usersig_mints: int = 0
    sig_refusals: int = 0
    peak_connections: int = 0
    connections_opened: int = 0
    ran_while_caller_failed: int = 0  # any command: executed on the server, yet the caller got an error
    threads_leaked: int = 0
    fds_leaked: int = 0

    def lines(self) -> list[str]:
        typed = sum(self.typed_errors.values())
        return [
            f"{self.threads} threads x {self.calls // self.threads} calls = {self.calls} logical calls "
            f"in {self.seconds:.1f} s "
            f"({self.requests_sent} HTTP requests; faults injected: {dict(sorted(self.faults.items()))})",
            f"succeeded {self.succeeded}, typed TRTCError {typed} {dict(sorted(self.typed_errors.items()))}, "
            f"unexpected exceptions {len(self.unexpected)}",
            f"non-idempotent start_call_by_robot: {self.non_idempotent_calls} logical calls, max executions per call "
            f"{self.max_executions_per_call}, executed twice {self.calls_executed_twice}, "
            f"ambiguous failures surfaced instead of resent {self.ambiguous_non_idempotent_failures}",
            f"calls that ran on the server while the caller got an error (the outcome was unknowable: a timeout, "
            f"a dropped connection or a broken reply after the command ran): {self.ran_while_caller_failed}; "
            "each reached its caller as a typed error, never as a success and never resent unless safe",
            f"UserSig mints {self.usersig_mints} for {self.faults['expired_sig']} injected 70001s "
            f"(+1 first mint); sigs refused by the server {self.sig_refusals}",
            f"connections opened {self.connections_opened} for {self.requests_sent} requests (keep-alive; each "
            f"dropped or timed-out exchange costs one; bound {self.connection_bound}), peak open "
            f"{self.peak_connections}; after close: "
            f"threads leaked {self.threads_leaked}, file descriptors leaked {self.fds_leaked}",
        ]

    @property
    def connection_bound(self) -> int:
        """A connection per thread, plus one per exchange that kills its connection (dropped or timed out)."""
        return self.threads + 2 * (self.faults["dropped"] + self.faults["slow"])

    @property
    def ok(self) -> bool:
        return (
            not self.unexpected
            and self.max_executions_per_call <= 1
            and self.sig_refusals == 0
            and self.usersig_mints <= 2 * self.faults["expired_sig"] + 1  # a same-second re-mint is redone once
            and self.connections_opened <= self.connection_bound
            and self.threads_leaked <= 0
            and self.fds_leaked <= 0
        )


def _threads() -> int:
    """Live threads, without the SDK's one deadline watchdog (started once per process, by design)."""
    return sum(1 for thread in threading.enumerate() if thread.name != "trtc-deadlines")


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def run(
    threads: int = 8, calls_per_thread: int = 2000, fault_rate: float = 0.1, timeout: float = 0.3, seed: int = 7
) -> LoadFigures:
    figures = LoadFigures(threads, threads * calls_per_thread)
    lock = threading.Lock()
    threads_before, fds_before = _threads(), _open_fds()
    with Emulator(max_recorded=10 * threads * calls_per_thread) as emulator:
        faults = FaultMix(rate=fault_rate, slow_seconds=timeout * 2, seed=seed)
        emulator.fault_injector = faults
        client = emulator.client(timeout=timeout, backoff_initial=0.001, backoff_max=0.02)
        started_calls: dict[str, bool] = {}  # logical id -> did the client see success
        failed_ids: set[str] = set()  # logical calls the caller saw fail, whatever the command

        def one_call(worker: int, index: int) -> None:
            logical_id = f"{worker}-{index}"
            try:
                if index % 3 == 0:
                    client.call.start_call_by_robot(
                        robot_account="robot",
                        callee_list_account=["u"],
                        timeout=10000,
                        user_data=logical_id,
                        call_info=StartCallInfoParam(media_type="Audio"),
                    )
                    started_calls[logical_id] = True
                else:
                    client.call.get_call_info(call_id=logical_id)
                with lock:
                    figures.succeeded += 1
            except TRTCError as error:
                failed_ids.add(logical_id)
                if index % 3 == 0:
                    started_calls[logical_id] = False
                with lock:
                    figures.typed_errors[type(error).__name__] += 1
            except Exception as error:  # the figure that must stay 0
                with lock:
                    figures.unexpected.append(repr(error))

        def worker(number: int) -> None:
            for index in range(calls_per_thread):
                one_call(number, index)

        started = time.perf_counter()
        pool = [threading.Thread(target=worker, args=(n,)) for n in range(threads)]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
        figures.seconds = time.perf_counter() - started
        time.sleep(timeout * 2.5)  # let late replies to timed-out requests land before counting
        client.close()
        figures.faults = Counter(faults.injected)
        figures.usersig_mints = client._usersigs.mints
        requests = emulator.requests
        figures.requests_sent = len(requests)
        figures.peak_connections = emulator.peak_connections
        figures.connections_opened = emulator.connections_accepted
        figures.sig_refusals = sum(1 for request in requests if request.error_code in SIG_REFUSALS)
        executions = Counter(
            r.body["UserData"] for r in requests if r.path == START and r.executed and isinstance(r.body, dict)
        )
        figures.non_idempotent_calls = len(started_calls)
        figures.max_executions_per_call = max(executions.values(), default=0)
        figures.calls_executed_twice = sum(1 for count in executions.values() if count > 1)
        executed_ids = {
            r.json.get("UserData") if r.path == START else r.json.get("CallId") for r in requests if r.executed
        }
        figures.ran_while_caller_failed = len(failed_ids & executed_ids)
        figures.ambiguous_non_idempotent_failures = sum(
            1 for logical_id, succeeded in started_calls.items() if not succeeded and executions[logical_id] == 1
        )
    time.sleep(0.2)
    gc.collect()  # sockets of failed exchanges are closed when their last reference goes
    figures.threads_leaked = _threads() - threads_before
    figures.fds_leaked = _open_fds() - fds_before
    return figures


def main(argv: Any = None) -> LoadFigures:
    figures = run()
    print("\n".join(figures.lines()))
    return figures


if __name__ == "__main__":
    raise SystemExit(0 if main().ok else 1)


@dataclass
class StampedeFigures:
    threads: int
    mints: int = 0
    refused_sig_resent: int = 0
    failed_calls: int = 0
    seconds: float = 0.0

    def lines(self) -> list[str]:
        return [
            f"{self.threads} threads holding the same expired UserSig at once: {self.mints - 1} re-mints "
            f"(1 expected; 2 when the re-mint fell in the refused sig's second), refused sig resent "
            f"{self.refused_sig_resent} times, calls failed {self.failed_calls}, {self.seconds * 1000:.0f} ms",
        ]

    @property
    def ok(self) -> bool:
        return self.mints - 1 in (1, 2) and self.refused_sig_resent == 0 and self.failed_calls == 0


def stampede(threads: int = 32) -> StampedeFigures:
    """Every thread's first request is refused as expired at the same moment: the sig is re-minted once."""
    figures = StampedeFigures(threads)
    with Emulator() as emulator:
        client = emulator.client(backoff_initial=0.001, backoff_max=0.01)
        client.call.get_call_info(call_id="warm")
        [expired] = client._usersigs.known_sigs()
        warm_up = len(emulator.requests)  # the warm-up call carried that sig too (and was answered)
        emulator.fault_injector = lambda request: Answer(error_code=70001) if request.usersig == expired else None
        barrier = threading.Barrier(threads)
        failures: list[BaseException] = []

        def call() -> None:
            barrier.wait()
            try:
                client.call.get_call_info(call_id="c")
            except TRTCError as error:
                failures.append(error)

        pool = [threading.Thread(target=call) for _ in range(threads)]
        started = time.perf_counter()
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
        figures.seconds = time.perf_counter() - started
        figures.mints = client._usersigs.mints
        refusals = [r for r in emulator.requests[warm_up:] if r.usersig == expired]
        figures.refused_sig_resent = max(0, len(refusals) - threads)
        figures.failed_calls = len(failures)
        client.close()
    return figures
