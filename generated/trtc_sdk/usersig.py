"""UserSig and PrivateMapKey: mint them for client logins and TRTC rooms, and decode or verify them.

Minting wraps Tencent's `tls-sig-api-v2` package. Verification recomputes the HMAC-SHA256 the way
Tencent's server does (the sig is zlib-compressed JSON, so two valid sigs for the same input need
not be byte-identical: always verify, never compare strings).
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
import json
import struct
import time
import zlib
from dataclasses import dataclass
from typing import Any

import TLSSigAPIv2  # the official tls-sig-api-v2 package (module name as published)

from trtc_sdk._core.errors import TRTCError

DEFAULT_EXPIRE_SECONDS = 180 * 86_400  # the official package's default lifetime
_MAX_DECOMPRESSED = 64 * 1024  # a real sig inflates to a few hundred bytes; refuse zip bombs


class Privilege(enum.IntFlag):
    """Permission bits of a PrivateMapKey (TRTC advanced permission control)."""

    CREATE_ROOM = 1
    ENTER_ROOM = 2
    SEND_AUDIO = 4
    RECEIVE_AUDIO = 8
    SEND_VIDEO = 16
    RECEIVE_VIDEO = 32
    SEND_SUB_STREAM = 64
    RECEIVE_SUB_STREAM = 128
    ALL = 255


class UserSigErrorReason(enum.Enum):
    MALFORMED = "malformed"
    BAD_SIGNATURE = "bad_signature"
    EXPIRED = "expired"
    WRONG_SDKAPPID = "wrong_sdkappid"
    WRONG_IDENTIFIER = "wrong_identifier"
    BAD_USERBUF = "bad_userbuf"
    WRONG_ROOM = "wrong_room"


class UserSigError(TRTCError):
    """A UserSig or PrivateMapKey was refused; `reason` says why."""

    def __init__(self, reason: UserSigErrorReason, message: str) -> None:
        self.reason = reason
        super().__init__(f"{reason.value}: {message}")


class UserSigArgumentError(TRTCError, ValueError):
    """A usersig function was given an argument it cannot use (a ValueError too, for code that catches one)."""


@dataclass(frozen=True)
class UserSigInfo:
    sdkappid: int
    identifier: str
    issued_at: int  # Unix seconds (TLS.time)
    expire_seconds: int  # lifetime (TLS.expire)
    userbuf: bytes | None
    version: str

    @property
    def expires_at(self) -> int:
        return self.issued_at + self.expire_seconds


@dataclass(frozen=True)
class PrivateMapKeyInfo:
    version: int  # 0: numeric room ID, 1: string room ID
    user_id: str
    sdkappid: int
    room_id: int  # 0 when a string room ID is used
    room_str: str | None
    expires_at: int  # Unix seconds
    privileges: Privilege
    account_type: int


def gen_user_sig(sdkappid: int, secret_key: str, user_id: str, expire_seconds: int = DEFAULT_EXPIRE_SECONDS) -> str:
    """A UserSig for `user_id`, valid for `expire_seconds` from now."""
    _check_inputs(sdkappid, secret_key, user_id, expire_seconds)
    return str(TLSSigAPIv2.TLSSigAPIv2(sdkappid, secret_key).gen_sig(user_id, expire_seconds))


def gen_private_map_key(
    sdkappid: int,
    secret_key: str,
    user_id: str,
    room_id: int | str,
    privileges: int = Privilege.ALL,
    expire_seconds: int = DEFAULT_EXPIRE_SECONDS,
) -> str:
    """A PrivateMapKey granting `user_id` the `privileges` bits in one room (numeric or string ID)."""
    _check_inputs(sdkappid, secret_key, user_id, expire_seconds)
    if isinstance(privileges, bool) or not isinstance(privileges, int) or not 0 <= privileges <= 255:
        raise UserSigArgumentError("privileges must be a combination of Privilege bits (0..255)")
    string_room = isinstance(room_id, str)
    if (string_room and not room_id) or (
        not string_room and (isinstance(room_id, bool) or not isinstance(room_id, int))
    ):
        raise UserSigArgumentError("room_id must be an integer or a non-empty string")
    userbuf = build_userbuf(sdkappid, user_id, room_id, int(privileges), int(time.time()) + expire_seconds)
    api = TLSSigAPIv2.TLSSigAPIv2(sdkappid, secret_key)
    return str(api.gen_sig_with_userbuf(user_id, expire_seconds, userbuf))


def build_userbuf(sdkappid: int, user_id: str, room_id: int | str, privileges: int, expires_at: int) -> bytes:
    """PrivateMapKey userbuf, big-endian: version, account, app, room, expiry, bits, type, [room string]."""
    account = user_id.encode("utf-8")
    string_room = isinstance(room_id, str)
    numeric_room = 0 if string_room else int(room_id)
    if not 0 <= numeric_room <= 0xFFFFFFFF:
        raise UserSigArgumentError("a numeric room_id must fit in 32 bits")
    buf = struct.pack(">BH", 1 if string_room else 0, len(account)) + account
    buf += struct.pack(">IIIII", sdkappid, numeric_room, expires_at, privileges, 0)
    if string_room:
        room = str(room_id).encode("utf-8")
        buf += struct.pack(">H", len(room)) + room
    return buf


def parse_userbuf(userbuf: bytes) -> PrivateMapKeyInfo:
    try:
        version, account_length = struct.unpack_from(">BH", userbuf, 0)
        offset = 3
        user_id = userbuf[offset : offset + account_length].decode("utf-8")
        offset += account_length
        sdkappid, room_id, expires_at, privileges, account_type = struct.unpack_from(">IIIII", userbuf, offset)
        offset += 20
        room_str = None
        if version == 1:
            (room_length,) = struct.unpack_from(">H", userbuf, offset)
            offset += 2
            room_str = userbuf[offset : offset + room_length].decode("utf-8")
            offset += room_length
        if version not in (0, 1) or offset != len(userbuf) or len(user_id.encode()) != account_length:
            raise ValueError("unexpected length or version")
    except (struct.error, UnicodeDecodeError, ValueError) as exc:
        raise UserSigError(
            UserSigErrorReason.BAD_USERBUF, f"userbuf does not follow the PrivateMapKey layout ({exc})"
        ) from None
    return PrivateMapKeyInfo(
        version, user_id, sdkappid, room_id, room_str, expires_at, Privilege(privileges), account_type
    )


def decode_user_sig(sig: str) -> UserSigInfo:
    """Read a UserSig's fields without checking its signature."""
    return _read_fields(_inflate(sig))


