# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.group_flag import GroupFlag
from trtc_sdk.models.chat._enums.group_history_completeness import GroupHistoryCompleteness
from trtc_sdk.models.chat._enums.group_history_placeholder import GroupHistoryPlaceholder
from trtc_sdk.models.chat._enums.group_msg_priority_level import GroupMsgPriorityLevel
from trtc_sdk.models.chat._shared.msg_element import MsgElement
from trtc_sdk.models.envelope import Envelope


class GroupMsgGetSimpleRequest(RequestModel):
    """
    Request of group_open_http_svc/group_msg_get_simple: Pull group message history.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to read.")]
    """Group to read."""

    req_msg_number: Annotated[
        int,
        Field(
            alias="ReqMsgNumber",
            description="Number of messages wanted.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 20}},
            le=20,
        ),
    ]
    """Number of messages wanted."""

    req_msg_seq: Annotated[
        int | None,
        Field(
            alias="ReqMsgSeq",
            description="Highest sequence number to return (inclusive); omitted, the newest messages.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """Highest sequence number to return (inclusive); omitted, the newest messages."""

    with_recalled_msg: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(alias="WithRecalledMsg", description="1 includes recalled messages. Server default when omitted: 0."),
    ] = None
    """1 includes recalled messages. Server default when omitted: 0."""

    topic_id: Annotated[
        str | None, Field(alias="TopicId", description="Topic of a topic-enabled community. Group types: Community.")
    ] = None
    """Topic of a topic-enabled community. Group types: Community."""


class GroupHistoryMsg(ResponseModel):
    """
    A stored group message.
    """

    from_account: Annotated[str | None, Field(alias="From_Account", description="User ID of the sender.")] = None
    """User ID of the sender."""

    is_place_msg: Annotated[
        GroupHistoryPlaceholder | None,
        Field(alias="IsPlaceMsg", description="Whether the message is a placeholder (deleted, expired or recalled)."),
    ] = None
    """Whether the message is a placeholder (deleted, expired or recalled)."""

    is_system_msg: Annotated[int | None, Field(alias="IsSystemMsg", description="1 for a system message.")] = None
    """1 for a system message."""

    msg_priority: Annotated[
        GroupMsgPriorityLevel | None, Field(alias="MsgPriority", description="Priority of the message.")
    ] = None
    """Priority of the message."""

    msg_random: Annotated[int | None, Field(alias="MsgRandom", description="Random number of the message.")] = None
    """Random number of the message."""

    msg_seq: Annotated[int, Field(alias="MsgSeq", description="Sequence number; smaller is older.")]
    """Sequence number; smaller is older."""

    msg_time_stamp: Annotated[
        int | None, Field(alias="MsgTimeStamp", description="Server time of the message. Unit: unix seconds.")
    ] = None
    """Server time of the message. Unit: unix seconds."""

    msg_body: Annotated[
        list[MsgElement] | None, Field(alias="MsgBody", description="Body of the message (empty for placeholders).")
    ] = None
    """Body of the message (empty for placeholders)."""


class GroupMsgGetSimpleResponse(Envelope):
    """
    Reply of group_open_http_svc/group_msg_get_simple (envelope keys included).
    """

    group_id: Annotated[str | None, Field(alias="GroupId", description="The group.")] = None
    """The group."""

    is_finished: Annotated[
        GroupHistoryCompleteness | None,
        Field(alias="IsFinished", description="Whether the whole requested range was returned."),
    ] = None
    """Whether the whole requested range was returned."""

    rsp_msg_list: Annotated[
        list[GroupHistoryMsg], Field(alias="RspMsgList", description="Messages, highest sequence number first.")
    ]
    """Messages, highest sequence number first."""
