# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
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
