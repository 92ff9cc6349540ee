# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat.group_open_http_svc._shared import GroupAttrEntryParam
from trtc_sdk.models.envelope import Envelope


class SetGroupAttrRequest(RequestModel):
    """
    Request of group_open_http_svc/set_group_attr: Replace group attributes.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to change.")]
    """Group to change."""

    group_attr: Annotated[
        list[GroupAttrEntryParam],
        Field(
            alias="GroupAttr",
            description="The new attribute set (16 keys and 16,000 bytes of values at most).",
            json_schema_extra={"x-limits": {"max_items": 16}},
            max_length=16,
        ),
    ]
    """The new attribute set (16 keys and 16,000 bytes of values at most)."""


class SetGroupAttrResponse(Envelope):
    """
    Reply of group_open_http_svc/set_group_attr (envelope keys included).
    """
