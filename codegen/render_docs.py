"""The Markdown reference under docs/: an index, a page per product and per command, and the guides.

Every command page teaches by example: a Python call with realistic values, the same call with the
`trtc` command line, the request body on the wire and a sample reply. The examples are synthesised
from the spec's own JSON Schema by the emulator's synthesiser, and the test suite runs every Python
example against the emulator. Numbers the guides quote (backoff, timeouts, exit codes, categories)
come from the code, not from the templates.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from codegen import schema_out
from codegen.model import Command, Field, Product, Side
from codegen.registry_build import build_registry
from codegen.render import ALL_SPECS, DOCS, ServiceView, annotation, md_header
from trtc_sdk._core import client as core_client
from trtc_sdk._core.errors import API_ERROR_CLASSES
from trtc_sdk._core.limits import describe_limits
from trtc_sdk._core.retry import MAX_RETRIES_LIMIT
from trtc_sdk.cli import EXIT_CODES
from trtc_sdk.testing.fakes import end_paging, flatten, sample

if TYPE_CHECKING:
    from codegen.render import Renderer

RETRY_RULES = {
    "always": "retries with backoff, for every command (the request was refused before it ran)",
    "idempotent": "retries only commands that are safe to repeat: idempotent, or de-duplicated by the server",
    "resign": "mints a fresh UserSig and sends once more (70001)",
    "never": "raises at once",
}


def facts() -> dict[str, Any]:
    """Numbers and names the guides quote, read from the runtime."""
    return {
        "backoff_initial": core_client.DEFAULT_BACKOFF_INITIAL,
        "backoff_max": core_client.DEFAULT_BACKOFF_MAX,
        "max_retries": core_client.DEFAULT_MAX_RETRIES,
        "max_retries_limit": MAX_RETRIES_LIMIT,
        "timeout": core_client.DEFAULT_TIMEOUT,
        "error_classes": {category: cls.__name__ for category, cls in API_ERROR_CLASSES.items()},
        "retry_rules": RETRY_RULES,
        "exit_codes": EXIT_CODES,
    }


def render_docs(renderer: Renderer, views: dict[str, list[ServiceView]]) -> dict[str, str]:
    spec = renderer.spec
    registry = build_registry(spec)
    context = {"facts": facts(), "registry": registry}
    files = {
        f"{DOCS}/{page}.md": renderer.template(f"docs_{page}.md.jinja", header=md_header(ALL_SPECS), **context)
        for page in ("regions", "errors", "paging", "emulator", "cli")
    }
    files[f"{DOCS}/README.md"] = renderer.template("docs_index.md.jinja", header=md_header(ALL_SPECS))
    for product in spec.products:
        files[f"{DOCS}/{product.name}/README.md"] = renderer.template(
            "docs_product.md.jinja",
            header=md_header(", ".join(product.sources)),
            product=product,
            views=views[product.name],
        )
        for command in product.commands:
            files[f"{DOCS}/{product.name}/{command.servicename}.{command.command}.md"] = renderer.template(
                "docs_command.md.jinja",
                header=md_header(command.source),
                product=product,
                command=command,
                objects=objects_reachable(product, command),
                annotation=annotation,
                describe=schema_out.describe,
                limits=lambda item: describe_limits(_limits(item)),
                error_table=[(code, spec.error(product, code)) for code in command.errors],
                example=Example(product, command),
            )
    return files


def _limits(item: Field) -> dict[str, Any]:
    limits: dict[str, Any] = dict(item.constraints)
    limits.update({f"items.{key}": value for key, value in item.item_constraints.items()})
    return limits


def objects_reachable(product: Product, command: Command) -> list[tuple[str, Side, list[Field], str]]:
    """(class name, side, fields, description) of every named object a command's fields lead to."""
    return objects_from(product, (("request", command.request), ("response", command.response)))


