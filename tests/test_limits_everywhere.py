"""Every documented size limit of every request field is enforced before sending, and only there.

The request models of all commands are walked (top-level fields, nested objects, list items and every
variant of a union) for the limits the spec writes into the schema (`x-limits`: `max_items`,
`max_bytes`, `items.max_bytes`). For each limited field, a typed call one item (or one UTF-8 byte) over
the limit is refused with a RequestValidationError naming the command and the field, and nothing reaches
the emulator; exactly at the limit, the call goes through and the value arrives as sent. Strings are
made of two-byte characters where the field allows, so a check counting characters instead of bytes
fails too.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import pytest

from trtc_sdk import OPERATIONS, Client, RequestValidationError
from trtc_sdk.testing import Emulator
from trtc_sdk.testing.fakes import sample

from .conftest import FAST_RETRIES

Rebuild = Callable[[Any], Any]  # the JSON value of a node with the limited value put in place


@dataclass(frozen=True)
class Limited:
    """One limited field of one command's request."""

    path: str  # "servicename/command"
    steps: tuple[str | int, ...]  # wire keys and list indexes from the body to the field
    label: str  # steps with the union variants taken on the way, for test ids
    kind: str  # max_items | max_bytes | item_max_bytes
    limit: int
    rebuild: Rebuild  # the whole request body with the field set to a value
    item: Any  # max_items: one valid item of the list
    pattern: str | None  # a pattern the string (or each string item) must match


def resolve(node: Mapping[str, Any], defs: Mapping[str, Any]) -> tuple[Mapping[str, Any], str | None]:
    name = None
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = defs[name]
    return node, name


def options(node: Mapping[str, Any], defs: Mapping[str, Any]) -> list[tuple[Mapping[str, Any], str | None]]:
    """The non-null shapes a node may take (the variants of a union, the value of an optional)."""
    node, name = resolve(node, defs)
    for combinator in ("anyOf", "oneOf"):
        if combinator in node:
            found = []
            for option in node[combinator]:
                if option.get("type") != "null":
                    found.extend(options(option, defs))
            return found
    return [(node, name)]


def own_limits(prop: Mapping[str, Any]) -> dict[str, int]:
    limits = prop.get("x-limits", {})
    found = {}
    for spec_name, kind in (
        ("max_items", "max_items"),
        ("max_bytes", "max_bytes"),
        ("items.max_bytes", "item_max_bytes"),
    ):
        if spec_name in limits:
            found[kind] = int(limits[spec_name])
    return found


def walk(
    node: Mapping[str, Any], defs: Mapping[str, Any], seen: frozenset[str]
) -> Iterator[tuple[tuple[str | int, ...], str, str, int, Rebuild, Mapping[str, Any]]]:
    """(steps, label, kind, limit, rebuild, field schema) of every limit inside `node`."""
    shapes = options(node, defs)
    for shape, name in shapes:
        if name is not None and name in seen:
            continue  # a recursive type: its limits were reached at the outer level already
        inner = seen | {name} if name else seen
        variant = f"<{name}>" if len(shapes) > 1 and name else ""
        if "properties" in shape:
            base = sample(shape, defs)
            for key, prop in shape["properties"].items():

                def put(value: Any, base: Any = base, key: str = key) -> Any:
                    return {**copy.deepcopy(base), key: value}

                for kind, limit in own_limits(prop).items():
                    yield (key,), f"{variant}{key}", kind, limit, put, prop
                for steps, label, kind, limit, rebuild, leaf in walk(prop, defs, inner):

                    def nested(value: Any, put: Rebuild = put, rebuild: Rebuild = rebuild) -> Any:
                        return put(rebuild(value))

                    yield (key, *steps), f"{variant}{key}.{label}", kind, limit, nested, leaf
        elif shape.get("type") == "array" and "items" in shape:
            for steps, label, kind, limit, rebuild, leaf in walk(shape["items"], defs, inner):

                def listed(value: Any, rebuild: Rebuild = rebuild) -> Any:
                    return [rebuild(value)]

                yield (0, *steps), f"{variant}0.{label}", kind, limit, listed, leaf


def find_limits() -> list[Limited]:
    found = []
    for path, operation in sorted(OPERATIONS.items()):
        schema = operation.request_model.model_json_schema(by_alias=True)
        defs = schema.get("$defs", {})
        for steps, label, kind, limit, rebuild, leaf in walk(schema, defs, frozenset()):
            array = next((shape for shape, _ in options(leaf, defs) if shape.get("type") == "array"), None)
            item = sample(array["items"], defs) if array is not None and "items" in array else None
            strings = [shape for shape, _ in options(array["items"] if array else leaf, defs)]
            pattern = next((shape["pattern"] for shape in strings if "pattern" in shape), None)
            found.append(Limited(path, steps, label, kind, limit, rebuild, item, pattern))
    return found


