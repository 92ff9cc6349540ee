"""Every generated model imports complete, names its wire keys, and builds.

Models are built lazily (`defer_build`), so a forward reference left pending at import would only fail
when a user first touches the model. The first check therefore runs in a fresh interpreter, where
nothing has been built yet: right after each module of each product package is imported, every model
defined in it must have all its fields resolved. The other checks run here: every field has an
alias, the aliases are exactly the wire keys the spec gives (commands and named types), and every model
builds its JSON schema and is then complete.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pydantic
import pytest

import trtc_sdk.models
from codegen.load import load_spec
from codegen.model import Spec
from trtc_sdk import OPERATIONS
from trtc_sdk.models.envelope import Envelope

ROOT = Path(__file__).resolve().parent.parent


def product_packages() -> list[str]:
    return sorted(
        f"trtc_sdk.models.{info.name}" for info in pkgutil.iter_modules(trtc_sdk.models.__path__) if info.ispkg
    )


def model_modules() -> list[str]:
    """Every module of every product package (found on disk: importing a package loads none of them)."""
    modules: list[str] = []
    for package in product_packages():
        path = importlib.import_module(package).__path__
        modules.extend(f"{package}.{info.name}" for info in pkgutil.iter_modules(path))
    return sorted(modules)


MODULES = model_modules()


def models_of(module_name: str) -> list[type[pydantic.BaseModel]]:
    module = importlib.import_module(module_name)
    return [
        value
        for value in vars(module).values()
        if inspect.isclass(value) and issubclass(value, pydantic.BaseModel) and value.__module__ == module_name
    ]


# Runs in a fresh interpreter: each module is imported in turn and its models are inspected before
# anything (a validation, a schema, another test) could have built them.
FRESH_IMPORT_PROBE = """
import importlib, inspect, json, sys
import pydantic

report = {}
for name in sys.argv[1:]:
    module = importlib.import_module(name)
    models = [
        value for value in vars(module).values()
        if inspect.isclass(value) and issubclass(value, pydantic.BaseModel) and value.__module__ == name
    ]
    report[name] = {
        "models": sorted(model.__name__ for model in models),
        "pending": sorted(model.__name__ for model in models if not model.__pydantic_fields_complete__),
        "built": sorted(model.__name__ for model in models if model.__pydantic_complete__),
    }
print(json.dumps(report))
"""


@pytest.fixture(scope="module")
def fresh_import_report() -> dict[str, dict[str, list[str]]]:
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    completed = subprocess.run(
        [sys.executable, "-c", FRESH_IMPORT_PROBE, *MODULES],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    report: dict[str, dict[str, list[str]]] = json.loads(completed.stdout)
    return report


@pytest.fixture(scope="module")
def spec() -> Spec:
    return load_spec()


def test_every_product_has_model_modules() -> None:
    products = {name.rsplit(".", 1)[-1] for name in product_packages()}
    assert products == {operation.product for operation in OPERATIONS.values()}
    for product in products:
        assert any(name.startswith(f"trtc_sdk.models.{product}.") and "._enums" not in name for name in MODULES)


@pytest.mark.parametrize("module_name", MODULES)
def test_models_have_every_field_resolved_right_after_import(
    fresh_import_report: dict[str, dict[str, list[str]]], module_name: str
) -> None:
    entry = fresh_import_report[module_name]
    assert entry["pending"] == []
    assert entry["built"] == []  # importing builds nothing (the models are deferred), so imports stay cheap
    assert entry["models"] == sorted(model.__name__ for model in models_of(module_name))


@pytest.mark.parametrize("module_name", MODULES)
def test_every_field_has_an_alias(module_name: str) -> None:
    for model in models_of(module_name):
        missing = [name for name, info in model.model_fields.items() if info.alias is None]
        assert missing == [], model.__name__


@pytest.mark.parametrize("module_name", MODULES)
def test_every_model_builds_its_schema_and_is_then_complete(module_name: str) -> None:
    for model in models_of(module_name):
        schema = model.model_json_schema(by_alias=True)
        assert model.__pydantic_complete__, model.__name__
        if "$ref" in schema:  # a recursive model is a reference to its own definition
            schema = schema["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
        properties = schema.get("properties", {})
        assert list(properties) == [info.alias for info in model.model_fields.values()], model.__name__


ENVELOPE_KEYS = [info.alias for info in Envelope.model_fields.values()]


@pytest.mark.parametrize("path", sorted(OPERATIONS))
def test_request_and_response_aliases_are_the_spec_wire_keys(spec: Spec, path: str) -> None:
    operation = OPERATIONS[path]
    [command] = [
        command
        for command in spec.commands
        if command.servicename == operation.servicename and command.command == operation.command
    ]
    request_aliases = [info.alias for info in operation.request_model.model_fields.values()]
    assert request_aliases == [field.key for field in command.request]
    response_aliases = [info.alias for info in operation.response_model.model_fields.values()]
    assert response_aliases[: len(ENVELOPE_KEYS)] == ENVELOPE_KEYS
    assert response_aliases[len(ENVELOPE_KEYS) :] == [field.key for field in command.response]


def test_named_types_alias_the_spec_wire_keys(spec: Spec) -> None:
    checked = 0
    for product in spec.products:
        package = importlib.import_module(f"trtc_sdk.models.{product.name}")
        for name, object_type in product.objects.items():
            keys = [field.key for field in object_type.fields]
            sides = [(name, name in product.response_objects), (f"{name}Param", name in product.request_objects)]
            for class_name, used in sides:
                if not used:
                    continue
                model = getattr(package, class_name)
                assert [info.alias for info in model.model_fields.values()] == keys, class_name
                checked += 1
    assert checked > 100
