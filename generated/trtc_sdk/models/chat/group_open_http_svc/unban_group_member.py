# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class UnbanGroupMemberRequest(RequestModel):
    """
    Request of group_open_http_svc/unban_group_member: Unban audio-video group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the users.")]
    """Group of the users."""

    members_account: Annotated[
        list[str],
        Field(
            alias="Members_Account",
            description="Users to unban.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """Users to unban."""


class UnbanGroupMemberResponse(Envelope):
    """
    Reply of group_open_http_svc/unban_group_member (envelope keys included).
    """
