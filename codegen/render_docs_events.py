"""The webhook reference under docs/: a guide, an index per product and a page per event.

Each event page shows what arrives (query, payload table, a sample payload), what the answer can do
(kind, effects, the ErrorCodes of each, what Tencent does when the answer is late) and a handler to
start from. The sample is synthesised from the spec's schema by the emulator's synthesiser, so it is
the payload `trtc webhook sample` prints and `trtc webhook fire` sends; the test suite runs every
page's handler against it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from codegen import schema_out
from codegen.model import Event, Field, Product, Side, Spec
from codegen.naming import snake_case
from codegen.render import DOCS, annotation, md_header
from codegen.render_docs import objects_from
from codegen.render_webhooks import senders, timeout_effect, webhook_products
from trtc_sdk.testing.fakes import sample
from trtc_sdk.webhooks.dispatcher import DEFAULT_DEADLINE
from trtc_sdk.webhooks.models import DEFAULT_ANSWER
from trtc_sdk.webhooks.signature import sign

if TYPE_CHECKING:
    from codegen.render import Renderer

EXAMPLE_APP = 1400000000
EXAMPLE_TOKEN_ENV = "TRTC_WEBHOOK_TOKEN"
EXAMPLE_URL = "http://127.0.0.1:8000/webhook"
AUTHENTICATION_TEXT = {
    "sha256_token_time": "signed: `Sign` = SHA-256 hex of the token followed by `RequestTime`",
    "none": "not signed: only `SdkAppid` can be checked",
}
EFFECT_TEXT = {
    "allow": "let the action go ahead",
    "deny": "refuse it",
    "deny_silently": "drop it while the caller sees success",
    "modify": "let it go ahead with the answer's fields replacing the originals",
}


def event_path(product: Product, event: Event) -> str:
    return f"{DOCS}/{product.name}/events/{event.command}.md"


@dataclass
class EventPage:
    """What one event's page shows, decided here so the template only formats."""

    spec: Spec
    product: Product
    event: Event

    @property
    def senders(self) -> list[Product]:
        by_name = {product.name: product for product in self.spec.products}
        return [by_name[name] for name in senders(self.product, self.event) if name in by_name]  # all, but with `only`

    @property
    def timeout_effect(self) -> str | None:
        return timeout_effect(self.product, self.event)

    @property
    def answer_timeout(self) -> float | None:
        return self.product.webhooks.answer_timeout_seconds if self.product.webhooks else None

    @property
    def signed(self) -> bool:
        return any(p.webhooks is not None and p.webhooks.authentication != "none" for p in self.senders)

    def effects(self) -> list[tuple[str, str]]:
        """(effect, how to answer it) for a before-event."""
        codes = self.event.answer_codes
        answer = self.event.answer_model
        rows = []
        for effect in self.event.answer_effects:
            if effect == "allow":
                how = f"return `None` (or `{answer}.allow()`): `ErrorCode` 0"
            elif effect == "deny" and codes is not None and codes.deny is not None:
                how = f"`{answer}.deny()`: `ErrorCode` {codes.deny}"
                if codes.deny_custom:
                    low, high = codes.deny_custom
                    how += f"; `{answer}.deny(info, code=N)` with N in {low}…{high}: code and `info` reach the caller"
            elif effect == "deny":
                how = "per item: give each entry of the answer's list a non-zero code (see the notes)"
            elif effect == "deny_silently" and codes is not None:
                how = f"`{answer}.deny_silently()`: `ErrorCode` {codes.deny_silently}"
            else:
                first = self.event.answer[0].python_name if self.event.answer else "field"
                fields = ", ".join(f"`{f.python_name}`" for f in self.event.answer)
                how = f"`{answer}.modify({first}=...)`: `ErrorCode` 0 with the fields given ({fields})"
            rows.append((EFFECT_TEXT[effect], how))
        return rows

    def query(self) -> str:
        webhooks = self.product.webhooks
        assert webhooks is not None
        values = {"sdkappid": str(EXAMPLE_APP), "callback_command": self.event.command, "contenttype": "json"}
        values.update(client_ip="127.0.0.1", opt_platform="RESTAPI")
        parts = [f"{key.key}={values[key.role]}" for key in webhooks.query if key.role in values]
        if webhooks.authentication == "sha256_token_time":
            request_time = "1700000000"
            parts += [f"{webhooks.query_key('sign')}={sign('<token>', request_time)[:12]}…"]
            parts += [f"{webhooks.query_key('request_time')}={request_time}"]
        return "?" + "&".join(parts)

    def payload_sample(self) -> dict[str, Any]:
        definitions = schema_out.product_definitions(self.product)
        body = sample(
            definitions[self.event.payload_model],
            definitions,
            echo={"CallbackCommand": self.event.command, "SdkAppId": EXAMPLE_APP},
        )
        assert isinstance(body, dict)
        return body

    def payload_json(self) -> str:
        return json.dumps(self.payload_sample(), indent=2, ensure_ascii=False)

    def handler(self) -> str:
        """A handler to start from: reads one field; a before-event that can refuse refuses the sample's value."""
        event, name = self.event, self.event.payload_model
        field = _example_field(event.payload)
        token = f'os.environ["{EXAMPLE_TOKEN_ENV}"])' if self.signed else "None)  # Tencent does not sign this event"
        imports = [name] + ([event.answer_model] if event.kind == "before" else [])
        lines = [
            "import os",
            "",
            f"from trtc_sdk.models.{self.product.name} import {', '.join(sorted(imports))}",
            "from trtc_sdk.webhooks import Dispatcher",
            "",
            f"webhooks = Dispatcher(sdkappid={EXAMPLE_APP}, token={token}",
            "",
            "",
            f"@webhooks.on({name})",
        ]
        returns = f"{event.answer_model} | None" if event.kind == "before" else "None"
        lines.append(f"def on_{snake_case(event.name)}(event: {name}) -> {returns}:")
        if field is not None:
            lines.append(f"    print(event.{field.python_name})  # {field.description.rstrip('.')}")
        if self.refuses_sample and field is not None:
            value = self.payload_sample()[field.key]
            literal = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)
            lines.append(f"    if event.{field.python_name} == {literal}:")
            lines.append(f'        return {event.answer_model}.deny("refused by the app")')
        lines.append("    return None  # the default answer" + (": go ahead" if event.kind == "before" else ""))
        return "\n".join(lines)

    @property
    def refuses_sample(self) -> bool:
        """Whether the handler example refuses the sample (a before-event refused by ErrorCode, on a plain field)."""
        codes, field = self.event.answer_codes, _example_field(self.event.payload)
        return codes is not None and codes.deny is not None and field is not None and _is_plain(field)


