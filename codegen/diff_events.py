"""Webhook events and delivery rules in `codegen diff`, classified for the code that receives them.

Events (matched by CallbackCommand)
- event added: non-breaking; removed: breaking (its payload and answer classes are gone).
- moved to another product, or its class stem (`name`) changed: breaking (the classes move or rename).
- kind changed (before <-> after): breaking (what an answer does changes).
- an answer effect removed: breaking (a helper such as `deny_silently()` stops working); added:
  non-breaking.
- answer codes: a code or range removed, or the app-chosen range narrowed, breaking (`deny(code=N)`
  may be refused); added or widened, or the refusal code itself changed: non-breaking.
- timeout_effect, also_sent_by: non-breaking (what Tencent does; which unsigned requests pass).
- payload fields follow the response field rules (payloads are decoded leniently), answer fields the
  request field rules (answers are strict).
- title, summary, doc_url, notes, undocumented: documentation.

Delivery (a product's `webhooks`)
- added: non-breaking; removed: breaking.
- authentication changed: breaking (receivers must configure or drop a token).
- query keys, answer timeout, clock window, timeout effect: non-breaking; retries, doc_url, notes:
  documentation.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from codegen.model import Event, Spec, Webhooks
from trtc_sdk.webhooks.spec import AnswerCodes

if TYPE_CHECKING:
    from codegen.diff import _Recorder, _Scope


def compare_events(recorder: _Recorder, old: Spec, new: Spec) -> None:
    from codegen.diff import BREAKING, NON_BREAKING

    before = {event.command: event for event in old.events}
    after = {event.command: event for event in new.events}
    for command in sorted(before.keys() | after.keys()):
        was, now = before.get(command), after.get(command)
        scope = _event_scope(recorder, now or was)  # type: ignore[arg-type]
        if was is None and now is not None:
            detail = f"event added ({now.kind}): `{now.payload_model}` and `{now.answer_model}`"
            scope.add("event-added", NON_BREAKING, detail, "event")
        elif now is None and was is not None:
            scope.add("event-removed", BREAKING, f"event removed: `{was.payload_model}` is gone", "event")
        elif was is not None and now is not None:
            _compare_event(scope, was, now)
    products = {p.name: p for p in old.products}, {p.name: p for p in new.products}
    for name in sorted(products[0].keys() | products[1].keys()):
        was_product, now_product = products[0].get(name), products[1].get(name)
        if was_product is not None and now_product is not None:
            _compare_webhooks(recorder.scope(name, "product"), was_product.webhooks, now_product.webhooks)


def _event_scope(recorder: _Recorder, event: Event) -> _Scope:
    return recorder.scope(event.product, f"event `{event.command}` (`{event.payload_model}`)", command=event.command)


def _compare_event(scope: _Scope, old: Event, new: Event) -> None:
    from codegen.diff import BREAKING, NON_BREAKING, _compare_fields, _notes_changed

    if old.product != new.product:
        detail = f"moved from product `{old.product}` to `{new.product}`; its models moved module"
        scope.add("event-moved", BREAKING, detail, "product")
    if old.name != new.name:
        detail = f"models renamed: `{old.payload_model}` → `{new.payload_model}`, "
        detail += f"`{old.answer_model}` → `{new.answer_model}`"
        scope.add("event-renamed", BREAKING, detail, "name")
    if old.kind != new.kind:
        scope.add("event-kind", BREAKING, f"kind `{old.kind}` → `{new.kind}`: what the answer does changes", "kind")
    for effect in sorted(set(old.answer_effects) - set(new.answer_effects)):
        scope.add("answer-effect-removed", BREAKING, f"answer effect `{effect}` removed", f"answer_effects.{effect}")
    for effect in sorted(set(new.answer_effects) - set(old.answer_effects)):
        scope.add("answer-effect-added", NON_BREAKING, f"answer effect `{effect}` added", f"answer_effects.{effect}")
    _compare_answer_codes(scope, old.answer_codes, new.answer_codes)
    if old.timeout_effect != new.timeout_effect:
        detail = f"timeout_effect `{old.timeout_effect}` → `{new.timeout_effect}`"
        scope.add("event-timeout-effect", NON_BREAKING, detail, "timeout_effect")
    if set(old.also_sent_by) != set(new.also_sent_by):
        detail = f"also sent by `{list(old.also_sent_by)}` → `{list(new.also_sent_by)}`"
        scope.add("event-senders", NON_BREAKING, detail, "also_sent_by")
    _compare_fields(scope, "payload field", "payload.", old.payload, new.payload, frozenset({"response"}))
    _compare_fields(scope, "answer field", "answer.", old.answer, new.answer, frozenset({"request"}))
    scope.docs("title", old.title, new.title, "title", show_values=True)
    scope.docs("summary", old.summary, new.summary, "summary")
    scope.docs("doc_url", old.doc_url, new.doc_url, "doc_url", show_values=True)
    scope.docs("undocumented marker", old.undocumented, new.undocumented, "undocumented")
    _notes_changed(scope, old.notes, new.notes)


def _compare_answer_codes(scope: _Scope, old: AnswerCodes | None, new: AnswerCodes | None) -> None:
    from codegen.diff import BREAKING, NON_BREAKING

    was, now = old or AnswerCodes(), new or AnswerCodes()
    for key in ("deny", "deny_silently", "deny_custom"):
        before, after = getattr(was, key), getattr(now, key)
        if before == after:
            continue
        where = f"answer_codes.{key}"
        lost = before is not None and after is None
        narrowed = key == "deny_custom" and before is not None and after is not None
        narrowed = narrowed and (after[0] > before[0] or after[1] < before[1])
        severity = BREAKING if lost or narrowed else NON_BREAKING
        scope.add("answer-codes", severity, f"answer code `{key}` {_shown(before)} → {_shown(after)}", where)


def _shown(value: object) -> str:
    return "(none)" if value is None else f"`{value}`"


def _compare_webhooks(scope: _Scope, old: Webhooks | None, new: Webhooks | None) -> None:
    from codegen.diff import BREAKING, NON_BREAKING, _notes_changed

    if old is None and new is not None:
        scope.add("webhooks-added", NON_BREAKING, f"webhooks described ({new.authentication})", "webhooks")
        return
    if new is None and old is not None:
        scope.add("webhooks-removed", BREAKING, "webhooks no longer described", "webhooks")
        return
    if old is None or new is None:
        return
    if old.authentication != new.authentication:
        detail = f"webhook authentication `{old.authentication}` → `{new.authentication}`: receivers must change"
        scope.add("webhooks-authentication", BREAKING, detail, "webhooks.authentication")
    for field in ("answer_timeout_seconds", "clock_skew_seconds", "timeout_effect"):
        before, after = getattr(old, field), getattr(new, field)
        if before != after:
            detail = f"webhooks `{field}` {_shown(before)} → {_shown(after)}"
            scope.add("webhooks-changed", NON_BREAKING, detail, f"webhooks.{field}")
    keys = {key.key: key for key in old.query}, {key.key: key for key in new.query}
    for name in sorted(keys[0].keys() ^ keys[1].keys()):
        verb = "added" if name in keys[1] else "removed"
        scope.add("webhooks-query", NON_BREAKING, f"webhook query key `{name}` {verb}", f"webhooks.query.{name}")
    for name in sorted(keys[0].keys() & keys[1].keys()):
        was = dataclasses.replace(keys[0][name], description="")
        now = dataclasses.replace(keys[1][name], description="")
        if was != now:
            scope.add("webhooks-query", NON_BREAKING, f"webhook query key `{name}` changed", f"webhooks.query.{name}")
        scope.docs(
            f"webhook query key `{name}` description",
            keys[0][name].description,
            keys[1][name].description,
            f"webhooks.query.{name}",
        )
    scope.docs("webhooks retries", old.retries, new.retries, "webhooks.retries")
    scope.docs("webhooks doc_url", old.doc_url, new.doc_url, "webhooks.doc_url", show_values=True)
    _notes_changed(scope, old.notes, new.notes, "webhooks.notes")
