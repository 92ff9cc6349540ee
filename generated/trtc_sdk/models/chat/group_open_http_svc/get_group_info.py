# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.apply_join_option import ApplyJoinOption
from trtc_sdk.models.chat._enums.group_base_info_field import GroupBaseInfoField
from trtc_sdk.models.chat._enums.group_flag import GroupFlag
from trtc_sdk.models.chat._enums.group_member_info_field import GroupMemberInfoField
from trtc_sdk.models.chat._enums.group_switch import GroupSwitch
from trtc_sdk.models.chat._enums.group_type import GroupType
from trtc_sdk.models.chat._enums.invite_join_option import InviteJoinOption
from trtc_sdk.models.chat.group_open_http_svc._shared import AppDefinedDataItem, GroupMemberInfo
from trtc_sdk.models.envelope import Envelope


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


class GetGroupInfoResponse(Envelope):
    """
    Reply of group_open_http_svc/get_group_info (envelope keys included).
    """

    group_info: Annotated[list[GroupInfo], Field(alias="GroupInfo", description="One entry per requested group.")]
    """One entry per requested group."""
