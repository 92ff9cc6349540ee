"""The spec validates on load, and a malformed spec fails naming the file, the command and the key."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.load import SPEC_DIR, SpecError, SpecErrors, load_spec


def test_the_committed_spec_loads() -> None:
    spec = load_spec()
    paths = [command.path for command in spec.commands]
    assert len(paths) == len(set(paths))
    assert "call_engine_http_srv/get_call_info" in paths
    assert all(command.doc_url or command.undocumented for command in spec.commands)


def broken_spec(tmp_path: Path, edit: Callable[[dict[str, Any]], None], file: str = "call.yaml") -> str:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    for name in ("schema.json", "common.yaml", "call.yaml"):
        shutil.copy(SPEC_DIR / name, spec_dir / name)
    document = yaml.safe_load((spec_dir / file).read_text())
    edit(document)
    (spec_dir / file).write_text(yaml.safe_dump(document, sort_keys=False))
    with pytest.raises((SpecError, SpecErrors)) as caught:
        load_spec(spec_dir)
    return str(caught.value)


def command(document: dict[str, Any], name: str) -> dict[str, Any]:
    return next(c for s in document["services"] for c in s["commands"] if c["command"] == name)


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda d: command(d, "get_call_info")["request"][0].update(type="strng"),
            "spec/call.yaml: command call_engine_http_srv/get_call_info: "
            "key 'request[0] (CallId).type': 'strng' is not valid",
        ),
        (
            lambda d: command(d, "end_call")["request"][0].update(requird=True),
            "command call_engine_http_srv/end_call: key 'request[0] (CallId)': unknown key",
        ),
        (
            lambda d: command(d, "end_call")["request"][0].update(type="NoSuchType"),
            "command call_engine_http_srv/end_call: key 'request[0] (CallId).type': unknown type 'NoSuchType'",
        ),
        (
            lambda d: command(d, "end_call").update(errors=[999999]),
            "command call_engine_http_srv/end_call: key 'errors': code 999999 is in neither",
        ),
        (
            lambda d: command(d, "get_record_by_filter")["paging"].update(items="Response.Nope"),
            "key 'paging.items': 'Response.Nope' does not lead to a response field",
        ),
        (
            lambda d: command(d, "get_call_info")["request"].append(dict(command(d, "get_call_info")["request"][0])),
            "key 'request': key 'CallId' appears twice",
        ),
        (
            lambda d: command(d, "start_call_by_robot")["request"][2].update(max_bytes=10),
            "key 'request[2] (Timeout).max_bytes': does not apply to type integer",
        ),
        (
            lambda d: d["types"]["RoomIdType"]["enum"][0].pop("name"),
            "type RoomIdType: key 'enum value 1': integer values need a `name`",
        ),
        (
            lambda d: command(d, "end_call").pop("idempotent"),
            "command call_engine_http_srv/end_call: 'idempotent' is a required property",
        ),
        (
            lambda d: d["regions"].update(allowed=["atlantis"]),
            "key 'regions.allowed': unknown region 'atlantis'",
        ),
        (
            lambda d: d["types"].update(Unused={"description": "x", "fields": []}),
            "type Unused: defined but never used",
        ),
    ],
)
def test_malformed_specs_are_reported_precisely(
    tmp_path: Path, edit: Callable[[dict[str, Any]], None], expected: str
) -> None:
    assert expected in broken_spec(tmp_path, edit)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    def two_problems(document: dict[str, Any]) -> None:
        command(document, "end_call")["request"][0]["type"] = "NoSuchType"
        command(document, "get_call_info")["errors"] = [424242]

    message = broken_spec(tmp_path, two_problems)
    assert "NoSuchType" in message and "424242" in message


def test_invalid_yaml_names_the_file(tmp_path: Path) -> None:
    for name in ("schema.json", "common.yaml"):
        shutil.copy(SPEC_DIR / name, tmp_path / name)
    (tmp_path / "call.yaml").write_text("product: [unclosed\n")
    with pytest.raises(SpecError, match=r"call\.yaml: not valid YAML"):
        load_spec(tmp_path)
