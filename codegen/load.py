"""Load spec/*.yaml, validate it against spec/schema.json and cross-references, build the model.

Files: `common.yaml` (envelope, regions, common errors), `<product>.yaml` (a product's header, and
its services, types, errors and events), `<product>.<area>.yaml` (more of the same product, for
products too large for one file: types, errors and commands are shared across a product's files).

Every problem is reported as a SpecError naming the file, the command (or type) and the key.
"""

from __future__ import annotations

import json
import keyword
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, get_args

import jsonschema
import yaml
from jsonschema.exceptions import ValidationError, best_match
from pydantic import BaseModel

from codegen.model import (
    ENUMS_MODULE,
    EVENTS_MODULE,
    INTEGER_RANGES,
    INTEGER_SCALARS,
    SCALARS,
    SHARED_MODULE,
    Command,
    DeduplicationRule,
    EnumType,
    EnumValue,
    Envelope,
    EnvelopeKey,
    Event,
    Field,
    Note,
    ObjectType,
    Product,
    Region,
    Service,
    Side,
    Spec,
    TypeRef,
    UnionType,
    UnionVariant,
    Webhooks,
)
from codegen.naming import enum_member, pascal_case, snake_case
from trtc_sdk._core.registry import (
    Batch,
    Deduplication,
    ErrorSpec,
    ItemResults,
    Paging,
    QueryRole,
    ReplyRole,
)
from trtc_sdk.webhooks.spec import AnswerCodes, WebhookQueryRole

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = REPO_ROOT / "spec"
COMMON_FILE = "common.yaml"
CONSTRAINT_KEYS = ("max_bytes", "max_length", "min_length", "pattern", "minimum", "maximum", "min_items", "max_items")
STRING_CONSTRAINTS = {"max_bytes", "max_length", "min_length", "pattern"}
NUMBER_CONSTRAINTS = {"minimum", "maximum"}
ARRAY_CONSTRAINTS = {"min_items", "max_items"}
# Names every generated method or model already uses: request fields must not take them.
RESERVED_PARAMS = frozenset(
    {"self", "request", "extra_body", "request_options", "schema_mismatches", "raw_response", "operation"}
)
# Names the webhook base classes define (trtc_sdk.webhooks.models): event fields must not take them.
RESERVED_EVENT_FIELDS = frozenset({"delivery", "schema_mismatches", "raw_response", "operation"})
RESERVED_ANSWER_FIELDS = frozenset(
    {"ActionStatus", "ErrorCode", "ErrorInfo", "action_status", "error_code", "error_info", "allow", "deny", "modify"}
    | {"deny_silently"}
)
# The C parser reads the same YAML about six times faster (PyYAML without libyaml falls back).
YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
    """Read, validate and link every spec file under spec_dir (or common.yaml plus `only` and their areas)."""
    schema = json.loads((spec_dir / "schema.json").read_text(encoding="utf-8"))
    common = _read_validated(spec_dir / COMMON_FILE, schema, "commonFile", spec_dir)
    products: dict[str, list[tuple[Path, dict[str, Any]]]] = {}
    for path in sorted(spec_dir.glob("*.yaml"), key=lambda p: (p.stem.split(".")[0], p.stem.count("."), p.stem)):
        if path.name == COMMON_FILE:
            continue
        product = path.stem.split(".")[0]
        if only and f"{product}.yaml" not in only and path.name not in only:
            continue
        kind = "areaFile" if "." in path.stem else "productFile"
        products.setdefault(product, []).append((path, _read_validated(path, schema, kind, spec_dir)))
    return _Linker(spec_dir, common, products, partial=bool(only)).link()


def _display(path: Path, spec_dir: Path) -> str:
    try:
        return str(path.relative_to(spec_dir.parent))
    except ValueError:
        return str(path)


