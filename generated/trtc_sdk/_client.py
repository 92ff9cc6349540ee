# generated from spec/*.yaml by `python -m codegen generate` - do not edit
"""Client and AsyncClient: one attribute per namespace of the spec, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trtc_sdk._runtime.client import AsyncClientBase, SyncClient

if TYPE_CHECKING:
    from typing_extensions import Self

    from trtc_sdk.services.call import (
        AsyncCallConfigService,
        AsyncCallRecordService,
        AsyncCallService,
        CallConfigService,
        CallRecordService,
        CallService,
    )
    from trtc_sdk.services.live import (
        AsyncLiveConfigService,
        AsyncLivePkService,
        AsyncLiveService,
        LiveConfigService,
        LivePkService,
        LiveService,
    )
    from trtc_sdk.services.room import (
        AsyncRoomConfigService,
        AsyncRoomService,
        RoomConfigService,
        RoomService,
    )
    from trtc_sdk.services.seat import (
        AsyncRoomSeatService,
        RoomSeatService,
    )


class Client(SyncClient):
    """Client for Tencent RTC and Chat server REST APIs.

    Client(sdkappid, secret_key, identifier="administrator", region="china", base_url=None,
    timeout=10.0, max_retries=2, session=None, *, usersig_ttl=86400,
    backoff_initial=0.5, backoff_max=8.0, ca_bundle=None, dangerously_skip_tls_verify=False)

    One namespace per servicename of the spec; each holds one typed method per command.
    """

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """Build from TRTC_SDKAPPID, TRTC_SECRET_KEY, TRTC_IDENTIFIER, TRTC_REGION, TRTC_BASE_URL."""
        return cls(**cls.env_settings(**overrides))

    def with_options(self, *, timeout: float | None = None, max_retries: int | None = None) -> Self:
        """A copy with other per-call settings, sharing this client's connections and UserSig."""
        return self._copy_with(timeout, max_retries)  # type: ignore[no-any-return]

    def __enter__(self) -> Self:
        return self

    @property
    def call(self) -> CallService:
        """Running calls. (`call_engine_http_srv`, Call (TUICallKit))"""
        from trtc_sdk.services.call import CallService

        return self._service(CallService)

    @property
    def call_record(self) -> CallRecordService:
        """Records of finished calls. (`call_record_http_srv`, Call (TUICallKit))"""
        from trtc_sdk.services.call import CallRecordService

        return self._service(CallRecordService)

    @property
    def call_config(self) -> CallConfigService:
        """Webhook configuration for call events. (`call_config`, Call (TUICallKit))"""
        from trtc_sdk.services.call import CallConfigService

        return self._service(CallConfigService)

    @property
    def live(self) -> LiveService:
        """Live rooms, their members, messages, robots and the gift system. (`live_engine_http_srv`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import LiveService

        return self._service(LiveService)

    @property
    def live_pk(self) -> LivePkService:
        """PK battles between connected live rooms. (`live_engine_http_pk`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import LivePkService

        return self._service(LivePkService)

    @property
    def live_config(self) -> LiveConfigService:
        """Webhook configuration for Live events. (`live_config`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import LiveConfigService

        return self._service(LiveConfigService)

    @property
    def room(self) -> RoomService:
        """Conference rooms and their members. (`room_engine_http_srv`, Conference (TUIRoomKit))"""
        from trtc_sdk.services.room import RoomService

        return self._service(RoomService)

    @property
    def room_config(self) -> RoomConfigService:
        """Webhook configuration for room and seat events. (`room_config`, Conference (TUIRoomKit))"""
        from trtc_sdk.services.room import RoomConfigService

        return self._service(RoomConfigService)

    @property
    def room_seat(self) -> RoomSeatService:
        """Seats (mic positions) of Conference and Live rooms. (`room_engine_http_mic`, Seats (shared by Conference and Live))"""
        from trtc_sdk.services.seat import RoomSeatService

        return self._service(RoomSeatService)


class AsyncClient(AsyncClientBase):
    """asyncio client for Tencent RTC and Chat server REST APIs.

    AsyncClient(sdkappid, secret_key, identifier="administrator", region="china", base_url=None,
    timeout=10.0, max_retries=2, http_client=None, *, usersig_ttl=86400,
    backoff_initial=0.5, backoff_max=8.0, ca_bundle=None, dangerously_skip_tls_verify=False)

    One namespace per servicename of the spec; each holds one typed method per command.
    """

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """Build from TRTC_SDKAPPID, TRTC_SECRET_KEY, TRTC_IDENTIFIER, TRTC_REGION, TRTC_BASE_URL."""
        return cls(**cls.env_settings(**overrides))

    def with_options(self, *, timeout: float | None = None, max_retries: int | None = None) -> Self:
        """A copy with other per-call settings, sharing this client's connections and UserSig."""
        return self._copy_with(timeout, max_retries)  # type: ignore[no-any-return]

    async def __aenter__(self) -> Self:
        return self

    @property
    def call(self) -> AsyncCallService:
        """Running calls. (`call_engine_http_srv`, Call (TUICallKit))"""
        from trtc_sdk.services.call import AsyncCallService

        return self._service(AsyncCallService)

    @property
    def call_record(self) -> AsyncCallRecordService:
        """Records of finished calls. (`call_record_http_srv`, Call (TUICallKit))"""
        from trtc_sdk.services.call import AsyncCallRecordService

        return self._service(AsyncCallRecordService)

    @property
    def call_config(self) -> AsyncCallConfigService:
        """Webhook configuration for call events. (`call_config`, Call (TUICallKit))"""
        from trtc_sdk.services.call import AsyncCallConfigService

        return self._service(AsyncCallConfigService)

    @property
    def live(self) -> AsyncLiveService:
        """Live rooms, their members, messages, robots and the gift system. (`live_engine_http_srv`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import AsyncLiveService

        return self._service(AsyncLiveService)

    @property
    def live_pk(self) -> AsyncLivePkService:
        """PK battles between connected live rooms. (`live_engine_http_pk`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import AsyncLivePkService

        return self._service(AsyncLivePkService)

    @property
    def live_config(self) -> AsyncLiveConfigService:
        """Webhook configuration for Live events. (`live_config`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import AsyncLiveConfigService

        return self._service(AsyncLiveConfigService)

    @property
    def room(self) -> AsyncRoomService:
        """Conference rooms and their members. (`room_engine_http_srv`, Conference (TUIRoomKit))"""
        from trtc_sdk.services.room import AsyncRoomService

        return self._service(AsyncRoomService)

    @property
    def room_config(self) -> AsyncRoomConfigService:
        """Webhook configuration for room and seat events. (`room_config`, Conference (TUIRoomKit))"""
        from trtc_sdk.services.room import AsyncRoomConfigService

        return self._service(AsyncRoomConfigService)

    @property
    def room_seat(self) -> AsyncRoomSeatService:
        """Seats (mic positions) of Conference and Live rooms. (`room_engine_http_mic`, Seats (shared by Conference and Live))"""
        from trtc_sdk.services.seat import AsyncRoomSeatService

        return self._service(AsyncRoomSeatService)
