"""Webhook events as typed models: every documented sample parses into its generated model, nothing lost.

Fixtures under tests/data/webhooks/<product>/ are the samples of the event pages (repaired where the
page's JSON was invalid; `variants/` holds the pages' other samples). Live's copies of the Chat group
and follow events and Conference's copy of the seat event are parsed with the one shared model.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pydantic
import pytest

from codegen.load import load_spec
from codegen.render_webhooks import build_webhook_registry
from trtc_sdk import RequestValidationError
from trtc_sdk._webhook_registry import WEBHOOKS
from trtc_sdk.models.call import AfterEndCallEvent, CallRecord
from trtc_sdk.models.chat import (
    BeforeInviteJoinGroupAnswer,
    C2CAfterSendMsgAnswer,
    C2CBeforeSendMsgAnswer,
    C2CBeforeSendMsgEvent,
    MessagePushResultEvent,
    PrevFriendAddAnswer,
    TextElement,
    TextElementParam,
)
from trtc_sdk.webhooks import UnknownEvent, WebhookPayloadError, parse

DATA = Path(__file__).parent / "data" / "webhooks"
FIXTURES = sorted(path for path in DATA.rglob("*.json") if path.name != "auth_examples.json")


def command_of(path: Path) -> str:
    """`Group.CallbackAfterGroupMsgExtension.2.json` -> `Group.CallbackAfterGroupMsgExtension`."""
    return ".".join(path.name.split(".")[:2])


def unknown_keys(value: Any, path: str = "") -> list[str]:
    """Keys a parsed model kept as extras anywhere inside it: keys the spec does not describe."""
    found: list[str] = []
    if isinstance(value, pydantic.BaseModel):
        found += [path + key for key in value.model_extra or {}]
        for name in type(value).model_fields:
            found += unknown_keys(getattr(value, name), f"{path}{name}.")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += unknown_keys(item, f"{path}{index}.")
    return found


def test_every_event_of_the_spec_has_a_documented_sample() -> None:
    sampled = {command_of(path) for path in FIXTURES}
    assert set(WEBHOOKS.events) - sampled == set()
    assert len(WEBHOOKS.events) == 78


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(DATA)))
def test_every_documented_sample_parses_into_its_model_with_nothing_left_over(path: Path) -> None:
    command = command_of(path)
    event = parse(path.read_bytes(), {"CallbackCommand": command, "SdkAppid": "888888"})
    assert type(event) is WEBHOOKS.events[command].payload_model
    assert event.schema_mismatches == ()
    assert unknown_keys(event) == []
    assert event.delivery.command == command and event.delivery.spec is WEBHOOKS.events[command]


@pytest.mark.parametrize("command", sorted(WEBHOOKS.events))
def test_the_synthesised_sample_of_every_event_parses_cleanly(command: str) -> None:
    from trtc_sdk.testing import sample_event

    event = parse(json.dumps(sample_event(command)), {"CallbackCommand": command})
    assert event.schema_mismatches == ()
    assert unknown_keys(event) == []


def test_payloads_reuse_the_command_types() -> None:
    end = parse((DATA / "call" / "Call.CallbackAfterEndCall.json").read_bytes(), "CallbackCommand=x")
    # the query names another command: the query wins, so the body decodes as an unknown event...
    assert isinstance(end, UnknownEvent)
    end = parse((DATA / "call" / "Call.CallbackAfterEndCall.json").read_bytes())  # ...the body's own command
    assert isinstance(end, AfterEndCallEvent) and isinstance(end.call_record, CallRecord)
    message = parse((DATA / "chat" / "C2C.CallbackBeforeSendMsg.json").read_bytes())
    assert isinstance(message, C2CBeforeSendMsgEvent)
    assert message.msg_body is not None and isinstance(message.msg_body[0], TextElement)


def test_an_unknown_or_future_event_keeps_every_key() -> None:
    body = {"CallbackCommand": "Future.CallbackSomething", "Nested": {"A": [1, 2]}, "N": 7}
    event = parse(json.dumps(body).encode(), {"CallbackCommand": "Future.CallbackSomething", "ClientIP": "10.0.0.1"})
    assert isinstance(event, UnknownEvent)
    assert event.model_extra == body
    assert event.delivery.command == "Future.CallbackSomething" and event.delivery.spec is None
    assert event.delivery.client_ip == "10.0.0.1"
    assert isinstance(parse(b"{}"), UnknownEvent) and parse(b"{}").delivery.command == ""


def test_a_payload_that_does_not_fit_still_yields_the_event_with_the_raw_values() -> None:
    body = json.loads((DATA / "chat" / "C2C.CallbackBeforeSendMsg.json").read_bytes())
    body.update(MsgSeq="not a number", From_Account=None, Brand_New_Key={"x": 1})
    event = parse(json.dumps(body), {"CallbackCommand": "C2C.CallbackBeforeSendMsg"})
    assert isinstance(event, C2CBeforeSendMsgEvent)
    assert {m.path for m in event.schema_mismatches} == {"MsgSeq", "From_Account"}
    assert event.model_extra == {"MsgSeq": "not a number", "From_Account": None, "Brand_New_Key": {"x": 1}}
    assert event.to_account == "John"  # everything that fits is typed


def test_push_results_are_named_by_the_query_since_their_body_has_no_command() -> None:
    body = (DATA / "chat" / "Push.OfflinePush.json").read_bytes()
    assert isinstance(parse(body), UnknownEvent)
    event = parse(body, "SdkAppid=888888&CallbackCommand=Push.OfflinePush&contenttype=json")
    assert isinstance(event, MessagePushResultEvent) and event.events[0].callback_command == "Push.OfflinePush"
    assert event.delivery.sdkappid == "888888"


def test_only_a_body_that_is_not_a_json_object_is_refused() -> None:
    for body in (b"not json", b"[1, 2]", b"\xff\xfe", b'"text"'):
        with pytest.raises(WebhookPayloadError):
            parse(body, {})


# --- answers -------------------------------------------------------------------------------------


def test_answers_carry_the_documented_codes() -> None:
    assert C2CBeforeSendMsgAnswer.allow().to_wire() == {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}
    assert C2CBeforeSendMsgAnswer.deny().to_wire()["ErrorCode"] == 1
    assert C2CBeforeSendMsgAnswer.deny_silently().to_wire()["ErrorCode"] == 2
    custom = C2CBeforeSendMsgAnswer.deny("contains a banned word", code=120001).to_wire()
    assert custom == {"ActionStatus": "OK", "ErrorCode": 120001, "ErrorInfo": "contains a banned word"}
    replaced = C2CBeforeSendMsgAnswer.modify(msg_body=[TextElementParam(msg_content={"Text": "***"})]).to_wire()
    assert replaced["ErrorCode"] == 0
    assert replaced["MsgBody"] == [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "***"}}]
    refused = BeforeInviteJoinGroupAnswer.modify(refused_members_account=["mallory"]).to_wire()
    assert refused["RefusedMembers_Account"] == ["mallory"]


def test_answer_helpers_refuse_what_the_event_does_not_document() -> None:
    with pytest.raises(ValueError, match="not documented"):
        C2CBeforeSendMsgAnswer.deny(code=10100)  # the group range, not the one-to-one one
    with pytest.raises(ValueError, match="per item"):
        PrevFriendAddAnswer.deny()  # friend requests are refused per target, in ResultItem
    with pytest.raises(ValueError, match="after-event"):
        C2CAfterSendMsgAnswer.deny()
    with pytest.raises(ValueError, match="cannot change"):
        C2CAfterSendMsgAnswer.modify(error_info="x")
    with pytest.raises(RequestValidationError):
        C2CBeforeSendMsgAnswer(msg_bdy=[])  # type: ignore[call-arg]  # answers are strict: a typo is refused


def test_the_generated_registry_is_the_spec() -> None:
    assert build_webhook_registry(load_spec()) == WEBHOOKS


def test_before_events_and_their_answer_rules() -> None:
    before = {c for c, spec in WEBHOOKS.events.items() if spec.kind == "before"}
    assert len(before) == 12  # Chat 11, Live 1
    for command in before:
        spec = WEBHOOKS.events[command]
        assert spec.timeout_effect in ("allow", "deny"), command
        if "deny_silently" in spec.answer_effects:
            assert spec.answer_codes is not None and spec.answer_codes.deny_silently == 2
    assert WEBHOOKS.events["Live.CallbackBeforeSendGift"].timeout_effect == "deny"
    assert WEBHOOKS.events["Group.CallbackBeforeSendMsg"].senders == ("chat", "live")
    assert WEBHOOKS.events["Mic.CallbackAfterSeatInfoChanged"].senders == ("live", "room")
    assert {p.name: p.authentication for p in WEBHOOKS.products.values()} == {
        "call": "none",
        "chat": "sha256_token_time",
        "live": "sha256_token_time",
        "room": "none",
    }


def test_importing_the_webhooks_package_loads_no_models() -> None:
    code = (
        "import sys, trtc_sdk.webhooks as w; w.Dispatcher; w.verify; w.EVENTS; "
        "print(sorted(m for m in sys.modules if m.startswith('trtc_sdk.models')))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"
