# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class BanGroupMemberRequest(RequestModel):
    """
    Request of group_open_http_svc/ban_group_member: Ban audio-video group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the members.")]
    """Group of the members."""

    members_account: Annotated[
        list[str],
        Field(
            alias="Members_Account",
            description="Users to ban.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """Users to ban."""

    duration: Annotated[
        int, Field(alias="Duration", description="Length of the ban. Unit: seconds.", ge=0, le=4294967295)
    ]
    """Length of the ban. Unit: seconds."""

    description: Annotated[
        str | None,
        Field(
            alias="Description",
            description="Reason shown to the banned users.",
            json_schema_extra={"x-max-bytes": 1000, "x-limits": {"max_bytes": 1000}},
        ),
    ] = None
    """Reason shown to the banned users."""


class BanGroupMemberResponse(Envelope):
    """
    Reply of group_open_http_svc/ban_group_member (envelope keys included).
    """
