"""The architecture holds: the hand-written core stands alone, and every API fact reaches it from the spec.

- `trtc_sdk._core` imports and runs with every generated module hidden, on a registry written by hand;
- no core module imports a generated one (an `ast` check, and import-linter as `make check` runs it);
- the envelope (path prefix, query keys, reply keys) reaches both the client and the emulator from
  spec/common.yaml, through `codegen.registry_build`, and the rendered `_registry.py` is that same data;
- the core's policy vocabularies are the ones spec/schema.json enforces, so an unknown value fails
  generation;
- copies made by `with_options` close nothing they do not own;
- generation does not depend on the hash seed;
- docs/architecture.md names every core module, and .gitattributes folds exactly the generated files;
- the envelope's usersig and request-id keys are the ones the log filter and batch results read.
"""

from __future__ import annotations

import ast
import asyncio
import dataclasses
import json
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, get_args, get_origin

import pytest
import yaml

import trtc_sdk
from codegen.__main__ import existing_generated_files
from codegen.load import REPO_ROOT, SPEC_DIR, SpecError, SpecErrors, load_spec
from codegen.registry_build import build_registry
from codegen.render import is_generated
from trtc_sdk import AsyncClient, Client, ConfigurationError, NotFoundError, TRTCError
from trtc_sdk._core import registry as core_registry
from trtc_sdk._core.registry import Operation, QueryRole, Registry, ReplyRole
from trtc_sdk._registry import REGISTRY
from trtc_sdk.models.chat import AccountUserIdItemParam
from trtc_sdk.testing import Emulator

from .conftest import FAST_RETRIES

PACKAGE = REPO_ROOT / "generated" / "trtc_sdk"
CORE = PACKAGE / "_core"
GET_CALL_INFO = "call_engine_http_srv/get_call_info"
END_CALL = "call_engine_http_srv/end_call"
ACCOUNT_DELETE = "im_open_login_svc/account_delete"
# What generated/README.md lists as generated at the top of the package; everything else is hand-written.
GENERATED_TOP = {
    "trtc_sdk._registry",
    "trtc_sdk._client",
    "trtc_sdk._async_client",
    "trtc_sdk._webhook_registry",
    "trtc_sdk.models",
    "trtc_sdk.services",
}


def client_for(registry: Registry) -> type[Client]:
    """The generated Client (its namespaces and methods) on another registry."""

    class SpecClient(Client):
        _registry = registry

    return SpecClient


def with_keys(
    registry: Registry, query: Mapping[QueryRole, str] | None = None, reply: Mapping[ReplyRole, str] | None = None
) -> Registry:
    """`registry` with some envelope keys renamed (roles kept)."""
    envelope = registry.envelope
    return dataclasses.replace(
        registry,
        envelope=dataclasses.replace(
            envelope,
            query_keys=MappingProxyType({**envelope.query_keys, **(query or {})}),
            reply_keys=MappingProxyType({**envelope.reply_keys, **(reply or {})}),
        ),
    )


# -- 1. the core alone ---------------------------------------------------------------------------------------

