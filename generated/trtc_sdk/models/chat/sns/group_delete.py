# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class GroupDeleteRequest(RequestModel):
    """
    Request of sns/group_delete: Delete friend lists.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose lists are deleted.")]
    """The user whose lists are deleted."""

    group_name: Annotated[
        list[str],
        Field(
            alias="GroupName",
            description="Lists to delete.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Lists to delete."""


class GroupDeleteResponse(Envelope):
    """
    Reply of sns/group_delete (envelope keys included).
    """

    current_sequence: Annotated[
        int | None, Field(alias="CurrentSequence", description="Current version of the user's friend lists.")
    ] = None
    """Current version of the user's friend lists."""
