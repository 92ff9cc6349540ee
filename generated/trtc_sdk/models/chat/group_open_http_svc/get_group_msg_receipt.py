# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat.group_open_http_svc._shared import GroupMsgSeqItemParam
from trtc_sdk.models.envelope import Envelope


class GetGroupMsgReceiptRequest(RequestModel):
    """
    Request of group_open_http_svc/get_group_msg_receipt: Get group message read counts.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the messages.")]
    """Group of the messages."""

    msg_seq_list: Annotated[
        list[GroupMsgSeqItemParam],
        Field(
            alias="MsgSeqList",
            description="Messages to read counts for.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Messages to read counts for."""


class GroupMsgReceiptCount(ResponseModel):
    """
    Read counts of one group message.
    """

    code: Annotated[int, Field(alias="Code", description="0 on success; 10062 when the message has no read receipt.")]
    """0 on success; 10062 when the message has no read receipt."""

    msg_seq: Annotated[int, Field(alias="MsgSeq", description="Sequence number of the message.")]
    """Sequence number of the message."""

    read_num: Annotated[int | None, Field(alias="ReadNum", description="Members who have read it. Unit: count.")] = None
    """Members who have read it. Unit: count."""

    unread_num: Annotated[
        int | None, Field(alias="UnreadNum", description="Members who have not read it. Unit: count.")
    ] = None
    """Members who have not read it. Unit: count."""


class GetGroupMsgReceiptResponse(Envelope):
    """
    Reply of group_open_http_svc/get_group_msg_receipt (envelope keys included).
    """

    group_msg_receipt_list: Annotated[
        list[GroupMsgReceiptCount], Field(alias="GroupMsgReceiptList", description="Counts per message.")
    ]
    """Counts per message."""
