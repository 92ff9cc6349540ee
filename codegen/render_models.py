"""Pydantic models, one module at a time, by datamodel-code-generator.

Each module of `trtc_sdk.models.<product>` (see `_place_modules` in load.py) is generated from a JSON
Schema holding its own classes plus stand-ins (`x-python-import`) for the classes it uses from the
product's other modules. Two small templates of ours (templates/datamodel/) add what the generator
has no option for: the request rules of enums, and open unions discriminated by a key.
"""

from __future__ import annotations

import ast
import copy
import json
from pathlib import Path
from typing import Any

from datamodel_code_generator import generate
from datamodel_code_generator.enums import DataModelType, InputFileType
from datamodel_code_generator.format import PythonVersion

from codegen import schema_out
from codegen.model import Product, Spec
from codegen.naming import snake_case
from trtc_sdk._core.limits import SCHEMA_EXTRA_KEYS

REQUEST_BASE = "trtc_sdk._core.models.RequestModel"
RESPONSE_BASE = "trtc_sdk._core.models.ResponseModel"
ENVELOPE_BASE = "trtc_sdk.models.envelope.Envelope"
UNKNOWN_VARIANT_BASE = "trtc_sdk._core.models.UnknownVariant"
UNKNOWN_REQUEST_VARIANT_BASE = "trtc_sdk._core.models.UnknownRequestVariant"
EVENT_BASE = "trtc_sdk.webhooks.models.WebhookEvent"  # lenient, with how the event was delivered
ANSWER_BASE = "trtc_sdk.webhooks.models.WebhookAnswer"  # strict, with ActionStatus/ErrorCode/ErrorInfo and helpers
DATAMODEL_TEMPLATES = Path(__file__).parent / "templates" / "datamodel"


def module_models(product: Product, module: str, header: str) -> str:
    """The source of trtc_sdk.models.<product>.<module>."""
    definitions = schema_out.product_definitions(product)
    # a copy: the generator below may annotate the schemas it is given, and the definitions are shared
    mine = {name: copy.deepcopy(schema) for name, schema in definitions.items() if product.modules.get(name) == module}
    for name in sorted(_references(mine) - mine.keys()):
        other = product.modules[name]
        mine[name] = {"x-python-import": {"module": f"trtc_sdk.models.{product.name}.{other}", "name": name}}
    base_classes: dict[str, str | list[str]] = {}
    for command in product.commands:
        base_classes[command.request_model] = REQUEST_BASE
        base_classes[command.response_model] = ENVELOPE_BASE
    for event in product.events:
        base_classes[event.payload_model] = EVENT_BASE
        base_classes[event.answer_model] = ANSWER_BASE
    for name in product.request_objects:
        base_classes[product.class_name(name, "request")] = REQUEST_BASE
    for union in product.unions.values():
        base_classes[union.fallback_class("response")] = UNKNOWN_VARIANT_BASE
        base_classes[union.fallback_class("request")] = UNKNOWN_REQUEST_VARIANT_BASE
    template_data = _template_data(product, mine)
    source = _datamodel(
        {"$schema": schema_out.JSON_SCHEMA_DIALECT, "$defs": mine},
        header,
        {name: base for name, base in base_classes.items() if name in mine},  # the generator checks each it is given
        _aliases(product),
        template_data,
    )
    return order_definitions(source, {name for name, data in template_data.items() if "open_union" in data})


def envelope_models(spec: Spec, header: str) -> str:
    """trtc_sdk.models.envelope: the keys every reply carries, the base of every response model."""
    properties = {
        key.key: {
            "type": "integer" if key.type.scalar in ("integer", "int32") else "string",
            "description": key.description,
        }
        for key in spec.envelope.response
    }
    schema = {
        "$schema": schema_out.JSON_SCHEMA_DIALECT,
        "$defs": {"Envelope": {"type": "object", "description": "Keys every reply carries.", "properties": properties}},
    }
    return _datamodel(schema, header, {}, {k.key: k.python_name for k in spec.envelope.response}, {})


