"""A typed surface without holes, proven for every command (tests/test_type_checks.py does the static half).

Each test walks OPERATIONS (and the request models' fields, down to every nested scalar of the command's
fake request body) instead of picking samples:

- strict request types: a value of the wrong type for any field (True or "12" for an integer, b"x" or 1
  for a string, 1 or "true" for a boolean, the other scalar type for an enum, anything but the constant
  for a union's tag) is refused with a RequestValidationError naming the command and the field, and the
  emulator records nothing;
- a request model changed after it was built (an attribute set to a wrong type, a list inside it given
  a wrong item) is refused at the assignment or at the call, nothing sent;
- did-you-mean for a misspelt keyword of every method, a misspelt key of every nested object, a
  misspelt command path of `invoke`, a misspelt setting of `from_env`;
- everything raised is a TRTCError: every model constructor, `extra_body` of the wrong type, UserSig
  minting with bad arguments; `trtc_sdk.TimeoutError` subclasses the builtin one; `dir(trtc_sdk)` is public;
- runtime signatures show the snake_case fields, for every method and every model.

Each valid body is sent once first (the control): a refusal is then caused by the one change made.
"""

from __future__ import annotations

import asyncio
import builtins
import importlib
import inspect
import pkgutil
import warnings
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

import trtc_sdk
import trtc_sdk.models
from trtc_sdk import (
    OPERATIONS,
    AsyncClient,
    Client,
    ConfigurationError,
    ModelValidationError,
    Operation,
    RequestValidationError,
    TRTCError,
)
from trtc_sdk._core.limits import TEXT_ACCEPTED
from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk._core.validation import field_named, model_inside
from trtc_sdk.testing import Emulator
from trtc_sdk.testing.fakes import fake_request
from trtc_sdk.usersig import gen_private_map_key, gen_user_sig, verify_user_sig

from .surface import Leaf, keywords, leaves, nested_keys, replaced

PATHS = sorted(OPERATIONS)
LEAVES = {path: leaves(path) for path in PATHS}


def text_form_documented(leaf: Leaf) -> bool:
    """The field holding the value is an integer enum the spec says may also be written as text."""
    model: Any = OPERATIONS[leaf.path].request_model
    for step in leaf.steps[:-1]:
        found = field_named(model, step) if isinstance(step, str) and model is not None else None
        if found is not None:
            model = model_inside(found[1].annotation)
    last = field_named(model, str(leaf.steps[-1])) if model is not None else None
    extra = last[1].json_schema_extra if last is not None else None
    return isinstance(extra, dict) and bool(extra.get(TEXT_ACCEPTED))


PLAIN = ("integer", "number", "string", "boolean")
BAD_VALUES: dict[str, Callable[[Leaf], list[Any]]] = {  # kind -> wrong values for a field of that kind
    "integer": lambda leaf: [True, str(leaf.value)],
    "number": lambda leaf: [True, str(leaf.value)],
    "string": lambda leaf: [b"x"] if leaf.send_as_string else [b"x", 1],  # send-as-string fields take numbers
    "boolean": lambda leaf: [1, "true"],
    "int_enum": lambda leaf: [True] if text_form_documented(leaf) else [True, str(leaf.value)],
    "str_enum": lambda leaf: [b"x", 1],
    "constant": lambda leaf: [b"x", 1],
}


def typo(name: str) -> str:
    """The name with its middle character left out."""
    middle = len(name) // 2
    return name[:middle] + name[middle + 1 :]


@pytest.fixture(scope="module")
def client(shared_emulator: Emulator) -> Iterator[Client]:
    with shared_emulator.client(max_retries=0, timeout=5.0) as made:
        yield made


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    """One event loop for the module: an AsyncClient is built once, not once per command."""
    made = asyncio.new_event_loop()
    yield made
    made.close()


@pytest.fixture(scope="module")
def async_client(shared_emulator: Emulator, loop: asyncio.AbstractEventLoop) -> Iterator[AsyncClient]:
    made = shared_emulator.async_client(max_retries=0, timeout=5.0)
    yield made
    loop.run_until_complete(made.aclose())


