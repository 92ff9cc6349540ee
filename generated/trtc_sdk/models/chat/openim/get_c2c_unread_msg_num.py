# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetC2cUnreadMsgNumRequest(RequestModel):
    """
    Request of openim/get_c2c_unread_msg_num: Get one-to-one unread counts.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="User whose unread counts are read.")]
    """User whose unread counts are read."""

    peer_account: Annotated[
        list[str] | None,
        Field(
            alias="Peer_Account",
            description="Other sides of the conversations to count; leave out for the total over all conversations.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 10}},
            max_length=10,
            min_length=1,
        ),
    ] = None
    """Other sides of the conversations to count; leave out for the total over all conversations."""


class C2CUnreadCount(ResponseModel):
    """
    Unread count of one one-to-one conversation.
    """

    peer_account: Annotated[
        str, Field(alias="Peer_Account", description="User ID of the other side of the conversation.")
    ]
    """User ID of the other side of the conversation."""

    c2c_unread_msg_num: Annotated[int, Field(alias="C2CUnreadMsgNum", description="Number of unread messages in it.")]
    """Number of unread messages in it."""


class C2CUnreadError(ResponseModel):
    """
    A conversation whose unread count could not be read.
    """

    peer_account: Annotated[
        str, Field(alias="Peer_Account", description="User ID of the other side of the conversation.")
    ]
    """User ID of the other side of the conversation."""

    error_code: Annotated[int, Field(alias="ErrorCode", description="Why (70107: the account does not exist).")]
    """Why (70107: the account does not exist)."""


class GetC2cUnreadMsgNumResponse(Envelope):
    """
    Reply of openim/get_c2c_unread_msg_num (envelope keys included).
    """

    all_c2c_unread_msg_num: Annotated[
        int | None,
        Field(alias="AllC2CUnreadMsgNum", description="Total unread count (when Peer_Account was left out)."),
    ] = None
    """Total unread count (when Peer_Account was left out)."""

    c2c_unread_msg_num_list: Annotated[
        list[C2CUnreadCount] | None,
        Field(alias="C2CUnreadMsgNumList", description="Per-conversation counts (when Peer_Account was given)."),
    ] = None
    """Per-conversation counts (when Peer_Account was given)."""

    error_list: Annotated[
        list[C2CUnreadError] | None, Field(alias="ErrorList", description="Conversations that could not be counted.")
    ] = None
    """Conversations that could not be counted."""
