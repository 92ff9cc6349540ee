"""Base classes of the generated namespaces (client.call, client.room, ...).

Generated methods are one statement: they name the command and hand the arguments to the client,
which owns the single request path. They import no model at run time (only for type checkers), so
touching a namespace loads nothing but its method definitions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trtc_sdk._core.async_client import AsyncAPIClient
    from trtc_sdk._core.client import SyncAPIClient


class SyncService:
    __slots__ = ("_client",)

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class AsyncService:
    __slots__ = ("_client",)

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"
