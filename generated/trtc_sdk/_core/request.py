"""Requests out: the request model from keyword fields or a model instance, then its JSON body.

Nothing is sent half-built: every problem is found here, before a connection is touched, and raised as
one RequestValidationError naming the command and each field.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from typing import Any, TypeVar

import pydantic

from trtc_sdk._core.errors import RequestValidationError
from trtc_sdk._core.models import RequestModel
from trtc_sdk._core.registry import Operation
from trtc_sdk._core.validation import describe_validation_errors
from trtc_sdk._core.wire import attribute_name

RequestT = TypeVar("RequestT", bound=RequestModel)
MAX_EXTRA_BODY_DEPTH = 64


def build_request(
    operation: Operation, request_type: type[RequestT], request: object, params: Mapping[str, Any]
) -> RequestT:
    """The request model from either a model instance or keyword fields; bad input raises before sending."""
    path = operation.path
    given = {name: value for name, value in params.items() if value is not None}  # None: not given
    try:
        if request is not None:
            if given:
                raise RequestValidationError(
                    path, [("(arguments)", "pass a request model or keyword fields, not both")]
                )
            if not isinstance(request, request_type):
                raise RequestValidationError(
                    path, [("(request)", f"expected {request_type.__name__}, got {type(request).__name__}")]
                )
            # Checked again: the model (or a list inside it) may have been changed since it was built.
            model = request_type.model_validate(request.model_dump(by_alias=True, exclude_none=True))
        else:
            model = request_type(**given)
    except RequestValidationError as exc:
        raise RequestValidationError(path, exc.problems) from None
    except pydantic.ValidationError as exc:
        raise RequestValidationError(path, describe_validation_errors(request_type, exc)) from None
    return with_deduplication_key(operation, model)


def validate_wire_body(operation: Operation, request_type: type[RequestT], body: object) -> RequestT:
    """The request model from a dict keyed by wire keys (client.invoke)."""
    if not isinstance(body, Mapping):
        raise RequestValidationError(operation.path, [("(body)", f"expected a mapping, got {type(body).__name__}")])
    try:
        model = request_type.model_validate(dict(body))
    except pydantic.ValidationError as exc:
        raise RequestValidationError(operation.path, describe_validation_errors(request_type, exc)) from None
    return with_deduplication_key(operation, model)


def with_deduplication_key(operation: Operation, model: RequestT) -> RequestT:
    """Fill the key the server de-duplicates on (e.g. MsgRandom) when the caller left it out.

    The body is encoded once per call and reused by every retry, so all attempts carry the same value
    and the server drops the repeats.
    """
    if operation.deduplication is None:
        return model
    update = {}
    for key in (operation.deduplication.key, *operation.deduplication.also):
        name = attribute_name(type(model), key)
        if name is not None and getattr(model, name) is None:
            update[name] = random.randint(1, 2**32 - 1)
    return model.model_copy(update=update) if update else model


def encode_body(operation: Operation, request: RequestModel, extra_body: object) -> bytes:
    """UTF-8 JSON of the request (wire keys), with `extra_body` keys on top."""
    if extra_body is None:
        return request.to_wire_json()
    if not isinstance(extra_body, Mapping) or not all(isinstance(key, str) for key in extra_body):
        raise RequestValidationError(operation.path, [("extra_body", "must be a mapping with string keys")])
    if _depth(extra_body) > MAX_EXTRA_BODY_DEPTH:
        raise RequestValidationError(operation.path, [("extra_body", f"nested deeper than {MAX_EXTRA_BODY_DEPTH}")])
    payload = request.to_wire()
    payload.update(extra_body)
    try:
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    except (TypeError, ValueError, RecursionError) as exc:
        raise RequestValidationError(operation.path, [("extra_body", f"not JSON-serialisable ({exc})")]) from None


def _depth(value: object, limit: int = MAX_EXTRA_BODY_DEPTH + 1) -> int:
    """Nesting depth of JSON-like data, counted iteratively (a hostile value cannot exhaust the stack)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Mapping):
            children: list[object] = list(item.values())
        elif isinstance(item, (list, tuple)):
            children = list(item)
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest
