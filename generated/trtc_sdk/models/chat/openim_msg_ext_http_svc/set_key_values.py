# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.extension_operation import ExtensionOperation
from trtc_sdk.models.chat.openim_msg_ext_http_svc._shared import MsgExtensionParam, MsgExtensionResult
from trtc_sdk.models.envelope import Envelope


class SetKeyValuesRequest(RequestModel):
    """
    Request of openim_msg_ext_http_svc/set_key_values: Set one-to-one message extensions.
    """

    from_account: Annotated[str | None, Field(alias="From_Account", description="Sender of the message.")] = None
    """Sender of the message."""

    to_account: Annotated[str, Field(alias="To_Account", description="Receiver of the message.")]
    """Receiver of the message."""

    msg_key: Annotated[str, Field(alias="MsgKey", description="Key of the message.")]
    """Key of the message."""

    operate_type: Annotated[
        ExtensionOperation | Literal[1, 2, 3], Field(alias="OperateType", description="Set, delete or clear.")
    ]
    """Set, delete or clear."""

    extension_list: Annotated[
        list[MsgExtensionParam] | None,
        Field(
            alias="ExtensionList",
            description="The pairs to set or delete; required for SET and DELETE, left out for CLEAR.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ] = None
    """The pairs to set or delete; required for SET and DELETE, left out for CLEAR."""


class SetKeyValuesResponse(Envelope):
    """
    Reply of openim_msg_ext_http_svc/set_key_values (envelope keys included).
    """

    extension_list: Annotated[
        list[MsgExtensionResult] | None, Field(alias="ExtensionList", description="Outcome per pair.")
    ] = None
    """Outcome per pair."""
