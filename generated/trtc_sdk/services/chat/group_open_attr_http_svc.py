# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `group_open_attr_http_svc`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.chat.group_open_attr_http_svc.get_group_attr import (
        GetGroupAttrRequest,
        GetGroupAttrResponse,
    )

__all__ = [
    "AsyncGroupAttributeService",
    "GroupAttributeService",
]


class GroupAttributeService(SyncService):
    """Reading the custom key-value attributes of a group. (`group_open_attr_http_svc`)"""

    __slots__ = ()

    @overload
    def get_group_attr(
        self,
        request: GetGroupAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupAttrResponse: ...

    @overload
    def get_group_attr(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupAttrResponse: ...

    def get_group_attr(
        self,
        request: GetGroupAttrRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupAttrResponse:
        """Get group custom attributes.

        Returns every custom attribute (key and value) of a group.

        `POST /v4/group_open_attr_http_svc/get_group_attr` - https://www.tencentcloud.com/document/product/1047/44187
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, AVChatRoom, Community.

        Args:
            group_id: The group to read.
        """
        return cast(
            "GetGroupAttrResponse",
            self._client._call(
                "group_open_attr_http_svc/get_group_attr",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncGroupAttributeService(AsyncService):
    """Reading the custom key-value attributes of a group. (`group_open_attr_http_svc`)"""

    __slots__ = ()

    @overload
    async def get_group_attr(
        self,
        request: GetGroupAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupAttrResponse: ...

    @overload
    async def get_group_attr(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupAttrResponse: ...

    async def get_group_attr(
        self,
        request: GetGroupAttrRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupAttrResponse:
        """Get group custom attributes.

        Returns every custom attribute (key and value) of a group.

        `POST /v4/group_open_attr_http_svc/get_group_attr` - https://www.tencentcloud.com/document/product/1047/44187
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, AVChatRoom, Community.

        Args:
            group_id: The group to read.
        """
        return cast(
            "GetGroupAttrResponse",
            await self._client._call(
                "group_open_attr_http_svc/get_group_attr",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                },
                extra_body,
                request_options,
            ),
        )
