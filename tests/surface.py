"""Walking the request of every command: each scalar of its fake body with the schema of the field holding it.

Shared by the generic tests of the typed surface. A command is called through its typed method with
JSON values (nested objects as dicts keyed by wire keys, enums as their values), which the request
models accept just like model instances.
"""

from __future__ import annotations

import copy
import importlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from trtc_sdk import OPERATIONS, Operation
from trtc_sdk._core.limits import SEND_AS_STRING
from trtc_sdk.testing.fakes import _schema, fake_request

Steps = tuple[str | int, ...]
Shape = tuple[Mapping[str, Any], str | None]  # a non-null schema a value may take, and its $defs name


def resolve(node: Mapping[str, Any], defs: Mapping[str, Any]) -> Shape:
    name = None
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = defs[name]
    return node, name


def options(node: Mapping[str, Any], defs: Mapping[str, Any]) -> list[Shape]:
    """The non-null shapes a schema allows (the members of a union, the value of an optional)."""
    node, name = resolve(node, defs)
    for combinator in ("anyOf", "oneOf"):
        if combinator in node:
            return [
                shape for option in node[combinator] if option.get("type") != "null" for shape in options(option, defs)
            ]
    return [(node, name)]


@dataclass(frozen=True)
class Leaf:
    """One scalar of a command's fake request body."""

    path: str  # "servicename/command"
    steps: Steps  # wire keys and list indexes from the body to the value
    value: Any
    shapes: tuple[Shape, ...]  # what the field holding it may be
    send_as_string: bool  # the spec documents numbers for this string field (they are sent as text)
    in_union: bool  # the value sits in one variant of a union of objects (at any depth above it)
    tag: bool  # the value is the constant telling the variants of that union apart

    @property
    def label(self) -> str:
        return f"{self.path}:{'.'.join(map(str, self.steps))}"

    @property
    def kind(self) -> str:
        """integer | number | string | boolean | int_enum | str_enum | constant | other"""
        schemas = [shape for shape, _ in self.shapes]
        if any("enum" in shape for shape in schemas):
            return "int_enum" if isinstance(self.value, int) else "str_enum"
        if any("const" in shape for shape in schemas):
            return "constant"
        for kind, python in (("boolean", bool), ("integer", int), ("number", float), ("string", str)):
            if isinstance(self.value, python) and {shape.get("type") for shape in schemas} == {kind}:
                return kind
        return "other"

    @property
    def open_enum(self) -> bool:
        """An enum field that takes values the docs do not list (a plain type beside it, or `__open__`)."""
        plain = any("enum" not in shape and "const" not in shape for shape, _ in self.shapes)
        return plain or any(getattr(enum_class(self.path, name), "__open__", False) for _, name in self.shapes if name)

    def top_name(self) -> str:
        """The python name of the top-level field holding the value."""
        return python_names(OPERATIONS[self.path])[str(self.steps[0])]

    def last_key(self) -> str:
        return str([step for step in self.steps if isinstance(step, str)][-1])


def enum_class(path: str, name: str) -> Any:
    return getattr(importlib.import_module(f"trtc_sdk.models.{OPERATIONS[path].product}"), name, None)


def python_names(operation: Operation) -> dict[str, str]:
    """Wire key -> python name of the request's top-level fields."""
    return {info.alias or name: name for name, info in operation.request_model.model_fields.items()}


def keywords(operation: Operation, body: Mapping[str, Any]) -> dict[str, Any]:
    """The typed method's keyword arguments for a wire body."""
    names = python_names(operation)
    return {names[key]: value for key, value in body.items()}


def replaced(body: Any, steps: Steps, value: Any) -> Any:
    """A deep copy of the body with the value at `steps` replaced."""
    changed = copy.deepcopy(body)
    target = changed
    for step in steps[:-1]:
        target = target[step]
    target[steps[-1]] = value
    return changed


def _object_shape(
    node: Mapping[str, Any], defs: Mapping[str, Any], value: Mapping[str, Any]
) -> tuple[Shape | None, int]:
    """The object schema (of a union's variants) the dict fits, and how many object schemas there were."""
    objects = [(shape, name) for shape, name in options(node, defs) if "properties" in shape]
    for shape, name in objects:
        properties = shape["properties"]
        if not set(value) <= set(properties):
            continue
        constants = {key: resolve(properties[key], defs)[0].get("const") for key in value}
        if all(const is None or const == value[key] for key, const in constants.items()):
            return (shape, name), len(objects)
    if any(shape.get("type") == "object" for shape, _ in options(node, defs)):
        return None, len(objects)  # a free-form object: no fields to walk
    raise AssertionError(f"no object schema of {node} fits {value!r}")


def _walk(
    path: str,
    node: Mapping[str, Any],
    defs: Mapping[str, Any],
    value: Any,
    steps: Steps,
    holder: Mapping[str, Any],
    in_union: bool,
) -> Iterator[Leaf]:
    if isinstance(value, dict):
        found, variants = _object_shape(node, defs, value)
        if found is None:
            return
        shape, _ = found
        union = in_union or variants > 1
        for key, item in value.items():
            prop = shape["properties"][key]
            yield from _walk(path, prop, defs, item, (*steps, key), prop, union)
    elif isinstance(value, list):
        items = next((shape["items"] for shape, _ in options(node, defs) if shape.get("type") == "array"), None)
        assert items is not None, f"{path}: {steps} holds a list its schema does not allow"
        for index, item in enumerate(value):
            yield from _walk(path, items, defs, item, (*steps, index), holder, in_union)
    elif value is not None:
        shapes = tuple(options(node, defs))
        tag = in_union and any("const" in shape for shape, _ in shapes)
        as_string = bool(resolve(holder, defs)[0].get(SEND_AS_STRING))
        yield Leaf(path, steps, value, shapes, as_string, in_union, tag)


def request_schema(path: str) -> tuple[dict[str, Any], dict[str, Any]]:
    schema = _schema(OPERATIONS[path], "request")  # the schema fake_request builds from (cached there)
    return schema, schema.get("$defs", {})


def leaves(path: str) -> list[Leaf]:
    """Every scalar of the command's fake request body (fake_request fills every field)."""
    schema, defs = request_schema(path)
    body = fake_request(OPERATIONS[path])
    found: list[Leaf] = []
    for key, value in body.items():
        prop = schema["properties"][key]
        found.extend(_walk(path, prop, defs, value, (key,), prop, False))
    return found


def nested_keys(path: str) -> list[tuple[Steps, str, bool]]:
    """(steps to the object, key, inside a union variant) of every key of every object nested in the body."""
    schema, defs = request_schema(path)
    found: list[tuple[Steps, str, bool]] = []

    def visit(node: Mapping[str, Any], value: Any, steps: Steps, in_union: bool) -> None:
        if isinstance(value, dict):
            fits, variants = _object_shape(node, defs, value)
            if fits is None:
                return
            shape, _ = fits
            union = in_union or variants > 1
            for key, item in value.items():
                found.append((steps, key, union))
                visit(shape["properties"][key], item, (*steps, key), union)
        elif isinstance(value, list):
            items: Mapping[str, Any] = next(
                (shape["items"] for shape, _ in options(node, defs) if shape.get("type") == "array"), {}
            )
            for index, item in enumerate(value):
                visit(items, item, (*steps, index), in_union)

    body = fake_request(OPERATIONS[path])
    for key, value in body.items():
        visit(schema["properties"][key], value, (key,), False)
    return found
