# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.apply_join_option import ApplyJoinOption
from trtc_sdk.models.chat._enums.group_base_info_field import GroupBaseInfoField
from trtc_sdk.models.chat._enums.group_flag import GroupFlag
from trtc_sdk.models.chat._enums.group_member_info_field import GroupMemberInfoField
from trtc_sdk.models.chat._enums.group_member_role import GroupMemberRole
from trtc_sdk.models.chat._enums.group_msg_flag import GroupMsgFlag
from trtc_sdk.models.chat._enums.group_switch import GroupSwitch
from trtc_sdk.models.chat._enums.group_type import GroupType
from trtc_sdk.models.envelope import Envelope


class JoinedGroupResponseFilterParam(RequestModel):
    """
    Which fields get_joined_group_list returns for every group.
    """

    group_base_info_filter: Annotated[
        list[
            GroupBaseInfoField
            | Literal[
                "Type",
                "Name",
                "Introduction",
                "Notification",
                "FaceUrl",
                "Owner_Account",
                "CreateTime",
                "InfoSeq",
                "LastInfoTime",
                "LastMsgTime",
                "NextMsgSeq",
                "MemberNum",
                "MaxMemberNum",
                "ApplyJoinOption",
                "MuteAllMember",
            ]
            | str
        ]
        | None,
        Field(alias="GroupBaseInfoFilter", description="Basic group fields to return."),
    ] = None
    """Basic group fields to return."""

    self_info_filter: Annotated[
        list[
            GroupMemberInfoField
            | Literal[
                "Member_Account",
                "Role",
                "JoinTime",
                "MsgSeq",
                "MsgFlag",
                "LastSendMsgTime",
                "MuteUntil",
                "NameCard",
                "OnlineStatus",
            ]
            | str
        ]
        | None,
        Field(alias="SelfInfoFilter", description="Fields of the queried user's own membership to return."),
    ] = None
    """Fields of the queried user's own membership to return."""


class JoinedGroupSelfInfo(ResponseModel):
    """
    The queried user's membership in one group.
    """

    role: Annotated[GroupMemberRole | None, Field(alias="Role", description="Role in the group.")] = None
    """Role in the group."""

    join_time: Annotated[
        int | None, Field(alias="JoinTime", description="When the user joined. Unit: unix seconds.")
    ] = None
    """When the user joined. Unit: unix seconds."""

    msg_flag: Annotated[GroupMsgFlag | None, Field(alias="MsgFlag", description="Message receiving option.")] = None
    """Message receiving option."""

    msg_seq: Annotated[int | None, Field(alias="MsgSeq", description="Sequence number of the last message read.")] = (
        None
    )
    """Sequence number of the last message read."""

    last_send_msg_time: Annotated[
        int | None, Field(alias="LastSendMsgTime", description="When the user last posted. Unit: unix seconds.")
    ] = None
    """When the user last posted. Unit: unix seconds."""

    mute_until: Annotated[
        int | None,
        Field(alias="MuteUntil", description="End of the user's mute; 0 when not muted. Unit: unix seconds."),
    ] = None
    """End of the user's mute; 0 when not muted. Unit: unix seconds."""

    name_card: Annotated[str | None, Field(alias="NameCard", description="Name card in the group.")] = None
    """Name card in the group."""

    gross_topic_read_seq: Annotated[
        int | None,
        Field(
            alias="GrossTopicReadSeq",
            description="Read position across all topics of a topic-enabled community. Group types: Community.",
        ),
    ] = None
    """Read position across all topics of a topic-enabled community. Group types: Community."""


