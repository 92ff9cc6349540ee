"""TLS promises checked against an HTTPS emulator with a throwaway CA (trustme)."""

from __future__ import annotations

import tempfile
import warnings
from pathlib import Path

import requests
import trustme

from trtc_sdk import Client, ConfigurationError, TransportError
from trtc_sdk.testing import Emulator


def tls_lines() -> tuple[list[str], bool]:
    authority = trustme.CA()
    certificate = authority.issue_cert("localhost", "127.0.0.1")
    with tempfile.TemporaryDirectory() as tmp:
        cert, key, bundle = Path(tmp, "cert.pem"), Path(tmp, "key.pem"), Path(tmp, "ca.pem")
        certificate.cert_chain_pems[0].write_to_path(str(cert))
        certificate.private_key_pem.write_to_path(str(key))
        authority.cert_pem.write_to_path(str(bundle))
        with Emulator(tls=(str(cert), str(key))) as emulator:
            app, key_text, url = emulator.sdkappid, emulator.secret_key, emulator.url
            try:
                Client(app, key_text, base_url=url, max_retries=0).call.get_call_info(call_id="c")
                refused_by_default = False
            except TransportError:
                refused_by_default = True
            trusted = (
                Client(app, key_text, base_url=url, ca_bundle=str(bundle)).call.get_call_info(call_id="c").error_code
                == 0
            )
            lax_session = requests.Session()
            lax_session.verify = False  # a caller's session that skips checks must not weaken the client's
            try:
                Client(app, key_text, base_url=url, max_retries=0, http_client=lax_session).call.get_call_info(
                    call_id="c"
                )
                session_cannot_weaken = False
            except TransportError:
                session_cannot_weaken = True
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                opted_out = Client(app, key_text, base_url=url, dangerously_skip_tls_verify=True).call.get_call_info(
                    call_id="c"
                )
    remote_http_refused = 0
    plain_urls = ("http://example.com", "http://10.0.0.1", "http://console.tim.qq.com")
    for plain in plain_urls:
        try:
            Client(1400000000, "k", base_url=plain)
        except ConfigurationError:
            remote_http_refused += 1
    ok = (
        refused_by_default
        and trusted
        and opted_out.error_code == 0
        and remote_http_refused == len(plain_urls)
        and session_cannot_weaken
    )
    return [
        f"untrusted certificate refused by default: {refused_by_default}; trusted with ca_bundle=: {trusted}",
        "turning verification off takes dangerously_skip_tls_verify=True (logs a warning; urllib3 warns per request); "
        f"a caller's session with verify=False still refuses the untrusted certificate: {session_cannot_weaken}",
        f"plain http to non-loopback hosts refused: {remote_http_refused}/{len(plain_urls)}; "
        "region hosts are https only",
    ], ok
