# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.group_list_type_filter import GroupListTypeFilter
from trtc_sdk.models.envelope import Envelope


class GetAppidGroupListRequest(RequestModel):
    """
    Request of group_open_http_svc/get_appid_group_list: List the groups of the app.
    """

    limit: Annotated[
        int | None,
        Field(
            alias="Limit",
            description="Maximum number of group IDs in the reply. Server default when omitted: 10000.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 10000}},
            le=10000,
        ),
    ] = None
    """Maximum number of group IDs in the reply. Server default when omitted: 10000."""

    next: Annotated[
        int | None,
        Field(
            alias="Next",
            description="Cursor: 0 for the first page, then the Next of the previous reply. Server default when omitted: 0.",
            ge=0,
            le=18446744073709551615,
        ),
    ] = None
    """Cursor: 0 for the first page, then the Next of the previous reply. Server default when omitted: 0."""

    group_type: Annotated[
        GroupListTypeFilter | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "BChatRoom", "Community"] | None,
        Field(alias="GroupType", description="Only groups of this type (TotalCount then counts that type only)."),
    ] = None
    """Only groups of this type (TotalCount then counts that type only)."""


class GroupIdEntry(ResponseModel):
    """
    A group ID in a list.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group ID.")]
    """Group ID."""


class GetAppidGroupListResponse(Envelope):
    """
    Reply of group_open_http_svc/get_appid_group_list (envelope keys included).
    """

    total_count: Annotated[
        int | None,
        Field(
            alias="TotalCount",
            description="Groups in the app (of GroupType if given); independent of Limit and Next. Unit: count.",
        ),
    ] = None
    """Groups in the app (of GroupType if given); independent of Limit and Next. Unit: count."""

    group_id_list: Annotated[list[GroupIdEntry], Field(alias="GroupIdList", description="Group IDs on this page.")]
    """Group IDs on this page."""

    next: Annotated[
        int | None, Field(alias="Next", description="Cursor of the next page; 0 when every group was returned.")
    ] = None
    """Cursor of the next page; 0 when every group was returned."""
