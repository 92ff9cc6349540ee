# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat.group_open_http_svc._shared import PermissionGroupMemberParam
from trtc_sdk.models.envelope import Envelope


class DeletePermissionGroupMemberRequest(RequestModel):
    """
    Request of group_open_http_svc/delete_permission_group_member: Remove permission group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id: Annotated[str, Field(alias="PermissionGroupId", description="Permission group.")]
    """Permission group."""

    member_list: Annotated[
        list[PermissionGroupMemberParam],
        Field(
            alias="MemberList",
            description="Members to remove.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Members to remove."""


class DeletePermissionGroupMemberResponse(Envelope):
    """
    Reply of group_open_http_svc/delete_permission_group_member (envelope keys included).
    """
