# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.group_at_all_flag import GroupAtAllFlag
from trtc_sdk.models.chat._enums.group_flag import GroupFlag
from trtc_sdk.models.chat._enums.group_forbid_callback import GroupForbidCallback
from trtc_sdk.models.chat._enums.group_msg_priority import GroupMsgPriority
from trtc_sdk.models.chat._enums.group_send_msg_control import GroupSendMsgControl
from trtc_sdk.models.chat._shared.msg_element_param import MsgElementParam
from trtc_sdk.models.chat._shared.offline_push_info_param import OfflinePushInfoParam
from trtc_sdk.models.envelope import Envelope


class SendGroupMsgResponse(Envelope):
    """
    Reply of group_open_http_svc/send_group_msg (envelope keys included).
    """

    msg_time: Annotated[
        int | None, Field(alias="MsgTime", description="Server time of the message. Unit: unix seconds.")
    ] = None
    """Server time of the message. Unit: unix seconds."""

    msg_seq: Annotated[
        int | None, Field(alias="MsgSeq", description="Sequence number of the message in the group.")
    ] = None
    """Sequence number of the message in the group."""

    msg_drop_reason: Annotated[
        str | None,
        Field(
            alias="MsgDropReason",
            description="Why the message was dropped; empty when delivered (currently only MsgFreqCtrl, the message frequency limit).",
        ),
    ] = None
    """Why the message was dropped; empty when delivered (currently only MsgFreqCtrl, the message frequency limit)."""


class GroupAtInfoParam(RequestModel):
    """
    One @ mention, matching in order the @ tokens of the message text.
    """

    group_at_all_flag: Annotated[
        GroupAtAllFlag | Literal[0, 1],
        Field(alias="GroupAtAllFlag", description="Whether it mentions everybody or one member."),
    ]
    """Whether it mentions everybody or one member."""

    group_at_account: Annotated[
        str | None, Field(alias="GroupAt_Account", description="Mentioned member when GroupAtAllFlag is 0.")
    ] = None
    """Mentioned member when GroupAtAllFlag is 0."""


class SendGroupMsgRequest(RequestModel):
    """
    Request of group_open_http_svc/send_group_msg: Send a group message.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to post in.")]
    """Group to post in."""

    random: Annotated[
        int | None,
        Field(
            alias="Random",
            description="Random number used for de-duplication; required by the server and filled by the SDK when omitted.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """Random number used for de-duplication; required by the server and filled by the SDK when omitted."""

    msg_priority: Annotated[
        GroupMsgPriority | Literal["High", "Normal", "Low"] | None,
        Field(alias="MsgPriority", description="Priority of the message. Server default when omitted: Normal."),
    ] = None
    """Priority of the message. Server default when omitted: Normal."""

    msg_body: Annotated[
        list[MsgElementParam],
        Field(
            alias="MsgBody",
            description="Body of the message: one or more elements (12 KB in total at most).",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Body of the message: one or more elements (12 KB in total at most)."""

    from_account: Annotated[
        str | None,
        Field(
            alias="From_Account",
            description="User shown as the sender; omitted, the calling administrator. Must exist.",
        ),
    ] = None
    """User shown as the sender; omitted, the calling administrator. Must exist."""

    offline_push_info: Annotated[
        OfflinePushInfoParam | None, Field(alias="OfflinePushInfo", description="Offline push settings.")
    ] = None
    """Offline push settings."""

    forbid_callback_control: Annotated[
        list[GroupForbidCallback | Literal["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]] | None,
        Field(alias="ForbidCallbackControl", description="Webhooks to skip for this message."),
    ] = None
    """Webhooks to skip for this message."""

    online_only_flag: Annotated[
        int | None,
        Field(
            alias="OnlineOnlyFlag",
            description="1 (any value above 0) delivers only to online members and stores nothing for offline or roaming; not for AVChatRoom. Server default when omitted: 0. Group types: Private, Public, ChatRoom, Community.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ] = None
    """1 (any value above 0) delivers only to online members and stores nothing for offline or roaming; not for AVChatRoom. Server default when omitted: 0. Group types: Private, Public, ChatRoom, Community."""

    send_msg_control: Annotated[
        list[GroupSendMsgControl | Literal["NoLastMsg", "NoUnread"]] | None,
        Field(alias="SendMsgControl", description="Per-message delivery options; not together with OnlineOnlyFlag 1."),
    ] = None
    """Per-message delivery options; not together with OnlineOnlyFlag 1."""

    cloud_custom_data: Annotated[
        str | None,
        Field(alias="CloudCustomData", description="Custom data stored with the message and delivered to receivers."),
    ] = None
    """Custom data stored with the message and delivered to receivers."""

    support_message_extension: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(
            alias="SupportMessageExtension",
            description="1 allows message extensions (key-values) on this message. Server default when omitted: 0.",
        ),
    ] = None
    """1 allows message extensions (key-values) on this message. Server default when omitted: 0."""

    to_account: Annotated[
        list[str] | None,
        Field(
            alias="To_Account",
            description="Deliver only to these members (Ultimate edition); the message is then not counted as unread. Group types: Private, Public, ChatRoom.",
            json_schema_extra={"x-limits": {"max_items": 50}},
            max_length=50,
        ),
    ] = None
    """Deliver only to these members (Ultimate edition); the message is then not counted as unread. Group types: Private, Public, ChatRoom."""

    topic_id: Annotated[
        str | None,
        Field(alias="TopicId", description="Post in this topic of a topic-enabled community. Group types: Community."),
    ] = None
    """Post in this topic of a topic-enabled community. Group types: Community."""

    group_at_info: Annotated[
        list[GroupAtInfoParam] | None,
        Field(
            alias="GroupAtInfo",
            description="@ mentions, in the order of the @ tokens in the text (@all is not available in AVChatRoom).",
            json_schema_extra={"x-limits": {"max_items": 30}},
            max_length=30,
        ),
    ] = None
    """@ mentions, in the order of the @ tokens in the text (@all is not available in AVChatRoom)."""

    need_read_receipt: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(
            alias="NeedReadReceipt",
            description="1 asks members for read receipts (newer field; read receipts need the Ultimate edition and a console switch). Server default when omitted: 0. Group types: Private, Public, ChatRoom.",
        ),
    ] = None
    """1 asks members for read receipts (newer field; read receipts need the Ultimate edition and a console switch). Server default when omitted: 0. Group types: Private, Public, ChatRoom."""
