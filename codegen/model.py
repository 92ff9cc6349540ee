"""Intermediate model of the spec: plain, validated data the renderers read.

The loader (load.py) builds it from YAML; every naming and typing decision that the templates
need is made here, so the templates only format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from codegen.naming import pascal_case

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


@dataclass(frozen=True)
class ObjectType:
    name: str
    description: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class ErrorCode:
    code: int
    meaning: str
    category: str
    retry: str
    hint: str | None = None


@dataclass(frozen=True)
class Paging:
    style: str
    request_key: str
    items: str
    page_size_key: str | None = None
    next: str | None = None
    total: str | None = None
    first: int | str | None = None
    end: int | str | None = None
    item_type: TypeRef | None = None  # type of one item, resolved by the loader


@dataclass(frozen=True)
class Note:
    problem: str
    decision: str
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
    notes: tuple[Note, ...] = ()
    undocumented: str | None = None
    deprecated: bool = False

    @property
    def path(self) -> str:
        return f"{self.servicename}/{self.command}"

    @property
    def request_model(self) -> str:
        return f"{self.model_base}Request"

    @property
    def response_model(self) -> str:
        return f"{self.model_base}Response"


@dataclass
class Service:
    servicename: str
    namespace: str
    description: str
    commands: list[Command]

    @property
    def class_name(self) -> str:
        return f"{pascal_case(self.namespace)}Service"


@dataclass
class Product:
    name: str
    title: str
    description: str
    doc_url: str
    source: str  # spec file path relative to the repository root, e.g. spec/call.yaml
    allowed_regions: tuple[str, ...]
    regions_note: str | None
    errors: dict[int, ErrorCode]
    enums: dict[str, EnumType]
    objects: dict[str, ObjectType]
    services: list[Service]
    notes: tuple[Note, ...] = ()
    # Object types reachable from request fields / response fields (a type may be in both).
    request_objects: set[str] = field(default_factory=set)
    response_objects: set[str] = field(default_factory=set)

    @property
    def commands(self) -> list[Command]:
        return [command for service in self.services for command in service.commands]

    def class_name(self, type_name: str, side: Side) -> str:
        """Python class of a named type on one side of the wire.

        Objects a caller builds (request side) carry a ``Param`` suffix, objects the server sends
        do not, so a type used both ways yields two classes with the right strictness each.
        Enums are shared by both sides.
        """
        if type_name in self.objects and side == "request":
            return f"{type_name}Param"
        return type_name


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
    type: TypeRef
    required: bool
    description: str
    python_name: str
    enum: tuple[str | int, ...] = ()


@dataclass
class Envelope:
    doc_url: str
    query: tuple[EnvelopeKey, ...]
    response: tuple[EnvelopeKey, ...]
    notes: tuple[Note, ...]


@dataclass
class Spec:
    envelope: Envelope
    regions: dict[str, Region]
    common_errors: dict[int, ErrorCode]
    products: list[Product]
    notes: tuple[Note, ...] = ()

    @property
    def commands(self) -> list[Command]:
        return [command for product in self.products for command in product.commands]
