"""Ready-made hooks for `Client(hooks=[...])`: standard logging and OpenTelemetry spans.

    import logging
    from trtc_sdk.observability import LoggingHook, OpenTelemetryHook
    client = Client(..., hooks=[LoggingHook(logging.getLogger("myapp.trtc")), OpenTelemetryHook()])

OpenTelemetryHook needs the `opentelemetry-api` package (the `otel` extra); the SDK never requires it.
"""

from __future__ import annotations

import logging
from typing import Any

from trtc_sdk._core.hooks import AttemptEvent, Hook

__all__ = ["AttemptEvent", "Hook", "LoggingHook", "OpenTelemetryHook"]


class LoggingHook:
    """One log record per attempt: command, attempt, status, error, duration, RequestId (never the sig)."""

    def __init__(self, logger: logging.Logger | None = None, level: int = logging.INFO) -> None:
        self.logger = logger or logging.getLogger("trtc_sdk.attempts")
        self.level = level

    def __call__(self, event: AttemptEvent) -> None:
        code = f" {event.error_code}" if event.error_code else ""
        outcome = "ok" if event.error is None else f"{event.error}{code}"
        retry = f", retry in {event.retry_in:.2f} s" if event.retry_in is not None else ""
        self.logger.log(
            self.level,
            "%s attempt %d: %s (HTTP %s, %.1f ms, RequestId %s%s)",
            event.path,
            event.attempt,
            outcome,
            event.status_code if event.status_code is not None else "-",
            event.duration * 1000,
            event.request_id or "-",
            retry,
            extra={"trtc_attempt": event},
        )


class OpenTelemetryHook:
    """A span per attempt, named after the command, with the event's fields as attributes."""

    def __init__(self, tracer: Any = None) -> None:
        if tracer is None:
            try:
                from opentelemetry import trace
            except ImportError:
                raise ImportError("OpenTelemetryHook needs opentelemetry-api: pip install 'trtc-sdk[otel]'") from None
            tracer = trace.get_tracer("trtc_sdk")
        self.tracer = tracer

    def __call__(self, event: AttemptEvent) -> None:
        from opentelemetry.trace import Status, StatusCode

        start = int(event.started * 1e9)
        attributes: dict[str, Any] = {
            "trtc.command": event.path,
            "trtc.attempt": event.attempt,
            "rpc.system": "tencent-rest",
        }
        if event.status_code is not None:
            attributes["http.response.status_code"] = event.status_code
        if event.request_id:
            attributes["trtc.request_id"] = event.request_id
        if event.error_code is not None:
            attributes["trtc.error_code"] = event.error_code
        if event.retry_in is not None:
            attributes["trtc.retry_in"] = event.retry_in
        span = self.tracer.start_span(f"trtc {event.path}", start_time=start, attributes=attributes)
        if event.error is not None:
            span.set_status(Status(StatusCode.ERROR, event.error))
        span.end(end_time=start + int(event.duration * 1e9))