LIMITS = find_limits()
BY_ID = {f"{limited.path}:{limited.label}:{limited.kind}": limited for limited in LIMITS}
assert len(BY_ID) == len(LIMITS), "two limits share an id"


def text_of_bytes(size: int, pattern: str | None) -> str:
    """A string of exactly `size` UTF-8 bytes, of two-byte characters unless the pattern forbids them."""
    text = "é" * (size // 2) + "a" * (size % 2)
    if pattern is not None and not re.search(pattern, text):
        text = "a" * size
    assert len(text.encode("utf-8")) == size
    return text


def value_for(limited: Limited, over: bool) -> Any:
    size = limited.limit + (1 if over else 0)
    if limited.kind == "max_items":
        return [copy.deepcopy(limited.item) for _ in range(size)]
    if limited.kind == "max_bytes":
        return text_of_bytes(size, limited.pattern)
    return [text_of_bytes(size, limited.pattern)]  # item_max_bytes: one string item at (or over) the limit


def read(body: Any, steps: tuple[str | int, ...]) -> Any:
    for step in steps:
        body = body[step]
    return body


def keyword_call(client: Client, path: str, body: dict[str, Any]) -> Any:
    """The typed method of the command, with each top-level wire key passed as its python keyword."""
    operation = OPERATIONS[path]
    names = {info.alias: name for name, info in operation.request_model.model_fields.items()}
    method = getattr(getattr(client, operation.namespace), operation.method_name)
    return method(**{names[key]: value for key, value in body.items()})


@pytest.fixture(scope="module")
def shared_client(shared_emulator: Emulator) -> Iterator[Client]:
    with shared_emulator.client(timeout=5.0, max_retries=0, **FAST_RETRIES) as made:
        yield made


def test_the_walk_finds_limits_of_every_kind_at_every_depth() -> None:
    kinds = {limited.kind for limited in LIMITS}
    assert kinds == {"max_items", "max_bytes", "item_max_bytes"}
    assert any(len(limited.steps) == 1 for limited in LIMITS)
    assert any(0 in limited.steps for limited in LIMITS)  # inside list items
    # unions are walked variant by variant (no element of a message body has a size limit today)
    schema = OPERATIONS["openim/sendmsg"].request_model.model_json_schema(by_alias=True)
    variants = options(schema["properties"]["MsgBody"]["items"], schema["$defs"])
    names = {name for _, name in variants}
    assert {"TextElementParam", "ImageElementParam", "RelayElementParam", "UnknownMsgElementParam"} <= names
    assert len({limited.path for limited in LIMITS}) > 50


@pytest.mark.parametrize("limit_id", sorted(BY_ID))
def test_one_over_the_limit_is_refused_before_sending_and_the_limit_itself_is_sent(
    emu: Emulator, shared_client: Client, limit_id: str
) -> None:
    limited = BY_ID[limit_id]
    operation = OPERATIONS[limited.path]
    top_name = next(
        name for name, info in operation.request_model.model_fields.items() if info.alias == limited.steps[0]
    )

    with pytest.raises(RequestValidationError) as refused:
        keyword_call(shared_client, limited.path, limited.rebuild(value_for(limited, over=True)))
    assert refused.value.path == limited.path
    wire_steps = ".".join(str(step) for step in limited.steps)
    assert any(field.startswith(f"{top_name} (") and wire_steps in field for field in refused.value.fields), (
        refused.value.fields
    )
    assert emu.requests == []

    at_limit = limited.rebuild(value_for(limited, over=False))
    reply = keyword_call(shared_client, limited.path, at_limit)
    assert reply.error_code == 0
    [sent] = emu.requests_for(limited.path)
    assert read(sent.json, limited.steps) == read(at_limit, limited.steps)


@pytest.mark.parametrize("path", sorted(path for path, operation in OPERATIONS.items() if operation.batch))
def test_batch_size_is_the_batch_field_max_items(path: str) -> None:
    operation = OPERATIONS[path]
    assert operation.batch is not None
    top_level = [limited for limited in LIMITS if limited.path == path and limited.steps == (operation.batch.field,)]
    assert [(limited.kind, limited.limit) for limited in top_level] == [("max_items", operation.batch.max_items)]
