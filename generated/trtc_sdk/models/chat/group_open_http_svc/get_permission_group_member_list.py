# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Any

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class GetPermissionGroupMemberListRequest(RequestModel):
    """
    Request of group_open_http_svc/get_permission_group_member_list: List permission group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id: Annotated[str, Field(alias="PermissionGroupId", description="Permission group.")]
    """Permission group."""

    limit: Annotated[
        int | None,
        Field(
            alias="Limit",
            description="Members per call.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 50}},
            le=50,
        ),
    ] = None
    """Members per call."""

    next: Annotated[
        str | None,
        Field(alias="Next", description="Cursor: empty for the first call, then the Next of the previous reply."),
    ] = None
    """Cursor: empty for the first call, then the Next of the previous reply."""


class GetPermissionGroupMemberListResponse(Envelope):
    """
    Reply of group_open_http_svc/get_permission_group_member_list (envelope keys included).
    """

    member_list: Annotated[
        list[dict[str, Any]],
        Field(
            alias="MemberList",
            description="Members (their fields were not readable; the page says they include member profile and custom fields).",
        ),
    ]
    """Members (their fields were not readable; the page says they include member profile and custom fields)."""

    next: Annotated[str | None, Field(alias="Next", description="Cursor of the next call; empty when complete.")] = None
    """Cursor of the next call; empty when complete."""
