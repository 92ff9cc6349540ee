"""The engine behind Client and AsyncClient: settings, signing, the retry loop, paging.

The generated `trtc_sdk.Client` subclasses `SyncAPIClient` and hands it the registry built from the
spec (`_registry`); nothing here imports generated code.

Follow the secret key: Client(...) keeps it as a Secret -> UserSigCache mints the admin UserSig (a
Secret too) -> Attempts carries it across retries -> `_signed_url` builds a SignedURL (a Secret) ->
the transport reveals it only inside the call that sends it. No local variable on the way holds
the key, the sig or the URL as plain text, so error reporters that record frame locals see none.
"""

from __future__ import annotations

import dataclasses
import difflib
import inspect
import logging
import math
import os
import random
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypedDict, TypeVar
from urllib.parse import quote_plus

from typing_extensions import Self, Unpack

from trtc_sdk._core.errors import APIError, ConfigurationError, RequestValidationError, TimeoutError, TRTCError
from trtc_sdk._core.hooks import AttemptEvent, Hook, notify
from trtc_sdk._core.hosts import HostSelector
from trtc_sdk._core.http import DEFAULT_MAX_RESPONSE_BYTES, HTTPReply, SignedURL
from trtc_sdk._core.ratelimit import RateLimiter, RedisRateLimiter, rate_limiter
from trtc_sdk._core.redaction import Secret, Secrets, install_log_redaction, redact
from trtc_sdk._core.registry import Operation, Registry
from trtc_sdk._core.retry import MAX_RETRIES_LIMIT, Attempts, RetryPolicy
from trtc_sdk._core.signing import DEFAULT_TTL, UserSigCache
from trtc_sdk._core.transport import SyncTransport
from trtc_sdk.usersig import check_credentials

if TYPE_CHECKING:
    import requests

    from trtc_sdk._core import paging
    from trtc_sdk._core.batch import BatchProgress, BatchResult
    from trtc_sdk._core.models import ResponseModel

# The request/reply half of the core (pydantic's) is imported by the first call, not by Client(...): a
# serverless cold start that builds a client pays for what it uses.

log = logging.getLogger("trtc_sdk")

DEFAULT_TIMEOUT = 10.0  # seconds per attempt; Tencent's server gives up after 3 s, so its own timeout reply arrives
DEFAULT_MAX_RETRIES = 2
DEFAULT_BACKOFF_INITIAL = 0.5
DEFAULT_BACKOFF_MAX = 8.0
MAX_TIMEOUT = 3600.0
ENV_SETTINGS = (
    ("TRTC_SDKAPPID", "sdkappid"),
    ("TRTC_SECRET_KEY", "secret_key"),
    ("TRTC_IDENTIFIER", "identifier"),
    ("TRTC_REGION", "region"),
    ("TRTC_BASE_URL", "base_url"),
)
HTTPClientT = TypeVar("HTTPClientT")
ResponseT = TypeVar("ResponseT", bound="ResponseModel")


class RequestOptions(TypedDict, total=False):
    """Settings of one call (every generated method takes `request_options=`)."""

    timeout: float  # seconds for each attempt as a whole
    max_retries: int
    deadline: float  # seconds for the whole call, retries and backoff included
    strict_responses: bool  # raise instead of returning a reply that does not fit its model


class ClientOptions(TypedDict, total=False):
    """Keyword settings of a client, for `from_env(**overrides)` (the constructor's own names)."""

    sdkappid: int
    secret_key: str
    identifier: str
    region: str
    base_url: str | None
    timeout: float
    max_retries: int
    deadline: float | None
    usersig_ttl: int
    backoff_initial: float
    backoff_max: float
    ca_bundle: str | None
    dangerously_skip_tls_verify: bool
    strict_responses: bool
    max_response_bytes: int
    rate_limit: bool | float | RateLimiter | None
    hooks: Sequence[Hook]


