"""Replies in: the envelope decides success, ErrorCode picks the exception, the body becomes the model.

The usual reply is decoded in one pass (`model_validate_json`); only an error, a reply that does not
fit the model, or a broken body takes the slower path. A reply that says success is never turned
into a failure: what does not fit the model is kept raw and listed (see lenient.py), unless the
client asked for `strict_responses`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

import pydantic

from trtc_sdk._core.errors import API_ERROR_CLASSES, APIError, UnexpectedResponseError
from trtc_sdk._core.http import HTTPReply
from trtc_sdk._core.lenient import lenient_validate
from trtc_sdk._core.models import ResponseModel
from trtc_sdk._core.redaction import Secrets, redact
from trtc_sdk._core.registry import Operation, Registry, ReplyRole
from trtc_sdk._core.wire import wire_get

ResponseT = TypeVar("ResponseT", bound=ResponseModel)
log = logging.getLogger("trtc_sdk")


def decode_reply(
    registry: Registry,
    operation: Operation,
    reply: HTTPReply,
    response_type: type[ResponseT],
    secrets: Secrets | Iterable[str],
    *,
    strict: bool = False,
) -> ResponseT:
    """The typed response, or the APIError / UnexpectedResponseError the reply stands for."""
    keys = registry.envelope.reply_keys
    if reply.status == 200:
        try:
            model = response_type.model_validate_json(reply.content)
        except (pydantic.ValidationError, ValueError, RecursionError):
            pass
        else:
            if _error_code(wire_get(model, keys["error_code"]), wire_get(model, keys["action_status"])) == 0:
                return model
    return _decode_slowly(registry, operation, reply, response_type, secrets, strict)


def _decode_slowly(
    registry: Registry,
    operation: Operation,
    reply: HTTPReply,
    response_type: type[ResponseT],
    secrets: Secrets | Iterable[str],
    strict: bool,
) -> ResponseT:
    keys = registry.envelope.reply_keys
    text = redact(reply.content.decode("utf-8", "replace"), secrets)  # redacted before anything is cut or kept
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        data = None

    def unexpected(message: str, mismatches: Iterable[str] = ()) -> UnexpectedResponseError:
        request_id = data.get(keys["request_id"]) if isinstance(data, dict) else None
        return UnexpectedResponseError(
            message,
            path=operation.path,
            status_code=reply.status,
            body=text,
            request_id=str(request_id) if isinstance(request_id, (str, int)) else None,
            mismatches=list(mismatches),
        )

    if not isinstance(data, dict):
        what = "not a JSON object" if reply.status == 200 else f"an HTTP {reply.status} error"
        raise unexpected(f"the reply is {what}")
    code = _error_code(data.get(keys["error_code"]), data.get(keys["action_status"]))
    if code is None:
        raise unexpected("the reply has no valid ErrorCode")
    if code != 0:
        raise api_error(registry, operation, code, data, keys, retry_after_seconds(reply.headers))
    if reply.status != 200:
        raise unexpected(f"HTTP status {reply.status} with a success envelope")
    model, mismatches = lenient_validate(response_type, data)
    if not mismatches:
        return model
    problems = [str(mismatch) for mismatch in mismatches]
    if strict:
        raise unexpected(f"the reply does not match {response_type.__name__}", problems)
    log.warning(
        "%s succeeded but its reply does not match %s (kept raw on the result): %s",
        operation.path,
        response_type.__name__,
        "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else ""),
    )
    return model


def _error_code(code: Any, action_status: Any) -> int | None:
    """ErrorCode decides success; a reply without it counts only when ActionStatus is OK."""
    if code is None:
        return 0 if action_status == "OK" else None
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


def api_error(
    registry: Registry,
    operation: Operation,
    code: int,
    data: Mapping[str, Any],
    keys: Mapping[ReplyRole, str],
    retry_after: float | None = None,
) -> APIError:
    spec = registry.error_spec(operation, code)
    error_class = API_ERROR_CLASSES[spec.category] if spec else APIError
    request_id = data.get(keys["request_id"])
    return error_class(
        path=operation.path,
        code=code,
        info=str(data.get(keys["error_info"]) or ""),
        request_id=str(request_id) if request_id is not None else None,
        meaning=spec.meaning if spec else None,
        hint=spec.hint if spec else None,
        retry=spec.retry if spec else None,
        body=data,
        retry_after=retry_after,
    )


MAX_RETRY_AFTER = 60.0  # a server asking for longer than this is not waited for


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds form only), capped at MAX_RETRY_AFTER."""
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    if seconds != seconds or seconds < 0:  # NaN or negative
        return None
    return min(seconds, MAX_RETRY_AFTER)
