"""Type-check snippets with `mypy --strict` against this tree's trtc_sdk, in one mypy run.

Snippets are written as separate modules in a temporary directory and checked together (one run is
much faster than one per snippet). The package is found through `mypy_path` (this tree's
`generated/`), so an installed copy of trtc_sdk elsewhere is never the one checked. The cache lives in
the system's temporary directory, keyed by this tree, so repeated runs are incremental.

A snippet may state what mypy must say about a line with a trailing comment:
`# E: <text>` (an error containing the text) or `# R: <text>` (a `reveal_type` note containing it).
Lines without such a comment must produce nothing.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mypy import api

import trtc_sdk

GENERATED = Path(trtc_sdk.__file__).resolve().parent.parent
CACHE = Path(tempfile.gettempdir()) / f"trtc-sdk-typecheck-{hashlib.sha256(str(GENERATED).encode()).hexdigest()[:12]}"
CONFIG = f"""[mypy]
strict = True
python_version = 3.10
mypy_path = {GENERATED}
show_error_codes = True
show_column_numbers = False

[mypy-TLSSigAPIv2]
ignore_missing_imports = True
"""
MESSAGE = re.compile(r"^(?P<file>[^:\n]+\.py):(?P<line>\d+): (?P<kind>error|note): (?P<text>.*)$")
EXPECTATION = re.compile(r"#\s*(?P<kind>[ER]):\s*(?P<text>.+?)\s*$")


@dataclass(frozen=True)
class Message:
    line: int
    kind: str  # "error" | "note"
    text: str


def run_mypy(modules: dict[str, str], workdir: Path) -> dict[str, list[Message]]:
    """mypy's messages per module name (`{"name": source}` in, file `name.py` each)."""
    workdir.mkdir(parents=True, exist_ok=True)
    config = workdir / "mypy.ini"
    config.write_text(CONFIG)
    files = []
    for name, source in modules.items():
        path = workdir / f"{name}.py"
        path.write_text(source)
        files.append(str(path))
    stdout, stderr, status = api.run(["--config-file", str(config), "--cache-dir", str(CACHE), *files])
    found: dict[str, list[Message]] = {name: [] for name in modules}
    for line in stdout.splitlines():
        match = MESSAGE.match(line)
        if match is None:
            continue
        name = Path(match["file"]).stem
        assert name in found, f"mypy reported on a file it was not given: {line}"
        found[name].append(Message(int(match["line"]), match["kind"], match["text"]))
    if status not in (0, 1) or "error: " in stderr:
        raise AssertionError(f"mypy did not run (status {status}): {stderr}{stdout}")
    return found


def expectation_problems(source: str, messages: list[Message]) -> list[str]:
    """Where mypy's messages differ from the `# E:` / `# R:` comments of a snippet (empty: all as expected)."""
    expected: dict[int, tuple[str, str]] = {}
    for number, text in enumerate(source.splitlines(), start=1):
        match = EXPECTATION.search(text)
        if match:
            expected[number] = ("error" if match["kind"] == "E" else "note", match["text"])
    problems = []
    for number, (kind, text) in expected.items():
        here = [m for m in messages if m.line == number and m.kind == kind]
        if not any(text in m.text for m in here):
            problems.append(f"line {number}: expected a mypy {kind} containing {text!r}, got {[m.text for m in here]}")
    for message in messages:
        if message.line not in expected:
            problems.append(f"line {message.line}: unexpected mypy {message.kind}: {message.text}")
        elif message.kind == "error" and expected[message.line][0] == "note":
            problems.append(f"line {message.line}: unexpected mypy error: {message.text}")
    return problems
