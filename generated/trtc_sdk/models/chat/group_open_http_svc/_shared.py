# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.group_member_role import GroupMemberRole
from trtc_sdk.models.chat._enums.group_msg_flag import GroupMsgFlag


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


class GroupMsgSeqItemParam(RequestModel):
    """
    A group message identified by its sequence number.
    """

    msg_seq: Annotated[int, Field(alias="MsgSeq", description="Sequence number of the message.", ge=0, le=4294967295)]
    """Sequence number of the message."""


class PermissionGroupMemberParam(RequestModel):
    """
    A community member added to or removed from a permission group.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""


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
