# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.apply_join_option import ApplyJoinOption
from trtc_sdk.models.chat._enums.group_flag import GroupFlag
from trtc_sdk.models.chat._enums.group_member_role_setting import GroupMemberRoleSetting
from trtc_sdk.models.chat._enums.group_type import GroupType
from trtc_sdk.models.chat._enums.invite_join_option import InviteJoinOption
from trtc_sdk.models.chat.group_open_http_svc._shared import AppDefinedDataItemParam
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
