"""Client construction: regions and hosts, base_url rules, environment, options, and honest reprs."""

from __future__ import annotations

import pytest

from trtc_sdk import OPERATIONS, Client, ConfigurationError
from trtc_sdk._registry import REGIONS
from trtc_sdk.testing import Emulator

KEY = "test-secret-key-123456"


def test_region_selects_the_primary_host_then_its_standby() -> None:
    client = Client(1400000000, KEY, region="singapore")
    urls = client._hosts.base_urls(OPERATIONS["call_engine_http_srv/get_call_info"])
    assert urls == ("https://adminapisgp.im.qcloud.com", "https://adminapisgp.my-imcloud.com")


def test_every_region_in_the_spec_has_distinct_https_hosts() -> None:
    assert {"china", "singapore", "seoul", "frankfurt", "silicon_valley", "jakarta"} <= set(REGIONS)
    for region in REGIONS.values():
        assert region.host != region.standby_host


def test_unknown_region_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ConfigurationError, match="known regions: china"):
        Client(1400000000, KEY, region="mars")


def test_a_region_the_product_does_not_serve_is_refused_before_sending() -> None:
    client = Client(1400000000, KEY, region="tokyo")
    with pytest.raises(ConfigurationError, match=r"not served in region 'tokyo'.*or pass base_url"):
        client.call.get_call_info(call_id="c")


def test_base_url_overrides_region_rules(emulator: Emulator) -> None:
    client = Client(emulator.sdkappid, emulator.secret_key, region="tokyo", base_url=emulator.url + "/")
    assert client.call.get_call_info(call_id="c").error_code == 0


@pytest.mark.parametrize(
    "url", ["http://example.com", "http://10.0.0.1:8080", "ftp://127.0.0.1", "https://h/?q=1", "nope"]
)
def test_plain_http_to_remote_hosts_and_malformed_base_urls_are_refused(url: str) -> None:
    with pytest.raises(ConfigurationError):
        Client(1400000000, KEY, base_url=url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:1", "http://localhost:8080", "http://[::1]:80", "https://example.com/prefix"]
)
def test_https_anywhere_and_http_on_loopback_are_accepted(url: str) -> None:
    assert Client(1400000000, KEY, base_url=url).base_url == url


@pytest.mark.parametrize(
    "kwargs",
    [
        {"sdkappid": 0},
        {"sdkappid": "1400000000"},
        {"secret_key": ""},
        {"identifier": ""},
        {"timeout": 0},
        {"max_retries": -1},
        {"usersig_ttl": 10},
    ],
)
def test_bad_settings_are_refused(kwargs: dict[str, object]) -> None:
    arguments: dict[str, object] = {"sdkappid": 1400000000, "secret_key": KEY, **kwargs}
    with pytest.raises((ConfigurationError, ValueError)):
        Client(**arguments)  # type: ignore[arg-type]


def test_from_env_reads_the_documented_variables(monkeypatch: pytest.MonkeyPatch, emulator: Emulator) -> None:
    monkeypatch.setenv("TRTC_SDKAPPID", str(emulator.sdkappid))
    monkeypatch.setenv("TRTC_SECRET_KEY", emulator.secret_key)
    monkeypatch.setenv("TRTC_IDENTIFIER", "administrator")
    monkeypatch.setenv("TRTC_REGION", "jakarta")
    monkeypatch.setenv("TRTC_BASE_URL", emulator.url)
    client = Client.from_env(timeout=3.0)
    assert (client.sdkappid, client.region, client.base_url, client.timeout) == (
        emulator.sdkappid,
        "jakarta",
        emulator.url,
        3.0,
    )
    assert client.call.get_call_info(call_id="c").error_code == 0


def test_from_env_names_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRTC_SDKAPPID", raising=False)
    monkeypatch.delenv("TRTC_SECRET_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="TRTC_SDKAPPID, TRTC_SECRET_KEY"):
        Client.from_env()


def test_with_options_shares_connections_and_usersig_but_not_settings(client: Client) -> None:
    faster = client.with_options(timeout=1.5, max_retries=0)
    assert (faster.timeout, faster.max_retries) == (1.5, 0)
    assert (client.timeout, client.max_retries) == (2.0, 2)
    assert faster._transport is client._transport and faster._usersigs is client._usersigs
    assert faster.call is not client.call and faster.call._client is faster


def test_repr_shows_settings_not_secrets() -> None:
    client = Client(1400000000, KEY, region="seoul")
    assert repr(client) == "Client(sdkappid=1400000000, identifier='administrator', region='seoul')"
    assert KEY not in repr(client.__dict__)


def test_tls_verification_cannot_be_turned_off_by_a_session(emulator: Emulator) -> None:
    import requests

    session = requests.Session()
    session.verify = False
    client = Client(1400000000, KEY, http_client=session)
    assert client._transport.verify  # True, or the CA bundle the environment names; never False
    assert Client(1400000000, KEY, dangerously_skip_tls_verify=True)._transport.verify is False
    assert Client(1400000000, KEY, ca_bundle="/etc/ssl/certs/ca-certificates.crt")._transport.verify.endswith(".crt")
