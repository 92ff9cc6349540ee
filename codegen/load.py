"""Load spec/*.yaml, validate it against spec/schema.json and cross-references, build the model.

Every problem is reported as a SpecError naming the file, the command (or type) and the key.
"""

from __future__ import annotations

import json
import keyword
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from jsonschema.exceptions import ValidationError, best_match
from pydantic import BaseModel

from codegen.model import (
    INTEGER_RANGES,
    INTEGER_SCALARS,
    SCALARS,
    Command,
    EnumType,
    EnumValue,
    Envelope,
    EnvelopeKey,
    ErrorCode,
    Field,
    Note,
    ObjectType,
    Paging,
    Product,
    Region,
    Service,
    Spec,
    TypeRef,
)
from codegen.naming import enum_member, pascal_case, snake_case

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = REPO_ROOT / "spec"
COMMON_FILE = "common.yaml"
CONSTRAINT_KEYS = ("max_bytes", "max_length", "min_length", "pattern", "minimum", "maximum", "min_items", "max_items")
STRING_CONSTRAINTS = {"max_bytes", "max_length", "min_length", "pattern"}
NUMBER_CONSTRAINTS = {"minimum", "maximum"}
ARRAY_CONSTRAINTS = {"min_items", "max_items"}
# Keyword arguments every generated method takes besides the request fields.
RESERVED_PARAMS = frozenset({"self", "request", "extra_body"})


class SpecError(Exception):
    """A problem in the spec, located by file, command or type, and key."""

    def __init__(self, file: str, where: str | None, key: str | None, message: str) -> None:
        self.file, self.where, self.key, self.message = file, where, key, message
        parts = [file, where, f"key '{key}'" if key else None, message]
        super().__init__(": ".join(part for part in parts if part))


class SpecErrors(Exception):
    """Several SpecErrors at once, so one run shows every problem."""

    def __init__(self, errors: Sequence[SpecError]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(str(error) for error in self.errors))


def load_spec(spec_dir: Path = SPEC_DIR, only: Sequence[str] = ()) -> Spec:
    """Read, validate and link every spec file under spec_dir (or common.yaml plus `only`)."""
    schema = json.loads((spec_dir / "schema.json").read_text(encoding="utf-8"))
    common_path = spec_dir / COMMON_FILE
    common = _read_validated(common_path, schema, "commonFile", spec_dir)
    product_docs = [
        (path, _read_validated(path, schema, "productFile", spec_dir))
        for path in sorted(spec_dir.glob("*.yaml"))
        if path.name != COMMON_FILE and (not only or path.name in only)
    ]
    return _Linker(spec_dir, common, product_docs).link()


def _display(path: Path, spec_dir: Path) -> str:
    try:
        return str(path.relative_to(spec_dir.parent))
    except ValueError:
        return str(path)


