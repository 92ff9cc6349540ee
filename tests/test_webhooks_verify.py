"""Webhook authentication as the Chat and Live overviews document it: Sign = SHA-256 hex of token + RequestTime,
a one-minute clock window, SdkAppid checked; Call and Conference sign nothing."""

from __future__ import annotations

import hmac
import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from trtc_sdk import TRTCError
from trtc_sdk.webhooks import VerificationFailure, WebhookVerificationError, sign, verify

EXAMPLE = json.loads((Path(__file__).parent / "data" / "webhooks" / "auth_examples.json").read_text())["examples"][0]
TOKEN, REQUEST_TIME, SIGN = EXAMPLE["token"], EXAMPLE["request_time"], EXAMPLE["sign"]
APP = 1400000000
NOW = int(REQUEST_TIME) + 5


def signed_query(**changes: str) -> dict[str, str]:
    query = {"SdkAppid": str(APP), "CallbackCommand": "C2C.CallbackBeforeSendMsg", "contenttype": "json"}
    query.update(Sign=SIGN, RequestTime=REQUEST_TIME)
    query.update(changes)
    return query


def refusal(query: dict[str, str], **options: Any) -> VerificationFailure:
    with pytest.raises(WebhookVerificationError) as caught:
        verify(query, **{"sdkappid": APP, "token": TOKEN, "now": NOW, **options})
    assert TOKEN not in str(caught.value) and SIGN not in str(caught.value)
    return caught.value.reason


def test_the_documented_example_signs_and_verifies() -> None:
    assert sign("xxxxyyyy", 1669872112) == "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061"
    assert sign(TOKEN, REQUEST_TIME) == SIGN
    assert verify(signed_query(), sdkappid=APP, token=TOKEN, now=NOW) is True


def test_the_clock_window_is_one_minute_either_way() -> None:
    start = int(REQUEST_TIME)
    assert verify(signed_query(), sdkappid=APP, token=TOKEN, now=start + 60)
    assert verify(signed_query(), sdkappid=APP, token=TOKEN, now=start - 60)
    assert refusal(signed_query(), now=start + 61) is VerificationFailure.STALE  # a replay of an old request
    assert refusal(signed_query(), now=start - 61) is VerificationFailure.STALE  # from the future: a bad clock
    assert verify(signed_query(), sdkappid=APP, token=TOKEN, now=start + 300, skew=600)


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        (signed_query(Sign="0" * 64), VerificationFailure.BAD_SIGNATURE),
        (signed_query(Sign=sign("another token", REQUEST_TIME)), VerificationFailure.BAD_SIGNATURE),
        (signed_query(RequestTime=str(int(REQUEST_TIME) + 1)), VerificationFailure.BAD_SIGNATURE),  # time is signed
        (signed_query(Sign="ż" * 3), VerificationFailure.BAD_SIGNATURE),
        (signed_query(SdkAppid="1400000001"), VerificationFailure.WRONG_SDKAPPID),
        ({k: v for k, v in signed_query().items() if k != "SdkAppid"}, VerificationFailure.MISSING_SDKAPPID),
        ({k: v for k, v in signed_query().items() if k != "Sign"}, VerificationFailure.MISSING_SIGNATURE),
        ({k: v for k, v in signed_query().items() if k != "RequestTime"}, VerificationFailure.MISSING_SIGNATURE),
        (signed_query(RequestTime="1669872112.5"), VerificationFailure.BAD_REQUEST_TIME),
        (signed_query(RequestTime="-1"), VerificationFailure.BAD_REQUEST_TIME),
    ],
    ids=[
        "bad sign",
        "other token",
        "tampered time",
        "non-ascii sign",
        "wrong app",
        "no app",
        "no sign",
        "no time",
        "fractional time",
        "negative time",
    ],
)
def test_a_request_that_fails_a_check_is_refused_with_its_reason(
    query: dict[str, str], reason: VerificationFailure
) -> None:
    assert refusal(query) is reason


def test_the_app_is_checked_before_the_signature_and_without_a_token() -> None:
    assert verify({"SdkAppid": str(APP)}, sdkappid=APP) is False  # Call and Conference: nothing else to check
    assert refusal({"SdkAppid": "42"}, token=None) is VerificationFailure.WRONG_SDKAPPID


def test_unsigned_requests_pass_only_when_allowed_and_a_present_sign_is_always_checked() -> None:
    unsigned = {"SdkAppid": str(APP), "CallbackCommand": "Call.CallbackAfterEndCall"}
    assert verify(unsigned, sdkappid=APP, token=TOKEN, now=NOW, require_signature=False) is False
    assert refusal(unsigned) is VerificationFailure.MISSING_SIGNATURE
    assert refusal(signed_query(Sign="0" * 64), require_signature=False) is VerificationFailure.BAD_SIGNATURE


def test_key_spellings_and_sign_case_are_tolerated() -> None:
    query = signed_query()
    query["SdkAppId"] = query.pop("SdkAppid")  # the Live overview's spelling
    query["Sign"] = SIGN.upper()
    assert verify(query, sdkappid=APP, token=TOKEN, now=NOW)


def test_the_signature_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def recording(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", recording)
    verify(signed_query(), sdkappid=APP, token=TOKEN, now=NOW)
    assert calls == [(SIGN.encode(), SIGN.encode())]


def test_the_error_is_a_trtc_error_that_pickles_with_its_reason() -> None:
    with pytest.raises(TRTCError) as caught:
        verify(signed_query(Sign="0" * 64), sdkappid=APP, token=TOKEN, now=NOW)
    restored = pickle.loads(pickle.dumps(caught.value))
    assert isinstance(restored, WebhookVerificationError) and restored.reason is VerificationFailure.BAD_SIGNATURE


def test_an_empty_token_is_refused_rather_than_signing_with_nothing() -> None:
    with pytest.raises(ValueError, match="must not be empty"):
        verify(signed_query(Sign=sign("", REQUEST_TIME)), sdkappid=APP, token="", now=NOW)
