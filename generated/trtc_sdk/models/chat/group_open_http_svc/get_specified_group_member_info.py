# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.group_member_info_field import GroupMemberInfoField
from trtc_sdk.models.chat._enums.group_member_role import GroupMemberRole
from trtc_sdk.models.chat.group_open_http_svc._shared import GroupMemberInfo
from trtc_sdk.models.envelope import Envelope


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


class GetSpecifiedGroupMemberInfoResponse(Envelope):
    """
    Reply of group_open_http_svc/get_specified_group_member_info (envelope keys included).
    """

    group_id: Annotated[str | None, Field(alias="GroupId", description="The group.")] = None
    """The group."""

    member_list: Annotated[list[GroupMemberInfo], Field(alias="MemberList", description="The requested members.")]
    """The requested members."""
