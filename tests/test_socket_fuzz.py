"""A short run of `make reliability`'s socket fuzzing: misbehaving servers never hang a call, never get a
non-idempotent command twice, and never raise anything but a TRTCError."""

from __future__ import annotations

from bench import load_with_faults, socket_fuzz


def test_misbehaving_servers_end_every_call_in_time_with_a_typed_outcome() -> None:
    figures = socket_fuzz.run(rounds=4)
    assert figures.bad == [] and figures.resent_non_idempotent == 0
    assert figures.slowest < socket_fuzz.DEADLINE
    assert figures.cases >= 100


def test_a_shared_expiry_stampede_remints_once_and_never_resends_the_refused_sig() -> None:
    figures = load_with_faults.stampede(threads=16)
    assert figures.ok, figures.lines()
