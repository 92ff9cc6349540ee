"""AsyncClient: same surface, same request path, same retry rules."""

from __future__ import annotations

import asyncio

import pytest

from trtc_sdk import OPERATIONS, AsyncClient, ServerError
from trtc_sdk.models.call import GetCallInfoResponse, StartCallInfoParam
from trtc_sdk.testing import Emulator
from trtc_sdk.testing.fakes import fake_response

from .conftest import FAST_RETRIES

FILTER = "call_record_http_srv/get_record_by_filter"


def test_async_calls_round_trip_concurrently(emulator: Emulator) -> None:
    async def scenario() -> list[GetCallInfoResponse]:
        async with emulator.async_client(**FAST_RETRIES) as client:
            assert isinstance(client, AsyncClient)
            return await asyncio.gather(*(client.call.get_call_info(call_id=f"c{i}") for i in range(10)))

    replies = asyncio.run(scenario())
    assert sorted(reply.response.call_info.call_id for reply in replies) == [f"c{i}" for i in range(10)]
    assert len(emulator.requests) == 10


def test_async_retry_rules_match_the_sync_client(emulator: Emulator) -> None:
    async def scenario() -> None:
        async with emulator.async_client(**FAST_RETRIES) as client:
            emulator.script("call_engine_http_srv/get_call_info", error_code=60007)
            await client.call.get_call_info(call_id="c")
            emulator.script("call_engine_http_srv/start_call_by_robot", drop=True)
            with pytest.raises(Exception) as caught:
                await client.call.start_call_by_robot(
                    robot_account="r",
                    callee_list_account=["u"],
                    timeout=10000,
                    call_info=StartCallInfoParam(media_type="Audio"),
                )
            assert type(caught.value).__name__ == "TransportError"
            emulator.script("call_engine_http_srv/end_call", error_code=70001)
            await client.call.end_call(call_id="c")
            emulator.script("call_engine_http_srv/end_call", error_code=101001, times=None)
            with pytest.raises(ServerError):
                await client.call.end_call(call_id="c")

    asyncio.run(scenario())
    assert len(emulator.requests_for("call_engine_http_srv/get_call_info")) == 2
    assert len(emulator.requests_for("call_engine_http_srv/start_call_by_robot")) == 1
    assert [r.error_code for r in emulator.requests_for("call_engine_http_srv/end_call")][:2] == [70001, 0]
    assert len(emulator.requests_for("call_engine_http_srv/end_call")) == 2 + 3


def test_async_iteration_over_pages(emulator: Emulator) -> None:
    async def scenario() -> list[str]:
        async with emulator.async_client() as client:
            return [record.call_id async for record in client.call_record.iter_get_record_by_filter()]

    expected = [record["CallId"] for record in fake_response(OPERATIONS[FILTER], {})["Response"]["CallRecordList"]]
    assert asyncio.run(scenario()) == expected
