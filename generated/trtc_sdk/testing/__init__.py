"""A local emulator of the REST endpoint for the SDK's tests and yours (like stripe-mock or Prism).

    from trtc_sdk.testing import Emulator
    with Emulator() as emu:
        client = emu.client()
        client.call.get_call_info(call_id="c1")
        emu.script("call_engine_http_srv/end_call", error_code=101004)
        emu.fire("C2C.CallbackBeforeSendMsg", "http://127.0.0.1:8000/webhook", token="...")  # your handler

From a shell: `python -m trtc_sdk.testing --port 8080` (see --help).
"""

from trtc_sdk.testing.emulator import Answer, Emulator, RecordedRequest
from trtc_sdk.testing.faults import FaultMix
from trtc_sdk.testing.webhooks import FiredAnswer, sample_event

__all__ = ["Answer", "Emulator", "FaultMix", "FiredAnswer", "RecordedRequest", "sample_event"]