def method_of(client: Client | AsyncClient, operation: Operation, prefix: str = "", suffix: str = "") -> Any:
    return getattr(getattr(client, operation.namespace), f"{prefix}{operation.method_name}{suffix}")


def send_control(client: Client, emu: Emulator, operation: Operation) -> None:
    """The unchanged fake body goes through the typed method and arrives as the model's wire JSON."""
    body = fake_request(operation)
    method_of(client, operation)(**keywords(operation, body))
    [recorded] = emu.requests_for(operation.path)
    assert recorded.json == operation.request_model.model_validate(body).to_wire()
    emu.clear()


def assert_refused(error: RequestValidationError, path: str, *names: str) -> None:
    text = str(error)
    assert error.path == path and path in text, text
    for name in names:
        assert name in text, (name, text)


def refused_leaf(client: Client, emu: Emulator, leaf: Leaf, bad: Any) -> str | None:
    """None when the wrong value is refused as it must be, else what happened."""
    operation = OPERATIONS[leaf.path]
    body = replaced(fake_request(operation), leaf.steps, bad)
    try:
        method_of(client, operation)(**keywords(operation, body))
    except RequestValidationError as error:
        text = str(error)
        if error.path != leaf.path or leaf.path not in text:
            return f"{bad!r}: the error does not name the command: {text}"
        if leaf.top_name() not in text or leaf.last_key() not in text:
            return f"{bad!r}: the error does not name {leaf.top_name()} / {leaf.last_key()}: {text}"
        if emu.requests:
            return f"{bad!r}: refused, but {len(emu.requests)} request(s) reached the emulator"
        return None
    sent = [request.json for request in emu.requests]
    emu.clear()
    return f"{bad!r} at {'.'.join(map(str, leaf.steps))} was accepted and sent: {sent}"


# -- strict request types --------------------------------------------------------------------------


PLAIN_CASES = [
    pytest.param(path, kind, id=f"{path}-{kind}")
    for path in PATHS
    for kind in PLAIN
    if any(leaf.kind == kind for leaf in LEAVES[path])
]
WITH_FIELDS = [path for path in PATHS if OPERATIONS[path].request_model.model_fields]


@pytest.mark.parametrize(("path", "kind"), PLAIN_CASES)
def test_plain_fields_refuse_values_of_another_type(client: Client, emu: Emulator, path: str, kind: str) -> None:
    """integer: True and "12"; number: True and "1.5"; string: b"x" and 1; boolean: 1 and "true"."""
    chosen = [leaf for leaf in LEAVES[path] if leaf.kind == kind]
    send_control(client, emu, OPERATIONS[path])
    wrong = BAD_VALUES[kind]
    problems = [problem for leaf in chosen for bad in wrong(leaf) if (problem := refused_leaf(client, emu, leaf, bad))]
    assert not problems, "\n".join(problems)


def test_the_walk_reaches_every_kind_of_field() -> None:
    """The fake bodies hold each kind the tests above check, nested ones and send-as-string ones included."""
    every = [leaf for found in LEAVES.values() for leaf in found]
    assert {leaf.kind for leaf in every} >= {"integer", "string", "boolean", "int_enum", "str_enum", "constant"}
    assert any(len(leaf.steps) > 2 and leaf.kind == "string" for leaf in every)
    assert any(leaf.send_as_string for leaf in every)
    assert any(leaf.tag for leaf in every)


def enum_category(leaf: Leaf) -> str | None:
    """Which kind of enum or constant field a leaf is."""
    if leaf.tag:
        return "union_tag"
    if leaf.kind == "int_enum":
        return "int_enum"
    if leaf.kind == "str_enum":
        return "open_str_enum" if leaf.open_enum else "str_enum"
    return "constant" if leaf.kind == "constant" else None


ENUM_CASES = sorted(
    {(leaf.path, category) for path in PATHS for leaf in LEAVES[path] if (category := enum_category(leaf)) is not None}
)


