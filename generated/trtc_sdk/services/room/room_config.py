# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit
"""Conference (TUIRoomKit), `room_config`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.room._enums.room_callback_command import (
        RoomCallbackCommand,
    )
    from trtc_sdk.models.room.room_config.delete_callback import (
        DeleteCallbackRequest,
        DeleteCallbackResponse,
    )
    from trtc_sdk.models.room.room_config.get_callback import (
        GetCallbackRequest,
        GetCallbackResponse,
    )
    from trtc_sdk.models.room.room_config.set_callback import (
        SetCallbackRequest,
        SetCallbackResponse,
    )
    from trtc_sdk.models.room.room_config.update_callback import (
        UpdateCallbackRequest,
        UpdateCallbackResponse,
    )

__all__ = [
    "AsyncRoomConfigService",
    "RoomConfigService",
]


class RoomConfigService(SyncService):
    """Webhook configuration for room and seat events. (`room_config`)"""

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
            RoomCallbackCommand
            | Literal[
                "Room.CallbackAfterCreateRoom",
                "Room.CallbackAfterDestroyRoom",
                "Room.CallbackAfterUpdateRoomInfo",
                "Room.CallbackAfterMemberEnter",
                "Room.CallbackAfterMemberLeave",
                "Mic.CallbackAfterSeatInfoChanged",
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
            RoomCallbackCommand
            | Literal[
                "Room.CallbackAfterCreateRoom",
                "Room.CallbackAfterDestroyRoom",
                "Room.CallbackAfterUpdateRoomInfo",
                "Room.CallbackAfterMemberEnter",
                "Room.CallbackAfterMemberLeave",
                "Mic.CallbackAfterSeatInfoChanged",
            ]
            | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetCallbackResponse:
        """Create the webhook configuration.

        Registers the webhook URL and the room and seat events delivered to it; an app has one
        configuration.

        `POST /v4/room_config/set_callback` - https://trtc.io/document/60729
        Idempotent: no (Only creates: once a configuration exists the server answers 100300, so a resend after an ambiguous success would report a conflict for a call that worked. Not repeated automatically; use update_callback to overwrite.
        )
        Rate limit: 200 requests/s.

        Args:
            url: Webhook endpoint; https is advised.
            callback_command_list: Events to deliver.
        """
        return cast(
            "SetCallbackResponse",
            self._client._call(
                "room_config/set_callback",
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
            RoomCallbackCommand
            | Literal[
                "Room.CallbackAfterCreateRoom",
                "Room.CallbackAfterDestroyRoom",
                "Room.CallbackAfterUpdateRoomInfo",
                "Room.CallbackAfterMemberEnter",
                "Room.CallbackAfterMemberLeave",
                "Mic.CallbackAfterSeatInfoChanged",
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
            RoomCallbackCommand
            | Literal[
                "Room.CallbackAfterCreateRoom",
                "Room.CallbackAfterDestroyRoom",
                "Room.CallbackAfterUpdateRoomInfo",
                "Room.CallbackAfterMemberEnter",
                "Room.CallbackAfterMemberLeave",
                "Mic.CallbackAfterSeatInfoChanged",
            ]
            | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UpdateCallbackResponse:
        """Update the webhook configuration.

        Replaces the URL and event list of the existing webhook configuration.

        `POST /v4/room_config/update_callback` - https://trtc.io/document/60728
        Idempotent: yes (The configuration is overwritten with the same value.)
        Rate limit: 200 requests/s.

        Args:
            url: New webhook endpoint; https is advised.
            callback_command_list: New list of events.
        """
        return cast(
            "UpdateCallbackResponse",
            self._client._call(
                "room_config/update_callback",
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

        Returns the webhook URL and the subscribed room and seat events.

        `POST /v4/room_config/get_callback` - https://trtc.io/document/60730
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetCallbackResponse",
            self._client._call(
                "room_config/get_callback",
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

        Removes the webhook configuration; no more room events are delivered.

        `POST /v4/room_config/delete_callback` - https://trtc.io/document/60727
        Idempotent: yes (Deleting twice leaves no configuration either way.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "DeleteCallbackResponse",
            self._client._call(
                "room_config/delete_callback",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncRoomConfigService(AsyncService):
    """Webhook configuration for room and seat events. (`room_config`)"""

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
            RoomCallbackCommand
            | Literal[
                "Room.CallbackAfterCreateRoom",
                "Room.CallbackAfterDestroyRoom",
                "Room.CallbackAfterUpdateRoomInfo",
                "Room.CallbackAfterMemberEnter",
                "Room.CallbackAfterMemberLeave",
                "Mic.CallbackAfterSeatInfoChanged",
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
            RoomCallbackCommand
            | Literal[
                "Room.CallbackAfterCreateRoom",
                "Room.CallbackAfterDestroyRoom",
                "Room.CallbackAfterUpdateRoomInfo",
                "Room.CallbackAfterMemberEnter",
                "Room.CallbackAfterMemberLeave",
                "Mic.CallbackAfterSeatInfoChanged",
            ]
            | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetCallbackResponse:
        """Create the webhook configuration.

        Registers the webhook URL and the room and seat events delivered to it; an app has one
        configuration.

        `POST /v4/room_config/set_callback` - https://trtc.io/document/60729
        Idempotent: no (Only creates: once a configuration exists the server answers 100300, so a resend after an ambiguous success would report a conflict for a call that worked. Not repeated automatically; use update_callback to overwrite.
        )
        Rate limit: 200 requests/s.

        Args:
            url: Webhook endpoint; https is advised.
            callback_command_list: Events to deliver.
        """
        return cast(
            "SetCallbackResponse",
            await self._client._call(
                "room_config/set_callback",
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
            RoomCallbackCommand
            | Literal[
                "Room.CallbackAfterCreateRoom",
                "Room.CallbackAfterDestroyRoom",
                "Room.CallbackAfterUpdateRoomInfo",
                "Room.CallbackAfterMemberEnter",
                "Room.CallbackAfterMemberLeave",
                "Mic.CallbackAfterSeatInfoChanged",
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
            RoomCallbackCommand
            | Literal[
                "Room.CallbackAfterCreateRoom",
                "Room.CallbackAfterDestroyRoom",
                "Room.CallbackAfterUpdateRoomInfo",
                "Room.CallbackAfterMemberEnter",
                "Room.CallbackAfterMemberLeave",
                "Mic.CallbackAfterSeatInfoChanged",
            ]
            | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UpdateCallbackResponse:
        """Update the webhook configuration.

        Replaces the URL and event list of the existing webhook configuration.

        `POST /v4/room_config/update_callback` - https://trtc.io/document/60728
        Idempotent: yes (The configuration is overwritten with the same value.)
        Rate limit: 200 requests/s.

        Args:
            url: New webhook endpoint; https is advised.
            callback_command_list: New list of events.
        """
        return cast(
            "UpdateCallbackResponse",
            await self._client._call(
                "room_config/update_callback",
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

        Returns the webhook URL and the subscribed room and seat events.

        `POST /v4/room_config/get_callback` - https://trtc.io/document/60730
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetCallbackResponse",
            await self._client._call(
                "room_config/get_callback",
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

        Removes the webhook configuration; no more room events are delivered.

        `POST /v4/room_config/delete_callback` - https://trtc.io/document/60727
        Idempotent: yes (Deleting twice leaves no configuration either way.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "DeleteCallbackResponse",
            await self._client._call(
                "room_config/delete_callback",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )
