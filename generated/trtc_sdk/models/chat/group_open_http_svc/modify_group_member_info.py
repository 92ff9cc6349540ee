# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.group_member_role_setting import GroupMemberRoleSetting
from trtc_sdk.models.chat._enums.group_msg_flag import GroupMsgFlag
from trtc_sdk.models.chat.group_open_http_svc._shared import AppDefinedDataItemParam
from trtc_sdk.models.envelope import Envelope


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


class ModifyGroupMemberInfoResponse(Envelope):
    """
    Reply of group_open_http_svc/modify_group_member_info (envelope keys included).
    """
