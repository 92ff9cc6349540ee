# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class DeleteGroupMsgBySenderRequest(RequestModel):
    """
    Request of group_open_http_svc/delete_group_msg_by_sender: Recall a user's recent messages.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the messages.")]
    """Group of the messages."""

    sender_account: Annotated[str, Field(alias="Sender_Account", description="User whose messages are recalled.")]
    """User whose messages are recalled."""

    topic_id: Annotated[
        str | None, Field(alias="TopicId", description="Topic of a topic-enabled community. Group types: Community.")
    ] = None
    """Topic of a topic-enabled community. Group types: Community."""


class DeleteGroupMsgBySenderResponse(Envelope):
    """
    Reply of group_open_http_svc/delete_group_msg_by_sender (envelope keys included).
    """
