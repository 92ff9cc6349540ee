"""The administrator UserSig that signs every request: minted once, reused, renewed early."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from trtc_sdk._runtime.redaction import Secret
from trtc_sdk.usersig import gen_user_sig

DEFAULT_TTL = 86_400  # Tencent advises admin UserSigs valid for at least a day


class UserSigCache:
    """Thread-safe cache of one identifier's UserSig.

    The sig is renewed once less than a quarter of its lifetime remains, so clock skew between this
    host and Tencent's never lets an expired sig go out; after a 70001 (expired) reply the caller
    asks for a fresh one with `renew(stale)`, and concurrent callers holding the same stale sig
    trigger a single renewal.
    """

    def __init__(
        self,
        sdkappid: int,
        secret_key: Secret,
        identifier: str,
        ttl: int = DEFAULT_TTL,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if ttl < 60:
            raise ValueError("usersig_ttl must be at least 60 seconds")
        self._sdkappid = sdkappid
        self._secret_key = secret_key
        self._identifier = identifier
        self._ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._current: tuple[str, float] | None = None  # (sig, renew_at); replaced whole, read without lock
        self.mints = 0  # sigs made so far, the first one included

    def get(self) -> str:
        current = self._current
        if current is not None and self._clock() < current[1]:
            return current[0]
        with self._lock:
            current = self._current
            if current is None or self._clock() >= current[1]:
                current = self._mint()
            return current[0]

    def renew(self, stale: str) -> str:
        """Return a sig other than `stale`, minting one unless another thread already did."""
        with self._lock:
            current = self._current
            if current is None or current[0] == stale:
                current = self._mint()
            return current[0]

    def known_sigs(self) -> tuple[str, ...]:
        current = self._current
        return (current[0],) if current else ()

    def _mint(self) -> tuple[str, float]:
        sig = gen_user_sig(self._sdkappid, self._secret_key.reveal(), self._identifier, expire_seconds=self._ttl)
        current = (sig, self._clock() + self._ttl * 0.75)
        self._current = current
        self.mints += 1
        return current

    def __repr__(self) -> str:
        return f"UserSigCache(sdkappid={self._sdkappid}, identifier={self._identifier!r}, ttl={self._ttl})"
