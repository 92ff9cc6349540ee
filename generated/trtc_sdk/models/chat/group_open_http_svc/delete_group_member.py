# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.group_flag import GroupFlag
from trtc_sdk.models.envelope import Envelope


class DeleteGroupMemberRequest(RequestModel):
    """
    Request of group_open_http_svc/delete_group_member: Remove group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to remove from.")]
    """Group to remove from."""

    silence: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(
            alias="Silence",
            description="1 removes silently: only the removed members are told. Server default when omitted: 0.",
        ),
    ] = None
    """1 removes silently: only the removed members are told. Server default when omitted: 0."""

    reason: Annotated[str | None, Field(alias="Reason", description="Reason shown in the removal notification.")] = None
    """Reason shown in the removal notification."""

    member_to_del_account: Annotated[
        list[str],
        Field(
            alias="MemberToDel_Account",
            description="User IDs to remove.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """User IDs to remove."""


class DeleteGroupMemberResponse(Envelope):
    """
    Reply of group_open_http_svc/delete_group_member (envelope keys included).
    """
