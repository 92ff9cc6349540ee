# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Any

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class GetPermissionGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/get_permission_group: Get permission groups.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id_list: Annotated[
        list[str] | None,
        Field(
            alias="PermissionGroupIdList",
            description="Permission groups to read; omitted or empty, all of them (paged).",
        ),
    ] = None
    """Permission groups to read; omitted or empty, all of them (paged)."""

    limit: Annotated[
        int | None,
        Field(
            alias="Limit",
            description="Permission groups per page when reading all.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 20}},
            le=20,
        ),
    ] = None
    """Permission groups per page when reading all."""

    next: Annotated[
        str | None,
        Field(
            alias="Next",
            description="Cursor: empty for the first call, then the Next of the previous reply. The server may also send it as integer.",
            json_schema_extra={"x-send-as-string": True},
        ),
    ] = None
    """Cursor: empty for the first call, then the Next of the previous reply. The server may also send it as integer."""


class GetPermissionGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/get_permission_group (envelope keys included).
    """

    permission_group_info_list: Annotated[
        list[dict[str, Any]],
        Field(
            alias="PermissionGroupInfoList",
            description="Permission groups (their fields were not readable; kept as plain JSON objects).",
        ),
    ]
    """Permission groups (their fields were not readable; kept as plain JSON objects)."""

    next: Annotated[str | None, Field(alias="Next", description="Cursor of the next page; empty when complete.")] = None
    """Cursor of the next page; empty when complete."""
