# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetGroupAttrRequest(RequestModel):
    """
    Request of group_open_attr_http_svc/get_group_attr: Get group custom attributes.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The group to read.")]
    """The group to read."""


class GroupAttributeItem(ResponseModel):
    """
    One custom attribute of a group. The JSON keys are lower-case (key, value), unlike AppDefinedData.
    """

    key: Annotated[str, Field(alias="key", description="Attribute name.")]
    """Attribute name."""

    value: Annotated[
        str, Field(alias="value", description="Attribute value; all values of a group total at most 16000 bytes.")
    ]
    """Attribute value; all values of a group total at most 16000 bytes."""


class GetGroupAttrResponse(Envelope):
    """
    Reply of group_open_attr_http_svc/get_group_attr (envelope keys included).
    """

    group_attr_ary: Annotated[
        list[GroupAttributeItem] | None,
        Field(alias="GroupAttrAry", description="The group's attributes; empty or absent when none are set."),
    ] = None
    """The group's attributes; empty or absent when none are set."""
