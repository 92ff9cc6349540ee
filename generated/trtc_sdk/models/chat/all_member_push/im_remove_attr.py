# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.push_user_attr_names_param import PushUserAttrNamesParam
from trtc_sdk.models.envelope import Envelope


class ImRemoveAttrRequest(RequestModel):
    """
    Request of all_member_push/im_remove_attr: Delete user attributes.
    """

    user_attrs: Annotated[
        list[PushUserAttrNamesParam],
        Field(
            alias="UserAttrs",
            description="Users and the names of the attributes to remove.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users and the names of the attributes to remove."""


class ImRemoveAttrResponse(Envelope):
    """
    Reply of all_member_push/im_remove_attr (envelope keys included).
    """
