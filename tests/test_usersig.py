"""UserSig and PrivateMapKey: official sigs verify; tampered, expired, wrong-app and wrong-user ones do not."""

from __future__ import annotations

import base64
import json
import time
import zlib

import pytest
import TLSSigAPIv2

from trtc_sdk.usersig import (
    Privilege,
    UserSigError,
    UserSigErrorReason,
    decode_user_sig,
    gen_private_map_key,
    gen_user_sig,
    parse_userbuf,
    verify_private_map_key,
    verify_user_sig,
)

APP = 1400000000
KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e"  # the public README sample key


def repack(sig: str, **changes: object) -> str:
    """Decode a sig, change fields, encode it again the same way (without re-signing)."""
    raw = base64.b64decode(sig.translate(str.maketrans("*-_", "+/=")))
    document = json.loads(zlib.decompress(raw))
    document.update(changes)
    packed = base64.b64encode(zlib.compress(json.dumps(document).encode())).decode()
    return packed.translate(str.maketrans("+/=", "*-_"))


def without_checksum(sig: str) -> str:
    """The same sig with the zlib trailer (adler32) cut off: inflates fully but is unverified."""
    raw = base64.b64decode(sig.translate(str.maketrans("*-_", "+/=")))
    return base64.b64encode(raw[:-4]).decode().translate(str.maketrans("+/=", "*-_"))


def reason_of(sig: str, **kwargs: object) -> UserSigErrorReason:
    with pytest.raises(UserSigError) as caught:
        verify_user_sig(sig, **{"sdkappid": APP, "secret_key": KEY, "identifier": "xiaojun", **kwargs})  # type: ignore[arg-type]
    return caught.value.reason


def test_a_sig_from_the_official_package_verifies() -> None:
    sig = TLSSigAPIv2.TLSSigAPIv2(APP, KEY).gen_sig("xiaojun", 86400)
    info = verify_user_sig(sig, sdkappid=APP, secret_key=KEY, identifier="xiaojun")
    assert info.identifier == "xiaojun" and info.sdkappid == APP and info.expire_seconds == 86400
    assert abs(info.issued_at - time.time()) < 5


def test_gen_user_sig_wraps_the_official_package_with_the_chosen_lifetime() -> None:
    info = verify_user_sig(
        gen_user_sig(APP, KEY, "alice", expire_seconds=600), sdkappid=APP, secret_key=KEY, identifier="alice"
    )
    assert info.expire_seconds == 600 and info.userbuf is None


def test_the_hmac_matches_an_independently_computed_vector() -> None:
    # Vector from the reference notes: key above, xiaojun, 1400000000, time 1700000000, expire 86400.
    sig = TLSSigAPIv2.TLSSigAPIv2(APP, KEY).gen_sig("xiaojun", 86400)
    forged_time = repack(sig, **{"TLS.time": 1700000000, "TLS.sig": "SNF4FmVCPucoXsBOpbVF3fFCf57JPm0ezZ1jeVILlVc="})
    info = verify_user_sig(forged_time, sdkappid=APP, secret_key=KEY, identifier="xiaojun", now=1700000000 + 10)
    assert info.issued_at == 1700000000


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda sig: repack(sig, **{"TLS.expire": 999999}), UserSigErrorReason.BAD_SIGNATURE),  # tampered
        (lambda sig: repack(sig, **{"TLS.identifier": "mallory"}), UserSigErrorReason.BAD_SIGNATURE),
        (lambda sig: sig[:-8], UserSigErrorReason.MALFORMED),
        (without_checksum, UserSigErrorReason.MALFORMED),
        (lambda sig: "not a sig", UserSigErrorReason.MALFORMED),
    ],
)
def test_tampered_sigs_are_refused(make: object, expected: UserSigErrorReason) -> None:
    sig = gen_user_sig(APP, KEY, "xiaojun")
    assert reason_of(make(sig)) is expected  # type: ignore[operator]


def test_expired_wrong_app_wrong_user_and_wrong_key_have_distinct_reasons() -> None:
    sig = gen_user_sig(APP, KEY, "xiaojun", expire_seconds=60)
    assert reason_of(sig, now=time.time() + 61) is UserSigErrorReason.EXPIRED
    assert reason_of(gen_user_sig(APP + 1, KEY, "xiaojun")) is UserSigErrorReason.WRONG_SDKAPPID
    assert reason_of(sig, identifier="someone-else") is UserSigErrorReason.WRONG_IDENTIFIER
    assert reason_of(sig, secret_key="another-key") is UserSigErrorReason.BAD_SIGNATURE


def test_a_zip_bomb_is_refused_without_inflating_it() -> None:
    bomb = base64.b64encode(zlib.compress(b"{" + b" " * 10_000_000)).decode().translate(str.maketrans("+/=", "*-_"))
    assert reason_of(bomb) is UserSigErrorReason.MALFORMED


def test_private_map_key_with_a_numeric_room() -> None:
    key = gen_private_map_key(
        APP, KEY, "alice", 1234, Privilege.ENTER_ROOM | Privilege.RECEIVE_AUDIO, expire_seconds=300
    )
    grant = verify_private_map_key(key, sdkappid=APP, secret_key=KEY, user_id="alice", room_id=1234)
    assert (grant.version, grant.room_id, grant.room_str, grant.user_id) == (0, 1234, None, "alice")
    assert grant.privileges == Privilege.ENTER_ROOM | Privilege.RECEIVE_AUDIO
    assert abs(grant.expires_at - (time.time() + 300)) < 5


def test_private_map_key_with_a_string_room_and_non_latin_ids() -> None:
    key = gen_private_map_key(APP, KEY, "用户一", "会议室-7")
    grant = verify_private_map_key(key, sdkappid=APP, secret_key=KEY, user_id="用户一", room_id="会议室-7")
    assert (grant.version, grant.room_id, grant.room_str) == (1, 0, "会议室-7")
    assert grant.privileges == Privilege.ALL


def test_private_map_key_for_another_room_or_a_plain_sig_is_refused() -> None:
    key = gen_private_map_key(APP, KEY, "alice", 1234)
    with pytest.raises(UserSigError) as caught:
        verify_private_map_key(key, sdkappid=APP, secret_key=KEY, room_id=999)
    assert caught.value.reason is UserSigErrorReason.WRONG_ROOM
    with pytest.raises(UserSigError) as caught:
        verify_private_map_key(gen_user_sig(APP, KEY, "alice"), sdkappid=APP, secret_key=KEY)
    assert caught.value.reason is UserSigErrorReason.BAD_USERBUF


def test_userbuf_layout_is_parsed_back() -> None:
    key = gen_private_map_key(APP, KEY, "bob", "r1", Privilege.SEND_VIDEO)
    userbuf = decode_user_sig(key).userbuf
    assert userbuf is not None and userbuf[0] == 1  # version byte: string room ID
    assert parse_userbuf(userbuf).room_str == "r1"


@pytest.mark.parametrize(
    "kwargs",
    [{"sdkappid": 0}, {"sdkappid": "1400000000"}, {"secret_key": ""}, {"user_id": ""}, {"expire_seconds": 0}],
)
def test_bad_inputs_are_refused(kwargs: dict[str, object]) -> None:
    arguments = {"sdkappid": APP, "secret_key": KEY, "user_id": "u", "expire_seconds": 60, **kwargs}
    with pytest.raises(ValueError):
        gen_user_sig(**arguments)  # type: ignore[arg-type]