def _is_plain(field: Field) -> bool:
    return field.type.scalar is not None and field.type.scalar not in ("object", "any")


def _example_field(fields: tuple[Field, ...]) -> Field | None:
    """The field a handler example reads: a plain required one first, never the constant CallbackCommand."""
    candidates = [f for f in fields if f.const is None]
    ranked = sorted(candidates, key=lambda f: (not (f.required and _is_plain(f)), not _is_plain(f), not f.required))
    return ranked[0] if ranked else None


def objects_of(product: Product, event: Event) -> list[tuple[str, Side, list[Field], str]]:
    """(class name, side, fields, description) of every named object the payload and answer lead to."""
    return objects_from(product, (("response", event.payload), ("request", event.answer)))


def render_event_docs(renderer: Renderer) -> dict[str, str]:
    spec = renderer.spec
    products = webhook_products(spec)
    facts = {
        "deadline": DEFAULT_DEADLINE,
        "default_answer": json.dumps(dict(DEFAULT_ANSWER)),
        "token_env": EXAMPLE_TOKEN_ENV,
        "url": EXAMPLE_URL,
        "authentication": AUTHENTICATION_TEXT,
    }
    files: dict[str, str] = {}
    sources = sorted({event.source for product in products for event in product.events})
    files[f"{DOCS}/webhooks.md"] = renderer.template(
        "docs_webhooks.md.jinja", header=md_header(", ".join(sources)), products=products, facts=facts
    )
    by_name = {product.name: product for product in spec.products}
    for product in products:
        received = [
            (by_name[owner.name], event)
            for owner in spec.products
            for event in owner.events
            if product.name in senders(owner, event)
        ]
        files[f"{DOCS}/{product.name}/events/README.md"] = renderer.template(
            "docs_events_index.md.jinja",
            header=md_header(", ".join(product.sources)),
            product=product,
            received=received,
            facts=facts,
        )
        for event in product.events:
            files[event_path(product, event)] = renderer.template(
                "docs_event.md.jinja",
                header=md_header(event.source),
                page=EventPage(spec, product, event),
                product=product,
                event=event,
                objects=objects_of(product, event),
                annotation=annotation,
                describe=schema_out.describe,
                facts=facts,
            )
    return files
