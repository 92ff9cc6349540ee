"""Base classes of the generated namespaces (client.call, client.room, ...).

Generated methods are one statement: they name the command, its request and response models, and
hand the arguments to the client, which owns the single request path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trtc_sdk._runtime.client import AsyncClientBase, SyncClient


class SyncService:
    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class AsyncService:
    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"
