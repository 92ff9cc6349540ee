"""The spec's webhook events in the OpenAPI 3.1 document: `webhooks`, one entry per CallbackCommand.

Each entry is the POST Tencent sends to the app's URL: the product's query keys (component parameters
`<Product>Webhook_<Key>`), the payload schema as the request body, and the answer as the 200 response.
What OpenAPI has no word for goes into `x-` keys: before/after, the answer's effects and ErrorCodes,
what Tencent does when the answer is late, which products send the event and how they sign it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from codegen import schema_out
from codegen.model import EnvelopeKey, Event, Product, Spec
from codegen.naming import pascal_case
from codegen.render_webhooks import senders, timeout_effect, webhook_products
from trtc_sdk.webhooks.models import WebhookAnswer

SCHEMAS = "#/components/schemas/"
PARAMETERS = "#/components/parameters/"
AUTHENTICATION = {
    "sha256_token_time": "Sign = lower-case hex SHA-256 of the token followed by RequestTime (Unix seconds)",
    "none": "unsigned; only SdkAppid can be checked",
}


def parameter_name(product: Product, key: EnvelopeKey) -> str:
    return f"{pascal_case(product.name)}Webhook_{key.key}"


def query_parameters(spec: Spec) -> dict[str, dict[str, Any]]:
    parameters = {}
    for product in webhook_products(spec):
        assert product.webhooks is not None
        for key in product.webhooks.query:
            schema = dict(schema_out.SCALAR_SCHEMAS[key.type.scalar or "string"])
            if key.enum:
                schema["enum"] = list(key.enum)
            parameters[parameter_name(product, key)] = {
                "name": key.key,
                "in": "query",
                "required": key.required,
                "description": key.description,
                "schema": schema,
            }
    return parameters


def answer_keys() -> dict[str, dict[str, Any]]:
    """ActionStatus, ErrorCode and ErrorInfo, as the answer base class defines them."""
    schema = WebhookAnswer.model_json_schema(by_alias=True)
    keys: dict[str, dict[str, Any]] = {}
    for name, value in schema["properties"].items():
        keys[name] = {k: v for k, v in value.items() if k != "title"}
    return keys


def with_answer_keys(schema: dict[str, Any]) -> dict[str, Any]:
    """An answer model's schema with the three keys every answer carries first."""
    return {**schema, "properties": {**answer_keys(), **schema.get("properties", {})}}


def webhook(spec: Spec, product: Product, event: Event, prefix: str) -> dict[str, Any]:
    assert product.webhooks is not None
    by_name = {item.name: item for item in spec.products}
    sent_by = [by_name[name] for name in senders(product, event)]
    operation: dict[str, Any] = {
        "operationId": f"webhook_{event.command.replace('.', '_')}",
        "summary": event.title,
        "description": description(spec, product, event),
        "tags": [item.name for item in sent_by],
        "parameters": [{"$ref": PARAMETERS + parameter_name(product, key)} for key in product.webhooks.query],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": f"{prefix}{event.payload_model}"}}},
        },
        "responses": {
            "200": {
                "description": "The app's answer: HTTP 200 with a JSON object (anything else is a failed webhook).",
                "content": {"application/json": {"schema": {"$ref": f"{prefix}{event.answer_model}"}}},
            }
        },
        "x-kind": event.kind,
        "x-senders": {item.name: item.webhooks.authentication for item in sent_by if item.webhooks},
    }
    if event.doc_url:
        operation["externalDocs"] = {"url": event.doc_url}
    if event.kind == "before":
        operation["x-answer-effects"] = list(event.answer_effects)
        if event.answer_codes is not None:
            codes = dataclasses.asdict(event.answer_codes)
            operation["x-answer-codes"] = {k: list(v) if isinstance(v, tuple) else v for k, v in codes.items() if v}
        if timeout_effect(product, event):
            operation["x-timeout-effect"] = timeout_effect(product, event)
    return {"post": operation}


def description(spec: Spec, product: Product, event: Event) -> str:
    from codegen.openapi import notes_markdown

    by_name = {item.name: item for item in spec.products}
    signing = "; ".join(
        f"{by_name[name].title}: {AUTHENTICATION[by_name[name].webhooks.authentication]}"  # type: ignore[union-attr]
        for name in senders(product, event)
    )
    parts = [event.summary, f"**Sent by** {signing}."]
    if event.kind == "before":
        parts.append("**Before-event:** Tencent waits for the answer, whose `ErrorCode` decides what happens.")
    else:
        parts.append("**After-event:** the answer is acknowledged and changes nothing.")
    parts.append(notes_markdown(event.notes))
    return "\n\n".join(part for part in parts if part)


def webhooks(spec: Spec) -> dict[str, Any]:
    """The document's `webhooks` object, keyed by CallbackCommand, in the spec's order."""
    from codegen.openapi import schema_prefix

    return {
        event.command: webhook(spec, product, event, SCHEMAS + schema_prefix(product.name))
        for product in spec.products
        for event in product.events
    }


def answer_schema_names(spec: Spec) -> list[str]:
    from codegen.openapi import schema_prefix

    return [schema_prefix(product.name) + event.answer_model for product in spec.products for event in product.events]
