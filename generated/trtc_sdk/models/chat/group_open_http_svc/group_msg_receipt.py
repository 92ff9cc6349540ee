# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat.group_open_http_svc._shared import GroupMsgSeqItemParam
from trtc_sdk.models.envelope import Envelope


class GroupMsgReceiptRequest(RequestModel):
    """
    Request of group_open_http_svc/group_msg_receipt: Send group read receipts.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the messages.")]
    """Group of the messages."""

    from_account: Annotated[str, Field(alias="From_Account", description="Member who read the messages.")]
    """Member who read the messages."""

    msg_seq_list: Annotated[
        list[GroupMsgSeqItemParam],
        Field(
            alias="MsgSeqList",
            description="Messages read.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 50}},
            max_length=50,
            min_length=1,
        ),
    ]
    """Messages read."""


class GroupMsgReceiptResponse(Envelope):
    """
    Reply of group_open_http_svc/group_msg_receipt (envelope keys included).
    """
