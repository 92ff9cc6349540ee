# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.push_tag_replace import PushTagReplace
from trtc_sdk.models.chat._shared.push_user_tags_param import PushUserTagsParam
from trtc_sdk.models.chat.timpush._shared import PushErrorItem
from trtc_sdk.models.envelope import Envelope


class AddTagRequest(RequestModel):
    """
    Request of timpush/add_tag: Add user tags.
    """

    replace: Annotated[
        PushTagReplace | Literal[0, 1] | None,
        Field(
            alias="Replace",
            description="Add to the user's tags (0) or replace them all (1). Server default when omitted: 0.",
        ),
    ] = None
    """Add to the user's tags (0) or replace them all (1). Server default when omitted: 0."""

    user_tags: Annotated[
        list[PushUserTagsParam],
        Field(
            alias="UserTags",
            description="Users and their tags: at most 10 per user when adding, 100 when replacing; each tag at most 50 bytes.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users and their tags: at most 10 per user when adding, 100 when replacing; each tag at most 50 bytes."""


class AddTagResponse(Envelope):
    """
    Reply of timpush/add_tag (envelope keys included).
    """

    error_list: Annotated[
        list[PushErrorItem] | None,
        Field(
            alias="ErrorList",
            description="Users that were not updated (such as 90035, a tag of the other account type).",
        ),
    ] = None
    """Users that were not updated (such as 90035, a tag of the other account type)."""
