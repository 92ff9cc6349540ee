# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums import AvchatroomAdminCommand, AvchatroomMarkCommand
from trtc_sdk.models.envelope import Envelope


class GetMembersRequest(RequestModel):
    """
    Request of group_open_avchatroom_http_svc/get_members: List the online members of a live-stream group.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The live-stream group to read.")]
    """The live-stream group to read."""

    timestamp: Annotated[
        int,
        Field(
            alias="Timestamp",
            description="Paging cursor: 0 for the first call, then the NextTimestamp of the previous reply. Despite its name it is an opaque value, not a time to choose. Server default when omitted: 0.",
        ),
    ]
    """Paging cursor: 0 for the first call, then the NextTimestamp of the previous reply. Despite its name it is an opaque value, not a time to choose. Server default when omitted: 0."""

    mark: Annotated[
        int | None,
        Field(
            alias="Mark",
            description="Return only the members carrying this mark (see modify_user_info); members marked 600 appear only this way.",
        ),
    ] = None
    """Return only the members carrying this mark (see modify_user_info); members marked 600 appear only this way."""


class CheckMembersRequest(RequestModel):
    """
    Request of group_open_avchatroom_http_svc/check_members: Check which users are in a live-stream group.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The live-stream group.")]
    """The live-stream group."""

    member_account: Annotated[
        list[str],
        Field(
            alias="Member_Account",
            description="User IDs to check.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """User IDs to check."""


class CheckMembersResponse(Envelope):
    """
    Reply of group_open_avchatroom_http_svc/check_members (envelope keys included).
    """

    member_account: Annotated[
        list[str] | None,
        Field(alias="Member_Account", description="The user IDs of the request that are in the group."),
    ] = None
    """The user IDs of the request that are in the group."""


class ModifyAdminRequest(RequestModel):
    """
    Request of group_open_avchatroom_http_svc/modify_admin: Set or remove live-group administrators.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The live-stream group.")]
    """The live-stream group."""

    command_type: Annotated[
        AvchatroomAdminCommand | Literal[1, 2], Field(alias="CommandType", description="Grant or revoke the role.")
    ]
    """Grant or revoke the role."""

    admin_account: Annotated[
        list[str],
        Field(
            alias="Admin_Account",
            description="User IDs to change; a live-stream group has at most 5 administrators.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 5}},
            max_length=5,
            min_length=1,
        ),
    ]
    """User IDs to change; a live-stream group has at most 5 administrators."""


class ModifyAdminResponse(Envelope):
    """
    Reply of group_open_avchatroom_http_svc/modify_admin (envelope keys included).
    """


class GetAdminListRequest(RequestModel):
    """
    Request of group_open_avchatroom_http_svc/get_admin_list: List live-group administrators.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The live-stream group.")]
    """The live-stream group."""


class AddRobotsRequest(RequestModel):
    """
    Request of group_open_avchatroom_http_svc/add_robots: Pin robot accounts to a live group's online list.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The live-stream group.")]
    """The live-stream group."""

    member_account: Annotated[
        list[str],
        Field(
            alias="Member_Account",
            description="User IDs of the robot accounts to add.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """User IDs of the robot accounts to add."""


class AddRobotsResponse(Envelope):
    """
    Reply of group_open_avchatroom_http_svc/add_robots (envelope keys included).
    """


class DelRobotsRequest(RequestModel):
    """
    Request of group_open_avchatroom_http_svc/del_robots: Remove robot accounts from a live group's online list.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The live-stream group.")]
    """The live-stream group."""

    member_account: Annotated[
        list[str],
        Field(
            alias="Member_Account",
            description="User IDs of the robot accounts to remove.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """User IDs of the robot accounts to remove."""


class DelRobotsResponse(Envelope):
    """
    Reply of group_open_avchatroom_http_svc/del_robots (envelope keys included).
    """


class AvchatroomAdmin(ResponseModel):
    """
    An administrator of a live-stream group.
    """

    admin_account: Annotated[str, Field(alias="Admin_Account", description="User ID of the administrator.")]
    """User ID of the administrator."""

    avatar: Annotated[str | None, Field(alias="Avatar", description="Profile photo URL (empty when not set).")] = None
    """Profile photo URL (empty when not set)."""

    nick_name: Annotated[str | None, Field(alias="NickName", description="Nickname (empty when not set).")] = None
    """Nickname (empty when not set)."""


class AvchatroomMemberMarksParam(RequestModel):
    """
    A member of a live-stream group and the numeric marks to add, remove or that were applied.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID of the member.")]
    """User ID of the member."""

    marks: Annotated[
        list[int],
        Field(
            alias="Marks",
            description="Marks: app-chosen numbers of 1000 and above; app administrators may also use the preset marks 500 (treated as always online for up to three days) and 600 (hidden from the online list unless it is read by that mark).",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Marks: app-chosen numbers of 1000 and above; app administrators may also use the preset marks 500 (treated as always online for up to three days) and 600 (hidden from the online list unless it is read by that mark)."""


class AvchatroomMemberMarks(ResponseModel):
    """
    A member of a live-stream group and the numeric marks to add, remove or that were applied.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID of the member.")]
    """User ID of the member."""

    marks: Annotated[
        list[int],
        Field(
            alias="Marks",
            description="Marks: app-chosen numbers of 1000 and above; app administrators may also use the preset marks 500 (treated as always online for up to three days) and 600 (hidden from the online list unless it is read by that mark).",
        ),
    ]
    """Marks: app-chosen numbers of 1000 and above; app administrators may also use the preset marks 500 (treated as always online for up to three days) and 600 (hidden from the online list unless it is read by that mark)."""


class AvchatroomOnlineMember(ResponseModel):
    """
    A member on the online list of a live-stream group.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID of the member.")]
    """User ID of the member."""

    join_time: Annotated[
        int | None, Field(alias="JoinTime", description="When the member joined the group. Unit: unix seconds.")
    ] = None
    """When the member joined the group. Unit: unix seconds."""

    nick_name: Annotated[str | None, Field(alias="NickName", description="Nickname from the member's profile.")] = None
    """Nickname from the member's profile."""

    avatar: Annotated[str | None, Field(alias="Avatar", description="Profile photo URL of the member.")] = None
    """Profile photo URL of the member."""


class GetMembersResponse(Envelope):
    """
    Reply of group_open_avchatroom_http_svc/get_members (envelope keys included).
    """

    member_list: Annotated[
        list[AvchatroomOnlineMember] | None, Field(alias="MemberList", description="Online members on this page.")
    ] = None
    """Online members on this page."""

    next_timestamp: Annotated[
        int | None,
        Field(alias="NextTimestamp", description="Cursor for the next call; 0 when every member has been returned."),
    ] = None
    """Cursor for the next call; 0 when every member has been returned."""


class ModifyUserInfoRequest(RequestModel):
    """
    Request of group_open_avchatroom_http_svc/modify_user_info: Set or remove marks on live-group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The live-stream group.")]
    """The live-stream group."""

    command_type: Annotated[
        AvchatroomMarkCommand | Literal[1, 2], Field(alias="CommandType", description="Add or remove the marks.")
    ]
    """Add or remove the marks."""

    member_list: Annotated[
        list[AvchatroomMemberMarksParam],
        Field(
            alias="MemberList",
            description="Members and their marks, at most 500 per call. A group uses at most 10 distinct marks and a mark is held by at most 1000 members (a limit separate from the 1000-member online list).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 500}},
            max_length=500,
            min_length=1,
        ),
    ]
    """Members and their marks, at most 500 per call. A group uses at most 10 distinct marks and a mark is held by at most 1000 members (a limit separate from the 1000-member online list)."""


class ModifyUserInfoResponse(Envelope):
    """
    Reply of group_open_avchatroom_http_svc/modify_user_info (envelope keys included).
    """

    command_type: Annotated[
        AvchatroomMarkCommand | None,
        Field(alias="CommandType", description="The operation that was applied (an echo of the request)."),
    ] = None
    """The operation that was applied (an echo of the request)."""

    member_list: Annotated[
        list[AvchatroomMemberMarks] | None,
        Field(alias="MemberList", description="The members whose marks were changed; offline members are left out."),
    ] = None
    """The members whose marks were changed; offline members are left out."""


class GetAdminListResponse(Envelope):
    """
    Reply of group_open_avchatroom_http_svc/get_admin_list (envelope keys included).
    """

    admin_list: Annotated[
        list[AvchatroomAdmin] | None, Field(alias="Admin_List", description="The administrators of the group.")
    ] = None
    """The administrators of the group."""
