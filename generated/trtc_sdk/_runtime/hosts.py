"""Which base URL(s) a command is sent to: the region's host and its standby, or base_url."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from urllib.parse import urlsplit

from trtc_sdk._runtime.errors import ConfigurationError
from trtc_sdk._runtime.operations import Operation, Region


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str) -> str:
    """Accept https://host[:port][/prefix], or plain http only towards this machine (tests, emulator)."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(f"base_url must look like https://host[:port], got {base_url!r}")
    if parts.query or parts.fragment:
        raise ConfigurationError("base_url must not carry a query or fragment")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(
            f"plain http is allowed only to loopback hosts (127.0.0.1, ::1, localhost), "
            f"not {parts.hostname!r}; use https"
        )
    return base_url.rstrip("/")


class HostSelector:
    """Base URLs for a command: primary host first, then the standby for DNS failures."""

    def __init__(self, region: str, base_url: str | None, regions: Mapping[str, Region]) -> None:
        if region not in regions:
            raise ConfigurationError(f"unknown region {region!r}; known regions: {', '.join(regions)}")
        self.region = region
        self.base_url = check_base_url(base_url) if base_url is not None else None
        host = regions[region]
        self._region_urls = (f"https://{host.host}", f"https://{host.standby_host}")

    def base_urls(self, operation: Operation) -> tuple[str, ...]:
        if self.base_url is not None:
            return (self.base_url,)
        if self.region not in operation.regions:
            raise ConfigurationError(
                f"{operation.path} ({operation.product} product) is not served in region {self.region!r}; "
                f"its docs list: {', '.join(operation.regions)}. Build the client with one of those, or pass base_url."
            )
        return self._region_urls
