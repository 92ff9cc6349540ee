# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class DeleteGroupAttrResponse(Envelope):
    """
    Reply of group_open_http_svc/delete_group_attr (envelope keys included).
    """


class GroupAttrKeyParam(RequestModel):
    """
    Name of a group custom attribute to delete.
    """

    key: Annotated[
        str,
        Field(
            alias="key",
            description="Attribute name.",
            json_schema_extra={"x-max-bytes": 32, "x-limits": {"max_bytes": 32}},
        ),
    ]
    """Attribute name."""


class DeleteGroupAttrRequest(RequestModel):
    """
    Request of group_open_http_svc/delete_group_attr: Delete group attributes.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to change.")]
    """Group to change."""

    group_attr: Annotated[
        list[GroupAttrKeyParam],
        Field(
            alias="GroupAttr",
            description="Keys to delete.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 16}},
            max_length=16,
            min_length=1,
        ),
    ]
    """Keys to delete."""
