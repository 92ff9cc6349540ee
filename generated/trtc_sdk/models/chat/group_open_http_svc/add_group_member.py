# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.add_group_member_result_code import AddGroupMemberResultCode
from trtc_sdk.models.chat._enums.group_flag import GroupFlag
from trtc_sdk.models.envelope import Envelope


class AddGroupMemberResult(ResponseModel):
    """
    Outcome of adding one user.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    result: Annotated[AddGroupMemberResultCode, Field(alias="Result", description="Outcome.")]
    """Outcome."""


class GroupMemberToAddParam(RequestModel):
    """
    A user to add to a group.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID to add.")]
    """User ID to add."""


class AddGroupMemberRequest(RequestModel):
    """
    Request of group_open_http_svc/add_group_member: Add group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to add to.")]
    """Group to add to."""

    silence: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(
            alias="Silence", description="1 adds the users without notifying anyone. Server default when omitted: 0."
        ),
    ] = None
    """1 adds the users without notifying anyone. Server default when omitted: 0."""

    member_list: Annotated[
        list[GroupMemberToAddParam],
        Field(
            alias="MemberList",
            description="Users to add.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 300}},
            max_length=300,
            min_length=1,
        ),
    ]
    """Users to add."""


class AddGroupMemberResponse(Envelope):
    """
    Reply of group_open_http_svc/add_group_member (envelope keys included).
    """

    member_list: Annotated[list[AddGroupMemberResult], Field(alias="MemberList", description="Outcome per user.")]
    """Outcome per user."""
