# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class MediaType(StrEnum):
    """Whether a call carries video or audio only."""

    VIDEO = "Video"
    AUDIO = "Audio"
