# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.msg_element_param import MsgElementParam
from trtc_sdk.models.envelope import Envelope


class ModifyGroupMsgRequest(RequestModel):
    """
    Request of openim/modify_group_msg: Edit a group message.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group holding the message.")]
    """Group holding the message."""

    msg_seq: Annotated[
        int, Field(alias="MsgSeq", description="Sequence number of the message to edit.", ge=0, le=4294967295)
    ]
    """Sequence number of the message to edit."""

    msg_body: Annotated[
        list[MsgElementParam] | None,
        Field(
            alias="MsgBody",
            description="New body; replaces the old one.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ] = None
    """New body; replaces the old one."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="New custom data; replaces the old value.")
    ] = None
    """New custom data; replaces the old value."""

    topic_id: Annotated[
        str | None, Field(alias="TopicId", description="Topic holding the message (topic-enabled communities only).")
    ] = None
    """Topic holding the message (topic-enabled communities only)."""


class ModifyGroupMsgResponse(Envelope):
    """
    Reply of openim/modify_group_msg (envelope keys included).
    """