CORE_ALONE = r"""
import importlib
import json
import logging
import pkgutil
import sys
from importlib.abc import MetaPathFinder

HIDDEN = HIDDEN_MODULES


def hidden(name):
    return any(name == module or name.startswith(module + ".") for module in HIDDEN)


class Refuse(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if hidden(name):
            raise ModuleNotFoundError(f"{name} is hidden from this process", name=name)
        return None


sys.meta_path.insert(0, Refuse())
out = {}
try:
    import trtc_sdk._registry
except ModuleNotFoundError:
    out["refused"] = True
else:
    out["refused"] = False

import trtc_sdk._core

out["core_modules"] = sorted(info.name for info in pkgutil.iter_modules(trtc_sdk._core.__path__))
for name in out["core_modules"]:
    importlib.import_module(f"trtc_sdk._core.{name}")

from types import MappingProxyType
from typing import Annotated, Optional

from pydantic import Field

from trtc_sdk._core.client import SyncAPIClient
from trtc_sdk._core.errors import NotFoundError
from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk._core.registry import Envelope, ErrorSpec, Operation, Region, Registry
from trtc_sdk.testing import Emulator


class PingRequest(RequestModel):
    ping_id: Annotated[str, Field(alias="PingId", max_length=16)]


class PingResponse(ResponseModel):
    ping_id: Annotated[Optional[str], Field(alias="PingId")] = None


PING = Operation(
    path="lab_svc/ping",
    product="lab",
    servicename="lab_svc",
    command="ping",
    namespace="lab",
    method_name="ping",
    title="Ping",
    doc_url=None,
    idempotent=True,
    rate_limit_per_sec=None,
    errors=MappingProxyType({}),
    regions=("lab",),
    request_model_ref="__main__:PingRequest",
    response_model_ref="__main__:PingResponse",
)
REGISTRY = Registry(
    envelope=Envelope(
        path_template="/lab/v1/{servicename}/{command}",
        query_keys=MappingProxyType(
            {"sdkappid": "app", "identifier": "admin", "usersig": "sig", "random": "nonce", "contenttype": "fmt"}
        ),
        contenttype="json2",
        reply_keys=MappingProxyType(
            {
                "action_status": "Status",
                "error_code": "Code",
                "error_info": "Message",
                "request_id": "TraceId",
                "error_display": "Display",
            }
        ),
    ),
    regions=MappingProxyType({"lab": Region("lab", "Lab", "lab.invalid", "standby.lab.invalid")}),
    common_errors=MappingProxyType({90400: ErrorSpec(90400, "A parameter is invalid.", "invalid", "never")}),
    product_errors=MappingProxyType(
        {
            "lab": MappingProxyType(
                {
                    90001: ErrorSpec(90001, "No such ping.", "not_found", "never"),
                    90503: ErrorSpec(90503, "Busy; try again.", "server", "always"),
                }
            )
        }
    ),
    operations=MappingProxyType({PING.path: PING}),
)


class LabClient(SyncAPIClient):
    _registry = REGISTRY


class Lines(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines = []

    def emit(self, record):
        self.lines.append(record.getMessage())


log = Lines()
logging.getLogger("trtc_sdk").addHandler(log)
logging.getLogger("trtc_sdk").setLevel(logging.DEBUG)
with Emulator(registry=REGISTRY) as emulator:
    settings = {"region": "lab", "base_url": emulator.url, "backoff_initial": 0.001, "backoff_max": 0.002}
    with LabClient(emulator.sdkappid, emulator.secret_key, **settings) as client:
        reply = client.invoke("lab_svc/ping", {"PingId": "p-1"})
        seen = emulator.requests[-1]
        out["sent"] = [line.split(" ")[1].split("?")[0].replace(emulator.url, "") for line in log.lines]
        out["request"] = [seen.path, list(seen.query), seen.query["fmt"], seen.json]
        extra = reply.model_extra or {}
        out["reply"] = [type(reply).__name__, reply.ping_id, extra.get("Code"), str(extra.get("TraceId"))[:4]]
        emulator.script("lab_svc/ping", error_code=90503)
        out["attempts"] = client.invoke("lab_svc/ping", {"PingId": "p-2"}).raw_response.attempts
        emulator.script("lab_svc/ping", error_code=90001, error_info="gone")
        try:
            client.invoke("lab_svc/ping", {"PingId": "p-3"})
        except NotFoundError as exc:
            out["error"] = [exc.code, exc.info, exc.meaning, (exc.request_id or "")[:4]]
out["loaded_hidden"] = sorted(name for name in sys.modules if hidden(name))
print(json.dumps(out))
"""


def test_the_core_runs_with_every_generated_module_hidden() -> None:
    """A registry and two models written by hand, a SyncAPIClient subclass and the emulator: nothing generated."""
    script = CORE_ALONE.replace("HIDDEN_MODULES", repr(tuple(sorted(GENERATED_TOP))))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=REPO_ROOT)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["refused"] is True  # the finder is in force: the generated registry cannot be imported
    assert out["core_modules"] == sorted(path.stem for path in CORE.glob("*.py") if path.stem != "__init__")
    assert out["sent"] == ["/lab/v1/lab_svc/ping"]  # the path template of the hand-made envelope
    # the query keys and the contenttype value of the hand-made envelope, in its order; the body by wire keys
    assert out["request"] == ["lab_svc/ping", ["app", "admin", "sig", "nonce", "fmt"], "json2", {"PingId": "p-1"}]
    # decoded into the hand-written model; the reply keys ("Code", "TraceId") are the hand-made envelope's
    assert out["reply"] == ["PingResponse", "p-1", 0, "emu-"]
    assert out["attempts"] == 2  # 90503 is "server"/"always" in the hand-made product table: retried
    assert out["error"] == [90001, "gone", "No such ping.", "emu-"]  # "not_found" -> NotFoundError
    assert out["loaded_hidden"] == []


