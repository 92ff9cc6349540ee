"""Is this request really from Tencent? The checks each product's webhook pages document.

Chat and Live (`sha256_token_time`): with a token set in the console (Chat) or with
live_config/set_callback_token (Live), Tencent appends `Sign` and `RequestTime` to the URL, where Sign
is the lower-case hex SHA-256 of the token immediately followed by the RequestTime text. The receiver
recomputes it (compared in constant time) and refuses a RequestTime further than the product's
window (one minute) from its own clock, so a captured URL cannot be replayed later. The signature
covers neither the body nor the other query keys: serve the URL over HTTPS.

Call and Conference (`none`) sign nothing; the only documented check is that `SdkAppid` is the app's.
Query keys are matched case-insensitively (the Live overview writes SdkAppId, its pages SdkAppid).
"""

from __future__ import annotations

import enum
import functools
import hashlib
import hmac
import time
from collections.abc import Mapping

from trtc_sdk._core.errors import TRTCError


class VerificationFailure(enum.Enum):
    MISSING_SDKAPPID = "missing_sdkappid"
    WRONG_SDKAPPID = "wrong_sdkappid"
    MISSING_SIGNATURE = "missing_signature"  # a token is configured but the request has no Sign or RequestTime
    BAD_REQUEST_TIME = "bad_request_time"  # RequestTime is not a number of seconds
    STALE = "stale"  # RequestTime outside the clock window: a replay, or a clock out of sync
    BAD_SIGNATURE = "bad_signature"


class WebhookVerificationError(TRTCError):
    """A webhook request was refused; `reason` says why. The message never holds the token or a Sign."""

    def __init__(self, reason: VerificationFailure, message: str) -> None:
        self.reason = reason
        super().__init__(f"{reason.value}: {message}")


def sign(token: str, request_time: int | str) -> str:
    """The Sign Tencent sends: lower-case hex SHA-256 of the token followed by RequestTime."""
    return hashlib.sha256(f"{token}{request_time}".encode()).hexdigest()


def query_value(query: Mapping[str, str], key: str | None) -> str | None:
    """A query value by key, ignoring case (an exact match wins)."""
    if key is None:
        return None
    if key in query:
        return query[key]
    folded = key.casefold()
    return next((value for name, value in query.items() if name.casefold() == folded), None)


def verify(
    query: Mapping[str, str],
    *,
    sdkappid: int | str,
    token: str | None = None,
    now: float | None = None,
    skew: float | None = None,
    require_signature: bool = True,
    keys: Mapping[str, str] | None = None,
) -> bool:
    """Check a webhook request's query; raise WebhookVerificationError, or return whether a Sign was checked.

    Args:
        sdkappid: your app's SDKAppID; any other SdkAppid is refused.
        token: the webhook token (Chat console, Live set_callback_token); None checks the SdkAppid only.
        now: the current time in seconds (default: time.time()).
        skew: how many seconds RequestTime may be from `now`, either way (default: the spec's window).
        require_signature: with a token, refuse a request without Sign (False accepts it unsigned, for
            the events of products that never sign: Call and Conference).
        keys: query key names by role (sdkappid, sign, request_time); the spec's names by default.
    """
    names = {**spec_query_keys(), **(keys or {})}
    received_app = query_value(query, names["sdkappid"])
    if received_app is None or received_app == "":
        raise WebhookVerificationError(VerificationFailure.MISSING_SDKAPPID, f"the query has no {names['sdkappid']}")
    if received_app.strip() != str(sdkappid):
        raise WebhookVerificationError(
            VerificationFailure.WRONG_SDKAPPID, f"{names['sdkappid']} {received_app[:20]!r} is not this app's"
        )
    if token is None:
        return False
    if not token:
        raise ValueError("the webhook token must not be empty (anyone could sign with it)")
    received_sign = query_value(query, names["sign"])
    request_time = query_value(query, names["request_time"])
    if not received_sign or not request_time:
        if not require_signature and not received_sign and not request_time:
            return False
        raise WebhookVerificationError(
            VerificationFailure.MISSING_SIGNATURE,
            f"a token is configured but the query lacks {names['sign']} or {names['request_time']}",
        )
    if not (request_time.isascii() and request_time.isdigit()):
        raise WebhookVerificationError(
            VerificationFailure.BAD_REQUEST_TIME, f"{names['request_time']} is not a number of seconds"
        )
    expected = sign(token, request_time).encode()
    if not hmac.compare_digest(expected, received_sign.strip().lower().encode()):
        raise WebhookVerificationError(VerificationFailure.BAD_SIGNATURE, f"{names['sign']} does not match the token")
    offset = int(request_time) - (time.time() if now is None else now)
    if skew is None:
        skew = spec_clock_skew()
    if abs(offset) > skew:
        when = f"{-offset:.0f} s old" if offset < 0 else f"{offset:.0f} s in the future"
        raise WebhookVerificationError(
            VerificationFailure.STALE, f"{names['request_time']} is {when}; at most {skew:g} s is accepted"
        )
    return True


@functools.cache
def spec_query_keys() -> dict[str, str]:
    """Query key names by role, as the spec gives them (every product uses the same names)."""
    from trtc_sdk._webhook_registry import WEBHOOKS

    names: dict[str, str] = {}
    for product in WEBHOOKS.products.values():
        for role, key in product.query_keys.items():
            names.setdefault(role, key)
    return names


@functools.cache
def spec_clock_skew() -> float:
    """The widest clock window the spec gives a signing product."""
    from trtc_sdk._webhook_registry import WEBHOOKS

    windows = [p.clock_skew_seconds for p in WEBHOOKS.products.values() if p.clock_skew_seconds is not None]
    return max(windows, default=60.0)
