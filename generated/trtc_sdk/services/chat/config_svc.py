# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `ConfigSvc`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.chat.config_svc.get_ip_list import (
        GetIpListRequest,
        GetIpListResponse,
    )

__all__ = [
    "AsyncChatNetworkService",
    "ChatNetworkService",
]


class ChatNetworkService(SyncService):
    """The IP addresses and ranges of Chat servers and webhook senders, for firewall allow lists. (`ConfigSvc`)"""

    __slots__ = ()

    def get_ip_list(
        self,
        request: GetIpListRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetIpListResponse:
        """Get server IP addresses.

        Returns the IP addresses or ranges that Chat SDKs connect to and that Chat webhooks come from.

        `POST /v4/ConfigSvc/GetIPList` - https://trtc.io/document/36742
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetIpListResponse",
            self._client._call(
                "ConfigSvc/GetIPList",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncChatNetworkService(AsyncService):
    """The IP addresses and ranges of Chat servers and webhook senders, for firewall allow lists. (`ConfigSvc`)"""

    __slots__ = ()

    async def get_ip_list(
        self,
        request: GetIpListRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetIpListResponse:
        """Get server IP addresses.

        Returns the IP addresses or ranges that Chat SDKs connect to and that Chat webhooks come from.

        `POST /v4/ConfigSvc/GetIPList` - https://trtc.io/document/36742
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetIpListResponse",
            await self._client._call(
                "ConfigSvc/GetIPList",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )
