"""The dispatcher: verify, parse, call the handler, answer; mounted as WSGI (wsgiref) and ASGI (a minimal
asyncio server) on real loopback servers, with events fired by the emulator as Tencent would send them."""

from __future__ import annotations

import asyncio
import json
import statistics
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from trtc_sdk.models.call import AfterEndCallEvent
from trtc_sdk.models.chat import (
    C2CAfterSendMsgEvent,
    C2CBeforeSendMsgAnswer,
    C2CBeforeSendMsgEvent,
    TextElementParam,
)
from trtc_sdk.models.live import BeforeSendGiftAnswer, BeforeSendGiftEvent
from trtc_sdk.testing import Emulator
from trtc_sdk.webhooks import DEFAULT_ANSWER, Dispatcher, UnknownEvent, WebhookEvent, sign

from .webhook_servers import asgi_server, wsgi_server

DATA = Path(__file__).parent / "data" / "webhooks"
APP, TOKEN = 1400000000, "test-webhook-token"
BEFORE = "C2C.CallbackBeforeSendMsg"
BEFORE_BODY = (DATA / "chat" / f"{BEFORE}.json").read_bytes()  # "red packet"
AFTER = "C2C.CallbackAfterSendMsg"
AFTER_BODY = (DATA / "chat" / f"{AFTER}.json").read_bytes()


def query(command: str, *, signed: bool = True, at: float | None = None, **changes: str) -> dict[str, str]:
    result = {"SdkAppid": str(APP), "CallbackCommand": command, "contenttype": "json", "ClientIP": "127.0.0.1"}
    if signed:
        request_time = str(int(time.time() if at is None else at))
        result.update(Sign=sign(TOKEN, request_time), RequestTime=request_time)
    result.update(changes)
    return result


@pytest.fixture
def webhooks() -> Iterator[Dispatcher]:
    dispatcher = Dispatcher(sdkappid=APP, token=TOKEN)
    yield dispatcher
    dispatcher.close()


def answer_of(response: Any) -> dict[str, Any]:
    status, headers, body = response
    assert ("Content-Type", "application/json; charset=utf-8") in headers
    decoded: dict[str, Any] = json.loads(body)
    return {"status": status, **decoded}


# --- answers -------------------------------------------------------------------------------------


def test_a_handler_that_returns_nothing_gets_the_default_answer(webhooks: Dispatcher) -> None:
    seen: list[C2CBeforeSendMsgEvent] = []
    webhooks.register(C2CBeforeSendMsgEvent, seen.append)
    assert answer_of(webhooks.handle(BEFORE_BODY, query(BEFORE))) == {"status": 200, **DEFAULT_ANSWER}
    assert seen[0].from_account == "jared" and seen[0].delivery.signed and seen[0].delivery.client_ip == "127.0.0.1"


def test_before_event_answers_deny_modify_and_drop(webhooks: Dispatcher) -> None:
    @webhooks.on(C2CBeforeSendMsgEvent)
    def screen(event: C2CBeforeSendMsgEvent) -> C2CBeforeSendMsgAnswer | None:
        text = json.dumps(event.model_dump(mode="json", by_alias=True)["MsgBody"])
        if "red packet" in text and event.from_account == "jared":
            return C2CBeforeSendMsgAnswer.deny("red packets are not allowed", code=120001)
        if "red packet" in text:
            return C2CBeforeSendMsgAnswer.modify(msg_body=[TextElementParam(msg_content={"Text": "***"})])
        return C2CBeforeSendMsgAnswer.deny_silently()

    refused = answer_of(webhooks.handle(BEFORE_BODY, query(BEFORE)))
    assert refused == {"status": 200, **DEFAULT_ANSWER, "ErrorCode": 120001, "ErrorInfo": "red packets are not allowed"}
    other_sender = BEFORE_BODY.replace(b'"jared"', b'"alice"')
    modified = answer_of(webhooks.handle(other_sender, query(BEFORE)))
    assert modified["ErrorCode"] == 0
    assert modified["MsgBody"] == [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "***"}}]
    no_packet = BEFORE_BODY.replace(b"red packet", b"hello")
    assert answer_of(webhooks.handle(no_packet, query(BEFORE)))["ErrorCode"] == 2


def test_after_events_are_acknowledged_whatever_the_handler_returns(webhooks: Dispatcher) -> None:
    webhooks.register(AFTER, lambda event: {"ErrorInfo": "noted"})  # a plain mapping is merged into the default
    answer = answer_of(webhooks.handle(AFTER_BODY, query(AFTER)))
    assert answer == {"status": 200, **DEFAULT_ANSWER, "ErrorInfo": "noted"}


def test_events_without_a_handler_get_the_default_answer_and_star_catches_the_rest(webhooks: Dispatcher) -> None:
    assert answer_of(webhooks.handle(AFTER_BODY, query(AFTER)))["ErrorCode"] == 0
    caught: list[WebhookEvent] = []
    webhooks.register(UnknownEvent, caught.append)  # the same as "*"
    webhooks.handle(AFTER_BODY, query(AFTER))
    webhooks.handle(b'{"Anything": 1}', query("Future.CallbackNew"))
    assert [type(event).__name__ for event in caught] == ["C2CAfterSendMsgEvent", "UnknownEvent"]


