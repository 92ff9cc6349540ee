# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit
"""Live (TUILiveKit), `live_config`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.live._enums.live_callback_command import (
        LiveCallbackCommand,
    )
    from trtc_sdk.models.live.live_config.delete_callback import (
        DeleteCallbackRequest,
        DeleteCallbackResponse,
    )
    from trtc_sdk.models.live.live_config.delete_callback_token import (
        DeleteCallbackTokenRequest,
        DeleteCallbackTokenResponse,
    )
    from trtc_sdk.models.live.live_config.get_callback import (
        GetCallbackRequest,
        GetCallbackResponse,
    )
    from trtc_sdk.models.live.live_config.get_callback_token import (
        GetCallbackTokenRequest,
        GetCallbackTokenResponse,
    )
    from trtc_sdk.models.live.live_config.set_callback import (
        SetCallbackRequest,
        SetCallbackResponse,
    )
    from trtc_sdk.models.live.live_config.set_callback_token import (
        SetCallbackTokenRequest,
        SetCallbackTokenResponse,
    )
    from trtc_sdk.models.live.live_config.update_callback import (
        UpdateCallbackRequest,
        UpdateCallbackResponse,
    )

__all__ = [
    "AsyncLiveConfigService",
    "LiveConfigService",
]


class LiveConfigService(SyncService):
    """Webhook configuration for Live events. (`live_config`)"""

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
            LiveCallbackCommand
            | Literal[
                "Live.CallbackAfterCreateRoom",
                "Live.CallbackAfterDestroyRoom",
                "Live.CallbackAfterUpdateRoomInfo",
                "Live.CallbackAfterSetMetadata",
                "Live.CallbackAfterDelMetadata",
                "Live.CallbackAfterMemberStateChanged",
                "Live.CallbackAfterChangeOwner",
                "Live.CallbackAfterModifyAdmin",
                "Mic.CallbackAfterSeatInfoChanged",
                "Live.CallbackAfterCreateBattle",
                "Live.CallbackAfterStartBattle",
                "Live.CallbackAfterEndBattle",
                "Live.CallbackBeforeSendGift",
                "Live.CallbackBeforeCallBackNotBlock",
            ]
            | str
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
            LiveCallbackCommand
            | Literal[
                "Live.CallbackAfterCreateRoom",
                "Live.CallbackAfterDestroyRoom",
                "Live.CallbackAfterUpdateRoomInfo",
                "Live.CallbackAfterSetMetadata",
                "Live.CallbackAfterDelMetadata",
                "Live.CallbackAfterMemberStateChanged",
                "Live.CallbackAfterChangeOwner",
                "Live.CallbackAfterModifyAdmin",
                "Mic.CallbackAfterSeatInfoChanged",
                "Live.CallbackAfterCreateBattle",
                "Live.CallbackAfterStartBattle",
                "Live.CallbackAfterEndBattle",
                "Live.CallbackBeforeSendGift",
                "Live.CallbackBeforeCallBackNotBlock",
            ]
            | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetCallbackResponse:
        """Create the webhook configuration.

        Creates the webhook URL and the Live events delivered to it; fails if a configuration exists.

        `POST /v4/live_config/set_callback` - https://trtc.io/document/64420
        Idempotent: no (Only creates: a resend after an ambiguous success answers 100300 (configuration exists), reporting a conflict for a call that worked, so it is not repeated automatically; update_callback overwrites.
        )
        Rate limit: 200 requests/s.

        Args:
            url: Webhook endpoint; https is advised.
            callback_command_list: Events to deliver.
        """
        return cast(
            "SetCallbackResponse",
            self._client._call(
                "live_config/set_callback",
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

    @overload
    def update_callback(
        self,
        request: UpdateCallbackRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateCallbackResponse: ...

    @overload
    def update_callback(
        self,
        *,
        url: str,
        callback_command_list: Sequence[
            LiveCallbackCommand
            | Literal[
                "Live.CallbackAfterCreateRoom",
                "Live.CallbackAfterDestroyRoom",
                "Live.CallbackAfterUpdateRoomInfo",
                "Live.CallbackAfterSetMetadata",
                "Live.CallbackAfterDelMetadata",
                "Live.CallbackAfterMemberStateChanged",
                "Live.CallbackAfterChangeOwner",
                "Live.CallbackAfterModifyAdmin",
                "Mic.CallbackAfterSeatInfoChanged",
                "Live.CallbackAfterCreateBattle",
                "Live.CallbackAfterStartBattle",
                "Live.CallbackAfterEndBattle",
                "Live.CallbackBeforeSendGift",
                "Live.CallbackBeforeCallBackNotBlock",
            ]
            | str
        ],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateCallbackResponse: ...

    def update_callback(
        self,
        request: UpdateCallbackRequest | None = None,
        *,
        url: str | None = None,
        callback_command_list: Sequence[
            LiveCallbackCommand
            | Literal[
                "Live.CallbackAfterCreateRoom",
                "Live.CallbackAfterDestroyRoom",
                "Live.CallbackAfterUpdateRoomInfo",
                "Live.CallbackAfterSetMetadata",
                "Live.CallbackAfterDelMetadata",
                "Live.CallbackAfterMemberStateChanged",
                "Live.CallbackAfterChangeOwner",
                "Live.CallbackAfterModifyAdmin",
                "Mic.CallbackAfterSeatInfoChanged",
                "Live.CallbackAfterCreateBattle",
                "Live.CallbackAfterStartBattle",
                "Live.CallbackAfterEndBattle",
                "Live.CallbackBeforeSendGift",
                "Live.CallbackBeforeCallBackNotBlock",
            ]
            | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UpdateCallbackResponse:
        """Change the webhook configuration.

        Replaces the webhook URL and the Live events delivered to it.

        `POST /v4/live_config/update_callback` - https://trtc.io/document/64419
        Idempotent: yes (The configuration is overwritten with the same value.)
        Rate limit: 200 requests/s.

        Args:
            url: Webhook endpoint; https is advised.
            callback_command_list: Events to deliver.
        """
        return cast(
            "UpdateCallbackResponse",
            self._client._call(
                "live_config/update_callback",
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

        Returns the webhook URL and the subscribed Live events.

        `POST /v4/live_config/get_callback` - https://trtc.io/document/64418
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetCallbackResponse",
            self._client._call(
                "live_config/get_callback",
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

        Removes the webhook configuration; no more Live events are delivered.

        `POST /v4/live_config/delete_callback` - https://trtc.io/document/64421
        Idempotent: yes (Deleting twice leaves no configuration either way.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "DeleteCallbackResponse",
            self._client._call(
                "live_config/delete_callback",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def set_callback_token(
        self,
        request: SetCallbackTokenRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetCallbackTokenResponse: ...

    @overload
    def set_callback_token(
        self,
        *,
        token: str | None = None,
        is_token_enable: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetCallbackTokenResponse: ...

    def set_callback_token(
        self,
        request: SetCallbackTokenRequest | None = None,
        *,
        token: str | None = None,
        is_token_enable: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetCallbackTokenResponse:
        """Set the webhook authentication token.

        Creates or changes the token that signs webhook requests and switches webhook authentication on
        or off.

        `POST /v4/live_config/set_callback_token` - https://trtc.io/document/69528
        Idempotent: yes (The token setting is overwritten with the same value.)
        Rate limit: 200 requests/s.

        Args:
            token: Token value; required when no token exists yet. A credential, never logged.
            is_token_enable: Whether webhook authentication is on; required when no token exists yet.
        """
        return cast(
            "SetCallbackTokenResponse",
            self._client._call(
                "live_config/set_callback_token",
                request,
                {
                    **unknown_fields,
                    "token": token,
                    "is_token_enable": is_token_enable,
                },
                extra_body,
                request_options,
            ),
        )

    def get_callback_token(
        self,
        request: GetCallbackTokenRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetCallbackTokenResponse:
        """Get the webhook authentication token.

        Returns the webhook authentication token and whether authentication is on.

        `POST /v4/live_config/get_callback_token` - https://trtc.io/document/69529
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetCallbackTokenResponse",
            self._client._call(
                "live_config/get_callback_token",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    def delete_callback_token(
        self,
        request: DeleteCallbackTokenRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteCallbackTokenResponse:
        """Delete the webhook authentication token.

        Removes the webhook authentication token configuration.

        `POST /v4/live_config/delete_callback_token` - https://www.tencentcloud.com/document/product/1071/78182
        Idempotent: yes (Deleting twice leaves no token either way.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "DeleteCallbackTokenResponse",
            self._client._call(
                "live_config/delete_callback_token",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncLiveConfigService(AsyncService):
    """Webhook configuration for Live events. (`live_config`)"""

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
            LiveCallbackCommand
            | Literal[
                "Live.CallbackAfterCreateRoom",
                "Live.CallbackAfterDestroyRoom",
                "Live.CallbackAfterUpdateRoomInfo",
                "Live.CallbackAfterSetMetadata",
                "Live.CallbackAfterDelMetadata",
                "Live.CallbackAfterMemberStateChanged",
                "Live.CallbackAfterChangeOwner",
                "Live.CallbackAfterModifyAdmin",
                "Mic.CallbackAfterSeatInfoChanged",
                "Live.CallbackAfterCreateBattle",
                "Live.CallbackAfterStartBattle",
                "Live.CallbackAfterEndBattle",
                "Live.CallbackBeforeSendGift",
                "Live.CallbackBeforeCallBackNotBlock",
            ]
            | str
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
            LiveCallbackCommand
            | Literal[
                "Live.CallbackAfterCreateRoom",
                "Live.CallbackAfterDestroyRoom",
                "Live.CallbackAfterUpdateRoomInfo",
                "Live.CallbackAfterSetMetadata",
                "Live.CallbackAfterDelMetadata",
                "Live.CallbackAfterMemberStateChanged",
                "Live.CallbackAfterChangeOwner",
                "Live.CallbackAfterModifyAdmin",
                "Mic.CallbackAfterSeatInfoChanged",
                "Live.CallbackAfterCreateBattle",
                "Live.CallbackAfterStartBattle",
                "Live.CallbackAfterEndBattle",
                "Live.CallbackBeforeSendGift",
                "Live.CallbackBeforeCallBackNotBlock",
            ]
            | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetCallbackResponse:
        """Create the webhook configuration.

        Creates the webhook URL and the Live events delivered to it; fails if a configuration exists.

        `POST /v4/live_config/set_callback` - https://trtc.io/document/64420
        Idempotent: no (Only creates: a resend after an ambiguous success answers 100300 (configuration exists), reporting a conflict for a call that worked, so it is not repeated automatically; update_callback overwrites.
        )
        Rate limit: 200 requests/s.

        Args:
            url: Webhook endpoint; https is advised.
            callback_command_list: Events to deliver.
        """
        return cast(
            "SetCallbackResponse",
            await self._client._call(
                "live_config/set_callback",
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

    @overload
    async def update_callback(
        self,
        request: UpdateCallbackRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateCallbackResponse: ...

    @overload
    async def update_callback(
        self,
        *,
        url: str,
        callback_command_list: Sequence[
            LiveCallbackCommand
            | Literal[
                "Live.CallbackAfterCreateRoom",
                "Live.CallbackAfterDestroyRoom",
                "Live.CallbackAfterUpdateRoomInfo",
                "Live.CallbackAfterSetMetadata",
                "Live.CallbackAfterDelMetadata",
                "Live.CallbackAfterMemberStateChanged",
                "Live.CallbackAfterChangeOwner",
                "Live.CallbackAfterModifyAdmin",
                "Mic.CallbackAfterSeatInfoChanged",
                "Live.CallbackAfterCreateBattle",
                "Live.CallbackAfterStartBattle",
                "Live.CallbackAfterEndBattle",
                "Live.CallbackBeforeSendGift",
                "Live.CallbackBeforeCallBackNotBlock",
            ]
            | str
        ],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateCallbackResponse: ...

    async def update_callback(
        self,
        request: UpdateCallbackRequest | None = None,
        *,
        url: str | None = None,
        callback_command_list: Sequence[
            LiveCallbackCommand
            | Literal[
                "Live.CallbackAfterCreateRoom",
                "Live.CallbackAfterDestroyRoom",
                "Live.CallbackAfterUpdateRoomInfo",
                "Live.CallbackAfterSetMetadata",
                "Live.CallbackAfterDelMetadata",
                "Live.CallbackAfterMemberStateChanged",
                "Live.CallbackAfterChangeOwner",
                "Live.CallbackAfterModifyAdmin",
                "Mic.CallbackAfterSeatInfoChanged",
                "Live.CallbackAfterCreateBattle",
                "Live.CallbackAfterStartBattle",
                "Live.CallbackAfterEndBattle",
                "Live.CallbackBeforeSendGift",
                "Live.CallbackBeforeCallBackNotBlock",
            ]
            | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UpdateCallbackResponse:
        """Change the webhook configuration.

        Replaces the webhook URL and the Live events delivered to it.

        `POST /v4/live_config/update_callback` - https://trtc.io/document/64419
        Idempotent: yes (The configuration is overwritten with the same value.)
        Rate limit: 200 requests/s.

        Args:
            url: Webhook endpoint; https is advised.
            callback_command_list: Events to deliver.
        """
        return cast(
            "UpdateCallbackResponse",
            await self._client._call(
                "live_config/update_callback",
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

        Returns the webhook URL and the subscribed Live events.

        `POST /v4/live_config/get_callback` - https://trtc.io/document/64418
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetCallbackResponse",
            await self._client._call(
                "live_config/get_callback",
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

        Removes the webhook configuration; no more Live events are delivered.

        `POST /v4/live_config/delete_callback` - https://trtc.io/document/64421
        Idempotent: yes (Deleting twice leaves no configuration either way.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "DeleteCallbackResponse",
            await self._client._call(
                "live_config/delete_callback",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def set_callback_token(
        self,
        request: SetCallbackTokenRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetCallbackTokenResponse: ...

    @overload
    async def set_callback_token(
        self,
        *,
        token: str | None = None,
        is_token_enable: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetCallbackTokenResponse: ...

    async def set_callback_token(
        self,
        request: SetCallbackTokenRequest | None = None,
        *,
        token: str | None = None,
        is_token_enable: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetCallbackTokenResponse:
        """Set the webhook authentication token.

        Creates or changes the token that signs webhook requests and switches webhook authentication on
        or off.

        `POST /v4/live_config/set_callback_token` - https://trtc.io/document/69528
        Idempotent: yes (The token setting is overwritten with the same value.)
        Rate limit: 200 requests/s.

        Args:
            token: Token value; required when no token exists yet. A credential, never logged.
            is_token_enable: Whether webhook authentication is on; required when no token exists yet.
        """
        return cast(
            "SetCallbackTokenResponse",
            await self._client._call(
                "live_config/set_callback_token",
                request,
                {
                    **unknown_fields,
                    "token": token,
                    "is_token_enable": is_token_enable,
                },
                extra_body,
                request_options,
            ),
        )

    async def get_callback_token(
        self,
        request: GetCallbackTokenRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetCallbackTokenResponse:
        """Get the webhook authentication token.

        Returns the webhook authentication token and whether authentication is on.

        `POST /v4/live_config/get_callback_token` - https://trtc.io/document/69529
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetCallbackTokenResponse",
            await self._client._call(
                "live_config/get_callback_token",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    async def delete_callback_token(
        self,
        request: DeleteCallbackTokenRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteCallbackTokenResponse:
        """Delete the webhook authentication token.

        Removes the webhook authentication token configuration.

        `POST /v4/live_config/delete_callback_token` - https://www.tencentcloud.com/document/product/1071/78182
        Idempotent: yes (Deleting twice leaves no token either way.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "DeleteCallbackTokenResponse",
            await self._client._call(
                "live_config/delete_callback_token",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )
