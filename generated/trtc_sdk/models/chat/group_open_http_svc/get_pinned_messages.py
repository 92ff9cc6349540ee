# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetPinnedMessagesRequest(RequestModel):
    """
    Request of group_open_http_svc/get_pinned_messages: List pinned group messages.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to read.")]
    """Group to read."""

    topic_id: Annotated[
        str | None,
        Field(alias="TopicId", description="Topic to read; required for communities. Group types: Community."),
    ] = None
    """Topic to read; required for communities. Group types: Community."""


class PinnedGroupMsg(ResponseModel):
    """
    A pinned group message.
    """

    msg_seq: Annotated[int, Field(alias="MsgSeq", description="Sequence number of the message.")]
    """Sequence number of the message."""

    pinner_account: Annotated[
        str | None, Field(alias="Pinner_Account", description="User ID of whoever pinned it.")
    ] = None
    """User ID of whoever pinned it."""


class GetPinnedMessagesResponse(Envelope):
    """
    Reply of group_open_http_svc/get_pinned_messages (envelope keys included).
    """

    pinned_msg_list: Annotated[list[PinnedGroupMsg], Field(alias="PinnedMsgList", description="The pinned messages.")]
    """The pinned messages."""
