# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit
"""Models of `room_config`, a module per command, `_shared` for the types several use.

Import them from `trtc_sdk.models.room`."""
