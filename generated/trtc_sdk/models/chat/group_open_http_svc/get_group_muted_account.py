# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetGroupMutedAccountRequest(RequestModel):
    """
    Request of group_open_http_svc/get_group_muted_account: List muted members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to read.")]
    """Group to read."""

    topic_id: Annotated[
        str | None,
        Field(alias="TopicId", description="Only this topic of a topic-enabled community. Group types: Community."),
    ] = None
    """Only this topic of a topic-enabled community. Group types: Community."""


class MutedGroupMember(ResponseModel):
    """
    A muted member and the end of the mute.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID.")]
    """User ID."""

    muted_until: Annotated[int, Field(alias="MutedUntil", description="When the mute ends. Unit: unix seconds.")]
    """When the mute ends. Unit: unix seconds."""


class GetGroupMutedAccountResponse(Envelope):
    """
    Reply of group_open_http_svc/get_group_muted_account (envelope keys included).
    """

    group_id: Annotated[
        str | None, Field(alias="GroupId", description="The group (in the sample, not in the field table).")
    ] = None
    """The group (in the sample, not in the field table)."""

    muted_account_list: Annotated[list[MutedGroupMember], Field(alias="MutedAccountList", description="Muted members.")]
    """Muted members."""
