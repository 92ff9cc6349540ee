# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.push_user_tags_param import PushUserTagsParam
from trtc_sdk.models.chat.timpush._shared import PushErrorItem
from trtc_sdk.models.envelope import Envelope


class RemoveTagRequest(RequestModel):
    """
    Request of timpush/remove_tag: Delete user tags.
    """

    user_tags: Annotated[
        list[PushUserTagsParam],
        Field(
            alias="UserTags",
            description="Users and the tags to remove.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users and the tags to remove."""


class RemoveTagResponse(Envelope):
    """
    Reply of timpush/remove_tag (envelope keys included).
    """

    error_list: Annotated[
        list[PushErrorItem] | None, Field(alias="ErrorList", description="Users that were not updated.")
    ] = None
    """Users that were not updated."""
