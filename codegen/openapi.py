"""Spec -> one OpenAPI 3.1 document of every product: ``python -m codegen openapi [-o FILE]``.

Schemas come from schema_out (``openapi=True``), so the document and the generated models share one
source. Each product's schemas are prefixed with the product (``Call_GetCallInfoRequest``), which keeps
component names unique and valid in every tool. Output is deterministic: paths follow the spec, maps
whose order carries no meaning are sorted.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from codegen import openapi_webhooks, schema_out
from codegen.load import REPO_ROOT
from codegen.model import Command, EnvelopeKey, Note, Product, Region, Spec, TypeRef
from codegen.naming import pascal_case
from trtc_sdk._core.registry import ErrorSpec as ErrorCode

OPENAPI_VERSION = "3.1.0"
TITLE = "Tencent RTC and Chat server REST API (trtc-sdk spec)"
VERSION_FILE = REPO_ROOT / "generated" / "trtc_sdk" / "_version.py"
SCHEMAS = "#/components/schemas/"
PARAMETERS = "#/components/parameters/"
ENVELOPE = "Envelope"
YAML_SUFFIXES = (".yaml", ".yml")


def main(spec: Spec, output: str | None) -> int:
    """Write the document to `output` (JSON, or YAML for .yaml/.yml) or to stdout."""
    document = build_document(spec)
    if output is None:
        sys.stdout.write(dump(document, yaml_format=False))
        return 0
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump(document, yaml_format=path.suffix in YAML_SUFFIXES), encoding="utf-8")
    print(f"wrote {path} ({len(document['paths'])} operations, {len(document['webhooks'])} webhooks)", file=sys.stderr)
    return 0


class _YamlDumper(yaml.SafeDumper):
    """Writes multi-line descriptions as literal blocks, so the Markdown stays readable."""


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None)


_YamlDumper.add_representer(str, _represent_str)


def dump(document: dict[str, Any], yaml_format: bool) -> str:
    if yaml_format:
        return yaml.dump(document, Dumper=_YamlDumper, sort_keys=False, allow_unicode=True, width=120)
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def build_document(spec: Spec) -> dict[str, Any]:
    return {
        "openapi": OPENAPI_VERSION,
        "info": info(spec),
        "externalDocs": {"description": "Calling the REST API (envelope, hosts)", "url": spec.envelope.doc_url},
        "servers": [server(region) for region in spec.regions.values()],
        "tags": [tag(product) for product in spec.products],
        "paths": {f"/v4/{command.path}": path_item(spec, command) for command in spec.commands},
        "webhooks": openapi_webhooks.webhooks(spec),
        "components": components(spec),
    }


# --- info, servers, tags ---------------------------------------------------------------------------------------


def sdk_version(path: Path = VERSION_FILE) -> str:
    match = re.search(r'__version__\s*=\s*"([^"]+)"', path.read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f"{path}: no __version__ found")
    return match.group(1)


def info(spec: Spec) -> dict[str, Any]:
    query = ", ".join(f"`{key.key}`" for key in spec.envelope.query)
    text = [
        f"Every command is `POST https://<host>/v4/<servicename>/<command>` with the query parameters {query} "
        "and a JSON object body (`{}` at least). Every reply is HTTP 200 with the envelope (`ErrorCode` 0 on "
        "success) plus the command's fields.",
        notes_markdown(spec.envelope.notes),
        "Besides its own codes (`x-error-codes` of each operation), any command may return these:",
        errors_table(common_errors(spec)),
    ]
    return {"title": TITLE, "version": sdk_version(), "description": "\n\n".join(part for part in text if part)}


def server(region: Region) -> dict[str, Any]:
    description = f"{region.title} ({region.name}); standby host {region.standby_host}."
    if region.note:
        description += f" {region.note}"
    return {
        "url": f"https://{region.host}",
        "description": description,
        "x-region": region.name,
        "x-standby-url": f"https://{region.standby_host}",
    }


def tag(product: Product) -> dict[str, Any]:
    description = f"**{product.title}.** {product.description}"
    description += f"\n\nServed in: {', '.join(product.allowed_regions)}."
    if product.regions_note:
        description += f" {product.regions_note}"
    return {
        "name": product.name,
        "description": description,
        "externalDocs": {"url": product.doc_url},
        "x-displayName": product.title,
    }


# --- operations ------------------------------------------------------------------------------------------------


def schema_prefix(product_name: str) -> str:
    return f"{pascal_case(product_name)}_"


def operation_id(command: Command) -> str:
    return f"{command.namespace}_{command.method}"


def path_item(spec: Spec, command: Command) -> dict[str, Any]:
    """The path of one command; its servers are the regions its product is served in."""
    product = next(product for product in spec.products if product.name == command.product)
    return {
        "servers": [server(spec.regions[name]) for name in product.allowed_regions],
        "post": operation(spec, product, command),
    }


def operation(spec: Spec, product: Product, command: Command) -> dict[str, Any]:
    prefix = SCHEMAS + schema_prefix(product.name)
    errors = command_errors(spec, product, command)
    result: dict[str, Any] = {
        "operationId": operation_id(command),
        "summary": command.title,
        "description": operation_description(command),
        "tags": [product.name],
        "parameters": [{"$ref": PARAMETERS + key.key} for key in spec.envelope.query],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": prefix + command.request_model}}},
        },
        "responses": {"200": response(command, prefix, errors)},
    }
    if command.doc_url:
        result["externalDocs"] = {"url": command.doc_url}
    if command.deprecated:
        result["deprecated"] = True
    result["x-idempotent"] = command.idempotent
    result["x-rate-limit-per-sec"] = command.rate_limit_per_sec
    if command.paging is not None:
        result["x-paging"] = paging(command)
    result["x-error-codes"] = [error_entry(error) for error in errors]
    return result


def operation_description(command: Command) -> str:
    idempotency = "Idempotent" if command.idempotent else "Not idempotent"
    parts = [command.summary, f"**{idempotency}.** {command.idempotency or ''}".rstrip()]
    if command.rate_limit_per_sec is None:
        parts.append("**Rate limit:** none documented.")
    else:
        parts.append(f"**Rate limit:** {command.rate_limit_per_sec:g} requests per second.")
    if command.undocumented:
        parts.append(f"**Not in the public docs.** {command.undocumented}")
    parts.append(notes_markdown(command.notes))
    return "\n\n".join(part for part in parts if part)


def response(command: Command, prefix: str, errors: list[ErrorCode]) -> dict[str, Any]:
    description = "The envelope plus the command's fields. `ErrorCode` 0 means success"
    if errors:
        description += "; the page documents these codes (any common code may also come back):\n\n"
        description += errors_table(errors)
    else:
        description += "; any common code may come back."
    schema = {"allOf": [{"$ref": SCHEMAS + ENVELOPE}, {"$ref": prefix + command.response_model}]}
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def common_errors(spec: Spec) -> list[ErrorCode]:
    return [spec.common_errors[code] for code in sorted(spec.common_errors)]


def command_errors(spec: Spec, product: Product, command: Command) -> list[ErrorCode]:
    """The command's codes, resolved in the product table first, then the common one (as the loader does)."""
    return [spec.error(product, code) for code in command.errors]


