# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit
"""Services of Call (TUICallKit): one module per servicename, each loaded on first access."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module

if TYPE_CHECKING:
    from trtc_sdk.services.call.call_config import (
        AsyncCallConfigService as AsyncCallConfigService,
    )
    from trtc_sdk.services.call.call_config import (
        CallConfigService as CallConfigService,
    )
    from trtc_sdk.services.call.call_engine_http_srv import (
        AsyncCallService as AsyncCallService,
    )
    from trtc_sdk.services.call.call_engine_http_srv import (
        CallService as CallService,
    )
    from trtc_sdk.services.call.call_record_http_srv import (
        AsyncCallRecordService as AsyncCallRecordService,
    )
    from trtc_sdk.services.call.call_record_http_srv import (
        CallRecordService as CallRecordService,
    )

__all__ = [
    "AsyncCallConfigService",
    "AsyncCallRecordService",
    "AsyncCallService",
    "CallConfigService",
    "CallRecordService",
    "CallService",
]
__getattr__, __dir__ = lazy_module(
    __name__,
    {
        "AsyncCallConfigService": "call_config",
        "CallConfigService": "call_config",
        "AsyncCallService": "call_engine_http_srv",
        "CallService": "call_engine_http_srv",
        "AsyncCallRecordService": "call_record_http_srv",
        "CallRecordService": "call_record_http_srv",
    },
)
