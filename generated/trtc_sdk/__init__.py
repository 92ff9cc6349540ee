"""trtc_sdk: typed client for the Tencent RTC and Tencent Cloud Chat server REST APIs.

    from trtc_sdk import Client
    client = Client(sdkappid=1400000000, secret_key="...", region="singapore")
    info = client.call.get_call_info(call_id="...")

Everything is imported on first use, so `import trtc_sdk` stays cheap: product models load when
their commands are first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module
from trtc_sdk._version import __version__ as __version__

if TYPE_CHECKING:
    from trtc_sdk import testing as testing
    from trtc_sdk import usersig as usersig
    from trtc_sdk._async_client import AsyncClient as AsyncClient
    from trtc_sdk._client import Client as Client
    from trtc_sdk._core.batch import BatchProgress as BatchProgress
    from trtc_sdk._core.batch import BatchResult as BatchResult
    from trtc_sdk._core.client import RequestOptions as RequestOptions
    from trtc_sdk._core.errors import (
        APIError as APIError,
    )
    from trtc_sdk._core.errors import (
        AuthenticationError as AuthenticationError,
    )
    from trtc_sdk._core.errors import (
        ConfigurationError as ConfigurationError,
    )
    from trtc_sdk._core.errors import (
        ConflictError as ConflictError,
    )
    from trtc_sdk._core.errors import (
        InvalidRequestError as InvalidRequestError,
    )
    from trtc_sdk._core.errors import (
        ModelValidationError as ModelValidationError,
    )
    from trtc_sdk._core.errors import (
        NotFoundError as NotFoundError,
    )
    from trtc_sdk._core.errors import (
        PermissionDeniedError as PermissionDeniedError,
    )
    from trtc_sdk._core.errors import (
        RateLimitError as RateLimitError,
    )
    from trtc_sdk._core.errors import (
        RequestValidationError as RequestValidationError,
    )
    from trtc_sdk._core.errors import (
        ResponseTooLargeError as ResponseTooLargeError,
    )
    from trtc_sdk._core.errors import (
        ServerError as ServerError,
    )
    from trtc_sdk._core.errors import (
        TimeoutError as TimeoutError,
    )
    from trtc_sdk._core.errors import (
        TransportError as TransportError,
    )
    from trtc_sdk._core.errors import (
        TRTCError as TRTCError,
    )
    from trtc_sdk._core.errors import (
        UnexpectedResponseError as UnexpectedResponseError,
    )
    from trtc_sdk._core.hooks import AttemptEvent as AttemptEvent
    from trtc_sdk._core.hooks import Hook as Hook
    from trtc_sdk._core.models import Mismatch as Mismatch
    from trtc_sdk._core.models import RawResponse as RawResponse
    from trtc_sdk._core.ratelimit import LocalRateLimiter as LocalRateLimiter
    from trtc_sdk._core.ratelimit import RateLimiter as RateLimiter
    from trtc_sdk._core.ratelimit import RedisRateLimiter as RedisRateLimiter
    from trtc_sdk._core.registry import ErrorSpec as ErrorSpec
    from trtc_sdk._core.registry import Operation as Operation
    from trtc_sdk._core.registry import Paging as Paging
    from trtc_sdk._core.results import FailedItem as FailedItem
    from trtc_sdk._core.results import failed_items as failed_items
    from trtc_sdk._registry import OPERATIONS as OPERATIONS

_ERRORS = "trtc_sdk._core.errors"
_EXPORTS = {
    "Client": "trtc_sdk._client",
    "AsyncClient": "trtc_sdk._async_client",
    "OPERATIONS": "trtc_sdk._registry",
    "RequestOptions": "trtc_sdk._core.client",
    "Mismatch": "trtc_sdk._core.models",
    "RawResponse": "trtc_sdk._core.models",
    "BatchResult": "trtc_sdk._core.batch",
    "BatchProgress": "trtc_sdk._core.batch",
    "AttemptEvent": "trtc_sdk._core.hooks",
    "Hook": "trtc_sdk._core.hooks",
    "RateLimiter": "trtc_sdk._core.ratelimit",
    "LocalRateLimiter": "trtc_sdk._core.ratelimit",
    "RedisRateLimiter": "trtc_sdk._core.ratelimit",
    "Operation": "trtc_sdk._core.registry",
    "ErrorSpec": "trtc_sdk._core.registry",
    "Paging": "trtc_sdk._core.registry",
    "FailedItem": "trtc_sdk._core.results",
    "failed_items": "trtc_sdk._core.results",
    "usersig": "trtc_sdk.usersig",
    "testing": "trtc_sdk.testing",
    **dict.fromkeys(
        [
            "TRTCError",
            "APIError",
            "AuthenticationError",
            "ConfigurationError",
            "ConflictError",
            "InvalidRequestError",
            "ModelValidationError",
            "NotFoundError",
            "PermissionDeniedError",
            "RateLimitError",
            "RequestValidationError",
            "ResponseTooLargeError",
            "ServerError",
            "TimeoutError",
            "TransportError",
            "UnexpectedResponseError",
        ],
        _ERRORS,
    ),
}
__all__ = sorted([*_EXPORTS, "__version__"])
# `dir(trtc_sdk)` lists only the public names (what users and IDEs browse).
__getattr__, __dir__ = lazy_module(__name__, _EXPORTS, __all__)
