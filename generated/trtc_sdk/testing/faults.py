"""Random faults for the emulator: `emulator.fault_injector = FaultMix(rate=0.1)`.

Each kind says whether the command took effect before things went wrong, which is what decides
whether a retry is safe; the emulator records it (`RecordedRequest.executed`), so a test can prove a
non-idempotent command ran at most once per logical call.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from dataclasses import dataclass, field

from trtc_sdk.testing.emulator import Answer, RecordedRequest

KINDS = ("http_502", "slow", "throttled", "expired_sig", "broken_body", "dropped")


@dataclass
class FaultMix:
    rate: float = 0.1  # share of requests that get a fault
    slow_seconds: float = 1.0  # set above the client's timeout to force timeouts
    kinds: tuple[str, ...] = KINDS
    seed: int | None = None
    injected: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)
        self._lock = threading.Lock()

    def __call__(self, request: RecordedRequest) -> Answer | None:
        with self._lock:
            if self._random.random() >= self.rate:
                return None
            kind = self._random.choice(self.kinds)
            self.injected[kind] += 1
        return self.answer(kind)

    def answer(self, kind: str) -> Answer:
        if kind == "http_502":  # a gateway failed after the backend acted
            return Answer(
                http_status=502,
                raw=b"<html><body>502 Bad Gateway</body></html>",
                content_type="text/html",
                executed=True,
            )
        if kind == "slow":  # the command ran; the reply comes after the client gave up
            return Answer(delay=self.slow_seconds, executed=True)
        if kind == "throttled":  # refused before running
            return Answer(error_code=60007, error_info="REST API frequency over limit")
        if kind == "expired_sig":  # refused before running
            return Answer(error_code=70001, error_info="usersig expired")
        if kind == "broken_body":  # ran, then the reply was cut
            return Answer(raw=b'{"ActionStatus": "OK", "ErrorCode": 0, "Resp', executed=True)
        if kind == "dropped":  # ran, then the connection died before the reply
            return Answer(drop=True, executed=True)
        raise ValueError(f"unknown fault kind {kind!r}")
