# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.group_role_query_result import GroupRoleQueryResult
from trtc_sdk.models.envelope import Envelope


class GetRoleInGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/get_role_in_group: Get member roles.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to query.")]
    """Group to query."""

    user_account: Annotated[
        list[str],
        Field(
            alias="User_Account",
            description="User IDs to check.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 500}},
            max_length=500,
            min_length=1,
        ),
    ]
    """User IDs to check."""


class GroupRoleEntry(ResponseModel):
    """
    Role of one queried user.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    role: Annotated[GroupRoleQueryResult, Field(alias="Role", description="Owner, Admin, Member or NotMember.")]
    """Owner, Admin, Member or NotMember."""


class GetRoleInGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/get_role_in_group (envelope keys included).
    """

    user_id_list: Annotated[list[GroupRoleEntry], Field(alias="UserIdList", description="Role per user.")]
    """Role per user."""
