# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat.recentcontact._shared import ContactGroupItem, ContactItemParam, ContactMarkItem
from trtc_sdk.models.envelope import Envelope


class SearchContactGroupRequest(RequestModel):
    """
    Request of recentcontact/search_contact_group: Look up conversation marks and groups.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User who owns the conversations.")]
    """User who owns the conversations."""

    contact_item: Annotated[
        list[ContactItemParam],
        Field(
            alias="ContactItem",
            description="Conversations to look up (at most 300 per call).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 300}},
            max_length=300,
            min_length=1,
        ),
    ]
    """Conversations to look up (at most 300 per call)."""


class SearchContactGroupResponse(Envelope):
    """
    Reply of recentcontact/search_contact_group (envelope keys included).
    """

    contact_result_item: Annotated[
        list[ContactMarkItem] | None,
        Field(alias="ContactResultItem", description="Mark and group data per conversation."),
    ] = None
    """Mark and group data per conversation."""

    group_item: Annotated[
        list[ContactGroupItem] | None, Field(alias="GroupItem", description="All conversation groups of the user.")
    ] = None
    """All conversation groups of the user."""