@pytest.mark.parametrize(
    ("path", "category"),
    [
        pytest.param(
            path,
            category,
            id=f"{path}-{category}",
        )
        for path, category in ENUM_CASES
    ],
)
def test_enum_and_constant_fields_refuse_values_of_another_type(
    client: Client, emu: Emulator, path: str, category: str
) -> None:
    """An integer enum refuses True and its value as a string; a string enum or a constant b"x" and 1."""
    problems = [
        problem
        for leaf in LEAVES[path]
        if enum_category(leaf) == category
        for bad in BAD_VALUES[leaf.kind](leaf)
        if (problem := refused_leaf(client, emu, leaf, bad))
    ]
    assert not problems, "\n".join(problems)


def test_integer_enums_documented_in_text_form_take_the_text_and_send_the_number(client: Client, emu: Emulator) -> None:
    """The spec's `accepts: [string]` on an integer enum: "2" is taken and 2 is sent (the only leniency)."""
    documented = [
        leaf for path in PATHS for leaf in LEAVES[path] if leaf.kind == "int_enum" and text_form_documented(leaf)
    ]
    assert len({leaf.path for leaf in documented}) >= 2
    for leaf in documented:
        operation = OPERATIONS[leaf.path]
        method_of(client, operation)(
            **keywords(operation, replaced(fake_request(operation), leaf.steps, str(leaf.value)))
        )
        [sent] = [request.json for request in emu.requests]
        emu.clear()
        value: Any = sent
        for step in leaf.steps:
            value = value[step]
        assert value == leaf.value and type(value) is int, leaf.label


# -- a model changed after it was built ------------------------------------------------------------


Mutation = tuple[str, tuple[str | int, ...]]  # ("set" | "append", attribute names and list indexes)