def _read_fields(document: dict[str, Any]) -> UserSigInfo:
    try:
        userbuf_text = document.get("TLS.userbuf")
        info = UserSigInfo(
            sdkappid=_strict_int(document["TLS.sdkappid"]),
            identifier=str(document["TLS.identifier"]),
            issued_at=_strict_int(document["TLS.time"]),
            expire_seconds=_strict_int(document["TLS.expire"]),
            userbuf=base64.b64decode(userbuf_text, validate=True) if userbuf_text is not None else None,
            version=str(document.get("TLS.ver", "")),
        )
        str(document["TLS.sig"])
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise UserSigError(UserSigErrorReason.MALFORMED, f"missing or invalid field ({type(exc).__name__})") from None
    return info


def verify_user_sig(
    sig: str,
    *,
    sdkappid: int,
    secret_key: str,
    identifier: str | None = None,
    now: float | None = None,
) -> UserSigInfo:
    """Check a UserSig like Tencent's server does; raises UserSigError with a distinct reason."""
    check_credentials(sdkappid, secret_key, "-")
    if not isinstance(sig, str):
        raise UserSigArgumentError("sig must be a string")
    if identifier is not None and not isinstance(identifier, str):
        raise UserSigArgumentError("identifier must be a string or None")
    document = _inflate(sig)
    info = _read_fields(document)
    expected = _signature(
        secret_key, info.identifier, info.sdkappid, info.issued_at, info.expire_seconds, document.get("TLS.userbuf")
    )
    if not hmac.compare_digest(expected.encode(), str(document["TLS.sig"]).encode()):
        raise UserSigError(
            UserSigErrorReason.BAD_SIGNATURE, "the HMAC does not match (wrong secret key or altered content)"
        )
    if info.sdkappid != sdkappid:
        raise UserSigError(UserSigErrorReason.WRONG_SDKAPPID, f"made for SDKAppID {info.sdkappid}, not {sdkappid}")
    if identifier is not None and info.identifier != identifier:
        raise UserSigError(UserSigErrorReason.WRONG_IDENTIFIER, f"made for {info.identifier!r}, not {identifier!r}")
    current = time.time() if now is None else now
    if current > info.expires_at:
        raise UserSigError(UserSigErrorReason.EXPIRED, f"expired {int(current - info.expires_at)} s ago")
    return info


