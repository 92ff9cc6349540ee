# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums import (
    C2CForbidCallback,
    C2CImportMode,
    C2CMsgFlag,
    C2CSendMsgControl,
    LoginPlatform,
    OnlineStatus,
    SenderSyncMode,
)
from trtc_sdk.models.chat._shared import MsgElement, MsgElementParam, OfflinePushInfoParam
from trtc_sdk.models.envelope import Envelope


class SendmsgRequest(RequestModel):
    """
    Request of openim/sendmsg: Send a one-to-one message.
    """

    sync_other_machine: Annotated[
        SenderSyncMode | Literal[1, 2] | None,
        Field(
            alias="SyncOtherMachine",
            description="Whether the sender gets the message too. Left out, it is stored in the sender's history but not pushed to the sender's devices.",
        ),
    ] = None
    """Whether the sender gets the message too. Left out, it is stored in the sender's history but not pushed to the sender's devices."""

    from_account: Annotated[
        str | None,
        Field(alias="From_Account", description="User ID shown as the sender; the administrator when left out."),
    ] = None
    """User ID shown as the sender; the administrator when left out."""

    to_account: Annotated[str, Field(alias="To_Account", description="User ID of the receiver.")]
    """User ID of the receiver."""

    msg_life_time: Annotated[
        int | None,
        Field(
            alias="MsgLifeTime",
            description="How long the message is kept for an offline receiver; 0 delivers it to online devices only and keeps nothing. Unit: seconds. Server default when omitted: 604800.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 604800}},
            le=604800,
        ),
    ] = None
    """How long the message is kept for an offline receiver; 0 delivers it to online devices only and keeps nothing. Unit: seconds. Server default when omitted: 604800."""

    msg_seq: Annotated[
        int | None,
        Field(
            alias="MsgSeq",
            description="Caller-chosen sequence number; orders messages of the same second and is part of the de-duplication key. The server draws a random one when left out.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """Caller-chosen sequence number; orders messages of the same second and is part of the de-duplication key. The server draws a random one when left out."""

    msg_random: Annotated[
        int | None,
        Field(
            alias="MsgRandom",
            description="Random number identifying the message for de-duplication. The server requires it; the SDK fills a random value when left out and keeps it across retries.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """Random number identifying the message for de-duplication. The server requires it; the SDK fills a random value when left out and keeps it across retries."""

    forbid_callback_control: Annotated[
        list[C2CForbidCallback | Literal["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]] | None,
        Field(alias="ForbidCallbackControl", description="Webhooks to skip for this message."),
    ] = None
    """Webhooks to skip for this message."""

    send_msg_control: Annotated[
        list[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]] | None,
        Field(alias="SendMsgControl", description="Delivery options for this message."),
    ] = None
    """Delivery options for this message."""

    msg_body: Annotated[
        list[MsgElementParam],
        Field(
            alias="MsgBody",
            description="The message: one or more elements (at most one custom element).",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """The message: one or more elements (at most one custom element)."""

    cloud_custom_data: Annotated[
        str | None,
        Field(
            alias="CloudCustomData", description="Custom data stored with the message and delivered to the receiver."
        ),
    ] = None
    """Custom data stored with the message and delivered to the receiver."""

    support_message_extension: Annotated[
        int | None,
        Field(
            alias="SupportMessageExtension",
            description="1 allows key-value extensions (message_extension.set_key_values) on this message. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """1 allows key-value extensions (message_extension.set_key_values) on this message. Server default when omitted: 0."""

    offline_push_info: Annotated[
        OfflinePushInfoParam | None, Field(alias="OfflinePushInfo", description="How an offline receiver is notified.")
    ] = None
    """How an offline receiver is notified."""

    is_need_read_receipt: Annotated[
        int | None,
        Field(
            alias="IsNeedReadReceipt",
            description="1 asks the receiver's client for a read receipt. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """1 asks the receiver's client for a read receipt. Server default when omitted: 0."""


class SendmsgResponse(Envelope):
    """
    Reply of openim/sendmsg (envelope keys included).
    """

    msg_time: Annotated[
        int | None, Field(alias="MsgTime", description="Time the server gave the message. Unit: unix seconds.")
    ] = None
    """Time the server gave the message. Unit: unix seconds."""

    msg_key: Annotated[
        str | None,
        Field(
            alias="MsgKey",
            description="Key of the message (at most 50 characters), needed to recall, edit or delete it.",
        ),
    ] = None
    """Key of the message (at most 50 characters), needed to recall, edit or delete it."""


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


class ImportmsgRequest(RequestModel):
    """
    Request of openim/importmsg: Import a one-to-one message.
    """

    sync_from_old_system: Annotated[
        C2CImportMode | Literal[2, 5],
        Field(alias="SyncFromOldSystem", description="Whether the message is stored as history or as a live message."),
    ]
    """Whether the message is stored as history or as a live message."""

    from_account: Annotated[str, Field(alias="From_Account", description="User ID of the sender.")]
    """User ID of the sender."""

    to_account: Annotated[str, Field(alias="To_Account", description="User ID of the receiver.")]
    """User ID of the receiver."""

    msg_seq: Annotated[
        int | None,
        Field(
            alias="MsgSeq",
            description="Sequence number; orders messages of the same second and is part of the de-duplication key. The server draws a random one when left out.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """Sequence number; orders messages of the same second and is part of the de-duplication key. The server draws a random one when left out."""

    msg_random: Annotated[
        int | None,
        Field(
            alias="MsgRandom",
            description="Random number, part of the de-duplication key. The server requires it; the SDK fills a random value when left out and keeps it across retries.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """Random number, part of the de-duplication key. The server requires it; the SDK fills a random value when left out and keeps it across retries."""

    msg_time_stamp: Annotated[
        int,
        Field(
            alias="MsgTimeStamp",
            description="Original send time of the message. Unit: unix seconds.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ]
    """Original send time of the message. Unit: unix seconds."""

    msg_body: Annotated[
        list[MsgElementParam],
        Field(
            alias="MsgBody", description="The message.", json_schema_extra={"x-limits": {"min_items": 1}}, min_length=1
        ),
    ]
    """The message."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""


class ImportmsgResponse(Envelope):
    """
    Reply of openim/importmsg (envelope keys included).
    """


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


class AdminMsgwithdrawRequest(RequestModel):
    """
    Request of openim/admin_msgwithdraw: Recall a one-to-one message.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="Sender of the message.")]
    """Sender of the message."""

    to_account: Annotated[str, Field(alias="To_Account", description="Receiver of the message.")]
    """Receiver of the message."""

    msg_key: Annotated[
        str,
        Field(
            alias="MsgKey",
            description="Key of the message, from sendmsg / batchsendmsg replies, the send webhooks or admin_getroammsg.",
        ),
    ]
    """Key of the message, from sendmsg / batchsendmsg replies, the send webhooks or admin_getroammsg."""


class AdminMsgwithdrawResponse(Envelope):
    """
    Reply of openim/admin_msgwithdraw (envelope keys included).
    """


class AdminSetMsgReadRequest(RequestModel):
    """
    Request of openim/admin_set_msg_read: Mark one-to-one messages as read.
    """

    report_account: Annotated[
        str, Field(alias="Report_Account", description="User for whom the messages are marked read.")
    ]
    """User for whom the messages are marked read."""

    peer_account: Annotated[str, Field(alias="Peer_Account", description="The other side of the conversation.")]
    """The other side of the conversation."""

    msg_read_time: Annotated[
        str | None,
        Field(
            alias="MsgReadTime",
            description="Unix time in seconds; messages before it become read. Now when left out. The server may also send it as integer.",
            json_schema_extra={"x-send-as-string": True},
        ),
    ] = None
    """Unix time in seconds; messages before it become read. Now when left out. The server may also send it as integer."""


class AdminSetMsgReadResponse(Envelope):
    """
    Reply of openim/admin_set_msg_read (envelope keys included).
    """


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


class C2cMsgReadReceiptResponse(Envelope):
    """
    Reply of openim/c2c_msg_read_receipt (envelope keys included).
    """


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


class QueryOnlineStatusRequest(RequestModel):
    """
    Request of openim/query_online_status: Get users' online status.
    """

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="User IDs to query.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 500}},
            max_length=500,
            min_length=1,
        ),
    ]
    """User IDs to query."""

    is_need_detail: Annotated[
        int | None,
        Field(
            alias="IsNeedDetail",
            description="1 adds the state per login platform. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """1 adds the state per login platform. Server default when omitted: 0."""

    is_return_instid: Annotated[
        int | None,
        Field(
            alias="IsReturnInstid",
            description="1 adds the device instance IDs (China-site page only; see notes). Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """1 adds the device instance IDs (China-site page only; see notes). Server default when omitted: 0."""

    is_return_custom_status: Annotated[
        int | None,
        Field(
            alias="IsReturnCustomStatus",
            description="1 adds each user's custom status (China-site page only; see notes). Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """1 adds each user's custom status (China-site page only; see notes). Server default when omitted: 0."""


class QuerystateRequest(RequestModel):
    """
    Request of openim/querystate: Get users' login state (legacy).
    """

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="User IDs to query.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 500}},
            max_length=500,
            min_length=1,
        ),
    ]
    """User IDs to query."""

    is_need_detail: Annotated[
        int | None,
        Field(
            alias="IsNeedDetail",
            description="1 adds the state per login platform. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """1 adds the state per login platform. Server default when omitted: 0."""


class BatchSendError(ResponseModel):
    """
    A recipient a batch send could not reach.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The recipient's user ID.")]
    """The recipient's user ID."""

    error_code: Annotated[int, Field(alias="ErrorCode", description="Why (70107: the account does not exist).")]
    """Why (70107: the account does not exist)."""


class C2CReceiptMessageParam(RequestModel):
    """
    A message a read receipt is sent for.
    """

    from_account: Annotated[
        str, Field(alias="From_Account", description="Sender of the message; must equal Peer_Account.")
    ]
    """Sender of the message; must equal Peer_Account."""

    to_account: Annotated[
        str, Field(alias="To_Account", description="Receiver of the message; must equal Operator_Account.")
    ]
    """Receiver of the message; must equal Operator_Account."""

    msg_key: Annotated[str, Field(alias="MsgKey", description="Key of the message.")]
    """Key of the message."""


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


class OnlinePlatformStatus(ResponseModel):
    """
    A user's state on one platform.
    """

    platform: Annotated[LoginPlatform | None, Field(alias="Platform", description="The platform.")] = None
    """The platform."""

    status: Annotated[OnlineStatus | None, Field(alias="Status", description="State on that platform.")] = None
    """State on that platform."""


class OnlineStatusError(ResponseModel):
    """
    A user whose state could not be read.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The user ID.")]
    """The user ID."""

    error_code: Annotated[int, Field(alias="ErrorCode", description="Why (70107: the user does not exist).")]
    """Why (70107: the user does not exist)."""


class OnlineStatusResult(ResponseModel):
    """
    Login state of one user.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The user ID.")]
    """The user ID."""

    status: Annotated[
        OnlineStatus | None,
        Field(
            alias="Status",
            description="Overall state; Online when any device is online (the key of the current pages).",
        ),
    ] = None
    """Overall state; Online when any device is online (the key of the current pages)."""

    state: Annotated[
        OnlineStatus | None,
        Field(
            alias="State",
            description="Overall state under the key the 2023 English samples use; see the command's notes.",
        ),
    ] = None
    """Overall state under the key the 2023 English samples use; see the command's notes."""

    detail: Annotated[
        list[OnlinePlatformStatus] | None,
        Field(alias="Detail", description="Per-platform state (only with IsNeedDetail = 1)."),
    ] = None
    """Per-platform state (only with IsNeedDetail = 1)."""


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


class C2cMsgReadReceiptRequest(RequestModel):
    """
    Request of openim/c2c_msg_read_receipt: Send read receipts for one-to-one messages.
    """

    operator_account: Annotated[
        str, Field(alias="Operator_Account", description="The receiver who sends the receipts.")
    ]
    """The receiver who sends the receipts."""

    peer_account: Annotated[str, Field(alias="Peer_Account", description="The sender of the messages.")]
    """The sender of the messages."""

    c2c_msg_info: Annotated[
        list[C2CReceiptMessageParam],
        Field(
            alias="C2CMsgInfo",
            description="The messages the receipts are for.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """The messages the receipts are for."""


class QueryOnlineStatusResponse(Envelope):
    """
    Reply of openim/query_online_status (envelope keys included).
    """

    query_result: Annotated[
        list[OnlineStatusResult] | None,
        Field(alias="QueryResult", description="State of each user that could be queried."),
    ] = None
    """State of each user that could be queried."""

    error_list: Annotated[
        list[OnlineStatusError] | None,
        Field(alias="ErrorList", description="Users whose state could not be read (empty when all succeeded)."),
    ] = None
    """Users whose state could not be read (empty when all succeeded)."""


class LegacyStateResult(ResponseModel):
    """
    Login state of one user as the legacy querystate command reports it.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The user ID.")]
    """The user ID."""

    state: Annotated[
        OnlineStatus | None, Field(alias="State", description="Overall state; Online when any device is online.")
    ] = None
    """Overall state; Online when any device is online."""

    detail: Annotated[
        list[OnlinePlatformStatus] | None,
        Field(alias="Detail", description="Per-platform state (only with IsNeedDetail = 1)."),
    ] = None
    """Per-platform state (only with IsNeedDetail = 1)."""


class QuerystateResponse(Envelope):
    """
    Reply of openim/querystate (envelope keys included).
    """

    query_result: Annotated[
        list[LegacyStateResult] | None, Field(alias="QueryResult", description="State of each user.")
    ] = None
    """State of each user."""