def mutations(model: Any, steps: tuple[str | int, ...] = ()) -> Iterator[Mutation]:
    """Every attribute holding a value (set it to bytes), every list (append bytes) and list item (replace it)."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        if value is None:
            continue
        yield "set", (*steps, name)
        yield from inside(value, (*steps, name))


def inside(value: Any, steps: tuple[str | int, ...]) -> Iterator[Mutation]:
    if isinstance(value, RequestModel):
        yield from mutations(value, steps)
    elif isinstance(value, list):
        yield "append", steps
        for index, item in enumerate(value):
            yield "set", (*steps, index)
            yield from inside(item, (*steps, index))


def apply(model: Any, mutation: Mutation, value: Any) -> None:
    action, steps = mutation
    target = model
    for step in steps[:-1] if action == "set" else steps:
        target = target[step] if isinstance(step, int) else getattr(target, step)
    if action == "append":
        target.append(value)
    elif isinstance(steps[-1], int):
        target[steps[-1]] = value
    else:
        setattr(target, steps[-1], value)


@pytest.mark.parametrize("path", WITH_FIELDS)
@pytest.mark.filterwarnings("ignore:Pydantic serializer warnings")
def test_a_request_model_changed_after_it_was_built_is_checked_again(client: Client, emu: Emulator, path: str) -> None:
    operation = OPERATIONS[path]
    built = operation.request_model.model_validate(fake_request(operation))
    method = method_of(client, operation)
    method(built)
    assert [request.json for request in emu.requests_for(path)] == [built.to_wire()]
    emu.clear()
    found = list(mutations(built))
    assert found
    problems = []
    for mutation in found:
        model = built.model_copy(deep=True)
        try:
            apply(model, mutation, b"x")
        except RequestValidationError as error:  # refused at the assignment: fine, if it names the field
            if str(mutation[1][-1]) not in str(error):
                problems.append(f"{mutation}: the assignment's error does not name the field: {error}")
            continue
        try:
            method(model)
        except RequestValidationError as error:
            top = str(mutation[1][0])
            if error.path != path or top not in str(error):
                problems.append(f"{mutation}: the error does not name {path} and {top}: {error}")
        else:
            problems.append(f"{mutation}: accepted")
        if emu.requests:
            problems.append(f"{mutation}: sent {[request.json for request in emu.requests]}")
            emu.clear()
    assert not problems, "\n".join(problems)


def test_mutations_reach_nested_models_and_lists() -> None:
    operation = OPERATIONS["call_engine_http_srv/start_call_by_robot"]
    found = set(mutations(operation.request_model.model_validate(fake_request(operation))))
    assert ("set", ("call_info", "media_type")) in found
    assert ("append", ("callee_list_account",)) in found
    assert ("set", ("callee_list_account", 0)) in found


# -- did you mean ----------------------------------------------------------------------------------


def misspelt_calls(operation: Operation) -> list[tuple[str, str, dict[str, Any]]]:
    """(field, its misspelling, keyword arguments with the misspelling instead of the field) per field."""
    arguments = keywords(operation, fake_request(operation))
    calls = []
    for name in operation.request_model.model_fields:
        given = {key: value for key, value in arguments.items() if key != name}
        given[typo(name)] = arguments.get(name, 1)
        calls.append((name, typo(name), given))
    return calls


def did_you_mean_problems(call: Callable[..., Any], calls: list[tuple[str, str, dict[str, Any]]]) -> list[str]:
    problems = []
    for name, wrong, given in calls:
        try:
            call(**given)
        except RequestValidationError as error:
            if f"did you mean {name!r}" not in str(error):
                problems.append(f"{wrong}: {error}")
        except Exception as error:
            problems.append(f"{wrong}: {type(error).__name__}: {error}")
        else:
            problems.append(f"{wrong}: accepted")
    return problems


@pytest.mark.parametrize("path", WITH_FIELDS)
def test_a_misspelt_keyword_of_every_method_gets_a_did_you_mean(
    client: Client, async_client: AsyncClient, loop: asyncio.AbstractEventLoop, emu: Emulator, path: str
) -> None:
    operation = OPERATIONS[path]
    calls = misspelt_calls(operation)
    problems = did_you_mean_problems(method_of(client, operation), calls)
    method = method_of(async_client, operation)
    problems += [
        f"async {problem}"
        for problem in did_you_mean_problems(lambda **given: loop.run_until_complete(method(**given)), calls)
    ]
    if operation.paging is not None:
        iterate = method_of(client, operation, prefix="iter_")
        accepted = set(inspect.signature(iterate).parameters)
        iterator_calls = [
            (name, wrong, {key: value for key, value in given.items() if key in accepted or key == wrong})
            for name, wrong, given in calls
            if name in accepted
        ]
        problems += did_you_mean_problems(lambda **given: next(iter(iterate(**given))), iterator_calls)
    assert not problems, "\n".join(problems)
    assert emu.requests == []


BATCHED = [path for path in PATHS if OPERATIONS[path].batch is not None]


def test_a_misspelt_keyword_of_every_batch_helper_gets_a_did_you_mean(client: Client, emu: Emulator) -> None:
    assert len(BATCHED) > 50
    problems = []
    for path in BATCHED:
        operation = OPERATIONS[path]
        helper = method_of(client, operation, suffix="_in_batches")
        problems += [f"{path}: {problem}" for problem in did_you_mean_problems(helper, misspelt_calls(operation))]
    assert not problems, "\n".join(problems)
    assert emu.requests == []


NESTED_KEYS = {path: nested_keys(path) for path in PATHS}


def keys_where(select: Callable[[str, bool], bool]) -> list[str]:
    return [path for path in PATHS if any(select(key, in_union) for _, key, in_union in NESTED_KEYS[path])]


def nested_typo_problems(client: Client, emu: Emulator, path: str, select: Callable[[str, bool], bool]) -> list[str]:
    operation = OPERATIONS[path]
    problems = []
    for steps, key, in_union in NESTED_KEYS[path]:
        if not select(key, in_union):
            continue
        body = fake_request(operation)
        target: Any = body
        for step in steps:
            target = target[step]
        target[typo(key)] = target.pop(key)
        where = ".".join(map(str, (*steps, typo(key))))
        try:
            method_of(client, operation)(**keywords(operation, body))
        except RequestValidationError as error:
            if error.path != path or typo(key) not in str(error) or f"did you mean {key!r}" not in str(error):
                problems.append(f"{where}: {error}")
        else:
            problems.append(f"{where}: accepted")
        if emu.requests:
            problems.append(f"{where}: sent")
            emu.clear()
    return problems


def outside_unions(key: str, in_union: bool) -> bool:
    return not in_union


def inside_union_variants(key: str, in_union: bool) -> bool:
    return in_union and key != "MsgType"


def union_tags(key: str, in_union: bool) -> bool:
    return in_union and key == "MsgType"


@pytest.mark.parametrize("path", keys_where(outside_unions))
def test_a_misspelt_key_of_a_nested_object_gets_a_did_you_mean(client: Client, emu: Emulator, path: str) -> None:
    problems = nested_typo_problems(client, emu, path, outside_unions)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", keys_where(inside_union_variants))
def test_a_misspelt_key_inside_a_union_variant_gets_a_did_you_mean(client: Client, emu: Emulator, path: str) -> None:
    """Keys of a message element (MsgBody.0.MsgContent, MsgBody.0.MsgContent.Text)."""
    problems = nested_typo_problems(client, emu, path, inside_union_variants)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "path",
    keys_where(union_tags),
)
def test_a_misspelt_union_tag_key_gets_a_did_you_mean(client: Client, emu: Emulator, path: str) -> None:
    problems = nested_typo_problems(client, emu, path, union_tags)
    assert not problems, "\n".join(problems)


def test_the_nested_keys_reach_every_depth_and_union_variants() -> None:
    every = [(steps, key, in_union) for found in NESTED_KEYS.values() for steps, key, in_union in found]
    assert any(len(steps) >= 3 and not in_union for steps, _, in_union in every)
    assert any(key == "MsgContent" and in_union for _, key, in_union in every)
    assert any(key == "MsgType" for _, key, _ in every)


@pytest.mark.parametrize("path", PATHS)
def test_a_misspelt_command_path_gets_a_did_you_mean(
    client: Client, async_client: AsyncClient, loop: asyncio.AbstractEventLoop, emu: Emulator, path: str
) -> None:
    servicename, command = path.split("/")
    wrong = f"{servicename}/{typo(command)}"
    body = fake_request(OPERATIONS[path])
    with pytest.raises(RequestValidationError, match=f"unknown command; did you mean '{path}'") as caught:
        client.invoke(wrong, body)
    assert caught.value.path == wrong
    if path == min(p for p in PATHS if p.startswith(f"{servicename}/")):  # the async client: one per servicename
        with pytest.raises(RequestValidationError, match=f"unknown command; did you mean '{path}'"):
            loop.run_until_complete(async_client.invoke(wrong, body))
    assert emu.requests == []


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
def test_from_env_with_a_misspelt_setting_gets_a_did_you_mean(
    monkeypatch: pytest.MonkeyPatch, emulator: Emulator, client_class: type[Client] | type[AsyncClient]
) -> None:
    monkeypatch.setenv("TRTC_SDKAPPID", str(emulator.sdkappid))
    monkeypatch.setenv("TRTC_SECRET_KEY", emulator.secret_key)
    monkeypatch.setenv("TRTC_BASE_URL", emulator.url)
    with pytest.raises(ConfigurationError, match="unknown client setting 'tiemout'; did you mean 'timeout'"):
        client_class.from_env(tiemout=1)  # type: ignore[call-arg]
    with pytest.raises(ConfigurationError, match="did you mean 'max_retries'"):
        client_class.from_env(max_retry=1)  # type: ignore[call-arg]
    made = client_class.from_env(timeout=1)  # the control: spelt right, it builds
    assert made.timeout == 1.0 and made.base_url == emulator.url


# -- everything raised is a TRTCError --------------------------------------------------------------


def model_classes() -> dict[str, type[RequestModel] | type[ResponseModel]]:
    """Every request and response model of every product (commands, shared types, webhook events)."""
    found: dict[str, type[RequestModel] | type[ResponseModel]] = {}
    for info in pkgutil.walk_packages(trtc_sdk.models.__path__, "trtc_sdk.models."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, (RequestModel, ResponseModel))
                and value.__module__ == module.__name__
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return found


MODELS = model_classes()


def test_every_command_model_is_among_the_models_walked() -> None:
    walked = set(MODELS.values())
    for operation in OPERATIONS.values():
        assert operation.request_model in walked and operation.response_model in walked, operation.path
    assert len(MODELS) > 2 * len(OPERATIONS)


PRODUCTS = sorted({name.split(".")[2] for name in MODELS})


def constructor_problem(model: type[RequestModel] | type[ResponseModel]) -> str | None:
    """None when building the model from a wrong type raises the SDK's own error naming model and field."""
    fields = model.model_fields
    if not fields:
        if issubclass(model, ResponseModel):
            return None  # a reply model without fields keeps any key
        try:
            model(not_a_field=1)
        except RequestValidationError as error:
            return None if "not_a_field" in str(error) else f"the error does not name the key: {error}"
        return "an unknown key was accepted"
    required = [field for field, info in fields.items() if info.is_required()]
    first = (required or list(fields))[0]
    expected = RequestValidationError if issubclass(model, RequestModel) else ModelValidationError
    try:
        model(**{first: object()})
    except TRTCError as error:
        if type(error) is not expected:
            return f"raised {type(error).__name__}, not {expected.__name__}"
        if not isinstance(error, ModelValidationError) or error.path != model.__name__:
            return f"the error does not name the model: {error}"
        if not any(first in field for field in error.fields):
            return f"the error does not name {first}: {error.fields}"
        return None
    except Exception as error:
        return f"raised {type(error).__name__}: {error}"
    return f"{first}=object() was accepted"