def _read_validated(path: Path, schema: dict[str, Any], definition: str, spec_dir: Path) -> dict[str, Any]:
    name = _display(path, spec_dir)
    try:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
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
    elif len(path) >= 2 and path[0] == "events":
        item = document["events"][path[1]]
        where, node, rest = f"event {item.get('command') if isinstance(item, dict) else path[1]}", item, path[2:]
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

    def __init__(
        self,
        spec_dir: Path,
        common: dict[str, Any],
        products: Mapping[str, list[tuple[Path, dict[str, Any]]]],
        partial: bool = False,
    ) -> None:
        self.spec_dir = spec_dir
        self.common = common
        self.product_docs = products
        self.partial = partial  # some product files were left out (`only`): references to them cannot be checked
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
            path=envelope_doc["path"],
            query=tuple(self._envelope_key(item) for item in envelope_doc["query"]),
            response=tuple(self._envelope_key(item) for item in envelope_doc["response"]),
            notes=_notes(envelope_doc.get("notes")),
        )
        self._check_roles(common_name, envelope)
        products = [
            self._product(name, files, regions, common_errors) for name, files in sorted(self.product_docs.items())
        ]
        self._check_global_uniqueness(products)
        if self.problems:
            raise SpecErrors(self.problems)
        return Spec(envelope, regions, common_errors, products, _notes(self.common.get("notes")))

    @staticmethod
    def _envelope_key(item: Mapping[str, Any]) -> EnvelopeKey:
        return EnvelopeKey(
            key=item["key"],
            role=item.get("role"),
            type=parse_type(item["type"]),
            required=item.get("required", False),
            description=item["description"],
            python_name=snake_case(item["key"]),
            enum=tuple(item.get("enum", ())),
        )

    def _check_roles(self, file: str, envelope: Envelope) -> None:
        for label, keys, roles in (
            ("query", envelope.query, get_args(QueryRole)),
            ("response", envelope.response, get_args(ReplyRole)),
        ):
            seen = [key.role for key in keys]
            for role in roles:
                if seen.count(role) != 1:
                    self.fail(file, "envelope", label, f"role {role!r} must be given to exactly one key")
        contenttype = next((key for key in envelope.query if key.role == "contenttype"), None)
        if contenttype is not None and len(contenttype.enum) != 1:
            self.fail(file, "envelope", "query (contenttype)", "the contenttype key needs `enum` with its one value")

    def _errors(self, file: str, items: Iterable[Mapping[str, Any]]) -> dict[int, ErrorSpec]:
        table: dict[int, ErrorSpec] = {}
        for item in items:
            if item["code"] in table:
                self.fail(file, f"error {item['code']}", "code", "listed twice")
            table[item["code"]] = ErrorSpec(**item)
        return table

    def _product(
        self,
        name: str,
        files: list[tuple[Path, dict[str, Any]]],
        regions: Mapping[str, Region],
        common_errors: Mapping[int, ErrorSpec],
    ) -> Product:
        header_path, header = files[0]
        header_file = _display(header_path, self.spec_dir)
        if "." in header_path.stem:
            self.fail(header_file, None, None, f"area file without its product file spec/{name}.yaml")
        for path, doc in files:
            if doc["product"] != name:
                self.fail(_display(path, self.spec_dir), None, "product", f"must be {name!r} (the file name's prefix)")
            if "area" in doc and doc["area"] != path.stem.partition(".")[2]:
                self.fail(_display(path, self.spec_dir), None, "area", f"must equal the file name ({path.stem!r})")
        for region in header.get("regions", {}).get("allowed", ()):
            if region not in regions:
                self.fail(
                    header_file,
                    None,
                    "regions.allowed",
                    f"unknown region {region!r}; common.yaml defines {sorted(regions)}",
                )
        errors: dict[int, ErrorSpec] = {}
        type_docs: dict[str, tuple[str, Mapping[str, Any]]] = {}
        for path, doc in files:
            file = _display(path, self.spec_dir)
            for code, spec in self._errors(file, doc.get("errors", [])).items():
                if code in errors:
                    self.fail(file, f"error {code}", "code", "listed in another file of the product too")
                errors[code] = spec
            for type_name, type_doc in (doc.get("types") or {}).items():
                if type_name in type_docs:
                    self.fail(file, f"type {type_name}", None, f"also defined in {type_docs[type_name][0]}")
                type_docs[type_name] = (file, type_doc)
        for code in errors.keys() & common_errors.keys():
            self.fail(header_file, f"error {code}", "code", "already in common.yaml")

        enums = {n: self._enum(f, n, d) for n, (f, d) in type_docs.items() if "enum" in d}
        type_names = set(type_docs)
        objects = {
            n: ObjectType(n, d["description"], self._fields(f, f"type {n}", "fields", d["fields"], type_names, enums))
            for n, (f, d) in type_docs.items()
            if "fields" in d
        }
        unions = {n: self._union(f, n, d, objects, enums) for n, (f, d) in type_docs.items() if "union" in d}
        product = Product(
            name=name,
            title=header["title"],
            description=header["description"].strip(),
            doc_url=header["doc_url"],
            source=header_file,
            sources=tuple(_display(path, self.spec_dir) for path, _ in files),
            allowed_regions=tuple(header.get("regions", {}).get("allowed", ())),
            regions_note=header.get("regions", {}).get("note"),
            errors=errors,
            enums=enums,
            objects=objects,
            unions=unions,
            services=[],
            notes=tuple(note for _, doc in files for note in _notes(doc.get("notes"))),
        )
        webhooks = [(path, doc["webhooks"]) for path, doc in files if "webhooks" in doc]
        for path, _ in webhooks[1:]:
            self.fail(_display(path, self.spec_dir), None, "webhooks", "a product describes its webhooks once")
        if webhooks:
            product.webhooks = self._webhooks(_display(webhooks[0][0], self.spec_dir), webhooks[0][1])
        command_names: dict[str, int] = {}
        for _, doc in files:
            for service_doc in doc.get("services", []):
                for command_doc in service_doc["commands"]:
                    command_names[command_doc["command"]] = command_names.get(command_doc["command"], 0) + 1
        for path, doc in files:
            file = _display(path, self.spec_dir)
            for service_doc in doc.get("services", []):
                service = Service(
                    service_doc["servicename"], service_doc["namespace"], service_doc["description"].strip(), []
                )
                for command_doc in service_doc["commands"]:
                    command = self._command(file, product, service, command_doc, type_names, enums, command_names)
                    service.commands.append(command)
                methods = [command.method for command in service.commands]
                for method in {m for m in methods if methods.count(m) > 1}:
                    self.fail(file, f"service {service.servicename}", "method", f"method {method!r} defined twice")
                product.services.append(service)
            for event_doc in doc.get("events", []):
                product.events.append(self._event(file, product, event_doc, type_names, enums))
        if not product.services and not product.events:
            self.fail(header_file, None, "services", "the product has no commands and no events in any of its files")
        self._check_events(header_file, product)
        self._mark_usage(product)
        used = product.request_objects | product.response_objects
        shared_library = header_file if len(files) > 1 else None  # a split product's header holds shared types
        for type_name in sorted(type_names - used - self._used_enums(product)):
            if type_docs[type_name][0] != shared_library:
                self.fail(type_docs[type_name][0], f"type {type_name}", None, "defined but never used")
        generated = {n for c in product.commands for n in (c.request_model, c.response_model)}
        generated |= {n for e in product.events for n in (e.payload_model, e.answer_model)}
        classes = {product.class_name(t, side) for t in type_names for side in ("request", "response")}
        classes |= {union.fallback_class(side) for union in unions.values() for side in ("request", "response")}
        for clash in sorted(generated & classes):
            self.fail(header_file, f"type {clash}", None, "clashes with a generated request/response model name")
        self._check_aliases(header_file, product)
        self._place_modules(product)
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

    def _union(
        self,
        file: str,
        name: str,
        type_doc: Mapping[str, Any],
        objects: dict[str, ObjectType],
        enums: Mapping[str, EnumType],
    ) -> UnionType:
        """A union; each variant object gets the discriminator as a constant field, first."""
        doc = type_doc["union"]
        key = doc["discriminator"]
        variants = []
        for item in doc["variants"]:
            variant = item["type"]
            where = f"type {name}"
            if variant not in objects:
                self.fail(file, where, f"variants ({variant})", "a variant must be an object type of the product")
                continue
            obj = objects[variant]
            rest = tuple(f for f in obj.fields if f.key != key)
            tag = Field(
                key=key,
                python_name=snake_case(key),
                type=TypeRef(scalar="integer" if isinstance(item["value"], int) else "string"),
                required=True,
                description=f"Always {item['value']!r} for this kind of {name}.",
                constraints={},
                item_constraints={},
                const=item["value"],
            )
            objects[variant] = ObjectType(obj.name, obj.description, (tag, *rest))
            variants.append(UnionVariant(item["value"], variant, item.get("description", obj.description)))
        values = [v.value for v in variants]
        for duplicate in {v for v in values if values.count(v) > 1}:
            self.fail(file, f"type {name}", "variants", f"value {duplicate!r} appears twice")
        return UnionType(name, type_doc["description"].strip(), key, tuple(variants))

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
            self._check_constraints(file, where, key, ref, constraints, item_constraints)
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
                    const=item.get("const"),
                    group_types=tuple(item.get("group_types", ())),
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
        command_names: Mapping[str, int],
    ) -> Command:
        where = f"command {service.servicename}/{doc['command']}"
        request = self._fields(file, where, "request", doc["request"], type_names, enums)
        response = self._fields(file, where, "response", doc["response"], type_names, enums)
        for code in doc["errors"]:
            if code not in product.errors and code not in self.common_errors_codes:
                self.fail(file, where, "errors", f"code {code} is in neither the product's nor the common error table")
        model_base = pascal_case(doc["command"])
        if command_names[doc["command"]] > 1:
            model_base = pascal_case(service.namespace) + model_base
        command = Command(
            product=product.name,
            servicename=service.servicename,
            namespace=service.namespace,
            command=doc["command"],
            method=doc.get("method", snake_case(doc["command"])),
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
            group_types=tuple(doc.get("group_types", ())),
            rate_limit_group=doc.get("rate_limit_group"),
            notes=_notes(doc.get("notes")),
            undocumented=doc.get("undocumented"),
            deprecated=doc.get("deprecated", False),
            source=file,
        )
        if doc["doc_url"] is None and not command.undocumented:
            self.fail(file, where, "doc_url", "may be null only for commands marked `undocumented`")
        if "paging" in doc:
            command.paging, command.paging_item_type = self._paging(file, where, product, command, doc["paging"])
        if "batch" in doc:
            command.batch = self._batch(file, where, command, doc["batch"])
        if "item_results" in doc:
            command.item_results = self._item_results(file, where, product, command, doc["item_results"])
        if "deduplication" in doc:
            command.deduplication = self._deduplication(file, where, command, doc["deduplication"])
        return command

    @property
    def common_errors_codes(self) -> set[int]:
        return {item["code"] for item in self.common["errors"]}

    def _paging(
        self, file: str, where: str, product: Product, command: Command, doc: Mapping[str, Any]
    ) -> tuple[Paging | None, TypeRef | None]:
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
        for index, carried in enumerate(doc.get("carry", ())):
            if carried["request_key"] not in request_keys:
                self.fail(
                    file,
                    where,
                    f"paging.carry[{index}].request_key",
                    f"{carried['request_key']!r} is not a request field",
                )
            if self._resolve_path(product, command.response, carried["from"]) is None:
                self.fail(
                    file, where, f"paging.carry[{index}].from", f"{carried['from']!r} does not lead to a response field"
                )
        rule = doc.get("advance")
        advance: tuple[Any, str | None, int, int] = (None, None, 1, 0)
        if rule == "count":
            advance = ("count", None, 1, 0)
        elif isinstance(rule, dict):
            advance = ("item_field", rule["item_field"], rule["step"], rule.get("min", 0))
            item_ref = self._resolve_path(product, command.response, doc["items"])
            entry = item_ref.item.name if item_ref is not None and item_ref.item is not None else None
            if entry is None or self._resolve_path(product, product.fields_of(entry), rule["item_field"]) is None:
                self.fail(
                    file, where, "paging.advance.item_field", f"{rule['item_field']!r} is not a field of the items"
                )
        done = doc.get("done")
        if done is not None and self._resolve_path(product, command.response, done["path"]) is None:
            self.fail(file, where, "paging.done.path", f"{done['path']!r} does not lead to a response field")
        request_keys = {item.key for item in command.request}
        for key in doc.get("fixed", {}):
            if key not in request_keys:
                self.fail(file, where, f"paging.fixed.{key}", "is not a request field")
        cut_short = doc.get("cut_short")
        if cut_short is not None and self._resolve_path(product, command.response, cut_short["path"]) is None:
            self.fail(file, where, "paging.cut_short.path", f"{cut_short['path']!r} does not lead to a response field")
        items = resolved.get("items")
        if items is not None and items.item is None:
            self.fail(file, where, "paging.items", f"{doc['items']!r} is not an array")
            return None, None
        paging = Paging(
            style=doc["style"],
            request_key=doc["request_key"],
            items=doc["items"],
            page_size_key=doc.get("page_size_key"),
            next=doc.get("next"),
            total=doc.get("total"),
            first=doc.get("first"),
            end=doc.get("end"),
            advance=advance[0],
            advance_field=advance[1],
            advance_step=advance[2],
            advance_min=advance[3],
            done_path=done["path"] if done else None,
            done_value=done["value"] if done else None,
            cut_short_path=cut_short["path"] if cut_short else None,
            cut_short_value=cut_short["value"] if cut_short else None,
            carry=tuple((item["request_key"], item["from"]) for item in doc.get("carry", ())),
            fixed=tuple(sorted(doc.get("fixed", {}).items())),
        )
        return paging, items.item if items is not None else None

    def _batch(self, file: str, where: str, command: Command, doc: Mapping[str, Any]) -> Batch | None:
        found = next((f for f in command.request if f.key == doc["field"]), None)
        if found is None or not found.type.is_array:
            self.fail(file, where, "batch.field", f"{doc['field']!r} is not an array field of the request")
            return None
        limit = found.constraints.get("max_items")
        if not isinstance(limit, int):
            self.fail(file, where, "batch.field", f"{doc['field']!r} needs `max_items` (the documented batch size)")
            return None
        return Batch(field=doc["field"], max_items=limit)

    def _item_results(
        self, file: str, where: str, product: Product, command: Command, doc: Mapping[str, Any]
    ) -> ItemResults | None:
        ref = self._resolve_path(product, command.response, doc["path"])
        if ref is None or ref.item is None:
            self.fail(file, where, "item_results.path", f"{doc['path']!r} is not an array of the response")
            return None
        kind = doc["kind"]
        entry_fields = product.fields_of(ref.item.name) if ref.item.name else ()
        if kind == "failed_keys":
            if ref.item.scalar is None:
                self.fail(file, where, "item_results.path", "failed_keys needs an array of plain keys")
        else:
            for name in ("key", "status", "message"):
                if name not in doc:
                    if name != "message":
                        self.fail(file, where, f"item_results.{name}", f"required for kind {kind}")
                elif self._resolve_path(product, entry_fields, doc[name]) is None:
                    self.fail(
                        file, where, f"item_results.{name}", f"{doc[name]!r} does not lead to a field of the entries"
                    )
        return ItemResults(
            path=doc["path"],
            kind=kind,
            key=doc.get("key"),
            status=doc.get("status"),
            success=tuple(doc.get("success", (0,))),
            message=doc.get("message"),
        )

    def _deduplication(
        self, file: str, where: str, command: Command, doc: Mapping[str, Any]
    ) -> DeduplicationRule | None:
        found = next((f for f in command.request if f.key == doc["key"]), None)
        if found is None or found.type.scalar not in INTEGER_SCALARS:
            self.fail(file, where, "deduplication.key", f"{doc['key']!r} is not an integer field of the request")
            return None
        for key in doc.get("also", ()):
            extra = next((f for f in command.request if f.key == key), None)
            if extra is None or extra.type.scalar not in INTEGER_SCALARS:
                self.fail(file, where, "deduplication.also", f"{key!r} is not an integer field of the request")
        return DeduplicationRule(
            Deduplication(key=doc["key"], window_seconds=doc.get("window_seconds"), also=tuple(doc.get("also", ()))),
            " ".join(doc["description"].split()),
            tuple(doc.get("sources", ())),
        )

    def _event(
        self, file: str, product: Product, doc: Mapping[str, Any], type_names: set[str], enums: Mapping[str, EnumType]
    ) -> Event:
        where = f"event {doc['command']}"
        name = doc.get("name") or pascal_case(doc["command"].rsplit(".", 1)[-1])
        effects = tuple(doc.get("answer_effects", ()))
        if effects and doc["kind"] != "before":
            self.fail(file, where, "answer_effects", "only before-events change what Tencent does")
        if doc["doc_url"] is None and not doc.get("undocumented"):
            self.fail(file, where, "doc_url", "may be null only for events marked `undocumented`")
        for side, reserved in (("payload", RESERVED_EVENT_FIELDS), ("answer", RESERVED_ANSWER_FIELDS)):
            for index, item in enumerate(doc.get(side, ())):
                python_name = item.get("python_name") or snake_case(item["key"])
                if item["key"] in reserved or python_name in reserved:
                    self.fail(file, where, f"{side}[{index}] ({item['key']})", "the base class already defines it")
        return Event(
            product=product.name,
            command=doc["command"],
            name=name,
            title=doc["title"],
            summary=" ".join(doc["summary"].split()),
            doc_url=doc["doc_url"],
            kind=doc["kind"],
            answer_effects=effects,
            payload=self._fields(file, where, "payload", doc["payload"], type_names, enums),
            answer=self._fields(file, where, "answer", doc.get("answer", []), type_names, enums),
            notes=_notes(doc.get("notes")),
            undocumented=doc.get("undocumented"),
            source=file,
            answer_codes=self._answer_codes(file, where, doc),
            timeout_effect=doc.get("timeout_effect"),
            also_sent_by=tuple(doc.get("also_sent_by", ())),
        )

    def _answer_codes(self, file: str, where: str, doc: Mapping[str, Any]) -> AnswerCodes | None:
        """Which answer ErrorCodes refuse the action; each needs the effect it produces."""
        effects = set(doc.get("answer_effects", ()))
        if doc["kind"] != "before":
            for key in ("answer_codes", "timeout_effect"):
                if key in doc:
                    self.fail(file, where, key, "only before-events wait for an answer")
            return None
        codes = doc.get("answer_codes")
        if "deny_silently" in effects and (codes is None or "deny_silently" not in codes):
            self.fail(file, where, "answer_codes.deny_silently", "the deny_silently effect needs its ErrorCode")
        if codes is None:
            return None
        for key, effect in (("deny", "deny"), ("deny_silently", "deny_silently"), ("deny_custom", "deny")):
            if key in codes and effect not in effects:
                self.fail(file, where, f"answer_codes.{key}", f"needs the {effect!r} answer effect")
        custom = codes.get("deny_custom")
        if custom is not None and not 0 < custom[0] <= custom[1]:
            self.fail(file, where, "answer_codes.deny_custom", "needs a range [low, high] of positive codes")
        return AnswerCodes(
            deny=codes.get("deny"),
            deny_silently=codes.get("deny_silently"),
            deny_custom=(custom[0], custom[1]) if custom is not None else None,
        )

    def _check_events(self, file: str, product: Product) -> None:
        for label, values in (
            ("command", [event.command for event in product.events]),
            ("name", [event.name for event in product.events]),
        ):
            for duplicate in {v for v in values if values.count(v) > 1}:
                self.fail(file, f"event {duplicate}", label, "appears twice")

    def _webhooks(self, file: str, doc: Mapping[str, Any]) -> Webhooks:
        webhooks = Webhooks(
            doc_url=doc["doc_url"],
            authentication=doc["authentication"],
            answer_timeout_seconds=doc.get("answer_timeout_seconds"),
            query=tuple(self._envelope_key({"role": None, **item}) for item in doc.get("query", [])),
            notes=_notes(doc.get("notes")),
            clock_skew_seconds=doc.get("clock_skew_seconds"),
            retries=" ".join(doc["retries"].split()) if "retries" in doc else None,
            timeout_effect=doc.get("timeout_effect"),
        )
        needed: list[WebhookQueryRole] = ["sdkappid", "callback_command"]
        if webhooks.authentication == "sha256_token_time":
            needed += ["sign", "request_time"]
            if webhooks.clock_skew_seconds is None:
                self.fail(file, "webhooks", "clock_skew_seconds", "a signed webhook needs its replay window")
        roles = [key.role for key in webhooks.query]
        for role in get_args(WebhookQueryRole):
            if roles.count(role) > 1 or (role in needed and role not in roles):
                self.fail(file, "webhooks", "query", f"role {role!r} must be given to exactly one key")
        return webhooks

    @staticmethod
    def _resolve_path(product: Product, fields: Sequence[Field], path: str) -> TypeRef | None:
        current: Sequence[Field] = fields
        ref: TypeRef | None = None
        for step in path.split("."):
            match = next((f for f in current if f.key == step), None)
            if match is None:
                return None
            ref = match.type
            current = product.fields_of(ref.name) if ref.name else ()
        return ref

    def _mark_usage(self, product: Product) -> None:
        reachable = {*product.objects, *product.unions}
        for command in product.commands:
            product.request_objects.update(n for n in product.reachable(command.request) if n in reachable)
            product.response_objects.update(n for n in product.reachable(command.response) if n in reachable)
        for event in product.events:
            product.response_objects.update(n for n in product.reachable(event.payload) if n in reachable)
            product.request_objects.update(n for n in product.reachable(event.answer) if n in reachable)

    @staticmethod
    def _used_enums(product: Product) -> set[str]:
        fields = [f for o in product.objects.values() for f in o.fields]
        fields += [f for c in product.commands for f in (*c.request, *c.response)]
        fields += [f for e in product.events for f in (*e.payload, *e.answer)]
        return {name for f in fields if (name := f.type.innermost.name) in product.enums}

    def _check_aliases(self, file: str, product: Product) -> None:
        """One wire key maps to one Python name across a product (the generator's alias table)."""
        names: dict[str, str] = {}
        fields = [(f"type {n}", f) for n, o in product.objects.items() for f in o.fields]
        fields += [(f"command {c.path}", f) for c in product.commands for f in (*c.request, *c.response)]
        fields += [(f"event {e.command}", f) for e in product.events for f in (*e.payload, *e.answer)]
        for where, item in fields:
            previous = names.setdefault(item.key, item.python_name)
            if previous != item.python_name:
                self.fail(
                    file, where, f"{item.key}.python_name", f"key maps to both {previous!r} and {item.python_name!r}"
                )

    @staticmethod
    def _place_modules(product: Product) -> None:
        """Which module of trtc_sdk.models.<product> holds each class.

        A command's models go to its own module, `<servicename>.<method>`, with every type only that
        command uses (events may use it too: `_events` imports it from there); types several commands of
        one servicename use go to `<servicename>._shared`, types of several servicenames to the product's
        `_shared` (a module per group of types that refer to each other); enums to `_enums`; event
        payloads, answers and the types only events use to `_events`. A first call then imports little
        beyond what it sends and reads, and nothing of the webhooks.
        """
        users: dict[str, set[tuple[str, str]]] = {}
        modules = product.modules
        for command in product.commands:
            home = (snake_case(command.servicename), command.method)
            for name in product.reachable((*command.request, *command.response)):
                users.setdefault(name, set()).add(home)
            modules[command.request_model] = modules[command.response_model] = ".".join(home)
        for event in product.events:
            for name in product.reachable((*event.payload, *event.answer)):
                users.setdefault(name, set()).add((EVENTS_MODULE, ""))
            modules[event.payload_model] = modules[event.answer_model] = EVENTS_MODULE
        sides: tuple[tuple[Side, set[str]], ...] = (
            ("request", product.request_objects),
            ("response", product.response_objects),
        )
        placed: dict[str, str] = {}
        for name in (*product.objects, *product.unions):
            owners = users.get(name, set())
            commands = owners - {(EVENTS_MODULE, "")}
            servicenames = {servicename for servicename, _ in commands}
            if len(commands) == 1:
                placed[name] = ".".join(next(iter(commands)))
            elif len(servicenames) == 1:
                placed[name] = f"{next(iter(servicenames))}.{SHARED_MODULE}"
            elif owners == {(EVENTS_MODULE, "")}:
                placed[name] = EVENTS_MODULE
        placed.update(_shared_clusters(product, [n for n in (*product.objects, *product.unions) if n not in placed]))
        for name, module in placed.items():
            # The big shared groups (the message union) split by side: a command that sends messages does
            # not import the classes that read them, and the other way round.
            request_module = f"{module}_param" if module.startswith(f"{SHARED_MODULE}.") else module
            for side, used in sides:
                if name in used:
                    modules[product.class_name(name, side)] = request_module if side == "request" else module
            if name in product.unions:
                for side, used in sides:
                    if name in used:
                        fallback = product.unions[name].fallback_class(side)
                        modules[fallback] = request_module if side == "request" else module
        for name in product.enums:  # a module each: a command imports the enums it uses, not all of them
            modules[name] = f"{ENUMS_MODULE}.{snake_case(name)}"

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
            for event in product.events:
                owner = owners.setdefault(("event", event.command), product.source)
                if owner != product.source:
                    self.fail(product.source, f"event {event.command}", "command", f"also an event of {owner}")
        with_webhooks = {product.name for product in products if product.webhooks is not None}
        loaded = {product.name for product in products}
        for product in products:
            if product.events and product.name not in with_webhooks:
                self.fail(product.source, None, "webhooks", "a product with events describes how they are delivered")
            for event in product.events:
                for sender in event.also_sent_by:
                    if self.partial and sender not in loaded:
                        continue  # that product's file was not loaded
                    if sender == product.name or sender not in with_webhooks:
                        self.fail(
                            event.source,
                            f"event {event.command}",
                            "also_sent_by",
                            f"{sender!r} is not another product with a `webhooks` section",
                        )


