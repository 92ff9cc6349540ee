# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.conversation_pin_operation import ConversationPinOperation
from trtc_sdk.models.chat._enums.conversation_type import ConversationType
from trtc_sdk.models.envelope import Envelope


class TopResponse(Envelope):
    """
    Reply of recentcontact/top (envelope keys included).
    """


class RecentContactItemParam(RequestModel):
    """
    A conversation to pin or unpin, as recentcontact/top spells it.
    """

    type: Annotated[ConversationType | Literal[1, 2], Field(alias="Type", description="One-to-one or group.")]
    """One-to-one or group."""

    to_account: Annotated[
        str | None, Field(alias="To_Account", description="The peer's user ID (one-to-one conversations).")
    ] = None
    """The peer's user ID (one-to-one conversations)."""

    group_id: Annotated[str | None, Field(alias="GroupId", description="The group ID (group conversations).")] = None
    """The group ID (group conversations)."""


class TopRequest(RequestModel):
    """
    Request of recentcontact/top: Pin or unpin conversations.
    """

    from_account: Annotated[
        str, Field(alias="From_Account", description="User whose conversations are pinned or unpinned.")
    ]
    """User whose conversations are pinned or unpinned."""

    operation_type: Annotated[
        ConversationPinOperation | Literal[1, 2], Field(alias="OperationType", description="Pin or unpin.")
    ]
    """Pin or unpin."""

    recent_contact_item: Annotated[
        list[RecentContactItemParam],
        Field(
            alias="RecentContactItem",
            description="Conversations to pin or unpin.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Conversations to pin or unpin."""
