# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.c2c_send_msg_control import C2CSendMsgControl
from trtc_sdk.models.chat._enums.sender_sync_mode import SenderSyncMode
from trtc_sdk.models.chat._shared.msg_element_param import MsgElementParam
from trtc_sdk.models.chat._shared.offline_push_info_param import OfflinePushInfoParam
from trtc_sdk.models.envelope import Envelope


class BatchsendmsgRequest(RequestModel):
    """
    Request of openim/batchsendmsg: Send a one-to-one message to many users.
    """

    sync_other_machine: Annotated[
        SenderSyncMode | Literal[1, 2] | None,
        Field(
            alias="SyncOtherMachine",
            description="Whether the sender gets the message too. Left out, it is stored in the sender's history only.",
        ),
    ] = None
    """Whether the sender gets the message too. Left out, it is stored in the sender's history only."""

    from_account: Annotated[
        str | None,
        Field(alias="From_Account", description="User ID shown as the sender; the administrator when left out."),
    ] = None
    """User ID shown as the sender; the administrator when left out."""

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="User IDs of the receivers.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 500}},
            max_length=500,
            min_length=1,
        ),
    ]
    """User IDs of the receivers."""

    msg_seq: Annotated[
        int | None,
        Field(
            alias="MsgSeq",
            description="Caller-chosen sequence number; the server draws a random one when left out.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """Caller-chosen sequence number; the server draws a random one when left out."""

    msg_random: Annotated[
        int, Field(alias="MsgRandom", description="Random number identifying the message.", ge=0, le=4294967295)
    ]
    """Random number identifying the message."""

    msg_body: Annotated[
        list[MsgElementParam],
        Field(
            alias="MsgBody", description="The message.", json_schema_extra={"x-limits": {"min_items": 1}}, min_length=1
        ),
    ]
    """The message."""

    msg_life_time: Annotated[
        int | None,
        Field(
            alias="MsgLifeTime",
            description="How long the message is kept for offline receivers; 0 delivers it to online devices only (faster, not counted as unread, not stored). Unit: seconds. Server default when omitted: 604800.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 604800}},
            le=604800,
        ),
    ] = None
    """How long the message is kept for offline receivers; 0 delivers it to online devices only (faster, not counted as unread, not stored). Unit: seconds. Server default when omitted: 604800."""

    cloud_custom_data: Annotated[
        str | None,
        Field(
            alias="CloudCustomData", description="Custom data stored with the message and delivered to the receivers."
        ),
    ] = None
    """Custom data stored with the message and delivered to the receivers."""

    send_msg_control: Annotated[
        list[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]] | None,
        Field(alias="SendMsgControl", description="Delivery options for this request."),
    ] = None
    """Delivery options for this request."""

    offline_push_info: Annotated[
        OfflinePushInfoParam | None, Field(alias="OfflinePushInfo", description="How offline receivers are notified.")
    ] = None
    """How offline receivers are notified."""

    is_need_read_receipt: Annotated[
        int | None,
        Field(
            alias="IsNeedReadReceipt",
            description="1 asks the receivers' clients for read receipts. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """1 asks the receivers' clients for read receipts. Server default when omitted: 0."""


class BatchSendError(ResponseModel):
    """
    A recipient a batch send could not reach.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The recipient's user ID.")]
    """The recipient's user ID."""

    error_code: Annotated[int, Field(alias="ErrorCode", description="Why (70107: the account does not exist).")]
    """Why (70107: the account does not exist)."""


class BatchsendmsgResponse(Envelope):
    """
    Reply of openim/batchsendmsg (envelope keys included).
    """

    msg_key: Annotated[
        str | None,
        Field(alias="MsgKey", description="Key of the message (the same for all receivers), needed to recall it."),
    ] = None
    """Key of the message (the same for all receivers), needed to recall it."""

    error_list: Annotated[
        list[BatchSendError] | None,
        Field(
            alias="ErrorList",
            description="Receivers the message could not be delivered to (absent when all were reached).",
        ),
    ] = None
    """Receivers the message could not be delivered to (absent when all were reached)."""
