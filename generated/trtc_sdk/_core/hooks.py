"""Observing every attempt: what metrics and tracing need, never a secret.

A hook is any callable taking an `AttemptEvent`; the client calls its hooks after each HTTP attempt,
successful or not, in the calling thread (or task). A hook that raises is logged and ignored: watching a
call must never break it. `trtc_sdk.observability` has ready-made hooks for logging and OpenTelemetry.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

log = logging.getLogger("trtc_sdk")


@dataclass(frozen=True)
class AttemptEvent:
    path: str  # "servicename/command"
    attempt: int  # 1 for the first attempt of a call
    started: float  # time.time() when the attempt began
    duration: float  # seconds, until the reply was decoded or the failure known
    status_code: int | None  # HTTP status, None when no reply arrived
    error: str | None  # exception class name when the attempt failed (APIError subclasses included)
    error_code: int | None  # the reply's ErrorCode when it was not 0
    request_id: str | None  # Tencent's RequestId, when the reply had one
    retry_in: float | None  # seconds until the next attempt, None when the call ends here
    rate_limited_for: float = 0.0  # seconds the client-side rate limiter made this attempt wait


Hook = Callable[[AttemptEvent], None]


def notify(hooks: Sequence[Hook], event: AttemptEvent) -> None:
    for hook in hooks:
        try:
            hook(event)
        except Exception:  # a broken metrics hook must not fail the call it watches
            log.exception("hook %r failed on %s", hook, event.path)
