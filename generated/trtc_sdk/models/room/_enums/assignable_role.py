# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class AssignableRole(StrEnum):
    """Roles an administrator can give to a room member."""

    ADMIN = "Admin"
    MEMBER = "Member"
