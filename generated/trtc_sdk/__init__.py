"""trtc_sdk: typed client for the Tencent RTC and Tencent Cloud Chat server REST APIs.

    from trtc_sdk import Client
    client = Client(sdkappid=1400000000, secret_key="...", region="singapore")
    info = client.call.get_call_info(call_id="...")

Everything is imported on first use, so `import trtc_sdk` stays cheap: product models load when
their namespace is first touched (client.call, client.room, ...).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from trtc_sdk._version import __version__

if TYPE_CHECKING:
    from trtc_sdk import usersig
    from trtc_sdk._client import AsyncClient, Client
    from trtc_sdk._operations import OPERATIONS
    from trtc_sdk._runtime.errors import (
        APIError,
        AuthenticationError,
        ConfigurationError,
        ConflictError,
        InvalidRequestError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        RequestValidationError,
        ServerError,
        TimeoutError,
        TransportError,
        TRTCError,
        UnexpectedResponseError,
    )
    from trtc_sdk._runtime.operations import ErrorSpec, Operation, Paging

_ERRORS = "trtc_sdk._runtime.errors"
_LAZY = {
    "Client": "trtc_sdk._client",
    "AsyncClient": "trtc_sdk._client",
    "OPERATIONS": "trtc_sdk._operations",
    "Operation": "trtc_sdk._runtime.operations",
    "ErrorSpec": "trtc_sdk._runtime.operations",
    "Paging": "trtc_sdk._runtime.operations",
    **dict.fromkeys(
        [
            "TRTCError",
            "APIError",
            "AuthenticationError",
            "ConfigurationError",
            "ConflictError",
            "InvalidRequestError",
            "NotFoundError",
            "PermissionDeniedError",
            "RateLimitError",
            "RequestValidationError",
            "ServerError",
            "TimeoutError",
            "TransportError",
            "UnexpectedResponseError",
        ],
        _ERRORS,
    ),
}
_SUBMODULES = {"usersig", "testing", "models", "services"}

__all__ = [
    "OPERATIONS",
    "APIError",
    "AsyncClient",
    "AuthenticationError",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "ErrorSpec",
    "InvalidRequestError",
    "NotFoundError",
    "Operation",
    "Paging",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ServerError",
    "TRTCError",
    "TimeoutError",
    "TransportError",
    "UnexpectedResponseError",
    "__version__",
    "usersig",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    elif name in _SUBMODULES:
        value = importlib.import_module(f"trtc_sdk.{name}")
    else:
        raise AttributeError(f"module 'trtc_sdk' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
