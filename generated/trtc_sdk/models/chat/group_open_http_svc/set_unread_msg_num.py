# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class SetUnreadMsgNumRequest(RequestModel):
    """
    Request of group_open_http_svc/set_unread_msg_num: Set a member's unread count.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the member.")]
    """Group of the member."""

    member_account: Annotated[str, Field(alias="Member_Account", description="Member to change.")]
    """Member to change."""

    unread_msg_num: Annotated[
        int,
        Field(
            alias="UnreadMsgNum",
            description="Unread count; capped at the number of messages in the group. Unit: count.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ]
    """Unread count; capped at the number of messages in the group. Unit: count."""


class SetUnreadMsgNumResponse(Envelope):
    """
    Reply of group_open_http_svc/set_unread_msg_num (envelope keys included).
    """
