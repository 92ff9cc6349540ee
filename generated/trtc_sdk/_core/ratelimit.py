"""Client-side rate limits: keep every command under its documented rate instead of burning retries on 60007.

The algorithm is GCRA (a token bucket kept as one timestamp): each request reserves the next slot of
its bucket and waits until then. One bucket per command (or per documented shared quota), shared by
every thread of a client and every task of an async client; with `RedisRateLimiter` the buckets live
in Redis and a fleet of processes shares them, each reservation made atomically by a server-side
script on the server's clock.

    Client(..., rate_limit=True)                   # the documented rates
    Client(..., rate_limit=0.8)                    # 80 % of them, leaving room for other callers
    Client(..., rate_limit=RedisRateLimiter(redis.Redis(...), fraction=0.9))   # shared by many processes
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from trtc_sdk._core.errors import ConfigurationError


@runtime_checkable
class RateLimiter(Protocol):
    """Reserves a slot for one request and says how long to wait for it (seconds, 0 when free)."""

    def reserve(self, bucket: str, rate_per_sec: float) -> float: ...


def _check_fraction(fraction: float) -> float:
    if isinstance(fraction, bool) or not isinstance(fraction, (int, float)) or not 0 < fraction <= 1:
        raise ConfigurationError("a rate-limit fraction must be a number in (0, 1]")
    return float(fraction)


def _gcra(rate_per_sec: float, fraction: float, burst_seconds: float) -> tuple[float, float]:
    """(interval, tolerance) in seconds: one slot every `interval`, up to `tolerance` of them spent early."""
    rate = rate_per_sec * fraction
    interval = 1.0 / rate
    return interval, max(burst_seconds * rate, 1.0) * interval - interval


class LocalRateLimiter:
    """Buckets in this process, shared by the threads (and tasks) of the clients that use it."""

    def __init__(self, fraction: float = 1.0, burst_seconds: float = 0.5, clock: Callable[[], float] = time.monotonic):
        self.fraction = _check_fraction(fraction)
        # How much unused rate may be spent at once: half a second's worth, so a server counting over a
        # full second still has room for the network's jitter.
        self.burst_seconds = burst_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._arrivals: dict[str, float] = {}  # bucket -> theoretical arrival time of the next request

    def reserve(self, bucket: str, rate_per_sec: float) -> float:
        interval, tolerance = _gcra(rate_per_sec, self.fraction, self.burst_seconds)
        with self._lock:
            now = self._clock()
            arrival = max(self._arrivals.get(bucket, now), now)
            wait = max(0.0, arrival - tolerance - now)
            self._arrivals[bucket] = arrival + interval
        return wait

    def __repr__(self) -> str:
        return f"LocalRateLimiter(fraction={self.fraction})"


# GCRA on the Redis server's clock, atomically: KEYS[1] bucket, ARGV[1] interval ms, ARGV[2] tolerance ms.
_GCRA_SCRIPT = """
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local arrival = tonumber(redis.call('GET', KEYS[1]) or now)
if arrival < now then arrival = now end
local wait = arrival - tolerance - now
if wait < 0 then wait = 0 end
redis.call('SET', KEYS[1], arrival + interval, 'PX', math.ceil(arrival + interval - now + tolerance + 1000))
return wait
"""


class RedisRateLimiter:
    """Buckets in Redis, so every process of a fleet stays under the app's documented rates together.

    `redis_client` is a `redis.Redis` (install the `redis` extra); the SDK itself never imports redis.
    Keys are `<prefix><sdkappid>:<bucket>`, so apps sharing a Redis do not share quotas.
    """

    def __init__(
        self, redis_client: Any, *, fraction: float = 1.0, burst_seconds: float = 0.5, prefix: str = "trtc-rate:"
    ) -> None:
        self.fraction = _check_fraction(fraction)
        self.burst_seconds = burst_seconds
        self.prefix = prefix
        self._redis = redis_client
        self._script = redis_client.register_script(_GCRA_SCRIPT)
        self.app = ""  # set by the client: the sdkappid the buckets belong to

    def reserve(self, bucket: str, rate_per_sec: float) -> float:
        interval, tolerance = _gcra(rate_per_sec, self.fraction, self.burst_seconds)
        wait_ms = self._script(keys=[f"{self.prefix}{self.app}:{bucket}"], args=[interval * 1000.0, tolerance * 1000.0])
        return float(wait_ms) / 1000.0

    def __repr__(self) -> str:
        return f"RedisRateLimiter(fraction={self.fraction}, prefix={self.prefix!r})"


def rate_limiter(setting: bool | float | RateLimiter | None) -> RateLimiter | None:
    """The limiter a client's `rate_limit=` setting asks for."""
    if setting is None or setting is False:
        return None
    if setting is True:
        return LocalRateLimiter()
    if isinstance(setting, (int, float)):
        return LocalRateLimiter(fraction=setting)
    if isinstance(setting, RateLimiter):
        return setting
    raise ConfigurationError("rate_limit must be True, a fraction in (0, 1], or a limiter such as RedisRateLimiter")
