"""Commands the server de-duplicates are safe to resend; other non-idempotent commands are sent once.

For every command with `op.deduplication` (MsgRandom, Random, with MsgSeq for some): the SDK fills the
key (and the `also` keys) when the caller leaves them out, differently for each call, through the typed
method and `invoke` alike; an attempt lost to a dropped connection or a 502 is retried although the
command is not idempotent, and the retry is byte for byte the first attempt; a key the caller gives is
sent unchanged. For every non-idempotent command without de-duplication, a dropped connection is not
retried.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from trtc_sdk import OPERATIONS, Client, Operation, TransportError
from trtc_sdk.testing import Emulator
from trtc_sdk.testing.fakes import fake_request

from .conftest import FAST_RETRIES

DEDUPLICATED = sorted(path for path, operation in OPERATIONS.items() if operation.deduplication is not None)
SENT_ONCE = sorted(
    path for path, operation in OPERATIONS.items() if not operation.idempotent and operation.deduplication is None
)
UINT32_MAX = 2**32 - 1


def key_fields(operation: Operation) -> list[str]:
    """Wire keys the server de-duplicates on."""
    assert operation.deduplication is not None
    return [operation.deduplication.key, *operation.deduplication.also]


def python_names(operation: Operation) -> dict[str, str]:
    return {str(info.alias): name for name, info in operation.request_model.model_fields.items()}


def body_without_keys(operation: Operation) -> dict[str, Any]:
    """Every field filled, the de-duplication keys left out."""
    body = fake_request(operation)
    for key in key_fields(operation) if operation.deduplication else ():
        body.pop(key, None)
    return body


def typed_call(client: Client, operation: Operation, body: dict[str, Any]) -> Any:
    request = operation.request_model.model_validate(body)
    method = getattr(getattr(client, operation.namespace), operation.method_name)
    return method(**{name: getattr(request, name) for name in request.model_fields_set})


def call(client: Client, operation: Operation, body: dict[str, Any], entry: str) -> Any:
    return typed_call(client, operation, body) if entry == "typed" else client.invoke(operation.path, body)


@pytest.fixture(scope="module")
def shared_client(shared_emulator: Emulator) -> Iterator[Client]:
    with shared_emulator.client(timeout=5.0, **FAST_RETRIES) as made:
        yield made


def test_deduplicated_commands_exist_and_are_not_idempotent() -> None:
    assert DEDUPLICATED
    assert any(OPERATIONS[path].deduplication.also for path in DEDUPLICATED)  # type: ignore[union-attr]
    for path in DEDUPLICATED:
        assert not OPERATIONS[path].idempotent
        assert OPERATIONS[path].retry_safe


@pytest.mark.parametrize("entry", ["typed", "invoke"])
@pytest.mark.parametrize("path", DEDUPLICATED)
def test_sdk_fills_missing_deduplication_keys_anew_for_each_call(
    emu: Emulator, shared_client: Client, path: str, entry: str
) -> None:
    operation = OPERATIONS[path]
    body = body_without_keys(operation)
    call(shared_client, operation, body, entry)
    call(shared_client, operation, body, entry)

    first, second = (request.json for request in emu.requests_for(path))
    for sent in (first, second):
        for key in key_fields(operation):
            value = sent.get(key)
            assert isinstance(value, int) and 0 <= value <= UINT32_MAX, (key, sent)
    # two separate calls are two messages: the server must not drop the second as a repeat
    assert [first[key] for key in key_fields(operation)] != [second[key] for key in key_fields(operation)]
    # apart from the keys the SDK filled, the body is the caller's
    assert {k: v for k, v in first.items() if k not in key_fields(operation)} == body


@pytest.mark.parametrize("fault", [{"drop": True}, {"http_status": 502, "raw": b"bad gateway"}], ids=["drop", "502"])
@pytest.mark.parametrize("entry", ["typed", "invoke"])
@pytest.mark.parametrize("path", DEDUPLICATED)
def test_lost_attempt_is_resent_with_identical_keys_and_body(
    emu: Emulator, shared_client: Client, path: str, entry: str, fault: dict[str, Any]
) -> None:
    operation = OPERATIONS[path]
    emu.script(path, times=1, **fault)
    reply = call(shared_client, operation, body_without_keys(operation), entry)

    assert reply.error_code == 0
    lost, resent = emu.requests_for(path)
    assert resent.raw_body == lost.raw_body
    assert [resent.json[key] for key in key_fields(operation)] == [lost.json[key] for key in key_fields(operation)]
    assert resent.error_code == 0


@pytest.mark.parametrize("path", DEDUPLICATED)
def test_async_client_resends_a_dropped_attempt_with_identical_body(emu: Emulator, path: str) -> None:
    operation = OPERATIONS[path]
    emu.script(path, drop=True, times=1)

    async def send() -> Any:
        async with emu.async_client(timeout=5.0, **FAST_RETRIES) as client:
            return await client.invoke(path, body_without_keys(operation))

    assert asyncio.run(send()).error_code == 0
    lost, resent = emu.requests_for(path)
    assert resent.raw_body == lost.raw_body
    assert all(isinstance(lost.json.get(key), int) for key in key_fields(operation))


@pytest.mark.parametrize("path", DEDUPLICATED)
def test_keys_given_by_the_caller_are_sent_unchanged(emu: Emulator, shared_client: Client, path: str) -> None:
    operation = OPERATIONS[path]
    given = {key: 4_000_000_000 - index for index, key in enumerate(key_fields(operation))}
    typed_call(shared_client, operation, {**body_without_keys(operation), **given})
    shared_client.invoke(path, {**body_without_keys(operation), **given})
    # only the main key given: it is kept, and the others are still filled
    main_key = key_fields(operation)[0]
    typed_call(shared_client, operation, {**body_without_keys(operation), main_key: 7})

    typed, invoked, partly = (request.json for request in emu.requests_for(path))
    assert {key: typed[key] for key in given} == given
    assert {key: invoked[key] for key in given} == given
    assert partly[main_key] == 7
    assert all(isinstance(partly.get(key), int) for key in key_fields(operation))


@pytest.mark.parametrize("path", SENT_ONCE)
def test_non_idempotent_command_without_deduplication_is_not_resent_after_a_drop(
    emu: Emulator, shared_client: Client, path: str
) -> None:
    operation = OPERATIONS[path]
    emu.script(path, drop=True, times=1)
    with pytest.raises(TransportError) as caught:
        typed_call(shared_client, operation, fake_request(operation))

    assert caught.value.request_sent is True
    assert len(emu.requests_for(path)) == 1
