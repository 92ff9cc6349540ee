# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.conversation_type import ConversationType
from trtc_sdk.models.envelope import Envelope


class DeleteRequest(RequestModel):
    """
    Request of recentcontact/delete: Delete a conversation.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User whose conversation is deleted.")]
    """User whose conversation is deleted."""

    type: Annotated[ConversationType | Literal[1, 2], Field(alias="Type", description="One-to-one or group.")]
    """One-to-one or group."""

    to_account: Annotated[
        str | None, Field(alias="To_Account", description="The peer's user ID (one-to-one conversations only).")
    ] = None
    """The peer's user ID (one-to-one conversations only)."""

    to_group_id: Annotated[
        str | None,
        Field(
            alias="ToGroupid",
            description="The group ID (group conversations only); spelled ToGroupid with a lower-case i.",
        ),
    ] = None
    """The group ID (group conversations only); spelled ToGroupid with a lower-case i."""

    clear_ramble: Annotated[
        int | None,
        Field(
            alias="ClearRamble",
            description="1 also deletes the user's roaming messages of the conversation (admin_getroammsg no longer returns them); 0 keeps them. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """1 also deletes the user's roaming messages of the conversation (admin_getroammsg no longer returns them); 0 keeps them. Server default when omitted: 0."""


class DeleteResponse(Envelope):
    """
    Reply of recentcontact/delete (envelope keys included).
    """
