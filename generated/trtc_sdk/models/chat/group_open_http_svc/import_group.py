# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.apply_join_option import ApplyJoinOption
from trtc_sdk.models.chat._enums.group_flag import GroupFlag
from trtc_sdk.models.chat._enums.group_type import GroupType
from trtc_sdk.models.chat.group_open_http_svc._shared import AppDefinedDataItemParam
from trtc_sdk.models.envelope import Envelope


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


class ImportGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/import_group (envelope keys included).
    """

    group_id: Annotated[str, Field(alias="GroupId", description="ID of the imported group.")]
    """ID of the imported group."""
