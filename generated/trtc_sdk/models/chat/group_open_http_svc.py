# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums import (
    AddGroupMemberResultCode,
    ApplyJoinOption,
    GroupAtAllFlag,
    GroupBaseInfoField,
    GroupCounterMode,
    GroupFlag,
    GroupForbidCallback,
    GroupHistoryCompleteness,
    GroupHistoryPlaceholder,
    GroupListTypeFilter,
    GroupMemberInfoField,
    GroupMemberRole,
    GroupMemberRoleSetting,
    GroupMsgFlag,
    GroupMsgPriority,
    GroupMsgPriorityLevel,
    GroupReceiptListFilter,
    GroupRoleQueryResult,
    GroupSendMsgControl,
    GroupSwitch,
    GroupType,
    ImportGroupMemberResultCode,
    InviteJoinOption,
)
from trtc_sdk.models.chat._shared import MsgElement, MsgElementParam, OfflinePushInfoParam
from trtc_sdk.models.envelope import Envelope


class CreateGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/create_group (envelope keys included).
    """

    group_id: Annotated[str, Field(alias="GroupId", description="ID of the new group.")]
    """ID of the new group."""

    type: Annotated[GroupType | None, Field(alias="Type", description="Group type (only in the community sample).")] = (
        None
    )
    """Group type (only in the community sample)."""

    huge_group_flag: Annotated[
        int | None,
        Field(alias="HugeGroupFlag", description="Undocumented flag (only in the community sample, value 0)."),
    ] = None
    """Undocumented flag (only in the community sample, value 0)."""


class GetAppidGroupListRequest(RequestModel):
    """
    Request of group_open_http_svc/get_appid_group_list: List the groups of the app.
    """

    limit: Annotated[
        int | None,
        Field(
            alias="Limit",
            description="Maximum number of group IDs in the reply. Server default when omitted: 10000.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 10000}},
            le=10000,
        ),
    ] = None
    """Maximum number of group IDs in the reply. Server default when omitted: 10000."""

    next: Annotated[
        int | None,
        Field(
            alias="Next",
            description="Cursor: 0 for the first page, then the Next of the previous reply. Server default when omitted: 0.",
            ge=0,
            le=18446744073709551615,
        ),
    ] = None
    """Cursor: 0 for the first page, then the Next of the previous reply. Server default when omitted: 0."""

    group_type: Annotated[
        GroupListTypeFilter | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "BChatRoom", "Community"] | None,
        Field(alias="GroupType", description="Only groups of this type (TotalCount then counts that type only)."),
    ] = None
    """Only groups of this type (TotalCount then counts that type only)."""


class DestroyGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/destroy_group: Dismiss a group.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to dismiss.")]
    """Group to dismiss."""


class DestroyGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/destroy_group (envelope keys included).
    """


class ModifyGroupBaseInfoResponse(Envelope):
    """
    Reply of group_open_http_svc/modify_group_base_info (envelope keys included).
    """


