"""The engine behind Client and AsyncClient: configuration, signing, the retry loop, paging.

Follow the secret key: Client(...) keeps it as a Secret -> UserSigCache mints the admin UserSig ->
Attempts carries the sig across retries -> signed_url() puts it in the query -> the transport sends it.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import logging
import os
import random
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlencode

import requests

from trtc_sdk._operations import OPERATIONS
from trtc_sdk._protocol import REGIONS
from trtc_sdk._runtime import paging
from trtc_sdk._runtime.envelope import (
    Reply,
    build_request,
    decode_reply,
    encode_body,
    validate_wire_body,
)
from trtc_sdk._runtime.errors import ConfigurationError, RequestValidationError, TRTCError
from trtc_sdk._runtime.hosts import HostSelector
from trtc_sdk._runtime.model_base import RequestModel, ResponseModel
from trtc_sdk._runtime.operations import Operation
from trtc_sdk._runtime.redaction import Secret, install_log_redaction, redact
from trtc_sdk._runtime.retry import Attempts, RetryPolicy
from trtc_sdk._runtime.signing import DEFAULT_TTL, UserSigCache
from trtc_sdk._runtime.transport import AsyncTransport, SyncTransport
from trtc_sdk.usersig import check_credentials

if TYPE_CHECKING:
    import httpx

log = logging.getLogger("trtc_sdk")

DEFAULT_TIMEOUT = 10.0  # seconds; Tencent's server gives up after 3 s, so its own timeout reply still arrives
DEFAULT_MAX_RETRIES = 2
ENV_SETTINGS = (
    ("TRTC_SDKAPPID", "sdkappid"),
    ("TRTC_SECRET_KEY", "secret_key"),
    ("TRTC_IDENTIFIER", "identifier"),
    ("TRTC_REGION", "region"),
    ("TRTC_BASE_URL", "base_url"),
)
ServiceT = TypeVar("ServiceT")
RequestT = TypeVar("RequestT", bound=RequestModel)
ResponseT = TypeVar("ResponseT", bound=ResponseModel)


class BaseClient:
    """Settings and request preparation shared by the sync and async clients."""

    def __init__(
        self,
        sdkappid: int,
        secret_key: str,
        identifier: str = "administrator",
        region: str = "china",
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        *,
        usersig_ttl: int = DEFAULT_TTL,
        backoff_initial: float = 0.5,
        backoff_max: float = 8.0,
        ca_bundle: str | None = None,
        dangerously_skip_tls_verify: bool = False,
    ) -> None:
        try:
            check_credentials(sdkappid, secret_key, identifier, user_label="identifier (an app administrator account)")
        except ValueError as exc:
            raise ConfigurationError(str(exc)) from None
        _check_limits(timeout, max_retries)
        if not 0 <= backoff_initial <= backoff_max:
            raise ConfigurationError("backoff needs 0 <= backoff_initial <= backoff_max")
        install_log_redaction()
        _configure_logging_from_env()
        self.sdkappid = sdkappid
        self.identifier = identifier
        self.timeout = float(timeout)
        self.retry_policy = RetryPolicy(max_retries, backoff_initial, backoff_max)
        self._hosts = HostSelector(region, base_url, REGIONS)
        self._secret_key = Secret(secret_key)
        self._usersigs = UserSigCache(sdkappid, self._secret_key, identifier, usersig_ttl)
        if dangerously_skip_tls_verify:
            log.warning("TLS certificate verification is OFF for this client (dangerously_skip_tls_verify=True)")
        self._verify: bool | str = False if dangerously_skip_tls_verify else (ca_bundle or True)
        self._services: dict[Callable[[Any], Any], Any] = {}  # namespace objects, keyed by their class

    @property
    def region(self) -> str:
        return self._hosts.region

    @property
    def base_url(self) -> str | None:
        return self._hosts.base_url

    @property
    def max_retries(self) -> int:
        return self.retry_policy.max_retries

    @classmethod
    def env_settings(cls, **overrides: Any) -> dict[str, Any]:
        """Constructor arguments from TRTC_SDKAPPID, TRTC_SECRET_KEY, TRTC_IDENTIFIER, TRTC_REGION and
        TRTC_BASE_URL, with `overrides` (None values ignored) taking precedence."""
        settings: dict[str, Any] = {key: os.environ[name] for name, key in ENV_SETTINGS if os.environ.get(name)}
        settings.update((key, value) for key, value in overrides.items() if value is not None)
        missing = [name for name, key in ENV_SETTINGS[:2] if key not in settings]
        if missing:
            raise ConfigurationError(f"environment variable(s) not set: {', '.join(missing)}")
        try:
            settings["sdkappid"] = int(settings["sdkappid"])
        except ValueError:
            raise ConfigurationError("TRTC_SDKAPPID must be an integer") from None
        return settings

    def _service(self, service_class: Callable[[Any], ServiceT]) -> ServiceT:
        service = self._services.get(service_class)
        if service is None:
            service = self._services[service_class] = service_class(self)
        return service

    def _copy_with(self, timeout: float | None, max_retries: int | None) -> Any:
        timeout = self.timeout if timeout is None else timeout
        max_retries = self.max_retries if max_retries is None else max_retries
        _check_limits(timeout, max_retries)
        clone = copy.copy(self)
        clone.timeout = float(timeout)
        clone.retry_policy = dataclasses.replace(self.retry_policy, max_retries=max_retries)
        clone._services = {}
        return clone

    def _operation(self, path: str) -> Operation:
        try:
            return OPERATIONS[path]
        except KeyError:
            raise RequestValidationError(
                path, [("(path)", "unknown command; trtc_sdk.OPERATIONS lists the known ones")]
            ) from None

    def _prepare(
        self,
        path: str,
        request_type: type[RequestT],
        args: tuple[Any, ...],
        params: dict[str, Any],
    ) -> tuple[Operation, RequestT, bytes]:
        operation = self._operation(path)
        extra_body = params.pop("extra_body", None)
        if len(args) > 1:
            raise RequestValidationError(path, [("(arguments)", "takes one positional argument, the request model")])
        model = build_request(path, request_type, args[0] if args else None, params)
        return operation, model, encode_body(path, model, extra_body)

    def _start_paging(
        self, path: str, request_type: type[RequestT], params: dict[str, Any]
    ) -> tuple[Operation, paging.Cursor, Mapping[str, Any] | None]:
        """The first page's request (the page key at its first value) and the extra_body of every page."""
        first = paging.first_page(request_type, self._operation(path).paging, params)
        operation, model, _ = self._prepare(path, request_type, (), first)
        return operation, paging.Cursor(operation, model), params.get("extra_body")

    def _prepare_wire(
        self, path: str, body: Mapping[str, Any] | None, extra_body: Mapping[str, Any] | None
    ) -> tuple[Operation, bytes]:
        operation = self._operation(path)
        model = validate_wire_body(path, operation.request_model, body or {})
        return operation, encode_body(path, model, extra_body)

    def _start(self, operation: Operation) -> Attempts:
        return Attempts(self.retry_policy, operation, self._hosts.base_urls(operation), self._usersigs.get())

    def _signed_url(self, attempts: Attempts) -> str:
        query = urlencode(
            {
                "sdkappid": self.sdkappid,
                "identifier": self.identifier,
                "usersig": attempts.usersig,
                "random": random.getrandbits(32),
                "contenttype": "json",
            },
            safe="*",
        )
        return f"{attempts.base_url}/v4/{attempts.operation.path}?{query}"

    def _secrets(self) -> tuple[str, ...]:
        return (self._secret_key.reveal(), *self._usersigs.known_sigs())

    def _log_attempt(self, url: str, attempts: Attempts) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("POST %s (attempt %d)", redact(url, self._secrets()), attempts.retries + 1)

    def _log_retry(self, error: TRTCError, attempts: Attempts, delay: float) -> None:
        log.info("retrying %s in %.2f s after: %s", attempts.operation.path, delay, error)

    def __repr__(self) -> str:
        target = f"base_url={self.base_url!r}" if self.base_url else f"region={self.region!r}"
        return f"{type(self).__name__}(sdkappid={self.sdkappid}, identifier={self.identifier!r}, {target})"


