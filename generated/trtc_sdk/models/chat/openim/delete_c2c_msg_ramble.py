# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class DeleteC2cMsgRambleRequest(RequestModel):
    """
    Request of openim/delete_c2c_msg_ramble: Delete one-to-one messages for one side.
    """

    operator_account: Annotated[
        str, Field(alias="Operator_Account", description="Participant in whose history the messages are deleted.")
    ]
    """Participant in whose history the messages are deleted."""

    peer_account: Annotated[str, Field(alias="Peer_Account", description="The other participant.")]
    """The other participant."""

    msg_key_list: Annotated[
        list[str],
        Field(
            alias="MsgKeyList",
            description="Keys of the messages to delete.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 30}},
            max_length=30,
            min_length=1,
        ),
    ]
    """Keys of the messages to delete."""


class DeleteC2cMsgRambleResponse(Envelope):
    """
    Reply of openim/delete_c2c_msg_ramble (envelope keys included).
    """
