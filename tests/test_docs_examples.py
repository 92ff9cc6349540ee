"""Every command page's example is true: run against the emulator, it sends the body the page shows.

For each command of OPERATIONS, its generated page (docs/<product>/<servicename>.<command>.md) has an
"Example" section with four blocks (codegen/render_docs.py): the Python call, the same call with the
`trtc` command line, the request body on the wire and the emulator's reply. The Python example is run
as it is written, with `client` bound to a client of a real emulator (strict_responses: the reply must
fit the model); the request the emulator recorded must be the wire block, and the reply it sent the
reply block (RequestId aside). The shell example is split like a shell would and run through the CLI's
entry point (`trtc_sdk.cli.main`) in this process, against the same emulator: it must succeed and send
the same body.

The only keys allowed beyond the wire block are the ones the SDK fills itself when left out (the
command's de-duplication key, e.g. Random), which must then be present as integers.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from trtc_sdk import OPERATIONS, Client, Operation, cli
from trtc_sdk.testing import Emulator

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^```(?P<lang>\w*)\n(?P<body>.*?)^```$", re.M | re.S)


@dataclass(frozen=True)
class Example:
    page: Path
    python: str
    shell: str
    wire: dict[str, Any]
    reply: dict[str, Any]


def page_of(operation: Operation) -> Path:
    return ROOT / "docs" / operation.product / f"{operation.servicename}.{operation.command}.md"


def example_of(operation: Operation) -> Example:
    page = page_of(operation)
    text = page.read_text(encoding="utf-8")
    assert "\n## Example\n" in text, f"{page}: no Example section"
    section = text.split("\n## Example\n", 1)[1].split("\n## ", 1)[0]
    blocks = [(match["lang"], match["body"]) for match in FENCE.finditer(section)]
    assert [lang for lang, _ in blocks] == ["python", "sh", "json", "json"], f"{page}: {blocks}"
    (_, python), (_, shell), (_, wire), (_, reply) = blocks
    return Example(page, python, shell, json.loads(wire), json.loads(reply))


def filled_by_the_sdk(operation: Operation) -> set[str]:
    """Keys the SDK adds to a body that leaves them out (the server de-duplicates on them)."""
    dedup = operation.deduplication
    return set() if dedup is None else {dedup.key, *dedup.also}


def check_body(operation: Operation, sent: dict[str, Any], documented: dict[str, Any]) -> None:
    added = {key: value for key, value in sent.items() if key not in documented}
    assert set(added) <= filled_by_the_sdk(operation), f"sent keys the page does not show: {added}"
    assert all(isinstance(value, int) for value in added.values()), added
    assert {key: value for key, value in sent.items() if key in documented} == documented


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator() as emu:
        yield emu


@pytest.fixture(scope="module")
def client(emulator: Emulator) -> Iterator[Client]:
    with emulator.client(strict_responses=True, max_retries=0, timeout=5.0) as made:
        yield made


@pytest.fixture
def emu(emulator: Emulator) -> Emulator:
    emulator.clear()
    return emulator


def test_every_command_has_a_page_with_an_example() -> None:
    pages = {page_of(operation) for operation in OPERATIONS.values()}
    assert len(pages) == len(OPERATIONS)
    missing = sorted(str(page) for page in pages if not page.is_file())
    assert not missing
    for operation in OPERATIONS.values():
        example = example_of(operation)
        assert f"client.{operation.namespace}.{operation.method_name}(" in example.python, operation.path
        words = shlex.split(example.shell.replace("\\\n", " "))
        assert words[:3] == ["trtc", operation.namespace.replace("_", "-"), operation.method_name.replace("_", "-")]


@pytest.mark.parametrize("path", sorted(OPERATIONS))
def test_python_example_sends_the_wire_body_and_gets_the_reply_the_page_shows(
    client: Client, emu: Emulator, path: str
) -> None:
    operation = OPERATIONS[path]
    example = example_of(operation)
    printed: list[tuple[Any, ...]] = []
    namespace: dict[str, Any] = {"client": client, "print": lambda *args: printed.append(args)}

    exec(compile(example.python, str(example.page), "exec"), namespace)

    reply = namespace["reply"]
    assert type_name(reply) == operation.response_model.__qualname__
    assert type(reply).__module__ == operation.response_model.__module__
    [recorded] = emu.requests_for(path)
    check_body(operation, recorded.json, example.wire)
    assert printed == [(reply.request_id,)] and reply.request_id
    assert reply.raw_response is not None
    answered = json.loads(reply.raw_response.content)
    assert answered.pop("RequestId") == reply.request_id
    assert answered == {key: value for key, value in example.reply.items() if key != "RequestId"}


@pytest.mark.parametrize("path", sorted(OPERATIONS))
def test_shell_example_runs_and_sends_the_wire_body(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], path: str
) -> None:
    operation = OPERATIONS[path]
    example = example_of(operation)
    for name in ("TRTC_IDENTIFIER", "TRTC_REGION", "TRTC_LOG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TRTC_BASE_URL", emu.url)
    monkeypatch.setenv("TRTC_SDKAPPID", str(emu.sdkappid))
    monkeypatch.setenv("TRTC_SECRET_KEY", emu.secret_key)
    words = shlex.split(example.shell.replace("\\\n", " "))
    assert words[0] == "trtc"

    code = cli.main(["--max-retries", "0", "--strict", *words[1:]])

    out, err = capsys.readouterr()
    assert code == 0, err
    [recorded] = emu.requests_for(path)
    check_body(operation, recorded.json, example.wire)
    # the decoded reply, wire keys, null values left out (the CLI prints the model without None)
    printed = json.loads(out)
    assert printed.pop("RequestId")
    assert printed == without_nulls({key: value for key, value in example.reply.items() if key != "RequestId"})


def type_name(value: object) -> str:
    return type(value).__qualname__


def without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    return value
