# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class DestroyPermissionGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/destroy_permission_group: Delete permission groups.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id_list: Annotated[
        list[str],
        Field(
            alias="PermissionGroupIdList",
            description="Permission groups to delete.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """Permission groups to delete."""


class PermissionGroupResult(ResponseModel):
    """
    Outcome for one permission group.
    """

    permission_group_id: Annotated[str, Field(alias="PermissionGroupId", description="Permission group ID.")]
    """Permission group ID."""

    error_code: Annotated[int, Field(alias="ErrorCode", description="0 on success.")]
    """0 on success."""

    error_info: Annotated[str | None, Field(alias="ErrorInfo", description="Error text.")] = None
    """Error text."""


class DestroyPermissionGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/destroy_permission_group (envelope keys included).
    """

    permission_group_result_list: Annotated[
        list[PermissionGroupResult],
        Field(alias="PermissionGroupResultList", description="Outcome per permission group."),
    ]
    """Outcome per permission group."""