def verify_private_map_key(
    key: str,
    *,
    sdkappid: int,
    secret_key: str,
    user_id: str | None = None,
    room_id: int | str | None = None,
    now: float | None = None,
) -> PrivateMapKeyInfo:
    """Verify a PrivateMapKey's signature and its userbuf (app, user, room, expiry)."""
    info = verify_user_sig(key, sdkappid=sdkappid, secret_key=secret_key, identifier=user_id, now=now)
    if info.userbuf is None:
        raise UserSigError(UserSigErrorReason.BAD_USERBUF, "this is a plain UserSig, not a PrivateMapKey")
    grant = parse_userbuf(info.userbuf)
    if grant.sdkappid != sdkappid or grant.user_id != info.identifier:
        raise UserSigError(UserSigErrorReason.BAD_USERBUF, "the userbuf names another app or user than the sig")
    if room_id is not None and (grant.room_str if isinstance(room_id, str) else grant.room_id) != room_id:
        raise UserSigError(
            UserSigErrorReason.WRONG_ROOM, f"grants room {grant.room_str or grant.room_id!r}, not {room_id!r}"
        )
    current = time.time() if now is None else now
    if current > grant.expires_at:
        raise UserSigError(
            UserSigErrorReason.EXPIRED, f"room permission expired {int(current - grant.expires_at)} s ago"
        )
    return grant


def _signature(secret_key: str, identifier: str, sdkappid: int, issued_at: int, expire: int, userbuf: Any) -> str:
    content = f"TLS.identifier:{identifier}\nTLS.sdkappid:{sdkappid}\nTLS.time:{issued_at}\nTLS.expire:{expire}\n"
    if userbuf is not None:
        content += f"TLS.userbuf:{userbuf}\n"
    digest = hmac.new(secret_key.encode("utf-8"), content.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def _inflate(sig: str) -> dict[str, Any]:
    if not isinstance(sig, str) or not sig:
        raise UserSigError(UserSigErrorReason.MALFORMED, "empty")
    try:
        packed = base64.b64decode(sig.translate(str.maketrans("*-_", "+/=")), validate=True)
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, _MAX_DECOMPRESSED)
        if inflater.unconsumed_tail:
            raise ValueError("too large")
        if not inflater.eof or inflater.unused_data:  # truncated (checksum unverified) or trailing bytes
            raise ValueError("incomplete zlib stream")
        document = json.loads(raw)
    except (binascii.Error, zlib.error, ValueError, UnicodeDecodeError) as exc:
        raise UserSigError(UserSigErrorReason.MALFORMED, f"cannot be decoded ({type(exc).__name__})") from None
    if not isinstance(document, dict):
        raise UserSigError(UserSigErrorReason.MALFORMED, "does not hold a JSON object")
    return document


def _strict_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("not an integer")
    return value


def check_credentials(sdkappid: int, secret_key: str, user_id: str, user_label: str = "user_id") -> None:
    """UserSigArgumentError unless the sdkappid is a positive uint32 and the key and user ID are non-empty
    strings."""
    if isinstance(sdkappid, bool) or not isinstance(sdkappid, int) or not 0 < sdkappid <= 0xFFFFFFFF:
        raise UserSigArgumentError("sdkappid must be a positive 32-bit integer")
    if not isinstance(secret_key, str) or not secret_key:
        raise UserSigArgumentError("secret_key must be a non-empty string")
    if not isinstance(user_id, str) or not user_id:
        raise UserSigArgumentError(f"{user_label} must be a non-empty string")


def _check_inputs(sdkappid: int, secret_key: str, user_id: str, expire_seconds: int) -> None:
    check_credentials(sdkappid, secret_key, user_id)
    if isinstance(expire_seconds, bool) or not isinstance(expire_seconds, int) or expire_seconds <= 0:
        raise UserSigArgumentError("expire_seconds must be a positive integer")


__all__ = [
    "DEFAULT_EXPIRE_SECONDS",
    "PrivateMapKeyInfo",
    "Privilege",
    "UserSigArgumentError",
    "UserSigError",
    "UserSigErrorReason",
    "UserSigInfo",
    "build_userbuf",
    "check_credentials",
    "decode_user_sig",
    "gen_private_map_key",
    "gen_user_sig",
    "parse_userbuf",
    "verify_private_map_key",
    "verify_user_sig",
]