class SyncClient(BaseClient):
    """Blocking client over one keep-alive requests.Session."""

    def __init__(
        self,
        sdkappid: int,
        secret_key: str,
        identifier: str = "administrator",
        region: str = "china",
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        session: requests.Session | None = None,
        *,
        usersig_ttl: int = DEFAULT_TTL,
        backoff_initial: float = 0.5,
        backoff_max: float = 8.0,
        ca_bundle: str | None = None,
        dangerously_skip_tls_verify: bool = False,
    ) -> None:
        """`session`: a requests.Session to send through (its pool, proxies, adapters); you close it, not close()."""
        super().__init__(
            sdkappid,
            secret_key,
            identifier,
            region,
            base_url,
            timeout,
            max_retries,
            usersig_ttl=usersig_ttl,
            backoff_initial=backoff_initial,
            backoff_max=backoff_max,
            ca_bundle=ca_bundle,
            dangerously_skip_tls_verify=dangerously_skip_tls_verify,
        )
        self._transport = SyncTransport(session, self._verify)

    def invoke(
        self, path: str, body: Mapping[str, Any] | None = None, *, extra_body: Mapping[str, Any] | None = None
    ) -> ResponseModel:
        """Call a command by "servicename/command" with a body keyed by wire keys; returns its typed response."""
        operation, payload = self._prepare_wire(path, body, extra_body)
        return self._send(operation, payload, operation.response_model)

    def _call(
        self,
        path: str,
        request_type: type[RequestT],
        args: tuple[Any, ...],
        params: dict[str, Any],
        response_type: type[ResponseT],
    ) -> ResponseT:
        operation, _, payload = self._prepare(path, request_type, args, params)
        return self._send(operation, payload, response_type)

    def _paginate(
        self,
        path: str,
        request_type: type[RequestT],
        params: dict[str, Any],
        response_type: type[ResponseT],
    ) -> Iterator[Any]:
        operation, cursor, extra_body = self._start_paging(path, request_type, params)
        while cursor.request is not None:
            response = self._send(operation, encode_body(path, cursor.request, extra_body), response_type)
            yield from cursor.advance(response)

    def _send(self, operation: Operation, payload: bytes, response_type: type[ResponseT]) -> ResponseT:
        attempts = self._start(operation)
        while True:
            url = self._signed_url(attempts)
            self._log_attempt(url, attempts)
            try:
                reply = self._transport.post(url, payload, operation.path, self.timeout)
                return decode_reply(operation, reply, response_type, self._secrets())
            except TRTCError as error:
                delay = attempts.after_failure(error, self._usersigs.renew)
                if delay is None:
                    raise
                self._log_retry(error, attempts, delay)
            time.sleep(delay)

    def close(self) -> None:
        """Close the connection pool (not a session passed in by the caller)."""
        self._transport.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClientBase(BaseClient):
    """asyncio client over one keep-alive httpx.AsyncClient (install the `async` extra)."""

    def __init__(
        self,
        sdkappid: int,
        secret_key: str,
        identifier: str = "administrator",
        region: str = "china",
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        *,
        usersig_ttl: int = DEFAULT_TTL,
        backoff_initial: float = 0.5,
        backoff_max: float = 8.0,
        ca_bundle: str | None = None,
        dangerously_skip_tls_verify: bool = False,
    ) -> None:
        """`http_client`: an httpx.AsyncClient to send through; closed by you, not by aclose()."""
        super().__init__(
            sdkappid,
            secret_key,
            identifier,
            region,
            base_url,
            timeout,
            max_retries,
            usersig_ttl=usersig_ttl,
            backoff_initial=backoff_initial,
            backoff_max=backoff_max,
            ca_bundle=ca_bundle,
            dangerously_skip_tls_verify=dangerously_skip_tls_verify,
        )
        try:
            self._transport = AsyncTransport(http_client, self._verify)
        except ImportError:
            raise ConfigurationError("AsyncClient needs httpx: pip install 'trtc-sdk[async]'") from None

    async def invoke(
        self, path: str, body: Mapping[str, Any] | None = None, *, extra_body: Mapping[str, Any] | None = None
    ) -> ResponseModel:
        operation, payload = self._prepare_wire(path, body, extra_body)
        return await self._send(operation, payload, operation.response_model)

    async def _call(
        self,
        path: str,
        request_type: type[RequestT],
        args: tuple[Any, ...],
        params: dict[str, Any],
        response_type: type[ResponseT],
    ) -> ResponseT:
        operation, _, payload = self._prepare(path, request_type, args, params)
        return await self._send(operation, payload, response_type)

    async def _paginate(
        self,
        path: str,
        request_type: type[RequestT],
        params: dict[str, Any],
        response_type: type[ResponseT],
    ) -> AsyncIterator[Any]:
        operation, cursor, extra_body = self._start_paging(path, request_type, params)
        while cursor.request is not None:
            response = await self._send(operation, encode_body(path, cursor.request, extra_body), response_type)
            for item in cursor.advance(response):
                yield item

    async def _send(self, operation: Operation, payload: bytes, response_type: type[ResponseT]) -> ResponseT:
        attempts = self._start(operation)
        while True:
            url = self._signed_url(attempts)
            self._log_attempt(url, attempts)
            try:
                reply: Reply = await self._transport.post(url, payload, operation.path, self.timeout)
                return decode_reply(operation, reply, response_type, self._secrets())
            except TRTCError as error:
                delay = attempts.after_failure(error, self._usersigs.renew)
                if delay is None:
                    raise
                self._log_retry(error, attempts, delay)
            await asyncio.sleep(delay)

    async def aclose(self) -> None:
        await self._transport.aclose()

    async def __aenter__(self) -> Any:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _check_limits(timeout: float, max_retries: int) -> None:
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise ConfigurationError("timeout must be a positive number of seconds")
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError("max_retries must be an integer >= 0 (0 disables retries)")


_logging_configured = False


def _configure_logging_from_env() -> None:
    """TRTC_LOG=debug|info prints the SDK's log (redacted) on stderr, like OPENAI_LOG does."""
    global _logging_configured
    level = os.environ.get("TRTC_LOG", "").upper()
    if _logging_configured or level not in ("DEBUG", "INFO"):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)
    _logging_configured = True
