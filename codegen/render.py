"""Spec model -> file contents: pydantic models (datamodel-code-generator), service classes, the
operation registry, the client and the Markdown reference (Jinja templates).

Decisions (annotations, imports, docstrings) are made here in plain Python; templates only format.
`render_all` returns {repo-relative path: text}; writing and comparing is the caller's job.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from datamodel_code_generator import generate
from datamodel_code_generator.enums import DataModelType, InputFileType
from datamodel_code_generator.format import PythonVersion

from codegen import schema_out
from codegen.model import INTEGER_SCALARS, Command, Field, Product, Side, Spec, TypeRef

PACKAGE = "generated/trtc_sdk"
DOCS = "docs"
PY_MARK = "# generated from "
MD_MARK = "<!-- generated from "
TEMPLATES = Path(__file__).parent / "templates"
ALL_SPECS = "spec/*.yaml"
REQUEST_BASE = "trtc_sdk._runtime.model_base.RequestModel"
RESPONSE_BASE = "trtc_sdk._runtime.model_base.ResponseModel"
ENVELOPE_BASE = "trtc_sdk.models.envelope.Envelope"
_PY_SCALARS = {"string": "str", "number": "float", "boolean": "bool", "object": "dict[str, Any]", "any": "Any"}


def py_header(source: str) -> str:
    return f"{PY_MARK}{source} by `python -m codegen generate` - do not edit"


def md_header(source: str) -> str:
    return f"{MD_MARK}{source} by `python -m codegen generate` - do not edit -->"


def is_generated(text: str) -> bool:
    return text.startswith(PY_MARK) or text.startswith(MD_MARK)


def annotation(product: Product, type_ref: TypeRef, side: Side) -> str:
    """Python type of a field: what a caller passes (request) or reads (response)."""
    if type_ref.item is not None:
        container = "Sequence" if side == "request" else "list"
        return f"{container}[{annotation(product, type_ref.item, side)}]"
    if type_ref.scalar is not None:
        return "int" if type_ref.scalar in INTEGER_SCALARS else _PY_SCALARS[type_ref.scalar]
    assert type_ref.name is not None
    if type_ref.name in product.enums and side == "request":
        enum = product.enums[type_ref.name]
        values = ", ".join(repr(value.value) for value in enum.values if not value.response_only)
        unlisted = (" | str" if enum.value_type == "string" else " | int") if enum.open else ""
        return f"{type_ref.name} | Literal[{values}]{unlisted}"
    return product.class_name(type_ref.name, side)


@dataclass
class ParamView:
    name: str
    annotation: str
    required: bool
    doc: str


@dataclass
class MethodView:
    name: str
    path: str
    request_model: str
    response_model: str
    params: list[ParamView]
    doc: str
    iterator_item: str | None = None
    iterator_params: list[ParamView] = field(default_factory=list)


@dataclass
class ServiceView:
    class_name: str
    servicename: str
    namespace: str
    description: str
    methods: list[MethodView]


def _method_doc(command: Command) -> str:
    lines = [f"{command.title}.", "", *textwrap.wrap(command.summary, 96), ""]
    lines.append(f"`POST /v4/{command.path}`" + (f" - {command.doc_url}" if command.doc_url else ""))
    if command.undocumented:
        lines.append(f"Not in the public docs: {command.undocumented}")
    idempotency = f" ({command.idempotency})" if command.idempotency else ""
    lines.append(f"Idempotent: {'yes' if command.idempotent else 'no'}{idempotency}")
    if command.rate_limit_per_sec is not None:
        lines.append(f"Rate limit: {command.rate_limit_per_sec:g} requests/s.")
    return "\n".join(lines)


def _param(product: Product, item: Field) -> ParamView:
    hint = annotation(product, item.type, "request")
    if item.type.scalar == "string" and {"integer", "number"} & set(item.accepts):
        hint += " | int"  # sent as its text, the documented form
    return ParamView(item.python_name, hint, item.required, schema_out.describe(item))


def service_views(product: Product) -> list[ServiceView]:
    views = []
    for service in product.services:
        methods = []
        for command in service.commands:
            params = [_param(product, item) for item in command.request]
            params.sort(key=lambda p: not p.required)  # required first reads best; all are keyword-only
            method = MethodView(
                command.method,
                command.path,
                command.request_model,
                command.response_model,
                params,
                _method_doc(command),
            )
            if command.paging is not None and command.paging.item_type is not None:
                method.iterator_item = annotation(product, command.paging.item_type, "response")
                cursor = next(f.python_name for f in command.request if f.key == command.paging.request_key)
                method.iterator_params = [p for p in params if p.name != cursor]
            methods.append(method)
        views.append(
            ServiceView(service.class_name, service.servicename, service.namespace, service.description, methods)
        )
    return views


def _service_imports(product: Product, views: list[ServiceView]) -> list[str]:
    names: set[str] = set()
    for command in product.commands:
        names.update((command.request_model, command.response_model))
    for view in views:
        for method in view.methods:
            for text in [p.annotation for p in method.params] + [method.iterator_item or ""]:
                names.update(word for word in _identifiers(text) if word in product.enums or word in _classes(product))
    return sorted(names)


def _identifiers(text: str) -> list[str]:
    import re

    return re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text)


def _classes(product: Product) -> set[str]:
    return {product.class_name(name, side) for name in product.objects for side in ("request", "response")}


class Renderer:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES),
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["py"] = repr
        self.env.filters["md"] = lambda text: str(text).replace("|", "\\|").replace("\n", " ")

    def template(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(spec=self.spec, **context)

    def render_all(self) -> dict[str, str]:
        files: dict[str, str] = {}
        python: dict[str, str] = {
            f"{PACKAGE}/models/__init__.py": self.template("models_init.py.jinja", header=py_header(ALL_SPECS)),
            f"{PACKAGE}/models/envelope.py": self.envelope_models(),
            f"{PACKAGE}/services/__init__.py": self.template("services_init.py.jinja", header=py_header(ALL_SPECS)),
            f"{PACKAGE}/_protocol.py": self.template("protocol.py.jinja", header=py_header(ALL_SPECS)),
            f"{PACKAGE}/_operations.py": self.template("operations.py.jinja", header=py_header(ALL_SPECS)),
            f"{PACKAGE}/_client.py": self.template("client.py.jinja", header=py_header(ALL_SPECS)),
        }
        views = {product.name: service_views(product) for product in self.spec.products}
        for product in self.spec.products:
            python[f"{PACKAGE}/models/{product.name}.py"] = self.product_models(product)
            python[f"{PACKAGE}/services/{product.name}.py"] = self.template(
                "services.py.jinja",
                header=py_header(product.source),
                product=product,
                services=views[product.name],
                imports=_service_imports(product, views[product.name]),
            )
        files.update(format_python(python))
        files.update(self.docs(views))
        return dict(sorted(files.items()))

    def envelope_models(self) -> str:
        properties = {
            key.key: {
                "type": "integer" if key.type.scalar in INTEGER_SCALARS else "string",
                "description": key.description,
            }
            for key in self.spec.envelope.response
        }
        schema = {
            "$schema": schema_out.JSON_SCHEMA_DIALECT,
            "$defs": {
                "Envelope": {"type": "object", "description": "Keys every reply carries.", "properties": properties}
            },
        }
        return _datamodel(
            schema, py_header("spec/common.yaml"), {}, {k.key: k.python_name for k in self.spec.envelope.response}
        )

    def product_models(self, product: Product) -> str:
        definitions = schema_out.product_definitions(product)
        base_classes: dict[str, str | list[str]] = {}
        for command in product.commands:
            base_classes[command.request_model] = REQUEST_BASE
            base_classes[command.response_model] = ENVELOPE_BASE
        for name in product.request_objects:
            base_classes[product.class_name(name, "request")] = REQUEST_BASE
        aliases = {}
        for obj in product.objects.values():
            aliases.update({f.key: f.python_name for f in obj.fields})
        for command in product.commands:
            aliases.update({f.key: f.python_name for f in (*command.request, *command.response)})
        schema = {"$schema": schema_out.JSON_SCHEMA_DIALECT, "$defs": definitions}
        return _datamodel(schema, py_header(product.source), base_classes, aliases)

    def docs(self, views: dict[str, list[ServiceView]]) -> dict[str, str]:
        files = {
            f"{DOCS}/{page}.md": self.template(f"docs_{page}.md.jinja", header=md_header(ALL_SPECS))
            for page in ("regions", "errors", "paging", "emulator", "cli")
        }
        files[f"{DOCS}/README.md"] = self.template("docs_index.md.jinja", header=md_header(ALL_SPECS))
        for product in self.spec.products:
            files[f"{DOCS}/{product.name}/README.md"] = self.template(
                "docs_product.md.jinja", header=md_header(product.source), product=product, views=views[product.name]
            )
            for command in product.commands:
                files[f"{DOCS}/{product.name}/{command.servicename}.{command.command}.md"] = self.template(
                    "docs_command.md.jinja",
                    header=md_header(product.source),
                    product=product,
                    command=command,
                    objects=_objects_reachable(product, command),
                    annotation=annotation,
                    describe=schema_out.describe,
                    limits=_limits_text,
                    error_table=self._error_rows(product, command),
                )
        return files

    def _error_rows(self, product: Product, command: Command) -> list[tuple[int, str, str, str]]:
        rows = []
        for code in command.errors:
            error = product.errors.get(code) or self.spec.common_errors[code]
            rows.append((code, error.meaning + (f" {error.hint}" if error.hint else ""), error.category, error.retry))
        return rows


def _objects_reachable(product: Product, command: Command) -> list[tuple[str, Side, list[Field], str]]:
    """(class name, side, fields, description) of every named object a command's fields lead to."""
    found: list[tuple[str, Side, list[Field], str]] = []
    seen: set[tuple[str, str]] = set()

    def walk(fields: tuple[Field, ...], side: Side) -> None:
        for item in fields:
            name = item.type.innermost.name
            if name in product.objects and (name, side) not in seen:
                seen.add((name, side))
                obj = product.objects[name]
                found.append((product.class_name(name, side), side, list(obj.fields), obj.description))
                walk(obj.fields, side)

    walk(command.request, "request")
    walk(command.response, "response")
    return found