class GetJoinedGroupListRequest(RequestModel):
    """
    Request of group_open_http_svc/get_joined_group_list: List the groups a user joined.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User whose groups are listed.")]
    """User whose groups are listed."""

    with_huge_groups: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(
            alias="WithHugeGroups",
            description="1 includes AVChatRoom groups (their data may be incomplete). Server default when omitted: 0.",
        ),
    ] = None
    """1 includes AVChatRoom groups (their data may be incomplete). Server default when omitted: 0."""

    with_no_active_groups: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(
            alias="WithNoActiveGroups",
            description="1 includes work groups that are not activated yet. Server default when omitted: 0.",
        ),
    ] = None
    """1 includes work groups that are not activated yet. Server default when omitted: 0."""

    limit: Annotated[
        int | None,
        Field(
            alias="Limit",
            description="Groups per call; omitted, all groups are returned.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 5000}},
            le=5000,
        ),
    ] = None
    """Groups per call; omitted, all groups are returned."""

    offset: Annotated[
        int | None,
        Field(
            alias="Offset",
            description="Position of the first group to return: (page - 1) x page size. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ] = None
    """Position of the first group to return: (page - 1) x page size. Server default when omitted: 0."""

    group_type: Annotated[
        GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None,
        Field(alias="GroupType", description="Only groups of this type."),
    ] = None
    """Only groups of this type."""

    response_filter: Annotated[
        JoinedGroupResponseFilterParam | None,
        Field(alias="ResponseFilter", description="Which group and membership fields to return."),
    ] = None
    """Which group and membership fields to return."""

    support_topic: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(
            alias="SupportTopic",
            description="Only communities with (1) or without (0) topics; the table says GroupType must then be Community. Group types: Community.",
        ),
    ] = None
    """Only communities with (1) or without (0) topics; the table says GroupType must then be Community. Group types: Community."""


class JoinedGroup(ResponseModel):
    """
    A group the user belongs to, with the fields the filters selected.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group ID.")]
    """Group ID."""

    type: Annotated[GroupType | None, Field(alias="Type", description="Group type.")] = None
    """Group type."""

    name: Annotated[str | None, Field(alias="Name", description="Group name.")] = None
    """Group name."""

    introduction: Annotated[str | None, Field(alias="Introduction", description="Introduction.")] = None
    """Introduction."""

    notification: Annotated[str | None, Field(alias="Notification", description="Notice.")] = None
    """Notice."""

    face_url: Annotated[str | None, Field(alias="FaceUrl", description="Avatar URL.")] = None
    """Avatar URL."""

    owner_account: Annotated[str | None, Field(alias="Owner_Account", description="User ID of the owner.")] = None
    """User ID of the owner."""

    create_time: Annotated[
        int | None, Field(alias="CreateTime", description="When the group was created. Unit: unix seconds.")
    ] = None
    """When the group was created. Unit: unix seconds."""

    info_seq: Annotated[int | None, Field(alias="InfoSeq", description="Profile change counter.")] = None
    """Profile change counter."""

    last_info_time: Annotated[
        int | None, Field(alias="LastInfoTime", description="When the profile last changed. Unit: unix seconds.")
    ] = None
    """When the profile last changed. Unit: unix seconds."""

    last_msg_time: Annotated[
        int | None,
        Field(alias="LastMsgTime", description="When the last message was posted (0 when none). Unit: unix seconds."),
    ] = None
    """When the last message was posted (0 when none). Unit: unix seconds."""

    next_msg_seq: Annotated[
        int | None, Field(alias="NextMsgSeq", description="Sequence number the next message will get.")
    ] = None
    """Sequence number the next message will get."""

    member_num: Annotated[int | None, Field(alias="MemberNum", description="Member count. Unit: count.")] = None
    """Member count. Unit: count."""

    max_member_num: Annotated[int | None, Field(alias="MaxMemberNum", description="Member cap. Unit: count.")] = None
    """Member cap. Unit: count."""

    apply_join_option: Annotated[
        ApplyJoinOption | None, Field(alias="ApplyJoinOption", description="Join-application policy.")
    ] = None
    """Join-application policy."""

    mute_all_member: Annotated[GroupSwitch | None, Field(alias="MuteAllMember", description="Whole-group mute.")] = None
    """Whole-group mute."""

    support_topic: Annotated[
        GroupFlag | None,
        Field(alias="SupportTopic", description="Whether the community has topics. Group types: Community."),
    ] = None
    """Whether the community has topics. Group types: Community."""

    gross_topic_next_msg_seq: Annotated[
        int | None,
        Field(
            alias="GrossTopicNextMsgSeq",
            description="Next sequence number across all topics of a topic-enabled community. Group types: Community.",
        ),
    ] = None
    """Next sequence number across all topics of a topic-enabled community. Group types: Community."""

    self_info: Annotated[
        JoinedGroupSelfInfo | None, Field(alias="SelfInfo", description="The queried user's own membership data.")
    ] = None
    """The queried user's own membership data."""


class GetJoinedGroupListResponse(Envelope):
    """
    Reply of group_open_http_svc/get_joined_group_list (envelope keys included).
    """

    total_count: Annotated[
        int | None,
        Field(alias="TotalCount", description="Groups that match; independent of Limit and Offset. Unit: count."),
    ] = None
    """Groups that match; independent of Limit and Offset. Unit: count."""

    group_id_list: Annotated[list[JoinedGroup], Field(alias="GroupIdList", description="The groups.")]
    """The groups."""
