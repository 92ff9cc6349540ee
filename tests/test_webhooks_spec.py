"""The spec's webhook side: what the loader refuses, a product with events only, the OpenAPI `webhooks`,
and `codegen diff` on events (each edit classified as diff_events.py's rules say)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator, validate

from codegen.diff import diff_specs
from codegen.load import SPEC_DIR, SpecErrors, load_spec
from codegen.model import Spec
from codegen.openapi import build_document
from codegen.render import Renderer

# Call, Conference and Live: unsigned and signed products, an event two products send.
FILES = ("schema.json", "common.yaml", "call.yaml", "call.events.yaml", "room.yaml", "room.events.yaml")
FILES += ("live.yaml", "live.events.yaml")
Edit = Callable[[dict[str, Any]], object]


def copy_spec(target: Path, edits: dict[str, Edit] | None = None) -> Path:
    target.mkdir(parents=True)
    for name in FILES:
        shutil.copy(SPEC_DIR / name, target / name)
    for file, edit in (edits or {}).items():
        path = target / file
        document = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
        edit(document)
        path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return target


def event(document: dict[str, Any], command: str) -> dict[str, Any]:
    return next(item for item in document["events"] if item["command"] == command)


def field(fields: list[dict[str, Any]], key: str) -> dict[str, Any]:
    return next(item for item in fields if item["key"] == key)


GIFT, START, END = "Live.CallbackBeforeSendGift", "Call.CallbackAfterStartCall", "Call.CallbackAfterEndCall"


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Spec:
    return load_spec(copy_spec(tmp_path_factory.mktemp("old") / "spec"))


# --- the loader ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "edit", "message"),
    [
        (
            "live.events.yaml",
            lambda d: event(d, GIFT)["answer_codes"].update(deny_silently=2),
            "answer_codes.deny_silently': needs the 'deny_silently' answer effect",
        ),
        (
            "live.events.yaml",
            lambda d: event(d, GIFT)["answer_effects"].append("deny_silently"),
            "the deny_silently effect needs its ErrorCode",
        ),
        (
            "call.events.yaml",
            lambda d: event(d, START).update(answer_codes={"deny": 1}),
            "only before-events wait for an answer",
        ),
        (
            "live.events.yaml",
            lambda d: event(d, GIFT)["answer_codes"].update(deny_custom=[5, 1]),
            "a range [low, high] of positive codes",
        ),
        (
            "live.events.yaml",
            lambda d: event(d, GIFT).update(also_sent_by=["chat"]),
            "'chat' is not another product with a `webhooks` section",
        ),
        (
            "live.events.yaml",
            lambda d: d["webhooks"].pop("clock_skew_seconds"),
            "a signed webhook needs its replay window",
        ),
        (
            "live.events.yaml",
            lambda d: d["webhooks"]["query"].pop(),  # RequestTime
            "role 'request_time' must be given to exactly one key",
        ),
        (
            "call.events.yaml",
            lambda d: event(d, START)["payload"].append({"key": "Delivery", "type": "string", "description": "x"}),
            "the base class already defines it",
        ),
        (
            "live.events.yaml",
            lambda d: (
                event(d, GIFT)
                .setdefault("answer", [])
                .append({"key": "ErrorCode", "type": "integer", "description": "x"})
            ),
            "the base class already defines it",
        ),
        ("room.events.yaml", lambda d: d.pop("webhooks"), "'room' is not another product"),
    ],
    ids=[
        "code without effect",
        "effect without code",
        "codes on an after-event",
        "inverted range",
        "sender without webhooks",
        "signed without window",
        "missing query role",
        "reserved payload name",
        "reserved answer key",
        "events without delivery",
    ],
)
def test_the_loader_refuses_inconsistent_webhook_specs(tmp_path: Path, file: str, edit: Edit, message: str) -> None:
    with pytest.raises(SpecErrors) as caught:
        load_spec(copy_spec(tmp_path / "spec", {file: edit}))
    assert message in str(caught.value)


def test_a_product_with_events_only_generates_without_services(tmp_path: Path) -> None:
    def zoo(document: dict[str, Any]) -> None:
        live = yaml.safe_load((SPEC_DIR / "live.events.yaml").read_text(encoding="utf-8"))
        gift = {**event(live, GIFT), "command": "Zoo.CallbackBeforeFeed", "name": "BeforeFeed", "payload": []}
        document.update(
            spec_version=1,
            product="zoo",
            title="Zoo",
            description="Events only.",
            doc_url="https://example.com/zoo",
            regions={"allowed": ["singapore"]},
            webhooks={**live["webhooks"], "notes": []},
            events=[gift],
        )

    spec = load_spec(copy_spec(tmp_path / "spec", {"zoo.yaml": zoo}))
    renderer = Renderer(spec)
    client = renderer.client("sync")
    compile(client, "_client.py", "exec")  # an empty `from trtc_sdk.services.zoo import ()` would not compile
    assert "trtc_sdk.services.zoo" not in client
    files = renderer.render_all()
    assert "generated/trtc_sdk/services/zoo.py" not in files
    assert "class BeforeFeedEvent(WebhookEvent)" in files["generated/trtc_sdk/models/zoo/_events.py"]


# --- OpenAPI ------------------------------------------------------------------------------------------


def test_openapi_lists_every_event_as_a_webhook() -> None:
    spec = load_spec()
    document = build_document(spec)
    validate(document, cls=OpenAPIV31SpecValidator)
    assert list(document["webhooks"]) == [event.command for event in spec.events]
    gift = document["webhooks"][GIFT]["post"]
    assert gift["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Live_BeforeSendGiftEvent"
    }
    assert gift["x-kind"] == "before" and gift["x-timeout-effect"] == "deny"
    assert gift["x-answer-codes"] == {"deny": 1, "deny_custom": [102100, 102200]}
    answer = document["components"]["schemas"]["Live_BeforeSendGiftAnswer"]
    assert list(answer["properties"])[:3] == ["ActionStatus", "ErrorCode", "ErrorInfo"]
    assert answer["additionalProperties"] is False  # answers are strict
    seats = document["webhooks"]["Mic.CallbackAfterSeatInfoChanged"]["post"]
    assert seats["x-senders"] == {"live": "sha256_token_time", "room": "none"}
    assert {p["$ref"].rsplit("/", 1)[1] for p in gift["parameters"]} >= {"LiveWebhook_Sign", "LiveWebhook_SdkAppid"}


# --- codegen diff ---------------------------------------------------------------------------------------

B, N, D = "breaking", "non-breaking", "docs"
CASES: list[tuple[str, dict[str, Edit], set[tuple[str | None, str | None, str, str]]]] = [
    (
        "event removed",
        {"call.events.yaml": lambda d: d["events"].remove(event(d, END))},
        {(END, "event", "event-removed", B)},
    ),
    (
        "event added",
        {"call.events.yaml": lambda d: d["events"].append({**event(d, START), "command": "Call.New", "name": "New"})},
        {("Call.New", "event", "event-added", N)},
    ),
    (
        "class stem renamed",
        {"call.events.yaml": lambda d: event(d, START).update(name="CallStarted")},
        {(START, "name", "event-renamed", B)},
    ),
    (
        "payload field removed, one added",
        {
            "call.events.yaml": lambda d: event(d, START).update(
                payload=[f for f in event(d, START)["payload"] if f["key"] != "EventTime"]
                + [{"key": "Extra", "type": "string", "required": True, "description": "x"}]
            )
        },
        {(START, "payload.EventTime", "field-removed", B), (START, "payload.Extra", "field-added", N)},
    ),
    (
        "required answer field added",
        {
            "live.events.yaml": lambda d: (
                event(d, GIFT)
                .setdefault("answer", [])
                .append({"key": "Reason", "type": "string", "required": True, "description": "x"})
            )
        },
        {(GIFT, "answer.Reason", "field-added", B)},
    ),
    (
        "answer effect removed, range narrowed, timeout effect changed",
        {
            "live.events.yaml": lambda d: (
                event(d, GIFT).update(answer_effects=["allow"], answer_codes=None, timeout_effect="allow")
                or event(d, GIFT).pop("answer_codes")
            )
        },
        {
            (GIFT, "answer_effects.deny", "answer-effect-removed", B),
            (GIFT, "answer_codes.deny", "answer-codes", B),
            (GIFT, "answer_codes.deny_custom", "answer-codes", B),
            (GIFT, "timeout_effect", "event-timeout-effect", N),
        },
    ),
    (
        "custom range widened",
        {"live.events.yaml": lambda d: event(d, GIFT)["answer_codes"].update(deny_custom=[102000, 102300])},
        {(GIFT, "answer_codes.deny_custom", "answer-codes", N)},
    ),
    (
        "authentication and window",
        {"live.events.yaml": lambda d: d["webhooks"].update(authentication="none", clock_skew_seconds=30)},
        {
            (None, "webhooks.authentication", "webhooks-authentication", B),
            (None, "webhooks.clock_skew_seconds", "webhooks-changed", N),
        },
    ),
    (
        "summary and notes",
        {"room.events.yaml": lambda d: d["events"][0].update(summary="New words.", notes=[])},
        {("Room.CallbackAfterCreateRoom", "summary", "docs", D), ("Room.CallbackAfterCreateRoom", "notes", "docs", D)},
    ),
]


@pytest.mark.parametrize(("edits", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_event_edits_are_reported_and_classified(
    original: Spec, tmp_path: Path, edits: dict[str, Edit], expected: set[tuple[str | None, str | None, str, str]]
) -> None:
    changelog = diff_specs(original, load_spec(copy_spec(tmp_path / "spec", edits)))
    assert {(c.command, c.field, c.kind, c.severity) for c in changelog.changes} == expected


def test_reordering_events_is_no_change(original: Spec, tmp_path: Path) -> None:
    edits: dict[str, Edit] = {"live.events.yaml": lambda d: d["events"].reverse()}
    assert diff_specs(original, load_spec(copy_spec(tmp_path / "spec", edits))).changes == []
