"""When a failed attempt is tried again, and after how long.

The rule: a request the server certainly rejected before acting (throttling, connect failure) is
always retried; one that may have run (5xx, timeouts, dropped connections, "retry later" codes) only
for commands the spec marks idempotent; an expired UserSig is re-signed and retried once.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from trtc_sdk._runtime.errors import APIError, TransportError, TRTCError, UnexpectedResponseError
from trtc_sdk._runtime.operations import Operation


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0

    def delay(self, retry_number: int) -> float:
        """Exponential backoff with jitter: uniformly between half and all of min(max, initial * 2^n)."""
        ceiling = min(self.max_delay, self.initial_delay * 2.0**retry_number)
        return ceiling / 2 + random.uniform(0, ceiling / 2)


def retry_rule(error: TRTCError, operation: Operation) -> str:
    """never | retry | resign."""
    if isinstance(error, APIError):
        if error.retry == "always" or (error.retry == "idempotent" and operation.idempotent):
            return "retry"
        return "resign" if error.retry == "resign" else "never"
    if isinstance(error, TransportError):
        return "retry" if not error.request_sent or operation.idempotent else "never"
    if isinstance(error, UnexpectedResponseError):
        if error.status_code == 429:
            return "retry"
        if error.status_code >= 500 and operation.idempotent:
            return "retry"
    return "never"


class Attempts:
    """State of one logical call across its attempts: which host, which sig, how many retries."""

    def __init__(self, policy: RetryPolicy, operation: Operation, base_urls: tuple[str, ...], usersig: str) -> None:
        self.policy = policy
        self.operation = operation
        self.base_urls = base_urls
        self.usersig = usersig
        self.host_index = 0
        self.retries = 0
        self.resigned = False

    @property
    def base_url(self) -> str:
        return self.base_urls[self.host_index]

    def after_failure(self, error: TRTCError, renew_sig: Callable[[str], str]) -> float | None:
        """Seconds to wait before the next attempt, or None to give up and raise `error`."""
        rule = retry_rule(error, self.operation)
        if rule == "resign" and not self.resigned:
            # A fresh sig is a credential refresh, not a retry: it happens once even with max_retries=0.
            self.resigned = True
            self.usersig = renew_sig(self.usersig)
            return 0.0
        if rule != "retry" or self.retries >= self.policy.max_retries:
            return None
        if isinstance(error, TransportError) and not error.request_sent:
            self.host_index = (self.host_index + 1) % len(self.base_urls)
        delay = self.policy.delay(self.retries)
        self.retries += 1
        return delay
