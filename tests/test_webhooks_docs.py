"""The webhook docs teach what works: every event page's handler runs against the page's own sample
payload, the sample is what `trtc webhook sample` prints, and the mounted examples answer fired events."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

from codegen.load import REPO_ROOT
from trtc_sdk._webhook_registry import WEBHOOKS
from trtc_sdk.testing import Emulator, sample_event
from trtc_sdk.testing.webhooks import event_query
from trtc_sdk.webhooks import DEFAULT_ANSWER, Dispatcher

from .webhook_servers import asgi_server, wsgi_server

DOCS = REPO_ROOT / "docs"
TOKEN = "docs-example-token"


def page_of(command: str) -> Path:
    return DOCS / WEBHOOKS.events[command].product / "events" / f"{command}.md"


def code_block(text: str, language: str) -> str:
    found = re.search(rf"```{language}\n(.*?)\n```", text, re.S)
    assert found is not None, f"no {language} block"
    return found.group(1)


@pytest.mark.parametrize("command", sorted(WEBHOOKS.events))
def test_every_event_page_handler_answers_its_sample(command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = page_of(command).read_text(encoding="utf-8")
    sample = json.loads(code_block(text, "json"))
    assert sample == sample_event(command)  # the page shows what `trtc webhook sample` prints and `fire` sends
    monkeypatch.setenv("TRTC_WEBHOOK_TOKEN", TOKEN)
    namespace: dict[str, object] = {}
    exec(compile(code_block(text, "python"), str(page_of(command)), "exec"), namespace)
    webhooks = namespace["webhooks"]
    assert isinstance(webhooks, Dispatcher)
    spec = WEBHOOKS.events[command]
    signed = webhooks._token is not None
    query = event_query(command, sdkappid=1400000000, token=TOKEN if signed else None)
    with contextlib.redirect_stdout(io.StringIO()):
        status, _, body = webhooks.handle(json.dumps(sample), query)
    refuses = "deny(" in code_block(text, "python")
    assert status == 200
    expected = spec.answer_codes.deny if refuses and spec.answer_codes else 0
    assert json.loads(body)["ErrorCode"] == expected
    webhooks.close()


def test_every_product_has_an_event_index_linking_each_event_it_sends() -> None:
    for name in WEBHOOKS.products:
        index = (DOCS / name / "events" / "README.md").read_text(encoding="utf-8")
        for spec in WEBHOOKS.events.values():
            if name in spec.senders:
                assert f"[`{spec.command}`](" in index


def test_the_wsgi_example_answers_events_fired_by_the_emulator(monkeypatch: pytest.MonkeyPatch) -> None:
    from examples import webhook_wsgi, webhooks_app

    emulator = Emulator(sdkappid=1400000000)
    with wsgi_server(webhook_wsgi.app) as url:
        banned = sample_event("C2C.CallbackBeforeSendMsg")
        banned["MsgBody"] = [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "a red packet for you"}}]
        refused = emulator.fire("C2C.CallbackBeforeSendMsg", url, banned)
        assert refused.answer == {**DEFAULT_ANSWER, "ErrorCode": 120001, "ErrorInfo": "This message is not allowed."}
        assert emulator.fire("C2C.CallbackBeforeSendMsg", url).answer == DEFAULT_ANSWER
        assert emulator.fire("Call.CallbackAfterEndCall", url).ok
    assert webhooks_app.ended_calls[-1] == sample_event("Call.CallbackAfterEndCall")["CallRecord"]["CallId"]


def test_the_asgi_example_answers_events_fired_by_the_emulator() -> None:
    from examples import webhook_asgi, webhooks_app

    emulator = Emulator(sdkappid=1400000000)
    with asgi_server(webhook_asgi.app) as url:
        assert emulator.fire("C2C.CallbackBeforeSendMsg", f"{url}/tencent").answer == DEFAULT_ANSWER
        count = len(webhooks_app.ended_calls)
        assert emulator.fire("Call.CallbackAfterEndCall", f"{url}/tencent").ok
        assert len(webhooks_app.ended_calls) == count + 1
