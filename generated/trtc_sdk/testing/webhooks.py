"""Firing webhook events at your own server, as Tencent would: to test handlers without Tencent.

    from trtc_sdk.testing import Emulator
    emu = Emulator(sdkappid=1400000000)
    answer = emu.fire("C2C.CallbackBeforeSendMsg", "http://127.0.0.1:8000/webhook", token="...")
    assert answer.status == 200 and answer.answer["ErrorCode"] == 0

The request is what the event pages document: a POST with a JSON body to the URL plus SdkAppid,
CallbackCommand, contenttype, ClientIP and OptPlatform, and Sign and RequestTime when a token is given.
Without a payload, the spec's sample of the event is sent: the same synthesiser the emulator uses for
replies, over the event's payload model (the generated docs show the same sample).
"""

from __future__ import annotations

import functools
import json
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from trtc_sdk._core.errors import TransportError
from trtc_sdk.testing.fakes import sample
from trtc_sdk.webhooks.signature import sign
from trtc_sdk.webhooks.spec import WebhookEventSpec, WebhookQueryRole

SAMPLE_CLIENT_IP = "127.0.0.1"
SAMPLE_PLATFORM = "RESTAPI"


@dataclass(frozen=True)
class FiredAnswer:
    """What the webhook URL answered."""

    status: int
    body: bytes
    elapsed: float  # seconds from sending to the whole answer

    @property
    def answer(self) -> dict[str, Any] | None:
        """The answer's JSON object, or None when it is not one (Tencent counts that as a failure)."""
        try:
            decoded = json.loads(self.body)
        except (UnicodeDecodeError, json.JSONDecodeError):
            return None
        return decoded if isinstance(decoded, dict) else None

    @property
    def ok(self) -> bool:
        """HTTP 200 with a JSON object: what Tencent accepts as an answer."""
        return self.status == 200 and self.answer is not None


def event_spec(command: str) -> WebhookEventSpec | None:
    from trtc_sdk._webhook_registry import WEBHOOKS

    return WEBHOOKS.events.get(command)


@functools.cache
def _payload_schema(command: str) -> dict[str, Any]:
    spec = event_spec(command)
    if spec is None:
        raise ValueError(f"unknown event {command!r}; give the payload yourself")
    return spec.payload_model.model_json_schema(by_alias=True)


def sample_event(command: str, sdkappid: int | str = 1400000000) -> dict[str, Any]:
    """A payload of the event with every documented key, valid against its model."""
    schema = _payload_schema(command)
    payload = sample(schema, schema.get("$defs", {}), echo={"CallbackCommand": command, "SdkAppId": int(sdkappid)})
    assert isinstance(payload, dict)
    return payload


def event_query(
    command: str,
    *,
    sdkappid: int | str,
    token: str | None = None,
    now: float | None = None,
    client_ip: str = SAMPLE_CLIENT_IP,
    opt_platform: str = SAMPLE_PLATFORM,
) -> dict[str, str]:
    """The query Tencent appends for this event (signed when a token is given), with the spec's key names."""
    from trtc_sdk._webhook_registry import WEBHOOKS

    spec = event_spec(command)
    product = WEBHOOKS.products[spec.product] if spec is not None else next(iter(WEBHOOKS.products.values()))
    keys = product.query_keys
    values: dict[WebhookQueryRole, str] = {
        "sdkappid": str(sdkappid),
        "callback_command": command,
        "contenttype": "json",
        "client_ip": client_ip,
        "opt_platform": opt_platform,
    }
    query = {keys[role]: value for role, value in values.items() if role in keys}
    if token is not None:
        request_time = str(int(time.time() if now is None else now))
        query[keys.get("sign", "Sign")] = sign(token, request_time)
        query[keys.get("request_time", "RequestTime")] = request_time
    return query


def fire(
    command: str,
    url: str,
    payload: Mapping[str, Any] | None = None,
    *,
    sdkappid: int | str,
    token: str | None = None,
    timeout: float = 5.0,
    now: float | None = None,
    query: Mapping[str, str] | None = None,
) -> FiredAnswer:
    """POST the event to `url` (the sample payload when none is given) and return the answer.

    `query` adds or replaces query keys (a wrong SdkAppid, an old RequestTime...). Raises TransportError
    when nothing could be exchanged (refused connection, timeout); any HTTP answer is returned.
    """
    if payload is None:
        payload = sample_event(command, sdkappid)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"not an http(s) URL: {url!r}")
    params = {**event_query(command, sdkappid=sdkappid, token=token, now=now), **(query or {})}
    separator = "&" if parts.query else ""
    target = urlunsplit(parts._replace(query=parts.query + separator + urlencode(params)))
    body = json.dumps(payload, ensure_ascii=False).encode()
    request = urllib.request.Request(
        target, data=body, method="POST", headers={"Content-Type": "application/json; charset=utf-8"}
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, content = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, content = error.code, error.read()
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        sent = not isinstance(reason, ConnectionRefusedError)
        raise TransportError(f"could not deliver the event: {reason}", path=command, request_sent=sent) from None
    return FiredAnswer(status, content, time.perf_counter() - started)
