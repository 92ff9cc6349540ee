"""The `trtc` command line, run as a subprocess (like a user runs it) against the emulator."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from trtc_sdk import OPERATIONS, cli
from trtc_sdk.testing import Emulator

START = "call_engine_http_srv/start_call_by_robot"
END = "call_engine_http_srv/end_call"
READ = "call_engine_http_srv/get_call_info"
PYTHON_M = (sys.executable, "-m", "trtc_sdk")
CONSOLE_SCRIPT = Path(sys.executable).parent / "trtc"  # installed by pyproject's [project.scripts]


def cli_env(emulator: Emulator, **extra: str) -> dict[str, str]:
    """The caller's environment without its TRTC_* settings, pointed at the emulator."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("TRTC_")}
    env.update(TRTC_BASE_URL=emulator.url, TRTC_SDKAPPID=str(emulator.sdkappid), TRTC_SECRET_KEY=emulator.secret_key)
    return {**env, **extra}


def trtc(env: dict[str, str], *args: str, command: tuple[str, ...] = PYTHON_M) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*command, *args], env=env, capture_output=True, text=True, timeout=60)


def unused_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# -- calls -----------------------------------------------------------------------------------------


def test_a_typed_call_sends_its_options_as_wire_json_and_prints_the_reply(emulator: Emulator) -> None:
    reply = {"RequestId": "req-1", "Response": {"CallId": "c-42", "CallResult": []}, "NotInTheSpec": 7}
    emulator.script(START, body=reply)
    result = trtc(
        cli_env(emulator),
        *("call", "start-call-by-robot", "--robot-account", "robot-1", "--timeout", "30000"),
        *("--callee-list-account", "alice", "--callee-list-account", "bob"),
        *("--call-info", '{"MediaType": "Video", "RoomId": "r-7"}'),
        command=(str(CONSOLE_SCRIPT),),
    )
    assert result.returncode == 0, result.stderr
    assert emulator.requests_for(START)[0].body == {
        "Robot_Account": "robot-1",
        "CalleeList_Account": ["alice", "bob"],
        "Timeout": 30000,
        "CallInfo": {"MediaType": "Video", "RoomId": "r-7"},
    }
    assert json.loads(result.stdout) == {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", **reply}


def test_options_override_the_json_body_and_arrays_take_json(emulator: Emulator) -> None:
    body = {"Robot_Account": "from-json", "Timeout": 20000, "UserData": "kept"}
    result = trtc(
        cli_env(emulator),
        *("call", "start_call_by_robot", "--json", json.dumps(body), "--robot-account", "from-option"),
        *("--callee-list-account", '["alice", "bob"]', "--call-info", '{"MediaType": "Audio"}'),
    )
    assert result.returncode == 0, result.stderr
    assert emulator.requests_for(START)[0].body == {
        "Robot_Account": "from-option",
        "Timeout": 20000,
        "UserData": "kept",
        "CalleeList_Account": ["alice", "bob"],
        "CallInfo": {"MediaType": "Audio"},
    }


def test_invoke_sends_a_body_from_a_json_file(emulator: Emulator, tmp_path: Path) -> None:
    body_file = tmp_path / "body.json"
    body_file.write_text('{"CallId": "from-file"}', encoding="utf-8")
    result = trtc(cli_env(emulator), "invoke", READ, "--json", f"@{body_file}")
    assert result.returncode == 0, result.stderr
    assert emulator.requests_for(READ)[0].body == {"CallId": "from-file"}
    assert json.loads(result.stdout)["Response"]["CallInfo"]["CallId"] == "from-file"


# -- reading the registry --------------------------------------------------------------------------


def test_list_names_every_command_and_filters_by_namespace() -> None:
    everything = trtc({**os.environ}, "list").stdout
    for operation in OPERATIONS.values():
        assert operation.path in everything
        assert f"{operation.namespace}.{operation.method_name}" in everything
    call_only = trtc({**os.environ}, "list", "call").stdout.splitlines()
    assert [line.split()[0] for line in call_only] == [op.path for op in OPERATIONS.values() if op.namespace == "call"]


def test_describe_shows_fields_limits_and_error_codes() -> None:
    result = trtc({**os.environ}, "describe", START)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    operation = OPERATIONS[START]
    assert operation.title in text and str(operation.doc_url) in text and "200/s" in text
    assert "idempotent:  no" in text
    [row] = [line for line in text.splitlines() if line.split()[:1] == ["CalleeList_Account"]]
    assert row.split()[1:4] == ["--callee-list-account", "list[str]", "required"] and "User IDs to call." in row
    assert "_" not in " ".join(word for word in text.split() if word.startswith("--"))  # options are kebab-case
    [timeout] = [line for line in text.splitlines() if line.split()[:1] == ["Timeout"]]
    assert "10000..600000" in timeout
    assert "CallInfo.MediaType" in text and "{Video,Audio}" in text  # nested fields, enum values
    assert "Response.CallId" in text
    for code, spec in operation.errors.items():
        assert f"{code}  {spec.meaning}" in text


def test_method_help_comes_from_the_model_and_the_operation() -> None:
    result = trtc({**os.environ}, "call", "start_call_by_robot", "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())  # argparse wraps help lines
    fields = OPERATIONS[START].request_model.model_fields
    for name, field in fields.items():
        assert f"--{name.replace('_', '-')}" in text and str(field.description) in text
    assert "Start a call from a robot account" in text and str(OPERATIONS[START].doc_url) in text
    assert "[Timeout; required; 10000..600000]" in text


def test_top_level_help_documents_settings_and_exit_codes() -> None:
    text = trtc({**os.environ}, "--help").stdout
    assert "TRTC_SECRET_KEY" in text and "shell history" in text
    exit_lines = [line for line in text.splitlines() if line[:3] in ("  0", "  1", "  2", "  3", "  4")]
    assert len(exit_lines) == len(cli.EXIT_CODES) == 5
    assert all(f"  {code}  {meaning}" in text for code, meaning in cli.EXIT_CODES.items())


def test_help_and_list_import_no_model_nor_http_library() -> None:
    script = (
        "import contextlib, io, sys\n"
        "from trtc_sdk import cli\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    cli.main(['list'])\n"
        "    cli.main(['--help'])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('trtc_sdk.models', 'pydantic', 'requests'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("path", list(OPERATIONS))
def test_every_command_gets_a_parser_and_a_description(path: str) -> None:
    operation = OPERATIONS[path]
    help_text = cli.build_method_parser(operation).format_help()
    assert operation.title in help_text
    assert operation.path in cli.describe(operation)


# -- exit codes ------------------------------------------------------------------------------------


def test_an_api_error_exits_1_with_code_meaning_and_request_id(emulator: Emulator) -> None:
    emulator.script(END, error_code=101004, error_info="call not found")
    result = trtc(cli_env(emulator), "call", "end_call", "--call-id", "gone")
    assert result.returncode == cli.EXIT_API_ERROR == 1
    assert result.stdout == ""
    assert f"{END} failed with ErrorCode 101004: {OPERATIONS[END].errors[101004].meaning}" in result.stderr
    assert "ErrorInfo: call not found" in result.stderr
    assert "RequestId: emu-" in result.stderr


VALID_START_BODY = '{"Robot_Account": "r", "CalleeList_Account": ["a"], "CallInfo": {"MediaType": "Video"}}'


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        pytest.param(["call", "start_call_by_robot", "--robot-account", "r"], "--timeout", id="missing-option"),
        pytest.param(
            ["call", "start_call_by_robot", "--json", VALID_START_BODY, "--timeout", "5"],
            "timeout (Timeout): Input should be greater than or equal to 10000",
            id="out-of-range",
        ),
        pytest.param(["call", "end_call", "--call-id", "c", "--no-such", "x"], "unrecognized", id="unknown-option"),
        pytest.param(["call_record", "get_record_by_filter", "--call-type", "Triple"], "'Triple'", id="not-in-enum"),
        pytest.param(["live_config", "set_callback_token", "--is-token-enable", "yes"], "true or false", id="bool"),
        pytest.param(["invoke", READ, "--json", "{not json"], "--json: not valid JSON", id="bad-json"),
        pytest.param(["invoke", READ, "--json", "{}"], "CallId", id="invoke-missing-field"),
        pytest.param(["invoke", "call_engine_http_srv/get_call_inf"], "did you mean", id="unknown-command"),
        pytest.param(["--sdkappid", "0", "call", "end_call", "--call-id", "c"], "sdkappid", id="bad-setting"),
    ],
)
def test_bad_input_exits_2_and_sends_nothing(emulator: Emulator, args: list[str], complaint: str) -> None:
    result = trtc(cli_env(emulator), *args)
    assert result.returncode == cli.EXIT_BAD_INPUT == 2
    assert complaint in result.stderr and "Traceback" not in result.stderr
    assert emulator.requests == []


def test_the_secret_key_comes_only_from_the_environment(emulator: Emulator) -> None:
    env = cli_env(emulator)
    del env["TRTC_SECRET_KEY"]
    result = trtc(env, "call", "end_call", "--call-id", "c")
    assert result.returncode == 2 and "TRTC_SECRET_KEY" in result.stderr
    key = emulator.secret_key
    for args in (["--secret-key", key, "call", "end_call"], ["call", "--secret-key", key, "end_call"]):
        flag = trtc(env, *args, "--call-id", "c", "--secret-key", key)
        assert flag.returncode == 2 and "TRTC_SECRET_KEY" in flag.stderr and emulator.secret_key not in flag.stderr
    assert emulator.requests == []


def test_a_transport_failure_exits_3(emulator: Emulator) -> None:
    env = cli_env(emulator, TRTC_BASE_URL=f"http://127.0.0.1:{unused_loopback_port()}")
    result = trtc(env, "--max-retries", "0", "call", "get_call_info", "--call-id", "c")
    assert result.returncode == cli.EXIT_TRANSPORT == 3
    assert "could not connect" in result.stderr and "Traceback" not in result.stderr


def test_an_undecodable_reply_exits_4(emulator: Emulator) -> None:
    emulator.script(READ, raw=b"not json")
    result = trtc(cli_env(emulator), "call", "get_call_info", "--call-id", "c")
    assert result.returncode == cli.EXIT_BAD_REPLY == 4
    assert "not a JSON object" in result.stderr and "Traceback" not in result.stderr


# -- secrets ---------------------------------------------------------------------------------------


def test_neither_the_secret_key_nor_a_usersig_is_printed_even_in_debug(emulator: Emulator) -> None:
    env = cli_env(emulator, TRTC_LOG="debug")
    emulator.script(END, error_code=70009, error_info=f"refused usersig={emulator.secret_key}")
    outputs = [
        trtc(env, "call", "get_call_info", "--call-id", "c"),
        trtc(env, "call", "end_call", "--call-id", "c"),
    ]
    assert [output.returncode for output in outputs] == [0, 1]
    printed = "".join(output.stdout + output.stderr for output in outputs)
    assert "DEBUG" in printed and "usersig=[REDACTED]" in printed  # the debug log did run
    usersigs = [request.usersig for request in emulator.requests if request.usersig]
    assert len(usersigs) == 2
    for secret in (emulator.secret_key, *usersigs):
        assert secret not in printed