def test_registration_by_class_name_decorator_and_plain_call() -> None:
    dispatcher = Dispatcher(sdkappid=APP)

    @dispatcher.on(C2CAfterSendMsgEvent, "Group.CallbackAfterSendMsg")
    def log_message(event: WebhookEvent) -> None: ...

    dispatcher.register("Call.CallbackAfterEndCall", log_message)
    assert dispatcher.handler_for(AFTER) is log_message and dispatcher.handler_for("Group.CallbackAfterSendMsg")
    with pytest.raises(ValueError, match="already has a handler"):
        dispatcher.register(AfterEndCallEvent, log_message)
    with pytest.raises(ValueError, match=r"did you mean 'C2C\.CallbackAfterSendMsg'"):
        dispatcher.register("C2C.CallbackAfterSendMessage", log_message)
    dispatcher.register("Brand.NewEvent", log_message, allow_unknown=True)
    with pytest.raises(ValueError, match="not an event payload model"):
        dispatcher.register(TextElementParam, log_message)  # type: ignore[arg-type]
    assert "test-webhook-token" not in repr(Dispatcher(sdkappid=APP, token=TOKEN))
    with pytest.raises(TypeError, match="at least one event"):
        dispatcher.on()
    with pytest.raises(ValueError, match="must not be empty"):
        Dispatcher(sdkappid=APP, token="")  # e.g. an unset variable read as "": never sign with nothing


def test_async_handlers_in_sync_and_async_dispatch(webhooks: Dispatcher) -> None:
    async def gift_check(event: BeforeSendGiftEvent) -> BeforeSendGiftAnswer:
        await asyncio.sleep(0.01)
        return BeforeSendGiftAnswer.deny("not enough coins", code=102101)

    webhooks.register(BeforeSendGiftEvent, gift_check)
    webhooks.register(AFTER, lambda event: None)
    gift = (DATA / "live" / "Live.CallbackBeforeSendGift.json").read_bytes()
    gift_query = query("Live.CallbackBeforeSendGift")
    assert answer_of(webhooks.handle(gift, gift_query))["ErrorCode"] == 102101
    assert answer_of(asyncio.run(webhooks.handle_async(gift, gift_query)))["ErrorCode"] == 102101
    assert answer_of(asyncio.run(webhooks.handle_async(AFTER_BODY, query(AFTER))))["ErrorCode"] == 0


# --- failures, deadlines --------------------------------------------------------------------------


def broken(event: WebhookEvent) -> None:
    raise RuntimeError("database down")


@pytest.mark.parametrize(
    ("on_error", "command", "body", "expected"),
    [
        ("fail", BEFORE, BEFORE_BODY, (500, "FAIL", 500)),  # Tencent applies the console's rule
        ("allow", BEFORE, BEFORE_BODY, (200, "OK", 0)),  # fail open
        ("deny", BEFORE, BEFORE_BODY, (200, "OK", 1)),  # fail closed: the event's refusal code
        ("deny", AFTER, AFTER_BODY, (200, "OK", 0)),  # an after-event has nothing to refuse
    ],
)
def test_a_failing_handler_is_answered_by_the_error_policy(
    on_error: Any, command: str, body: bytes, expected: tuple[int, str, int]
) -> None:
    dispatcher = Dispatcher(sdkappid=APP, token=TOKEN, on_error=on_error)
    dispatcher.register(command, broken)
    responses = [dispatcher.handle(body, query(command)), asyncio.run(dispatcher.handle_async(body, query(command)))]
    for response in responses:
        answer = answer_of(response)
        assert (answer["status"], answer["ActionStatus"], answer["ErrorCode"]) == expected
    dispatcher.close()


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_slow_handler_is_answered_at_the_deadline_and_keeps_running(flavour: str) -> None:
    finished = threading.Event()
    dispatcher = Dispatcher(sdkappid=APP, token=TOKEN, deadline=0.2, on_error="deny")

    if flavour == "sync":

        def slow(event: WebhookEvent) -> None:
            time.sleep(0.5)
            finished.set()

        dispatcher.register(BEFORE, slow)
        started = time.perf_counter()
        response = dispatcher.handle(BEFORE_BODY, query(BEFORE))
    else:

        async def slow_async(event: WebhookEvent) -> None:
            await asyncio.sleep(0.5)
            finished.set()

        dispatcher.register(BEFORE, slow_async)

        async def run() -> Any:
            result = await dispatcher.handle_async(BEFORE_BODY, query(BEFORE))
            await asyncio.sleep(0.5)  # the late handler keeps running on this loop
            return result

        started = time.perf_counter()
        response = asyncio.run(run())
    assert answer_of(response)["ErrorCode"] == 1
    assert finished.wait(2) and time.perf_counter() - started >= 0.2
    dispatcher.close()


