# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.apply_join_option import ApplyJoinOption
from trtc_sdk.models.chat._enums.group_flag import GroupFlag
from trtc_sdk.models.chat._enums.group_switch import GroupSwitch
from trtc_sdk.models.chat._enums.invite_join_option import InviteJoinOption
from trtc_sdk.models.chat.group_open_http_svc._shared import AppDefinedDataItemParam
from trtc_sdk.models.envelope import Envelope


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


class ModifyGroupBaseInfoResponse(Envelope):
    """
    Reply of group_open_http_svc/modify_group_base_info (envelope keys included).
    """
