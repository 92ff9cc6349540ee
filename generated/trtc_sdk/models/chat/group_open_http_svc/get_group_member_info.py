# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.group_member_info_field import GroupMemberInfoField
from trtc_sdk.models.chat._enums.group_member_role import GroupMemberRole
from trtc_sdk.models.chat.group_open_http_svc._shared import GroupMemberInfo
from trtc_sdk.models.envelope import Envelope


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