def objects_from(
    product: Product, sides: tuple[tuple[Side, tuple[Field, ...]], ...]
) -> list[tuple[str, Side, list[Field], str]]:
    """(class name, side, fields, description) of every named object the fields of each side lead to."""
    found: list[tuple[str, Side, list[Field], str]] = []
    for side, fields in sides:
        for name in product.reachable(fields):
            if name in product.objects:
                obj = product.objects[name]
                found.append((product.class_name(name, side), side, list(obj.fields), obj.description))
    return found


class Example:
    """One command's worked example: the body, and how Python and the CLI spell it."""

    def __init__(self, product: Product, command: Command) -> None:
        self.product = product
        self.command = command
        definitions = schema_out.product_definitions(product, openapi=True)
        self.body: dict[str, Any] = sample(definitions[command.request_model], definitions, minimal=True)
        reply = sample(definitions[command.response_model], definitions, echo=flatten(self.body), minimal=False)
        reply = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "RequestId": "Id-8f2c0f5e", **reply}
        self.reply = end_paging(command.paging, reply)
        self.imports: set[str] = set()
        self.arguments = [
            self._argument(item, self.body[item.key])
            for item in command.request
            if item.key in self.body and item.const is None
        ]

    # -- Python -------------------------------------------------------------------------------

    def python(self) -> str:
        call = f"client.{self.command.namespace}.{self.command.method}("
        if self.arguments:
            call += "\n" + "".join(f"    {name}={value},\n" for name, value in self.arguments) + ")"
        else:
            call += ")"
        head = (
            f"from trtc_sdk.models.{self.product.name} import {', '.join(sorted(self.imports))}\n\n"
            if self.imports
            else ""
        )
        return f"{head}reply = {call}\nprint(reply.request_id)"

    def _argument(self, item: Field, value: Any) -> tuple[str, str]:
        return item.python_name, self._python_value(item.type.name, item.type.is_array, value, item)

    def _python_value(self, type_name: str | None, is_array: bool, value: Any, item: Field | None = None) -> str:
        if is_array and isinstance(value, list):
            inner = item.type.item if item is not None and item.type.item is not None else None
            name = inner.innermost.name if inner is not None else type_name
            return "[" + ", ".join(self._python_value(name, False, element) for element in value) + "]"
        if type_name is not None and isinstance(value, dict):
            return self._construct(type_name, value)
        return repr(value)

    def _construct(self, type_name: str, value: dict[str, Any]) -> str:
        product = self.product
        if type_name in product.unions:
            union = product.unions[type_name]
            tag = value.get(union.discriminator)
            type_name = next((v.type for v in union.variants if v.value == tag), union.variants[0].type)
        class_name = product.class_name(type_name, "request")
        self.imports.add(class_name)
        parts = []
        for field in product.fields_of(type_name):
            if field.key in value and field.const is None:
                python = self._python_value(field.type.innermost.name, field.type.is_array, value[field.key], field)
                parts.append(f"{field.python_name}={python}")
        return f"{class_name}({', '.join(parts)})"

    # -- the command line -----------------------------------------------------------------------

    def cli(self) -> str:
        words = [f"trtc {self.command.namespace.replace('_', '-')} {self.command.method.replace('_', '-')}"]
        for item in self.command.request:
            if item.key not in self.body or item.const is not None:
                continue
            value = self.body[item.key]
            option = "--" + item.python_name.replace("_", "-")
            if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
                words += [f"{option} {_shell(v)}" for v in value]
            else:
                words.append(f"{option} {_shell(value)}")
        return " \\\n    ".join(words)

    def wire(self) -> str:
        return json.dumps(self.body, indent=2, ensure_ascii=False)

    def sample_reply(self) -> str:
        return json.dumps(self.reply, indent=2, ensure_ascii=False)


def _shell(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        text = "true" if value else "false"
    safe = text.replace("_", "").replace("-", "").replace(".", "").replace("@", "")
    return text if safe.isalnum() else "'" + text.replace("'", "'\\''") + "'"
