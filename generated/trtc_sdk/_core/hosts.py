"""Which base URL(s) a command is sent to, through which proxy: the region's hosts, or base_url.

A base_url is checked the way the transport will read it (urllib3's parser, which requests uses),
and must agree with the standard library's reading too: a URL the two parsers read differently
(`http://remote:80\\@127.0.0.1`) could pass a loopback check and then send the UserSig elsewhere.
"""

from __future__ import annotations

import ipaddress
import string
from collections.abc import Mapping
from urllib.parse import urlsplit

import requests.utils
import urllib3.exceptions
import urllib3.util

from trtc_sdk._core.errors import ConfigurationError
from trtc_sdk._core.registry import Operation, Region

_FORBIDDEN = set(string.whitespace) | {chr(code) for code in range(32)} | {"\x7f", "\\", "@"}
NO_PROXY: Mapping[str, str | None] = {"http": None, "https": None}  # also hides environment proxies


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: object) -> str:
    """Accept https://host[:port][/prefix], or plain http only towards this machine (tests, emulator)."""
    if not isinstance(base_url, str):
        raise ConfigurationError(f"base_url must be a string, got {type(base_url).__name__}")
    bad = sorted({repr(char) for char in base_url if char in _FORBIDDEN})
    if bad:
        raise ConfigurationError(
            f"base_url must not contain whitespace, control characters, backslashes or user info ({', '.join(bad)})"
        )
    parts = urlsplit(base_url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError("base_url must look like https://host[:port][/path]")
    if parts.query or parts.fragment or base_url.rstrip("/").endswith("?"):
        raise ConfigurationError("base_url must not carry a query or fragment")
    try:
        port = parts.port
        parsed = urllib3.util.parse_url(base_url)
    except (ValueError, urllib3.exceptions.LocationParseError):
        raise ConfigurationError("base_url has an invalid host or port") from None
    if port == 0 or (parsed.host or "").strip("[]").lower() != parts.hostname.lower() or parsed.port != port:
        raise ConfigurationError("base_url has an invalid host or port")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(
            f"plain http is allowed only to loopback hosts (127.0.0.1, ::1, localhost), not {parts.hostname!r}; "
            "use https"
        )
    return base_url.rstrip("/")


class HostSelector:
    """Base URLs for a command (primary host first, then the standby for DNS failures), and their proxies."""

    def __init__(self, region: object, base_url: str | None, regions: Mapping[str, Region]) -> None:
        if not isinstance(region, str) or region not in regions:
            raise ConfigurationError(f"unknown region {region!r}; known regions: {', '.join(regions)}")
        self.region = region
        self.base_url = check_base_url(base_url) if base_url is not None else None
        host = regions[region]
        self._region_urls = (f"https://{host.host}", f"https://{host.standby_host}")
        urls = (self.base_url,) if self.base_url is not None else self._region_urls
        # Resolved once (requests would re-read the environment on every call); loopback never proxied.
        self._proxies = {url: _proxies_for(url) for url in urls}

    def base_urls(self, operation: Operation) -> tuple[str, ...]:
        if self.base_url is not None:
            return (self.base_url,)
        if self.region not in operation.regions:
            raise ConfigurationError(
                f"{operation.path} ({operation.product} product) is not served in region {self.region!r}; "
                f"its docs list: {', '.join(operation.regions)}. Build the client with one of those, or pass base_url."
            )
        return self._region_urls

    def proxies(self, base_url: str) -> Mapping[str, str | None]:
        return self._proxies.get(base_url, NO_PROXY)


def _proxies_for(url: str) -> Mapping[str, str | None]:
    host = urlsplit(url).hostname or ""
    if is_loopback(host):
        return NO_PROXY
    found = requests.utils.get_environ_proxies(url)
    return {**NO_PROXY, **found} if found else NO_PROXY
