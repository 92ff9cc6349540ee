"""Turning pydantic's validation errors into (field, problem) pairs that name wire keys and python names.

An unknown key gets a did-you-mean at any depth ("call_info (CallInfo.MediaTyp): unknown field; did you
mean 'MediaType'?"), because typos in nested objects are as common as top-level ones.
"""

from __future__ import annotations

import difflib
import sys
import types
from collections.abc import Iterable, Sequence
from typing import Annotated, Any, ForwardRef, Union, get_args, get_origin

import pydantic


def node_inside(annotation: Any) -> type[pydantic.BaseModel] | dict[str, type[pydantic.BaseModel]] | None:
    """The model an annotation such as `M`, `M | None` or `list[M]` holds, or for an open union (a type
    alias of tagged variants) its variants by tag, as error locations name them."""
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return annotation
    value = getattr(annotation, "__value__", None)  # a TypeAliasType: the open unions
    if value is not None:
        return _tagged_variants(value, sys.modules.get(getattr(annotation, "__module__", ""), None)) or None
    if get_origin(annotation) in (Union, types.UnionType, list, Annotated):
        for member in get_args(annotation):
            found = node_inside(member)
            if found is not None:
                return found
    return None


def model_inside(annotation: Any) -> type[pydantic.BaseModel] | None:
    """The model class an annotation holds, if any (the first one)."""
    found = node_inside(annotation)
    return found if isinstance(found, type) else None


def _tagged_variants(value: Any, module: types.ModuleType | None) -> dict[str, type[pydantic.BaseModel]]:
    """{tag: variant class} of `Annotated[Annotated["Variant", Tag("tag")] | ..., Discriminator(...)]`."""
    variants: dict[str, type[pydantic.BaseModel]] = {}
    union = get_args(value)[0] if get_origin(value) is Annotated else value
    for member in get_args(union):
        parts = get_args(member)
        if len(parts) < 2 or not isinstance(parts[1], pydantic.Tag):
            continue
        target = parts[0]
        name = target.__forward_arg__ if isinstance(target, ForwardRef) else target
        resolved = getattr(module, name, None) if isinstance(name, str) else name
        if isinstance(resolved, type) and issubclass(resolved, pydantic.BaseModel):
            variants[str(parts[1].tag)] = resolved
    return variants


def field_named(model: type[pydantic.BaseModel], key: str) -> tuple[str, Any] | None:
    """(python name, FieldInfo) of the field whose python name or wire key is `key`."""
    for name, info in model.model_fields.items():
        if key in (name, info.alias):
            return name, info
    return None


def _walk(model: type[pydantic.BaseModel], steps: Sequence[str | int]) -> list[tuple[str | int, Any, bool]]:
    """Each step with the node it leads to and whether it is a union tag (which names no key)."""
    walked: list[tuple[str | int, Any, bool]] = []
    current: Any = model
    for step in steps:
        if isinstance(step, int):
            walked.append((step, current, False))  # a list index stays within the same item model
            continue
        if isinstance(current, dict):  # an open union: the step is the variant's tag
            current = current.get(step)
            walked.append((step, current, True))
            continue
        found = field_named(current, step) if isinstance(current, type) else None
        current = node_inside(found[1].annotation) if found else None
        walked.append((found[1].alias or found[0] if found else step, current, False))
    return walked


def _model_at(model: type[pydantic.BaseModel], steps: Sequence[str | int]) -> type[pydantic.BaseModel] | None:
    node = _walk(model, steps)[-1][1] if steps else model
    return node if isinstance(node, type) else None


def _did_you_mean(model: type[pydantic.BaseModel] | None, key: str) -> str:
    if model is None:
        return ""
    known = [name for field_name, info in model.model_fields.items() for name in (field_name, info.alias) if name]
    close = difflib.get_close_matches(key, known, n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def unknown_keywords(model: type[pydantic.BaseModel], names: Iterable[str]) -> list[tuple[str, str]]:
    """(name, problem) for every keyword that is not a field of `model`, with a did-you-mean."""
    fields = set(model.model_fields)
    return [(name, f"unknown field{_did_you_mean(model, name)}") for name in names if name not in fields]


def _location(model: type[pydantic.BaseModel], loc: Sequence[str | int]) -> str:
    """`call_info (CallInfo.MediaType)`: the python name of the top field and the wire path inside it (union
    tags left out: `msg_body (MsgBody.0.MsgContent.Text)`)."""
    if not loc:
        return "(body)"
    found = field_named(model, str(loc[0])) if isinstance(loc[0], str) else None
    if found is None:
        return ".".join(str(step) for step in loc)
    name, info = found
    wire = [str(step) for step, _, is_tag in _walk(model, loc) if not is_tag]
    return f"{name} ({'.'.join(wire)})" if info.alias else ".".join(wire)


def _misspelt_key(model: type[pydantic.BaseModel] | None, missing: str, given: Any) -> str | None:
    """A key of `given` that is not a field of `model` and looks like the missing one."""
    if model is None or not isinstance(given, dict):
        return None
    known = {key for name, info in model.model_fields.items() for key in (name, info.alias)}
    strangers = [key for key in given if isinstance(key, str) and key not in known]
    close = difflib.get_close_matches(missing, strangers, n=1)
    return close[0] if close else None


def describe_validation_errors(model: type[pydantic.BaseModel], exc: pydantic.ValidationError) -> list[tuple[str, str]]:
    problems = []
    for error in exc.errors(include_url=False):
        loc = [step for step in error["loc"] if isinstance(step, (str, int))]
        message = error["msg"].removeprefix("Value error, ")  # pydantic's prefix for our own validators
        if error["type"] == "extra_forbidden" and loc:
            parent = _model_at(model, loc[:-1])
            message = "unknown field" + _did_you_mean(parent, str(loc[-1])) + " (extra_body sends undocumented keys)"
        elif error["type"] == "missing" and loc:
            # a model that keeps unknown keys (an element of an unknown kind) reports the typo as a missing key
            typo = _misspelt_key(_model_at(model, loc[:-1]), str(loc[-1]), error.get("input"))
            if typo is not None:
                loc, message = [*loc[:-1], typo], f"unknown field; did you mean {str(loc[-1])!r}?"
        elif error["type"] == "union_tag_invalid" or error["type"].startswith("literal_"):
            message = error["msg"]
        problems.append((_location(model, loc), message))
    return problems
