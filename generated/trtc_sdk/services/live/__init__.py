# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit
"""Services of Live (TUILiveKit): one module per servicename, each loaded on first access."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module

if TYPE_CHECKING:
    from trtc_sdk.services.live.live_config import (
        AsyncLiveConfigService as AsyncLiveConfigService,
    )
    from trtc_sdk.services.live.live_config import (
        LiveConfigService as LiveConfigService,
    )
    from trtc_sdk.services.live.live_engine_http_pk import (
        AsyncLivePkService as AsyncLivePkService,
    )
    from trtc_sdk.services.live.live_engine_http_pk import (
        LivePkService as LivePkService,
    )
    from trtc_sdk.services.live.live_engine_http_srv import (
        AsyncLiveService as AsyncLiveService,
    )
    from trtc_sdk.services.live.live_engine_http_srv import (
        LiveService as LiveService,
    )

__all__ = [
    "AsyncLiveConfigService",
    "AsyncLivePkService",
    "AsyncLiveService",
    "LiveConfigService",
    "LivePkService",
    "LiveService",
]
__getattr__, __dir__ = lazy_module(
    __name__,
    {
        "AsyncLiveConfigService": "live_config",
        "LiveConfigService": "live_config",
        "AsyncLivePkService": "live_engine_http_pk",
        "LivePkService": "live_engine_http_pk",
        "AsyncLiveService": "live_engine_http_srv",
        "LiveService": "live_engine_http_srv",
    },
)
