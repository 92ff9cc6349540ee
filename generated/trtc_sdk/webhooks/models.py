"""Base classes of the generated event models: payloads are lenient, answers strict.

A payload (`<Name>Event`, in `trtc_sdk.models.<product>._events`) is built like a reply: unknown keys
are kept, bent values are kept raw and listed in `schema_mismatches`, so an event Tencent changed is
still delivered. `delivery` says how it arrived (command, SdkAppid, client IP, signature). An event
this SDK version does not know parses to `UnknownEvent`, which keeps every key.

An answer (`<Name>Answer`) is built like a request: unknown keys are refused, so a typo cannot turn
into an answer Tencent ignores. It carries ActionStatus, ErrorCode and ErrorInfo, filled for "go
ahead"; `allow()`, `deny()`, `deny_silently()` and `modify()` build the answers a before-event's
page documents, with the ErrorCode the spec gives for each.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field, PrivateAttr
from typing_extensions import Self

from trtc_sdk._core.models import RequestModel, ResponseModel

if TYPE_CHECKING:
    from trtc_sdk.webhooks.spec import WebhookEventSpec

DEFAULT_ANSWER: Mapping[str, Any] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}


@dataclass(frozen=True)
class Delivery:
    """How an event arrived: the query Tencent appended to the webhook URL, read by role."""

    command: str  # CallbackCommand (from the query; the body's when the query has none)
    sdkappid: str | None = None
    client_ip: str | None = None
    opt_platform: str | None = None
    signed: bool = False  # a Sign was present and checked
    query: Mapping[str, str] = field(default_factory=dict)
    spec: WebhookEventSpec | None = field(default=None, repr=False)  # None for an unknown event


class WebhookEvent(ResponseModel):
    """Base of every event payload model."""

    _delivery: Delivery | None = PrivateAttr(default=None)

    @property
    def delivery(self) -> Delivery:
        """The CallbackCommand, SdkAppid, ClientIP, OptPlatform and query this event came with."""
        if self._delivery is None:
            return Delivery(command=str(getattr(self, "callback_command", "") or ""))
        return self._delivery


class UnknownEvent(WebhookEvent):
    """An event this SDK version does not know (or one without a command): every key is kept.

    Read the keys with `event.model_extra` (wire keys) and the command with `event.delivery.command`.
    """


class WebhookAnswer(RequestModel):
    """Base of every answer model: the three keys every answer carries, filled for "go ahead"."""

    action_status: Annotated[
        Literal["OK", "FAIL"], Field(alias="ActionStatus", description="Whether the app handled the event.")
    ] = "OK"
    """Whether the app handled the event."""

    error_code: Annotated[
        int, Field(alias="ErrorCode", description="0 lets the action go ahead; see the event's answer codes.")
    ] = 0
    """0 lets the action go ahead; see the event's answer codes."""

    error_info: Annotated[
        str, Field(alias="ErrorInfo", description="Text passed to the caller with an app-chosen refusal code.")
    ] = ""
    """Text passed to the caller with an app-chosen refusal code."""

    @classmethod
    def allow(cls) -> Self:
        """Let the action go ahead unchanged (the same as answering nothing)."""
        return cls()

    @classmethod
    def deny(cls, info: str = "", *, code: int | None = None) -> Self:
        """Refuse the action: with the event's refusal code, or an app-chosen `code` from its documented range.

        `info` reaches the caller only together with an app-chosen code.
        """
        codes = _answer_codes(cls)
        if codes is None or codes.deny is None:
            raise ValueError(f"{cls.__name__}: this event's answer cannot refuse by ErrorCode{_how_instead(cls)}")
        if code is None:
            code = codes.deny
        elif code != codes.deny:
            low, high = codes.deny_custom or (0, -1)
            if not low <= code <= high:
                allowed = f"{codes.deny}" + (f" or {low}..{high}" if codes.deny_custom else "")
                raise ValueError(f"{cls.__name__}: refusal code {code} is not documented for this event ({allowed})")
        return cls(error_code=code, error_info=info)

    @classmethod
    def deny_silently(cls) -> Self:
        """Drop the action while the caller sees success (messages only)."""
        codes = _answer_codes(cls)
        if codes is None or codes.deny_silently is None:
            raise ValueError(f"{cls.__name__}: this event cannot be dropped silently")
        return cls(error_code=codes.deny_silently)

    @classmethod
    def modify(cls, **fields: Any) -> Self:
        """Let the action go ahead with the fields given replaced (a message body, refused members...)."""
        spec = _event_of(cls)
        if spec is None or "modify" not in spec.answer_effects:
            raise ValueError(f"{cls.__name__}: this event's answer cannot change the action")
        if not fields:
            raise ValueError(f"{cls.__name__}.modify() needs the fields to replace")
        return cls(**fields)


def _answer_codes(cls: type[WebhookAnswer]) -> Any:
    spec = _event_of(cls)
    return spec.answer_codes if spec is not None else None


def _how_instead(cls: type[WebhookAnswer]) -> str:
    spec = _event_of(cls)
    if spec is None or spec.kind == "after":
        return " (an after-event's answer changes nothing)"
    return " (it decides per item: give the answer's fields a refusal code each)"


@functools.cache
def _answer_events() -> dict[str, WebhookEventSpec]:
    from trtc_sdk._webhook_registry import WEBHOOKS

    return {spec.answer_model_ref: spec for spec in WEBHOOKS.events.values() if spec.answer_model_ref}


def _event_of(cls: type[WebhookAnswer]) -> WebhookEventSpec | None:
    return _answer_events().get(f"{cls.__module__}:{cls.__qualname__}")