# -- 2. the import direction ---------------------------------------------------------------------------------


def module_name(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def generated_modules(package: Path) -> set[str]:
    """Modules of the package whose file says it is generated (the header codegen writes)."""
    return {
        module_name(path, package)
        for path in package.rglob("*.py")
        if is_generated(path.read_text(encoding="utf-8")[:200])
    }


def imported_modules(tree: ast.AST, module: str, is_package: bool) -> Iterator[tuple[int, str]]:
    """(line, module) of every import anywhere in a module: top level, functions, TYPE_CHECKING blocks,
    relative imports, `importlib.import_module("...")`, and names taken from `trtc_sdk`'s lazy exports."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
            yield node.lineno, base
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"  # `from trtc_sdk import models` imports a module
                if base == "trtc_sdk" and alias.name in trtc_sdk._EXPORTS:
                    yield node.lineno, trtc_sdk._EXPORTS[alias.name]  # `from trtc_sdk import Client`
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            function = node.func
            name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", None)
            if name in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                yield node.lineno, node.args[0].value


def generated_imports(core: Path, generated: set[str]) -> list[str]:
    """'file:line module' for every import of a generated module by a module under `core`."""
    found = []
    for path in sorted(core.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for line, name in imported_modules(tree, module_name(path, core.parent), path.name == "__init__.py"):
            if any(name == module or name.startswith(f"{module}.") for module in generated):
                found.append(f"{path.name}:{line} {name}")
    return found


def test_the_generated_modules_are_the_documented_ones() -> None:
    generated = generated_modules(PACKAGE)
    assert generated >= GENERATED_TOP
    outside = {m for m in generated if not any(m == top or m.startswith(f"{top}.") for top in GENERATED_TOP)}
    assert outside == set()  # in particular nothing in _core, testing, webhooks, cli or usersig


def test_no_core_module_imports_a_generated_one() -> None:
    assert generated_imports(CORE, generated_modules(PACKAGE)) == []


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ("from trtc_sdk._registry import REGISTRY\n", "trtc_sdk._registry"),
        ("import trtc_sdk.models.call\n", "trtc_sdk.models.call"),
        ("from trtc_sdk import services\n", "trtc_sdk.services"),
        ("from .._client import Client\n", "trtc_sdk._client"),
        ("from trtc_sdk import AsyncClient\n", "trtc_sdk._async_client"),
        ("def later():\n    import trtc_sdk._webhook_registry\n", "trtc_sdk._webhook_registry"),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from trtc_sdk.models import envelope\n", "models"),
        ("import importlib\n\nREG = importlib.import_module('trtc_sdk._registry')\n", "trtc_sdk._registry"),
    ],
)
def test_the_import_check_flags_a_core_module_that_imports_generated_code(
    tmp_path: Path, source: str, flagged: str
) -> None:
    core = tmp_path / "trtc_sdk" / "_core"
    shutil.copytree(CORE, core, ignore=shutil.ignore_patterns("__pycache__"))
    (core / "zz_bad.py").write_text("from trtc_sdk import usersig  # hand-written: allowed\n" + source)
    found = generated_imports(core, generated_modules(PACKAGE))
    assert found and all(entry.startswith("zz_bad.py:") for entry in found), found
    assert any(flagged in entry for entry in found), found


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    """import-linter with the project's contract, as `make check` runs it (from the directory above trtc_sdk)."""
    program = Path(sys.executable).parent / "lint-imports"
    if not program.exists():
        pytest.skip("import-linter is not installed (pip install -e '.[dev]')")
    return subprocess.run(
        [str(program), "--config", str(REPO_ROOT / "pyproject.toml"), "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_import_linter_keeps_the_contract() -> None:
    done = lint_imports(PACKAGE.parent)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "The core imports nothing generated KEPT" in done.stdout


@pytest.fixture(scope="module")
def broken_contract_report(tmp_path_factory: pytest.TempPathFactory) -> str:
    """import-linter's report on a copy of the package whose core imports each generated module once."""
    root = tmp_path_factory.mktemp("lint")
    shutil.copytree(PACKAGE, root / "trtc_sdk", ignore=shutil.ignore_patterns("__pycache__"))
    for module in GENERATED_TOP:
        (root / "trtc_sdk" / "_core" / f"zz_{module.rpartition('.')[2].strip('_')}.py").write_text(f"import {module}\n")
    done = lint_imports(root)
    assert done.returncode != 0
    return done.stdout


@pytest.mark.parametrize(
    "module",
    [module for module in sorted(GENERATED_TOP)],
)
def test_import_linter_breaks_on_a_core_import_of_every_generated_module(
    broken_contract_report: str, module: str
) -> None:
    importer = f"trtc_sdk._core.zz_{module.rpartition('.')[2].strip('_')}"
    assert f"{importer} -> {module} (l.1)" in broken_contract_report


# -- 3. envelope facts come from the spec --------------------------------------------------------------------


def spec_copy(tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    """common.yaml (edited) and call.yaml in a directory of their own."""
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    for name in ("schema.json", "common.yaml", "call.yaml"):
        shutil.copy(SPEC_DIR / name, spec_dir / name)
    common = yaml.safe_load((spec_dir / "common.yaml").read_text(encoding="utf-8"))
    edit(common)
    (spec_dir / "common.yaml").write_text(yaml.safe_dump(common, sort_keys=False), encoding="utf-8")
    return spec_dir


def envelope_key(keys: list[dict[str, Any]], role: str) -> dict[str, Any]:
    return next(key for key in keys if key["role"] == role)


def v5_envelope(common: dict[str, Any]) -> None:
    envelope = common["envelope"]
    envelope["path"] = envelope["path"].replace("/v4/", "/v5/")
    envelope_key(envelope["query"], "contenttype")["key"] = "ctype"
    envelope_key(envelope["response"], "error_code")["key"] = "ErrCode"


def test_client_and_emulator_take_path_query_and_reply_keys_from_the_spec(tmp_path: Path) -> None:
    changed = build_registry(load_spec(spec_copy(tmp_path, v5_envelope)))
    assert changed.envelope.path_template == "/v5/{servicename}/{command}"
    spec_client = client_for(changed)
    with Emulator(registry=changed) as emulator:
        with spec_client(emulator.sdkappid, emulator.secret_key, base_url=emulator.url, max_retries=0) as client:
            reply = client.call.get_call_info(call_id="c1")  # a generated method, on the changed registry
            assert reply.response is not None and reply.response.call_info is not None
            assert reply.response.call_info.call_id == "c1"
            seen = emulator.requests[-1]
            assert seen.path == GET_CALL_INFO  # the emulator recognised /v5/call_engine_http_srv/get_call_info
            assert seen.query["ctype"] == "json" and "contenttype" not in seen.query
            assert reply.raw_response is not None
            # The emulator wrote the envelope under ErrCode. (The body may also hold an "ErrorCode" the
            # synthesiser filled in: the committed models were rendered from the stock envelope.)
            assert json.loads(reply.raw_response.content)["ErrCode"] == 0
            emulator.script(END_CALL, error_code=101004)
            with pytest.raises(NotFoundError) as caught:  # the code is read under ErrCode
                client.call.end_call(call_id="c1")
            assert caught.value.code == 101004
        with emulator.client(max_retries=0) as stock, pytest.raises(TRTCError):
            stock.call.get_call_info(call_id="c1")  # the generated registry's /v4/ is not served here
        refused = emulator.requests[-1]
        assert (refused.path, refused.error_code) == (f"/v4/{GET_CALL_INFO}", 60009)
    with Emulator() as stock_emulator:
        client = spec_client(stock_emulator.sdkappid, stock_emulator.secret_key, base_url=stock_emulator.url)
        with client, pytest.raises(TRTCError):
            client.with_options(max_retries=0).call.get_call_info(call_id="c1")
        refused = stock_emulator.requests[-1]
        assert (refused.path, refused.error_code) == (f"/v5/{GET_CALL_INFO}", 60009)


def test_a_renamed_query_key_alone_is_refused_both_ways(tmp_path: Path) -> None:
    def rename(common: dict[str, Any]) -> None:
        envelope_key(common["envelope"]["query"], "contenttype")["key"] = "ctype"

    changed = build_registry(load_spec(spec_copy(tmp_path, rename)))
    assert changed.envelope.path_template == REGISTRY.envelope.path_template
    spec_client = client_for(changed)
    with Emulator(registry=changed) as emulator, Emulator() as stock_emulator:
        with spec_client(emulator.sdkappid, emulator.secret_key, base_url=emulator.url, max_retries=0) as client:
            assert client.call.get_call_info(call_id="c1").error_code == 0
        for sender, receiver in ((Client, emulator), (spec_client, stock_emulator)):
            with (
                sender(receiver.sdkappid, receiver.secret_key, base_url=receiver.url, max_retries=0) as client,
                pytest.raises(TRTCError) as caught,
            ):
                client.call.get_call_info(call_id="c1")
            assert getattr(caught.value, "code", None) == 60025  # "contenttype must be json": the key is missing
            assert receiver.requests[-1].path == GET_CALL_INFO


# -- 4. the rendered registry is the spec's ------------------------------------------------------------------


@pytest.fixture(scope="module")
def built() -> Registry:
    return build_registry(load_spec())


def registry_differences(expected: Registry, actual: Registry) -> list[str]:
    """Fields that differ, down to each field of each Operation (Operations compare by identity)."""
    problems = []
    for field in dataclasses.fields(Registry):
        want, got = getattr(expected, field.name), getattr(actual, field.name)
        if field.name == "operations":
            if list(want) != list(got):
                problems.append("operations: other commands or another order")
            for path in want.keys() & got.keys():
                for attribute in dataclasses.fields(Operation):
                    if getattr(want[path], attribute.name) != getattr(got[path], attribute.name):
                        problems.append(f"operations[{path}].{attribute.name}")
        elif want != got or (isinstance(want, Mapping) and list(want) != list(got)):
            problems.append(field.name)
    for keys in ("query_keys", "reply_keys"):  # the order of the query is the order of the URL
        if list(getattr(expected.envelope, keys).items()) != list(getattr(actual.envelope, keys).items()):
            problems.append(f"envelope.{keys} order")
    return problems


def test_the_rendered_registry_is_what_the_builder_makes_of_the_spec(built: Registry) -> None:
    assert len(REGISTRY.operations) > 200
    assert registry_differences(built, REGISTRY) == []


def test_the_registry_comparison_sees_one_changed_field(built: Registry) -> None:
    path = next(iter(built.operations))
    operation = built.operations[path]
    changed = dataclasses.replace(
        built,
        operations=MappingProxyType({**built.operations, path: dataclasses.replace(operation, rate_limit_per_sec=0.5)}),
        common_errors=MappingProxyType(dict(reversed(list(built.common_errors.items())))),
    )
    # the reordered table holds the same entries: only the order tells it apart
    assert registry_differences(built, changed) == ["common_errors", f"operations[{path}].rate_limit_per_sec"]


# -- 5. policy vocabularies ----------------------------------------------------------------------------------

# Literal alias of _core/registry.py -> where spec/schema.json lists the values it allows.
SCHEMA_ENUMS: dict[str, tuple[str, ...]] = {
    "Category": ("errorCategory", "enum"),
    "RetryRule": ("retryRule", "enum"),
    "PagingStyle": ("paging", "properties", "style", "enum"),
    "ItemResultsKind": ("command", "properties", "item_results", "properties", "kind", "enum"),
    "EventKind": ("event", "properties", "kind", "enum"),
    "AnswerEffect": ("event", "properties", "answer_effects", "items", "enum"),
    "WebhookAuthentication": ("webhooks", "properties", "authentication", "enum"),
}
ROLES = ("envelopeKey", "properties", "role", "enum")  # QueryRole and ReplyRole share the envelope keys' roles


def schema_enum(where: tuple[str, ...]) -> list[Any]:
    node: Any = json.loads((SPEC_DIR / "schema.json").read_text(encoding="utf-8"))["$defs"]
    for step in where:
        node = node[step]
    assert isinstance(node, list)
    return node


def test_every_policy_vocabulary_of_the_core_is_what_the_spec_schema_allows() -> None:
    aliases = {name: value for name, value in vars(core_registry).items() if get_origin(value) is Literal}
    assert set(aliases) == set(SCHEMA_ENUMS) | {"QueryRole", "ReplyRole"}  # a new vocabulary needs a line here
    for name, where in SCHEMA_ENUMS.items():
        assert list(get_args(aliases[name])) == schema_enum(where), name
    query, reply = get_args(QueryRole), get_args(ReplyRole)
    assert [*query, *reply] == schema_enum(ROLES) and not set(query) & set(reply)
    assert get_args(core_registry.Category) == core_registry.CATEGORIES


def load_edited_call_spec(tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> SpecErrors:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    for name in ("schema.json", "common.yaml", "call.yaml"):
        shutil.copy(SPEC_DIR / name, spec_dir / name)
    document = yaml.safe_load((spec_dir / "call.yaml").read_text(encoding="utf-8"))
    edit(document)
    (spec_dir / "call.yaml").write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    with pytest.raises(SpecErrors) as caught:
        load_spec(spec_dir)
    return caught.value


def paged_command(document: dict[str, Any]) -> dict[str, Any]:
    return next(c for s in document["services"] for c in s["commands"] if "paging" in c)


@pytest.mark.parametrize(
    ("edit", "where", "key", "vocabulary"),
    [
        (lambda d: d["errors"][0].update(category="transient"), "error 100001", "category", core_registry.CATEGORIES),
        (lambda d: d["errors"][0].update(retry="sometimes"), "error 100001", "retry", core_registry.RETRY_RULES),
        (
            lambda d: paged_command(d)["paging"].update(style="token"),
            "command call_record_http_srv/get_record_by_filter",
            "paging.style",
            core_registry.PAGING_STYLES,
        ),
    ],
)
def test_a_value_unknown_to_the_core_fails_generation_naming_file_and_field(
    tmp_path: Path, edit: Callable[[dict[str, Any]], None], where: str, key: str, vocabulary: tuple[str, ...]
) -> None:
    errors = load_edited_call_spec(tmp_path, edit)
    assert len(errors.errors) == 1
    error = errors.errors[0]
    assert isinstance(error, SpecError)
    assert (Path(error.file).name, error.where, error.key) == ("call.yaml", where, key)
    assert f"is not one of {list(vocabulary)}" in error.message  # the core's own values


# -- 6. with_options copies ----------------------------------------------------------------------------------


def test_a_sync_copy_closes_nothing_it_does_not_own(client: Client, emulator: Emulator) -> None:
    client.call.get_call_info(call_id="c")
    connections = emulator.connections_accepted
    copy = client.with_options(timeout=5)
    copy.call.get_call_info(call_id="c")
    copy.close()
    with client.with_options(max_retries=0) as scoped:
        scoped.call.get_call_info(call_id="c")
    client.call.get_call_info(call_id="c")
    assert emulator.connections_accepted == connections  # one keep-alive connection served them all


def test_closing_the_parent_closes_the_pool_for_its_copies_with_a_typed_error(emulator: Emulator) -> None:
    client = emulator.client(max_retries=0)
    copy = client.with_options(timeout=5)
    client.close()
    for closed in (client, copy, client.with_options(timeout=1)):
        with pytest.raises(ConfigurationError, match="closed") as caught:
            closed.call.get_call_info(call_id="c")
        assert isinstance(caught.value, TRTCError)
    assert emulator.requests == []


def test_a_client_never_closes_the_session_it_was_given(emulator: Emulator) -> None:
    import requests

    closes: list[int] = []

    class Session(requests.Session):
        def close(self) -> None:
            closes.append(1)
            super().close()

    given = Session()
    with Client(emulator.sdkappid, emulator.secret_key, base_url=emulator.url, http_client=given) as client:
        client.call.get_call_info(call_id="c")
        client.with_options(timeout=5).close()
    assert closes == []
    given.close()


def test_an_async_copy_closes_nothing_it_does_not_own(emulator: Emulator) -> None:
    import httpx

    async def scenario() -> None:
        client = emulator.async_client(**FAST_RETRIES)
        await client.call.get_call_info(call_id="c")
        connections = emulator.connections_accepted
        copy = client.with_options(timeout=5)
        await copy.call.get_call_info(call_id="c")
        await copy.aclose()
        async with client.with_options(max_retries=0) as scoped:
            await scoped.call.get_call_info(call_id="c")
        await client.call.get_call_info(call_id="c")
        assert emulator.connections_accepted == connections
        await client.aclose()
        with pytest.raises(ConfigurationError, match="closed"):
            await copy.call.get_call_info(call_id="c")
        given = httpx.AsyncClient()
        async with AsyncClient(
            emulator.sdkappid, emulator.secret_key, base_url=emulator.url, http_client=given
        ) as borrowed:
            await borrowed.call.get_call_info(call_id="c")
        assert not given.is_closed
        await given.aclose()

    asyncio.run(scenario())


# -- 7. deterministic generation -----------------------------------------------------------------------------

GENERATE = "import sys; from pathlib import Path; from codegen.__main__ import generate; generate(Path(sys.argv[1]))"


def tree(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def test_generation_under_another_hash_seed_writes_the_committed_files(tmp_path: Path) -> None:
    """`make generate` wrote the committed files under a random hash seed, and test_codegen renders them again
    under this process's; here a third run, under the fixed seed 0, writes into an empty directory."""
    done = subprocess.run(
        [sys.executable, "-c", GENERATE, str(tmp_path)],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONHASHSEED": "0"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    written = tree(tmp_path)
    assert len(written) > 500 and any(path.startswith("docs/") for path in written)
    assert written == {path: (REPO_ROOT / path).read_bytes() for path in written}
    assert set(written) == existing_generated_files(REPO_ROOT)  # nothing committed that it no longer writes


# -- 8. the architecture document and review tooling ----------------------------------------------------


def test_the_architecture_document_names_every_core_module_and_generated_file() -> None:
    text = (REPO_ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert not is_generated(text)  # hand-written: codegen neither writes nor deletes it
    names = [f"_core/{path.name}" for path in sorted(CORE.glob("*.py"))]
    for module in sorted(GENERATED_TOP):
        leaf = module.partition(".")[2]
        names.append(f"{leaf}/" if (PACKAGE / leaf).is_dir() else f"{leaf}.py")
    assert [name for name in names if f"`{name}`" not in text] == []


def test_linguist_marks_exactly_the_generated_files() -> None:
    """.gitattributes folds every generated file in reviews, and no hand-written one (this page included)."""
    files = sorted([*PACKAGE.rglob("*.py"), *(REPO_ROOT / "docs").rglob("*.md")])
    try:
        done = subprocess.run(
            ["git", "check-attr", "--stdin", "-z", "linguist-generated"],
            input="\0".join(str(path.relative_to(REPO_ROOT)) for path in files),
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except FileNotFoundError:
        pytest.skip("git is not installed")
    if done.returncode != 0:
        pytest.skip(f"not a git checkout: {done.stderr.strip()}")
    fields = done.stdout.rstrip("\0").split("\0")  # path, attribute, value for each path
    marked = {path for path, value in zip(fields[::3], fields[2::3], strict=True) if value in ("set", "true")}
    generated = {str(path.relative_to(REPO_ROOT)) for path in files if is_generated(path.read_text(encoding="utf-8"))}
    assert len(generated) > 500
    assert sorted(generated - marked) == [] and sorted(marked - generated) == []


# -- envelope keys the core still takes from elsewhere (found by the tests above) -----------------------------


@pytest.mark.parametrize(
    "key",
    [
        "usersig",
        "sig",
    ],
)
def test_transport_logs_hide_the_usersig_under_the_key_the_envelope_names(
    caplog: pytest.LogCaptureFixture, key: str
) -> None:
    registry = with_keys(REGISTRY, query={"usersig": key})
    caplog.set_level(logging.DEBUG, logger="urllib3")
    with Emulator(registry=registry) as emulator:
        with client_for(registry)(emulator.sdkappid, emulator.secret_key, base_url=emulator.url) as client:
            client.call.get_call_info(call_id="c")
        sig = emulator.requests[-1].query[key]
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("urllib3") and GET_CALL_INFO in r.getMessage()]
    if not lines:
        pytest.fail("urllib3 logged no request line: nothing was checked")  # not the xfail's AssertionError
    assert all(f"{key}=[REDACTED]" in line and sig not in line for line in lines), lines


@pytest.mark.parametrize(
    "key",
    [
        "RequestId",
        "TraceId",
    ],
)
def test_batch_failures_carry_the_request_id_under_the_key_the_envelope_names(key: str) -> None:
    registry = with_keys(REGISTRY, reply={"request_id": key})
    with Emulator(registry=registry) as emulator:
        emulator.script(ACCOUNT_DELETE, body={"ResultItem": [{"UserID": "u1", "ResultCode": 70107}]})
        with client_for(registry)(emulator.sdkappid, emulator.secret_key, base_url=emulator.url) as client:
            result = client.account.account_delete_in_batches(delete_item=[AccountUserIdItemParam(user_id="u1")])
    if [failure.code for failure in result.failed] != [70107]:
        pytest.fail(f"the scripted per-item failure was not reported: {result.failed}")
    assert (result.failed[0].request_id or "").startswith("emu-")
