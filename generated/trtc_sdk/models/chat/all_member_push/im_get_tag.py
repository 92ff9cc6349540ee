# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.push_user_tags import PushUserTags
from trtc_sdk.models.envelope import Envelope


class ImGetTagRequest(RequestModel):
    """
    Request of all_member_push/im_get_tag: Get user tags.
    """

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users to read.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users to read."""


class ImGetTagResponse(Envelope):
    """
    Reply of all_member_push/im_get_tag (envelope keys included).
    """

    user_tags: Annotated[list[PushUserTags] | None, Field(alias="UserTags", description="Tags per user.")] = None
    """Tags per user."""