@pytest.mark.parametrize("product", PRODUCTS)
def test_a_model_constructor_given_a_wrong_type_raises_the_sdks_own_error(product: str) -> None:
    """Every request model raises RequestValidationError, every reply model ModelValidationError."""
    models = {name: model for name, model in MODELS.items() if name.split(".")[2] == product}
    problems = [f"{name}: {problem}" for name, model in models.items() if (problem := constructor_problem(model))]
    assert not problems, "\n".join(problems)


WRONG_EXTRA_BODIES: list[Any] = [["Key", 1], "Key=1", 1, b"{}", {1: "x"}]


@pytest.mark.parametrize("path", PATHS)
def test_extra_body_of_the_wrong_type_is_refused_naming_the_command(client: Client, emu: Emulator, path: str) -> None:
    operation = OPERATIONS[path]
    body = fake_request(operation)
    calls: list[Callable[[Any], Any]] = [
        lambda extra: method_of(client, operation)(**keywords(operation, body), extra_body=extra),
        lambda extra: client.invoke(path, body, extra_body=extra),
    ]
    if operation.paging is not None:
        iterate = method_of(client, operation, prefix="iter_")
        accepted = set(inspect.signature(iterate).parameters)
        given = {key: value for key, value in keywords(operation, body).items() if key in accepted}
        calls.append(lambda extra: next(iter(iterate(**given, extra_body=extra))))
    for extra in WRONG_EXTRA_BODIES:
        for call in calls:
            with pytest.raises(RequestValidationError) as caught:
                call(extra)
            assert_refused(caught.value, path, "extra_body")
    assert emu.requests == []
    method_of(client, operation)(**keywords(operation, body), extra_body={"NotInTheSpec": 1})  # the control
    assert emu.requests_for(path)[0].json["NotInTheSpec"] == 1