class GetGroupMemberInfoRequest(RequestModel):
    """
    Request of group_open_http_svc/get_group_member_info: Get group member profiles.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to read.")]
    """Group to read."""

    member_info_filter: Annotated[
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
        Field(
            alias="MemberInfoFilter",
            description="Member fields to return (Member_Account always comes back); omitted, all fields.",
        ),
    ] = None
    """Member fields to return (Member_Account always comes back); omitted, all fields."""

    member_role_filter: Annotated[
        list[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None,
        Field(alias="MemberRoleFilter", description="Only members with these roles; omitted, all roles."),
    ] = None
    """Only members with these roles; omitted, all roles."""

    app_defined_data_filter_group_member: Annotated[
        list[str] | None,
        Field(alias="AppDefinedDataFilter_GroupMember", description="Keys of member-level custom fields to return."),
    ] = None
    """Keys of member-level custom fields to return."""

    limit: Annotated[
        int | None,
        Field(
            alias="Limit",
            description="Members per call (at most 100 with Next, 200 recommended with Offset); omitted, every member.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 6000}},
            le=6000,
        ),
    ] = None
    """Members per call (at most 100 with Next, 200 recommended with Offset); omitted, every member."""

    offset: Annotated[
        int | None,
        Field(
            alias="Offset",
            description="Position of the first member to return: (page - 1) x page size. Not supported for communities. Server default when omitted: 0. Group types: Private, Public, ChatRoom.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ] = None
    """Position of the first member to return: (page - 1) x page size. Not supported for communities. Server default when omitted: 0. Group types: Private, Public, ChatRoom."""

    next: Annotated[
        str | None,
        Field(
            alias="Next",
            description="Community cursor, required for communities: empty for the first call, then the Next of the previous reply. Group types: Community.",
        ),
    ] = None
    """Community cursor, required for communities: empty for the first call, then the Next of the previous reply. Group types: Community."""


class GetSpecifiedGroupMemberInfoRequest(RequestModel):
    """
    Request of group_open_http_svc/get_specified_group_member_info: Get profiles of given members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to read.")]
    """Group to read."""

    member_list_account: Annotated[
        list[str],
        Field(
            alias="Member_List_Account",
            description="Members to read.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 50}},
            max_length=50,
            min_length=1,
        ),
    ]
    """Members to read."""

    member_info_filter: Annotated[
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
        Field(
            alias="MemberInfoFilter",
            description="Member fields to return (Member_Account always comes back; OnlineStatus needs the online-status feature).",
        ),
    ] = None
    """Member fields to return (Member_Account always comes back; OnlineStatus needs the online-status feature)."""

    member_role_filter: Annotated[
        list[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None,
        Field(alias="MemberRoleFilter", description="Only members with these roles."),
    ] = None
    """Only members with these roles."""

    app_defined_data_filter_group_member: Annotated[
        list[str] | None,
        Field(alias="AppDefinedDataFilter_GroupMember", description="Keys of member-level custom fields to return."),
    ] = None
    """Keys of member-level custom fields to return."""


class DeleteGroupMemberRequest(RequestModel):
    """
    Request of group_open_http_svc/delete_group_member: Remove group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to remove from.")]
    """Group to remove from."""

    silence: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(
            alias="Silence",
            description="1 removes silently: only the removed members are told. Server default when omitted: 0.",
        ),
    ] = None
    """1 removes silently: only the removed members are told. Server default when omitted: 0."""

    reason: Annotated[str | None, Field(alias="Reason", description="Reason shown in the removal notification.")] = None
    """Reason shown in the removal notification."""

    member_to_del_account: Annotated[
        list[str],
        Field(
            alias="MemberToDel_Account",
            description="User IDs to remove.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """User IDs to remove."""


class DeleteGroupMemberResponse(Envelope):
    """
    Reply of group_open_http_svc/delete_group_member (envelope keys included).
    """


class ModifyGroupMemberInfoResponse(Envelope):
    """
    Reply of group_open_http_svc/modify_group_member_info (envelope keys included).
    """


class GetRoleInGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/get_role_in_group: Get member roles.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to query.")]
    """Group to query."""

    user_account: Annotated[
        list[str],
        Field(
            alias="User_Account",
            description="User IDs to check.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 500}},
            max_length=500,
            min_length=1,
        ),
    ]
    """User IDs to check."""


class ForbidSendMsgRequest(RequestModel):
    """
    Request of group_open_http_svc/forbid_send_msg: Mute or unmute members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the members.")]
    """Group of the members."""

    members_account: Annotated[
        list[str],
        Field(
            alias="Members_Account",
            description="Members to mute or unmute (note the plural Members_).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 500}},
            max_length=500,
            min_length=1,
        ),
    ]
    """Members to mute or unmute (note the plural Members_)."""

    mute_time: Annotated[
        int,
        Field(
            alias="MuteTime",
            description="Length of the mute; 0 unmutes, 4294967295 mutes for good. Unit: seconds.",
            ge=0,
            le=4294967295,
        ),
    ]
    """Length of the mute; 0 unmutes, 4294967295 mutes for good. Unit: seconds."""

    topic_id: Annotated[
        str | None,
        Field(alias="TopicId", description="Only in this topic of a topic-enabled community. Group types: Community."),
    ] = None
    """Only in this topic of a topic-enabled community. Group types: Community."""


class ForbidSendMsgResponse(Envelope):
    """
    Reply of group_open_http_svc/forbid_send_msg (envelope keys included).
    """


class GetGroupMutedAccountRequest(RequestModel):
    """
    Request of group_open_http_svc/get_group_muted_account: List muted members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to read.")]
    """Group to read."""

    topic_id: Annotated[
        str | None,
        Field(alias="TopicId", description="Only this topic of a topic-enabled community. Group types: Community."),
    ] = None
    """Only this topic of a topic-enabled community. Group types: Community."""


class GetGroupShuttedUinRequest(RequestModel):
    """
    Request of group_open_http_svc/get_group_shutted_uin: List muted members (legacy name).
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to read.")]
    """Group to read."""


class ChangeGroupOwnerRequest(RequestModel):
    """
    Request of group_open_http_svc/change_group_owner: Transfer group ownership.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to change.")]
    """Group to change."""

    new_owner_account: Annotated[
        str, Field(alias="NewOwner_Account", description="New owner; must already be a member.")
    ]
    """New owner; must already be a member."""

    from_account: Annotated[
        str | None, Field(alias="From_Account", description="User shown as the operator of the transfer (newer field).")
    ] = None
    """User shown as the operator of the transfer (newer field)."""


class ChangeGroupOwnerResponse(Envelope):
    """
    Reply of group_open_http_svc/change_group_owner (envelope keys included).
    """


class SetUnreadMsgNumRequest(RequestModel):
    """
    Request of group_open_http_svc/set_unread_msg_num: Set a member's unread count.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the member.")]
    """Group of the member."""

    member_account: Annotated[str, Field(alias="Member_Account", description="Member to change.")]
    """Member to change."""

    unread_msg_num: Annotated[
        int,
        Field(
            alias="UnreadMsgNum",
            description="Unread count; capped at the number of messages in the group. Unit: count.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ]
    """Unread count; capped at the number of messages in the group. Unit: count."""


class SetUnreadMsgNumResponse(Envelope):
    """
    Reply of group_open_http_svc/set_unread_msg_num (envelope keys included).
    """


class SendGroupMsgResponse(Envelope):
    """
    Reply of group_open_http_svc/send_group_msg (envelope keys included).
    """

    msg_time: Annotated[
        int | None, Field(alias="MsgTime", description="Server time of the message. Unit: unix seconds.")
    ] = None
    """Server time of the message. Unit: unix seconds."""

    msg_seq: Annotated[
        int | None, Field(alias="MsgSeq", description="Sequence number of the message in the group.")
    ] = None
    """Sequence number of the message in the group."""

    msg_drop_reason: Annotated[
        str | None,
        Field(
            alias="MsgDropReason",
            description="Why the message was dropped; empty when delivered (currently only MsgFreqCtrl, the message frequency limit).",
        ),
    ] = None
    """Why the message was dropped; empty when delivered (currently only MsgFreqCtrl, the message frequency limit)."""


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


class ClearGroupMsgRequest(RequestModel):
    """
    Request of group_open_http_svc/clear_group_msg: Clear group message history.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to clear.")]
    """Group to clear."""

    msg_seq: Annotated[
        int | None,
        Field(
            alias="MsgSeq",
            description="Clear messages with sequence numbers up to and including this one; omitted, all messages.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """Clear messages with sequence numbers up to and including this one; omitted, all messages."""


class ClearGroupMsgResponse(Envelope):
    """
    Reply of group_open_http_svc/clear_group_msg (envelope keys included).
    """


class SendBroadcastMsgRequest(RequestModel):
    """
    Request of group_open_http_svc/send_broadcast_msg: Broadcast to all audio-video groups.
    """

    from_account: Annotated[
        str | None,
        Field(
            alias="From_Account",
            description="User shown as the sender; omitted, the calling administrator. Must exist.",
        ),
    ] = None
    """User shown as the sender; omitted, the calling administrator. Must exist."""

    random: Annotated[
        int | None,
        Field(
            alias="Random",
            description="Random number used for de-duplication; required by the server and filled by the SDK when omitted.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """Random number used for de-duplication; required by the server and filled by the SDK when omitted."""

    msg_body: Annotated[
        list[MsgElementParam],
        Field(
            alias="MsgBody",
            description="Body; several elements may be merged into one message of up to 12,000 bytes.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Body; several elements may be merged into one message of up to 12,000 bytes."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data delivered with the message.")
    ] = None
    """Custom data delivered with the message."""


class SendBroadcastMsgResponse(Envelope):
    """
    Reply of group_open_http_svc/send_broadcast_msg (envelope keys included).
    """

    msg_seq: Annotated[int | None, Field(alias="MsgSeq", description="Sequence number of the message.")] = None
    """Sequence number of the message."""


class ImportGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/import_group (envelope keys included).
    """

    group_id: Annotated[str, Field(alias="GroupId", description="ID of the imported group.")]
    """ID of the imported group."""


class ImportTopicRequest(RequestModel):
    """
    Request of group_open_http_svc/import_topic: Import a topic.
    """

    type: Annotated[
        GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None,
        Field(alias="Type", description="Type of the owning group; only Community is accepted."),
    ] = None
    """Type of the owning group; only Community is accepted."""

    group_id: Annotated[str, Field(alias="GroupId", description="Community that owns the topic.")]
    """Community that owns the topic."""

    topic_id: Annotated[
        str | None,
        Field(
            alias="TopicId",
            description="Custom topic ID: GroupId + @TOPIC#_ + a printable ASCII part, 96 bytes at most.",
            json_schema_extra={"x-max-bytes": 96, "x-limits": {"max_bytes": 96}},
        ),
    ] = None
    """Custom topic ID: GroupId + @TOPIC#_ + a printable ASCII part, 96 bytes at most."""

    topic_name: Annotated[
        str,
        Field(
            alias="TopicName",
            description="Topic name.",
            json_schema_extra={"x-max-bytes": 30, "x-limits": {"max_bytes": 30}},
        ),
    ]
    """Topic name."""

    from_account: Annotated[
        str | None,
        Field(
            alias="From_Account",
            description="User shown as the creator of the topic. The server may also send it as integer.",
            json_schema_extra={"x-send-as-string": True},
        ),
    ] = None
    """User shown as the creator of the topic. The server may also send it as integer."""

    custom_string: Annotated[
        str | None,
        Field(
            alias="CustomString",
            description="Custom data of the topic.",
            json_schema_extra={"x-max-bytes": 3000, "x-limits": {"max_bytes": 3000}},
        ),
    ] = None
    """Custom data of the topic."""

    face_url: Annotated[
        str | None,
        Field(
            alias="FaceUrl",
            description="Avatar URL.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """Avatar URL."""

    notification: Annotated[
        str | None,
        Field(
            alias="Notification",
            description="Notice.",
            json_schema_extra={"x-max-bytes": 300, "x-limits": {"max_bytes": 300}},
        ),
    ] = None
    """Notice."""

    introduction: Annotated[
        str | None,
        Field(
            alias="Introduction",
            description="Introduction.",
            json_schema_extra={"x-max-bytes": 240, "x-limits": {"max_bytes": 240}},
        ),
    ] = None
    """Introduction."""

    create_time: Annotated[
        int | None,
        Field(
            alias="CreateTime",
            description="Creation time; omitted, the time of the request. Unit: unix seconds.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    """Creation time; omitted, the time of the request. Unit: unix seconds."""


class ImportTopicResponse(Envelope):
    """
    Reply of group_open_http_svc/import_topic (envelope keys included).
    """

    topic_id: Annotated[str, Field(alias="TopicId", description="ID of the imported topic.")]
    """ID of the imported topic."""


class GroupGetOnlineMemberNumRequest(RequestModel):
    """
    Request of group_open_http_svc/get_online_member_num: Get the online member count.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to read.")]
    """Group to read."""


class GroupGetOnlineMemberNumResponse(Envelope):
    """
    Reply of group_open_http_svc/get_online_member_num (envelope keys included).
    """

    online_member_num: Annotated[int, Field(alias="OnlineMemberNum", description="Members online. Unit: count.")]
    """Members online. Unit: count."""


class GetGroupBanMemberRequest(RequestModel):
    """
    Request of group_open_http_svc/get_group_ban_member: List banned members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to read.")]
    """Group to read."""

    limit: Annotated[
        int | None,
        Field(
            alias="Limit",
            description="Users per page.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 100}},
            le=100,
        ),
    ] = None
    """Users per page."""

    offset: Annotated[
        int,
        Field(
            alias="Offset",
            description="0 for the first page, then the NextOffset of the previous reply.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
            le=9223372036854775807,
        ),
    ]
    """0 for the first page, then the NextOffset of the previous reply."""


class BanGroupMemberRequest(RequestModel):
    """
    Request of group_open_http_svc/ban_group_member: Ban audio-video group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the members.")]
    """Group of the members."""

    members_account: Annotated[
        list[str],
        Field(
            alias="Members_Account",
            description="Users to ban.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """Users to ban."""

    duration: Annotated[
        int, Field(alias="Duration", description="Length of the ban. Unit: seconds.", ge=0, le=4294967295)
    ]
    """Length of the ban. Unit: seconds."""

    description: Annotated[
        str | None,
        Field(
            alias="Description",
            description="Reason shown to the banned users.",
            json_schema_extra={"x-max-bytes": 1000, "x-limits": {"max_bytes": 1000}},
        ),
    ] = None
    """Reason shown to the banned users."""


class BanGroupMemberResponse(Envelope):
    """
    Reply of group_open_http_svc/ban_group_member (envelope keys included).
    """


class UnbanGroupMemberRequest(RequestModel):
    """
    Request of group_open_http_svc/unban_group_member: Unban audio-video group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the users.")]
    """Group of the users."""

    members_account: Annotated[
        list[str],
        Field(
            alias="Members_Account",
            description="Users to unban.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """Users to unban."""


class UnbanGroupMemberResponse(Envelope):
    """
    Reply of group_open_http_svc/unban_group_member (envelope keys included).
    """


class ModifyGroupAttrResponse(Envelope):
    """
    Reply of group_open_http_svc/modify_group_attr (envelope keys included).
    """


class SetGroupAttrResponse(Envelope):
    """
    Reply of group_open_http_svc/set_group_attr (envelope keys included).
    """


class DeleteGroupAttrResponse(Envelope):
    """
    Reply of group_open_http_svc/delete_group_attr (envelope keys included).
    """


class ClearGroupAttrRequest(RequestModel):
    """
    Request of group_open_http_svc/clear_group_attr: Clear group attributes.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to clear.")]
    """Group to clear."""


class ClearGroupAttrResponse(Envelope):
    """
    Reply of group_open_http_svc/clear_group_attr (envelope keys included).
    """


class GetGroupCounterRequest(RequestModel):
    """
    Request of group_open_http_svc/get_group_counter: Get group counters.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to read.")]
    """Group to read."""

    group_counter_keys: Annotated[
        list[str] | None,
        Field(
            alias="GroupCounterKeys",
            description="Counters to read; omitted, all of them.",
            json_schema_extra={"x-item-max-bytes": 128, "x-limits": {"max_items": 20, "items.max_bytes": 128}},
            max_length=20,
        ),
    ] = None
    """Counters to read; omitted, all of them."""


class DeleteGroupCounterRequest(RequestModel):
    """
    Request of group_open_http_svc/delete_group_counter: Delete group counters.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to change.")]
    """Group to change."""

    group_counter_keys: Annotated[
        list[str] | None,
        Field(
            alias="GroupCounterKeys",
            description="Counters to delete; omitted, every counter of the group.",
            json_schema_extra={"x-item-max-bytes": 128, "x-limits": {"max_items": 20, "items.max_bytes": 128}},
            max_length=20,
        ),
    ] = None
    """Counters to delete; omitted, every counter of the group."""


class DeleteGroupCounterResponse(Envelope):
    """
    Reply of group_open_http_svc/delete_group_counter (envelope keys included).
    """


class GroupMsgReceiptResponse(Envelope):
    """
    Reply of group_open_http_svc/group_msg_receipt (envelope keys included).
    """


class GetGroupMsgReceiptDetailRequest(RequestModel):
    """
    Request of group_open_http_svc/get_group_msg_receipt_detail: List readers of a group message.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the message.")]
    """Group of the message."""

    msg_seq: Annotated[int, Field(alias="MsgSeq", description="Sequence number of the message.", ge=0, le=4294967295)]
    """Sequence number of the message."""

    filter: Annotated[
        GroupReceiptListFilter | Literal[0, 1],
        Field(
            alias="Filter", description="0 lists readers (ReadList), 1 lists members who have not read it (UnreadList)."
        ),
    ]
    """0 lists readers (ReadList), 1 lists members who have not read it (UnreadList)."""

    cursor: Annotated[
        str,
        Field(alias="Cursor", description="Cursor: empty for the first call, then the Cursor of the previous reply."),
    ]
    """Cursor: empty for the first call, then the Cursor of the previous reply."""

    count: Annotated[
        int,
        Field(
            alias="Count",
            description="Members per call.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 200}},
            le=200,
        ),
    ]
    """Members per call."""


class PinMessageRequest(RequestModel):
    """
    Request of group_open_http_svc/pin_message: Pin a group message.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the message.")]
    """Group of the message."""

    topic_id: Annotated[
        str | None,
        Field(alias="TopicId", description="Topic of the message; required for communities. Group types: Community."),
    ] = None
    """Topic of the message; required for communities. Group types: Community."""

    msg_seq: Annotated[
        int,
        Field(
            alias="MsgSeq",
            description="Sequence number of a message that exists and has not expired.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
            le=4294967295,
        ),
    ]
    """Sequence number of a message that exists and has not expired."""

    pinner_account: Annotated[
        str | None,
        Field(alias="Pinner_Account", description="User shown as having pinned it; omitted, the app administrator."),
    ] = None
    """User shown as having pinned it; omitted, the app administrator."""


class PinMessageResponse(Envelope):
    """
    Reply of group_open_http_svc/pin_message (envelope keys included).
    """


class UnpinMessageRequest(RequestModel):
    """
    Request of group_open_http_svc/unpin_message: Unpin a group message.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the message.")]
    """Group of the message."""

    topic_id: Annotated[
        str | None,
        Field(alias="TopicId", description="Topic of the message; required for communities. Group types: Community."),
    ] = None
    """Topic of the message; required for communities. Group types: Community."""

    msg_seq: Annotated[
        int,
        Field(
            alias="MsgSeq",
            description="Sequence number of a pinned message.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
            le=4294967295,
        ),
    ]
    """Sequence number of a pinned message."""

    unpinner_account: Annotated[
        str | None,
        Field(
            alias="UnPinner_Account",
            description="User shown as having unpinned it; omitted, the caller (then an app administrator is required).",
        ),
    ] = None
    """User shown as having unpinned it; omitted, the caller (then an app administrator is required)."""


class UnpinMessageResponse(Envelope):
    """
    Reply of group_open_http_svc/unpin_message (envelope keys included).
    """


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


class CreatePermissionGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/create_permission_group: Create a permission group.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community that owns the permission group.")]
    """Community that owns the permission group."""

    permission_group_id: Annotated[
        str | None,
        Field(
            alias="PermissionGroupId",
            description="Custom ID (the samples use the prefix @PMG#_); omitted, the server generates one.",
        ),
    ] = None
    """Custom ID (the samples use the prefix @PMG#_); omitted, the server generates one."""

    permission_group_name: Annotated[
        str,
        Field(
            alias="PermissionGroupName",
            description="Name of the permission group.",
            json_schema_extra={"x-max-bytes": 150, "x-limits": {"max_bytes": 150}},
        ),
    ]
    """Name of the permission group."""

    permission: Annotated[
        int,
        Field(
            alias="Permission",
            description="Community-level permission bits (one bit per permission; see the permission bit table).",
        ),
    ]
    """Community-level permission bits (one bit per permission; see the permission bit table)."""

    custom_string: Annotated[
        str | None,
        Field(
            alias="CustomString",
            description="Custom data of the permission group.",
            json_schema_extra={"x-max-bytes": 3000, "x-limits": {"max_bytes": 3000}},
        ),
    ] = None
    """Custom data of the permission group."""


class CreatePermissionGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/create_permission_group (envelope keys included).
    """

    permission_group_id: Annotated[
        str | None, Field(alias="PermissionGroupId", description="ID of the new permission group.")
    ] = None
    """ID of the new permission group."""


class DestroyPermissionGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/destroy_permission_group: Delete permission groups.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id_list: Annotated[
        list[str],
        Field(
            alias="PermissionGroupIdList",
            description="Permission groups to delete.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """Permission groups to delete."""


class ModifyPermissionGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/modify_permission_group: Change a permission group.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id: Annotated[str, Field(alias="PermissionGroupId", description="Permission group to change.")]
    """Permission group to change."""

    permission_group_name: Annotated[
        str | None,
        Field(
            alias="PermissionGroupName",
            description="New name.",
            json_schema_extra={"x-max-bytes": 150, "x-limits": {"max_bytes": 150}},
        ),
    ] = None
    """New name."""

    permission: Annotated[int | None, Field(alias="Permission", description="New community-level permission bits.")] = (
        None
    )
    """New community-level permission bits."""

    custom_string: Annotated[
        str | None,
        Field(
            alias="CustomString",
            description="New custom data.",
            json_schema_extra={"x-max-bytes": 3000, "x-limits": {"max_bytes": 3000}},
        ),
    ] = None
    """New custom data."""


class ModifyPermissionGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/modify_permission_group (envelope keys included).
    """


class GetPermissionGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/get_permission_group: Get permission groups.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id_list: Annotated[
        list[str] | None,
        Field(
            alias="PermissionGroupIdList",
            description="Permission groups to read; omitted or empty, all of them (paged).",
        ),
    ] = None
    """Permission groups to read; omitted or empty, all of them (paged)."""

    limit: Annotated[
        int | None,
        Field(
            alias="Limit",
            description="Permission groups per page when reading all.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 20}},
            le=20,
        ),
    ] = None
    """Permission groups per page when reading all."""

    next: Annotated[
        str | None,
        Field(
            alias="Next",
            description="Cursor: empty for the first call, then the Next of the previous reply. The server may also send it as integer.",
            json_schema_extra={"x-send-as-string": True},
        ),
    ] = None
    """Cursor: empty for the first call, then the Next of the previous reply. The server may also send it as integer."""


class GetPermissionGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/get_permission_group (envelope keys included).
    """

    permission_group_info_list: Annotated[
        list[dict[str, Any]],
        Field(
            alias="PermissionGroupInfoList",
            description="Permission groups (their fields were not readable; kept as plain JSON objects).",
        ),
    ]
    """Permission groups (their fields were not readable; kept as plain JSON objects)."""

    next: Annotated[str | None, Field(alias="Next", description="Cursor of the next page; empty when complete.")] = None
    """Cursor of the next page; empty when complete."""


class DeleteTopicPermissionGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/delete_topic_permission_group: Remove topic permissions from a permission group.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id: Annotated[str, Field(alias="PermissionGroupId", description="Permission group.")]
    """Permission group."""

    topic_id_list: Annotated[
        list[str],
        Field(
            alias="TopicIdList",
            description="Topics to remove.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 50}},
            max_length=50,
            min_length=1,
        ),
    ]
    """Topics to remove."""


class GetTopicPermissionGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/get_topic_permission_group: Get topic permissions of a permission group.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id: Annotated[str, Field(alias="PermissionGroupId", description="Permission group.")]
    """Permission group."""

    topic_id_list: Annotated[
        list[str] | None,
        Field(alias="TopicIdList", description="Topics to read; omitted, all topics of the permission group."),
    ] = None
    """Topics to read; omitted, all topics of the permission group."""


class DeletePermissionGroupMemberResponse(Envelope):
    """
    Reply of group_open_http_svc/delete_permission_group_member (envelope keys included).
    """


class GetPermissionGroupMemberListRequest(RequestModel):
    """
    Request of group_open_http_svc/get_permission_group_member_list: List permission group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id: Annotated[str, Field(alias="PermissionGroupId", description="Permission group.")]
    """Permission group."""

    limit: Annotated[
        int | None,
        Field(
            alias="Limit",
            description="Members per call.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 50}},
            le=50,
        ),
    ] = None
    """Members per call."""

    next: Annotated[
        str | None,
        Field(alias="Next", description="Cursor: empty for the first call, then the Next of the previous reply."),
    ] = None
    """Cursor: empty for the first call, then the Next of the previous reply."""


class GetPermissionGroupMemberListResponse(Envelope):
    """
    Reply of group_open_http_svc/get_permission_group_member_list (envelope keys included).
    """

    member_list: Annotated[
        list[dict[str, Any]],
        Field(
            alias="MemberList",
            description="Members (their fields were not readable; the page says they include member profile and custom fields).",
        ),
    ]
    """Members (their fields were not readable; the page says they include member profile and custom fields)."""

    next: Annotated[str | None, Field(alias="Next", description="Cursor of the next call; empty when complete.")] = None
    """Cursor of the next call; empty when complete."""


class AddGroupMemberResult(ResponseModel):
    """
    Outcome of adding one user.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    result: Annotated[AddGroupMemberResultCode, Field(alias="Result", description="Outcome.")]
    """Outcome."""


class AppDefinedDataItemParam(RequestModel):
    """
    One key and value of app-defined data (AppDefinedData, AppMemberDefinedData).
    """

    key: Annotated[str, Field(alias="Key", description="Name of the field, as configured in the console.")]
    """Name of the field, as configured in the console."""

    value: Annotated[str, Field(alias="Value", description="Its value.")]
    """Its value."""


class AppDefinedDataItem(ResponseModel):
    """
    One key and value of app-defined data (AppDefinedData, AppMemberDefinedData).
    """

    key: Annotated[str, Field(alias="Key", description="Name of the field, as configured in the console.")]
    """Name of the field, as configured in the console."""

    value: Annotated[str, Field(alias="Value", description="Its value.")]
    """Its value."""


class BannedGroupMember(ResponseModel):
    """
    A user banned from an audio-video group.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    banned_until: Annotated[int, Field(alias="BannedUntil", description="When the ban ends. Unit: unix seconds.")]
    """When the ban ends. Unit: unix seconds."""


class GroupAtInfoParam(RequestModel):
    """
    One @ mention, matching in order the @ tokens of the message text.
    """

    group_at_all_flag: Annotated[
        GroupAtAllFlag | Literal[0, 1],
        Field(alias="GroupAtAllFlag", description="Whether it mentions everybody or one member."),
    ]
    """Whether it mentions everybody or one member."""

    group_at_account: Annotated[
        str | None, Field(alias="GroupAt_Account", description="Mentioned member when GroupAtAllFlag is 0.")
    ] = None
    """Mentioned member when GroupAtAllFlag is 0."""


class GroupAttrEntryParam(RequestModel):
    """
    One group custom attribute (note the lower-case wire keys).
    """

    key: Annotated[
        str,
        Field(
            alias="key",
            description="Attribute name.",
            json_schema_extra={"x-max-bytes": 32, "x-limits": {"max_bytes": 32}},
        ),
    ]
    """Attribute name."""

    value: Annotated[
        str,
        Field(
            alias="value",
            description="Attribute value.",
            json_schema_extra={"x-max-bytes": 4000, "x-limits": {"max_bytes": 4000}},
        ),
    ]
    """Attribute value."""


class GroupAttrKeyParam(RequestModel):
    """
    Name of a group custom attribute to delete.
    """

    key: Annotated[
        str,
        Field(
            alias="key",
            description="Attribute name.",
            json_schema_extra={"x-max-bytes": 32, "x-limits": {"max_bytes": 32}},
        ),
    ]
    """Attribute name."""


class GroupCounterEntryParam(RequestModel):
    """
    One group counter.
    """

    key: Annotated[
        str,
        Field(
            alias="Key",
            description="Counter name.",
            json_schema_extra={"x-max-bytes": 128, "x-limits": {"max_bytes": 128}},
        ),
    ]
    """Counter name."""

    value: Annotated[
        int,
        Field(
            alias="Value",
            description="Counter value (or the operand of Increase / Decrease).",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ]
    """Counter value (or the operand of Increase / Decrease)."""


class GroupCounterEntry(ResponseModel):
    """
    One group counter.
    """

    key: Annotated[str, Field(alias="Key", description="Counter name.")]
    """Counter name."""

    value: Annotated[int, Field(alias="Value", description="Counter value (or the operand of Increase / Decrease).")]
    """Counter value (or the operand of Increase / Decrease)."""


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


class GroupIdEntry(ResponseModel):
    """
    A group ID in a list.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group ID.")]
    """Group ID."""


class GroupInfoResponseFilterParam(RequestModel):
    """
    Which fields get_group_info returns; when given, only the listed fields come back.
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

    member_info_filter: Annotated[
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
        Field(alias="MemberInfoFilter", description="Member fields to return for every member."),
    ] = None
    """Member fields to return for every member."""

    app_defined_data_filter_group: Annotated[
        list[str] | None,
        Field(alias="AppDefinedDataFilter_Group", description="Keys of group-level custom fields to return."),
    ] = None
    """Keys of group-level custom fields to return."""

    app_defined_data_filter_group_member: Annotated[
        list[str] | None,
        Field(alias="AppDefinedDataFilter_GroupMember", description="Keys of member-level custom fields to return."),
    ] = None
    """Keys of member-level custom fields to return."""


class GroupMemberInfo(ResponseModel):
    """
    Profile of one group member.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    role: Annotated[
        GroupMemberRole | None,
        Field(
            alias="Role",
            description='Role in the group (one sample shows "Member " with a trailing space, which decodes as an unlisted value).',
        ),
    ] = None
    """Role in the group (one sample shows "Member " with a trailing space, which decodes as an unlisted value)."""

    join_time: Annotated[
        int | None, Field(alias="JoinTime", description="When the member joined. Unit: unix seconds.")
    ] = None
    """When the member joined. Unit: unix seconds."""

    msg_seq: Annotated[
        int | None, Field(alias="MsgSeq", description="Sequence number of the last message the member read.")
    ] = None
    """Sequence number of the last message the member read."""

    msg_flag: Annotated[GroupMsgFlag | None, Field(alias="MsgFlag", description="Message receiving option.")] = None
    """Message receiving option."""

    last_send_msg_time: Annotated[
        int | None,
        Field(
            alias="LastSendMsgTime",
            description="When the member last posted (not kept for AVChatRoom). Unit: unix seconds.",
        ),
    ] = None
    """When the member last posted (not kept for AVChatRoom). Unit: unix seconds."""

    mute_until: Annotated[
        int | None,
        Field(alias="MuteUntil", description="End of the member's mute; 0 when not muted. Unit: unix seconds."),
    ] = None
    """End of the member's mute; 0 when not muted. Unit: unix seconds."""

    name_card: Annotated[str | None, Field(alias="NameCard", description="Name card of the member in the group.")] = (
        None
    )
    """Name card of the member in the group."""

    online_status: Annotated[
        str | None,
        Field(
            alias="OnlineStatus",
            description="Online or Offline; only from get_specified_group_member_info when asked for and the group member online-status feature is on.",
        ),
    ] = None
    """Online or Offline; only from get_specified_group_member_info when asked for and the group member online-status feature is on."""

    app_member_defined_data: Annotated[
        list[AppDefinedDataItem] | None, Field(alias="AppMemberDefinedData", description="Member-level custom fields.")
    ] = None
    """Member-level custom fields."""


class GroupMemberToAddParam(RequestModel):
    """
    A user to add to a group.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID to add.")]
    """User ID to add."""


class GroupMsgNonReader(ResponseModel):
    """
    A member who has not read the message.
    """

    unread_account: Annotated[str, Field(alias="Unread_Account", description="User ID.")]
    """User ID."""


class GroupMsgReader(ResponseModel):
    """
    A member who read the message.
    """

    read_account: Annotated[str, Field(alias="Read_Account", description="User ID.")]
    """User ID."""


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


class GroupMsgSeqItemParam(RequestModel):
    """
    A group message identified by its sequence number.
    """

    msg_seq: Annotated[int, Field(alias="MsgSeq", description="Sequence number of the message.", ge=0, le=4294967295)]
    """Sequence number of the message."""


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


class GroupRoleEntry(ResponseModel):
    """
    Role of one queried user.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    role: Annotated[GroupRoleQueryResult, Field(alias="Role", description="Owner, Admin, Member or NotMember.")]
    """Owner, Admin, Member or NotMember."""


class ImportGroupMemberItemParam(RequestModel):
    """
    A member to import with its history.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    role: Annotated[
        GroupMemberRoleSetting | Literal["Admin", "Member"] | None,
        Field(alias="Role", description="Role; only Admin is documented (omitted: ordinary member)."),
    ] = None
    """Role; only Admin is documented (omitted: ordinary member)."""

    join_time: Annotated[
        int | None,
        Field(
            alias="JoinTime",
            description="When the member joined; after the group's creation and before now. Unit: unix seconds.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    """When the member joined; after the group's creation and before now. Unit: unix seconds."""

    unread_msg_num: Annotated[
        int | None,
        Field(
            alias="UnreadMsgNum",
            description="Unread count of the member; capped at the number of messages in the group. Unit: count.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ] = None
    """Unread count of the member; capped at the number of messages in the group. Unit: count."""


class ImportGroupMemberResult(ResponseModel):
    """
    Outcome of importing one member.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    result: Annotated[ImportGroupMemberResultCode, Field(alias="Result", description="Outcome.")]
    """Outcome."""


class ImportGroupMsgItemParam(RequestModel):
    """
    A historical message to import into a group.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User ID of the sender.")]
    """User ID of the sender."""

    send_time: Annotated[
        int,
        Field(
            alias="SendTime",
            description="When it was sent; after the group's creation and its newest message, before now. Unit: unix seconds.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ]
    """When it was sent; after the group's creation and its newest message, before now. Unit: unix seconds."""

    random: Annotated[
        int | None,
        Field(
            alias="Random",
            description="Random number of the message; a repeat with the same number within five minutes is dropped.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """Random number of the message; a repeat with the same number within five minutes is dropped."""

    msg_body: Annotated[
        list[MsgElementParam],
        Field(
            alias="MsgBody",
            description="Body; the page allows TIMTextElem, TIMFaceElem, TIMLocationElem and TIMCustomElem.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Body; the page allows TIMTextElem, TIMFaceElem, TIMLocationElem and TIMCustomElem."""


class ImportGroupMsgResult(ResponseModel):
    """
    Outcome of importing one message.
    """

    msg_seq: Annotated[int | None, Field(alias="MsgSeq", description="Sequence number given to the message.")] = None
    """Sequence number given to the message."""

    msg_time: Annotated[
        int | None, Field(alias="MsgTime", description="Time of the message (its SendTime). Unit: unix seconds.")
    ] = None
    """Time of the message (its SendTime). Unit: unix seconds."""

    result: Annotated[
        int,
        Field(
            alias="Result",
            description="0 imported; 10004 the send time is not valid; 80002 the message exceeds 12,000 bytes.",
        ),
    ]
    """0 imported; 10004 the send time is not valid; 80002 the message exceeds 12,000 bytes."""


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


class MutedGroupMember(ResponseModel):
    """
    A muted member and the end of the mute.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    muted_until: Annotated[int, Field(alias="MutedUntil", description="When the mute ends. Unit: unix seconds.")]
    """When the mute ends. Unit: unix seconds."""


class NewGroupMemberParam(RequestModel):
    """
    A member placed in a group when it is created.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID; must be an imported account.")]
    """User ID; must be an imported account."""

    role: Annotated[
        GroupMemberRoleSetting | Literal["Admin", "Member"] | None,
        Field(alias="Role", description="Role of the member; only Admin is documented (omitted: ordinary member)."),
    ] = None
    """Role of the member; only Admin is documented (omitted: ordinary member)."""

    app_member_defined_data: Annotated[
        list[AppDefinedDataItemParam] | None,
        Field(
            alias="AppMemberDefinedData",
            description="Member-level custom fields (keys configured in the console; values up to 64 bytes).",
        ),
    ] = None
    """Member-level custom fields (keys configured in the console; values up to 64 bytes)."""


class PermissionGroupMemberParam(RequestModel):
    """
    A community member added to or removed from a permission group.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""


class PermissionGroupMemberResult(ResponseModel):
    """
    Outcome for one permission group member.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    result: Annotated[
        int,
        Field(
            alias="Result",
            description="Outcome; the values were not readable (by analogy with add_group_member: 0 failed, 1 added, 2 already in).",
        ),
    ]
    """Outcome; the values were not readable (by analogy with add_group_member: 0 failed, 1 added, 2 already in)."""


class PermissionGroupResult(ResponseModel):
    """
    Outcome for one permission group.
    """

    permission_group_id: Annotated[str, Field(alias="PermissionGroupId", description="Permission group ID.")]
    """Permission group ID."""

    error_code: Annotated[int, Field(alias="ErrorCode", description="0 on success.")]
    """0 on success."""

    error_info: Annotated[str | None, Field(alias="ErrorInfo", description="Error text.")] = None
    """Error text."""


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


class ShuttedGroupMember(ResponseModel):
    """
    A muted member as the legacy get_group_shutted_uin reports it.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    shutted_until: Annotated[int, Field(alias="ShuttedUntil", description="When the mute ends. Unit: unix seconds.")]
    """When the mute ends. Unit: unix seconds."""


class TopicPermissionParam(RequestModel):
    """
    Permission bits of a permission group within one topic.
    """

    topic_id: Annotated[str, Field(alias="TopicId", description="Topic ID.")]
    """Topic ID."""

    permission: Annotated[
        int,
        Field(
            alias="Permission",
            description="Topic permission bits (one bit per permission; see the topic permission bit table).",
        ),
    ]
    """Topic permission bits (one bit per permission; see the topic permission bit table)."""


class TopicPermissionResult(ResponseModel):
    """
    Outcome for one topic.
    """

    topic_id: Annotated[str, Field(alias="TopicId", description="Topic ID.")]
    """Topic ID."""

    error_code: Annotated[int, Field(alias="ErrorCode", description="0 on success.")]
    """0 on success."""

    error_info: Annotated[str | None, Field(alias="ErrorInfo", description="Error text.")] = None
    """Error text."""

    permission: Annotated[
        int | None,
        Field(
            alias="Permission",
            description="Permission bits of the topic (get_topic_permission_group; key assumed, the reply sample was not readable).",
        ),
    ] = None
    """Permission bits of the topic (get_topic_permission_group; key assumed, the reply sample was not readable)."""


class CreateGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/create_group: Create a group.
    """

    owner_account: Annotated[
        str | None,
        Field(
            alias="Owner_Account",
            description="User ID of the owner (an imported account), who also becomes a member; omitted: the group has no owner.",
        ),
    ] = None
    """User ID of the owner (an imported account), who also becomes a member; omitted: the group has no owner."""

    type: Annotated[
        GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"],
        Field(alias="Type", description="Group type (send Private for Work groups and ChatRoom for Meeting groups)."),
    ]
    """Group type (send Private for Work groups and ChatRoom for Meeting groups)."""

    group_id: Annotated[
        str | None,
        Field(
            alias="GroupId",
            description="Custom group ID: printable ASCII, shorter than 48 bytes, not starting with @TGS# (the prefix of generated IDs); community IDs must start with @TGS#_. Omitted: the server generates one.",
            json_schema_extra={"x-max-bytes": 47, "x-limits": {"max_bytes": 47, "pattern": "^[ -~]+$"}},
            pattern="^[ -~]+$",
        ),
    ] = None
    """Custom group ID: printable ASCII, shorter than 48 bytes, not starting with @TGS# (the prefix of generated IDs); community IDs must start with @TGS#_. Omitted: the server generates one."""

    name: Annotated[
        str,
        Field(
            alias="Name",
            description="Group name.",
            json_schema_extra={"x-max-bytes": 30, "x-limits": {"max_bytes": 30}},
        ),
    ]
    """Group name."""

    introduction: Annotated[
        str | None,
        Field(
            alias="Introduction",
            description="Introduction.",
            json_schema_extra={"x-max-bytes": 240, "x-limits": {"max_bytes": 240}},
        ),
    ] = None
    """Introduction."""

    notification: Annotated[
        str | None,
        Field(
            alias="Notification",
            description="Notice.",
            json_schema_extra={"x-max-bytes": 300, "x-limits": {"max_bytes": 300}},
        ),
    ] = None
    """Notice."""

    face_url: Annotated[
        str | None,
        Field(
            alias="FaceUrl",
            description="Avatar URL.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """Avatar URL."""

    max_member_count: Annotated[
        int | None,
        Field(
            alias="MaxMemberCount",
            description="Member cap (note: MaxMemberNum in modify_group_base_info and in replies). Unit: count. Server default when omitted: the member limit of the package.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """Member cap (note: MaxMemberNum in modify_group_base_info and in replies). Unit: count. Server default when omitted: the member limit of the package."""

    apply_join_option: Annotated[
        ApplyJoinOption | Literal["FreeAccess", "NeedPermission", "DisableApply"] | None,
        Field(
            alias="ApplyJoinOption",
            description="How applications to join are handled; meaningful only for types users can apply to, not supported for Community. Server default when omitted: NeedPermission. Group types: Private, Public, ChatRoom, AVChatRoom.",
        ),
    ] = None
    """How applications to join are handled; meaningful only for types users can apply to, not supported for Community. Server default when omitted: NeedPermission. Group types: Private, Public, ChatRoom, AVChatRoom."""

    invite_join_option: Annotated[
        InviteJoinOption | Literal["FreeAccess", "NeedPermission", "DisableInvite"] | None,
        Field(
            alias="InviteJoinOption",
            description="How invitations from the client SDK are handled (newer field; not for AVChatRoom). Group types: Private, Public, ChatRoom, Community.",
        ),
    ] = None
    """How invitations from the client SDK are handled (newer field; not for AVChatRoom). Group types: Private, Public, ChatRoom, Community."""

    app_defined_data: Annotated[
        list[AppDefinedDataItemParam] | None,
        Field(
            alias="AppDefinedData",
            description="Group-level custom fields (keys configured in the console first; up to 10 keys, values up to 512 bytes, binary allowed).",
        ),
    ] = None
    """Group-level custom fields (keys configured in the console first; up to 10 keys, values up to 512 bytes, binary allowed)."""

    member_list: Annotated[
        list[NewGroupMemberParam] | None,
        Field(
            alias="MemberList",
            description="Initial members (not for AVChatRoom: 10007). Group types: Private, Public, ChatRoom, Community.",
            json_schema_extra={"x-limits": {"max_items": 100}},
            max_length=100,
        ),
    ] = None
    """Initial members (not for AVChatRoom: 10007). Group types: Private, Public, ChatRoom, Community."""

    support_topic: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(alias="SupportTopic", description="Whether the community has topics. Group types: Community."),
    ] = None
    """Whether the community has topics. Group types: Community."""

    enable_permission: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(
            alias="EnablePermission",
            description="Whether permission groups decide member permissions (topic-enabled communities; newer field). Group types: Community.",
        ),
    ] = None
    """Whether permission groups decide member permissions (topic-enabled communities; newer field). Group types: Community."""

    default_permission: Annotated[
        int | None,
        Field(
            alias="DefaultPermission",
            description="Default permission bits of members when EnablePermission is 1 (newer field). Group types: Community.",
        ),
    ] = None
    """Default permission bits of members when EnablePermission is 1 (newer field). Group types: Community."""


class GetAppidGroupListResponse(Envelope):
    """
    Reply of group_open_http_svc/get_appid_group_list (envelope keys included).
    """

    total_count: Annotated[
        int | None,
        Field(
            alias="TotalCount",
            description="Groups in the app (of GroupType if given); independent of Limit and Next. Unit: count.",
        ),
    ] = None
    """Groups in the app (of GroupType if given); independent of Limit and Next. Unit: count."""

    group_id_list: Annotated[list[GroupIdEntry], Field(alias="GroupIdList", description="Group IDs on this page.")]
    """Group IDs on this page."""

    next: Annotated[
        int | None, Field(alias="Next", description="Cursor of the next page; 0 when every group was returned.")
    ] = None
    """Cursor of the next page; 0 when every group was returned."""


class GetGroupInfoRequest(RequestModel):
    """
    Request of group_open_http_svc/get_group_info: Get group profiles.
    """

    group_id_list: Annotated[
        list[str],
        Field(
            alias="GroupIdList",
            description="Groups to read.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 50}},
            max_length=50,
            min_length=1,
        ),
    ]
    """Groups to read."""

    response_filter: Annotated[
        GroupInfoResponseFilterParam | None,
        Field(alias="ResponseFilter", description="Which fields to return; omitted, everything is returned."),
    ] = None
    """Which fields to return; omitted, everything is returned."""


class ModifyGroupBaseInfoRequest(RequestModel):
    """
    Request of group_open_http_svc/modify_group_base_info: Change a group profile.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to change.")]
    """Group to change."""

    name: Annotated[
        str | None,
        Field(
            alias="Name", description="New name.", json_schema_extra={"x-max-bytes": 30, "x-limits": {"max_bytes": 30}}
        ),
    ] = None
    """New name."""

    introduction: Annotated[
        str | None,
        Field(
            alias="Introduction",
            description="New introduction.",
            json_schema_extra={"x-max-bytes": 240, "x-limits": {"max_bytes": 240}},
        ),
    ] = None
    """New introduction."""

    notification: Annotated[
        str | None,
        Field(
            alias="Notification",
            description="New notice.",
            json_schema_extra={"x-max-bytes": 300, "x-limits": {"max_bytes": 300}},
        ),
    ] = None
    """New notice."""

    face_url: Annotated[
        str | None,
        Field(
            alias="FaceUrl",
            description="New avatar URL.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """New avatar URL."""

    max_member_num: Annotated[
        int | None,
        Field(
            alias="MaxMemberNum",
            description="New member cap, within the package limit (ignored for AVChatRoom). Unit: count. Group types: Private, Public, ChatRoom, Community.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """New member cap, within the package limit (ignored for AVChatRoom). Unit: count. Group types: Private, Public, ChatRoom, Community."""

    apply_join_option: Annotated[
        ApplyJoinOption | Literal["FreeAccess", "NeedPermission", "DisableApply"] | None,
        Field(
            alias="ApplyJoinOption",
            description="Join-application policy (not for Community). Group types: Private, Public, ChatRoom, AVChatRoom.",
        ),
    ] = None
    """Join-application policy (not for Community). Group types: Private, Public, ChatRoom, AVChatRoom."""

    mute_all_member: Annotated[
        GroupSwitch | Literal["On", "Off"] | None,
        Field(
            alias="MuteAllMember",
            description="On mutes everyone except the owner, administrators and the app administrator.",
        ),
    ] = None
    """On mutes everyone except the owner, administrators and the app administrator."""

    app_defined_data: Annotated[
        list[AppDefinedDataItemParam] | None,
        Field(alias="AppDefinedData", description="Group-level custom fields to set; an empty Value deletes that key."),
    ] = None
    """Group-level custom fields to set; an empty Value deletes that key."""

    invite_join_option: Annotated[
        InviteJoinOption | Literal["FreeAccess", "NeedPermission", "DisableInvite"] | None,
        Field(
            alias="InviteJoinOption",
            description="Invitation policy (newer field; not for AVChatRoom). Group types: Private, Public, ChatRoom, Community.",
        ),
    ] = None
    """Invitation policy (newer field; not for AVChatRoom). Group types: Private, Public, ChatRoom, Community."""

    from_account: Annotated[
        str | None,
        Field(
            alias="From_Account",
            description="User shown as the operator of the change instead of the administrator (newer field); must exist.",
        ),
    ] = None
    """User shown as the operator of the change instead of the administrator (newer field); must exist."""

    enable_permission: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(
            alias="EnablePermission",
            description="Turn permission groups on or off for a topic-enabled community (newer field). Group types: Community.",
        ),
    ] = None
    """Turn permission groups on or off for a topic-enabled community (newer field). Group types: Community."""

    default_permission: Annotated[
        int | None,
        Field(
            alias="DefaultPermission",
            description="Default permission bits of members (newer field). Group types: Community.",
        ),
    ] = None
    """Default permission bits of members (newer field). Group types: Community."""

    history_msg_before_join: Annotated[
        GroupSwitch | Literal["On", "Off"] | None,
        Field(
            alias="HistoryMsgBeforeJoin",
            description="Whether new members see messages posted before they joined (newer field). Group types: Private, Public, ChatRoom.",
        ),
    ] = None
    """Whether new members see messages posted before they joined (newer field). Group types: Private, Public, ChatRoom."""


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


class GetGroupMemberInfoResponse(Envelope):
    """
    Reply of group_open_http_svc/get_group_member_info (envelope keys included).
    """

    member_num: Annotated[int | None, Field(alias="MemberNum", description="Members in the group. Unit: count.")] = None
    """Members in the group. Unit: count."""

    member_list: Annotated[list[GroupMemberInfo], Field(alias="MemberList", description="Members on this page.")]
    """Members on this page."""

    next: Annotated[
        str | None,
        Field(
            alias="Next",
            description="Cursor of the next call (communities only); empty when every member was returned. Group types: Community.",
        ),
    ] = None
    """Cursor of the next call (communities only); empty when every member was returned. Group types: Community."""


class GetSpecifiedGroupMemberInfoResponse(Envelope):
    """
    Reply of group_open_http_svc/get_specified_group_member_info (envelope keys included).
    """

    group_id: Annotated[str | None, Field(alias="GroupId", description="The group.")] = None
    """The group."""

    member_list: Annotated[list[GroupMemberInfo], Field(alias="MemberList", description="The requested members.")]
    """The requested members."""


class AddGroupMemberRequest(RequestModel):
    """
    Request of group_open_http_svc/add_group_member: Add group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to add to.")]
    """Group to add to."""

    silence: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(
            alias="Silence", description="1 adds the users without notifying anyone. Server default when omitted: 0."
        ),
    ] = None
    """1 adds the users without notifying anyone. Server default when omitted: 0."""

    member_list: Annotated[
        list[GroupMemberToAddParam],
        Field(
            alias="MemberList",
            description="Users to add.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 300}},
            max_length=300,
            min_length=1,
        ),
    ]
    """Users to add."""


class AddGroupMemberResponse(Envelope):
    """
    Reply of group_open_http_svc/add_group_member (envelope keys included).
    """

    member_list: Annotated[list[AddGroupMemberResult], Field(alias="MemberList", description="Outcome per user.")]
    """Outcome per user."""


class ModifyGroupMemberInfoRequest(RequestModel):
    """
    Request of group_open_http_svc/modify_group_member_info: Change a member profile.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the member.")]
    """Group of the member."""

    member_account: Annotated[str, Field(alias="Member_Account", description="Member to change.")]
    """Member to change."""

    role: Annotated[
        GroupMemberRoleSetting | Literal["Admin", "Member"] | None,
        Field(
            alias="Role",
            description="Admin grants, Member revokes the administrator role; the owner's role cannot be changed here.",
        ),
    ] = None
    """Admin grants, Member revokes the administrator role; the owner's role cannot be changed here."""

    msg_flag: Annotated[
        GroupMsgFlag | Literal["AcceptAndNotify", "AcceptNotNotify", "Discard"] | None,
        Field(alias="MsgFlag", description="Message receiving option."),
    ] = None
    """Message receiving option."""

    name_card: Annotated[
        str | None,
        Field(
            alias="NameCard",
            description="Name card in the group.",
            json_schema_extra={"x-max-bytes": 50, "x-limits": {"max_bytes": 50}},
        ),
    ] = None
    """Name card in the group."""

    app_member_defined_data: Annotated[
        list[AppDefinedDataItemParam] | None,
        Field(alias="AppMemberDefinedData", description="Member-level custom fields to set (values up to 64 bytes)."),
    ] = None
    """Member-level custom fields to set (values up to 64 bytes)."""

    mute_time: Annotated[
        int | None,
        Field(
            alias="MuteTime",
            description="Mute the member for this long; 0 lifts the mute (not for work groups). Unit: seconds. Group types: Public, ChatRoom, Community.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """Mute the member for this long; 0 lifts the mute (not for work groups). Unit: seconds. Group types: Public, ChatRoom, Community."""


class GetRoleInGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/get_role_in_group (envelope keys included).
    """

    user_id_list: Annotated[list[GroupRoleEntry], Field(alias="UserIdList", description="Role per user.")]
    """Role per user."""


class GetGroupMutedAccountResponse(Envelope):
    """
    Reply of group_open_http_svc/get_group_muted_account (envelope keys included).
    """

    group_id: Annotated[
        str | None, Field(alias="GroupId", description="The group (in the sample, not in the field table).")
    ] = None
    """The group (in the sample, not in the field table)."""

    muted_account_list: Annotated[list[MutedGroupMember], Field(alias="MutedAccountList", description="Muted members.")]
    """Muted members."""


class GetGroupShuttedUinResponse(Envelope):
    """
    Reply of group_open_http_svc/get_group_shutted_uin (envelope keys included).
    """

    group_id: Annotated[str | None, Field(alias="GroupId", description="The group.")] = None
    """The group."""

    shutted_uin_list: Annotated[list[ShuttedGroupMember], Field(alias="ShuttedUinList", description="Muted members.")]
    """Muted members."""


class SendGroupMsgRequest(RequestModel):
    """
    Request of group_open_http_svc/send_group_msg: Send a group message.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to post in.")]
    """Group to post in."""

    random: Annotated[
        int | None,
        Field(
            alias="Random",
            description="Random number used for de-duplication; required by the server and filled by the SDK when omitted.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """Random number used for de-duplication; required by the server and filled by the SDK when omitted."""

    msg_priority: Annotated[
        GroupMsgPriority | Literal["High", "Normal", "Low"] | None,
        Field(alias="MsgPriority", description="Priority of the message. Server default when omitted: Normal."),
    ] = None
    """Priority of the message. Server default when omitted: Normal."""

    msg_body: Annotated[
        list[MsgElementParam],
        Field(
            alias="MsgBody",
            description="Body of the message: one or more elements (12 KB in total at most).",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Body of the message: one or more elements (12 KB in total at most)."""

    from_account: Annotated[
        str | None,
        Field(
            alias="From_Account",
            description="User shown as the sender; omitted, the calling administrator. Must exist.",
        ),
    ] = None
    """User shown as the sender; omitted, the calling administrator. Must exist."""

    offline_push_info: Annotated[
        OfflinePushInfoParam | None, Field(alias="OfflinePushInfo", description="Offline push settings.")
    ] = None
    """Offline push settings."""

    forbid_callback_control: Annotated[
        list[GroupForbidCallback | Literal["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]] | None,
        Field(alias="ForbidCallbackControl", description="Webhooks to skip for this message."),
    ] = None
    """Webhooks to skip for this message."""

    online_only_flag: Annotated[
        int | None,
        Field(
            alias="OnlineOnlyFlag",
            description="1 (any value above 0) delivers only to online members and stores nothing for offline or roaming; not for AVChatRoom. Server default when omitted: 0. Group types: Private, Public, ChatRoom, Community.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ] = None
    """1 (any value above 0) delivers only to online members and stores nothing for offline or roaming; not for AVChatRoom. Server default when omitted: 0. Group types: Private, Public, ChatRoom, Community."""

    send_msg_control: Annotated[
        list[GroupSendMsgControl | Literal["NoLastMsg", "NoUnread"]] | None,
        Field(alias="SendMsgControl", description="Per-message delivery options; not together with OnlineOnlyFlag 1."),
    ] = None
    """Per-message delivery options; not together with OnlineOnlyFlag 1."""

    cloud_custom_data: Annotated[
        str | None,
        Field(alias="CloudCustomData", description="Custom data stored with the message and delivered to receivers."),
    ] = None
    """Custom data stored with the message and delivered to receivers."""

    support_message_extension: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(
            alias="SupportMessageExtension",
            description="1 allows message extensions (key-values) on this message. Server default when omitted: 0.",
        ),
    ] = None
    """1 allows message extensions (key-values) on this message. Server default when omitted: 0."""

    to_account: Annotated[
        list[str] | None,
        Field(
            alias="To_Account",
            description="Deliver only to these members (Ultimate edition); the message is then not counted as unread. Group types: Private, Public, ChatRoom.",
            json_schema_extra={"x-limits": {"max_items": 50}},
            max_length=50,
        ),
    ] = None
    """Deliver only to these members (Ultimate edition); the message is then not counted as unread. Group types: Private, Public, ChatRoom."""

    topic_id: Annotated[
        str | None,
        Field(alias="TopicId", description="Post in this topic of a topic-enabled community. Group types: Community."),
    ] = None
    """Post in this topic of a topic-enabled community. Group types: Community."""

    group_at_info: Annotated[
        list[GroupAtInfoParam] | None,
        Field(
            alias="GroupAtInfo",
            description="@ mentions, in the order of the @ tokens in the text (@all is not available in AVChatRoom).",
            json_schema_extra={"x-limits": {"max_items": 30}},
            max_length=30,
        ),
    ] = None
    """@ mentions, in the order of the @ tokens in the text (@all is not available in AVChatRoom)."""

    need_read_receipt: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(
            alias="NeedReadReceipt",
            description="1 asks members for read receipts (newer field; read receipts need the Ultimate edition and a console switch). Server default when omitted: 0. Group types: Private, Public, ChatRoom.",
        ),
    ] = None
    """1 asks members for read receipts (newer field; read receipts need the Ultimate edition and a console switch). Server default when omitted: 0. Group types: Private, Public, ChatRoom."""


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


class GroupMsgRecallResponse(Envelope):
    """
    Reply of group_open_http_svc/group_msg_recall (envelope keys included).
    """

    recall_ret_list: Annotated[
        list[GroupRecallResult], Field(alias="RecallRetList", description="Outcome per message.")
    ]
    """Outcome per message."""


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


class ImportGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/import_group: Import a group.
    """

    owner_account: Annotated[
        str | None,
        Field(alias="Owner_Account", description="User ID of the owner, who also becomes a member; omitted, no owner."),
    ] = None
    """User ID of the owner, who also becomes a member; omitted, no owner."""

    type: Annotated[
        GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"],
        Field(alias="Type", description="Group type: Public, Private (Work), ChatRoom (Meeting) or Community."),
    ]
    """Group type: Public, Private (Work), ChatRoom (Meeting) or Community."""

    group_id: Annotated[
        str | None,
        Field(
            alias="GroupId",
            description="Custom group ID (same rules as create_group).",
            json_schema_extra={"x-max-bytes": 47, "x-limits": {"max_bytes": 47, "pattern": "^[ -~]+$"}},
            pattern="^[ -~]+$",
        ),
    ] = None
    """Custom group ID (same rules as create_group)."""

    name: Annotated[
        str,
        Field(
            alias="Name",
            description="Group name.",
            json_schema_extra={"x-max-bytes": 30, "x-limits": {"max_bytes": 30}},
        ),
    ]
    """Group name."""

    introduction: Annotated[
        str | None,
        Field(
            alias="Introduction",
            description="Introduction.",
            json_schema_extra={"x-max-bytes": 240, "x-limits": {"max_bytes": 240}},
        ),
    ] = None
    """Introduction."""

    notification: Annotated[
        str | None,
        Field(
            alias="Notification",
            description="Notice.",
            json_schema_extra={"x-max-bytes": 300, "x-limits": {"max_bytes": 300}},
        ),
    ] = None
    """Notice."""

    face_url: Annotated[
        str | None,
        Field(
            alias="FaceUrl",
            description="Avatar URL.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """Avatar URL."""

    max_member_count: Annotated[
        int | None,
        Field(
            alias="MaxMemberCount",
            description="Member cap: up to 6,000 (100,000 for communities). Unit: count. Server default when omitted: 2000.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """Member cap: up to 6,000 (100,000 for communities). Unit: count. Server default when omitted: 2000."""

    apply_join_option: Annotated[
        ApplyJoinOption | Literal["FreeAccess", "NeedPermission", "DisableApply"] | None,
        Field(
            alias="ApplyJoinOption",
            description="Join-application policy (not for Community). Server default when omitted: NeedPermission. Group types: Private, Public, ChatRoom.",
        ),
    ] = None
    """Join-application policy (not for Community). Server default when omitted: NeedPermission. Group types: Private, Public, ChatRoom."""

    app_defined_data: Annotated[
        list[AppDefinedDataItemParam] | None, Field(alias="AppDefinedData", description="Group-level custom fields.")
    ] = None
    """Group-level custom fields."""

    create_time: Annotated[
        int | None,
        Field(
            alias="CreateTime",
            description="Creation time; omitted, the time of the request. Unit: unix seconds.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    """Creation time; omitted, the time of the request. Unit: unix seconds."""

    support_topic: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(alias="SupportTopic", description="Whether the community has topics. Group types: Community."),
    ] = None
    """Whether the community has topics. Group types: Community."""


class ImportGroupMemberRequest(RequestModel):
    """
    Request of group_open_http_svc/import_group_member: Import group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to import into.")]
    """Group to import into."""

    member_list: Annotated[
        list[ImportGroupMemberItemParam],
        Field(
            alias="MemberList",
            description="Members to import.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 300}},
            max_length=300,
            min_length=1,
        ),
    ]
    """Members to import."""


class ImportGroupMemberResponse(Envelope):
    """
    Reply of group_open_http_svc/import_group_member (envelope keys included).
    """

    member_list: Annotated[list[ImportGroupMemberResult], Field(alias="MemberList", description="Outcome per member.")]
    """Outcome per member."""


class ImportGroupMsgRequest(RequestModel):
    """
    Request of group_open_http_svc/import_group_msg: Import group messages.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to import into.")]
    """Group to import into."""

    recent_contact_flag: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(
            alias="RecentContactFlag",
            description="1 updates the members' conversations (not for AVChatRoom or Community). Server default when omitted: 0. Group types: Private, Public, ChatRoom.",
        ),
    ] = None
    """1 updates the members' conversations (not for AVChatRoom or Community). Server default when omitted: 0. Group types: Private, Public, ChatRoom."""

    msg_list: Annotated[
        list[ImportGroupMsgItemParam],
        Field(
            alias="MsgList",
            description="Messages in ascending SendTime order.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 7}},
            max_length=7,
            min_length=1,
        ),
    ]
    """Messages in ascending SendTime order."""

    topic_id: Annotated[
        str | None, Field(alias="TopicId", description="Topic of a topic-enabled community. Group types: Community.")
    ] = None
    """Topic of a topic-enabled community. Group types: Community."""


class ImportGroupMsgResponse(Envelope):
    """
    Reply of group_open_http_svc/import_group_msg (envelope keys included).
    """

    import_msg_result: Annotated[
        list[ImportGroupMsgResult], Field(alias="ImportMsgResult", description="Outcome per message.")
    ]
    """Outcome per message."""


class GetGroupBanMemberResponse(Envelope):
    """
    Reply of group_open_http_svc/get_group_ban_member (envelope keys included).
    """

    banned_account_list: Annotated[
        list[BannedGroupMember], Field(alias="BannedAccountList", description="Banned users on this page.")
    ]
    """Banned users on this page."""

    next_offset: Annotated[
        int | None, Field(alias="NextOffset", description="Offset of the next page; 0 when the list is complete.")
    ] = None
    """Offset of the next page; 0 when the list is complete."""


class ModifyGroupAttrRequest(RequestModel):
    """
    Request of group_open_http_svc/modify_group_attr: Change group attributes.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to change.")]
    """Group to change."""

    group_attr: Annotated[
        list[GroupAttrEntryParam],
        Field(
            alias="GroupAttr",
            description="Attributes to write; a group holds at most 16 keys and 16,000 bytes of values.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 16}},
            max_length=16,
            min_length=1,
        ),
    ]
    """Attributes to write; a group holds at most 16 keys and 16,000 bytes of values."""


class SetGroupAttrRequest(RequestModel):
    """
    Request of group_open_http_svc/set_group_attr: Replace group attributes.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to change.")]
    """Group to change."""

    group_attr: Annotated[
        list[GroupAttrEntryParam],
        Field(
            alias="GroupAttr",
            description="The new attribute set (16 keys and 16,000 bytes of values at most).",
            json_schema_extra={"x-limits": {"max_items": 16}},
            max_length=16,
        ),
    ]
    """The new attribute set (16 keys and 16,000 bytes of values at most)."""


class DeleteGroupAttrRequest(RequestModel):
    """
    Request of group_open_http_svc/delete_group_attr: Delete group attributes.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to change.")]
    """Group to change."""

    group_attr: Annotated[
        list[GroupAttrKeyParam],
        Field(
            alias="GroupAttr",
            description="Keys to delete.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 16}},
            max_length=16,
            min_length=1,
        ),
    ]
    """Keys to delete."""


class GetGroupCounterResponse(Envelope):
    """
    Reply of group_open_http_svc/get_group_counter (envelope keys included).
    """

    group_counter: Annotated[list[GroupCounterEntry], Field(alias="GroupCounter", description="Current values.")]
    """Current values."""


class UpdateGroupCounterRequest(RequestModel):
    """
    Request of group_open_http_svc/update_group_counter: Update group counters.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to change.")]
    """Group to change."""

    group_counter: Annotated[
        list[GroupCounterEntryParam],
        Field(
            alias="GroupCounter",
            description="Counters and their values or operands.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """Counters and their values or operands."""

    mode: Annotated[
        GroupCounterMode | Literal["Set", "Increase", "Decrease"] | None,
        Field(alias="Mode", description="How the values apply; the page gives no default."),
    ] = None
    """How the values apply; the page gives no default."""


class UpdateGroupCounterResponse(Envelope):
    """
    Reply of group_open_http_svc/update_group_counter (envelope keys included).
    """

    group_counter: Annotated[
        list[GroupCounterEntry], Field(alias="GroupCounter", description="Values after the update.")
    ]
    """Values after the update."""


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


class GetGroupMsgReceiptResponse(Envelope):
    """
    Reply of group_open_http_svc/get_group_msg_receipt (envelope keys included).
    """

    group_msg_receipt_list: Annotated[
        list[GroupMsgReceiptCount], Field(alias="GroupMsgReceiptList", description="Counts per message.")
    ]
    """Counts per message."""


class GetGroupMsgReceiptDetailResponse(Envelope):
    """
    Reply of group_open_http_svc/get_group_msg_receipt_detail (envelope keys included).
    """

    is_finish: Annotated[
        GroupFlag | None, Field(alias="IsFinish", description="1 when the list is complete (spelling of the samples).")
    ] = None
    """1 when the list is complete (spelling of the samples)."""

    is_finished: Annotated[
        GroupFlag | None,
        Field(
            alias="IsFinished",
            description="1 when the list is complete (spelling of the field table and the doocs SDK).",
        ),
    ] = None
    """1 when the list is complete (spelling of the field table and the doocs SDK)."""

    msg_seq: Annotated[int | None, Field(alias="MsgSeq", description="Sequence number of the message.")] = None
    """Sequence number of the message."""

    read_list: Annotated[list[GroupMsgReader] | None, Field(alias="ReadList", description="Readers (Filter 0).")] = None
    """Readers (Filter 0)."""

    unread_list: Annotated[
        list[GroupMsgNonReader] | None,
        Field(alias="UnreadList", description="Members who have not read it (Filter 1)."),
    ] = None
    """Members who have not read it (Filter 1)."""

    cursor: Annotated[
        str | None, Field(alias="Cursor", description='Cursor of the next call ("0" in the sample of a complete list).')
    ] = None
    """Cursor of the next call ("0" in the sample of a complete list)."""


class GetPinnedMessagesResponse(Envelope):
    """
    Reply of group_open_http_svc/get_pinned_messages (envelope keys included).
    """

    pinned_msg_list: Annotated[list[PinnedGroupMsg], Field(alias="PinnedMsgList", description="The pinned messages.")]
    """The pinned messages."""


class DestroyPermissionGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/destroy_permission_group (envelope keys included).
    """

    permission_group_result_list: Annotated[
        list[PermissionGroupResult],
        Field(alias="PermissionGroupResultList", description="Outcome per permission group."),
    ]
    """Outcome per permission group."""


class AddTopicPermissionGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/add_topic_permission_group: Add topic permissions to a permission group.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id: Annotated[str, Field(alias="PermissionGroupId", description="Permission group.")]
    """Permission group."""

    topic_permission_list: Annotated[
        list[TopicPermissionParam],
        Field(
            alias="TopicPermissionList",
            description="Topics and their permission bits.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 50}},
            max_length=50,
            min_length=1,
        ),
    ]
    """Topics and their permission bits."""


class AddTopicPermissionGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/add_topic_permission_group (envelope keys included).
    """

    topic_permission_result_list: Annotated[
        list[TopicPermissionResult], Field(alias="TopicPermissionResultList", description="Outcome per topic.")
    ]
    """Outcome per topic."""


class SetTopicPermissionGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/set_topic_permission_group: Change topic permissions of a permission group.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id: Annotated[str, Field(alias="PermissionGroupId", description="Permission group.")]
    """Permission group."""

    topic_permission_list: Annotated[
        list[TopicPermissionParam],
        Field(
            alias="TopicPermissionList",
            description="Topics and their new permission bits.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Topics and their new permission bits."""


class SetTopicPermissionGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/set_topic_permission_group (envelope keys included).
    """

    topic_permission_result_list: Annotated[
        list[TopicPermissionResult] | None,
        Field(
            alias="TopicPermissionResultList",
            description="Outcome per topic (assumed, as for the add and delete variants).",
        ),
    ] = None
    """Outcome per topic (assumed, as for the add and delete variants)."""


class DeleteTopicPermissionGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/delete_topic_permission_group (envelope keys included).
    """

    topic_permission_result_list: Annotated[
        list[TopicPermissionResult], Field(alias="TopicPermissionResultList", description="Outcome per topic.")
    ]
    """Outcome per topic."""


class GetTopicPermissionGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/get_topic_permission_group (envelope keys included).
    """

    topic_permission_result_list: Annotated[
        list[TopicPermissionResult] | None,
        Field(alias="TopicPermissionResultList", description="Permissions per topic."),
    ] = None
    """Permissions per topic."""


class AddPermissionGroupMemberRequest(RequestModel):
    """
    Request of group_open_http_svc/add_permission_group_member: Add permission group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id: Annotated[str, Field(alias="PermissionGroupId", description="Permission group.")]
    """Permission group."""

    member_list: Annotated[
        list[PermissionGroupMemberParam],
        Field(
            alias="MemberList",
            description="Members to add.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Members to add."""


class AddPermissionGroupMemberResponse(Envelope):
    """
    Reply of group_open_http_svc/add_permission_group_member (envelope keys included).
    """

    member_list: Annotated[
        list[PermissionGroupMemberResult], Field(alias="MemberList", description="Outcome per member.")
    ]
    """Outcome per member."""


class DeletePermissionGroupMemberRequest(RequestModel):
    """
    Request of group_open_http_svc/delete_permission_group_member: Remove permission group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id: Annotated[str, Field(alias="PermissionGroupId", description="Permission group.")]
    """Permission group."""

    member_list: Annotated[
        list[PermissionGroupMemberParam],
        Field(
            alias="MemberList",
            description="Members to remove.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Members to remove."""


class GroupInfo(ResponseModel):
    """
    Profile of one group as get_group_info returns it, with its own result code. Which fields appear depends on ResponseFilter.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group ID.")]
    """Group ID."""

    error_code: Annotated[
        int | None,
        Field(
            alias="ErrorCode",
            description="Result for this group: 0 on success, otherwise a group error code (10010, 10015...).",
        ),
    ] = None
    """Result for this group: 0 on success, otherwise a group error code (10010, 10015...)."""

    error_info: Annotated[str | None, Field(alias="ErrorInfo", description="Error text for this group.")] = None
    """Error text for this group."""

    type: Annotated[GroupType | None, Field(alias="Type", description="Group type.")] = None
    """Group type."""

    name: Annotated[str | None, Field(alias="Name", description="Group name.")] = None
    """Group name."""

    appid: Annotated[int | None, Field(alias="Appid", description="SDKAppID the group belongs to.")] = None
    """SDKAppID the group belongs to."""

    introduction: Annotated[str | None, Field(alias="Introduction", description="Introduction.")] = None
    """Introduction."""

    notification: Annotated[str | None, Field(alias="Notification", description="Notice.")] = None
    """Notice."""

    face_url: Annotated[str | None, Field(alias="FaceUrl", description="Avatar URL.")] = None
    """Avatar URL."""

    owner_account: Annotated[
        str | None, Field(alias="Owner_Account", description="User ID of the owner (empty when the group has none).")
    ] = None
    """User ID of the owner (empty when the group has none)."""

    create_time: Annotated[
        int | None, Field(alias="CreateTime", description="When the group was created. Unit: unix seconds.")
    ] = None
    """When the group was created. Unit: unix seconds."""

    info_seq: Annotated[int | None, Field(alias="InfoSeq", description="Grows by one with every profile change.")] = (
        None
    )
    """Grows by one with every profile change."""

    last_info_time: Annotated[
        int | None, Field(alias="LastInfoTime", description="When the profile last changed. Unit: unix seconds.")
    ] = None
    """When the profile last changed. Unit: unix seconds."""

    last_msg_time: Annotated[
        int | None, Field(alias="LastMsgTime", description="When the last message was posted. Unit: unix seconds.")
    ] = None
    """When the last message was posted. Unit: unix seconds."""

    next_msg_seq: Annotated[
        int | None, Field(alias="NextMsgSeq", description="Sequence number the next message will get (starts at 1).")
    ] = None
    """Sequence number the next message will get (starts at 1)."""

    member_num: Annotated[int | None, Field(alias="MemberNum", description="Current member count. Unit: count.")] = None
    """Current member count. Unit: count."""

    max_member_num: Annotated[int | None, Field(alias="MaxMemberNum", description="Member cap. Unit: count.")] = None
    """Member cap. Unit: count."""

    apply_join_option: Annotated[
        ApplyJoinOption | None, Field(alias="ApplyJoinOption", description="Join-application policy.")
    ] = None
    """Join-application policy."""

    invite_join_option: Annotated[
        InviteJoinOption | None,
        Field(alias="InviteJoinOption", description="Invitation policy (newer field, not on the 2024 page)."),
    ] = None
    """Invitation policy (newer field, not on the 2024 page)."""

    mute_all_member: Annotated[
        GroupSwitch | None,
        Field(alias="MuteAllMember", description="Whether everyone except the owner and administrators is muted."),
    ] = None
    """Whether everyone except the owner and administrators is muted."""

    enable_permission: Annotated[
        GroupFlag | None,
        Field(
            alias="EnablePermission",
            description="Whether permission groups decide member permissions (newer field). Group types: Community.",
        ),
    ] = None
    """Whether permission groups decide member permissions (newer field). Group types: Community."""

    default_permission: Annotated[
        int | None,
        Field(
            alias="DefaultPermission",
            description="Default permission bits of members (newer field). Group types: Community.",
        ),
    ] = None
    """Default permission bits of members (newer field). Group types: Community."""

    app_defined_data: Annotated[
        list[AppDefinedDataItem] | None, Field(alias="AppDefinedData", description="Group-level custom fields.")
    ] = None
    """Group-level custom fields."""

    member_list: Annotated[
        list[GroupMemberInfo] | None,
        Field(
            alias="MemberList",
            description="Members, with the fields MemberInfoFilter selected (absent for AVChatRoom, which stores no member profiles).",
        ),
    ] = None
    """Members, with the fields MemberInfoFilter selected (absent for AVChatRoom, which stores no member profiles)."""


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


class GetGroupInfoResponse(Envelope):
    """
    Reply of group_open_http_svc/get_group_info (envelope keys included).
    """

    group_info: Annotated[list[GroupInfo], Field(alias="GroupInfo", description="One entry per requested group.")]
    """One entry per requested group."""


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
