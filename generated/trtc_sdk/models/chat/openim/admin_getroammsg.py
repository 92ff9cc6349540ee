# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.c2c_msg_flag import C2CMsgFlag
from trtc_sdk.models.chat._shared.msg_element import MsgElement
from trtc_sdk.models.envelope import Envelope


class AdminGetroammsgRequest(RequestModel):
    """
    Request of openim/admin_getroammsg: Get one-to-one message history.
    """

    operator_account: Annotated[
        str, Field(alias="Operator_Account", description="Participant whose view of the conversation is read.")
    ]
    """Participant whose view of the conversation is read."""

    peer_account: Annotated[str, Field(alias="Peer_Account", description="The other participant.")]
    """The other participant."""

    max_cnt: Annotated[
        int,
        Field(
            alias="MaxCnt",
            description="Maximum number of messages to return.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ]
    """Maximum number of messages to return."""

    min_time: Annotated[
        int,
        Field(
            alias="MinTime",
            description="Start of the time window. Unit: unix seconds.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ]
    """Start of the time window. Unit: unix seconds."""

    max_time: Annotated[
        int,
        Field(
            alias="MaxTime",
            description="End of the time window; when continuing, the LastMsgTime of the previous page. Unit: unix seconds.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ]
    """End of the time window; when continuing, the LastMsgTime of the previous page. Unit: unix seconds."""

    last_msg_key: Annotated[
        str | None,
        Field(
            alias="LastMsgKey",
            description="MsgKey of the last message of the previous page; required when continuing, left out on the first call.",
        ),
    ] = None
    """MsgKey of the last message of the previous page; required when continuing, left out on the first call."""


class RoamMessage(ResponseModel):
    """
    A stored one-to-one message.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User ID of the sender.")]
    """User ID of the sender."""

    to_account: Annotated[str, Field(alias="To_Account", description="User ID of the receiver.")]
    """User ID of the receiver."""

    msg_seq: Annotated[int | None, Field(alias="MsgSeq", description="Sequence number of the message.")] = None
    """Sequence number of the message."""

    msg_random: Annotated[int | None, Field(alias="MsgRandom", description="Random number of the message.")] = None
    """Random number of the message."""

    msg_time_stamp: Annotated[
        int, Field(alias="MsgTimeStamp", description="When the message was sent. Unit: unix seconds.")
    ]
    """When the message was sent. Unit: unix seconds."""

    msg_flag_bits: Annotated[
        C2CMsgFlag | None, Field(alias="MsgFlagBits", description="Whether the message was recalled.")
    ] = None
    """Whether the message was recalled."""

    is_peer_read: Annotated[
        int | None,
        Field(alias="IsPeerRead", description="1 when the receiver sent a read receipt for it, otherwise 0."),
    ] = None
    """1 when the receiver sent a read receipt for it, otherwise 0."""

    msg_key: Annotated[str, Field(alias="MsgKey", description="Key of the message, used to recall, edit or delete it.")]
    """Key of the message, used to recall, edit or delete it."""

    msg_body: Annotated[list[MsgElement] | None, Field(alias="MsgBody", description="Body of the message.")] = None
    """Body of the message."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""


class AdminGetroammsgResponse(Envelope):
    """
    Reply of openim/admin_getroammsg (envelope keys included).
    """

    complete: Annotated[
        int,
        Field(alias="Complete", description="1 when the whole window has been returned; 0 when more messages remain."),
    ]
    """1 when the whole window has been returned; 0 when more messages remain."""

    msg_cnt: Annotated[int | None, Field(alias="MsgCnt", description="Number of messages in this page.")] = None
    """Number of messages in this page."""

    last_msg_time: Annotated[
        int | None,
        Field(
            alias="LastMsgTime",
            description="Time of the last (oldest) message of this page; the next MaxTime. Unit: unix seconds.",
        ),
    ] = None
    """Time of the last (oldest) message of this page; the next MaxTime. Unit: unix seconds."""

    last_msg_key: Annotated[
        str | None,
        Field(alias="LastMsgKey", description="MsgKey of the last message of this page; the next LastMsgKey."),
    ] = None
    """MsgKey of the last message of this page; the next LastMsgKey."""

    msg_list: Annotated[list[RoamMessage] | None, Field(alias="MsgList", description="The messages, newest first.")] = (
        None
    )
    """The messages, newest first."""
