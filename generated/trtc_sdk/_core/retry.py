"""When a failed attempt is tried again, and after how long.

The rule: a request the server certainly rejected before acting (throttling, a connection that never
carried the request) is always retried; one that may have run (5xx, timeouts, dropped connections,
"retry later" codes) only for commands that are safe to repeat (idempotent, or de-duplicated by the
server on a key the SDK keeps across attempts); an expired UserSig is re-signed and retried once.
Retries stop at `max_retries`, and never outlive the call's `deadline`.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from trtc_sdk._core.errors import APIError, TransportError, TRTCError, UnexpectedResponseError
from trtc_sdk._core.registry import Operation
from trtc_sdk._core.signing import UserSig

MAX_RETRIES_LIMIT = 20
CLOCK_HINT = "If this repeats, check this host's clock: a sig minted now was refused as expired"


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0

    def delay(self, retry_number: int) -> float:
        """Exponential backoff with jitter: uniformly between half and all of min(max, initial * 2^n)."""
        ceiling = min(self.max_delay, self.initial_delay * 2.0 ** min(retry_number, 60))
        return ceiling / 2 + random.uniform(0, ceiling / 2)


Decision = Literal["never", "retry", "resign"]


def retry_rule(error: TRTCError, operation: Operation) -> Decision:
    if isinstance(error, APIError):
        if error.retry == "always" or (error.retry == "idempotent" and operation.retry_safe):
            return "retry"
        return "resign" if error.retry == "resign" else "never"
    if isinstance(error, TransportError):
        return "retry" if not error.request_sent or operation.retry_safe else "never"
    if isinstance(error, UnexpectedResponseError):
        if error.status_code == 429:
            return "retry"  # throttled by a gateway before reaching the service
        if error.status_code >= 500 and operation.retry_safe:
            return "retry"
    return "never"


class Attempts:
    """State of one logical call across its attempts: which host, which sig, how many retries, until when."""

    def __init__(
        self,
        policy: RetryPolicy,
        operation: Operation,
        base_urls: tuple[str, ...],
        usersig: UserSig,
        deadline: float | None = None,  # time.monotonic() by which the call must end, retries included
    ) -> None:
        self.policy = policy
        self.operation = operation
        self.base_urls = base_urls
        self.usersig = usersig
        self.deadline = deadline
        self.host_index = 0
        self.retries = 0
        self.resigned = False
        self.number = 1  # attempts made so far, the current one included

    @property
    def base_url(self) -> str:
        return self.base_urls[self.host_index]

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()

    def after_failure(self, error: TRTCError, renew_sig: Callable[[UserSig], UserSig]) -> float | None:
        """Seconds to wait before the next attempt, or None to give up and raise `error`."""
        rule = retry_rule(error, self.operation)
        if rule == "resign":
            if self.resigned:  # a sig minted a moment ago was refused as expired too
                if isinstance(error, APIError):
                    error.hint = CLOCK_HINT
                    error.args = (f"{error.args[0]}; {CLOCK_HINT}",)
                return None
            # A fresh sig is a credential refresh, not a retry: it happens once even with max_retries=0.
            self.resigned = True
            self.usersig = renew_sig(self.usersig)
            return self._next(0.0)
        if rule != "retry" or self.retries >= self.policy.max_retries:
            return None
        if isinstance(error, TransportError) and not error.request_sent:
            self.host_index = (self.host_index + 1) % len(self.base_urls)
        delay = self.policy.delay(self.retries)
        server_asks = getattr(error, "retry_after", None)
        if isinstance(server_asks, (int, float)):
            delay = max(delay, server_asks)
        self.retries += 1
        return self._next(delay)

    def _next(self, delay: float) -> float | None:
        remaining = self.remaining()
        if remaining is not None and delay >= remaining:
            return None  # the wait alone would miss the deadline: give up now with the real error
        self.number += 1
        return delay
