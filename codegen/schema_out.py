"""Intermediate model -> JSON Schema, per product and side of the wire.

The same schemas feed datamodel-code-generator (pydantic models, one module at a time) and the
OpenAPI export, so the two can never disagree. Request-side schemas carry every limit; response-side
schemas carry types only, because the SDK must not refuse a reply over a documented limit the server
did not keep.
"""

from __future__ import annotations

from typing import Any

from codegen.model import INTEGER_RANGES, Field, Product, Side, TypeRef
from trtc_sdk._core.limits import ITEM_MAX_BYTES, LIMITS, MAX_BYTES, SEND_AS_STRING, TEXT_ACCEPTED

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCALAR_SCHEMAS: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
    "object": {"type": "object"},
    "any": {},
    **{name: {"type": "integer", "minimum": low, "maximum": high} for name, (low, high) in INTEGER_RANGES.items()},
}
_CONSTRAINT_KEYWORDS = {
    "max_length": "maxLength",
    "min_length": "minLength",
    "pattern": "pattern",
    "minimum": "minimum",
    "maximum": "maximum",
    "min_items": "minItems",
    "max_items": "maxItems",
}


def ref(name: str, prefix: str = "#/$defs/") -> dict[str, Any]:
    return {"$ref": f"{prefix}{name}"}


def enum_value_type(product: Product, name: str, openapi: bool) -> dict[str, Any] | None:
    """What the type checker accepts for a request-side enum: the enum or its literal values.

    Python output only (`x-python-type`); the runtime turns the literals into members before checking.
    """
    if openapi or name not in product.enums:
        return None
    enum = product.enums[name]
    values = ", ".join(repr(value.value) for value in enum.sendable)
    module = f"trtc_sdk.models.{product.name}.{product.modules[name]}.{name}"
    unlisted = (" | str" if enum.value_type == "string" else " | int") if enum.open else ""
    return {"x-python-type": f"{module} | typing.Literal[{values}]{unlisted}"}


def type_schema(
    product: Product,
    type_ref: TypeRef,
    side: Side,
    item_constraints: dict[str, Any] | None = None,
    prefix: str = "#/$defs/",
    openapi: bool = False,
) -> dict[str, Any]:
    if type_ref.item is not None:
        items = type_schema(product, type_ref.item, side, item_constraints, prefix, openapi)
        return {"type": "array", "items": items}
    if type_ref.scalar is not None:
        schema = dict(SCALAR_SCHEMAS[type_ref.scalar])
        if side == "response":
            schema.pop("minimum", None), schema.pop("maximum", None)
        elif item_constraints:
            schema.update(_constraints(item_constraints))
        return schema
    assert type_ref.name is not None
    literal = enum_value_type(product, type_ref.name, openapi) if side == "request" else None
    return literal or ref(product.class_name(type_ref.name, side), prefix)


def _constraints(constraints: dict[str, Any]) -> dict[str, Any]:
    return {_CONSTRAINT_KEYWORDS[name]: value for name, value in constraints.items() if name in _CONSTRAINT_KEYWORDS}


def field_schema(
    product: Product, field: Field, side: Side, prefix: str = "#/$defs/", openapi: bool = False
) -> dict[str, Any]:
    item_constraints = {k: v for k, v in field.item_constraints.items() if k != "max_bytes"}
    if field.const is not None:
        schema: dict[str, Any] = {"const": field.const, "default": field.const}
    else:
        schema = type_schema(product, field.type, side, item_constraints, prefix, openapi)
    if side == "request":
        schema.update(_constraints(field.constraints))
        if "max_bytes" in field.constraints:
            schema[MAX_BYTES] = field.constraints["max_bytes"]
        if "max_bytes" in field.item_constraints:
            schema[ITEM_MAX_BYTES] = field.item_constraints["max_bytes"]
        if field.type.scalar == "string" and {"integer", "number"} & set(field.accepts):
            schema[SEND_AS_STRING] = True
        if field.type.name in product.enums and "string" in field.accepts:
            schema[TEXT_ACCEPTED] = True
        if not openapi and (field.constraints or field.item_constraints):
            limits = dict(field.constraints)
            limits.update({f"items.{key}": value for key, value in field.item_constraints.items()})
            schema[LIMITS] = limits
    elif openapi and field.accepts:
        schema = {"anyOf": [schema, *({"type": kind} for kind in field.accepts)]}
    description = describe(field)
    if description:
        schema["description"] = description
    if openapi and is_literal_default(product, field):
        schema["default"] = field.default
    if field.deprecated:
        schema["deprecated"] = True
    return schema


