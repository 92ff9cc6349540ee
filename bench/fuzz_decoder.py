"""Long fuzz run of the reply decoder (hypothesis, 10,000+ generated replies over every command)."""

from __future__ import annotations

import argparse
import time

from hypothesis import HealthCheck, given, settings

from bench.fuzz_cases import Outcomes, cases, check_decoding


def run(examples: int = 12_000) -> tuple[Outcomes, float]:
    outcomes = Outcomes()

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(cases)
    def property_holds(case: tuple[str, int, bytes]) -> None:
        check_decoding(*case, outcomes=outcomes)

    started = time.perf_counter()
    property_holds()
    return outcomes, time.perf_counter() - started


def lines(outcomes: Outcomes, seconds: float) -> list[str]:
    typed = sum(count for label, count in outcomes.by_result.items() if label != "decoded")
    return [
        f"{outcomes.cases} generated replies over every command in {seconds:.1f} s; "
        f"slowest case {outcomes.slowest_ms:.1f} ms",
        f"decoded into the response model {outcomes.by_result['decoded']}, typed TRTCError {typed} "
        f"{dict(sorted((k, v) for k, v in outcomes.by_result.items() if k != 'decoded'))}",
        f"other exceptions (must be 0): {len(outcomes.bad)}",
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=12_000)
    found, took = run(parser.parse_args().examples)
    print("\n".join(lines(found, took)))
    raise SystemExit(1 if found.bad else 0)
