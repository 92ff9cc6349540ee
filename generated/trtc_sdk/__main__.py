"""`python -m trtc_sdk`: the `trtc` command line (see trtc_sdk.cli)."""

from trtc_sdk.cli import main

raise SystemExit(main())
