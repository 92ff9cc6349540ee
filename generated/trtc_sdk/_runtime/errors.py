"""Everything the SDK raises derives from TRTCError; messages are useful alone and carry no secret."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


class TRTCError(Exception):
    """Base class of every error raised by trtc_sdk."""


class ConfigurationError(TRTCError):
    """The client was built with settings that cannot work (unknown region, plain HTTP to a remote host...)."""


class RequestValidationError(TRTCError, ValueError):
    """A request was refused before sending: a field is missing, mistyped or out of its limits."""

    def __init__(self, path: str, problems: Sequence[tuple[str, str]]) -> None:
        self.path = path
        self.problems = list(problems)  # (field path in wire keys, what is wrong)
        self.fields = [field for field, _ in self.problems]
        lines = "; ".join(f"{field}: {problem}" for field, problem in self.problems)
        super().__init__(f"invalid request for {path}: {lines}")


class APIError(TRTCError):
    """The server answered with a non-zero ErrorCode."""

    def __init__(
        self,
        *,
        path: str,
        code: int,
        info: str,
        request_id: str | None,
        meaning: str | None = None,
        hint: str | None = None,
        retry: str | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> None:
        self.path = path
        self.code = code
        self.info = info
        self.request_id = request_id
        self.meaning = meaning
        self.hint = hint
        self.retry = retry or "never"
        self.body = dict(body or {})
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


API_ERROR_CLASSES: Mapping[str, type[APIError]] = {
    "rate_limited": RateLimitError,
    "auth": AuthenticationError,
    "permission": PermissionDeniedError,
    "invalid": InvalidRequestError,
    "not_found": NotFoundError,
    "conflict": ConflictError,
    "server": ServerError,
}


class TransportError(TRTCError):
    """The HTTP exchange failed: no connection, a dropped connection, or a timeout."""

    def __init__(self, message: str, *, path: str, request_sent: bool) -> None:
        self.path = path
        # False only when the request certainly never reached the server (connect failed).
        self.request_sent = request_sent
        super().__init__(f"{path}: {message}")


class TimeoutError(TransportError):
    """Connecting or waiting for the reply took longer than the client's timeout."""


class UnexpectedResponseError(TRTCError):
    """The reply could not be decoded: not JSON, not the envelope, or not the command's response model."""

    def __init__(self, message: str, *, path: str, status_code: int, excerpt: str) -> None:
        self.path = path
        self.status_code = status_code
        self.excerpt = excerpt
        super().__init__(f"{path}: {message} (HTTP {status_code}; body starts {excerpt!r})")
