# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat.group_open_http_svc._shared import GroupMsgSeqItemParam
from trtc_sdk.models.envelope import Envelope


class GroupMsgRecallRequest(RequestModel):
    """
    Request of group_open_http_svc/group_msg_recall: Recall group messages.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the messages.")]
    """Group of the messages."""

    msg_seq_list: Annotated[
        list[GroupMsgSeqItemParam],
        Field(
            alias="MsgSeqList",
            description="Messages to recall.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 10}},
            max_length=10,
            min_length=1,
        ),
    ]
    """Messages to recall."""

    topic_id: Annotated[
        str | None,
        Field(
            alias="TopicId", description="Topic of the messages in a topic-enabled community. Group types: Community."
        ),
    ] = None
    """Topic of the messages in a topic-enabled community. Group types: Community."""

    reason: Annotated[
        str | None,
        Field(
            alias="Reason",
            description="Reason of the recall (newer field).",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """Reason of the recall (newer field)."""


class GroupRecallResult(ResponseModel):
    """
    Outcome of recalling one message.
    """

    msg_seq: Annotated[int, Field(alias="MsgSeq", description="Sequence number of the message.")]
    """Sequence number of the message."""

    ret_code: Annotated[
        int,
        Field(
            alias="RetCode",
            description="0 when recalled; otherwise an error code (10030 no such message, 10031, 10032...).",
        ),
    ]
    """0 when recalled; otherwise an error code (10030 no such message, 10031, 10032...)."""


class GroupMsgRecallResponse(Envelope):
    """
    Reply of group_open_http_svc/group_msg_recall (envelope keys included).
    """

    recall_ret_list: Annotated[
        list[GroupRecallResult], Field(alias="RecallRetList", description="Outcome per message.")
    ]
    """Outcome per message."""
