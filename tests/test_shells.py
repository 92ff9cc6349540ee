"""Edges of the two command lines, `trtc` (python -m trtc_sdk) and `python -m trtc_sdk.testing`.

Subprocesses run with this tree on PYTHONPATH, like a user's shell; the per-command checks of `trtc`
run through its entry function in this process (263 interpreters would take minutes).
"""

from __future__ import annotations

import os
import re
import shlex
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import trtc_sdk
from trtc_sdk import OPERATIONS, Client, cli

GENERATED = Path(trtc_sdk.__file__).resolve().parent.parent
ROOT = GENERATED.parent
PYTHON = shlex.quote(sys.executable)
SNAKE_OPTION = re.compile(r"--[a-z0-9]+_[a-z0-9_]*")


def shell_env(**extra: str) -> dict[str, str]:
    """The caller's environment without TRTC_* settings, importing trtc_sdk from this tree."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("TRTC_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(GENERATED)])
    return {**env, **extra}


def shell(command: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command], env=shell_env(**extra), capture_output=True, text=True, timeout=60, check=False
    )


def emulator_process(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trtc_sdk.testing", *args],
        env=shell_env(**extra),
        capture_output=True,
        text=True,
        timeout=15,  # a bad argument that is not refused starts a server: it fails here instead of hanging
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], complaint: str) -> None:
    """Non-zero exit, no traceback, and the complaint on one line of stderr (argparse's usage may precede it)."""
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "Error:" not in result.stderr, result.stderr
    assert result.stdout == ""
    [line] = [line for line in result.stderr.splitlines() if complaint in line]
    assert line.startswith("python -m trtc_sdk.testing: ")
    assert result.stderr.rstrip("\n").splitlines()[-1] == line  # the complaint is the last word


# -- trtc in a pipe --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pipeline",
    [
        "{trtc} list | head -1",
        "{trtc} list | true",  # the reader is gone before the first write
        "{trtc} describe group.send_group_msg | head -c 10",
        "{trtc} webhook list | true",
    ],
)
def test_a_closed_pipe_ends_trtc_quietly(pipeline: str) -> None:
    command = pipeline.format(trtc=f"{PYTHON} -m trtc_sdk")
    result = shell(f'{command}; echo "status=${{PIPESTATUS[0]}}" >&2')
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr, result.stderr
    assert "Exception ignored" not in result.stderr, result.stderr
    assert result.stderr.strip() == "status=0"  # nothing but the status line: no error text at all


def test_list_in_a_pipe_still_prints_the_first_line() -> None:
    result = shell(f"{PYTHON} -m trtc_sdk list | head -1")
    assert result.returncode == 0
    assert result.stdout.split()[0] == next(iter(OPERATIONS))  # `list` prints the commands in registry order


# -- trtc describe and --help, every command -------------------------------------------------------


@pytest.fixture
def quiet_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in [name for name in os.environ if name.startswith("TRTC_")]:
        monkeypatch.delenv(name)
    yield


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = cli.main(argv)
    except SystemExit as exit_:  # --help ends through argparse
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def option_problems(text: str, options: list[str]) -> list[str]:
    snake = sorted(set(SNAKE_OPTION.findall(text)))
    missing = [option for option in options if not re.search(rf"{re.escape(option)}(?![\w-])", text)]
    return [f"snake_case options {snake}"] * bool(snake) + [f"missing {missing}"] * bool(missing)


@pytest.mark.usefixtures("quiet_env")
def test_describe_and_method_help_show_kebab_case_options_for_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    """`trtc describe PATH` through the entry function for every command; `trtc NS METHOD --help` through it
    for one command per namespace, and for every command from the method parser it prints."""
    problems = []
    helped = set()
    for path, operation in sorted(OPERATIONS.items()):
        namespace, method = operation.namespace.replace("_", "-"), operation.method_name.replace("_", "-")
        options = [f"--{name.replace('_', '-')}" for name in operation.request_model.model_fields]
        code, out, err = run_cli(["describe", path], capsys)
        if code != 0 or err:
            problems.append(f"describe {path}: exit {code}: {err}")
        problems += [f"describe {path}: {problem}" for problem in option_problems(out, options)]
        if f"trtc {namespace} {method} --OPTION" not in out:
            problems.append(f"describe {path}: the usage line is not `trtc {namespace} {method}`")
        help_text = cli.build_method_parser(operation).format_help()
        if namespace not in helped:
            helped.add(namespace)
            code, out, err = run_cli([namespace, method, "--help"], capsys)
            if (code, out, err) != (0, help_text, ""):
                problems.append(f"{namespace} {method} --help: exit {code}, not the method parser's help: {err}")
        problems += [f"{namespace} {method} --help: {problem}" for problem in option_problems(help_text, options)]
    assert not problems, "\n".join(problems)


