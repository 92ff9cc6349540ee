# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.push_user_attrs import PushUserAttrs
from trtc_sdk.models.envelope import Envelope


class ImGetAttrRequest(RequestModel):
    """
    Request of all_member_push/im_get_attr: Get user attributes.
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


class ImGetAttrResponse(Envelope):
    """
    Reply of all_member_push/im_get_attr (envelope keys included).
    """

    user_attrs: Annotated[
        list[PushUserAttrs] | None,
        Field(alias="UserAttrs", description="Attribute values per user (an empty Attrs object for a user with none)."),
    ] = None
    """Attribute values per user (an empty Attrs object for a user with none)."""