def _shared_clusters(product: Product, names: Sequence[str]) -> dict[str, str]:
    """Types several servicenames share, one module per group of types that refer to each other.

    `_shared.<root>` is named after the group's first type that no other type of the group refers to
    (the message union, for the message elements), so a call imports only the group its command uses.
    """
    members = set(names)
    neighbours: dict[str, set[str]] = {name: set() for name in names}
    for name in names:
        for other in product.referenced(name):
            if other in members:
                neighbours[name].add(other)
                neighbours[other].add(name)
    modules: dict[str, str] = {}
    for name in names:
        if name in modules:
            continue
        group, stack = [], [name]
        while stack:
            current = stack.pop()
            if current in group:
                continue
            group.append(current)
            stack.extend(sorted(neighbours[current] - set(group)))
        referred = {other for member in group for other in product.referenced(member)}
        # a union first: it is what the commands name (the message union, not one of its elements)
        candidates = sorted(group, key=lambda member: (member not in product.unions, names.index(member)))
        roots = [member for member in candidates if member not in referred] or candidates
        for member in group:
            modules[member] = f"{SHARED_MODULE}.{snake_case(roots[0])}"
    return modules


def _notes(items: Sequence[Mapping[str, Any]] | None) -> tuple[Note, ...]:
    return tuple(
        Note(" ".join(item["problem"].split()), " ".join(item["decision"].split()), tuple(item.get("sources", ())))
        for item in items or ()
    )
