"""python -m trtc_sdk.testing: serve the emulator of the Tencent RTC / Chat REST endpoint until interrupted.

The secret key comes from TRTC_SECRET_KEY (a throwaway key is made up and printed when it is unset);
point a client at the printed base URL with the same SDKAppID and key.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from trtc_sdk.testing.emulator import Emulator


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port must be 0..65535 (0 picks a free one), got {port}")
    return port


def _sdkappid(text: str) -> int:
    try:
        sdkappid = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an SDKAppID: {text!r}") from None
    if not 0 < sdkappid <= 0xFFFFFFFF:
        raise argparse.ArgumentTypeError(f"an SDKAppID is a positive 32-bit integer (a client refuses {sdkappid})")
    return sdkappid


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m trtc_sdk.testing",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1; 0.0.0.0 listens everywhere, but the client speaks plain "
        "http only to loopback, so use it from this machine)",
    )
    parser.add_argument("--port", type=_port, default=8080, help="TCP port (default 8080; 0 picks a free one)")
    parser.add_argument(
        "--sdkappid",
        type=_sdkappid,
        default=os.environ.get("TRTC_SDKAPPID", "1400000000"),  # a string default goes through `type` too
        help="the app the emulator answers for (default: TRTC_SDKAPPID, else 1400000000)",
    )
    parser.add_argument(
        "--identifier",
        default=os.environ.get("TRTC_IDENTIFIER", "administrator"),
        help="the administrator account allowed to call (default: TRTC_IDENTIFIER, else administrator)",
    )
    parser.add_argument(
        "--enforce-rate-limits", action="store_true", help="answer 60007 above each command's documented rate"
    )
    args = parser.parse_args(argv)
    if not args.identifier:  # the client refuses an empty one
        parser.error("--identifier (or TRTC_IDENTIFIER) must name an administrator account, not be empty")
    secret_key = os.environ.get("TRTC_SECRET_KEY")
    if secret_key is not None and not secret_key.strip():
        parser.error("TRTC_SECRET_KEY is set but empty; unset it for a throwaway key, or set a real one")
    try:
        emulator = Emulator(
            args.sdkappid,
            secret_key,
            admins=(args.identifier,),
            host=args.host,
            port=args.port,
            enforce_rate_limits=args.enforce_rate_limits,
        ).start()
    except OSError as exc:
        parser.exit(1, f"python -m trtc_sdk.testing: cannot listen on {args.host}:{args.port}: {exc.strerror}\n")
    print(
        f"trtc emulator listening on {emulator.url} (sdkappid {args.sdkappid}, admin {args.identifier!r})", flush=True
    )
    if secret_key is None:
        # Printed once so a local client can be configured; it is a throwaway key of this process.
        print(
            f"no TRTC_SECRET_KEY set; made one up for this run: export TRTC_SECRET_KEY={emulator.secret_key}",
            flush=True,
        )
    print(f"export TRTC_BASE_URL={emulator.url} TRTC_SDKAPPID={args.sdkappid}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
