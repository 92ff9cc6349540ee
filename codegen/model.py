"""Intermediate model of the spec: plain, validated data the renderers read.

The loader (load.py) builds it from YAML; every naming, typing and placement decision the templates
need is made here, so the templates only format. Facts the runtime also holds (error specs, paging,
item results, policy vocabularies) are the runtime's own classes from `trtc_sdk._core.registry`, so
the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from codegen.naming import pascal_case, snake_case
from trtc_sdk._core.registry import (
    AnswerEffect,
    Batch,
    Deduplication,
    ErrorSpec,
    EventKind,
    ItemResults,
    Paging,
    QueryRole,
    ReplyRole,
    WebhookAuthentication,
)
from trtc_sdk.webhooks.spec import AnswerCodes, TimeoutEffect, WebhookQueryRole

Scalar = Literal["string", "integer", "int32", "uint32", "int64", "uint64", "number", "boolean", "object", "any"]
SCALARS: frozenset[str] = frozenset(Scalar.__args__)  # type: ignore[attr-defined]

# Inclusive ranges implied by the sized integer types.
INTEGER_RANGES: dict[str, tuple[int, int]] = {
    "int32": (-(2**31), 2**31 - 1),
    "uint32": (0, 2**32 - 1),
    "int64": (-(2**63), 2**63 - 1),
    "uint64": (0, 2**64 - 1),
}
INTEGER_SCALARS = frozenset({"integer", *INTEGER_RANGES})

Side = Literal["request", "response"]
SHARED_MODULE = "_shared"  # models used by several servicenames of a product
ENUMS_MODULE = "_enums"  # the package of a product's enums, a module each
EVENTS_MODULE = "_events"  # webhook event payloads and answers


@dataclass(frozen=True)
class TypeRef:
    """A parsed type expression: a scalar, a named type of the product, or an array of either."""

    scalar: str | None = None
    name: str | None = None
    item: TypeRef | None = None

    @property
    def is_array(self) -> bool:
        return self.item is not None

    @property
    def innermost(self) -> TypeRef:
        ref = self
        while ref.item is not None:
            ref = ref.item
        return ref

    def __str__(self) -> str:
        if self.item is not None:
            return f"array<{self.item}>"
        return self.scalar or self.name or "?"


@dataclass(frozen=True)
class Field:
    key: str
    python_name: str
    type: TypeRef
    required: bool
    description: str
    constraints: dict[str, int | float | str]
    item_constraints: dict[str, int | float | str]
    default: object = None
    unit: str | None = None
    accepts: tuple[str, ...] = ()
    deprecated: bool = False
    example: object = None
    const: str | int | None = None
    group_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class EnumValue:
    value: str | int
    member: str
    description: str
    response_only: bool = False


@dataclass(frozen=True)
class EnumType:
    name: str
    description: str
    values: tuple[EnumValue, ...]
    open: bool = False  # requests may send values the docs do not list

    @property
    def value_type(self) -> Literal["string", "integer"]:
        return "integer" if isinstance(self.values[0].value, int) else "string"

    @property
    def sendable(self) -> tuple[EnumValue, ...]:
        return tuple(value for value in self.values if not value.response_only)


@dataclass(frozen=True)
class ObjectType:
    name: str
    description: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class UnionVariant:
    value: str | int  # discriminator value
    type: str  # object type name
    description: str


@dataclass(frozen=True)
class UnionType:
    """An object whose shape one key chooses; unlisted values decode to the `fallback` class."""

    name: str
    description: str
    discriminator: str
    variants: tuple[UnionVariant, ...]

    @property
    def fallback(self) -> str:
        return f"Unknown{self.name}"

    def fallback_class(self, side: Side) -> str:
        """The variant for unlisted tag values on one side: lenient in replies, strict (but open) in requests."""
        return f"{self.fallback}Param" if side == "request" else self.fallback


@dataclass(frozen=True)
class Note:
    problem: str
    decision: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeduplicationRule:
    rule: Deduplication
    description: str
    sources: tuple[str, ...] = ()


@dataclass
class Command:
    product: str
    servicename: str
    namespace: str
    command: str
    method: str
    title: str
    summary: str
    doc_url: str | None
    rate_limit_per_sec: float | None
    idempotent: bool
    idempotency: str | None
    request: tuple[Field, ...]
    response: tuple[Field, ...]
    errors: tuple[int, ...]
    model_base: str  # PascalCase stem of the request/response model names
    paging: Paging | None = None
    paging_item_type: TypeRef | None = None
    item_results: ItemResults | None = None
    deduplication: DeduplicationRule | None = None
    batch: Batch | None = None
    group_types: tuple[str, ...] = ()
    rate_limit_group: str | None = None
    notes: tuple[Note, ...] = ()
    undocumented: str | None = None
    deprecated: bool = False
    source: str = ""  # the spec file it is written in

    @property
    def path(self) -> str:
        return f"{self.servicename}/{self.command}"

    @property
    def request_model(self) -> str:
        return f"{self.model_base}Request"

    @property
    def response_model(self) -> str:
        return f"{self.model_base}Response"

    @property
    def retry_safe(self) -> bool:
        return self.idempotent or self.deduplication is not None


@dataclass
class Event:
    """A webhook event Tencent POSTs to the app's server."""

    product: str
    command: str  # CallbackCommand value
    name: str  # class stem
    title: str
    summary: str
    doc_url: str | None
    kind: EventKind
    answer_effects: tuple[AnswerEffect, ...]
    payload: tuple[Field, ...]
    answer: tuple[Field, ...]
    notes: tuple[Note, ...] = ()
    undocumented: str | None = None
    source: str = ""
    answer_codes: AnswerCodes | None = None  # before-events whose answer's ErrorCode decides
    timeout_effect: TimeoutEffect | None = None  # overrides the product's webhooks.timeout_effect
    also_sent_by: tuple[str, ...] = ()  # other products whose webhooks send the same event

    @property
    def payload_model(self) -> str:
        return f"{self.name}Event"

    @property
    def answer_model(self) -> str:
        return f"{self.name}Answer"