# --- verification -----------------------------------------------------------------------------------


def test_forged_stale_and_foreign_requests_are_refused_before_any_handler_runs(webhooks: Dispatcher) -> None:
    called: list[WebhookEvent] = []
    webhooks.register(BEFORE, called.append)
    cases = {
        401: [query(BEFORE, Sign="0" * 64), query(BEFORE, at=time.time() - 120), query(BEFORE, signed=False)],
        403: [query(BEFORE, SdkAppid="1400000001")],
    }
    for status, queries in cases.items():
        for bad in queries:
            answer = answer_of(webhooks.handle(BEFORE_BODY, bad))
            assert answer["status"] == status and answer["ActionStatus"] == "FAIL"
    assert called == []
    assert answer_of(webhooks.handle(b"not json", query(BEFORE)))["status"] == 400


def test_unsigned_events_pass_only_for_products_that_never_sign() -> None:
    end_call = (DATA / "call" / "Call.CallbackAfterEndCall.json").read_bytes()
    seats = (DATA / "room" / "Mic.CallbackAfterSeatInfoChanged.json").read_bytes()
    everything = Dispatcher(sdkappid=APP, token=TOKEN)
    assert answer_of(everything.handle(end_call, query("Call.CallbackAfterEndCall", signed=False)))["status"] == 200
    # the seat event is defined by Live (signed) and also sent by Conference (unsigned)
    assert answer_of(everything.handle(seats, query("Mic.CallbackAfterSeatInfoChanged", signed=False)))["status"] == 200
    live_only = Dispatcher(sdkappid=APP, token=TOKEN, products=["live", "chat"])
    for command, body in (("Mic.CallbackAfterSeatInfoChanged", seats), ("Future.Event", b"{}")):
        assert answer_of(live_only.handle(body, query(command, signed=False)))["status"] == 401
    assert answer_of(live_only.handle(seats, query("Mic.CallbackAfterSeatInfoChanged")))["status"] == 200


# --- speed ------------------------------------------------------------------------------------------


def test_dispatch_takes_a_fraction_of_a_millisecond_next_to_tencents_two_seconds(webhooks: Dispatcher) -> None:
    webhooks.register(C2CBeforeSendMsgEvent, lambda event: C2CBeforeSendMsgAnswer.allow())
    signed = query(BEFORE)
    webhooks.handle(BEFORE_BODY, signed)  # first use builds the models
    timings = []
    for _ in range(500):
        started = time.perf_counter()
        webhooks.handle(BEFORE_BODY, signed)
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    print(f"median handle() of {BEFORE} with a sync handler: {median * 1000:.3f} ms")
    assert median < 0.02  # 20 ms: a hundredth of the wait, with room for a loaded CI machine


# --- mounted in servers, fired by the emulator ------------------------------------------------------


def test_mounted_as_a_wsgi_app_with_events_fired_by_the_emulator(webhooks: Dispatcher) -> None:
    webhooks.register(C2CBeforeSendMsgEvent, lambda event: C2CBeforeSendMsgAnswer.deny("no", code=120002))
    emulator = Emulator(sdkappid=APP)
    with wsgi_server(webhooks.wsgi_app) as url:
        refused = emulator.fire(BEFORE, f"{url}/webhook", json.loads(BEFORE_BODY), token=TOKEN)
        assert refused.status == 200
        assert refused.answer == {"ActionStatus": "OK", "ErrorCode": 120002, "ErrorInfo": "no"}
        sampled = emulator.fire(AFTER, f"{url}/webhook", token=TOKEN)  # the spec's sample payload
        assert sampled.ok and sampled.answer == DEFAULT_ANSWER
        assert emulator.fire(BEFORE, f"{url}/webhook", token="wrong").status == 401
        assert Emulator(sdkappid=1).fire(BEFORE, url, token=TOKEN).status == 403
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(f"{url}/webhook", timeout=5)  # GET
        assert caught.value.code == 405


def test_mounted_as_an_asgi_app_with_events_fired_by_the_emulator(webhooks: Dispatcher) -> None:
    async def deny_gifts(event: BeforeSendGiftEvent) -> BeforeSendGiftAnswer:
        return BeforeSendGiftAnswer.deny()

    webhooks.register(BeforeSendGiftEvent, deny_gifts)
    webhooks.register(AFTER, lambda event: None)
    emulator = Emulator(sdkappid=APP)
    with asgi_server(webhooks.asgi_app) as url:
        gift = emulator.fire("Live.CallbackBeforeSendGift", f"{url}/hooks/live", token=TOKEN)
        assert gift.ok and gift.answer is not None and gift.answer["ErrorCode"] == 1
        assert emulator.fire(AFTER, f"{url}/hooks/chat", token=TOKEN).answer == DEFAULT_ANSWER
        assert emulator.fire(AFTER, f"{url}/hooks/chat", query={"SdkAppid": "7"}, token=TOKEN).status == 403
