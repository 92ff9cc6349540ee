# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class AdminOpType(StrEnum):
    """Whether modify_admin grants or revokes the administrator role."""

    ADD = "add"
    DELETE = "delete"
