# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class ModifyPermissionGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/modify_permission_group: Change a permission group.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id: Annotated[str, Field(alias="PermissionGroupId", description="Permission group to change.")]
    """Permission group to change."""

    permission_group_name: Annotated[
        str | None,
        Field(
            alias="PermissionGroupName",
            description="New name.",
            json_schema_extra={"x-max-bytes": 150, "x-limits": {"max_bytes": 150}},
        ),
    ] = None
    """New name."""

    permission: Annotated[int | None, Field(alias="Permission", description="New community-level permission bits.")] = (
        None
    )
    """New community-level permission bits."""

    custom_string: Annotated[
        str | None,
        Field(
            alias="CustomString",
            description="New custom data.",
            json_schema_extra={"x-max-bytes": 3000, "x-limits": {"max_bytes": 3000}},
        ),
    ] = None
    """New custom data."""


class ModifyPermissionGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/modify_permission_group (envelope keys included).
    """
