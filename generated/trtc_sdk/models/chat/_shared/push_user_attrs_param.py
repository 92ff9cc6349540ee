# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Any

from pydantic import Field

from trtc_sdk._core.models import RequestModel


class PushUserAttrsParam(RequestModel):
    """
    The attribute values of one user.
    """

    to_account: Annotated[
        str,
        Field(alias="To_Account", description="The user (a UserID, or with the Push service also a RegistrationID)."),
    ]
    """The user (a UserID, or with the Push service also a RegistrationID)."""

    attrs: Annotated[
        dict[str, Any],
        Field(
            alias="Attrs",
            description="Attribute name to value, each value at most 50 bytes; an empty object when the user has none.",
        ),
    ]
    """Attribute name to value, each value at most 50 bytes; an empty object when the user has none."""
