"""`python -m codegen diff`: each kind of spec edit is reported and classified as the module's rules say.

Every case copies the spec, edits one YAML file, loads both copies and diffs them; the expected set
of (command or type, field, kind, severity) is compared exactly, so unexpected extra reports fail too.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.diff import Changelog, diff_specs, main
from codegen.load import REPO_ROOT, SPEC_DIR, load_spec
from codegen.model import Spec

# Call (every basic shape) and Conference (open and response_only enums, offset paging) keep the
# copies small; the rules do not depend on which product a command belongs to.
SPEC_FILES = ("schema.json", "common.yaml", "call.yaml", "room.yaml")
Edit = Callable[[dict[str, Any]], object]  # edits the document in place; any result is ignored
Expected = set[tuple[str | None, str | None, str, str]]  # (command or type, field, kind, severity)


def copy_spec(target: Path, file: str | None = None, edit: Edit | None = None) -> Path:
    target.mkdir(parents=True)
    for name in SPEC_FILES:
        shutil.copy(SPEC_DIR / name, target / name)
    if file is not None and edit is not None:
        document = yaml.safe_load((target / file).read_text(encoding="utf-8"))
        edit(document)
        (target / file).write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def original_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_spec(tmp_path_factory.mktemp("old") / "spec")


@pytest.fixture(scope="module")
def original(original_dir: Path) -> Spec:
    return load_spec(original_dir)


def diff_after(original: Spec, tmp_path: Path, file: str, edit: Edit) -> Changelog:
    return diff_specs(original, load_spec(copy_spec(tmp_path / "spec", file, edit)))


def reported(changelog: Changelog) -> Expected:
    return {(c.command or c.type, c.field, c.kind, c.severity) for c in changelog.changes}


# --- edit helpers ------------------------------------------------------------------------------


def command(document: dict[str, Any], name: str, servicename: str | None = None) -> dict[str, Any]:
    return next(
        c
        for s in document["services"]
        if servicename in (None, s["servicename"])
        for c in s["commands"]
        if c["command"] == name
    )


def service(document: dict[str, Any], servicename: str) -> dict[str, Any]:
    return next(s for s in document["services"] if s["servicename"] == servicename)


def field(fields: list[dict[str, Any]], key: str) -> dict[str, Any]:
    return next(f for f in fields if f["key"] == key)


def type_fields(document: dict[str, Any], name: str) -> list[dict[str, Any]]:
    fields: list[dict[str, Any]] = document["types"][name]["fields"]
    return fields


def enum_values(document: dict[str, Any], name: str) -> list[dict[str, Any]]:
    values: list[dict[str, Any]] = document["types"][name]["enum"]
    return values


def remove_command(document: dict[str, Any], servicename: str, name: str) -> None:
    commands = service(document, servicename)["commands"]
    commands.remove(command(document, name, servicename))


def add_command_like(document: dict[str, Any], servicename: str, template: str, name: str) -> None:
    copied = dict(command(document, template))
    copied["command"] = name
    copied.pop("method", None)
    service(document, servicename)["commands"].append(copied)


def rename_command(document: dict[str, Any], old: str, new: str) -> None:
    command(document, old)["command"] = new


def remove_error_code(document: dict[str, Any], code: int) -> None:
    document["errors"] = [e for e in document["errors"] if e["code"] != code]
    for svc in document["services"]:
        for cmd in svc["commands"]:
            cmd["errors"] = [c for c in cmd["errors"] if c != code]


def apply_all(*edits: Edit) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        for one in edits:
            one(document)

    return edit


B, N, D = "breaking", "non-breaking", "docs"
END_CALL = "call_engine_http_srv/end_call"
ROBOT = "call_engine_http_srv/start_call_by_robot"
FILTER = "call_record_http_srv/get_record_by_filter"
BY_CALL_ID = "call_record_http_srv/get_record_by_callid"

CASES: list[tuple[str, str, Edit, Expected]] = [
    # --- commands ---
    (
        "remove a command",
        "call.yaml",
        lambda d: remove_command(d, "call_engine_http_srv", "end_call"),
        {(END_CALL, "command", "command-removed", B)},
    ),
    (
        "add a command",
        "call.yaml",
        lambda d: add_command_like(d, "call_engine_http_srv", "get_call_info", "get_call_summary"),
        {("call_engine_http_srv/get_call_summary", "command", "command-added", N)},
    ),
    (
        "rename a method",
        "call.yaml",
        lambda d: command(d, "end_call").update(method="hang_up"),
        {(END_CALL, "method", "method-renamed", B)},
    ),
    (
        "rename a command whose fields stay identical",
        "call.yaml",
        lambda d: rename_command(d, "end_call", "hang_up"),
        {("call_engine_http_srv/hang_up", "command", "command-renamed", B)},
    ),
    (
        "a removed command with two identical candidates is no rename",
        "call.yaml",
        apply_all(
            lambda d: add_command_like(d, "call_engine_http_srv", "end_call", "hang_up"),
            lambda d: add_command_like(d, "call_engine_http_srv", "end_call", "finish_call"),
            lambda d: remove_command(d, "call_engine_http_srv", "end_call"),
        ),
        {
            (END_CALL, "command", "command-removed", B),
            ("call_engine_http_srv/hang_up", "command", "command-added", N),
            ("call_engine_http_srv/finish_call", "command", "command-added", N),
        },
    ),
    (
        "a command name shared by two services renames the existing models",
        "call.yaml",
        lambda d: add_command_like(d, "call_record_http_srv", "end_call", "end_call"),
        {
            ("call_record_http_srv/end_call", "command", "command-added", N),
            (END_CALL, "models", "model-renamed", B),
        },
    ),
    (
        "rename a namespace",
        "call.yaml",
        lambda d: service(d, "call_record_http_srv").update(namespace="records"),
        {(None, "services.call_record_http_srv", "namespace-renamed", B)},
    ),
    # --- request and response fields ---
    (
        "add an optional request field",
        "call.yaml",
        lambda d: command(d, "end_call")["request"].append({"key": "Reason", "type": "string", "description": "Why."}),
        {(END_CALL, "request.Reason", "field-added", N)},
    ),
    (
        "add a required request field",
        "call.yaml",
        lambda d: command(d, "end_call")["request"].append(
            {"key": "Reason", "type": "string", "required": True, "description": "Why."}
        ),
        {(END_CALL, "request.Reason", "field-added", B)},
    ),
    (
        "make a request field required",
        "call.yaml",
        lambda d: field(command(d, "get_record_by_filter")["request"], "StartTime").update(required=True),
        {(FILTER, "request.StartTime", "field-required", B)},
    ),
    (
        "make a request field optional",
        "call.yaml",
        lambda d: field(command(d, "start_call_by_robot")["request"], "Timeout").update(required=False),
        {(ROBOT, "request.Timeout", "field-required", N)},
    ),
    (
        "remove a request field",
        "call.yaml",
        lambda d: command(d, "start_call_by_robot")["request"].remove(
            field(command(d, "start_call_by_robot")["request"], "UserData")
        ),
        {(ROBOT, "request.UserData", "field-removed", B)},
    ),
    (
        "remove a response field (of a named type)",
        "call.yaml",
        lambda d: type_fields(d, "CallInfo").remove(field(type_fields(d, "CallInfo"), "ChatGroupId")),
        {("CallInfo", "ChatGroupId", "field-removed", B)},
    ),
    (
        "add a response field",
        "call.yaml",
        lambda d: type_fields(d, "CallInfo").append({"key": "Region", "type": "string", "description": "Where."}),
        {("CallInfo", "Region", "field-added", N)},
    ),
    (
        "make a response field optional",
        "call.yaml",
        lambda d: field(type_fields(d, "CallUser"), "Status").update(required=False),
        {("CallUser", "Status", "field-required", B)},
    ),
    (
        "make a response field required",
        "call.yaml",
        lambda d: field(type_fields(d, "CallInfo"), "ChatGroupId").update(required=True),
        {("CallInfo", "ChatGroupId", "field-required", N)},
    ),
    (
        "change a request field type",
        "call.yaml",
        lambda d: field(command(d, "end_call")["request"], "CallId").update(type="integer"),
        {(END_CALL, "request.CallId", "field-type", B)},
    ),
    (
        "widen a request integer type (still a type change of a request field)",
        "call.yaml",
        lambda d: field(command(d, "start_call_by_robot")["request"], "Timeout").update(type="int64"),
        {(ROBOT, "request.Timeout", "field-type", B)},
    ),
    (
        "change a response field from string to integer",
        "call.yaml",
        lambda d: field(type_fields(d, "CallInfo"), "RoomId").update(type="integer"),
        {("CallInfo", "RoomId", "field-type", B)},
    ),
    (
        "change a response field between integer types",
        "call.yaml",
        lambda d: field(type_fields(d, "GetRecordByFilterResult"), "TotalNum").update(type="uint32"),
        {("GetRecordByFilterResult", "TotalNum", "field-type", N)},
    ),
    (
        "lower a max_bytes",
        "call.yaml",
        lambda d: field(command(d, "start_call_by_robot")["request"], "UserData").update(max_bytes=500),
        {(ROBOT, "request.UserData", "field-limit", B)},
    ),
    (
        "raise a max_bytes",
        "call.yaml",
        lambda d: field(command(d, "start_call_by_robot")["request"], "UserData").update(max_bytes=4000),
        {(ROBOT, "request.UserData", "field-limit", N)},
    ),
    (
        "raise a maximum",
        "call.yaml",
        lambda d: field(command(d, "start_call_by_robot")["request"], "Timeout").update(maximum=900000),
        {(ROBOT, "request.Timeout", "field-limit", N)},
    ),
    (
        "raise a minimum",
        "call.yaml",
        lambda d: field(command(d, "start_call_by_robot")["request"], "Timeout").update(minimum=20000),
        {(ROBOT, "request.Timeout", "field-limit", B)},
    ),
    (
        "add a limit to a request field",
        "call.yaml",
        lambda d: field(command(d, "end_call")["request"], "CallId").update(max_length=64),
        {(END_CALL, "request.CallId", "field-limit", B)},
    ),
    (
        "add a pattern to a request field",
        "call.yaml",
        lambda d: field(command(d, "end_call")["request"], "CallId").update(pattern="^[0-9a-f]+$"),
        {(END_CALL, "request.CallId", "field-limit", B)},
    ),
    (
        "drop a pattern",
        "call.yaml",
        lambda d: field(command(d, "set_callback")["request"], "Url").pop("pattern"),
        {("call_config/set_callback", "request.Url", "field-limit", N)},
    ),
    (
        "limit array items",
        "call.yaml",
        lambda d: field(command(d, "start_call_by_robot")["request"], "CalleeList_Account").update(
            max_items=10, items={"max_bytes": 32}
        ),
        {(ROBOT, "request.CalleeList_Account", "field-limit", B)},  # one entry: max_items and items.max_bytes
    ),
    (
        "a response field gets a limit (replies are decoded without limits)",
        "call.yaml",
        lambda d: field(type_fields(d, "CallInfo"), "RoomId").update(max_bytes=64),
        {("CallInfo", "RoomId", "field-limit", N)},
    ),
    (
        "a response field no longer accepts another JSON type",
        "call.yaml",
        lambda d: field(type_fields(d, "CallRecord"), "CallResult").pop("accepts"),
        {("CallRecord", "CallResult", "field-accepts", B)},
    ),
    (
        "change a unit",
        "call.yaml",
        lambda d: field(type_fields(d, "CallRecord"), "StartTime").update(unit="unix_milliseconds"),
        {("CallRecord", "StartTime", "field-unit", B)},
    ),
    (
        "deprecate a request field",
        "call.yaml",
        lambda d: field(command(d, "start_call_by_robot")["request"], "UserData").update(deprecated=True),
        {(ROBOT, "request.UserData", "deprecated", N)},
    ),
    # --- enums ---
    (
        "add an enum value",
        "call.yaml",
        lambda d: enum_values(d, "MediaType").append({"value": "Screen", "description": "Screen sharing."}),
        {("MediaType", "values.Screen", "enum-value-added", N)},
    ),
    (
        "remove an enum value",
        "call.yaml",
        lambda d: enum_values(d, "CallResult").pop(),
        {("CallResult", "values.Offline", "enum-value-removed", B)},
    ),
    (
        "rename an enum member",
        "call.yaml",
        lambda d: enum_values(d, "RoomIdType")[0].update(name="NUMBER"),
        {("RoomIdType", "values.1", "enum-member-renamed", B)},
    ),
    (
        "an enum stops being open",
        "room.yaml",
        lambda d: d["types"]["RoomCallbackCommand"].pop("open"),
        {("RoomCallbackCommand", "open", "enum-open", B)},
    ),
    (
        "an enum becomes open",
        "call.yaml",
        lambda d: d["types"]["CallbackCommand"].update(open=True),
        {("CallbackCommand", "open", "enum-open", N)},
    ),
    (
        "an enum value becomes response-only",
        "room.yaml",
        lambda d: enum_values(d, "TakeSeatMode")[0].update(response_only=True),
        {("TakeSeatMode", "values.FreeToTake", "enum-response-only", B)},
    ),
    (
        "an enum value may now be sent",
        "room.yaml",
        lambda d: enum_values(d, "TakeSeatMode")[2].pop("response_only"),
        {("TakeSeatMode", "values.None", "enum-response-only", N)},
    ),
    # --- error codes ---
    (
        "add an error code to the product table",
        "call.yaml",
        lambda d: d["errors"].append({"code": 101099, "meaning": "New.", "category": "conflict", "retry": "never"}),
        {(None, "errors.101099", "error-added", N)},
    ),
    (
        "remove an error code from the product table",
        "call.yaml",
        lambda d: remove_error_code(d, 101050),
        {
            (None, "errors.101050", "error-removed", B),
            (BY_CALL_ID, "errors.101050", "command-error-removed", N),
            (FILTER, "errors.101050", "command-error-removed", N),
        },
    ),
    (
        "a command documents another error code",
        "call.yaml",
        lambda d: command(d, "end_call")["errors"].append(60008),
        {(END_CALL, "errors.60008", "command-error-added", N)},
    ),
    (
        "change an error's category and retry rule",
        "call.yaml",
        lambda d: d["errors"][5].update(category="invalid", retry="always"),
        {(None, "errors.101004", "error-category", B), (None, "errors.101004", "error-retry", N)},
    ),
    (
        "add an error code to the common table",
        "common.yaml",
        lambda d: d["errors"].append({"code": 60029, "meaning": "New.", "category": "invalid", "retry": "never"}),
        {(None, "errors.60029", "error-added", N)},
    ),
    (
        "remove an error code from the common table",
        "common.yaml",
        lambda d: d.update(errors=[e for e in d["errors"] if e["code"] != 60028]),
        {(None, "errors.60028", "error-removed", B)},
    ),
    # --- behaviour ---
    (
        "change idempotent",
        "call.yaml",
        lambda d: command(d, "end_call").update(idempotent=False),
        {(END_CALL, "idempotent", "idempotency", N)},
    ),
    (
        "change a rate limit",
        "call.yaml",
        lambda d: command(d, "end_call").update(rate_limit_per_sec=20),
        {(END_CALL, "rate_limit_per_sec", "rate-limit", N)},
    ),
    (
        "remove paging",
        "call.yaml",
        lambda d: command(d, "get_record_by_filter").pop("paging"),
        {(FILTER, "paging", "paging-removed", B)},
    ),
    (
        "change where paging starts",
        "call.yaml",
        lambda d: command(d, "get_record_by_filter")["paging"].update(first=0),
        {(FILTER, "paging.first", "paging-changed", N)},
    ),
    # --- regions ---
    (
        "remove an allowed region",
        "call.yaml",
        lambda d: d["regions"]["allowed"].remove("seoul"),
        {(None, "regions.seoul", "region-disallowed", B)},
    ),
    (
        "allow another region",
        "call.yaml",
        lambda d: d["regions"]["allowed"].append("tokyo"),
        {(None, "regions.tokyo", "region-allowed", N)},
    ),
    (
        "change a region host",
        "common.yaml",
        lambda d: d["regions"][1].update(host="adminapisgp2.im.qcloud.com"),
        {(None, "regions.singapore", "region-host", N)},
    ),
    (
        "remove a region from common.yaml",
        "common.yaml",
        lambda d: d.update(regions=[r for r in d["regions"] if r["name"] != "mumbai"]),
        {(None, "regions.mumbai", "region-removed", B)},
    ),
    # --- documentation only ---
    (
        "change descriptions, a summary and notes",
        "call.yaml",
        apply_all(
            lambda d: field(command(d, "end_call")["request"], "CallId").update(description="The call to end."),
            lambda d: command(d, "end_call").update(summary="Ends a running call for everyone."),
            lambda d: command(d, "end_call").update(notes=[{"problem": "P.", "decision": "D."}]),
            lambda d: d["types"]["MediaType"].update(description="Video or audio."),
            lambda d: d.update(description="Calls."),
        ),
        {
            (END_CALL, "request.CallId", "docs", D),
            (END_CALL, "summary", "docs", D),
            (END_CALL, "notes", "docs", D),
            ("MediaType", "description", "docs", D),
            (None, "description", "docs", D),
        },
    ),
    (
        "change a doc_url and a field default",
        "call.yaml",
        apply_all(
            lambda d: command(d, "end_call").update(doc_url="https://trtc.io/document/99999"),
            lambda d: field(command(d, "get_record_by_filter")["request"], "NumberPerPage").update(default=20),
        ),
        {(END_CALL, "doc_url", "docs", D), (FILTER, "request.NumberPerPage", "docs", D)},
    ),
]

REORDERINGS: list[tuple[str, str, Edit]] = [
    ("request fields", "call.yaml", lambda d: command(d, "start_call_by_robot")["request"].reverse()),
    ("object type fields", "call.yaml", lambda d: type_fields(d, "CallRecord").reverse()),
    ("commands of a service", "call.yaml", lambda d: service(d, "call_engine_http_srv")["commands"].reverse()),
    ("services", "room.yaml", lambda d: d["services"].reverse()),
    ("types", "call.yaml", lambda d: d.update(types=dict(reversed(list(d["types"].items()))))),
    ("enum values", "call.yaml", lambda d: enum_values(d, "CallResult").reverse()),
    ("a command's error list", "call.yaml", lambda d: command(d, "end_call")["errors"].reverse()),
    ("allowed regions", "call.yaml", lambda d: d["regions"]["allowed"].reverse()),
    ("the product error table", "room.yaml", lambda d: d["errors"].reverse()),
    ("common regions and errors", "common.yaml", lambda d: d["regions"].reverse() or d["errors"].reverse()),
]


@pytest.mark.parametrize(("file", "edit", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_each_edit_is_reported_and_classified(
    original: Spec, tmp_path: Path, file: str, edit: Edit, expected: Expected
) -> None:
    assert reported(diff_after(original, tmp_path, file, edit)) == expected


@pytest.mark.parametrize(("file", "edit"), [case[1:] for case in REORDERINGS], ids=[case[0] for case in REORDERINGS])
def test_reordering_is_no_change(original: Spec, tmp_path: Path, file: str, edit: Edit) -> None:
    assert diff_after(original, tmp_path, file, edit).changes == []


def test_identical_specs_have_no_changes(original: Spec, original_dir: Path) -> None:
    assert diff_specs(original, load_spec(original_dir)).changes == []


def test_a_type_used_by_requests_and_responses_gets_the_worse_severity(original: Spec, tmp_path: Path) -> None:
    # StartCallInfo is request-only: a new optional field there is harmless. CallInfo is
    # response-only. Making CallInfo also travel in a request makes a new required field breaking.
    def edit(document: dict[str, Any]) -> None:
        command(document, "end_call")["request"].append({"key": "Info", "type": "CallInfo", "description": "x"})
        type_fields(document, "CallInfo").append(
            {"key": "Region", "type": "string", "required": True, "description": "Where."}
        )

    changes = {
        (c.command or c.type, c.field): c.severity for c in diff_after(original, tmp_path, "call.yaml", edit).changes
    }
    assert changes == {(END_CALL, "request.Info"): N, ("CallInfo", "Region"): B}


def test_a_type_change_names_the_commands_using_it(original: Spec, tmp_path: Path) -> None:
    changelog = diff_after(original, tmp_path, "call.yaml", lambda d: enum_values(d, "CallResult").pop())
    (change,) = changelog.changes
    label = changelog.labels[change.group]
    assert label == (
        "type `CallResult` (requests of call_record.get_record_by_filter; "
        "responses of call_record.get_record_by_callid, call_record.get_record_by_filter)"
    )
    assert "value `Offline` removed" in change.detail


def test_a_renamed_command_is_still_compared(original: Spec, tmp_path: Path) -> None:
    def edit(document: dict[str, Any]) -> None:
        rename_command(document, "end_call", "hang_up")
        command(document, "hang_up").update(rate_limit_per_sec=50, summary="Hangs up.")

    changes = diff_after(original, tmp_path, "call.yaml", edit).changes
    assert {(c.kind, c.severity) for c in changes} == {("command-renamed", B), ("rate-limit", N), ("docs", D)}
    assert "renamed from `call_engine_http_srv/end_call`" in next(
        c.detail for c in changes if c.kind == "command-renamed"
    )


# --- command line ---------------------------------------------------------------------------


def run_cli(*args: str, cwd: Path = REPO_ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), str(REPO_ROOT / "generated")])}
    return subprocess.run(
        [sys.executable, "-m", "codegen", "diff", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def edited_dirs(tmp_path_factory: pytest.TempPathFactory, original_dir: Path) -> dict[str, Path]:
    """One edited copy per severity: a breaking edit, a non-breaking one, a documentation-only one."""
    root = tmp_path_factory.mktemp("edited")
    return {
        "breaking": copy_spec(
            root / "breaking", "call.yaml", lambda d: remove_command(d, "call_config", "delete_callback")
        ),
        "non-breaking": copy_spec(
            root / "non-breaking", "call.yaml", lambda d: d["regions"]["allowed"].append("tokyo")
        ),
        "docs": copy_spec(root / "docs", "call.yaml", lambda d: d.update(title="Calls")),
    }


@pytest.mark.parametrize(
    ("edited", "fail_on", "exit_code"),
    [
        ("breaking", "breaking", 1),
        ("non-breaking", "breaking", 0),
        ("docs", "breaking", 0),
        ("breaking", "any", 1),
        ("non-breaking", "any", 1),
        ("docs", "any", 0),
        ("breaking", "never", 0),
    ],
)
def test_fail_on_sets_the_exit_code(
    original_dir: Path, edited_dirs: dict[str, Path], edited: str, fail_on: str, exit_code: int
) -> None:
    result = run_cli(str(original_dir), str(edited_dirs[edited]), "--fail-on", fail_on)
    assert result.returncode == exit_code, result.stderr
    assert result.stderr == ""


def test_text_output_marks_breaking_changes(
    original_dir: Path, edited_dirs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(str(original_dir), str(edited_dirs["breaking"])) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("1 breaking, 0 non-breaking, 0 documentation changes")
    assert re.search(
        r"`call_config/delete_callback` \(`client\.call_config\.delete_callback`\)\n +BREAKING +command removed", out
    )


def test_json_output_is_a_sorted_list_of_change_objects(
    original_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def edit(document: dict[str, Any]) -> None:
        remove_command(document, "call_config", "delete_callback")
        enum_values(document, "MediaType").append({"value": "Screen", "description": "Screen sharing."})
        document["regions"]["allowed"].remove("seoul")
        command(document, "end_call").update(summary="Ends it.")

    edited = copy_spec(tmp_path / "spec", "call.yaml", edit)
    assert main(str(original_dir), str(edited), output_format="json") == 0
    changes = json.loads(capsys.readouterr().out)
    assert [(c["product"], c["command"], c["type"], c["field"], c["kind"], c["severity"]) for c in changes] == [
        ("call", None, None, "regions.seoul", "region-disallowed", "breaking"),
        ("call", None, "MediaType", "values.Screen", "enum-value-added", "non-breaking"),
        ("call", "call_config/delete_callback", None, "command", "command-removed", "breaking"),
        ("call", "call_engine_http_srv/end_call", None, "summary", "docs", "docs"),
    ]
    assert all(set(c) == {"product", "command", "type", "field", "kind", "severity", "detail"} for c in changes)


def test_markdown_starts_with_the_summary_line(
    original_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def edit(document: dict[str, Any]) -> None:
        remove_command(document, "call_config", "delete_callback")
        document["regions"]["allowed"].append("tokyo")
        command(document, "end_call").update(idempotent=False, summary="Ends it.")

    edited = copy_spec(tmp_path / "spec", "call.yaml", edit)
    assert main(str(original_dir), str(edited), output_format="markdown", fail_on="breaking") == 1
    lines = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"\*\*Spec changes: 1 breaking, 2 non-breaking, 1 documentation changes\*\* .*", lines[0])
    assert "## product call" in lines
    assert (
        "- `call_config/delete_callback` (`client.call_config.delete_callback`): **breaking**: command removed" in lines
    )
    assert "  - docs: summary changed" in lines


def test_no_changes_in_markdown(original_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(str(original_dir), str(original_dir), output_format="markdown", fail_on="any") == 0
    out = capsys.readouterr().out
    assert out.startswith("**Spec changes: 0 breaking, 0 non-breaking, 0 documentation changes**")
    assert "No spec changes." in out


def test_an_unknown_revision_exits_2(tmp_path: Path) -> None:
    result = run_cli("no-such-revision-or-dir", "WORKTREE")
    assert result.returncode == 2
    assert "no-such-revision-or-dir: neither a directory nor a git revision" in result.stderr
    assert result.stdout == ""


def test_an_invalid_spec_exits_2(original_dir: Path, tmp_path: Path) -> None:
    broken = copy_spec(tmp_path / "spec", "call.yaml", lambda d: command(d, "end_call").update(errors=[424242]))
    result = run_cli(str(original_dir), str(broken))
    assert result.returncode == 2
    assert "spec is invalid" in result.stderr and "424242" in result.stderr


def test_a_directory_that_is_no_spec_exits_2(original_dir: Path, tmp_path: Path) -> None:
    result = run_cli(str(original_dir), str(tmp_path))
    assert result.returncode == 2
    assert "not a spec directory" in result.stderr


# --- git revisions ----------------------------------------------------------------------------


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=t@t", "-c", "user.name=t", *args], cwd=repo, check=True, capture_output=True
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with two commits of spec/: the second removes a command and allows a region."""
    repo = tmp_path / "repo"
    copy_spec(repo / "spec")
    git(repo, "init", "-q")
    git(repo, "add", "spec")
    git(repo, "commit", "-q", "-m", "spec")

    def edit(document: dict[str, Any]) -> None:
        remove_command(document, "call_config", "delete_callback")
        document["regions"]["allowed"].append("tokyo")

    shutil.rmtree(repo / "spec")
    copy_spec(repo / "spec", "call.yaml", edit)
    git(repo, "commit", "-q", "-am", "edit")
    return repo


