# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetGroupBanMemberRequest(RequestModel):
    """
    Request of group_open_http_svc/get_group_ban_member: List banned members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to read.")]
    """Group to read."""

    limit: Annotated[
        int | None,
        Field(
            alias="Limit",
            description="Users per page.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 100}},
            le=100,
        ),
    ] = None
    """Users per page."""

    offset: Annotated[
        int,
        Field(
            alias="Offset",
            description="0 for the first page, then the NextOffset of the previous reply.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
            le=9223372036854775807,
        ),
    ]
    """0 for the first page, then the NextOffset of the previous reply."""


class BannedGroupMember(ResponseModel):
    """
    A user banned from an audio-video group.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    banned_until: Annotated[int, Field(alias="BannedUntil", description="When the ban ends. Unit: unix seconds.")]
    """When the ban ends. Unit: unix seconds."""


class GetGroupBanMemberResponse(Envelope):
    """
    Reply of group_open_http_svc/get_group_ban_member (envelope keys included).
    """

    banned_account_list: Annotated[
        list[BannedGroupMember], Field(alias="BannedAccountList", description="Banned users on this page.")
    ]
    """Banned users on this page."""

    next_offset: Annotated[
        int | None, Field(alias="NextOffset", description="Offset of the next page; 0 when the list is complete.")
    ] = None
    """Offset of the next page; 0 when the list is complete."""
