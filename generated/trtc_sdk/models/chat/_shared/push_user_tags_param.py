# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel


class PushUserTagsParam(RequestModel):
    """
    Tags of one user.
    """

    to_account: Annotated[
        str,
        Field(alias="To_Account", description="The user (a UserID, or with the Push service also a RegistrationID)."),
    ]
    """The user (a UserID, or with the Push service also a RegistrationID)."""

    tags: Annotated[
        list[str],
        Field(
            alias="Tags",
            description="Tags, each at most 50 bytes (see each command for how many one call may carry).",
            json_schema_extra={"x-item-max-bytes": 50, "x-limits": {"max_items": 100, "items.max_bytes": 50}},
            max_length=100,
        ),
    ]
    """Tags, each at most 50 bytes (see each command for how many one call may carry)."""
