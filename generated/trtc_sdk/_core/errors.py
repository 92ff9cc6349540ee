"""Everything the SDK raises derives from TRTCError; messages are useful alone and carry no secret.

Errors pickle (process pools, task queues) with every attribute; bodies and texts are redacted
before an error is built, so a pickled error carries no secret either.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from trtc_sdk._core.registry import CATEGORIES, Category, RetryRule


class TRTCError(Exception):
    """Base class of every error raised by trtc_sdk."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take keyword-only arguments, which Exception's default pickling cannot replay.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


def _restore(cls: type[TRTCError], args: tuple[Any, ...], state: dict[str, Any]) -> TRTCError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ConfigurationError(TRTCError):
    """The client was built with settings that cannot work (unknown region, plain HTTP to a remote host...)."""


class ModelValidationError(TRTCError, ValueError):
    """A model was given values it cannot hold (raised by model constructors and assignments)."""

    def __init__(self, path: str, problems: Sequence[tuple[str, str]]) -> None:
        self.path = path
        self.problems = list(problems)  # (field: python name and wire path, what is wrong)
        self.fields = [field for field, _ in self.problems]
        lines = "; ".join(f"{field}: {problem}" for field, problem in self.problems)
        super().__init__(f"invalid {self._what()} for {path}: {lines}")

    def _what(self) -> str:
        return "values"


class RequestValidationError(ModelValidationError):
    """A request was refused before sending: a field is missing, mistyped or out of its limits."""

    def _what(self) -> str:
        return "request"


class APIError(TRTCError):
    """The server answered with a non-zero ErrorCode. `body` is the whole reply, redacted."""

    def __init__(
        self,
        *,
        path: str,
        code: int,
        info: str,
        request_id: str | None,
        meaning: str | None = None,
        hint: str | None = None,
        retry: RetryRule | None = None,
        body: Mapping[str, Any] | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.path = path
        self.code = code
        self.info = info
        self.request_id = request_id
        self.meaning = meaning
        self.hint = hint
        self.retry: RetryRule = retry or "never"
        self.body = dict(body or {})
        self.retry_after = retry_after  # seconds from a Retry-After header, if the reply had one
        parts = [f"{path} failed with ErrorCode {code}"]
        if meaning:
            parts.append(meaning.rstrip("."))
        if info and info != meaning:
            parts.append(f"server says: {info}")
        if hint:
            parts.append(hint.rstrip("."))
        if request_id:
            parts.append(f"RequestId {request_id}")
        super().__init__("; ".join(parts))


class RateLimitError(APIError):
    """The call rate of the command or the app is over its limit (60007, 60011, 60018, 60019, ...)."""


class AuthenticationError(APIError):
    """The UserSig, SDKAppID or identifier was refused (70001, 70003, 70009, 70013, 70014, ...)."""


class PermissionDeniedError(APIError):
    """The caller may not do this (not an admin, app disabled, IP not allowed, ...)."""


class InvalidRequestError(APIError):
    """The server refused the request's content."""


class NotFoundError(InvalidRequestError):
    """The call, room, record or configuration named in the request does not exist."""


class ConflictError(InvalidRequestError):
    """The request conflicts with the current state (e.g. the room already exists)."""


class ServerError(APIError):
    """The server failed internally or timed out; the command may or may not have run."""


API_ERROR_CLASSES: Mapping[Category, type[APIError]] = {
    "rate_limited": RateLimitError,
    "auth": AuthenticationError,
    "permission": PermissionDeniedError,
    "invalid": InvalidRequestError,
    "not_found": NotFoundError,
    "conflict": ConflictError,
    "server": ServerError,
}
assert set(API_ERROR_CLASSES) == set(CATEGORIES), "every error category needs its exception class"


class TransportError(TRTCError):
    """The HTTP exchange failed: no connection, a dropped connection, a timeout, or an oversized reply."""

    def __init__(self, message: str, *, path: str, request_sent: bool) -> None:
        self.path = path
        # False only when the request provably never left this process (connect or TLS handshake failed).
        self.request_sent = request_sent
        super().__init__(f"{path}: {message}")


class TimeoutError(TransportError, builtins.TimeoutError):
    """An attempt (or the whole call, with `deadline`) took longer than allowed."""


class ResponseTooLargeError(TransportError):
    """The reply was longer than `max_response_bytes` (after decompression); it was not read further."""


class UnexpectedResponseError(TRTCError):
    """The reply could not be decoded: not JSON, not the envelope, or (with strict_responses) not the model.

    `body` is the whole reply text, redacted; `excerpt` its first characters; `request_id` is set when
    the reply carried one.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str,
        status_code: int,
        body: str,
        request_id: str | None = None,
        mismatches: Sequence[str] = (),
    ) -> None:
        self.path = path
        self.status_code = status_code
        self.body = body
        self.excerpt = body[:EXCERPT_CHARS]
        self.request_id = request_id
        self.mismatches = list(mismatches)
        request = f"; RequestId {request_id}" if request_id else ""
        super().__init__(f"{path}: {message} (HTTP {status_code}{request}; body starts {self.excerpt!r})")


EXCERPT_CHARS = 120
