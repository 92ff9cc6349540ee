# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat.group_open_http_svc._shared import PermissionGroupMemberParam
from trtc_sdk.models.envelope import Envelope


class AddPermissionGroupMemberRequest(RequestModel):
    """
    Request of group_open_http_svc/add_permission_group_member: Add permission group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id: Annotated[str, Field(alias="PermissionGroupId", description="Permission group.")]
    """Permission group."""

    member_list: Annotated[
        list[PermissionGroupMemberParam],
        Field(
            alias="MemberList",
            description="Members to add.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Members to add."""


class PermissionGroupMemberResult(ResponseModel):
    """
    Outcome for one permission group member.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    result: Annotated[
        int,
        Field(
            alias="Result",
            description="Outcome; the values were not readable (by analogy with add_group_member: 0 failed, 1 added, 2 already in).",
        ),
    ]
    """Outcome; the values were not readable (by analogy with add_group_member: 0 failed, 1 added, 2 already in)."""


class AddPermissionGroupMemberResponse(Envelope):
    """
    Reply of group_open_http_svc/add_permission_group_member (envelope keys included).
    """

    member_list: Annotated[
        list[PermissionGroupMemberResult], Field(alias="MemberList", description="Outcome per member.")
    ]
    """Outcome per member."""