def order_definitions(source: str, unions: set[str]) -> str:
    """Open unions first, classes after what they use, no `from __future__ import annotations`, no
    model_rebuild() calls.

    A union names its variants as strings, so it can come right after the imports; with the unions in
    place the classes no longer form cycles and are put in dependency order. Every annotation can then
    be evaluated when its class is created, which is cheaper than pydantic resolving postponed strings
    (a quarter of a module's import time), and each class is complete at import (what paging and
    validation messages read). `model_rebuild()`, which the generator adds for cycles, would build the
    recursive message graph at import: models are built on first use instead.
    """
    source = source.replace("from __future__ import annotations\n\n", "", 1)
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)

    def text(node: ast.stmt) -> str:
        return "".join(lines[node.lineno - 1 : node.end_lineno])

    head: list[str] = []
    aliases: list[str] = []
    classes: dict[str, ast.ClassDef] = {}
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)) or (
            isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        ):
            head.append(text(node))
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in unions for t in node.targets):
            aliases.append(text(node))
        elif isinstance(node, ast.ClassDef):
            classes[node.name] = node
        elif isinstance(node, ast.Expr) and ast.unparse(node).endswith(".model_rebuild()"):
            continue
        else:
            aliases.append(text(node))  # other aliases: defined before the classes, like the unions
    ordered: list[str] = []

    def place(name: str, visiting: frozenset[str]) -> None:
        if name in ordered or name in visiting:
            return
        node = classes[name]
        used = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
        used |= {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
        for dependency in sorted(used & classes.keys() - {name}, key=list(classes).index):
            place(dependency, visiting | {name})
        ordered.append(name)

    for name in classes:
        place(name, frozenset())
    comments = lines[: tree.body[0].lineno - 1] if tree.body else []
    body = [*head, *aliases, *(text(classes[name]) for name in ordered)]
    return "".join(comments) + "\n\n".join(part.rstrip("\n") + "\n" for part in body)


def _references(definitions: dict[str, Any]) -> set[str]:
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            target = node.get("$ref")
            if isinstance(target, str):
                found.add(target.rsplit("/", 1)[-1])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(definitions)
    return found


def _aliases(product: Product) -> dict[str, str]:
    aliases: dict[str, str] = {}
    for obj in product.objects.values():
        aliases.update({f.key: f.python_name for f in obj.fields})
    for command in product.commands:
        aliases.update({f.key: f.python_name for f in (*command.request, *command.response)})
    for event in product.events:
        aliases.update({f.key: f.python_name for f in (*event.payload, *event.answer)})
    for union in product.unions.values():
        aliases[union.discriminator] = snake_case(union.discriminator)
    return aliases


def _template_data(product: Product, definitions: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per-class data for our templates: enum rules and open unions."""
    data: dict[str, dict[str, Any]] = {}
    for name, enum in product.enums.items():
        if name not in definitions:
            continue
        response_only = sorted((v.value for v in enum.values if v.response_only), key=str)
        data[name] = {
            "enum_open": enum.open,
            "enum_response_only": repr(response_only) if response_only else "",
            "enum_members": [value.member for value in enum.values],  # as the spec names them (C2C, not C2_C)
        }
    for name, union in product.unions.items():
        for side in ("request", "response"):
            class_name = product.class_name(name, side)
            if class_name not in definitions or "anyOf" not in definitions[class_name]:
                continue
            data[class_name] = {
                "open_union": {
                    "variants": [
                        {"class_name": product.class_name(v.type, side), "tag": repr(v.value)} for v in union.variants
                    ],
                    "fallback": union.fallback_class(side),
                    "key": repr(union.discriminator),
                    "python_name": repr(snake_case(union.discriminator)),
                    "tags": repr(sorted(v.value for v in union.variants)),  # sorted: output must not vary by hash seed
                }
            }
    return data


def _datamodel(
    schema: dict[str, Any],
    header: str,
    base_classes: dict[str, str | list[str]],
    aliases: dict[str, str],
    template_data: dict[str, dict[str, Any]],
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
        field_extra_keys=set(SCHEMA_EXTRA_KEYS),
        use_inline_field_description=True,  # both Field(description=...) for runtime tools and a docstring for IDEs
        use_schema_description=True,
        use_standard_collections=True,
        use_union_operator=True,
        capitalise_enum_members=True,
        keep_model_order=False,  # dependencies first, so every model is complete when its module is imported
        use_type_alias=True,
        skip_root_model=True,
        disable_timestamp=True,
        use_double_quotes=True,
        custom_file_header=header,
        custom_template_dir=DATAMODEL_TEMPLATES,
        extra_template_data=template_data,  # type: ignore[arg-type]
        additional_imports=[
            "typing.Annotated",
            "pydantic.Discriminator",
            "pydantic.Tag",
            "trtc_sdk._core.models.union_tag",
        ]
        if any("open_union" in data for data in template_data.values())
        else None,
        import_overrides={"StrEnum": "trtc_sdk._core.enums", "IntEnum": "trtc_sdk._core.enums"},
        formatters=[],
    )
    assert isinstance(output, str)
    return output