def is_literal_default(product: Product, field: Field) -> bool:
    """Whether the spec's `default` is a value of the field's type, not prose ("now minus 7 days").

    Prose stays in the description only: tools treat a schema default as a value to send. A plain
    string default cannot be told apart from prose, so it is never emitted.
    """
    value, kind = field.default, field.type
    if value is None or kind.is_array:
        return False
    if kind.name in product.enums:
        return value in [item.value for item in product.enums[kind.name].values]
    if kind.scalar == "boolean":
        return isinstance(value, bool)
    if kind.scalar in INTEGER_RANGES or kind.scalar == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind.scalar == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return False


def describe(field: Field) -> str:
    """A field's docstring: its description plus unit, server default and the other types it may arrive as."""
    text = field.description
    if field.unit:
        text += f" Unit: {field.unit.replace('_', ' ')}."
    if field.default is not None and field.default != "":
        text += f" Server default when omitted: {field.default}."
    if field.accepts:
        text += f" The server may also send it as {' or '.join(field.accepts)}."
    if field.group_types:
        text += f" Group types: {', '.join(field.group_types)}."
    return text


def object_schema(
    product: Product,
    fields: tuple[Field, ...],
    side: Side,
    description: str,
    prefix: str = "#/$defs/",
    openapi: bool = False,
) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "description": " ".join(description.split()),
        "properties": {field.key: field_schema(product, field, side, prefix, openapi) for field in fields},
    }
    required = [field.key for field in fields if field.required and field.const is None]
    if required:
        schema["required"] = required
    if side == "request" and openapi:
        schema["additionalProperties"] = False  # the pydantic models get this from RequestModel
    return schema


def enum_schema(product: Product, name: str) -> dict[str, Any]:
    enum = product.enums[name]
    return {
        "type": enum.value_type,
        "description": enum.description,
        "enum": [value.value for value in enum.values],
        "x-enum-varnames": [value.member for value in enum.values],
    }


def union_schema(product: Product, name: str, side: Side, prefix: str = "#/$defs/") -> dict[str, Any]:
    union = product.unions[name]
    variants = [ref(product.class_name(variant.type, side), prefix) for variant in union.variants]
    return {
        "description": union.description,
        "anyOf": [*variants, ref(union.fallback_class(side), prefix)],
    }


def fallback_schema(product: Product, name: str, side: Side = "response") -> dict[str, Any]:
    """The variant of an open union for discriminator values the spec does not list: keeps everything."""
    union = product.unions[name]
    tag = next(v for v in union.variants)
    kept = "sent as given" if side == "request" else "kept as received"
    return {
        "type": "object",
        "description": f"A {name} of a kind this SDK version does not know; every key is {kept}.",
        "properties": {union.discriminator: {"type": "integer" if isinstance(tag.value, int) else "string"}},
        "required": [union.discriminator],
    }


_DEFINITIONS: dict[tuple[int, str, bool], tuple[Product, dict[str, dict[str, Any]]]] = {}


def product_definitions(product: Product, prefix: str = "#/$defs/", openapi: bool = False) -> dict[str, dict[str, Any]]:
    """Every schema of a product, keyed by its Python class name, in a stable reading order.

    Built once per product and reused (every model module and docs page asks for it); callers must not mutate it.
    """
    key = (id(product), prefix, openapi)
    cached = _DEFINITIONS.get(key)
    if cached is None or cached[0] is not product:
        cached = _DEFINITIONS[key] = (product, _build_definitions(product, prefix, openapi))
    return cached[1]


def _build_definitions(product: Product, prefix: str, openapi: bool) -> dict[str, dict[str, Any]]:
    definitions: dict[str, dict[str, Any]] = {}
    for command in product.commands:
        definitions[command.request_model] = object_schema(
            product, command.request, "request", f"Request of {command.path}: {command.title}.", prefix, openapi
        )
        definitions[command.response_model] = object_schema(
            product, command.response, "response", f"Reply of {command.path} (envelope keys included).", prefix, openapi
        )
    for event in product.events:
        definitions[event.payload_model] = object_schema(
            product, event.payload, "response", f"Payload of the {event.command} webhook event.", prefix, openapi
        )
        definitions[event.answer_model] = object_schema(
            product, event.answer, "request", f"Answer to the {event.command} webhook event.", prefix, openapi
        )
    for name in sorted({*product.objects, *product.unions}):
        for side in ("request", "response"):
            used = product.request_objects if side == "request" else product.response_objects
            if name not in used:
                continue
            if name in product.unions:
                definitions[product.class_name(name, side)] = union_schema(product, name, side, prefix)
                definitions[product.unions[name].fallback_class(side)] = fallback_schema(product, name, side)
            else:
                obj = product.objects[name]
                definitions[product.class_name(name, side)] = object_schema(
                    product, obj.fields, side, obj.description, prefix, openapi
                )
    for name in sorted(product.enums):
        definitions[name] = enum_schema(product, name)
    return definitions
