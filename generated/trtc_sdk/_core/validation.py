"""Turning pydantic's validation errors into (field, problem) pairs that name wire keys and python names.

An unknown key gets a did-you-mean at any depth ("call_info (CallInfo.MediaTyp): unknown field; did you
mean 'MediaType'?"), because typos in nested objects are as common as top-level ones.
"""

from __future__ import annotations

import difflib
import types
from collections.abc import Sequence
from typing import Any, Union, get_args, get_origin

import pydantic


def model_inside(annotation: Any) -> type[pydantic.BaseModel] | None:
    """The model class an annotation such as `M`, `M | None` or `list[M]` holds, if any (the first one)."""
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return annotation
    if get_origin(annotation) in (Union, types.UnionType, list) or str(get_origin(annotation)).endswith("Annotated"):
        for member in get_args(annotation):
            found = model_inside(member)
            if found is not None:
                return found
    return None


def field_named(model: type[pydantic.BaseModel], key: str) -> tuple[str, Any] | None:
    """(python name, FieldInfo) of the field whose python name or wire key is `key`."""
    for name, info in model.model_fields.items():
        if key in (name, info.alias):
            return name, info
    return None


def _model_at(model: type[pydantic.BaseModel], steps: Sequence[str | int]) -> type[pydantic.BaseModel] | None:
    current: type[pydantic.BaseModel] | None = model
    for step in steps:
        if current is None:
            return None
        if isinstance(step, int):
            continue  # a list index stays within the same item model
        found = field_named(current, step)
        current = model_inside(found[1].annotation) if found else None
    return current


def _did_you_mean(model: type[pydantic.BaseModel] | None, key: str) -> str:
    if model is None:
        return ""
    known = [name for field_name, info in model.model_fields.items() for name in (field_name, info.alias) if name]
    close = difflib.get_close_matches(key, known, n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def _location(model: type[pydantic.BaseModel], loc: Sequence[str | int]) -> str:
    """`call_info (CallInfo.MediaType)`: the python name of the top field and the wire path inside it."""
    if not loc:
        return "(body)"
    wire = [str(step) for step in loc]
    found = field_named(model, str(loc[0])) if isinstance(loc[0], str) else None
    if found is None:
        return ".".join(wire)
    name, info = found
    wire[0] = info.alias or name
    current = model_inside(info.annotation)
    for index, step in enumerate(loc[1:], start=1):
        if isinstance(step, int) or current is None:
            continue
        nested = field_named(current, step)
        if nested is not None:
            wire[index] = nested[1].alias or nested[0]
            current = model_inside(nested[1].annotation)
    return f"{name} ({'.'.join(wire)})" if info.alias else ".".join(wire)


def describe_validation_errors(model: type[pydantic.BaseModel], exc: pydantic.ValidationError) -> list[tuple[str, str]]:
    problems = []
    for error in exc.errors(include_url=False, include_input=False):
        loc = [step for step in error["loc"] if isinstance(step, (str, int))]
        message = error["msg"].removeprefix("Value error, ")  # pydantic's prefix for our own validators
        if error["type"] == "extra_forbidden" and loc:
            parent = _model_at(model, loc[:-1])
            message = "unknown field" + _did_you_mean(parent, str(loc[-1])) + " (extra_body sends undocumented keys)"
        elif error["type"] == "union_tag_invalid" or error["type"].startswith("literal_"):
            message = error["msg"]
        problems.append((_location(model, loc), message))
    return problems
