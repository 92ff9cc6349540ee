# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.million_group_mute_all_member import MillionGroupMuteAllMember
from trtc_sdk.models.chat._enums.million_group_topic_field import MillionGroupTopicField
from trtc_sdk.models.envelope import Envelope


class GetTopicRequest(RequestModel):
    """
    Request of million_group_open_http_svc/get_topic: Get topic profiles.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The community.")]
    """The community."""

    from_account: Annotated[
        str,
        Field(
            alias="From_Account",
            description="User whose own state (SelfInfo) is returned for each topic. The server may also send it as integer.",
            json_schema_extra={"x-send-as-string": True},
        ),
    ]
    """User whose own state (SelfInfo) is returned for each topic. The server may also send it as integer."""

    topic_id_list: Annotated[
        list[str] | None,
        Field(alias="TopicIdList", description="Topics to read; all topics of the community when omitted or empty."),
    ] = None
    """Topics to read; all topics of the community when omitted or empty."""

    response_filter: Annotated[
        list[MillionGroupTopicField | Literal["TopicName", "FaceUrl", "Notification", "Introduction"] | str] | None,
        Field(alias="ResponseFilter", description="Topic fields to return; all fields when omitted."),
    ] = None
    """Topic fields to return; all fields when omitted."""


class MillionGroupTopicInfo(ResponseModel):
    """
    Profile of a topic; with ResponseFilter only the requested fields (and the IDs) are present.
    """

    topic_id: Annotated[str | None, Field(alias="TopicId", description="Topic ID.")] = None
    """Topic ID."""

    group_id: Annotated[
        str | None,
        Field(alias="GroupID", description="Community the topic belongs to (spelled GroupID in this object)."),
    ] = None
    """Community the topic belongs to (spelled GroupID in this object)."""

    topic_name: Annotated[str | None, Field(alias="TopicName", description="Topic name.")] = None
    """Topic name."""

    face_url: Annotated[str | None, Field(alias="FaceUrl", description="Topic avatar URL.")] = None
    """Topic avatar URL."""

    notification: Annotated[str | None, Field(alias="Notification", description="Topic notice.")] = None
    """Topic notice."""

    introduction: Annotated[str | None, Field(alias="Introduction", description="Topic introduction.")] = None
    """Topic introduction."""

    custom_string: Annotated[
        str | None, Field(alias="CustomString", description="App-defined string of the topic.")
    ] = None
    """App-defined string of the topic."""

    mute_all_member: Annotated[
        MillionGroupMuteAllMember | None,
        Field(alias="MuteAllMember", description="Whether all ordinary members are muted."),
    ] = None
    """Whether all ordinary members are muted."""

    next_msg_seq: Annotated[
        int | None, Field(alias="NextMsgSeq", description="Sequence number the next message of the topic will get.")
    ] = None
    """Sequence number the next message of the topic will get."""

    create_time: Annotated[
        int | None, Field(alias="CreateTime", description="When the topic was created. Unit: unix seconds.")
    ] = None
    """When the topic was created. Unit: unix seconds."""

    last_msg_time: Annotated[
        int | None,
        Field(
            alias="LastMsgTime",
            description="When the last message was sent in the topic (0 when none). Unit: unix seconds.",
        ),
    ] = None
    """When the last message was sent in the topic (0 when none). Unit: unix seconds."""


class MillionGroupTopicSelfInfo(ResponseModel):
    """
    The requested user's own state in a topic.
    """

    shut_up_time: Annotated[
        int | None,
        Field(
            alias="ShutUpTime",
            description="Mute setting of the user in the topic (0 when not muted); the page does not say whether it is a duration or an end time.",
        ),
    ] = None
    """Mute setting of the user in the topic (0 when not muted); the page does not say whether it is a duration or an end time."""

    msg_seq: Annotated[
        int | None, Field(alias="MsgSeq", description="Sequence number of the last message the user has read.")
    ] = None
    """Sequence number of the last message the user has read."""

    msg_flag: Annotated[
        str | None,
        Field(alias="MsgFlag", description="How the user receives the topic's messages, such as AcceptAndNotify."),
    ] = None
    """How the user receives the topic's messages, such as AcceptAndNotify."""


class MillionGroupTopicAndSelfInfo(ResponseModel):
    """
    One topic of get_topic, with its own result code.
    """

    error_code: Annotated[
        int,
        Field(alias="ErrorCode", description="0 when this topic was read; otherwise a code such as 110003 (deleted)."),
    ]
    """0 when this topic was read; otherwise a code such as 110003 (deleted)."""

    error_info: Annotated[str | None, Field(alias="ErrorInfo", description="Result text of this topic.")] = None
    """Result text of this topic."""

    topic_info: Annotated[
        MillionGroupTopicInfo | None, Field(alias="TopicInfo", description="The topic's profile.")
    ] = None
    """The topic's profile."""

    self_info: Annotated[
        MillionGroupTopicSelfInfo | None, Field(alias="SelfInfo", description="The state of From_Account in the topic.")
    ] = None
    """The state of From_Account in the topic."""


class GetTopicResponse(Envelope):
    """
    Reply of million_group_open_http_svc/get_topic (envelope keys included).
    """

    topic_and_self_info: Annotated[
        list[MillionGroupTopicAndSelfInfo] | None,
        Field(alias="TopicAndSelfInfo", description="One entry per topic, each with its own result code."),
    ] = None
    """One entry per topic, each with its own result code."""
