"""Decoding odd replies: success is decided on ErrorCode; anything undecodable is a typed error."""

from __future__ import annotations

from typing import Any

import pytest

from trtc_sdk import (
    APIError,
    AuthenticationError,
    Client,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TRTCError,
    UnexpectedResponseError,
)
from trtc_sdk.testing import Emulator

READ = "call_engine_http_srv/get_call_info"
CONFIG = "call_config/delete_callback"


def test_a_reply_without_action_status_succeeds_on_error_code_zero(client: Client, emulator: Emulator) -> None:
    emulator.script(CONFIG, raw=b'{"ErrorCode": 0, "ErrorInfo": ""}')
    reply = client.call_config.delete_callback()
    assert reply.error_code == 0 and reply.action_status is None


def test_a_reply_without_error_code_succeeds_only_when_action_status_is_ok(client: Client, emulator: Emulator) -> None:
    emulator.script(CONFIG, raw=b'{"ActionStatus": "OK"}')
    assert client.call_config.delete_callback().action_status == "OK"
    emulator.script(CONFIG, raw=b'{"ActionStatus": "FAIL", "ErrorInfo": "?"}')
    with pytest.raises(UnexpectedResponseError, match="no valid ErrorCode"):
        client.call_config.delete_callback()


def test_error_code_as_a_string_is_understood(client: Client, emulator: Emulator) -> None:
    emulator.script(CONFIG, raw=b'{"ActionStatus": "FAIL", "ErrorCode": "100002", "ErrorInfo": "bad"}')
    with pytest.raises(InvalidRequestError) as caught:
        client.call_config.delete_callback()
    assert caught.value.code == 100002


def test_failure_with_action_status_ok_is_still_a_failure(client: Client, emulator: Emulator) -> None:
    emulator.script(CONFIG, raw=b'{"ActionStatus": "OK", "ErrorCode": 100001}')
    with pytest.raises(ServerError):
        client.with_options(max_retries=0).call_config.delete_callback()


@pytest.mark.parametrize(
    ("raw", "status", "fragment"),
    [
        (b"<html>oops</html>", 200, "not a JSON object"),
        (b'{"ErrorCode": 0, "Resp', 200, "not a JSON object"),
        (b"[1, 2]", 200, "not a JSON object"),
        (b"", 200, "not a JSON object"),
        (b"<html>Bad Gateway</html>", 502, "HTTP 502"),
        (b'{"ErrorCode": 0}', 503, "HTTP status 503"),
        (b'{"ErrorCode": null, "ActionStatus": null}', 200, "no valid ErrorCode"),
        (b'{"ErrorCode": true}', 200, "no valid ErrorCode"),
        (b'{"ErrorCode": 0, "Response": {"CallInfo": 7}}', 200, "does not match GetCallInfoResponse"),
        (b"[" * 100000, 200, "not a JSON object"),
    ],
)
def test_undecodable_replies_raise_unexpected_response_error(
    emulator: Emulator, raw: bytes, status: int, fragment: str
) -> None:
    client = emulator.client(max_retries=0, strict_responses=True)
    emulator.script(READ, raw=raw, http_status=status)
    with pytest.raises(UnexpectedResponseError) as caught:
        client.call.get_call_info(call_id="c")
    error = caught.value
    assert fragment in str(error) and error.status_code == status and error.path == READ
    assert len(error.excerpt) <= 120


@pytest.mark.parametrize(
    ("code", "error_class"),
    [
        (60007, RateLimitError),
        (70001, AuthenticationError),
        (70009, AuthenticationError),
        (60010, PermissionDeniedError),
        (101002, InvalidRequestError),
        (101004, NotFoundError),
        (101001, ServerError),
        (60008, ServerError),
        (123456, APIError),
    ],
)
def test_error_codes_map_to_exception_classes(emulator: Emulator, code: int, error_class: type[APIError]) -> None:
    client = emulator.client(max_retries=0)
    emulator.script(READ, error_code=code, error_info="server text", times=None)
    with pytest.raises(error_class) as caught:
        client.call.get_call_info(call_id="c")
    error = caught.value
    assert type(error) is error_class
    assert (error.code, error.info, error.path) == (code, "server text", READ)
    assert error.request_id and error.request_id in str(error)
    assert str(code) in str(error) and READ in str(error)


def test_conflict_and_not_found_are_invalid_request_errors() -> None:
    assert issubclass(NotFoundError, InvalidRequestError) and issubclass(ConflictError, InvalidRequestError)
    assert issubclass(APIError, TRTCError)


def test_documented_meaning_and_hint_are_in_the_message(emulator: Emulator) -> None:
    client = emulator.client(max_retries=0)
    emulator.script(READ, error_code=60020)
    with pytest.raises(PermissionDeniedError) as caught:
        client.call.get_call_info(call_id="c")
    assert "expired" in str(caught.value) and "five minutes" in str(caught.value)


def test_unknown_response_keys_are_kept(client: Client, emulator: Emulator) -> None:
    body: dict[str, Any] = {"Response": {"Url": "https://x", "CallbackCommandList": [], "NewField": 1}, "Extra": "y"}
    emulator.script("call_config/get_callback", body=body)
    reply = client.call_config.get_callback()
    assert reply.model_extra == {"Extra": "y"}
    assert reply.response.model_extra == {"NewField": 1}
