# generated from spec/seat.yaml by `python -m codegen generate` - do not edit
"""Models of `room_engine_http_mic`, a module per command, `_shared` for the types several use.

Import them from `trtc_sdk.models.seat`."""
