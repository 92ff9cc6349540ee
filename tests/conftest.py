"""Fixtures: every test talks HTTP to a real emulator on loopback, never to a mocked transport."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from trtc_sdk import Client
from trtc_sdk.testing import Emulator

# Backoff this short keeps retry tests fast while still exercising the sleep path.
FAST_RETRIES: dict[str, Any] = {"backoff_initial": 0.001, "backoff_max": 0.005}


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator() as emu:
        yield emu


@pytest.fixture
def client(emulator: Emulator) -> Iterator[Client]:
    with emulator.client(timeout=2.0, **FAST_RETRIES) as made:
        yield made


# One emulator per module for the suites that walk every command (thousands of tests), cleared per test.
@pytest.fixture(scope="module")
def shared_emulator() -> Iterator[Emulator]:
    with Emulator() as emu:
        yield emu


@pytest.fixture
def emu(shared_emulator: Emulator) -> Emulator:
    shared_emulator.clear()
    return shared_emulator
