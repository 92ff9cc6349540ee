# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit
"""The product's enums, a module each (a command imports only the enums it uses).

Import them from `trtc_sdk.models.call`."""
