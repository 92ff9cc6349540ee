"""What the webhook runtime knows about Tencent's events: plain data built from the spec.

The generated module `trtc_sdk._webhook_registry` holds one `WebhookRegistry` (every product's
delivery rules and every event); this module defines its shape and imports nothing generated, so
reading it loads no models: payload and answer classes are named by "module:Class" strings and
imported on first use. `codegen` checks the spec against the vocabularies below, so a value the
runtime does not know fails generation, not a user's handler.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from trtc_sdk._core.registry import EventSpec, WebhookAuthentication, import_ref

if TYPE_CHECKING:
    from trtc_sdk.webhooks.models import WebhookAnswer, WebhookEvent

# What the receiver reads from a query parameter of the webhook URL.
WebhookQueryRole = Literal[
    "sdkappid", "callback_command", "contenttype", "sign", "request_time", "client_ip", "opt_platform"
]
# What Tencent does with a before-event whose answer fails or does not arrive in time.
TimeoutEffect = Literal["allow", "deny"]


@dataclass(frozen=True)
class AnswerCodes:
    """The answer's ErrorCode values that refuse a before-event's action (0 always lets it go ahead)."""

    deny: int | None = None  # refuses with Tencent's own error for the caller
    deny_silently: int | None = None  # drops the action; the caller sees success
    deny_custom: tuple[int, int] | None = None  # inclusive range the app may pick; code and ErrorInfo reach the caller


@dataclass(frozen=True)
class WebhookProduct:
    """How one product delivers its events: authentication, the query keys, timeouts and retries."""

    name: str
    title: str
    doc_url: str
    authentication: WebhookAuthentication
    query_keys: Mapping[WebhookQueryRole, str]
    answer_timeout_seconds: float | None = None
    clock_skew_seconds: float | None = None
    timeout_effect: TimeoutEffect | None = None


@dataclass(frozen=True)
class WebhookEventSpec(EventSpec):
    """An event with what a receiver needs besides its models: who sends it and how its answer decides."""

    senders: tuple[str, ...] = ()  # products whose webhooks send it, the one that defines it first
    answer_codes: AnswerCodes | None = None
    timeout_effect: TimeoutEffect | None = None  # before-events: the event's own rule, else its product's

    @cached_property
    def payload_model(self) -> type[WebhookEvent]:
        return cast("type[WebhookEvent]", import_ref(self.payload_model_ref))

    @cached_property
    def answer_model(self) -> type[WebhookAnswer]:
        assert self.answer_model_ref is not None
        return cast("type[WebhookAnswer]", import_ref(self.answer_model_ref))


@dataclass(frozen=True)
class WebhookRegistry:
    products: Mapping[str, WebhookProduct]
    events: Mapping[str, WebhookEventSpec]  # by CallbackCommand
