"""A short run of the fault-injection load (`make reliability` runs 8 threads x 2,000 calls)."""

from __future__ import annotations

from bench.load_with_faults import run


def test_concurrent_calls_under_faults_end_in_success_or_typed_errors_and_never_run_twice() -> None:
    figures = run(threads=8, calls_per_thread=120, fault_rate=0.1, timeout=0.25, seed=11)
    assert figures.unexpected == []
    assert figures.succeeded + sum(figures.typed_errors.values()) == figures.calls
    assert sum(figures.faults.values()) > 50  # the faults really happened
    assert figures.max_executions_per_call == 1  # a non-idempotent command never ran twice
    assert figures.ambiguous_non_idempotent_failures > 0  # ... because ambiguous failures were surfaced
    assert figures.sig_refusals == 0
    # one mint per refused generation, twice when the re-mint fell in the same second as the refused sig
    assert 1 <= figures.usersig_mints <= 2 * figures.faults["expired_sig"] + 1
    assert figures.peak_connections <= 32
    assert figures.threads_leaked <= 0 and figures.fds_leaked <= 0