def _limits_text(item: Field) -> str:
    parts = []
    c = item.constraints
    if "max_bytes" in c:
        parts.append(f"≤ {c['max_bytes']} bytes")
    if "max_length" in c:
        parts.append(f"≤ {c['max_length']} chars")
    if "min_length" in c:
        parts.append(f"≥ {c['min_length']} chars")
    if "minimum" in c or "maximum" in c:
        parts.append(f"{c.get('minimum', '')}..{c.get('maximum', '')}")
    if "min_items" in c or "max_items" in c:
        parts.append(f"{c.get('min_items', 0)}..{c.get('max_items', '')} items")
    if "pattern" in c:
        parts.append(f"matches `{c['pattern']}`")
    if item.item_constraints:
        parts.append("each item: " + ", ".join(f"{k}={v}" for k, v in item.item_constraints.items()))
    if item.type.scalar in ("int32", "uint32", "int64", "uint64"):
        parts.append(item.type.scalar)
    return "; ".join(parts)


def _datamodel(
    schema: dict[str, Any], header: str, base_classes: dict[str, str | list[str]], aliases: dict[str, str]
) -> str:
    output = generate(
        json.dumps(schema),
        input_file_type=InputFileType.JsonSchema,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,  # emits StrEnum; redirected to the 3.10-safe runtime class below
        base_class=RESPONSE_BASE,
        base_class_map=base_classes,
        aliases=aliases,
        snake_case_field=True,
        use_annotated=True,
        field_constraints=True,
        field_extra_keys={schema_out.MAX_BYTES_KEY, schema_out.ITEM_MAX_BYTES_KEY, schema_out.SEND_AS_STRING_KEY},
        use_inline_field_description=True,  # both Field(description=...) for runtime tools and a docstring for IDEs
        use_schema_description=True,
        use_standard_collections=True,
        use_union_operator=True,
        capitalise_enum_members=True,
        keep_model_order=True,
        skip_root_model=True,
        disable_timestamp=True,
        use_double_quotes=True,
        custom_file_header=header,
        import_overrides={"StrEnum": "trtc_sdk._runtime.enums", "IntEnum": "trtc_sdk._runtime.enums"},
        formatters=[],
    )
    assert isinstance(output, str)
    return output


def format_python(files: dict[str, str]) -> dict[str, str]:
    """ruff (pinned in pyproject) sorts imports and formats, so output is byte-stable."""
    config = Path(__file__).resolve().parent.parent / "pyproject.toml"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for path, text in files.items():
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        ruff = [sys.executable, "-m", "ruff"]
        for args in (["check", "--fix-only", "--select", "I,F401", "--quiet"], ["format", "--quiet"]):
            subprocess.run([*ruff, *args, "--config", str(config), str(root)], check=True)
        return {path: (root / path).read_text(encoding="utf-8") for path in files}
