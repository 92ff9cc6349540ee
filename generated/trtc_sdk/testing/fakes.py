"""Synthesised bodies: a valid reply (or request) for any command, built from a JSON Schema.

One synthesiser serves the emulator (schemas of the models), the tests (`fake_request` fills every
field within its limits) and the generated docs (minimal, realistic examples from the spec's schema).
Reply strings echo the request where a key matches (a CallId asked for comes back), so round trips
are checkable; paged replies claim to hold everything, so iteration ends after one page.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from trtc_sdk._core.registry import Envelope, Operation, Paging

MAX_DEPTH = 8
# Values that read like the real thing, by what a key's name says it holds (first match wins).
_REALISTIC = (
    (re.compile(r"url$", re.I), "https://example.com/callback"),
    (re.compile(r"(^|_)(member_?account|user_?id|.*_account|account)$", re.I), "user_1"),
    (re.compile(r"roomid$", re.I), "room_1001"),
    (re.compile(r"groupid$", re.I), "@TGS#2ABCDEFGH"),
    (re.compile(r"callid$", re.I), "call_7e1c"),
    (re.compile(r"(nick|name)$", re.I), "Alice"),
    (re.compile(r"(text|desc|description|content)$", re.I), "hello"),
    (re.compile(r"token$", re.I), "token_example"),
)


@functools.cache
def _schema(operation: Operation, side: str = "response") -> dict[str, Any]:
    model = operation.response_model if side == "response" else operation.request_model
    return model.model_json_schema(by_alias=True)


def fake_request(operation: Operation) -> dict[str, Any]:
    """A request body with every field filled in (wire keys) that the command's request model accepts."""
    schema = _schema(operation, "request")
    body = sample(schema, schema.get("$defs", {}))
    assert isinstance(body, dict)
    return body


def fake_response(operation: Operation, request: Any, envelope: Envelope | None = None) -> dict[str, Any]:
    """A valid reply body (envelope keys left out) echoing the request's values where keys match."""
    schema = _schema(operation)
    body = sample(schema, schema.get("$defs", {}), echo=flatten(request) if isinstance(request, dict) else {})
    assert isinstance(body, dict)
    for key in envelope.reply_keys.values() if envelope else ():
        body.pop(key, None)
    return end_paging(operation.paging, body)


def end_paging(paging: Paging | None, body: dict[str, Any]) -> dict[str, Any]:
    """Mark a paged reply as the last page (its total is what it holds; its next value means 'done')."""
    if paging is not None:
        items = _get(body, paging.items)
        if paging.total:
            _set(body, paging.total, len(items) if isinstance(items, list) else 0)
        if paging.next:
            _set(body, paging.next, paging.end)
        if paging.done_path:
            _set(body, paging.done_path, paging.done_value)
    return body


def flatten(value: Any, into: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every scalar of a JSON value by its key (the first one wins): what a reply may echo."""
    into = {} if into is None else into
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (str, int)) and not isinstance(item, bool):
                into.setdefault(key, item)
            flatten(item, into)
    elif isinstance(value, list):
        for item in value:
            flatten(item, into)
    return into


def sample(
    schema: Mapping[str, Any],
    defs: Mapping[str, Any],
    key: str = "",
    echo: Mapping[str, Any] | None = None,
    *,
    minimal: bool = False,
    depth: int = 0,
) -> Any:
    """A value valid against `schema`; `minimal` keeps only required keys (one optional when none is)."""
    echo = echo or {}
    if "$ref" in schema:
        return sample(defs[schema["$ref"].rsplit("/", 1)[-1]], defs, key, echo, minimal=minimal, depth=depth)
    if "const" in schema:
        return schema["const"]
    for combinator in ("anyOf", "oneOf", "allOf"):
        if combinator in schema:
            options = [option for option in schema[combinator] if option.get("type") != "null"]
            return sample(options[0], defs, key, echo, minimal=minimal, depth=depth) if options else None
    if "enum" in schema:
        echoed = echo.get(key)
        return echoed if echoed in schema["enum"] else schema["enum"][0]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        if depth > MAX_DEPTH:
            return {}
        properties: Mapping[str, Any] = schema.get("properties", {})
        names = list(properties)
        if minimal:  # required keys, and constants (a union's tag, which the class fills itself)
            required = [name for name in names if name in schema.get("required", ()) or "const" in properties[name]]
            names = required or names[:1]
        return {name: sample(properties[name], defs, name, echo, minimal=minimal, depth=depth + 1) for name in names}
    if kind == "array":
        count = max(1, int(schema.get("minItems", 1))) if depth <= MAX_DEPTH else 0
        return [
            sample(schema.get("items", {}), defs, key, echo, minimal=minimal, depth=depth + 1) for _ in range(count)
        ]
    if kind == "string":
        echoed = echo.get(key)
        return echoed if isinstance(echoed, str) else _string(key, schema)
    if kind == "integer":
        echoed = echo.get(key)
        if isinstance(echoed, int) and not isinstance(echoed, bool):
            return echoed
        return _integer(key, schema)
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return False
    return None


def _integer(key: str, schema: Mapping[str, Any]) -> int:
    low, high = schema.get("minimum"), schema.get("maximum")
    wanted = 1_700_000_000 if key.lower().endswith("time") else 1
    if isinstance(low, (int, float)):
        wanted = max(wanted, int(low))
    if isinstance(high, (int, float)):
        wanted = min(wanted, int(high))
    return wanted


def _string(key: str, schema: Mapping[str, Any]) -> str:
    pattern = schema.get("pattern")
    candidates = [value for rule, value in _REALISTIC if rule.search(key)] + [f"{key or 'value'}-1", "a", "1"]
    if pattern:
        candidates = [value for value in candidates if re.search(pattern, value)] or candidates
    limit = min(schema.get("maxLength", 64), schema.get("x-max-bytes", 64))
    return candidates[0][:limit].ljust(schema.get("minLength", 0), "x")


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
