"""The webhook side of the spec as runtime data: `trtc_sdk._webhook_registry` (rendered) and the same
`WebhookRegistry` built in memory (for codegen, the docs and tests; a test checks the two agree).

Kept apart from `_registry.py`: a REST client never loads it, and the webhook receiver loads nothing
of the REST side beyond the shared event models.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from codegen.model import Event, Product, Spec
from codegen.registry_build import event_facts
from trtc_sdk.webhooks.spec import WebhookEventSpec, WebhookProduct, WebhookRegistry

if TYPE_CHECKING:
    from codegen.render import Renderer

MODULE = "_webhook_registry.py"


def senders(product: Product, event: Event) -> tuple[str, ...]:
    return (product.name, *event.also_sent_by)


def timeout_effect(product: Product, event: Event) -> str | None:
    """What Tencent does when a before-event's answer fails or is late: the event's rule, else its product's."""
    if event.kind != "before":
        return None
    return event.timeout_effect or (product.webhooks.timeout_effect if product.webhooks else None)


def webhook_products(spec: Spec) -> list[Product]:
    return [product for product in spec.products if product.webhooks is not None]


def build_webhook_registry(spec: Spec) -> WebhookRegistry:
    products = {}
    for product in webhook_products(spec):
        webhooks = product.webhooks
        assert webhooks is not None
        products[product.name] = WebhookProduct(
            name=product.name,
            title=product.title,
            doc_url=webhooks.doc_url,
            authentication=webhooks.authentication,
            query_keys=MappingProxyType({key.role: key.key for key in webhooks.query if key.role}),  # type: ignore[misc]
            answer_timeout_seconds=webhooks.answer_timeout_seconds,
            clock_skew_seconds=webhooks.clock_skew_seconds,
            timeout_effect=webhooks.timeout_effect,
        )
    events = {
        event.command: WebhookEventSpec(
            **event_facts(product, event),
            senders=senders(product, event),
            answer_codes=event.answer_codes,
            timeout_effect=timeout_effect(product, event),  # type: ignore[arg-type]
        )
        for product in spec.products
        for event in product.events
    }
    return WebhookRegistry(products=MappingProxyType(products), events=MappingProxyType(events))


def render_webhook_registry(renderer: Renderer, header: str) -> str:
    return renderer.template("webhook_registry.py.jinja", header=header, registry=build_webhook_registry(renderer.spec))
