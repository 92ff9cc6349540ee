"""Spec model -> file contents: models (render_models.py), service classes, the registry, the client,
and the Markdown reference (render_docs.py).

Decisions (annotations, imports, docstrings) are made here in plain Python; templates only format.
`render_all` returns {repo-relative path: text}; writing and comparing is the caller's job.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from codegen import schema_out
from codegen.model import ENUMS_MODULE, INTEGER_SCALARS, SHARED_MODULE, Command, Field, Product, Side, Spec, TypeRef
from codegen.naming import snake_case
from codegen.render_models import envelope_models, module_models
from codegen.render_webhooks import MODULE, render_webhook_registry

PACKAGE = "generated/trtc_sdk"
DOCS = "docs"
PY_MARK = "# generated from "
MD_MARK = "<!-- generated from "
TEMPLATES = Path(__file__).parent / "templates"
ALL_SPECS = "spec/*.yaml"
_PY_SCALARS = {"string": "str", "number": "float", "boolean": "bool", "object": "dict[str, Any]", "any": "Any"}


def py_header(source: str) -> str:
    return f"{PY_MARK}{source} by `python -m codegen generate` - do not edit"


def md_header(source: str) -> str:
    return f"{MD_MARK}{source} by `python -m codegen generate` - do not edit -->"


def is_generated(text: str) -> bool:
    return text.startswith(PY_MARK) or text.startswith(MD_MARK)


def sources(product: Product) -> str:
    return ", ".join(product.sources)


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
        values = ", ".join(repr(value.value) for value in enum.sendable)
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
    batch_param: ParamView | None = None  # the list a `<method>_in_batches` helper splits
    batch_item: str | None = None  # the type of one of its items
    batch_size: int = 0


@dataclass
class ServiceView:
    class_name: str
    servicename: str
    namespace: str
    description: str
    methods: list[MethodView]


def method_doc(command: Command) -> str:
    lines = [f"{command.title}.", "", *textwrap.wrap(command.summary, 96), ""]
    lines.append(f"`POST /v4/{command.path}`" + (f" - {command.doc_url}" if command.doc_url else ""))
    if command.undocumented:
        lines.append(f"Not in the public docs: {command.undocumented}")
    idempotency = f" ({command.idempotency})" if command.idempotency else ""
    lines.append(f"Idempotent: {'yes' if command.idempotent else 'no'}{idempotency}")
    if command.deduplication is not None:
        lines.append(f"De-duplicated on {command.deduplication.rule.key}: a resend after an ambiguous failure is safe.")
    if command.rate_limit_per_sec is not None:
        lines.append(f"Rate limit: {command.rate_limit_per_sec:g} requests/s.")
    if command.group_types:
        lines.append(f"Group types: {', '.join(command.group_types)}.")
    if command.item_results is not None:
        lines.append(
            f"Partial success: results per item in {command.item_results.path}; "
            "trtc_sdk.failed_items(reply) lists the failures."
        )
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
            params = [_param(product, item) for item in command.request if item.const is None]
            params.sort(key=lambda p: not p.required)  # required first reads best; all are keyword-only
            method = MethodView(
                command.method, command.path, command.request_model, command.response_model, params, method_doc(command)
            )
            if command.batch is not None:
                batch_field = next(f for f in command.request if f.key == command.batch.field)
                method.batch_param = next(p for p in params if p.name == batch_field.python_name)
                assert batch_field.type.item is not None
                method.batch_item = annotation(product, batch_field.type.item, "request")
                method.batch_size = command.batch.max_items
            if command.paging is not None and command.paging_item_type is not None:
                method.iterator_item = annotation(product, command.paging_item_type, "response")
                iterator_sets = {command.paging.request_key, *(key for key, _ in command.paging.fixed)}
                set_names = {f.python_name for f in command.request if f.key in iterator_sets}
                method.iterator_params = [p for p in params if p.name not in set_names]
            methods.append(method)
        views.append(
            ServiceView(service.class_name, service.servicename, service.namespace, service.description, methods)
        )
    return views


def _names_in(text: str) -> list[str]:
    return re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text)


def service_imports(product: Product, views: list[ServiceView]) -> list[tuple[str, list[str]]]:
    """(module, class names) the service module imports for type checkers."""
    names: set[str] = set()
    for view in views:
        for method in view.methods:
            names.update((method.request_model, method.response_model))
            for text in [p.annotation for p in method.params] + [method.iterator_item or "", method.batch_item or ""]:
                names.update(word for word in _names_in(text) if word in product.modules)
    by_module: dict[str, list[str]] = {}
    for name in sorted(names):
        by_module.setdefault(product.modules[name], []).append(name)
    return sorted(by_module.items())


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
        self.env.filters["invalid_code"] = lambda path, registry: registry.invalid_parameter_code(
            registry.operations[path]
        )

    def template(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(spec=self.spec, **context)

    def render_all(self) -> dict[str, str]:
        from codegen.render_docs import render_docs
        from codegen.render_docs_events import render_event_docs

        python: dict[str, str] = {
            f"{PACKAGE}/models/__init__.py": self.template("models_init.py.jinja", header=py_header(ALL_SPECS)),
            f"{PACKAGE}/models/envelope.py": envelope_models(self.spec, py_header("spec/common.yaml")),
            f"{PACKAGE}/services/__init__.py": self.template("services_init.py.jinja", header=py_header(ALL_SPECS)),
            f"{PACKAGE}/_registry.py": self.registry(),
            f"{PACKAGE}/{MODULE}": render_webhook_registry(self, py_header(ALL_SPECS)),
            f"{PACKAGE}/_client.py": self.client("sync"),
            f"{PACKAGE}/_async_client.py": self.client("async"),
        }
        views = {product.name: service_views(product) for product in self.spec.products}
        for product in self.spec.products:
            python.update(self.product_models(product))
            if not product.services:
                continue  # a product with events only has no service module
            python.update(self.product_services(product, views[product.name]))
        files = format_python(python)
        files.update(render_docs(self, views))
        files.update(render_event_docs(self))
        return dict(sorted(files.items()))

    def product_services(self, product: Product, views: list[ServiceView]) -> dict[str, str]:
        """One module per servicename (a namespace's first use imports only its own), and a lazy facade."""
        header = py_header(sources(product))
        files = {}
        by_module: dict[str, list[str]] = {}
        for view in views:
            exports = sorted(f"{prefix}{view.class_name}" for prefix in ("", "Async"))
            module = snake_case(view.servicename)
            by_module[module] = exports
            files[f"{PACKAGE}/services/{product.name}/{module}.py"] = self.template(
                "services.py.jinja",
                header=header,
                product=product,
                services=[view],
                imports=service_imports(product, [view]),
                exports=exports,
            )
        files[f"{PACKAGE}/services/{product.name}/__init__.py"] = self.template(
            "services_package.py.jinja",
            header=header,
            product=product,
            modules=sorted(by_module.items()),
            all_names=sorted(name for names in by_module.values() for name in names),
        )
        return files

    def product_models(self, product: Product) -> dict[str, str]:
        header = py_header(sources(product))
        files = {}
        modules = sorted(set(product.modules.values()))
        for module in modules:
            path = module.replace(".", "/")
            files[f"{PACKAGE}/models/{product.name}/{path}.py"] = module_models(product, module, header)
        for package in sorted({module.split(".")[0] for module in modules if "." in module}):
            if package == SHARED_MODULE:
                about = "types several servicenames share, a module per group of types that refer to each other"
            elif package == ENUMS_MODULE:
                about = "the product's enums, a module each (a command imports only the enums it uses)"
            else:
                about = f"models of `{package}`, a module per command, `_shared` for the types several use"
            files[f"{PACKAGE}/models/{product.name}/{package}/__init__.py"] = (
                f'{header}\n"""{about[0].upper()}{about[1:]}.\n\n'
                f'Import them from `trtc_sdk.models.{product.name}`."""\n'
            )
        by_module: dict[str, list[str]] = {}
        for name, module in sorted(product.modules.items()):
            by_module.setdefault(module, []).append(name)
        files[f"{PACKAGE}/models/{product.name}/__init__.py"] = self.template(
            "model_package.py.jinja",
            header=header,
            product=product,
            shared=any(module.startswith("_") and not module.startswith(ENUMS_MODULE) for module in modules),
            modules=sorted(by_module.items()),
            all_names=sorted(product.modules),
        )
        return files

    def registry(self) -> str:
        envelope = self.spec.envelope
        contenttype = next(key.enum[0] for key in envelope.query if key.role == "contenttype")
        return self.template(
            "registry.py.jinja",
            header=py_header(ALL_SPECS),
            query_keys={key.role: key.key for key in envelope.query},
            reply_keys={key.role: key.key for key in envelope.response},
            contenttype=contenttype,
        )

    def client(self, flavor: str) -> str:
        overloads = []
        modules = set()
        for product in self.spec.products:
            for command in product.commands:
                module = f"trtc_sdk.models.{product.name}.{product.modules[command.response_model]}"
                modules.add(module)
                overloads.append((command.path, f"{module}.{command.response_model}"))
        return self.template(
            "client.py.jinja",
            header=py_header(ALL_SPECS),
            response_modules=sorted(modules),
            invoke_overloads=overloads,
            flavor=flavor,
        )


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
        for args in (["check", "--fix-only", "--select", "I,F401,F811", "--quiet"], ["format", "--quiet"]):
            subprocess.run([*ruff, *args, "--config", str(config), str(root)], check=True)
        return {path: (root / path).read_text(encoding="utf-8") for path in files}
