# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit
"""Call (TUICallKit), `call_config`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.call._enums.callback_command import (
        CallbackCommand,
    )
    from trtc_sdk.models.call.call_config.delete_callback import (
        DeleteCallbackRequest,
        DeleteCallbackResponse,
    )
    from trtc_sdk.models.call.call_config.get_callback import (
        GetCallbackRequest,
        GetCallbackResponse,
    )
    from trtc_sdk.models.call.call_config.set_callback import (
        SetCallbackRequest,
        SetCallbackResponse,
    )

__all__ = [
    "AsyncCallConfigService",
    "CallConfigService",
]


class CallConfigService(SyncService):
    """Webhook configuration for call events. (`call_config`)"""

    __slots__ = ()

    @overload
    def set_callback(
        self,
        request: SetCallbackRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetCallbackResponse: ...

    @overload
    def set_callback(
        self,
        *,
        url: str,
        callback_command_list: Sequence[
            CallbackCommand
            | Literal["Call.CallbackAfterStartCall", "Call.CallbackAfterEndCall", "Call.CallbackAfterMemberChanged"]
        ],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetCallbackResponse: ...

    def set_callback(
        self,
        request: SetCallbackRequest | None = None,
        *,
        url: str | None = None,
        callback_command_list: Sequence[
            CallbackCommand
            | Literal["Call.CallbackAfterStartCall", "Call.CallbackAfterEndCall", "Call.CallbackAfterMemberChanged"]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetCallbackResponse:
        """Set the webhook configuration.

        Sets the webhook URL and the call events delivered to it, replacing any previous configuration.

        `POST /v4/call_config/set_callback` - https://trtc.io/document/68938
        Idempotent: yes (The configuration is overwritten with the same value.)
        Rate limit: 200 requests/s.

        Args:
            url: Webhook endpoint; https is advised.
            callback_command_list: Events to deliver.
        """
        return cast(
            "SetCallbackResponse",
            self._client._call(
                "call_config/set_callback",
                request,
                {
                    **unknown_fields,
                    "url": url,
                    "callback_command_list": callback_command_list,
                },
                extra_body,
                request_options,
            ),
        )

    def get_callback(
        self,
        request: GetCallbackRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetCallbackResponse:
        """Get the webhook configuration.

        Returns the webhook URL and subscribed call events.

        `POST /v4/call_config/get_callback` - https://trtc.io/document/68937
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetCallbackResponse",
            self._client._call(
                "call_config/get_callback",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    def delete_callback(
        self,
        request: DeleteCallbackRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteCallbackResponse:
        """Delete the webhook configuration.

        Removes the webhook configuration; no more call events are delivered.

        `POST /v4/call_config/delete_callback` - https://trtc.io/document/68939
        Idempotent: yes (Deleting twice leaves no configuration either way.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "DeleteCallbackResponse",
            self._client._call(
                "call_config/delete_callback",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncCallConfigService(AsyncService):
    """Webhook configuration for call events. (`call_config`)"""

    __slots__ = ()

    @overload
    async def set_callback(
        self,
        request: SetCallbackRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetCallbackResponse: ...

    @overload
    async def set_callback(
        self,
        *,
        url: str,
        callback_command_list: Sequence[
            CallbackCommand
            | Literal["Call.CallbackAfterStartCall", "Call.CallbackAfterEndCall", "Call.CallbackAfterMemberChanged"]
        ],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetCallbackResponse: ...

    async def set_callback(
        self,
        request: SetCallbackRequest | None = None,
        *,
        url: str | None = None,
        callback_command_list: Sequence[
            CallbackCommand
            | Literal["Call.CallbackAfterStartCall", "Call.CallbackAfterEndCall", "Call.CallbackAfterMemberChanged"]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetCallbackResponse:
        """Set the webhook configuration.

        Sets the webhook URL and the call events delivered to it, replacing any previous configuration.

        `POST /v4/call_config/set_callback` - https://trtc.io/document/68938
        Idempotent: yes (The configuration is overwritten with the same value.)
        Rate limit: 200 requests/s.

        Args:
            url: Webhook endpoint; https is advised.
            callback_command_list: Events to deliver.
        """
        return cast(
            "SetCallbackResponse",
            await self._client._call(
                "call_config/set_callback",
                request,
                {
                    **unknown_fields,
                    "url": url,
                    "callback_command_list": callback_command_list,
                },
                extra_body,
                request_options,
            ),
        )

    async def get_callback(
        self,
        request: GetCallbackRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetCallbackResponse:
        """Get the webhook configuration.

        Returns the webhook URL and subscribed call events.

        `POST /v4/call_config/get_callback` - https://trtc.io/document/68937
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetCallbackResponse",
            await self._client._call(
                "call_config/get_callback",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    async def delete_callback(
        self,
        request: DeleteCallbackRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteCallbackResponse:
        """Delete the webhook configuration.

        Removes the webhook configuration; no more call events are delivered.

        `POST /v4/call_config/delete_callback` - https://trtc.io/document/68939
        Idempotent: yes (Deleting twice leaves no configuration either way.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "DeleteCallbackResponse",
            await self._client._call(
                "call_config/delete_callback",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )
