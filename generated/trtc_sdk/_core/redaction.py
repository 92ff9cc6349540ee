"""Keeping credentials out of logs, reprs and messages.

The UserSig travels in the URL query, and HTTP libraries log URLs at DEBUG (urllib3) or INFO (httpx),
so their loggers get a filter that rewrites `usersig=...` before any handler sees the record.
`http.client`'s own debug output (`HTTPConnection.debuglevel > 0`) is printed to stdout, not logged, and
cannot be redacted; the README says so.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable

REDACTED = "[REDACTED]"
# The query key that carries the sig is the envelope's (spec/common.yaml); clients register theirs, so a
# renamed key is hidden too. "usersig", Tencent's name, is always hidden.
_usersig_keys: set[str] = {"usersig"}


def _patterns(keys: Iterable[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = "|".join(sorted(re.escape(key) for key in keys))
    query = re.compile(rf"((?:{names})=)[^&\s\"'#<>]+", re.IGNORECASE)  # in a query string
    quoted = re.compile(rf'("(?:{names})"\s*:\s*")[^"]*', re.IGNORECASE)  # in JSON
    return query, quoted


_USERSIG_VALUE, _QUOTED_USERSIG = _patterns(_usersig_keys)

# Loggers that may print request URLs. Filters act only on records logged through the logger
# they are attached to (not on records propagating from children), hence the full list.
TRANSPORT_LOGGERS = (
    "trtc_sdk",
    "urllib3",
    "urllib3.connectionpool",
    "urllib3.connection",
    "urllib3.poolmanager",
    "urllib3.response",
    "urllib3.util.retry",
    "requests",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.connection_pool",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
)


def redact(text: str, secrets: Iterable[str] | Secrets = ()) -> str:
    """Hide usersig values (query or JSON) and any of the given secret strings."""
    text = _QUOTED_USERSIG.sub(r"\1" + REDACTED, _USERSIG_VALUE.sub(r"\1" + REDACTED, text))
    for secret in secrets.reveal() if isinstance(secrets, Secrets) else secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text


class Secret:
    """A string that never shows itself in repr() or str()."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__


class Secrets:
    """The secret strings of one client (key and live UserSigs), to redact with; never shown."""

    __slots__ = ("_values",)

    def __init__(self, *values: str) -> None:
        self._values = tuple(value for value in values if value)

    def reveal(self) -> tuple[str, ...]:
        return self._values

    def __repr__(self) -> str:
        return f"Secrets({len(self._values)} hidden)"


class RedactingFilter(logging.Filter):
    """Rewrites a record's message (and formatted traceback) with usersig values hidden."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the emitter's bug; leave it to the handler
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text, record.exc_info = redact(text), None
        return True


_FILTER = RedactingFilter()
_installed = False
_lock = threading.Lock()


def install_log_redaction(usersig_key: str = "usersig") -> None:
    """Attach the filter to every transport logger (once) and hide the values of `usersig_key` too."""
    global _installed, _USERSIG_VALUE, _QUOTED_USERSIG
    with _lock:
        if usersig_key not in _usersig_keys:
            _usersig_keys.add(usersig_key)
            _USERSIG_VALUE, _QUOTED_USERSIG = _patterns(_usersig_keys)
        if _installed:
            return
        for name in TRANSPORT_LOGGERS:
            logging.getLogger(name).addFilter(_FILTER)
        _installed = True
