"""What both transports share: headers, the reply size cap, bounded decompression, the signed URL.

The signed URL is a `Secret`: its text exists only inside the transport call that sends it, so no
frame on the request path holds it in a local variable (error reporters record frame locals).
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field

from trtc_sdk._core.errors import ResponseTooLargeError, UnexpectedResponseError
from trtc_sdk._core.redaction import Secret
from trtc_sdk._version import __version__

HEADERS: Mapping[str, str] = {
    "Content-Type": "application/json; charset=utf-8",
    "Accept": "application/json",
    "Accept-Encoding": "gzip, deflate",  # the encodings Inflater can bound
    "User-Agent": f"trtc-sdk-python/{__version__}",
}
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
MAX_CONNECT_TIMEOUT = 5.0
POOL_SIZE = 32
CHUNK = 64 * 1024


class SignedURL(Secret):
    """A request URL carrying the UserSig; `repr` and `str` show it redacted."""

    __slots__ = ("base_url",)

    def __init__(self, value: str, base_url: str) -> None:
        super().__init__(value)
        self.base_url = base_url

    def __repr__(self) -> str:
        return f"SignedURL('{self.base_url}/…?usersig=[REDACTED]…')"

    __str__ = __repr__


class Inflater:
    """Decodes a gzip/deflate body chunk by chunk, never holding more than `limit` decoded bytes."""

    def __init__(self, encoding: str, limit: int, *, path: str, status: int = 0) -> None:
        self.path = path
        self.status = status
        self.limit = limit
        self.size = 0
        self.parts: list[bytes] = []
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._decoder: zlib._Decompress | None = None
        elif encoding in ("gzip", "x-gzip"):
            self._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._decoder = zlib.decompressobj(32 + zlib.MAX_WBITS)  # zlib or gzip header, auto-detected
        else:
            raise UnexpectedResponseError(
                f"the reply uses an unsupported Content-Encoding {encoding!r}", path=path, status_code=status, body=""
            )

    def feed(self, data: bytes) -> None:
        if self._decoder is None:
            self._keep(data)
            return
        try:
            while data:
                self._keep(self._decoder.decompress(data, self.limit - self.size + 1))
                data = self._decoder.unconsumed_tail
        except zlib.error:
            raise UnexpectedResponseError(
                "the compressed reply is corrupt", path=self.path, status_code=self.status, body=""
            ) from None

    def expect(self, length: int) -> None:
        if length > self.limit:
            self._too_large()

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            self._too_large()
        if data:
            self.parts.append(data)

    def _too_large(self) -> None:
        raise ResponseTooLargeError(
            f"the reply is larger than max_response_bytes={self.limit}", path=self.path, request_sent=True
        )

    def content(self) -> bytes:
        if self._decoder is not None:
            self._keep(self._decoder.flush())
        return b"".join(self.parts)


@dataclass(frozen=True)
class HTTPReply:
    """One HTTP exchange as the transport saw it."""

    status: int
    content: bytes = field(repr=False)  # a hostile reply may echo a secret; reprs land in frame-locals reports
    headers: Mapping[str, str] = field(default_factory=dict, repr=False)  # lower-case names
    elapsed: float = 0.0  # seconds from sending to the last byte


def timeouts(timeout: float) -> tuple[float, float]:
    """(connect, read) socket timeouts of an attempt bounded as a whole by `timeout`."""
    return min(timeout, MAX_CONNECT_TIMEOUT), timeout
