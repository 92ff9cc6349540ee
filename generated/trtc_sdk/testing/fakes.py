"""Synthesised bodies: a valid reply (or request) for any command, built from its model's JSON Schema.

Reply strings echo the request where a key matches (a CallId asked for comes back), so round trips
are checkable; paged replies claim to hold everything, so iteration ends after one page. Requests
respect the model's limits (ranges, lengths, item counts, patterns), so they pass validation.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from trtc_sdk._runtime.operations import Operation


@functools.cache
def _schema(operation: Operation, side: str = "response") -> dict[str, Any]:
    model = operation.response_model if side == "response" else operation.request_model
    return model.model_json_schema(by_alias=True)


def fake_request(operation: Operation) -> dict[str, Any]:
    """A request body with every field filled in (wire keys) that the command's request model accepts."""
    schema = _schema(operation, "request")
    body = _sample(schema, schema.get("$defs", {}), "", {}, depth=0)
    assert isinstance(body, dict)
    return body


def fake_response(operation: Operation, request: Any) -> dict[str, Any]:
    schema = _schema(operation)
    echo = _flatten(request) if isinstance(request, dict) else {}
    body = _sample(schema, schema.get("$defs", {}), "", echo, depth=0)
    assert isinstance(body, dict)
    for key in ("ActionStatus", "ErrorCode", "ErrorInfo", "RequestId", "ErrorDisplay"):
        body.pop(key, None)
    if operation.paging is not None:
        items = _get(body, operation.paging.items)
        if operation.paging.total:
            _set(body, operation.paging.total, len(items) if isinstance(items, list) else 0)
        if operation.paging.next:
            _set(body, operation.paging.next, operation.paging.end)
    return body


def _flatten(value: Any, into: dict[str, Any] | None = None) -> dict[str, Any]:
    into = {} if into is None else into
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (str, int)) and not isinstance(item, bool):
                into.setdefault(key, item)
            _flatten(item, into)
    elif isinstance(value, list):
        for item in value:
            _flatten(item, into)
    return into


def _sample(schema: dict[str, Any], defs: dict[str, Any], key: str, echo: dict[str, Any], depth: int) -> Any:
    if "$ref" in schema:
        return _sample(defs[schema["$ref"].rsplit("/", 1)[-1]], defs, key, echo, depth)
    for combinator in ("anyOf", "oneOf", "allOf"):
        if combinator in schema:
            options = [option for option in schema[combinator] if option.get("type") != "null"]
            return _sample(options[0], defs, key, echo, depth) if options else None
    if "enum" in schema:
        echoed = echo.get(key)
        return echoed if echoed in schema["enum"] else schema["enum"][0]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        if depth > 8:
            return {}
        return {name: _sample(prop, defs, name, echo, depth + 1) for name, prop in schema.get("properties", {}).items()}
    if kind == "array":
        count = max(1, int(schema.get("minItems", 1))) if depth <= 8 else 0
        return [_sample(schema.get("items", {}), defs, key, echo, depth + 1) for _ in range(count)]
    if kind == "string":
        echoed = echo.get(key)
        return echoed if isinstance(echoed, str) else _string(key, schema)
    if kind == "integer":
        echoed = echo.get(key)
        if isinstance(echoed, int) and not isinstance(echoed, bool):
            return echoed
        return int(schema.get("minimum", min(1, schema.get("maximum", 1))))
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return False
    return None


def _string(key: str, schema: dict[str, Any]) -> str:
    pattern = schema.get("pattern")
    if pattern:
        for candidate in ("https://example.com/callback", "a", "1"):
            if re.search(pattern, candidate):
                return candidate
    limit = min(schema.get("maxLength", 64), schema.get("x-max-bytes", 64))
    return f"{key or 'value'}-1"[:limit].ljust(schema.get("minLength", 0), "x")


def _get(body: dict[str, Any], path: str) -> Any:
    value: Any = body
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _set(body: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    target: Any = body
    for key in parents:
        target = target.setdefault(key, {})
    target[last] = value
