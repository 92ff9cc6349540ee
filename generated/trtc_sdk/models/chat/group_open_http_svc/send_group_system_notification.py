# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class SendGroupSystemNotificationRequest(RequestModel):
    """
    Request of group_open_http_svc/send_group_system_notification: Send a group system notification.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to notify.")]
    """Group to notify."""

    to_members_account: Annotated[
        list[str] | None,
        Field(
            alias="ToMembers_Account",
            description="Recipients; omitted or empty, every member (AVChatRoom supports only every member). Group types: Private, Public, ChatRoom, Community.",
            json_schema_extra={"x-limits": {"max_items": 500}},
            max_length=500,
        ),
    ] = None
    """Recipients; omitted or empty, every member (AVChatRoom supports only every member). Group types: Private, Public, ChatRoom, Community."""

    content: Annotated[str, Field(alias="Content", description="Text of the notification.")]
    """Text of the notification."""

    topic_id: Annotated[
        str | None,
        Field(
            alias="TopicId", description="Send within this topic of a topic-enabled community. Group types: Community."
        ),
    ] = None
    """Send within this topic of a topic-enabled community. Group types: Community."""


class SendGroupSystemNotificationResponse(Envelope):
    """
    Reply of group_open_http_svc/send_group_system_notification (envelope keys included).
    """
