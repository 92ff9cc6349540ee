# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit
"""Models of `live_engine_http_pk`, a module per command, `_shared` for the types several use.

Import them from `trtc_sdk.models.live`."""
