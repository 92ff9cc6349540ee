# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit
"""Models of `call_record_http_srv`, a module per command, `_shared` for the types several use.

Import them from `trtc_sdk.models.call`."""