def _read_validated(path: Path, schema: dict[str, Any], definition: str, spec_dir: Path) -> dict[str, Any]:
    name = _display(path, spec_dir)
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise SpecError(name, None, None, f"not valid YAML: {exc}") from None
    validator = jsonschema.Draft202012Validator({"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]})
    problems = []
    for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
        detail = best_match(error.context) if error.context else error
        assert detail is not None
        where, key = _locate(document, list(detail.absolute_path))
        problems.append(SpecError(name, where, key, _schema_message(detail)))
    if problems:
        raise SpecErrors(problems)
    assert isinstance(document, dict)
    return document


def _schema_message(error: ValidationError) -> str:
    if error.validator == "additionalProperties":
        return f"unknown key ({error.message})"
    if error.validator == "pattern" and isinstance(error.schema, dict) and "description" in error.schema:
        return f"{error.instance!r} is not valid here. Expected: {error.schema['description']}"
    return error.message


def _locate(document: Any, path: list[str | int]) -> tuple[str | None, str | None]:
    """Turn a JSON path into ("command svc/cmd" | "type X" | ..., "request[0] (CallId).type")."""
    where: str | None = None
    node = document
    rest = path
    if len(path) >= 4 and path[0] == "services" and path[2] == "commands":
        service = document["services"][path[1]]
        command = service["commands"][path[3]]
        where = f"command {service.get('servicename')}/{command.get('command') if isinstance(command, dict) else '?'}"
        node, rest = command, path[4:]
    elif len(path) >= 2 and path[0] == "types":
        where, node, rest = f"type {path[1]}", document["types"][path[1]], path[2:]
    elif len(path) >= 2 and path[0] in ("services", "errors", "regions"):
        item = document[path[0]][path[1]]
        label = item.get("servicename") or item.get("code") or item.get("name") if isinstance(item, dict) else None
        where, node, rest = f"{path[0][:-1]} {label if label is not None else path[1]}", item, path[2:]
    parts: list[str] = []
    for step in rest:
        if isinstance(step, int):
            label = node[step].get("key") if isinstance(node, list) and isinstance(node[step], dict) else None
            parts[-1:] = [f"{parts[-1] if parts else ''}[{step}]" + (f" ({label})" if label else "")]
        else:
            parts.append(str(step))
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            node = None
    return where, ".".join(parts) or None


def parse_type(expr: str) -> TypeRef:
    if expr.startswith("array<"):
        if not expr.endswith(">"):
            raise ValueError(f"unbalanced array type {expr!r}")
        return TypeRef(item=parse_type(expr[len("array<") : -1]))
    if "<" in expr or ">" in expr:
        raise ValueError(f"unbalanced array type {expr!r}")
    if expr in SCALARS:
        return TypeRef(scalar=expr)
    return TypeRef(name=expr)


class _Linker:
    """Second pass: resolves names across files and checks what the JSON Schema cannot."""

    def __init__(self, spec_dir: Path, common: dict[str, Any], products: list[tuple[Path, dict[str, Any]]]) -> None:
        self.spec_dir = spec_dir
        self.common = common
        self.product_docs = products
        self.problems: list[SpecError] = []

    def fail(self, file: str, where: str | None, key: str | None, message: str) -> None:
        self.problems.append(SpecError(file, where, key, message))

    def link(self) -> Spec:
        common_name = _display(self.spec_dir / COMMON_FILE, self.spec_dir)
        regions = {item["name"]: Region(**item) for item in self.common["regions"]}
        common_errors = self._errors(common_name, self.common["errors"])
        envelope_doc = self.common["envelope"]
        envelope = Envelope(
            doc_url=envelope_doc["doc_url"],
            query=tuple(self._envelope_key(item) for item in envelope_doc["query"]),
            response=tuple(self._envelope_key(item) for item in envelope_doc["response"]),
            notes=_notes(envelope_doc.get("notes")),
        )
        products = [self._product(path, doc, regions, common_errors) for path, doc in self.product_docs]
        self._check_global_uniqueness(products)
        if self.problems:
            raise SpecErrors(self.problems)
        return Spec(envelope, regions, common_errors, products, _notes(self.common.get("notes")))

    @staticmethod
    def _envelope_key(item: Mapping[str, Any]) -> EnvelopeKey:
        return EnvelopeKey(
            key=item["key"],
            type=parse_type(item["type"]),
            required=item.get("required", False),
            description=item["description"],
            python_name=snake_case(item["key"]),
            enum=tuple(item.get("enum", ())),
        )

    def _errors(self, file: str, items: Iterable[Mapping[str, Any]]) -> dict[int, ErrorCode]:
        table: dict[int, ErrorCode] = {}
        for item in items:
            if item["code"] in table:
                self.fail(file, f"error {item['code']}", "code", "listed twice")
            table[item["code"]] = ErrorCode(**item)
        return table

    def _product(
        self, path: Path, doc: dict[str, Any], regions: Mapping[str, Region], common_errors: Mapping[int, ErrorCode]
    ) -> Product:
        file = _display(path, self.spec_dir)
        if path.stem != doc["product"]:
            self.fail(file, None, "product", f"must equal the file name ({path.stem!r})")
        for region in doc["regions"]["allowed"]:
            if region not in regions:
                self.fail(
                    file, None, "regions.allowed", f"unknown region {region!r}; common.yaml defines {sorted(regions)}"
                )
        errors = self._errors(file, doc.get("errors", []))
        for code in errors.keys() & common_errors.keys():
            self.fail(file, f"error {code}", "code", "already in common.yaml")

        enums: dict[str, EnumType] = {}
        object_docs: dict[str, Mapping[str, Any]] = {}
        for name, type_doc in (doc.get("types") or {}).items():
            if "enum" in type_doc:
                enums[name] = self._enum(file, name, type_doc)
            else:
                object_docs[name] = type_doc
        type_names = set(enums) | set(object_docs)

        objects = {
            name: ObjectType(
                name,
                type_doc["description"],
                self._fields(file, f"type {name}", "fields", type_doc["fields"], type_names, enums),
            )
            for name, type_doc in object_docs.items()
        }
        product = Product(
            name=doc["product"],
            title=doc["title"],
            description=doc["description"].strip(),
            doc_url=doc["doc_url"],
            source=file,
            allowed_regions=tuple(doc["regions"]["allowed"]),
            regions_note=doc["regions"].get("note"),
            errors=errors,
            enums=enums,
            objects=objects,
            services=[],
            notes=_notes(doc.get("notes")),
        )
        command_names: dict[str, int] = {}
        for service_doc in doc["services"]:
            for command_doc in service_doc["commands"]:
                command_names[command_doc["command"]] = command_names.get(command_doc["command"], 0) + 1
        for service_doc in doc["services"]:
            service = Service(
                service_doc["servicename"], service_doc["namespace"], service_doc["description"].strip(), []
            )
            for command_doc in service_doc["commands"]:
                service.commands.append(
                    self._command(file, product, service, command_doc, type_names, enums, common_errors, command_names)
                )
            methods = [command.method for command in service.commands]
            for method in {m for m in methods if methods.count(m) > 1}:
                self.fail(file, f"service {service.servicename}", "method", f"method {method!r} defined twice")
            product.services.append(service)

        self._mark_usage(product)
        unused = type_names - product.request_objects - product.response_objects - self._used_enums(product)
        for name in sorted(unused):
            self.fail(file, f"type {name}", None, "defined but never used")
        generated = {name for command in product.commands for name in (command.request_model, command.response_model)}
        for name in sorted(
            generated & {product.class_name(t, side) for t in type_names for side in ("request", "response")}
        ):
            self.fail(file, f"type {name}", None, "clashes with a generated request/response model name")
        self._check_aliases(file, product)
        return product

    def _enum(self, file: str, name: str, type_doc: Mapping[str, Any]) -> EnumType:
        values = []
        kinds = {type(item["value"]) for item in type_doc["enum"]}
        if len(kinds) > 1:
            self.fail(file, f"type {name}", "enum", "mixes string and integer values")
        for item in type_doc["enum"]:
            member = item.get("name")
            if member is None:
                if isinstance(item["value"], int):
                    self.fail(file, f"type {name}", f"enum value {item['value']}", "integer values need a `name`")
                    member = f"V_{item['value']}"
                else:
                    member = enum_member(item["value"])
            values.append(EnumValue(item["value"], member, item["description"], item.get("response_only", False)))
        columns: tuple[tuple[str, list[object]], ...] = (
            ("value", [v.value for v in values]),
            ("member name", [v.member for v in values]),
        )
        for label, seen in columns:
            for duplicate in {x for x in seen if seen.count(x) > 1}:
                self.fail(file, f"type {name}", "enum", f"{label} {duplicate!r} appears twice")
        return EnumType(name, type_doc["description"].strip(), tuple(values), type_doc.get("open", False))

    def _fields(
        self,
        file: str,
        where: str,
        section: str,
        docs: Sequence[Mapping[str, Any]],
        type_names: set[str],
        enums: Mapping[str, EnumType],
    ) -> tuple[Field, ...]:
        fields = []
        for index, item in enumerate(docs):
            key = f"{section}[{index}] ({item['key']})"
            try:
                ref = parse_type(item["type"])
            except ValueError as exc:
                self.fail(file, where, f"{key}.type", str(exc))
                continue
            inner = ref.innermost
            if inner.name is not None and inner.name not in type_names:
                self.fail(file, where, f"{key}.type", f"unknown type {inner.name!r}")
            python_name = item.get("python_name") or snake_case(item["key"])
            if python_name in RESERVED_PARAMS or keyword.iskeyword(python_name) or hasattr(BaseModel, python_name):
                self.fail(file, where, f"{key}.python_name", f"{python_name!r} is reserved; set another python_name")
            constraints = {name: item[name] for name in CONSTRAINT_KEYS if name in item}
            item_constraints = dict(item.get("items") or {})
            self._check_constraints(file, where, key, ref, constraints, item_constraints, enums)
            accepts = tuple(item.get("accepts", ()))
            if accepts and (ref.is_array or (inner.name is not None and inner.name not in enums)):
                self.fail(file, where, f"{key}.accepts", "only scalar and enum fields can accept other JSON types")
            fields.append(
                Field(
                    key=item["key"],
                    python_name=python_name,
                    type=ref,
                    required=item.get("required", False),
                    description=" ".join(item["description"].split()),
                    constraints=constraints,
                    item_constraints=item_constraints,
                    default=item.get("default"),
                    unit=item.get("unit"),
                    accepts=accepts,
                    deprecated=item.get("deprecated", False),
                    example=item.get("example"),
                )
            )
        for label, values in (("key", [f.key for f in fields]), ("python name", [f.python_name for f in fields])):
            for duplicate in {v for v in values if values.count(v) > 1}:
                self.fail(file, where, section, f"{label} {duplicate!r} appears twice")
        return tuple(fields)

    def _check_constraints(
        self,
        file: str,
        where: str,
        key: str,
        ref: TypeRef,
        constraints: Mapping[str, object],
        item_constraints: Mapping[str, object],
        enums: Mapping[str, EnumType],
    ) -> None:
        def kind(target: TypeRef) -> str:
            if target.is_array:
                return "array"
            if target.scalar == "string":
                return "string"
            if target.scalar in INTEGER_SCALARS or target.scalar == "number":
                return "number"
            return "other"

        allowed = {
            "string": STRING_CONSTRAINTS,
            "number": NUMBER_CONSTRAINTS,
            "array": ARRAY_CONSTRAINTS,
            "other": set(),
        }
        for name in constraints:
            if name not in allowed[kind(ref)]:
                self.fail(file, where, f"{key}.{name}", f"does not apply to type {ref}")
        if item_constraints:
            if ref.item is None:
                self.fail(file, where, f"{key}.items", "only array fields take item constraints")
            else:
                for name in item_constraints:
                    if name not in allowed[kind(ref.item)]:
                        self.fail(file, where, f"{key}.items.{name}", f"does not apply to type {ref.item}")
        if ref.scalar in INTEGER_SCALARS and ref.scalar != "integer":
            low, high = INTEGER_RANGES[ref.scalar]
            for name, value in constraints.items():
                if name in NUMBER_CONSTRAINTS and not low <= float(str(value)) <= high:
                    self.fail(file, where, f"{key}.{name}", f"{value} is outside {ref.scalar}")

    def _command(
        self,
        file: str,
        product: Product,
        service: Service,
        doc: Mapping[str, Any],
        type_names: set[str],
        enums: Mapping[str, EnumType],
        common_errors: Mapping[int, ErrorCode],
        command_names: Mapping[str, int],
    ) -> Command:
        where = f"command {service.servicename}/{doc['command']}"
        request = self._fields(file, where, "request", doc["request"], type_names, enums)
        response = self._fields(file, where, "response", doc["response"], type_names, enums)
        for code in doc["errors"]:
            if code not in product.errors and code not in common_errors:
                self.fail(file, where, "errors", f"code {code} is in neither the product's nor the common error table")
        model_base = pascal_case(doc["command"])
        if command_names[doc["command"]] > 1:
            model_base = pascal_case(service.namespace) + model_base
        command = Command(
            product=product.name,
            servicename=service.servicename,
            namespace=service.namespace,
            command=doc["command"],
            method=doc.get("method", doc["command"]),
            title=doc["title"],
            summary=" ".join(doc["summary"].split()),
            doc_url=doc["doc_url"],
            rate_limit_per_sec=doc["rate_limit_per_sec"],
            idempotent=doc["idempotent"],
            idempotency=doc.get("idempotency"),
            request=request,
            response=response,
            errors=tuple(doc["errors"]),
            model_base=model_base,
            notes=_notes(doc.get("notes")),
            undocumented=doc.get("undocumented"),
            deprecated=doc.get("deprecated", False),
        )
        if doc["doc_url"] is None and not command.undocumented:
            self.fail(file, where, "doc_url", "may be null only for commands marked `undocumented`")
        if "paging" in doc:
            command.paging = self._paging(file, where, product, command, doc["paging"])
        return command

    def _paging(
        self, file: str, where: str, product: Product, command: Command, doc: Mapping[str, Any]
    ) -> Paging | None:
        request_keys = {f.key for f in command.request}
        for name in ("request_key", "page_size_key"):
            if name in doc and doc[name] not in request_keys:
                self.fail(file, where, f"paging.{name}", f"{doc[name]!r} is not a request field")
        resolved: dict[str, TypeRef | None] = {}
        for name in ("items", "next", "total"):
            if name in doc:
                resolved[name] = self._resolve_path(product, command.response, doc[name])
                if resolved[name] is None:
                    self.fail(file, where, f"paging.{name}", f"{doc[name]!r} does not lead to a response field")
        items = resolved.get("items")
        if items is not None and items.item is None:
            self.fail(file, where, "paging.items", f"{doc['items']!r} is not an array")
            return None
        return Paging(
            style=doc["style"],
            request_key=doc["request_key"],
            items=doc["items"],
            page_size_key=doc.get("page_size_key"),
            next=doc.get("next"),
            total=doc.get("total"),
            first=doc.get("first"),
            end=doc.get("end"),
            item_type=items.item if items is not None else None,
        )

    @staticmethod
    def _resolve_path(product: Product, fields: Sequence[Field], path: str) -> TypeRef | None:
        current: Sequence[Field] = fields
        ref: TypeRef | None = None
        for step in path.split("."):
            match = next((f for f in current if f.key == step), None)
            if match is None:
                return None
            ref = match.type
            current = product.objects[ref.name].fields if ref.name in product.objects else ()
        return ref

    def _mark_usage(self, product: Product) -> None:
        def walk(fields: Iterable[Field], seen: set[str]) -> None:
            for item in fields:
                name = item.type.innermost.name
                if name in product.objects and name not in seen:
                    seen.add(name)
                    walk(product.objects[name].fields, seen)

        for command in product.commands:
            walk(command.request, product.request_objects)
            walk(command.response, product.response_objects)

    @staticmethod
    def _used_enums(product: Product) -> set[str]:
        used = set()
        all_fields = [f for o in product.objects.values() for f in o.fields]
        all_fields += [f for c in product.commands for f in (*c.request, *c.response)]
        for item in all_fields:
            if item.type.innermost.name in product.enums:
                used.add(item.type.innermost.name)
        return used

    def _check_aliases(self, file: str, product: Product) -> None:
        """datamodel-code-generator maps a wire key to one attribute name per module."""
        names: dict[str, str] = {}
        for where, item in _all_fields(product):
            previous = names.setdefault(item.key, item.python_name)
            if previous != item.python_name:
                self.fail(
                    file, where, f"{item.key}.python_name", f"key maps to both {previous!r} and {item.python_name!r}"
                )

    def _check_global_uniqueness(self, products: Sequence[Product]) -> None:
        owners: dict[tuple[str, str], str] = {}
        for product in products:
            for service in product.services:
                for label in ("servicename", "namespace"):
                    value = getattr(service, label)
                    owner = owners.setdefault((label, value), f"{product.source} ({service.servicename})")
                    if owner != f"{product.source} ({service.servicename})":
                        self.fail(
                            product.source,
                            f"service {service.servicename}",
                            label,
                            f"{value!r} is also used by {owner}",
                        )


def _all_fields(product: Product) -> Iterator[tuple[str, Field]]:
    for name, obj in product.objects.items():
        for item in obj.fields:
            yield f"type {name}", item
    for command in product.commands:
        for item in (*command.request, *command.response):
            yield f"command {command.path}", item


def _notes(items: Sequence[Mapping[str, Any]] | None) -> tuple[Note, ...]:
    return tuple(
        Note(" ".join(item["problem"].split()), " ".join(item["decision"].split()), tuple(item.get("sources", ())))
        for item in items or ()
    )
