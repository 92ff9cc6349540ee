# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat.timpush._shared import PushErrorItem
from trtc_sdk.models.envelope import Envelope


class ClearAllTagsRequest(RequestModel):
    """
    Request of timpush/clear_all_tags: Clear all tags of users.
    """

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users whose tags are removed.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users whose tags are removed."""


class ClearAllTagsResponse(Envelope):
    """
    Reply of timpush/clear_all_tags (envelope keys included).
    """

    error_list: Annotated[
        list[PushErrorItem] | None, Field(alias="ErrorList", description="Users that were not updated.")
    ] = None
    """Users that were not updated."""
