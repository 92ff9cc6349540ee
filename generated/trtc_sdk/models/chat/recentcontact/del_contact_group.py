# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat.recentcontact._shared import ContactGroupItem
from trtc_sdk.models.envelope import Envelope


class DelContactGroupRequest(RequestModel):
    """
    Request of recentcontact/del_contact_group: Delete a conversation group.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User who owns the conversation group.")]
    """User who owns the conversation group."""

    group_name: Annotated[
        list[str],
        Field(
            alias="GroupName",
            description="Name of the group to delete (exactly one per call for now).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 1}},
            max_length=1,
            min_length=1,
        ),
    ]
    """Name of the group to delete (exactly one per call for now)."""


class DelContactGroupResponse(Envelope):
    """
    Reply of recentcontact/del_contact_group (envelope keys included).
    """

    group_item: Annotated[list[ContactGroupItem] | None, Field(alias="GroupItem", description="The deleted group.")] = (
        None
    )
    """The deleted group."""
