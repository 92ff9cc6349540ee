# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.extension_operation import ExtensionOperation
from trtc_sdk.models.chat.openim_msg_ext_http_svc._shared import MsgExtensionParam, MsgExtensionResult
from trtc_sdk.models.envelope import Envelope


class GroupSetKeyValuesRequest(RequestModel):
    """
    Request of openim_msg_ext_http_svc/group_set_key_values: Set group message extensions.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    msg_seq: Annotated[
        int, Field(alias="MsgSeq", description="Sequence number of the group message.", ge=0, le=4294967295)
    ]
    """Sequence number of the group message."""

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


class GroupSetKeyValuesResponse(Envelope):
    """
    Reply of openim_msg_ext_http_svc/group_set_key_values (envelope keys included).
    """

    extension_list: Annotated[
        list[MsgExtensionResult] | None, Field(alias="ExtensionList", description="Outcome per pair.")
    ] = None
    """Outcome per pair."""
