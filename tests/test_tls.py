"""TLS: certificates are verified by default; turning that off takes a loudly named opt-in; plain
HTTP is for loopback only."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from trtc_sdk import Client, ConfigurationError, TransportError
from trtc_sdk.testing import Emulator


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def https_emulator(authority: trustme.CA, tmp_path: Path) -> Iterator[Emulator]:
    certificate = authority.issue_cert("localhost", "127.0.0.1")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    certificate.cert_chain_pems[0].write_to_path(str(cert))
    certificate.private_key_pem.write_to_path(str(key))
    with Emulator(tls=(str(cert), str(key))) as emulator:
        yield emulator


def test_an_untrusted_certificate_is_refused_by_default(https_emulator: Emulator) -> None:
    client = Client(https_emulator.sdkappid, https_emulator.secret_key, base_url=https_emulator.url, max_retries=0)
    with pytest.raises(TransportError, match="TLS failed") as caught:
        client.call.get_call_info(call_id="c")
    assert caught.value.request_sent is False
    assert https_emulator.requests == []


def test_a_ca_bundle_makes_the_certificate_trusted(
    https_emulator: Emulator, authority: trustme.CA, tmp_path: Path
) -> None:
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    client = Client(
        https_emulator.sdkappid, https_emulator.secret_key, base_url=https_emulator.url, ca_bundle=str(bundle)
    )
    assert client.call.get_call_info(call_id="c").error_code == 0


def test_skipping_verification_needs_the_dangerous_opt_in_and_says_so(
    https_emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="trtc_sdk")
    client = Client(
        https_emulator.sdkappid,
        https_emulator.secret_key,
        base_url=https_emulator.url,
        dangerously_skip_tls_verify=True,
    )
    assert "TLS certificate verification is OFF" in caplog.text
    with pytest.warns(Warning):  # urllib3's InsecureRequestWarning on every request
        assert client.call.get_call_info(call_id="c").error_code == 0


def test_there_is_no_verify_false_shortcut() -> None:
    with pytest.raises(TypeError):
        Client(1400000000, "k", verify=False)  # type: ignore[call-arg]


def test_a_session_with_verification_off_still_verifies(https_emulator: Emulator) -> None:
    import requests

    session = requests.Session()
    session.verify = False
    client = Client(
        https_emulator.sdkappid,
        https_emulator.secret_key,
        base_url=https_emulator.url,
        http_client=session,
        max_retries=0,
    )
    with pytest.raises(TransportError, match="TLS failed"):
        client.call.get_call_info(call_id="c")


def test_the_async_client_verifies_too(https_emulator: Emulator) -> None:
    import asyncio

    async def call() -> None:
        async with https_emulator.async_client(max_retries=0) as client:
            await client.call.get_call_info(call_id="c")

    with pytest.raises(TransportError):
        asyncio.run(call())


@pytest.mark.parametrize("url", ["http://example.com", "http://192.168.1.10:8080", "http://console.tim.qq.com"])
def test_plain_http_is_refused_except_on_loopback(url: str) -> None:
    with pytest.raises(ConfigurationError, match="plain http is allowed only to loopback"):
        Client(1400000000, "k", base_url=url)


def test_region_hosts_are_always_https() -> None:
    from trtc_sdk import OPERATIONS

    for region in ("china", "singapore", "jakarta"):
        urls = Client(1400000000, "k", region=region)._hosts.base_urls(OPERATIONS["call_engine_http_srv/end_call"])
        assert all(url.startswith("https://") for url in urls)
