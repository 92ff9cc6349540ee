"""`failed_items(reply)` finds the items a successful reply reports as failed, for every command that has them.

For each command with `op.item_results`, the emulator answers ErrorCode 0 with per-item results (built
from the command's own fake reply) holding two failures around one success, in the shape the spec's
`kind` says: an entry per item with a status (`per_item`), entries for the failures only
(`failed_items`), or a plain list of failed keys (`failed_keys`). `failed_items` must return exactly
the two failures, in order, with their keys, codes and messages; a reply where everything succeeded
returns none.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

import pydantic
import pytest

from trtc_sdk import OPERATIONS, Client, Operation, failed_items
from trtc_sdk.testing import Emulator
from trtc_sdk.testing.fakes import fake_request, fake_response

TAG = "TestKeyIndex"  # extra key marking object keys (response models keep unknown keys)
PARTIAL = sorted(path for path, operation in OPERATIONS.items() if operation.item_results is not None)


def resolved(node: Mapping[str, Any], defs: Mapping[str, Any]) -> Mapping[str, Any]:
    while True:
        if "$ref" in node:
            node = defs[node["$ref"].rsplit("/", 1)[-1]]
            continue
        choices = [option for option in node.get("anyOf", ()) if option.get("type") != "null"]
        if len(choices) == 1:
            node = choices[0]
            continue
        return node


def entry_schema(operation: Operation) -> tuple[Mapping[str, Any], Mapping[str, Any]]:
    """The schema of one entry of the result array, and the definitions it refers to."""
    assert operation.item_results is not None
    schema = operation.response_model.model_json_schema(by_alias=True)
    defs = schema.get("$defs", {})
    node: Mapping[str, Any] = schema
    for key in operation.item_results.path.split("."):
        node = resolved(node, defs)["properties"][key]
    array = resolved(node, defs)
    assert array.get("type") == "array", operation.path
    return resolved(array["items"], defs), defs


def key_value(schema: Mapping[str, Any], template: Any, index: int) -> Any:
    """A key naming item `index`, of the key field's type."""
    kind = schema.get("type")
    if kind == "integer":
        return 100 + index
    if kind == "string":
        return f"key-{index}"
    assert isinstance(template, dict), schema
    return {**copy.deepcopy(template), TAG: index}


def status_values(schema: Mapping[str, Any], success: tuple[int | str | bool, ...]) -> tuple[Any, list[Any]]:
    """(a success value, two failure values) of the status field's type."""
    if schema.get("type") == "boolean":
        assert success == (True,) and isinstance(success[0], bool), "a boolean status succeeds with true only"
        return True, [False, False]
    if "enum" in schema:
        failures = [value for value in schema["enum"] if value not in success]
    elif schema.get("type") == "string":
        failures = ["FAILED", "DENIED"]
    else:
        failures = [code for code in (70107, 30001) if code not in success]
    assert failures, schema
    return success[0], [failures[0], failures[-1]]


def comparable(value: Any) -> Any:
    return (
        value.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if isinstance(value, pydantic.BaseModel)
        else value
    )


def set_path(body: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    target = body
    for key in parents:
        target = target.setdefault(key, {})
    target[last] = value


def get_path(body: Any, path: str) -> Any:
    for key in path.split("."):
        body = body.get(key) if isinstance(body, dict) else None
    return body


@pytest.fixture(scope="module")
def shared_client(shared_emulator: Emulator) -> Iterator[Client]:
    with shared_emulator.client(max_retries=0) as made:
        yield made


def call(client: Client, operation: Operation) -> Any:
    request = operation.request_model.model_validate(fake_request(operation))
    method = getattr(getattr(client, operation.namespace), operation.method_name)
    return method(**{name: getattr(request, name) for name in request.model_fields_set})


@pytest.mark.parametrize("path", PARTIAL)
def test_failed_items_returns_exactly_the_failures_of_a_successful_reply(
    emu: Emulator, shared_client: Client, path: str
) -> None:
    operation = OPERATIONS[path]
    spec = operation.item_results
    assert spec is not None
    reply_body = fake_response(operation, fake_request(operation), emu.registry.envelope)
    [template] = get_path(reply_body, spec.path)
    schema, defs = entry_schema(operation)

    expected: list[tuple[Any, Any, Any]] = []  # (key, code, message) of each failure
    if spec.kind == "failed_keys":
        keys = [key_value(schema, template, index) for index in (1, 3)]
        entries: list[Any] = keys
        expected = [(key, None, None) for key in keys]
        failed_entries = keys
        all_good: list[Any] = []
    else:
        assert spec.key is not None and spec.status is not None
        properties = schema["properties"]
        key_schema = resolved(properties[spec.key], defs)
        success, failures = status_values(resolved(properties[spec.status], defs), spec.success)

        def entry(index: int, status: Any) -> dict[str, Any]:
            made = {**copy.deepcopy(template), spec.key: key_value(key_schema, template[spec.key], index)}
            made[spec.status] = status
            if spec.message is not None:
                made[spec.message] = "" if status == success else f"item {index} failed"
            return made

        first, second = entry(1, failures[0]), entry(3, failures[1])
        entries = [first, entry(2, success), second] if spec.kind == "per_item" else [first, second]
        expected = [
            (made[spec.key], made[spec.status], made[spec.message] if spec.message else None)
            for made in (first, second)
        ]
        failed_entries = [first, second]
        all_good = [entry(4, success), entry(5, success)] if spec.kind == "per_item" else []

    set_path(reply_body, spec.path, entries)
    emu.script(path, body=reply_body, times=1)
    reply = call(shared_client, operation)

    assert reply.error_code == 0
    failed = failed_items(reply)
    assert [(comparable(item.key), item.code, item.message) for item in failed] == expected
    assert [comparable(item.raw) for item in failed] == failed_entries

    set_path(reply_body, spec.path, all_good)
    emu.script(path, body=reply_body, times=1)
    assert failed_items(call(shared_client, operation)) == []


def test_every_kind_of_per_item_result_is_covered() -> None:
    kinds = {OPERATIONS[path].item_results.kind for path in PARTIAL}  # type: ignore[union-attr]
    assert kinds == {"per_item", "failed_items", "failed_keys"}
