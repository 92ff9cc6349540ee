"""Hypothesis strategies for malformed replies, and the property every reply must satisfy:
the decoder returns the command's response model or raises a TRTCError subclass with a message,
never anything else, and quickly."""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from trtc_sdk import OPERATIONS, TRTCError
from trtc_sdk._core.reply import HTTPReply, decode_reply
from trtc_sdk._registry import REGISTRY
from trtc_sdk.testing.fakes import fake_response

PATHS = sorted(OPERATIONS)
STATUSES = [200, 200, 200, 200, 201, 204, 301, 400, 401, 403, 404, 429, 500, 502, 503, 504]
huge_numbers = st.sampled_from([10**40, -(10**40), 2**64, 2**63, -(2**63) - 1, 1e308, -1e308, 0.5])
scalars = st.none() | st.booleans() | st.integers() | huge_numbers | st.floats() | st.text(max_size=40)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=25,
)
envelope_values = st.one_of(st.integers(), huge_numbers, st.text(max_size=12), st.booleans(), st.none(), json_values)


@st.composite
def envelopes(draw: st.DrawFn) -> dict[str, Any]:
    body: dict[str, Any] = {}
    for key in ("ErrorCode", "ActionStatus", "ErrorInfo", "RequestId", "Response"):
        if draw(st.booleans()):
            body[key] = draw(envelope_values)
    if draw(st.booleans()):
        body["ErrorCode"] = draw(st.sampled_from([0, 0, 60007, 70001, 101004, 100002, 123456, "0", "70001", "x"]))
    return body


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


@st.composite
def mutated_valid_replies(draw: st.DrawFn, path: str) -> dict[str, Any]:
    """A valid reply of the command with one value replaced or removed (wrong types, missing keys)."""
    reply: dict[str, Any] = {
        "ActionStatus": "OK",
        "ErrorCode": 0,
        "ErrorInfo": "",
        "RequestId": "r",
        **fake_response(OPERATIONS[path], {}),
    }
    spots = _paths(reply)
    spot = draw(st.sampled_from(spots))
    parent: Any = reply
    for key in spot[:-1]:
        parent = parent[key]
    if draw(st.booleans()) and isinstance(parent, dict):
        del parent[spot[-1]]
    else:
        parent[spot[-1]] = draw(json_values)
    return reply


def deep_nesting(depth: int) -> bytes:
    return b'{"ErrorCode": 0, "Response": ' + b"[" * depth + b"]" * depth + b"}"


@st.composite
def reply_bodies(draw: st.DrawFn, path: str) -> bytes:
    kind = draw(st.sampled_from(["bytes", "json", "envelope", "mutated", "truncated", "nested", "digits", "non_utf8"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    if kind == "json":
        return json.dumps(draw(json_values)).encode()
    if kind == "envelope":
        return json.dumps(draw(envelopes())).encode()
    if kind == "mutated":
        return json.dumps(draw(mutated_valid_replies(path))).encode()
    if kind == "truncated":
        whole = json.dumps(draw(mutated_valid_replies(path))).encode()
        return whole[: draw(st.integers(0, len(whole)))]
    if kind == "nested":
        return deep_nesting(draw(st.sampled_from([10, 1000, 100_000])))
    if kind == "digits":
        return b'{"ErrorCode": ' + b"9" * draw(st.sampled_from([20, 5000, 100_000])) + b"}"
    return b'{"ErrorCode": 0, "ErrorInfo": "\xff\xfe\xc3"}'


cases = st.sampled_from(PATHS).flatmap(
    lambda path: st.tuples(st.just(path), st.sampled_from(STATUSES), reply_bodies(path))
)


@dataclass
class Outcomes:
    cases: int = 0
    by_result: Counter[str] = field(default_factory=Counter)
    slowest_ms: float = 0.0
    bad: list[str] = field(default_factory=list)


def check_decoding(path: str, status: int, body: bytes, outcomes: Outcomes | None = None) -> None:
    """The property. Records the outcome; raises AssertionError on any violation."""
    operation = OPERATIONS[path]
    started = time.perf_counter()
    try:
        result: object = decode_reply(
            REGISTRY, operation, HTTPReply(status, body), operation.response_model, ("secret",)
        )
        label = "decoded"
        assert isinstance(result, operation.response_model)
    except TRTCError as error:
        label = type(error).__name__
        assert str(error), "an error message must say something"
        assert path in str(error)
    except Exception as error:  # what the property forbids
        if outcomes is not None:
            outcomes.bad.append(f"{path} {status} {body[:80]!r}: {error!r}")
        raise AssertionError(f"{type(error).__name__} escaped the decoder: {error!r}") from error
    elapsed = (time.perf_counter() - started) * 1000
    if outcomes is not None:
        outcomes.cases += 1
        outcomes.by_result[label] += 1
        outcomes.slowest_ms = max(outcomes.slowest_ms, elapsed)
    assert elapsed < 2000, f"decoding took {elapsed:.0f} ms"