APP, KEY = 1400000000, "k" * 64
SIG_CALLS: list[tuple[str, Callable[[], object]]] = [
    ("gen_user_sig sdkappid float", lambda: gen_user_sig(1400000000.0, KEY, "u")),  # type: ignore[arg-type]
    ("gen_private_map_key room float", lambda: gen_private_map_key(APP, KEY, "u", room_id=1.5)),  # type: ignore[arg-type]
    ("gen_private_map_key room empty", lambda: gen_private_map_key(APP, KEY, "u", room_id="")),
    ("gen_user_sig sdkappid str", lambda: gen_user_sig("1400000000", KEY, "u")),  # type: ignore[arg-type]
    ("gen_user_sig sdkappid bool", lambda: gen_user_sig(True, KEY, "u")),
    ("gen_user_sig sdkappid 0", lambda: gen_user_sig(0, KEY, "u")),
    ("gen_user_sig empty key", lambda: gen_user_sig(APP, "", "u")),
    ("gen_user_sig key int", lambda: gen_user_sig(APP, 1, "u")),  # type: ignore[arg-type]
    ("gen_user_sig empty user", lambda: gen_user_sig(APP, KEY, "")),
    ("gen_user_sig negative expiry", lambda: gen_user_sig(APP, KEY, "u", expire_seconds=-1)),
    ("gen_user_sig bool expiry", lambda: gen_user_sig(APP, KEY, "u", expire_seconds=True)),
    ("gen_user_sig str expiry", lambda: gen_user_sig(APP, KEY, "u", expire_seconds="60")),  # type: ignore[arg-type]
    ("gen_private_map_key privileges 256", lambda: gen_private_map_key(APP, KEY, "u", "r", privileges=256)),
    ("gen_private_map_key room -1", lambda: gen_private_map_key(APP, KEY, "u", -1)),
    ("gen_private_map_key room 2**32", lambda: gen_private_map_key(APP, KEY, "u", 2**32)),
    ("gen_private_map_key room None", lambda: gen_private_map_key(APP, KEY, "u", None)),  # type: ignore[arg-type]
    ("gen_private_map_key empty key", lambda: gen_private_map_key(APP, "", "u", "r")),
]
VERIFY_CALLS: list[tuple[str, Callable[[], object]]] = [
    ("verify_user_sig sig int", lambda: verify_user_sig(1, sdkappid=APP, secret_key=KEY)),  # type: ignore[arg-type]
    ("verify_user_sig garbage", lambda: verify_user_sig("x", sdkappid=APP, secret_key=KEY)),
    ("verify_user_sig empty key", lambda: verify_user_sig(gen_user_sig(APP, KEY, "u"), sdkappid=APP, secret_key="")),
    (
        "verify_user_sig key int",
        lambda: verify_user_sig(gen_user_sig(APP, KEY, "u"), sdkappid=APP, secret_key=1),  # type: ignore[arg-type]
    ),
]


