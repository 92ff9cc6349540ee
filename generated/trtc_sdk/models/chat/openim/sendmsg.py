# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.c2c_forbid_callback import C2CForbidCallback
from trtc_sdk.models.chat._enums.c2c_send_msg_control import C2CSendMsgControl
from trtc_sdk.models.chat._enums.sender_sync_mode import SenderSyncMode
from trtc_sdk.models.chat._shared.msg_element_param import MsgElementParam
from trtc_sdk.models.chat._shared.offline_push_info_param import OfflinePushInfoParam
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
