# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.group_member_role_setting import GroupMemberRoleSetting
from trtc_sdk.models.chat._enums.import_group_member_result_code import ImportGroupMemberResultCode
from trtc_sdk.models.envelope import Envelope


class ImportGroupMemberItemParam(RequestModel):
    """
    A member to import with its history.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    role: Annotated[
        GroupMemberRoleSetting | Literal["Admin", "Member"] | None,
        Field(alias="Role", description="Role; only Admin is documented (omitted: ordinary member)."),
    ] = None
    """Role; only Admin is documented (omitted: ordinary member)."""

    join_time: Annotated[
        int | None,
        Field(
            alias="JoinTime",
            description="When the member joined; after the group's creation and before now. Unit: unix seconds.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    """When the member joined; after the group's creation and before now. Unit: unix seconds."""

    unread_msg_num: Annotated[
        int | None,
        Field(
            alias="UnreadMsgNum",
            description="Unread count of the member; capped at the number of messages in the group. Unit: count.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ] = None
    """Unread count of the member; capped at the number of messages in the group. Unit: count."""


class ImportGroupMemberResult(ResponseModel):
    """
    Outcome of importing one member.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    result: Annotated[ImportGroupMemberResultCode, Field(alias="Result", description="Outcome.")]
    """Outcome."""


class ImportGroupMemberRequest(RequestModel):
    """
    Request of group_open_http_svc/import_group_member: Import group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to import into.")]
    """Group to import into."""

    member_list: Annotated[
        list[ImportGroupMemberItemParam],
        Field(
            alias="MemberList",
            description="Members to import.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 300}},
            max_length=300,
            min_length=1,
        ),
    ]
    """Members to import."""


class ImportGroupMemberResponse(Envelope):
    """
    Reply of group_open_http_svc/import_group_member (envelope keys included).
    """

    member_list: Annotated[list[ImportGroupMemberResult], Field(alias="MemberList", description="Outcome per member.")]
    """Outcome per member."""