class BaseClient(Generic[HTTPClientT]):
    """Settings and request preparation shared by the sync and async clients."""

    _registry: ClassVar[Registry]  # set by the generated Client / AsyncClient

    def __init__(
        self,
        sdkappid: int,
        secret_key: str,
        identifier: str = "administrator",
        region: str = "china",
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: HTTPClientT | None = None,
        *,
        deadline: float | None = None,
        usersig_ttl: int = DEFAULT_TTL,
        backoff_initial: float = DEFAULT_BACKOFF_INITIAL,
        backoff_max: float = DEFAULT_BACKOFF_MAX,
        ca_bundle: str | None = None,
        dangerously_skip_tls_verify: bool = False,
        strict_responses: bool = False,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        rate_limit: bool | float | RateLimiter | None = None,
        hooks: Sequence[Hook] = (),
        session: HTTPClientT | None = None,
    ) -> None:
        """Build a client for one app.

        Args:
            sdkappid: the app's SDKAppID.
            secret_key: the app's secret key; kept hidden (never in logs, reprs or errors).
            identifier: an app administrator account; requests are signed for it.
            region: data centre of the app (`trtc_sdk.OPERATIONS` regions; see docs/regions.md).
            base_url: send here instead of the region's hosts (https, or http to loopback only).
            timeout: seconds for each attempt as a whole: connect, send and the complete reply.
            max_retries: retries after a failed attempt, where a retry is safe (0 disables; at most 20).
            http_client: a requests.Session (Client) or httpx.AsyncClient (AsyncClient) to send through;
                you close it, not close(). Redirects are never followed through it.
            deadline: seconds for a whole call, retries and backoff included (default: no limit).
            usersig_ttl: lifetime of the admin UserSig in seconds (renewed at 75 %).
            backoff_initial, backoff_max: exponential backoff bounds in seconds (with jitter).
            ca_bundle: extra CA file to trust (REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE are read once if unset).
            dangerously_skip_tls_verify: turn certificate checks off (logged as a warning).
            strict_responses: raise UnexpectedResponseError when a successful reply does not fit its model,
                instead of returning what decodes (with the rest kept raw).
            max_response_bytes: largest reply accepted, after decompression.
            rate_limit: keep every command under its documented rate on the client side: True (the documented
                rates), a fraction such as 0.8, or a limiter shared by many processes (RedisRateLimiter).
            hooks: callables told about every attempt (trtc_sdk.observability: logging, OpenTelemetry).
            session: the former name of http_client (Client only), still accepted.
        """
        if session is not None:
            if http_client is not None:
                raise ConfigurationError("pass http_client or session, not both")
            http_client = session
        try:
            check_credentials(sdkappid, secret_key, identifier, user_label="identifier (an app administrator account)")
        except ValueError as exc:
            raise ConfigurationError(str(exc)) from None
        _check_timing(timeout, max_retries, deadline)
        if not _finite_number(backoff_initial) or not _finite_number(backoff_max):
            raise ConfigurationError("backoff_initial and backoff_max must be finite numbers of seconds")
        if not 0 <= backoff_initial <= backoff_max:
            raise ConfigurationError("backoff needs 0 <= backoff_initial <= backoff_max")
        if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1024:
            raise ConfigurationError("max_response_bytes must be an integer of at least 1024")
        install_log_redaction(self._registry.envelope.query_keys["usersig"])
        _configure_logging_from_env()
        self.sdkappid = sdkappid
        self.identifier = identifier
        self.timeout = float(timeout)
        self.deadline = None if deadline is None else float(deadline)
        self.strict_responses = bool(strict_responses)
        self.max_response_bytes = max_response_bytes
        self.retry_policy = RetryPolicy(max_retries, float(backoff_initial), float(backoff_max))
        self._hosts = HostSelector(region, base_url, self._registry.regions)
        self._secret_key = Secret(secret_key)
        try:
            self._usersigs = UserSigCache(sdkappid, self._secret_key, identifier, usersig_ttl)
        except ValueError as exc:
            raise ConfigurationError(str(exc)) from None
        self._verify = _verify_setting(ca_bundle, dangerously_skip_tls_verify)
        self._url_parts: dict[tuple[str, str], tuple[object, str, str]] = {}
        self._rate_limiter = rate_limiter(rate_limit)
        if isinstance(self._rate_limiter, RedisRateLimiter):
            self._rate_limiter.app = str(sdkappid)
        if not all(callable(hook) for hook in hooks):
            raise ConfigurationError("hooks must be callables taking an AttemptEvent")
        self.hooks: tuple[Hook, ...] = tuple(hooks)
        self._owns_transport = True
        self._transport = self._new_transport(http_client)

    def _new_transport(self, http_client: HTTPClientT | None) -> Any:
        raise NotImplementedError

    # -- settings -----------------------------------------------------------------------------

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
        known = [name for name in inspect.signature(BaseClient.__init__).parameters if name != "self"]
        for name in overrides:
            if name not in known:
                close = difflib.get_close_matches(name, known, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else f"; known settings: {', '.join(known)}"
                raise ConfigurationError(f"unknown client setting {name!r}{hint}")
        settings: dict[str, Any] = {key: os.environ[name] for name, key in ENV_SETTINGS if os.environ.get(name)}
        settings.update((key, value) for key, value in overrides.items() if value is not None)
        missing = [name for name, key in ENV_SETTINGS[:2] if key not in settings]
        if missing:
            raise ConfigurationError(f"environment variable(s) not set: {', '.join(missing)}")
        if isinstance(settings["sdkappid"], str):
            try:
                settings["sdkappid"] = int(settings["sdkappid"])
            except ValueError:
                raise ConfigurationError("TRTC_SDKAPPID must be an integer") from None
        return settings

    @classmethod
    def from_env(cls, **overrides: Unpack[ClientOptions]) -> Self:
        """Build from TRTC_SDKAPPID, TRTC_SECRET_KEY, TRTC_IDENTIFIER, TRTC_REGION, TRTC_BASE_URL; keyword
        arguments override them (an unknown one raises ConfigurationError with a did-you-mean)."""
        return cls(**cls.env_settings(**overrides))

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        strict_responses: bool | None = None,
    ) -> Self:
        """A copy with other per-call settings, sharing this client's connections and UserSig.

        The copy does not own the connection pool: closing it (or leaving its `with` block) leaves the
        original open; closing the original closes the pool for both.
        """
        timeout = self.timeout if timeout is None else timeout
        max_retries = self.max_retries if max_retries is None else max_retries
        deadline = self.deadline if deadline is None else deadline
        _check_timing(timeout, max_retries, deadline)
        clone = object.__new__(type(self))
        clone.__dict__.update(
            {key: value for key, value in self.__dict__.items() if not _is_namespace(value)},
            timeout=float(timeout),
            deadline=deadline,
            strict_responses=self.strict_responses if strict_responses is None else bool(strict_responses),
            retry_policy=dataclasses.replace(self.retry_policy, max_retries=max_retries),
            _owns_transport=False,
        )
        return clone

    # -- one call -------------------------------------------------------------------------------

    def _operation(self, path: object) -> Operation:
        operation = self._registry.operations.get(path) if isinstance(path, str) else None
        if operation is None:
            close = difflib.get_close_matches(str(path), list(self._registry.operations), n=1)
            hint = f"did you mean {close[0]!r}?" if close else "trtc_sdk.OPERATIONS lists the known commands"
            raise RequestValidationError(str(path), [("(path)", f"unknown command; {hint}")])
        return operation

    def _prepare(
        self, path: str, request: object, params: Mapping[str, Any], extra_body: object
    ) -> tuple[Operation, bytes]:
        from trtc_sdk._core.request import build_request, encode_body

        operation = self._operation(path)
        model = build_request(operation, operation.request_model, request, params)
        return operation, encode_body(operation, model, extra_body)

    def _prepare_wire(self, path: object, body: object, extra_body: object) -> tuple[Operation, bytes]:
        from trtc_sdk._core.request import encode_body, validate_wire_body

        operation = self._operation(path)
        model = validate_wire_body(operation, operation.request_model, {} if body is None else body)
        return operation, encode_body(operation, model, extra_body)

    def _start_paging(
        self, path: str, params: Mapping[str, Any], extra_body: object
    ) -> tuple[Operation, paging.Cursor]:
        """The cursor positioned on the first page's request (the page key at its first value)."""
        from trtc_sdk._core import paging
        from trtc_sdk._core.request import build_request, encode_body

        operation = self._operation(path)
        given = {name: value for name, value in params.items() if value is not None}
        refused = paging.fixed_fields_given(operation.request_model, operation.paging, given)
        if refused:
            problem = "set by the iterator itself; call the command directly for another value"
            raise RequestValidationError(path, [(name, problem) for name in refused])
        first = paging.first_page(operation.request_model, operation.paging, given)
        model = build_request(operation, operation.request_model, None, first)
        encode_body(operation, model, extra_body)  # a bad extra_body fails before the first page
        return operation, paging.Cursor(operation, model)

    def _settings(self, options: RequestOptions | None) -> tuple[float, RetryPolicy, float | None, bool]:
        """(timeout, retry policy, deadline, strict) of one call: the client's, overridden by `options`."""
        if not options:
            return self.timeout, self.retry_policy, self.deadline, self.strict_responses
        unknown = set(options) - set(RequestOptions.__annotations__)
        if unknown:
            raise ConfigurationError(
                f"unknown request option(s) {sorted(unknown)}; known: {sorted(RequestOptions.__annotations__)}"
            )
        timeout = options.get("timeout", self.timeout)
        max_retries = options.get("max_retries", self.max_retries)
        deadline = options.get("deadline", self.deadline)
        _check_timing(timeout, max_retries, deadline)
        policy = self.retry_policy
        if max_retries != policy.max_retries:
            policy = dataclasses.replace(policy, max_retries=max_retries)
        return float(timeout), policy, deadline, bool(options.get("strict_responses", self.strict_responses))

    def _start(self, operation: Operation, policy: RetryPolicy, deadline: float | None) -> Attempts:
        ends = None if deadline is None else time.monotonic() + deadline
        return Attempts(policy, operation, self._hosts.base_urls(operation), self._usersigs.get(), ends)

    def _attempt_timeout(self, attempts: Attempts, timeout: float) -> float:
        remaining = attempts.remaining()
        if remaining is None:
            return timeout
        if remaining <= 0:
            raise TimeoutError(
                "the call's deadline passed before another attempt could start",
                path=attempts.operation.path,
                request_sent=attempts.number > 1,
            )
        return min(timeout, remaining)

    def _signed_url(self, attempts: Attempts) -> SignedURL:
        """The URL of one attempt. Everything but `random` is cached per host, command and sig."""
        key = (attempts.base_url, attempts.operation.path)
        cached = self._url_parts.get(key)
        if cached is None or cached[0] is not attempts.usersig:
            cached = (attempts.usersig, *self._url_around_random(attempts))
            self._url_parts[key] = cached
        return SignedURL(f"{cached[1]}{random.getrandbits(32)}{cached[2]}", attempts.base_url)

    def _url_around_random(self, attempts: Attempts) -> tuple[str, str]:
        envelope = self._registry.envelope
        values = {
            "sdkappid": str(self.sdkappid),
            "identifier": quote_plus(self.identifier),
            "usersig": quote_plus(attempts.usersig.reveal(), safe="*"),
            "contenttype": quote_plus(envelope.contenttype),
            "random": "\0",
        }
        query = "&".join(f"{quote_plus(key)}={values[role]}" for role, key in envelope.query_keys.items())
        before, _, after = f"{attempts.base_url}{envelope.path(attempts.operation)}?{query}".partition("\0")
        return before, after

    def _decode(self, attempts: Attempts, reply: HTTPReply, response_type: type[ResponseT], strict: bool) -> ResponseT:
        from trtc_sdk._core.models import RawResponse, attach
        from trtc_sdk._core.reply import decode_reply

        operation = attempts.operation
        model = decode_reply(self._registry, operation, reply, response_type, self._secrets(), strict=strict)
        raw = RawResponse(reply.status, reply.headers, reply.content, reply.elapsed, attempts.number, operation.path)
        attach(model, raw_response=raw, operation=operation)
        return model

    def _rate_wait(self, attempts: Attempts) -> float:
        """Seconds to wait for the command's rate-limit slot (0 without a limiter or a documented rate)."""
        operation = attempts.operation
        if self._rate_limiter is None or not operation.rate_limit_per_sec:
            return 0.0
        wait = self._rate_limiter.reserve(operation.rate_limit_group or operation.path, operation.rate_limit_per_sec)
        remaining = attempts.remaining()
        if remaining is not None and wait >= remaining:
            raise TimeoutError(
                f"waiting {wait:.2f} s for the rate limit would pass the call's deadline",
                path=operation.path,
                request_sent=attempts.number > 1,
            )
        return wait

    def _observe(
        self,
        attempts: Attempts,
        watch: Stopwatch,
        reply: HTTPReply | None,
        error: TRTCError | None,
        retry_in: float | None,
        result: ResponseModel | None = None,
    ) -> None:
        if not self.hooks:
            return
        request_id = getattr(error, "request_id", None)
        if result is not None:
            from trtc_sdk._core.wire import wire_get

            request_id = wire_get(result, self._registry.envelope.reply_keys["request_id"])
        status = reply.status if reply is not None else getattr(error, "status_code", None)
        event = AttemptEvent(
            path=attempts.operation.path,
            attempt=watch.attempt,
            started=watch.started,
            duration=time.monotonic() - watch.began,
            status_code=status,
            error=type(error).__name__ if error is not None else None,
            error_code=error.code if isinstance(error, APIError) else None,
            request_id=request_id if isinstance(request_id, str) else None,
            retry_in=retry_in,
            rate_limited_for=watch.waited,
        )
        notify(self.hooks, event)

    def _secrets(self) -> Secrets:
        return Secrets(self._secret_key.reveal(), *self._usersigs.known_sigs())

    def _log_attempt(self, url: SignedURL, attempts: Attempts) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("POST %s (attempt %d)", redact(url.reveal(), self._secrets()), attempts.number)

    def _log_retry(self, error: TRTCError, attempts: Attempts, delay: float) -> None:
        log.info("retrying %s in %.2f s after: %s", attempts.operation.path, delay, error)

    def __repr__(self) -> str:
        target = f"base_url={self.base_url!r}" if self.base_url else f"region={self.region!r}"
        return f"{type(self).__name__}(sdkappid={self.sdkappid}, identifier={self.identifier!r}, {target})"


