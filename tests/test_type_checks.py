"""The static half of the typed surface: what `mypy --strict` accepts and refuses (one mypy run for all).

- `client.invoke("<literal path>", ...)` has the command's own response type, for every command (sync
  and async): assigning it to that type passes, to another command's response type fails; a path that
  is not a literal gives the base ResponseModel.
- `Client.from_env(tiemout=1)` is refused (the options are a TypedDict), on both clients.
- The emulator is typed: `Emulator().client()` is a `trtc_sdk.Client`, `.async_client()` an
  `AsyncClient`, a recorded request's `.json` a mapping of JSON values, and a wrong call through the
  emulator's client is a type error.

Expectations are trailing comments (`# E: <text>`, `# R: <text>`, see tests/typecheck.py); any other
message fails the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from trtc_sdk import OPERATIONS, Operation

from .typecheck import CONFIG, GENERATED, Message, expectation_problems, run_mypy

PATHS = sorted(OPERATIONS)


def response_type(operation: Operation) -> str:
    model = operation.response_model
    return f"{model.__module__}.{model.__qualname__}"


def first_of_each_product() -> list[Operation]:
    firsts: dict[str, Operation] = {}
    for path in PATHS:
        firsts.setdefault(OPERATIONS[path].product, OPERATIONS[path])
    return list(firsts.values())


def invoke_snippet() -> str:
    modules = sorted({OPERATIONS[path].response_model.__module__ for path in PATHS})
    lines = ["import trtc_sdk", *(f"import {module}" for module in modules), ""]
    lines += ["client: trtc_sdk.Client", "async_client: trtc_sdk.AsyncClient", ""]
    for number, path in enumerate(PATHS):
        lines.append(f'reply_{number}: {response_type(OPERATIONS[path])} = client.invoke("{path}", {{}})')
    firsts = first_of_each_product()
    for number, operation in enumerate(firsts):
        other = firsts[(number + 1) % len(firsts)]
        lines += [
            f'reveal_type(client.invoke("{operation.path}"))  # R: {response_type(operation)}',
            f'wrong_{number}: {response_type(other)} = client.invoke("{operation.path}")'
            "  # E: Incompatible types in assignment",
        ]
    lines += ["", "", "async def replies() -> None:"]
    for number, path in enumerate(PATHS):
        lines.append(
            f'    async_{number}: {response_type(OPERATIONS[path])} = await async_client.invoke("{path}", {{}})'
        )
    first, second = firsts[0], firsts[1]
    lines += [
        f'    async_wrong: {response_type(second)} = await async_client.invoke("{first.path}")'
        "  # E: Incompatible types in assignment",
        "",
        "",
        "def by_variable(path: str) -> None:",
        "    reveal_type(client.invoke(path))  # R: trtc_sdk._core.models.ResponseModel",
        "",
    ]
    return "\n".join(lines)


FROM_ENV = """\
import trtc_sdk

client = trtc_sdk.Client.from_env(timeout=1, max_retries=0)
async_client = trtc_sdk.AsyncClient.from_env(region="singapore")
bad = trtc_sdk.Client.from_env(tiemout=1)  # E: Unexpected keyword argument "tiemout"
async_bad = trtc_sdk.AsyncClient.from_env(max_retry=1)  # E: Unexpected keyword argument "max_retry"
wrong_type = trtc_sdk.Client.from_env(timeout="1")  # E: Argument "timeout"
"""

EMULATOR = """\
import trtc_sdk
from trtc_sdk.testing import Emulator, RecordedRequest
from trtc_sdk.testing.emulator import JSON

emu = Emulator()
client = emu.client(timeout=3, max_retries=0)
reveal_type(client)  # R: trtc_sdk._client.Client
async_client = emu.async_client()
reveal_type(async_client)  # R: trtc_sdk._async_client.AsyncClient
typed: trtc_sdk.Client = emu.client()
async_typed: trtc_sdk.AsyncClient = emu.async_client()
not_async: trtc_sdk.AsyncClient = emu.client()  # E: Incompatible types in assignment
reply = client.call.get_call_info(call_id="c1")
reveal_type(reply)  # R: GetCallInfoResponse
recorded: RecordedRequest = emu.requests_for("call_engine_http_srv/get_call_info")[0]
body = recorded.json
reveal_type(body)  # R: dict[str, str | int | float | bool | list[
value: JSON = body["CallId"]
text: str = body["CallId"]  # E: Incompatible types in assignment
emu.client(timeot=3)  # E: Unexpected keyword argument "timeot"
emu.client(max_retries="2")  # E: Argument "max_retries"
client.call.get_call_info(callid="c1")  # E: Unexpected keyword argument "callid"
client.call.get_call_info(call_id=1)  # E: No overload variant
client.call.end_call()  # E: All overload variants
emu.client().room.get_room_info(room_id="r", extra_body=["x"])  # E: No overload variant
emu.script("call_engine_http_srv/end_call", error_code=101004)
"""

SNIPPETS = {"invoke_paths": invoke_snippet(), "from_env": FROM_ENV, "emulator": EMULATOR}


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Message]]:
    return run_mypy(SNIPPETS, tmp_path_factory.mktemp("snippets"))


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_mypy_strict_accepts_and_refuses_what_the_snippet_says(checked: dict[str, list[Message]], name: str) -> None:
    problems = expectation_problems(SNIPPETS[name], checked[name])
    assert not problems, "\n".join(problems)


def test_every_command_is_checked_sync_and_async_and_each_product_is_refused_once(
    checked: dict[str, list[Message]],
) -> None:
    source = SNIPPETS["invoke_paths"]
    for path in PATHS:
        assert source.count(f'client.invoke("{path}", {{}})') == 2, path  # sync and async
    errors = [message for message in checked["invoke_paths"] if message.kind == "error"]
    assert len(errors) == len(first_of_each_product()) + 1  # each wrong assignment, nothing else
    reveals = [message for message in checked["invoke_paths"] if message.text.startswith("Revealed type")]
    assert len(reveals) == len(first_of_each_product()) + 1


def test_the_expectation_checker_reports_missing_unexpected_and_wrong_messages() -> None:
    source = "a = 1  # E: Incompatible\nb = 2\nreveal_type(b)  # R: builtins.int\n"
    assert (
        expectation_problems(source, [Message(1, "error", "Incompatible types"), Message(3, "note", "builtins.int")])
        == []
    )
    missing = expectation_problems(source, [Message(3, "note", "Revealed type is builtins.int")])
    assert missing and "line 1: expected a mypy error" in missing[0]
    unexpected = expectation_problems(source, [Message(1, "error", "Incompatible"), Message(2, "error", "Boom")])
    assert any(problem.startswith("line 2: unexpected mypy error") for problem in unexpected)
    wrong_reveal = expectation_problems(
        source, [Message(1, "error", "Incompatible"), Message(3, "note", "builtins.str")]
    )
    assert any("line 3: expected a mypy note" in problem for problem in wrong_reveal)


def test_snippets_are_checked_against_this_tree() -> None:
    """mypy reads trtc_sdk from this tree's generated/ (an installed copy elsewhere would hide changes)."""
    assert f"mypy_path = {GENERATED}" in CONFIG
    assert (GENERATED / "trtc_sdk" / "py.typed").is_file()
    assert Path(__file__).resolve().parent.parent / "generated" == GENERATED
