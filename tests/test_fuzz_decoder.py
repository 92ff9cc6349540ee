"""Property: any reply decodes to the response model or raises a TRTCError subclass (fast run;
`make reliability` runs the same property on 10,000+ cases)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from bench.fuzz_cases import cases, check_decoding, deep_nesting
from trtc_sdk import OPERATIONS, TRTCError
from trtc_sdk.testing import Emulator
from trtc_sdk.testing.fakes import fake_request

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


@FAST
@given(cases)
def test_the_decoder_raises_only_its_own_errors(case: tuple[str, int, bytes]) -> None:
    check_decoding(*case)


def test_pathological_bodies_are_typed_errors() -> None:
    for body in (deep_nesting(100_000), b'{"ErrorCode": ' + b"9" * 100_000 + b"}", b"\xff" * 1000, b""):
        check_decoding("call_engine_http_srv/get_call_info", 200, body)


@settings(max_examples=25, deadline=None, database=None)
@given(cases)
def test_malformed_replies_over_http_end_in_typed_errors(case: tuple[str, int, bytes]) -> None:
    path, status, body = case
    with Emulator() as emulator:
        client = emulator.client(max_retries=0, timeout=2)
        emulator.script(path, raw=body, http_status=status, content_type="text/html")
        try:
            client.invoke(path, fake_request(OPERATIONS[path]))
        except TRTCError as error:
            assert str(error)
        client.close()
