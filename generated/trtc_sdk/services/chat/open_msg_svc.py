# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `open_msg_svc`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.chat._enums.history_chat_type import (
        HistoryChatType,
    )
    from trtc_sdk.models.chat.open_msg_svc.get_history import (
        GetHistoryRequest,
        GetHistoryResponse,
    )

__all__ = [
    "AsyncChatHistoryService",
    "ChatHistoryService",
]


class ChatHistoryService(SyncService):
    """Hourly archive files of all one-to-one or all group messages of the app. (`open_msg_svc`)"""

    __slots__ = ()

    @overload
    def get_history(
        self,
        request: GetHistoryRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetHistoryResponse: ...

    @overload
    def get_history(
        self,
        *,
        chat_type: HistoryChatType | Literal["C2C", "Group"],
        msg_time: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetHistoryResponse: ...

    def get_history(
        self,
        request: GetHistoryRequest | None = None,
        *,
        chat_type: HistoryChatType | Literal["C2C", "Group"] | None = None,
        msg_time: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetHistoryResponse:
        """Download message history files.

        Returns download links of the gzip files holding all one-to-one or all group messages of one
        hour within the last 7 days.

        `POST /v4/open_msg_svc/get_history` - https://trtc.io/document/34885
        Idempotent: yes (Read-only.)
        Rate limit: 10 requests/s.

        Args:
            chat_type: One-to-one or group messages.
            msg_time: The hour to fetch as YYYYMMDDHH (2015120121 is 21:00-21:59 on 1 December 2015); within
                the last 7 days.
        """
        return cast(
            "GetHistoryResponse",
            self._client._call(
                "open_msg_svc/get_history",
                request,
                {
                    **unknown_fields,
                    "chat_type": chat_type,
                    "msg_time": msg_time,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncChatHistoryService(AsyncService):
    """Hourly archive files of all one-to-one or all group messages of the app. (`open_msg_svc`)"""

    __slots__ = ()

    @overload
    async def get_history(
        self,
        request: GetHistoryRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetHistoryResponse: ...

    @overload
    async def get_history(
        self,
        *,
        chat_type: HistoryChatType | Literal["C2C", "Group"],
        msg_time: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetHistoryResponse: ...

    async def get_history(
        self,
        request: GetHistoryRequest | None = None,
        *,
        chat_type: HistoryChatType | Literal["C2C", "Group"] | None = None,
        msg_time: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetHistoryResponse:
        """Download message history files.

        Returns download links of the gzip files holding all one-to-one or all group messages of one
        hour within the last 7 days.

        `POST /v4/open_msg_svc/get_history` - https://trtc.io/document/34885
        Idempotent: yes (Read-only.)
        Rate limit: 10 requests/s.

        Args:
            chat_type: One-to-one or group messages.
            msg_time: The hour to fetch as YYYYMMDDHH (2015120121 is 21:00-21:59 on 1 December 2015); within
                the last 7 days.
        """
        return cast(
            "GetHistoryResponse",
            await self._client._call(
                "open_msg_svc/get_history",
                request,
                {
                    **unknown_fields,
                    "chat_type": chat_type,
                    "msg_time": msg_time,
                },
                extra_body,
                request_options,
            ),
        )