class SyncAPIClient(BaseClient["requests.Session"]):
    """Blocking client over one keep-alive requests.Session."""

    _transport: SyncTransport

    def _new_transport(self, http_client: requests.Session | None) -> SyncTransport:
        return SyncTransport(http_client, self._verify, self.max_response_bytes)

    def invoke(
        self,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ResponseModel:
        """Call a command by "servicename/command" with a body keyed by wire keys; returns its typed response."""
        operation, payload = self._prepare_wire(path, body, extra_body)
        return self._send(operation, payload, operation.response_model, request_options)

    def _call(
        self,
        path: str,
        request: object,
        params: Mapping[str, Any],
        extra_body: object = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        operation, payload = self._prepare(path, request, params, extra_body)
        return self._send(operation, payload, operation.response_model, request_options)

    def _paginate(
        self,
        path: str,
        params: Mapping[str, Any],
        extra_body: object = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        from trtc_sdk._core.request import encode_body

        operation, cursor = self._start_paging(path, params, extra_body)
        while cursor.request is not None:
            payload = encode_body(operation, cursor.request, extra_body)
            yield from cursor.advance(self._send(operation, payload, operation.response_model, request_options))

    def _run_batches(
        self,
        path: str,
        field_name: str,
        params: Mapping[str, Any],
        extra_body: object = None,
        request_options: RequestOptions | None = None,
        progress: Callable[[BatchProgress], None] | None = None,
    ) -> BatchResult[Any]:
        from trtc_sdk._core import batch

        return batch.run_sync(self, path, field_name, params, extra_body, request_options, progress)

    def _send(
        self,
        operation: Operation,
        payload: bytes,
        response_type: type[ResponseT],
        options: RequestOptions | None = None,
    ) -> ResponseT:
        self._check_open()
        timeout, policy, deadline, strict = self._settings(options)
        attempts = self._start(operation, policy, deadline)
        while True:
            waited = self._rate_wait(attempts)
            if waited:
                time.sleep(waited)
            watch = Stopwatch(attempts.number, waited)
            reply: HTTPReply | None = None
            try:
                url = self._signed_url(attempts)
                self._log_attempt(url, attempts)
                reply = self._transport.post(
                    url,
                    payload,
                    operation.path,
                    self._attempt_timeout(attempts, timeout),
                    self._hosts.proxies(url.base_url),
                )
                result = self._decode(attempts, reply, response_type, strict)
                self._observe(attempts, watch, reply, None, None, result)
                return result
            except TRTCError as error:
                delay = attempts.after_failure(error, self._usersigs.renew)
                self._observe(attempts, watch, reply, error, delay)
                if delay is None:
                    raise
                self._log_retry(error, attempts, delay)
            time.sleep(delay)

    def _check_open(self) -> None:
        if self._transport.closed:
            raise ConfigurationError("this client was closed; build a new one")

    def close(self) -> None:
        """Close the connection pool (not an http_client passed in by the caller, nor from a copy)."""
        if self._owns_transport:
            self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class Stopwatch:
    """When one attempt began (wall clock for reports, monotonic for its duration) and what it waited."""

    __slots__ = ("attempt", "began", "started", "waited")

    def __init__(self, attempt: int, waited: float) -> None:
        self.attempt = attempt
        self.waited = waited
        self.started = time.time()
        self.began = time.monotonic()


def _finite_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _check_timing(timeout: object, max_retries: object, deadline: object) -> None:
    if not _finite_number(timeout) or not 0 < timeout <= MAX_TIMEOUT:  # type: ignore[operator]
        raise ConfigurationError(f"timeout must be a number of seconds in (0, {MAX_TIMEOUT:g}]")
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or not 0 <= max_retries <= MAX_RETRIES_LIMIT:
        raise ConfigurationError(f"max_retries must be an integer from 0 to {MAX_RETRIES_LIMIT} (0 disables retries)")
    if deadline is not None and (not _finite_number(deadline) or not 0 < deadline <= 24 * MAX_TIMEOUT):  # type: ignore[operator]
        raise ConfigurationError("deadline must be None or a positive, finite number of seconds")


def _verify_setting(ca_bundle: object, skip: bool) -> bool | str:
    """What the transports verify certificates with; environment CA bundles are read here, once."""
    if skip:
        log.warning("TLS certificate verification is OFF for this client (dangerously_skip_tls_verify=True)")
        return False
    bundle = ca_bundle or os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
    if bundle is None:
        return True
    if not isinstance(bundle, str):
        raise ConfigurationError("ca_bundle must be a path to a PEM file")
    # A readable PEM file (or a certificate directory) is enough here; parsing every certificate of a
    # system bundle costs ~35 ms, which the first TLS connection pays anyway.
    try:
        if os.path.isdir(bundle):
            return bundle
        with open(bundle, "rb") as pem:
            readable = b"-----BEGIN CERTIFICATE-----" in pem.read()
    except OSError as exc:
        raise ConfigurationError(f"ca_bundle {bundle!r} cannot be used: {type(exc).__name__}") from None
    if not readable:
        raise ConfigurationError(f"ca_bundle {bundle!r} cannot be used: it holds no PEM certificate")
    return bundle


def _is_namespace(value: object) -> bool:
    from trtc_sdk._core.services import AsyncService, SyncService

    return isinstance(value, (SyncService, AsyncService))


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


__all__ = ["BaseClient", "ClientOptions", "RequestOptions", "SyncAPIClient"]
