"""python -m trtc_sdk.testing: serve the emulator until interrupted."""

from __future__ import annotations

import argparse
import os
import sys
import time

from trtc_sdk.testing.emulator import Emulator


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m trtc_sdk.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--sdkappid", type=int, default=int(os.environ.get("TRTC_SDKAPPID", "1400000000")))
    parser.add_argument(
        "--identifier", default=os.environ.get("TRTC_IDENTIFIER", "administrator"), help="the admin account"
    )
    args = parser.parse_args(argv)
    secret_key = os.environ.get("TRTC_SECRET_KEY")
    emulator = Emulator(args.sdkappid, secret_key, admins=(args.identifier,), host=args.host, port=args.port).start()
    print(
        f"trtc emulator listening on {emulator.url} (sdkappid {args.sdkappid}, admin {args.identifier!r})", flush=True
    )
    if secret_key is None:
        # Printed once so a local client can be configured; it is a throwaway key of this process.
        print(
            f"no TRTC_SECRET_KEY set; generated one for this run: export TRTC_SECRET_KEY={emulator.secret_key}",
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
