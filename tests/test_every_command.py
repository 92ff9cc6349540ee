"""Every command in the spec round-trips: a typed call with every field set reaches the emulator as
exactly the request model's wire JSON, and the reply decodes into the command's response model."""

from __future__ import annotations

import pytest

from trtc_sdk import OPERATIONS, Client
from trtc_sdk.testing import Emulator
from trtc_sdk.testing.fakes import fake_request


@pytest.mark.parametrize("path", sorted(OPERATIONS))
def test_typed_call_round_trips(client: Client, emulator: Emulator, path: str) -> None:
    operation = OPERATIONS[path]
    request = operation.request_model.model_validate(fake_request(operation))
    keyword_arguments = {name: getattr(request, name) for name in request.model_fields_set}
    method = getattr(getattr(client, operation.namespace), operation.method_name)

    reply = method(**keyword_arguments)

    assert type(reply) is operation.response_model
    assert reply.error_code == 0 and reply.request_id
    [recorded] = emulator.requests_for(path)
    assert recorded.body == request.to_wire()
    assert recorded.error_code == 0


def test_every_namespace_and_method_is_reachable_from_the_client(client: Client) -> None:
    for operation in OPERATIONS.values():
        assert callable(getattr(getattr(client, operation.namespace), operation.method_name)), operation.path
