# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class CreatePermissionGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/create_permission_group: Create a permission group.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community that owns the permission group.")]
    """Community that owns the permission group."""

    permission_group_id: Annotated[
        str | None,
        Field(
            alias="PermissionGroupId",
            description="Custom ID (the samples use the prefix @PMG#_); omitted, the server generates one.",
        ),
    ] = None
    """Custom ID (the samples use the prefix @PMG#_); omitted, the server generates one."""

    permission_group_name: Annotated[
        str,
        Field(
            alias="PermissionGroupName",
            description="Name of the permission group.",
            json_schema_extra={"x-max-bytes": 150, "x-limits": {"max_bytes": 150}},
        ),
    ]
    """Name of the permission group."""

    permission: Annotated[
        int,
        Field(
            alias="Permission",
            description="Community-level permission bits (one bit per permission; see the permission bit table).",
        ),
    ]
    """Community-level permission bits (one bit per permission; see the permission bit table)."""

    custom_string: Annotated[
        str | None,
        Field(
            alias="CustomString",
            description="Custom data of the permission group.",
            json_schema_extra={"x-max-bytes": 3000, "x-limits": {"max_bytes": 3000}},
        ),
    ] = None
    """Custom data of the permission group."""


class CreatePermissionGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/create_permission_group (envelope keys included).
    """

    permission_group_id: Annotated[
        str | None, Field(alias="PermissionGroupId", description="ID of the new permission group.")
    ] = None
    """ID of the new permission group."""
