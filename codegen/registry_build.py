"""The runtime's Registry built straight from the spec, without generated code.

`_registry.py` is this same data rendered as Python; a test checks the two agree. Building it here
lets codegen ask the runtime's own questions (which code a product answers for a bad parameter) and
lets tests run the client and the emulator against a spec that was changed on the fly.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from codegen.model import Event, Product, Spec
from trtc_sdk._core.registry import Envelope, EventSpec, Operation, Region, Registry


def build_registry(spec: Spec) -> Registry:
    envelope = spec.envelope
    contenttype = next(key.enum[0] for key in envelope.query if key.role == "contenttype")
    operations = {}
    for product in spec.products:
        for command in product.commands:
            operations[command.path] = Operation(
                path=command.path,
                product=product.name,
                servicename=command.servicename,
                command=command.command,
                namespace=command.namespace,
                method_name=command.method,
                title=command.title,
                doc_url=command.doc_url,
                idempotent=command.idempotent,
                rate_limit_per_sec=command.rate_limit_per_sec,
                errors=MappingProxyType({code: spec.error(product, code) for code in command.errors}),
                regions=product.allowed_regions,
                request_model_ref=product.module_ref(command.request_model),
                response_model_ref=product.module_ref(command.response_model),
                paging=command.paging,
                item_results=command.item_results,
                deduplication=command.deduplication.rule if command.deduplication else None,
                batch=command.batch,
                rate_limit_group=command.rate_limit_group,
                group_types=command.group_types,
            )
    events = {
        event.command: EventSpec(**event_facts(product, event)) for product in spec.products for event in product.events
    }
    return Registry(
        envelope=Envelope(
            path_template=envelope.path,
            query_keys=MappingProxyType({key.role: key.key for key in envelope.query if key.role}),  # type: ignore[misc]
            contenttype=str(contenttype),
            reply_keys=MappingProxyType({key.role: key.key for key in envelope.response if key.role}),  # type: ignore[misc]
        ),
        regions=MappingProxyType(
            {r.name: Region(r.name, r.title, r.host, r.standby_host) for r in spec.regions.values()}
        ),
        common_errors=MappingProxyType(dict(spec.common_errors)),
        product_errors=MappingProxyType({p.name: MappingProxyType(dict(p.errors)) for p in spec.products}),
        operations=MappingProxyType(operations),
        events=MappingProxyType(events),
        webhook_authentication=MappingProxyType(
            {p.name: p.webhooks.authentication for p in spec.products if p.webhooks}
        ),
    )


def event_facts(product: Product, event: Event) -> dict[str, Any]:
    """The facts of an event every registry holds (the webhook registry adds its own to these)."""
    return {
        "command": event.command,
        "product": product.name,
        "name": event.name,
        "title": event.title,
        "kind": event.kind,
        "answer_effects": event.answer_effects,
        "doc_url": event.doc_url,
        "payload_model_ref": product.module_ref(event.payload_model),
        "answer_model_ref": product.module_ref(event.answer_model),
    }
