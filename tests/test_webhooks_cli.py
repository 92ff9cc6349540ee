"""`trtc webhook list | sample | fire`, run as a subprocess against a dispatcher on a real loopback server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from trtc_sdk.models.chat import C2CBeforeSendMsgAnswer, C2CBeforeSendMsgEvent
from trtc_sdk.webhooks import Dispatcher, WebhookEvent

from .webhook_servers import wsgi_server

APP, TOKEN = 1400000000, "cli-webhook-token"
PYTHON_M = (sys.executable, "-m", "trtc_sdk")


def trtc(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {name: value for name, value in os.environ.items() if not name.startswith("TRTC_")}
    return subprocess.run([*PYTHON_M, *args], env={**clean, **env}, capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def webhook_url() -> Iterator[str]:
    dispatcher = Dispatcher(sdkappid=APP, token=TOKEN)

    @dispatcher.on(C2CBeforeSendMsgEvent)
    def screen(event: C2CBeforeSendMsgEvent) -> C2CBeforeSendMsgAnswer | None:
        return C2CBeforeSendMsgAnswer.deny("checked", code=120003) if event.from_account == "mallory" else None

    def fail(event: WebhookEvent) -> None:
        raise RuntimeError("boom")

    dispatcher.register("Group.CallbackAfterSendMsg", fail)
    with wsgi_server(dispatcher.wsgi_app) as url:
        yield f"{url}/webhook"
    dispatcher.close()


def test_fire_sends_the_sample_signed_with_the_token_from_the_environment(webhook_url: str) -> None:
    done = trtc(
        "webhook",
        "fire",
        "C2C.CallbackBeforeSendMsg",
        "--url",
        webhook_url,
        TRTC_SDKAPPID=str(APP),
        TRTC_WEBHOOK_TOKEN=TOKEN,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}


def test_fire_takes_a_payload_and_a_named_token_variable(webhook_url: str, tmp_path: Path) -> None:
    payload = tmp_path / "payload.json"
    payload.write_text(
        json.dumps(
            {
                "CallbackCommand": "C2C.CallbackBeforeSendMsg",
                "From_Account": "mallory",
                "To_Account": "bob",
                "MsgBody": [],
            }
        )
    )
    done = trtc(
        "webhook",
        "fire",
        "C2C.CallbackBeforeSendMsg",
        "--url",
        webhook_url,
        "--json",
        f"@{payload}",
        "--token-env",
        "MY_TOKEN",
        "--sdkappid",
        str(APP),
        MY_TOKEN=TOKEN,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ErrorCode"] == 120003
    assert TOKEN not in done.stdout + done.stderr


@pytest.mark.parametrize(
    ("args", "env", "code", "message"),
    [
        (["--token-env", "UNSET_VAR"], {}, 2, "UNSET_VAR: the variable is not set"),
        ([], {"TRTC_WEBHOOK_TOKEN": "wrong"}, 4, "HTTP 401"),
        ([], {}, 4, "HTTP 401"),  # a Chat event without Sign, to a dispatcher with a token
        (["--sdkappid", "42"], {"TRTC_WEBHOOK_TOKEN": TOKEN}, 4, "HTTP 403"),
    ],
    ids=["token variable unset", "wrong token", "unsigned", "wrong app"],
)
def test_fire_exit_codes(webhook_url: str, args: list[str], env: dict[str, str], code: int, message: str) -> None:
    done = trtc(
        "webhook", "fire", "C2C.CallbackBeforeSendMsg", "--url", webhook_url, *args, TRTC_SDKAPPID=str(APP), **env
    )
    assert done.returncode == code and message in done.stderr


def test_a_failing_handler_and_an_unreachable_url_have_their_own_exit_codes(webhook_url: str) -> None:
    env = {"TRTC_SDKAPPID": str(APP), "TRTC_WEBHOOK_TOKEN": TOKEN}
    failed = trtc("webhook", "fire", "Group.CallbackAfterSendMsg", "--url", webhook_url, **env)
    assert failed.returncode == 4 and "HTTP 500" in failed.stderr
    unreachable = trtc("webhook", "fire", "Group.CallbackAfterSendMsg", "--url", "http://127.0.0.1:9/", **env)
    assert unreachable.returncode == 3
    unknown = trtc("webhook", "fire", "C2C.CallbackBeforeSendMessage", "--url", webhook_url, **env)
    assert unknown.returncode == 2 and "did you mean 'C2C.CallbackBeforeSendMsg'" in unknown.stderr


def test_list_and_sample() -> None:
    listed = trtc("webhook", "list", "room")
    assert listed.returncode == 0
    assert "Room.CallbackAfterCreateRoom" in listed.stdout and "Mic.CallbackAfterSeatInfoChanged" in listed.stdout
    sample = trtc("webhook", "sample", "Push.OfflinePush")
    assert sample.returncode == 0 and json.loads(sample.stdout)["Events"][0]["CallbackCommand"] == "Push.OfflinePush"
