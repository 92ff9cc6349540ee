"""Request bodies out, replies in: JSON encoding, envelope decoding, ErrorCode -> exception."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import pydantic

from trtc_sdk._protocol import COMMON_ERRORS, PRODUCT_ERRORS
from trtc_sdk._runtime.errors import API_ERROR_CLASSES, APIError, RequestValidationError, UnexpectedResponseError
from trtc_sdk._runtime.model_base import RequestModel, ResponseModel
from trtc_sdk._runtime.operations import ErrorSpec, Operation
from trtc_sdk._runtime.redaction import redact

ResponseT = TypeVar("ResponseT", bound=ResponseModel)
RequestT = TypeVar("RequestT", bound=RequestModel)
EXCERPT_CHARS = 120


@dataclass(frozen=True)
class Reply:
    status: int
    content: bytes


def build_request(
    path: str, request_type: type[RequestT], request: RequestT | None, params: Mapping[str, Any]
) -> RequestT:
    """The request model from either a model instance or keyword fields; bad input raises before sending."""
    if request is not None:
        if params:
            raise RequestValidationError(path, [("(arguments)", "pass a request model or keyword fields, not both")])
        if not isinstance(request, request_type):
            raise RequestValidationError(
                path, [("(request)", f"expected {request_type.__name__}, got {type(request).__name__}")]
            )
        return request
    try:
        return request_type(**params)
    except pydantic.ValidationError as exc:
        raise RequestValidationError(path, describe_validation_errors(request_type, exc)) from None


def validate_wire_body(path: str, request_type: type[RequestT], body: Mapping[str, Any]) -> RequestT:
    """The request model from a dict keyed by wire keys (client.invoke)."""
    try:
        return request_type.model_validate(body)
    except pydantic.ValidationError as exc:
        raise RequestValidationError(path, describe_validation_errors(request_type, exc)) from None


def describe_validation_errors(model: type[pydantic.BaseModel], exc: pydantic.ValidationError) -> list[tuple[str, str]]:
    problems = []
    for error in exc.errors(include_url=False, include_input=False):
        location = ".".join(str(part) for part in error["loc"]) or "(body)"
        message = error["msg"].removeprefix("Value error, ")  # pydantic's prefix for our own validators
        if error["type"] == "extra_forbidden" and len(error["loc"]) == 1:
            known = [
                name for field_name, info in model.model_fields.items() for name in (field_name, info.alias) if name
            ]
            close = difflib.get_close_matches(str(error["loc"][0]), known, n=1)
            message = (
                "unknown field"
                + (f"; did you mean {close[0]!r}?" if close else "")
                + " (extra_body sends undocumented keys)"
            )
        problems.append((_with_python_name(model, location), message))
    return problems


def _with_python_name(model: type[pydantic.BaseModel], location: str) -> str:
    head, _, rest = location.partition(".")
    for name, info in model.model_fields.items():
        if head in (name, info.alias) and info.alias:
            return f"{name} ({info.alias}{'.' + rest if rest else ''})"
    return location


def encode_body(path: str, request: RequestModel, extra_body: Mapping[str, Any] | None) -> bytes:
    payload = request.to_wire()
    if extra_body:
        payload.update(extra_body)
    try:
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise RequestValidationError(path, [("extra_body", f"not JSON-serialisable ({exc})")]) from None


def error_spec(operation: Operation, code: int) -> ErrorSpec | None:
    return operation.errors.get(code) or PRODUCT_ERRORS.get(operation.product, {}).get(code) or COMMON_ERRORS.get(code)


def decode_reply(
    operation: Operation, reply: Reply, response_type: type[ResponseT], secrets: Iterable[str]
) -> ResponseT:
    """The typed response, or the APIError / UnexpectedResponseError the reply stands for."""
    secrets = tuple(secrets)

    def unexpected(message: str) -> UnexpectedResponseError:
        excerpt = redact(reply.content[:EXCERPT_CHARS].decode("utf-8", "replace"), secrets)
        return UnexpectedResponseError(message, path=operation.path, status_code=reply.status, excerpt=excerpt)

    try:
        data = json.loads(reply.content)
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        what = "not a JSON object" if reply.status == 200 else f"an HTTP {reply.status} error"
        raise unexpected(f"the reply is {what}")
    code = _error_code(data)
    if code is None:
        raise unexpected("the reply has no valid ErrorCode")
    if code != 0:
        raise _api_error(operation, code, data, secrets)
    if reply.status != 200:
        raise unexpected(f"HTTP status {reply.status} with a success envelope")
    try:
        return response_type.model_validate(data)
    except (pydantic.ValidationError, RecursionError) as exc:
        detail = describe_validation_errors(response_type, exc)[:3] if isinstance(exc, pydantic.ValidationError) else []
        where = "; ".join(f"{field}: {problem}" for field, problem in detail) or type(exc).__name__
        raise unexpected(f"the reply does not match {response_type.__name__} ({where})") from None


def _error_code(data: Mapping[str, Any]) -> int | None:
    """ErrorCode decides success; a reply without it counts only when ActionStatus is OK."""
    code = data.get("ErrorCode")
    if code is None:
        return 0 if data.get("ActionStatus") == "OK" else None
    if isinstance(code, bool):
        return None
    if isinstance(code, int):
        return code
    if isinstance(code, str):
        try:
            return int(code)
        except ValueError:
            return None
    return None


def _api_error(operation: Operation, code: int, data: Mapping[str, Any], secrets: tuple[str, ...]) -> APIError:
    spec = error_spec(operation, code)
    error_class = API_ERROR_CLASSES.get(spec.category, APIError) if spec else APIError
    request_id = data.get("RequestId")
    return error_class(
        path=operation.path,
        code=code,
        info=redact(str(data.get("ErrorInfo") or ""), secrets),
        request_id=str(request_id) if request_id is not None else None,
        meaning=spec.meaning if spec else None,
        hint=spec.hint if spec else None,
        retry=spec.retry if spec else None,
        body=data,
    )
