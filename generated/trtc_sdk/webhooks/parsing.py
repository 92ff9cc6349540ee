"""A webhook request's body and query -> the typed event, losing nothing.

The event is named by the query's CallbackCommand (the body's when the query has none: some bodies,
such as push results, carry no CallbackCommand of their own). A known event is built with its
generated payload model the way replies are: a value that does not fit is kept raw under its wire key
and listed in `schema_mismatches`, never raised. An unknown or future event becomes `UnknownEvent`,
which keeps every key. Only a body that is not a JSON object cannot become an event.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

from trtc_sdk._core.errors import TRTCError
from trtc_sdk._core.lenient import lenient_validate
from trtc_sdk.webhooks.models import Delivery, UnknownEvent, WebhookEvent
from trtc_sdk.webhooks.signature import query_value, spec_query_keys
from trtc_sdk.webhooks.spec import WebhookEventSpec

Query = Mapping[str, str] | str


class WebhookPayloadError(TRTCError, ValueError):
    """The body of a webhook request is not a JSON object, so no event can be built from it."""


def query_mapping(query: Query | None) -> Mapping[str, str]:
    """The query as a mapping: given as one, or as the raw query string (`a=1&b=2`)."""
    if query is None:
        return {}
    if isinstance(query, str):
        return dict(parse_qsl(query.lstrip("?"), keep_blank_values=True))
    return query


def decode_body(body: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WebhookPayloadError(f"the body is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise WebhookPayloadError(f"the body is JSON but not an object ({type(data).__name__})")
    return data


def event_command(data: Mapping[str, Any], query: Mapping[str, str]) -> str:
    """The CallbackCommand: the query's, else the body's; "" when neither names one."""
    keys = spec_query_keys()
    from_query = query_value(query, keys.get("callback_command"))
    if from_query:
        return from_query
    from_body = data.get(keys.get("callback_command", ""))
    return from_body if isinstance(from_body, str) else ""


def event_spec(command: str) -> WebhookEventSpec | None:
    from trtc_sdk._webhook_registry import WEBHOOKS

    return WEBHOOKS.events.get(command)


def parse(body: bytes | str | Mapping[str, Any], query: Query | None = None, *, signed: bool = False) -> WebhookEvent:
    """The typed event of a webhook request (`UnknownEvent` for a command this SDK does not know).

    Raises WebhookPayloadError only when the body is not a JSON object. Verification is separate:
    call `verify()` first, or let a `Dispatcher` do both.
    """
    mapping = query_mapping(query)
    data = decode_body(body)
    command = event_command(data, mapping)
    return build_event(data, mapping, command, event_spec(command), signed=signed)


def build_event(
    data: dict[str, Any], query: Mapping[str, str], command: str, spec: WebhookEventSpec | None, *, signed: bool
) -> WebhookEvent:
    """The payload model of `spec` (UnknownEvent without one) built leniently from the decoded body."""
    event: WebhookEvent
    if spec is None:
        event = UnknownEvent.model_validate(data)
    else:
        event, _ = lenient_validate(spec.payload_model, data)
    keys = spec_query_keys()
    event._delivery = Delivery(
        command=command,
        sdkappid=query_value(query, keys.get("sdkappid")),
        client_ip=query_value(query, keys.get("client_ip")),
        opt_platform=query_value(query, keys.get("opt_platform")),
        signed=signed,
        query=dict(query),
        spec=spec,
    )
    return event
