"""The emulator checks what Tencent's server checks, over plain HTTP (no SDK client involved)."""

from __future__ import annotations

import time
from typing import Any

import pytest
import requests

from trtc_sdk.testing import Answer, Emulator
from trtc_sdk.usersig import gen_user_sig

PATH = "call_engine_http_srv/get_call_info"


def post(emulator: Emulator, *, path: str = PATH, body: Any = b'{"CallId": "c"}', **query: Any) -> dict[str, Any]:
    params = {
        "sdkappid": emulator.sdkappid,
        "identifier": "administrator",
        "usersig": gen_user_sig(emulator.sdkappid, emulator.secret_key, "administrator"),
        "random": 7,
        "contenttype": "json",
    }
    params.update(query)
    params = {key: value for key, value in params.items() if value is not None}
    response = requests.post(f"{emulator.url}/v4/{path}", params=params, data=body, timeout=5)
    assert response.status_code == 200
    return response.json()  # type: ignore[no-any-return]


def test_a_well_formed_request_succeeds(emulator: Emulator) -> None:
    reply = post(emulator)
    assert (reply["ErrorCode"], reply["ActionStatus"]) == (0, "OK")
    assert reply["Response"]["CallInfo"]["CallId"] == "c"


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ({"sdkappid": None}, 60012),
        ({"sdkappid": 1}, 60006),
        ({"contenttype": "xml"}, 60025),
        ({"random": 4294967296}, 60025),
        ({"random": "abc"}, 60025),
        ({"usersig": None}, 70002),
        ({"usersig": "garbage"}, 70003),
    ],
)
def test_bad_query_parameters_get_tencents_codes(emulator: Emulator, query: dict[str, Any], code: int) -> None:
    assert post(emulator, **query)["ErrorCode"] == code


def test_usersig_checks_use_tencents_codes(emulator: Emulator) -> None:
    other_key = gen_user_sig(emulator.sdkappid, "not-the-key", "administrator")
    assert post(emulator, usersig=other_key)["ErrorCode"] == 70009
    other_app = gen_user_sig(emulator.sdkappid + 1, emulator.secret_key, "administrator")
    assert post(emulator, usersig=other_app)["ErrorCode"] == 70014
    assert post(emulator, identifier="someone")["ErrorCode"] == 70013  # sig made for administrator
    user_sig = gen_user_sig(emulator.sdkappid, emulator.secret_key, "someone")
    assert post(emulator, identifier="someone", usersig=user_sig)["ErrorCode"] == 60010  # not an admin


def test_expired_usersig_gets_70001(emulator: Emulator) -> None:
    emulator.clock = lambda: time.time() + 10 * 86400
    sig = gen_user_sig(emulator.sdkappid, emulator.secret_key, "administrator", expire_seconds=86400)
    assert post(emulator, usersig=sig)["ErrorCode"] == 70001


def test_bodies_are_validated_against_the_request_model(emulator: Emulator) -> None:
    assert post(emulator, body=b"{not json")["ErrorCode"] == 60003
    assert post(emulator, body=b"[1]")["ErrorCode"] == 60003
    bad_field = post(emulator, body=b'{"CallId": 5}')
    assert bad_field["ErrorCode"] == 101002 and "CallId" in bad_field["ErrorInfo"]
    assert post(emulator, body=b"{}")["ErrorCode"] == 101002  # required CallId missing
    assert post(emulator, body=b'{"CallId": "c", "Future": 1}')["ErrorCode"] == 0  # unknown keys pass, as on the server


def test_unknown_commands_get_60009(emulator: Emulator) -> None:
    assert post(emulator, path="call_engine_http_srv/no_such_command")["ErrorCode"] == 60009


def test_scripted_answers_are_served_once_by_default_then_normal_replies_resume(emulator: Emulator) -> None:
    emulator.script(PATH, error_code=101004, error_info="gone")
    assert post(emulator)["ErrorCode"] == 101004
    assert post(emulator)["ErrorCode"] == 0
    emulator.script(PATH, body={"Response": {"Custom": True}}, times=2)
    assert post(emulator)["Response"] == {"Custom": True}
    assert post(emulator)["Response"] == {"Custom": True}
    assert post(emulator)["Response"]["CallInfo"]["CallId"] == "c"


def test_scripted_http_status_raw_body_delay_and_drop(emulator: Emulator) -> None:
    url = f"{emulator.url}/v4/{PATH}"
    emulator.script(PATH, http_status=502, raw=b"<html>bad gateway</html>")
    emulator.script(PATH, raw=b'{"ErrorCode": 0, "Resp')
    emulator.script(PATH, delay=0.2)
    emulator.script(PATH, drop=True)
    query = {
        "sdkappid": emulator.sdkappid,
        "identifier": "administrator",
        "usersig": gen_user_sig(emulator.sdkappid, emulator.secret_key, "administrator"),
        "random": 1,
        "contenttype": "json",
    }
    first = requests.post(url, params=query, data=b'{"CallId":"c"}', timeout=5)
    assert (first.status_code, first.content) == (502, b"<html>bad gateway</html>")
    assert requests.post(url, params=query, data=b'{"CallId":"c"}', timeout=5).content == b'{"ErrorCode": 0, "Resp'
    started = time.monotonic()
    assert requests.post(url, params=query, data=b'{"CallId":"c"}', timeout=5).json()["ErrorCode"] == 0
    assert time.monotonic() - started >= 0.2
    with pytest.raises(requests.ConnectionError):
        requests.post(url, params=query, data=b'{"CallId":"c"}', timeout=5)


def test_requests_are_recorded_with_what_they_caused(emulator: Emulator) -> None:
    emulator.script(PATH, Answer(error_code=60007))
    post(emulator)
    post(emulator)
    first, second = emulator.requests_for(PATH)
    assert (first.error_code, first.executed) == (60007, False)
    assert (second.error_code, second.executed) == (0, True)
    assert second.body == {"CallId": "c"} and second.usersig
    assert emulator.executions(PATH) == 1


def test_the_command_line_entry_point_serves(tmp_path: Any) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "TRTC_SECRET_KEY": "k" * 64}
    process = subprocess.Popen(
        [sys.executable, "-m", "trtc_sdk.testing", "--port", "0"], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert "listening on http://127.0.0.1:" in line
        url = line.split("listening on ")[1].split()[0]
        sig = gen_user_sig(1400000000, "k" * 64, "administrator")
        query = {
            "sdkappid": 1400000000,
            "identifier": "administrator",
            "usersig": sig,
            "random": 3,
            "contenttype": "json",
        }
        reply = requests.post(f"{url}/v4/{PATH}", params=query, data=b'{"CallId":"x"}', timeout=5).json()
        assert reply["ErrorCode"] == 0
    finally:
        process.terminate()
        process.wait(timeout=5)
