# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.msg_element_param import MsgElementParam
from trtc_sdk.models.envelope import Envelope


class ModifyC2cMsgRequest(RequestModel):
    """
    Request of openim/modify_c2c_msg: Edit a one-to-one message.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="Sender of the message.")]
    """Sender of the message."""

    to_account: Annotated[str, Field(alias="To_Account", description="Receiver of the message.")]
    """Receiver of the message."""

    msg_key: Annotated[str, Field(alias="MsgKey", description="Key of the message to edit.")]
    """Key of the message to edit."""

    msg_body: Annotated[
        list[MsgElementParam] | None,
        Field(
            alias="MsgBody",
            description="New body; replaces the old one.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ] = None
    """New body; replaces the old one."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="New custom data; replaces the old value.")
    ] = None
    """New custom data; replaces the old value."""


class ModifyC2cMsgResponse(Envelope):
    """
    Reply of openim/modify_c2c_msg (envelope keys included).
    """
