"""`make reliability`: the SDK's promises as figures, written to bench/reliability.md.

1. fuzzing the reply decoder (10,000+ generated replies)   2. load with injected faults
3. the shared-expiry stampede   4. fuzzing through a real socket (hangs, trickles, bombs, TLS faults)
5. secret hygiene (every logger at DEBUG, reprs, frame locals, tracebacks, CLI output)   6. input validation
7. TLS. Each part prints its figures; the run fails if any promise is broken.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from pathlib import Path

from bench import fuzz_decoder, load_with_faults, secret_scan, socket_fuzz
from bench.tls_checks import tls_lines
from tests.test_input_validation import BAD_INPUTS
from trtc_sdk import OPERATIONS, RequestValidationError
from trtc_sdk.testing import Emulator
from trtc_sdk.testing.fakes import fake_request

REPORT = Path(__file__).with_name("reliability.md")


def input_validation_lines() -> tuple[list[str], bool]:
    named = 0
    with Emulator() as emulator, emulator.client() as client:
        for path, change, field in BAD_INPUTS:
            try:
                client.invoke(path, {**fake_request(OPERATIONS[path]), **change})
            except RequestValidationError as error:
                named += path in str(error) and any(field in name for name in error.fields)
        sent = len(emulator.requests)
    commands = len({path for path, _, _ in BAD_INPUTS})
    return [
        f"{len(BAD_INPUTS)} bad inputs over {commands} commands (too long, out of range, wrong enum, "
        "wrong nested type, None for required, unknown key): typed RequestValidationError naming command "
        f"and field {named}/{len(BAD_INPUTS)}",
        f"requests that reached the emulator: {sent}",
    ], named == len(BAD_INPUTS) and sent == 0


def main() -> int:
    sections: list[tuple[str, list[str], bool]] = []
    started = time.perf_counter()

    outcomes, seconds = fuzz_decoder.run(12_000)
    sections.append(
        ("1. Fuzzing the decoder", fuzz_decoder.lines(outcomes, seconds), not outcomes.bad and outcomes.cases >= 10_000)
    )

    figures = load_with_faults.run(threads=8, calls_per_thread=2000)
    sections.append(("2. Load with injected faults", figures.lines(), figures.ok))

    stampede = load_with_faults.stampede(threads=32)
    sections.append(("3. Shared-expiry stampede", stampede.lines(), stampede.ok))

    fuzz = socket_fuzz.run(rounds=60)
    sections.append(("4. Fuzzing through a real socket", fuzz.lines(), fuzz.ok))

    scan = secret_scan.run()
    sections.append(("5. Secret hygiene", scan.lines(), scan.ok))

    lines, ok = input_validation_lines()
    sections.append(("6. Input validation", lines, ok))

    lines, ok = tls_lines()
    sections.append(("7. TLS", lines, ok))

    report = [
        "# Reliability figures",
        "",
        f"Produced by `make reliability` ({time.strftime('%Y-%m-%d')}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {time.perf_counter() - started:.0f} s). CI runs shorter versions of each part "
        "as tests (tests/test_fuzz_decoder.py, test_load_with_faults.py, test_socket_fuzz.py, test_reliability.py, "
        "test_redaction.py, test_input_validation.py, test_tls.py).",
    ]
    for title, section_lines, section_ok in sections:
        report += ["", f"## {title} — {'OK' if section_ok else 'FAILED'}", ""] + [f"- {line}" for line in section_lines]
    text = "\n".join(report) + "\n"
    REPORT.write_text(text, encoding="utf-8")
    print(text)
    return 0 if all(ok for _, _, ok in sections) else 1


if __name__ == "__main__":
    sys.exit(main())