@pytest.mark.usefixtures("quiet_env")
def test_the_kebab_case_options_describe_shows_are_the_ones_the_parser_takes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A snake_case spelling is refused: the options shown are the only ones."""
    code, _, err = run_cli(["call", "get-call-info", "--call_id", "c1"], capsys)
    assert code == 2 and "--call_id" in err


# -- python -m trtc_sdk.testing --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["--port", "99999"], "port must be 0..65535"),
        (["--port", "-1"], "port must be 0..65535"),
        (["--port", "http"], "not a port number"),
        (["--sdkappid", "0"], "a client refuses 0"),
        (["--sdkappid", "app"], "not an SDKAppID"),
        (["--identifier", ""], "--identifier (or TRTC_IDENTIFIER) must name an administrator account"),
        (["--host", "no-such-host.invalid", "--port", "0"], "cannot listen on no-such-host.invalid:0"),
        (["--shout"], "unrecognized arguments: --shout"),
    ],
)
def test_bad_arguments_get_a_one_line_error_and_no_traceback(args: list[str], complaint: str) -> None:
    assert_one_line_error(emulator_process(*args), complaint)


def test_a_busy_port_gets_a_one_line_error() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = emulator_process("--port", str(port))
    assert_one_line_error(result, f"cannot listen on 127.0.0.1:{port}: Address already in use")
    assert result.returncode == 1


@pytest.mark.parametrize(
    ("variable", "value", "complaint"),
    [
        ("TRTC_SECRET_KEY", "", "TRTC_SECRET_KEY is set but empty"),
        ("TRTC_SECRET_KEY", "   ", "TRTC_SECRET_KEY is set but empty"),
        ("TRTC_SDKAPPID", "abc", "not an SDKAppID: 'abc'"),
        ("TRTC_SDKAPPID", "4294967296", "a client refuses 4294967296"),
    ],
)
def test_unusable_environment_gets_a_one_line_error(variable: str, value: str, complaint: str) -> None:
    assert_one_line_error(emulator_process("--port", "0", **{variable: value}), complaint)


def test_help_explains_every_option() -> None:
    result = emulator_process("--help")
    assert result.returncode == 0 and result.stderr == ""
    text = result.stdout
    assert "TRTC_SECRET_KEY" in text  # the key has no flag: the help says where it comes from
    section = text.split("options:\n", 1)[1]
    entries = re.split(r"\n(?=  -)", section.strip("\n"))
    explained = {}
    for entry in entries:
        head, _, rest = entry.strip().partition("  ")
        if "\n" in head:
            head, _, more = head.partition("\n")
            rest = more + rest
        explained[head.split(",")[-1].split()[0]] = " ".join(rest.split())
    assert set(explained) == {"--help", "--host", "--port", "--sdkappid", "--identifier", "--enforce-rate-limits"}
    assert all(len(description) > 20 for description in explained.values()), explained
    for option, words in {
        "--port": "0 picks a free one",
        "--host": "0.0.0.0",
        "--sdkappid": "TRTC_SDKAPPID",
        "--identifier": "TRTC_IDENTIFIER",
        "--enforce-rate-limits": "60007",
    }.items():
        assert words in explained[option], (option, explained[option])


def test_listening_on_every_address_prints_a_base_url_a_client_accepts() -> None:
    """--host 0.0.0.0, no TRTC_SECRET_KEY: the printed URL and throwaway key work for a Client."""
    process = subprocess.Popen(
        [sys.executable, "-m", "trtc_sdk.testing", "--host", "0.0.0.0", "--port", "0", "--sdkappid", "1400000007"],
        env=shell_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        listening, throwaway, exports = (process.stdout.readline() for _ in range(3))
        url = re.search(r"listening on (\S+) ", listening)
        key = re.search(r"export TRTC_SECRET_KEY=(\S+)", throwaway)
        assert url and key, (listening, throwaway)
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url[1]), url[1]  # a wildcard bind is reached on loopback
        assert exports.split() == ["export", f"TRTC_BASE_URL={url[1]}", "TRTC_SDKAPPID=1400000007"]
        with Client(1400000007, key[1], base_url=url[1], max_retries=0, timeout=5.0) as client:
            reply = client.call.get_call_info(call_id="c1")
        assert reply.error_code == 0 and reply.request_id
    finally:
        process.terminate()  # the process this test started, by its handle
        _, errors = process.communicate(timeout=10)
    assert "Traceback" not in errors, errors
