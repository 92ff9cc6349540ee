# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.conversation_list_complete_flag import ConversationListCompleteFlag
from trtc_sdk.models.chat.recentcontact._shared import ContactGroupItem, ContactMarkItem
from trtc_sdk.models.envelope import Envelope


class GetContactGroupRequest(RequestModel):
    """
    Request of recentcontact/get_contact_group: Pull conversation marks and groups.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User who owns the conversations.")]
    """User who owns the conversations."""

    start_index: Annotated[
        int,
        Field(
            alias="StartIndex",
            description="0 for the first page, then NextStartIndex of the previous reply.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ]
    """0 for the first page, then NextStartIndex of the previous reply."""


class GetContactGroupResponse(Envelope):
    """
    Reply of recentcontact/get_contact_group (envelope keys included).
    """

    contact_item: Annotated[
        list[ContactMarkItem] | None,
        Field(alias="ContactItem", description="Conversations with marks or groups on this page."),
    ] = None
    """Conversations with marks or groups on this page."""

    group_item: Annotated[
        list[ContactGroupItem] | None, Field(alias="GroupItem", description="All conversation groups of the user.")
    ] = None
    """All conversation groups of the user."""

    complete_flag: Annotated[
        ConversationListCompleteFlag | None, Field(alias="CompleteFlag", description="Whether this is the last page.")
    ] = None
    """Whether this is the last page."""

    next_start_index: Annotated[
        int | None, Field(alias="NextStartIndex", description="StartIndex of the next page.")
    ] = None
    """StartIndex of the next page."""