@pytest.mark.parametrize(
    ("label", "call"),
    [pytest.param(label, call, id=label) for label, call in [*SIG_CALLS, *VERIFY_CALLS]],
)
def test_usersig_functions_given_bad_arguments_raise_trtc_errors(label: str, call: Callable[[], object]) -> None:
    with pytest.raises(Exception) as caught:  # the point is which class
        call()
    assert isinstance(caught.value, TRTCError), f"{label}: {type(caught.value).__name__}: {caught.value}"


def test_the_sdks_timeout_error_is_the_builtin_one() -> None:
    assert issubclass(trtc_sdk.TimeoutError, builtins.TimeoutError)
    assert issubclass(trtc_sdk.TimeoutError, trtc_sdk.TransportError)
    assert issubclass(trtc_sdk.TimeoutError, TRTCError)
    assert trtc_sdk.TimeoutError.__module__.startswith("trtc_sdk.")  # the SDK's own class, not an alias
    with pytest.raises(builtins.TimeoutError) as caught:  # `except TimeoutError:` catches the SDK's timeouts
        raise trtc_sdk.TimeoutError("took too long", path="call_engine_http_srv/end_call", request_sent=True)
    assert isinstance(caught.value, trtc_sdk.TransportError) and caught.value.request_sent


def test_every_exported_exception_is_a_trtc_error() -> None:
    exceptions = [getattr(trtc_sdk, name) for name in trtc_sdk.__all__ if name.endswith("Error")]
    assert len(exceptions) >= 15
    assert all(issubclass(exception, TRTCError) for exception in exceptions)