def paging(command: Command) -> dict[str, Any]:
    assert command.paging is not None
    fields = dataclasses.asdict(command.paging)
    if fields["advance"] is None:
        fields.pop("advance_step")  # meaningful only with `advance`
        fields.pop("advance_min")
    return {
        key: [list(item) for item in value] if isinstance(value, tuple) else value
        for key, value in fields.items()
        if value is not None and value != ()
    }


# --- errors and notes as text and data -------------------------------------------------------------------------


def error_entry(error: ErrorCode) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "code": error.code,
        "meaning": error.meaning,
        "category": error.category,
        "retry": error.retry,
    }
    if error.hint:
        entry["hint"] = error.hint
    return entry


def errors_table(errors: Iterable[ErrorCode]) -> str:
    rows = ["| Code | Meaning | Category | Retry |", "| --- | --- | --- | --- |"]
    for error in errors:
        meaning = error.meaning + (f" {error.hint}" if error.hint else "")
        rows.append(f"| {error.code} | {meaning.replace('|', '/')} | {error.category} | {error.retry} |")
    return "\n".join(rows)


def notes_markdown(notes: Iterable[Note]) -> str:
    lines = []
    for note in notes:
        line = f"- {note.problem} *Decision:* {note.decision}"
        if note.sources:
            line += " (" + ", ".join(note.sources) + ")"
        lines.append(line)
    return "**Notes**\n\n" + "\n".join(lines) if lines else ""


# --- components ------------------------------------------------------------------------------------------------


def components(spec: Spec) -> dict[str, Any]:
    parameters = {key.key: query_parameter(key) for key in sorted(spec.envelope.query, key=lambda k: k.key)}
    parameters.update(sorted(openapi_webhooks.query_parameters(spec).items()))
    schemas = all_schemas(spec)
    for name in openapi_webhooks.answer_schema_names(spec):
        schemas[name] = openapi_webhooks.with_answer_keys(schemas[name])
    return {
        "parameters": parameters,
        "schemas": dict(sorted(schemas.items())),
        "x-common-error-codes": [error_entry(error) for error in common_errors(spec)],
    }


def scalar_schema(type_ref: TypeRef) -> dict[str, Any]:
    """Schema of an envelope key; the same table schema_out uses for fields, so ranges agree."""
    assert type_ref.scalar is not None, "envelope keys are scalars"
    return dict(schema_out.SCALAR_SCHEMAS[type_ref.scalar])


def query_parameter(key: EnvelopeKey) -> dict[str, Any]:
    schema = scalar_schema(key.type)
    if key.enum:
        schema["enum"] = list(key.enum)
    return {"name": key.key, "in": "query", "required": key.required, "description": key.description, "schema": schema}


def envelope_schema(spec: Spec) -> dict[str, Any]:
    return {
        "type": "object",
        "description": "Keys every reply carries, on success and on API errors alike (always HTTP 200).",
        "properties": {
            key.key: {**scalar_schema(key.type), "description": key.description} for key in spec.envelope.response
        },
        "required": [key.key for key in spec.envelope.response if key.required],
    }


def all_schemas(spec: Spec) -> dict[str, dict[str, Any]]:
    schemas = {ENVELOPE: envelope_schema(spec)}
    for product in spec.products:
        prefix = schema_prefix(product.name)
        for name, schema in schema_out.product_definitions(product, prefix=SCHEMAS + prefix, openapi=True).items():
            if name in product.enums:
                schema = annotate_enum(product, name, schema)
            if prefix + name in schemas:
                raise ValueError(f"schema name {prefix + name} is used twice")
            schemas[prefix + name] = schema
    return schemas


def annotate_enum(product: Product, name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """Add what enum_schema leaves to prose: each value's meaning and whether the list is open."""
    enum = product.enums[name]
    descriptions = [
        value.description + (" (sent by the server only)" if value.response_only else "") for value in enum.values
    ]
    annotated = {**schema, "x-enum-descriptions": descriptions}
    if enum.open:
        annotated["description"] = f"{schema['description']} Requests may send values not listed here."
        annotated["x-enum-open"] = True
    return annotated
