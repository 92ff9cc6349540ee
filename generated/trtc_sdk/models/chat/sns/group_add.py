# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.sns_result_item import SnsResultItem
from trtc_sdk.models.envelope import Envelope


class GroupAddRequest(RequestModel):
    """
    Request of sns/group_add: Create friend lists.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user who gets the lists.")]
    """The user who gets the lists."""

    group_name: Annotated[
        list[str],
        Field(
            alias="GroupName",
            description="Names of the new lists (not empty, at most 30 bytes).",
            json_schema_extra={
                "x-item-max-bytes": 30,
                "x-limits": {"min_items": 1, "max_items": 32, "items.max_bytes": 30},
            },
            max_length=32,
            min_length=1,
        ),
    ]
    """Names of the new lists (not empty, at most 30 bytes)."""

    to_account: Annotated[
        list[str] | None, Field(alias="To_Account", description="Friends to put into the new lists.")
    ] = None
    """Friends to put into the new lists."""


class GroupAddResponse(Envelope):
    """
    Reply of sns/group_add (envelope keys included).
    """

    result_item: Annotated[
        list[SnsResultItem] | None,
        Field(
            alias="ResultItem",
            description="Outcome per friend (only when To_Account was given; 32216 when the user is not a friend).",
        ),
    ] = None
    """Outcome per friend (only when To_Account was given; 32216 when the user is not a friend)."""

    fail_account: Annotated[
        list[str] | None, Field(alias="Fail_Account", description="Friends that failed; present only when one did.")
    ] = None
    """Friends that failed; present only when one did."""

    current_sequence: Annotated[
        int | None, Field(alias="CurrentSequence", description="Current version of the user's friend lists.")
    ] = None
    """Current version of the user's friend lists."""