@dataclass
class Service:
    servicename: str
    namespace: str
    description: str
    commands: list[Command]

    @property
    def class_name(self) -> str:
        return f"{pascal_case(self.namespace)}Service"

    @property
    def module(self) -> str:
        """The module holding its service classes and its commands' models."""
        return snake_case(self.servicename)


@dataclass(frozen=True)
class Webhooks:
    doc_url: str
    authentication: WebhookAuthentication
    answer_timeout_seconds: float | None
    query: tuple[EnvelopeKey, ...]
    notes: tuple[Note, ...]
    clock_skew_seconds: float | None = None
    retries: str | None = None
    timeout_effect: TimeoutEffect | None = None

    def query_key(self, role: WebhookQueryRole) -> str | None:
        return next((key.key for key in self.query if key.role == role), None)


@dataclass
class Product:
    name: str
    title: str
    description: str
    doc_url: str
    source: str  # spec file of the product header, e.g. spec/call.yaml
    sources: tuple[str, ...]  # every spec file of the product (header first, then its areas)
    allowed_regions: tuple[str, ...]
    regions_note: str | None
    errors: dict[int, ErrorSpec]
    enums: dict[str, EnumType]
    objects: dict[str, ObjectType]
    unions: dict[str, UnionType]
    services: list[Service]
    events: list[Event] = field(default_factory=list)
    webhooks: Webhooks | None = None
    notes: tuple[Note, ...] = ()
    # Object types reachable from request fields / response fields (a type may be in both).
    request_objects: set[str] = field(default_factory=set)
    response_objects: set[str] = field(default_factory=set)
    # Python module (under trtc_sdk.models.<product>) of every generated class, by class name.
    modules: dict[str, str] = field(default_factory=dict)

    @property
    def commands(self) -> list[Command]:
        return [command for service in self.services for command in service.commands]

    def class_name(self, type_name: str, side: Side) -> str:
        """Python class of a named type on one side of the wire.

        Objects a caller builds (request side) carry a ``Param`` suffix, objects the server sends
        do not, so a type used both ways yields two classes with the right strictness each.
        Enums are shared by both sides.
        """
        if (type_name in self.objects or type_name in self.unions) and side == "request":
            return f"{type_name}Param"
        return type_name

    def fields_of(self, type_name: str) -> tuple[Field, ...]:
        if type_name in self.objects:
            return self.objects[type_name].fields
        return ()

    def referenced(self, type_name: str) -> tuple[str, ...]:
        """Named types a type refers to directly (a union refers to its variants)."""
        if type_name in self.unions:
            return tuple(variant.type for variant in self.unions[type_name].variants)
        return tuple(name for item in self.fields_of(type_name) if (name := item.type.innermost.name))

    def reachable(self, fields: Iterable[Field]) -> Iterator[str]:
        """Every named type the fields lead to, once each, in reading order (the one type-graph walk)."""
        seen: set[str] = set()
        stack = [name for item in reversed(list(fields)) if (name := item.type.innermost.name)]
        while stack:
            name = stack.pop()
            if name in seen:
                continue
            seen.add(name)
            yield name
            stack.extend(reversed(self.referenced(name)))

    def module_ref(self, class_name: str) -> str:
        """ "trtc_sdk.models.<product>.<module>:<Class>" of a generated class."""
        return f"trtc_sdk.models.{self.name}.{self.modules[class_name]}:{class_name}"


@dataclass(frozen=True)
class Region:
    name: str
    title: str
    host: str
    standby_host: str
    note: str | None = None


@dataclass(frozen=True)
class EnvelopeKey:
    key: str
    role: QueryRole | ReplyRole | WebhookQueryRole | None
    type: TypeRef
    required: bool
    description: str
    python_name: str
    enum: tuple[str | int, ...] = ()


@dataclass
class Envelope:
    doc_url: str
    path: str
    query: tuple[EnvelopeKey, ...]
    response: tuple[EnvelopeKey, ...]
    notes: tuple[Note, ...]


@dataclass
class Spec:
    envelope: Envelope
    regions: dict[str, Region]
    common_errors: dict[int, ErrorSpec]
    products: list[Product]
    notes: tuple[Note, ...] = ()

    @property
    def commands(self) -> list[Command]:
        return [command for product in self.products for command in product.commands]

    @property
    def events(self) -> list[Event]:
        return [event for product in self.products for event in product.events]

    def error(self, product: Product, code: int) -> ErrorSpec:
        """A code's meaning for a product: its table first, then the common one (as the runtime looks it up)."""
        return product.errors.get(code) or self.common_errors[code]
