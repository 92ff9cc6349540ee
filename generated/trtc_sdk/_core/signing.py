"""The administrator UserSig that signs every request: minted once, reused, renewed early.

What happens when this host's clock is off: Tencent checks a sig's issue time plus lifetime against
its own clock. A clock running behind makes sigs look old sooner; the cache renews at 75 % of the
lifetime (18 h of the default 24 h), which absorbs hours of skew. If the server still answers 70001
(expired), the sig is re-minted once and the request resent. tls-sig-api-v2 gives the same text for
the same inputs within one second, so a re-mint that equals the refused sig is redone with a lifetime
one second shorter: the identical refused sig is never resent. If the fresh sig is refused too, the
70001 is raised with a hint to check the host clock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from trtc_sdk._core.redaction import Secret
from trtc_sdk.usersig import gen_user_sig

DEFAULT_TTL = 86_400  # Tencent advises admin UserSigs valid for at least a day
RENEW_AT = 0.75  # share of the lifetime after which a sig is replaced


class UserSig(Secret):
    """One minted sig; `generation` counts mints of its cache, so renewals coalesce by generation."""

    __slots__ = ("generation",)

    def __init__(self, value: str, generation: int) -> None:
        super().__init__(value)
        self.generation = generation

    def __repr__(self) -> str:
        return f"UserSig(generation={self.generation}, '**********')"

    __str__ = __repr__


class UserSigCache:
    """Thread-safe cache of one identifier's UserSig.

    Concurrent callers refused with the same generation trigger a single renewal: the first mints,
    the others receive what it minted.
    """

    def __init__(
        self,
        sdkappid: int,
        secret_key: Secret,
        identifier: str,
        ttl: int = DEFAULT_TTL,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if isinstance(ttl, bool) or not isinstance(ttl, int) or ttl < 60:
            raise ValueError("usersig_ttl must be an integer of at least 60 seconds")
        self._sdkappid = sdkappid
        self._secret_key = secret_key
        self._identifier = identifier
        self._ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._current: tuple[UserSig, float] | None = None  # (sig, renew_at); replaced whole, read without lock
        self.mints = 0  # sigs made so far, the first one included

    def get(self) -> UserSig:
        current = self._current
        if current is not None and self._clock() < current[1]:
            return current[0]
        with self._lock:
            current = self._current
            if current is None or self._clock() >= current[1]:
                current = self._mint()
            return current[0]

    def renew(self, refused: UserSig) -> UserSig:
        """A sig newer than `refused` and different from it, minting one unless another thread already did."""
        with self._lock:
            current = self._current
            if current is None or current[0].generation <= refused.generation:
                current = self._mint(avoid=refused)
            return current[0]

    def known_sigs(self) -> tuple[str, ...]:
        current = self._current
        return (current[0].reveal(),) if current else ()

    def _mint(self, avoid: UserSig | None = None) -> tuple[UserSig, float]:
        """A new sig, published only once final: `get()` reads without the lock, so no other thread may
        see a candidate that is then replaced (one equal to the refused sig would be sent again)."""
        lifetime = self._ttl
        value = self._sign(lifetime)
        if avoid is not None and value == avoid.reveal():
            lifetime -= 1  # same second, same inputs: change one input
            value = self._sign(lifetime)
        current = (UserSig(value, self.mints), self._clock() + lifetime * RENEW_AT)
        self._current = current
        return current

    def _sign(self, lifetime: int) -> str:
        self.mints += 1
        return gen_user_sig(self._sdkappid, self._secret_key.reveal(), self._identifier, expire_seconds=lifetime)

    def __repr__(self) -> str:
        return f"UserSigCache(sdkappid={self._sdkappid}, identifier={self._identifier!r}, ttl={self._ttl})"