def test_diff_between_git_revisions(repo: Path) -> None:
    result = run_cli("HEAD~1", "HEAD", "--format", "json", "--fail-on", "breaking", cwd=repo)
    assert result.returncode == 1, result.stderr
    changes = json.loads(result.stdout)
    assert [(c["kind"], c["severity"]) for c in changes] == [
        ("region-allowed", "non-breaking"),
        ("command-removed", "breaking"),
    ]


def test_worktree_against_a_revision(repo: Path) -> None:
    path = repo / "spec" / "call.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("title: Call (TUICallKit)", "title: Calls"), encoding="utf-8"
    )
    result = run_cli("HEAD", "WORKTREE", "--fail-on", "any", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("0 breaking, 0 non-breaking, 1 documentation changes (HEAD -> WORKTREE)")
    assert "title changed: `Call (TUICallKit)` → `Calls`" in result.stdout


def test_an_existing_directory_wins_over_a_revision_of_the_same_name(repo: Path) -> None:
    git(repo, "tag", "old", "HEAD~1")
    shutil.copytree(repo / "spec", repo / "old")  # a directory named like the tag, holding the new spec
    result = run_cli("old", "HEAD", "--fail-on", "any", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert "No spec changes." in result.stdout
    assert run_cli("HEAD~1", "HEAD", "--fail-on", "any", cwd=repo).returncode == 1


def test_an_invalid_spec_at_a_revision_exits_2(repo: Path) -> None:
    (repo / "spec" / "call.yaml").write_text("product: [unclosed\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "break it")
    result = run_cli("HEAD~1", "HEAD", cwd=repo)
    assert result.returncode == 2
    assert "HEAD: spec is invalid" in result.stderr and "spec/call.yaml: not valid YAML" in result.stderr


def test_a_revision_without_spec_exits_2(repo: Path) -> None:
    git(repo, "rm", "-q", "-r", "spec")
    git(repo, "commit", "-q", "-m", "no spec")
    result = run_cli("HEAD", "HEAD~1", cwd=repo)
    assert result.returncode == 2
    assert "HEAD: has no spec/ directory" in result.stderr