def test_dir_lists_only_public_names_each_importable_and_in_all() -> None:
    listed = dir(trtc_sdk)
    importlib.import_module("trtc_sdk._core.client")  # importing internals must not make them public
    assert dir(trtc_sdk) == listed
    assert [name for name in listed if name.startswith("_") and not name.startswith("__")] == []
    public = [name for name in listed if not name.startswith("__")]
    assert sorted(public) == sorted(name for name in trtc_sdk.__all__ if not name.startswith("__"))
    assert set(trtc_sdk.__all__) <= set(listed)
    for name in trtc_sdk.__all__:
        assert getattr(trtc_sdk, name) is not None, name
    namespace: dict[str, Any] = {}
    exec("from trtc_sdk import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(trtc_sdk.__all__)


# -- runtime signatures ----------------------------------------------------------------------------


def signature_problems(
    method: Callable[..., Any] | Callable[..., Awaitable[Any]], operation: Operation, iterator: bool = False
) -> list[str]:
    """What keeps `inspect.signature(method)` from showing the request's fields by their python names."""
    fields = operation.request_model.model_fields
    parameters = inspect.signature(method).parameters
    problems = []
    if any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in parameters.values()):
        problems.append("takes *args")
    for name, parameter in parameters.items():
        if parameter.kind is inspect.Parameter.VAR_KEYWORD and name != "unknown_fields":
            problems.append(f"takes **{name}")
    wire_only = {info.alias for name, info in fields.items() if info.alias and info.alias != name}
    if wire_only & set(parameters):
        problems.append(f"wire keys as parameters: {sorted(wire_only & set(parameters))}")
    paging = operation.paging
    # an iterator sets the page key, the keys it carries from reply to request and the fixed ones itself
    own = (
        {paging.request_key, *(key for key, _ in paging.carry), *(key for key, _ in paging.fixed)} if paging else set()
    )
    fixed = own if iterator else set()
    for name, info in fields.items():
        found = parameters.get(name)
        if found is None:
            if info.alias not in fixed:
                problems.append(f"no parameter {name}")
        elif found.kind is not inspect.Parameter.KEYWORD_ONLY:
            problems.append(f"{name} is not keyword-only")
    return problems


@pytest.mark.parametrize("path", PATHS)
def test_every_method_signature_shows_the_fields_as_snake_case_keywords(
    client: Client, async_client: AsyncClient, path: str
) -> None:
    operation = OPERATIONS[path]
    methods = {"sync": method_of(client, operation), "async": method_of(async_client, operation)}
    if operation.paging is not None:
        methods["iter"] = method_of(client, operation, prefix="iter_")
        methods["async iter"] = method_of(async_client, operation, prefix="iter_")
    if operation.batch is not None:
        methods["batches"] = method_of(client, operation, suffix="_in_batches")
        methods["async batches"] = method_of(async_client, operation, suffix="_in_batches")
    problems = [
        f"{label}: {problem}"
        for label, m in methods.items()
        for problem in signature_problems(m, operation, iterator=label.endswith("iter"))
    ]
    assert not problems, "\n".join(problems)
    parameters = inspect.signature(methods["sync"]).parameters
    assert next(iter(parameters)) == "request"  # a model instance is the one positional argument
    assert parameters["request"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD


def model_signature_problem(model: type[RequestModel] | type[ResponseModel]) -> str | None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parameters = inspect.signature(model).parameters
    if list(parameters) != list(model.model_fields):
        return f"parameters {list(parameters)}, fields {list(model.model_fields)}"
    for field, info in model.model_fields.items():
        parameter = parameters[field]
        if parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
            return f"{field} is not keyword-only"
        if parameter.default is not (inspect.Parameter.empty if info.is_required() else info.default):
            return f"{field}: default {parameter.default!r}"
        if field != field.lower() or field == info.alias != field.lower():
            return f"{field} is not snake_case"
    return None


@pytest.mark.parametrize("product", PRODUCTS)
def test_every_model_signature_shows_python_names_not_wire_keys(product: str) -> None:
    models = {name: model for name, model in MODELS.items() if name.split(".")[2] == product}
    problems = [f"{name}: {problem}" for name, model in models.items() if (problem := model_signature_problem(model))]
    assert not problems, "\n".join(problems)
    some = next(
        model for model in models.values() if any(i.alias and i.alias != n for n, i in model.model_fields.items())
    )
    wire_keys = {info.alias for info in some.model_fields.values()}
    assert not wire_keys & set(inspect.signature(some).parameters)
