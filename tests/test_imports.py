"""Importing trtc_sdk is cheap: a namespace loads its methods, a command's models load when it is first called."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
import trtc_sdk
loaded = lambda: sorted(m for m in sys.modules if m.startswith("trtc_sdk.models") or m.startswith("trtc_sdk.services"))
print(loaded())
op = trtc_sdk.OPERATIONS["call_engine_http_srv/get_call_info"]
client = trtc_sdk.Client(1400000000, "k", base_url="http://127.0.0.1:9")
print(loaded())
client.call
print(loaded())
print(op.request_model.__name__)
print(loaded())
print("asyncio" in sys.modules, "httpx" in sys.modules)
"""


def test_models_load_lazily() -> None:
    output = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert output[0] == "[]"
    assert output[1] == "[]"  # reading OPERATIONS and building a client imports no product model
    # the namespace: its servicename's methods only
    assert output[2] == "['trtc_sdk.services', 'trtc_sdk.services.call', 'trtc_sdk.services.call.call_engine_http_srv']"
    assert output[3] == "GetCallInfoRequest"
    # the command's own module (and what it imports), nothing of the other commands or servicenames
    assert output[4] == (
        "['trtc_sdk.models', 'trtc_sdk.models.call', 'trtc_sdk.models.call._enums', "
        # only the enums this command's models use, one module each
        "'trtc_sdk.models.call._enums.call_user_status', 'trtc_sdk.models.call._enums.media_type', "
        "'trtc_sdk.models.call._enums.room_id_type', "
        "'trtc_sdk.models.call.call_engine_http_srv', 'trtc_sdk.models.call.call_engine_http_srv.get_call_info', "
        "'trtc_sdk.models.envelope', "
        "'trtc_sdk.services', 'trtc_sdk.services.call', 'trtc_sdk.services.call.call_engine_http_srv']"
    )
    assert output[5] == "False False"  # the blocking client never imports asyncio or httpx


def test_operations_describe_every_command() -> None:
    from trtc_sdk import OPERATIONS

    op = OPERATIONS["call_engine_http_srv/start_call_by_robot"]
    assert (op.path, op.namespace, op.method_name, op.idempotent, op.rate_limit_per_sec) == (
        "call_engine_http_srv/start_call_by_robot",
        "call",
        "start_call_by_robot",
        False,
        200,
    )
    assert op.request_model.__name__ == "StartCallByRobotRequest"
    assert op.response_model.__name__ == "StartCallByRobotResponse"
    assert set(op.errors) == {101001, 101002}
    try:
        OPERATIONS["x"] = op  # type: ignore[index]
    except TypeError:
        pass
    else:
        raise AssertionError("OPERATIONS must be read-only")
