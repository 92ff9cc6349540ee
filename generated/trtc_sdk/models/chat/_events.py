# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Any, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.event_add_type import EventAddType
from trtc_sdk.models.chat._enums.event_contact_type import EventContactType
from trtc_sdk.models.chat._enums.event_device_platform import EventDevicePlatform
from trtc_sdk.models.chat._enums.event_extension_operation import EventExtensionOperation
from trtc_sdk.models.chat._enums.event_friend_client_cmd import EventFriendClientCmd
from trtc_sdk.models.chat._enums.event_group_attr_option import EventGroupAttrOption
from trtc_sdk.models.chat._enums.event_group_exit_type import EventGroupExitType
from trtc_sdk.models.chat._enums.event_group_join_type import EventGroupJoinType
from trtc_sdk.models.chat._enums.event_group_member_role import EventGroupMemberRole
from trtc_sdk.models.chat._enums.event_group_member_state import EventGroupMemberState
from trtc_sdk.models.chat._enums.event_group_member_state_cause import EventGroupMemberStateCause
from trtc_sdk.models.chat._enums.event_message_push_kind import EventMessagePushKind
from trtc_sdk.models.chat._enums.event_moderation_content_type import EventModerationContentType
from trtc_sdk.models.chat._enums.event_moderation_result import EventModerationResult
from trtc_sdk.models.chat._enums.event_moderation_scene import EventModerationScene
from trtc_sdk.models.chat._enums.event_push_channel import EventPushChannel
from trtc_sdk.models.chat._enums.event_push_platform import EventPushPlatform
from trtc_sdk.models.chat._enums.event_push_stage import EventPushStage
from trtc_sdk.models.chat._enums.event_response_action import EventResponseAction
from trtc_sdk.models.chat._enums.event_state_action import EventStateAction
from trtc_sdk.models.chat._enums.event_state_reason import EventStateReason
from trtc_sdk.models.chat._shared.msg_element import MsgElement
from trtc_sdk.models.chat._shared.msg_element_param import MsgElementParam
from trtc_sdk.models.chat.group_open_http_svc._shared import AppDefinedDataItem
from trtc_sdk.webhooks.models import WebhookAnswer, WebhookEvent


class StateChangeAnswer(WebhookAnswer):
    """
    Answer to the State.StateChange webhook event.
    """


class PortraitSetAnswer(WebhookAnswer):
    """
    Answer to the Profile.CallbackPortraitSet webhook event.
    """


class FriendAddAnswer(WebhookAnswer):
    """
    Answer to the Sns.CallbackFriendAdd webhook event.
    """


class FriendDeleteAnswer(WebhookAnswer):
    """
    Answer to the Sns.CallbackFriendDelete webhook event.
    """


class BlackListAddAnswer(WebhookAnswer):
    """
    Answer to the Sns.CallbackBlackListAdd webhook event.
    """


class BlackListDeleteAnswer(WebhookAnswer):
    """
    Answer to the Sns.CallbackBlackListDelete webhook event.
    """


class AfterFollowAddAnswer(WebhookAnswer):
    """
    Answer to the Follow.CallbackAfterFollowAdd webhook event.
    """


class AfterFollowDeleteEvent(WebhookEvent):
    """
    Payload of the Follow.CallbackAfterFollowDelete webhook event.
    """

    callback_command: Annotated[
        Literal["Follow.CallbackAfterFollowDelete"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Follow.CallbackAfterFollowDelete"
    """Name of the event."""

    from_account: Annotated[str, Field(alias="From_Account", description="User who unfollowed others.")]
    """User who unfollowed others."""

    to_account: Annotated[list[str] | None, Field(alias="To_Account", description="Users no longer followed.")] = None
    """Users no longer followed."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterFollowDeleteAnswer(WebhookAnswer):
    """
    Answer to the Follow.CallbackAfterFollowDelete webhook event.
    """


class C2CBeforeSendMsgEvent(WebhookEvent):
    """
    Payload of the C2C.CallbackBeforeSendMsg webhook event.
    """

    callback_command: Annotated[
        Literal["C2C.CallbackBeforeSendMsg"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "C2C.CallbackBeforeSendMsg"
    """Name of the event."""

    from_account: Annotated[str, Field(alias="From_Account", description="Sender.")]
    """Sender."""

    to_account: Annotated[str, Field(alias="To_Account", description="Receiver.")]
    """Receiver."""

    msg_seq: Annotated[int | None, Field(alias="MsgSeq", description="Sequence number of the message.")] = None
    """Sequence number of the message."""

    msg_random: Annotated[int | None, Field(alias="MsgRandom", description="Random number of the message.")] = None
    """Random number of the message."""

    msg_time: Annotated[
        int | None,
        Field(
            alias="MsgTime",
            description="When it was sent; one-to-one messages are ordered by it (then MsgSeq). Unit: unix seconds.",
        ),
    ] = None
    """When it was sent; one-to-one messages are ordered by it (then MsgSeq). Unit: unix seconds."""

    msg_key: Annotated[str | None, Field(alias="MsgKey", description="Key of the message (usable to recall it).")] = (
        None
    )
    """Key of the message (usable to recall it)."""

    msg_id: Annotated[
        str | None, Field(alias="MsgId", description="Client-side message ID (China-site pages only).")
    ] = None
    """Client-side message ID (China-site pages only)."""

    online_only_flag: Annotated[
        int | None, Field(alias="OnlineOnlyFlag", description="1 for an online-only message; 0 otherwise.")
    ] = None
    """1 for an online-only message; 0 otherwise."""

    msg_body: Annotated[list[MsgElement] | None, Field(alias="MsgBody", description="Body of the message.")] = None
    """Body of the message."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""


class C2CBeforeSendMsgAnswer(WebhookAnswer):
    """
    Answer to the C2C.CallbackBeforeSendMsg webhook event.
    """

    msg_body: Annotated[
        list[MsgElementParam] | None,
        Field(alias="MsgBody", description="Replacement body; used only with ErrorCode 0. Omit to keep the original."),
    ] = None
    """Replacement body; used only with ErrorCode 0. Omit to keep the original."""

    cloud_custom_data: Annotated[str | None, Field(alias="CloudCustomData", description="Replacement custom data.")] = (
        None
    )
    """Replacement custom data."""


class C2CAfterSendMsgEvent(WebhookEvent):
    """
    Payload of the C2C.CallbackAfterSendMsg webhook event.
    """

    callback_command: Annotated[
        Literal["C2C.CallbackAfterSendMsg"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "C2C.CallbackAfterSendMsg"
    """Name of the event."""

    from_account: Annotated[str, Field(alias="From_Account", description="Sender.")]
    """Sender."""

    to_account: Annotated[str, Field(alias="To_Account", description="Receiver.")]
    """Receiver."""

    msg_seq: Annotated[int | None, Field(alias="MsgSeq", description="Sequence number of the message.")] = None
    """Sequence number of the message."""

    msg_random: Annotated[int | None, Field(alias="MsgRandom", description="Random number of the message.")] = None
    """Random number of the message."""

    msg_time: Annotated[int | None, Field(alias="MsgTime", description="When it was sent. Unit: unix seconds.")] = None
    """When it was sent. Unit: unix seconds."""

    msg_key: Annotated[str | None, Field(alias="MsgKey", description="Key of the message (usable to recall it).")] = (
        None
    )
    """Key of the message (usable to recall it)."""

    msg_id: Annotated[
        str | None, Field(alias="MsgId", description="Client-side message ID (China-site pages only).")
    ] = None
    """Client-side message ID (China-site pages only)."""

    online_only_flag: Annotated[
        int | None, Field(alias="OnlineOnlyFlag", description="1 for an online-only message; 0 otherwise.")
    ] = None
    """1 for an online-only message; 0 otherwise."""

    send_msg_result: Annotated[
        int | None, Field(alias="SendMsgResult", description="0 when delivered; otherwise a Chat error code.")
    ] = None
    """0 when delivered; otherwise a Chat error code."""

    error_info: Annotated[
        str | None, Field(alias="ErrorInfo", description='Result text of the send ("send msg succeed" on success).')
    ] = None
    """Result text of the send ("send msg succeed" on success)."""

    unread_msg_num: Annotated[
        int | None,
        Field(
            alias="UnreadMsgNum",
            description="Receiver's unread one-to-one messages over all conversations; -1 when the send failed. Unit: count.",
        ),
    ] = None
    """Receiver's unread one-to-one messages over all conversations; -1 when the send failed. Unit: count."""

    msg_body: Annotated[
        list[MsgElement] | None,
        Field(alias="MsgBody", description="Body of the message (as modified by the before-send answer)."),
    ] = None
    """Body of the message (as modified by the before-send answer)."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""


class C2CAfterSendMsgAnswer(WebhookAnswer):
    """
    Answer to the C2C.CallbackAfterSendMsg webhook event.
    """


class C2CAfterMsgReportEvent(WebhookEvent):
    """
    Payload of the C2C.CallbackAfterMsgReport webhook event.
    """

    callback_command: Annotated[
        Literal["C2C.CallbackAfterMsgReport"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "C2C.CallbackAfterMsgReport"
    """Name of the event."""

    report_account: Annotated[str, Field(alias="Report_Account", description="User who read the messages.")]
    """User who read the messages."""

    peer_account: Annotated[str, Field(alias="Peer_Account", description="The other user of the conversation.")]
    """The other user of the conversation."""

    last_read_time: Annotated[
        int | None,
        Field(alias="LastReadTime", description="Time up to which the conversation is read. Unit: unix seconds."),
    ] = None
    """Time up to which the conversation is read. Unit: unix seconds."""

    unread_msg_num: Annotated[
        int | None,
        Field(
            alias="UnreadMsgNum",
            description="Report_Account's unread one-to-one messages over all conversations. Unit: count.",
        ),
    ] = None
    """Report_Account's unread one-to-one messages over all conversations. Unit: count."""


class C2CAfterMsgReportAnswer(WebhookAnswer):
    """
    Answer to the C2C.CallbackAfterMsgReport webhook event.
    """


class C2CAfterMsgWithDrawEvent(WebhookEvent):
    """
    Payload of the C2C.CallbackAfterMsgWithDraw webhook event.
    """

    callback_command: Annotated[
        Literal["C2C.CallbackAfterMsgWithDraw"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "C2C.CallbackAfterMsgWithDraw"
    """Name of the event."""

    from_account: Annotated[str, Field(alias="From_Account", description="Sender of the recalled message.")]
    """Sender of the recalled message."""

    to_account: Annotated[str, Field(alias="To_Account", description="Receiver of the recalled message.")]
    """Receiver of the recalled message."""

    msg_key: Annotated[str | None, Field(alias="MsgKey", description="Key of the recalled message.")] = None
    """Key of the recalled message."""

    unread_msg_num: Annotated[
        int | None,
        Field(
            alias="UnreadMsgNum", description="To_Account's unread one-to-one messages after the recall. Unit: count."
        ),
    ] = None
    """To_Account's unread one-to-one messages after the recall. Unit: count."""


class C2CAfterMsgWithDrawAnswer(WebhookAnswer):
    """
    Answer to the C2C.CallbackAfterMsgWithDraw webhook event.
    """


class C2CAfterMsgExtensionAnswer(WebhookAnswer):
    """
    Answer to the C2C.CallbackAfterC2CMsgExtension webhook event.
    """


class BeforeCreateGroupAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackBeforeCreateGroup webhook event.
    """


class AfterCreateGroupAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackAfterCreateGroup webhook event.
    """


class BeforeApplyJoinGroupEvent(WebhookEvent):
    """
    Payload of the Group.CallbackBeforeApplyJoinGroup webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackBeforeApplyJoinGroup"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackBeforeApplyJoinGroup"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    type: Annotated[str | None, Field(alias="Type", description="Group type.")] = None
    """Group type."""

    requestor_account: Annotated[str, Field(alias="Requestor_Account", description="Applicant.")]
    """Applicant."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class BeforeApplyJoinGroupAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackBeforeApplyJoinGroup webhook event.
    """


class BeforeInviteJoinGroupAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackBeforeInviteJoinGroup webhook event.
    """

    refused_members_account: Annotated[
        list[str] | None,
        Field(
            alias="RefusedMembers_Account",
            description="Users to leave out while the others are added (with ErrorCode 0).",
        ),
    ] = None
    """Users to leave out while the others are added (with ErrorCode 0)."""


class AfterNewMemberJoinAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackAfterNewMemberJoin webhook event.
    """


class AfterMemberExitAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackAfterMemberExit webhook event.
    """


class GroupBeforeSendMsgEvent(WebhookEvent):
    """
    Payload of the Group.CallbackBeforeSendMsg webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackBeforeSendMsg"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackBeforeSendMsg"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    type: Annotated[str | None, Field(alias="Type", description="Group type (Live for TUILiveKit rooms).")] = None
    """Group type (Live for TUILiveKit rooms)."""

    from_account: Annotated[str, Field(alias="From_Account", description="Sender.")]
    """Sender."""

    operator_account: Annotated[
        str | None,
        Field(
            alias="Operator_Account",
            description="User who made the request (tells administrator and REST sends apart).",
        ),
    ] = None
    """User who made the request (tells administrator and REST sends apart)."""

    random: Annotated[int | None, Field(alias="Random", description="Random number of the send request.")] = None
    """Random number of the send request."""

    msg_id: Annotated[
        str | None, Field(alias="MsgId", description="Client-side message ID (China-site and TUILiveKit pages only).")
    ] = None
    """Client-side message ID (China-site and TUILiveKit pages only)."""

    online_only_flag: Annotated[
        int | None,
        Field(alias="OnlineOnlyFlag", description="1 for an online-only message; always 0 in audio-video groups."),
    ] = None
    """1 for an online-only message; always 0 in audio-video groups."""

    msg_body: Annotated[list[MsgElement] | None, Field(alias="MsgBody", description="Body of the message.")] = None
    """Body of the message."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""

    topic_id: Annotated[
        str | None, Field(alias="TopicId", description="Topic of the message in a topic-enabled community.")
    ] = None
    """Topic of the message in a topic-enabled community."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class GroupBeforeSendMsgAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackBeforeSendMsg webhook event.
    """

    msg_body: Annotated[
        list[MsgElementParam] | None,
        Field(alias="MsgBody", description="Replacement body; used only with ErrorCode 0. Omit to keep the original."),
    ] = None
    """Replacement body; used only with ErrorCode 0. Omit to keep the original."""

    cloud_custom_data: Annotated[str | None, Field(alias="CloudCustomData", description="Replacement custom data.")] = (
        None
    )
    """Replacement custom data."""


class GroupAfterSendMsgEvent(WebhookEvent):
    """
    Payload of the Group.CallbackAfterSendMsg webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackAfterSendMsg"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackAfterSendMsg"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    type: Annotated[str | None, Field(alias="Type", description="Group type (Live for TUILiveKit rooms).")] = None
    """Group type (Live for TUILiveKit rooms)."""

    from_account: Annotated[str, Field(alias="From_Account", description="Sender.")]
    """Sender."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the request.")
    ] = None
    """User who made the request."""

    random: Annotated[int | None, Field(alias="Random", description="Random number of the send request.")] = None
    """Random number of the send request."""

    msg_id: Annotated[
        str | None, Field(alias="MsgId", description="Client-side message ID (TUILiveKit pages only).")
    ] = None
    """Client-side message ID (TUILiveKit pages only)."""

    msg_seq: Annotated[
        int | None,
        Field(alias="MsgSeq", description="Sequence number of the message; group messages are ordered by it."),
    ] = None
    """Sequence number of the message; group messages are ordered by it."""

    msg_time: Annotated[
        int | None, Field(alias="MsgTime", description="Server time of the message. Unit: unix seconds.")
    ] = None
    """Server time of the message. Unit: unix seconds."""

    online_only_flag: Annotated[
        int | None,
        Field(alias="OnlineOnlyFlag", description="1 for an online-only message; always 0 in audio-video groups."),
    ] = None
    """1 for an online-only message; always 0 in audio-video groups."""

    msg_body: Annotated[list[MsgElement] | None, Field(alias="MsgBody", description="Body of the message.")] = None
    """Body of the message."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""

    topic_id: Annotated[
        str | None,
        Field(alias="TopicId", description="Topic of the message in a topic-enabled community (table only)."),
    ] = None
    """Topic of the message in a topic-enabled community (table only)."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class GroupAfterSendMsgAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackAfterSendMsg webhook event.
    """


class AfterGroupFullEvent(WebhookEvent):
    """
    Payload of the Group.CallbackAfterGroupFull webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackAfterGroupFull"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackAfterGroupFull"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The full group.")]
    """The full group."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class AfterGroupFullAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackAfterGroupFull webhook event.
    """


class AfterGroupDestroyedAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackAfterGroupDestroyed webhook event.
    """


class AfterGroupInfoChangedEvent(WebhookEvent):
    """
    Payload of the Group.CallbackAfterGroupInfoChanged webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackAfterGroupInfoChanged"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackAfterGroupInfoChanged"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    type: Annotated[str | None, Field(alias="Type", description="Group type.")] = None
    """Group type."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the change.")
    ] = None
    """User who made the change."""

    name: Annotated[str | None, Field(alias="Name", description="New name.")] = None
    """New name."""

    introduction: Annotated[str | None, Field(alias="Introduction", description="New introduction.")] = None
    """New introduction."""

    notification: Annotated[str | None, Field(alias="Notification", description="New notification.")] = None
    """New notification."""

    face_url: Annotated[str | None, Field(alias="FaceUrl", description="New avatar URL.")] = None
    """New avatar URL."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class AfterGroupInfoChangedAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackAfterGroupInfoChanged webhook event.
    """


class OnMemberStateChangeAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackOnMemberStateChange webhook event.
    """


class GroupSendMsgExceptionEvent(WebhookEvent):
    """
    Payload of the Group.CallbackSendMsgException webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackSendMsgException"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackSendMsgException"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    type: Annotated[str | None, Field(alias="Type", description="Group type.")] = None
    """Group type."""

    from_account: Annotated[str | None, Field(alias="From_Account", description="Sender.")] = None
    """Sender."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the request.")
    ] = None
    """User who made the request."""

    random: Annotated[int | None, Field(alias="Random", description="Random number of the send request.")] = None
    """Random number of the send request."""

    online_only_flag: Annotated[
        int | None,
        Field(alias="OnlineOnlyFlag", description="1 for an online-only message; always 0 in audio-video groups."),
    ] = None
    """1 for an online-only message; always 0 in audio-video groups."""

    msg_body: Annotated[list[MsgElement] | None, Field(alias="MsgBody", description="Body of the message.")] = None
    """Body of the message."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data of the message.")
    ] = None
    """Custom data of the message."""

    error_code: Annotated[
        int | None, Field(alias="ErrorCode", description="Chat error code of the failed send (such as 10023).")
    ] = None
    """Chat error code of the failed send (such as 10023)."""

    error_info: Annotated[str | None, Field(alias="ErrorInfo", description="Text of the failure.")] = None
    """Text of the failure."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class GroupSendMsgExceptionAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackSendMsgException webhook event.
    """


class BeforeCreateTopicEvent(WebhookEvent):
    """
    Payload of the Group.CallbackBeforeCreateTopic webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackBeforeCreateTopic"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackBeforeCreateTopic"
    """Name of the event."""

    group_id: Annotated[
        str | None, Field(alias="GroupId", description="Community of the topic (not documented; see the notes).")
    ] = None
    """Community of the topic (not documented; see the notes)."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who asked for the topic.")
    ] = None
    """User who asked for the topic."""

    type: Annotated[str | None, Field(alias="Type", description="Always Community.")] = None
    """Always Community."""

    name: Annotated[str | None, Field(alias="Name", description="Requested topic name.")] = None
    """Requested topic name."""


class BeforeCreateTopicAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackBeforeCreateTopic webhook event.
    """


class AfterCreateTopicEvent(WebhookEvent):
    """
    Payload of the Group.CallbackAfterCreateTopic webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackAfterCreateTopic"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackAfterCreateTopic"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="Community of the topic.")]
    """Community of the topic."""

    topic_id: Annotated[str, Field(alias="TopicId", description="ID of the new topic.")]
    """ID of the new topic."""

    operator_account: Annotated[str | None, Field(alias="Operator_Account", description="User who created it.")] = None
    """User who created it."""

    owner_account: Annotated[str | None, Field(alias="Owner_Account", description="Owner of the community.")] = None
    """Owner of the community."""

    type: Annotated[str | None, Field(alias="Type", description="Always Community.")] = None
    """Always Community."""

    name: Annotated[str | None, Field(alias="Name", description="Topic name.")] = None
    """Topic name."""

    user_defined_data_list: Annotated[
        list[AppDefinedDataItem] | None,
        Field(
            alias="UserDefinedDataList", description="Custom topic fields given at creation (the feature must be on)."
        ),
    ] = None
    """Custom topic fields given at creation (the feature must be on)."""


class AfterCreateTopicAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackAfterCreateTopic webhook event.
    """


class AfterTopicDestroyedEvent(WebhookEvent):
    """
    Payload of the Group.CallbackAfterTopicDestroyed webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackAfterTopicDestroyed"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackAfterTopicDestroyed"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="Community of the topics.")]
    """Community of the topics."""

    type: Annotated[str | None, Field(alias="Type", description="Always Community.")] = None
    """Always Community."""

    topic_id_list: Annotated[list[str] | None, Field(alias="TopicIdList", description="IDs of the deleted topics.")] = (
        None
    )
    """IDs of the deleted topics."""


class AfterTopicDestroyedAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackAfterTopicDestroyed webhook event.
    """


class AfterTopicInfoChangedEvent(WebhookEvent):
    """
    Payload of the Group.CallbackAfterTopicInfoChanged webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackAfterTopicInfoChanged"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackAfterTopicInfoChanged"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="Community of the topic.")]
    """Community of the topic."""

    topic_id: Annotated[
        str | None, Field(alias="TopicId", description="The changed topic (not documented; see the notes).")
    ] = None
    """The changed topic (not documented; see the notes)."""

    type: Annotated[str | None, Field(alias="Type", description="Always Community.")] = None
    """Always Community."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the change.")
    ] = None
    """User who made the change."""

    name: Annotated[str | None, Field(alias="Name", description="New topic name.")] = None
    """New topic name."""

    introduction: Annotated[str | None, Field(alias="Introduction", description="New introduction.")] = None
    """New introduction."""

    notification: Annotated[str | None, Field(alias="Notification", description="New notification.")] = None
    """New notification."""

    face_url: Annotated[str | None, Field(alias="FaceUrl", description="New avatar URL.")] = None
    """New avatar URL."""


class AfterTopicInfoChangedAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackAfterTopicInfoChanged webhook event.
    """


class AfterMemberFieldChangedEvent(WebhookEvent):
    """
    Payload of the Group.CallbackAfterMemberFieldChanged webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackAfterMemberFieldChanged"],
        Field(alias="CallbackCommand", description="Name of the event."),
    ] = "Group.CallbackAfterMemberFieldChanged"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    type: Annotated[str | None, Field(alias="Type", description="Group type.")] = None
    """Group type."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the change.")
    ] = None
    """User who made the change."""

    member_account: Annotated[str, Field(alias="Member_Account", description="Member whose data changed.")]
    """Member whose data changed."""

    role: Annotated[EventGroupMemberRole | None, Field(alias="Role", description="New role.")] = None
    """New role."""

    name_card: Annotated[str | None, Field(alias="NameCard", description="New name card.")] = None
    """New name card."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class AfterMemberFieldChangedAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackAfterMemberFieldChanged webhook event.
    """


class AfterGroupAttrChangedAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackAfterGroupAttrChanged webhook event.
    """


class AfterReadReceiptAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackAfterReadReceipt webhook event.
    """


class AfterChangeGroupOwnerEvent(WebhookEvent):
    """
    Payload of the Group.CallbackAfterChangeGroupOwner webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackAfterChangeGroupOwner"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackAfterChangeGroupOwner"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    type: Annotated[str | None, Field(alias="Type", description="Group type.")] = None
    """Group type."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the transfer.")
    ] = None
    """User who made the transfer."""

    old_owner_account: Annotated[str | None, Field(alias="OldOwner_Account", description="Previous owner.")] = None
    """Previous owner."""

    new_owner_account: Annotated[str | None, Field(alias="NewOwner_Account", description="New owner.")] = None
    """New owner."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class AfterChangeGroupOwnerAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackAfterChangeGroupOwner webhook event.
    """


class OnDailyGroupQuotaAlarmEvent(WebhookEvent):
    """
    Payload of the Group.CallbackOnDailyGroupQuotaAlarm webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackOnDailyGroupQuotaAlarm"],
        Field(alias="CallbackCommand", description="Name of the event."),
    ] = "Group.CallbackOnDailyGroupQuotaAlarm"
    """Name of the event."""

    quota_used: Annotated[int | None, Field(alias="QuotaUsed", description="Net new groups today. Unit: count.")] = None
    """Net new groups today. Unit: count."""

    quota: Annotated[int | None, Field(alias="Quota", description="Daily limit of net new groups. Unit: count.")] = None
    """Daily limit of net new groups. Unit: count."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class OnDailyGroupQuotaAlarmAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackOnDailyGroupQuotaAlarm webhook event.
    """


class GroupAfterRecallMsgAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackAfterRecallMsg webhook event.
    """


class GroupAfterMsgExtensionAnswer(WebhookAnswer):
    """
    Answer to the Group.CallbackAfterGroupMsgExtension webhook event.
    """


class BotOnC2CMessageEvent(WebhookEvent):
    """
    Payload of the Bot.OnC2CMessage webhook event.
    """

    callback_command: Annotated[
        Literal["Bot.OnC2CMessage"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Bot.OnC2CMessage"
    """Name of the event."""

    from_account: Annotated[str, Field(alias="From_Account", description="Sender.")]
    """Sender."""

    to_account: Annotated[str, Field(alias="To_Account", description="The chatbot.")]
    """The chatbot."""

    msg_seq: Annotated[int | None, Field(alias="MsgSeq", description="Sequence number of the message.")] = None
    """Sequence number of the message."""

    msg_random: Annotated[int | None, Field(alias="MsgRandom", description="Random number of the message.")] = None
    """Random number of the message."""

    msg_time: Annotated[int | None, Field(alias="MsgTime", description="When it was sent. Unit: unix seconds.")] = None
    """When it was sent. Unit: unix seconds."""

    msg_key: Annotated[str | None, Field(alias="MsgKey", description="Key of the message.")] = None
    """Key of the message."""

    online_only_flag: Annotated[
        int | None, Field(alias="OnlineOnlyFlag", description="1 for an online-only message; 0 otherwise.")
    ] = None
    """1 for an online-only message; 0 otherwise."""

    send_msg_result: Annotated[
        int | None, Field(alias="SendMsgResult", description="0 when delivered; otherwise a Chat error code.")
    ] = None
    """0 when delivered; otherwise a Chat error code."""

    error_info: Annotated[str | None, Field(alias="ErrorInfo", description="Result text of the send.")] = None
    """Result text of the send."""

    msg_body: Annotated[list[MsgElement] | None, Field(alias="MsgBody", description="Body of the message.")] = None
    """Body of the message."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class BotOnC2CMessageAnswer(WebhookAnswer):
    """
    Answer to the Bot.OnC2CMessage webhook event.
    """


class BotOnGroupMessageEvent(WebhookEvent):
    """
    Payload of the Bot.OnGroupMessage webhook event.
    """

    callback_command: Annotated[
        Literal["Bot.OnGroupMessage"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Bot.OnGroupMessage"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    type: Annotated[str | None, Field(alias="Type", description="Group type.")] = None
    """Group type."""

    from_account: Annotated[str, Field(alias="From_Account", description="Sender.")]
    """Sender."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the request.")
    ] = None
    """User who made the request."""

    random: Annotated[int | None, Field(alias="Random", description="Random number of the send request.")] = None
    """Random number of the send request."""

    msg_seq: Annotated[int | None, Field(alias="MsgSeq", description="Sequence number of the message.")] = None
    """Sequence number of the message."""

    msg_time: Annotated[
        int | None, Field(alias="MsgTime", description="Server time of the message. Unit: unix seconds.")
    ] = None
    """Server time of the message. Unit: unix seconds."""

    online_only_flag: Annotated[
        int | None,
        Field(alias="OnlineOnlyFlag", description="1 for an online-only message; always 0 in audio-video groups."),
    ] = None
    """1 for an online-only message; always 0 in audio-video groups."""

    msg_body: Annotated[list[MsgElement] | None, Field(alias="MsgBody", description="Body of the message.")] = None
    """Body of the message."""

    at_robots_account: Annotated[
        list[str] | None, Field(alias="AtRobots_Account", description="The chatbots mentioned.")
    ] = None
    """The chatbots mentioned."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""

    topic_id: Annotated[
        str | None,
        Field(alias="TopicId", description="Topic of the message in a topic-enabled community (table only)."),
    ] = None
    """Topic of the message in a topic-enabled community (table only)."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class BotOnGroupMessageAnswer(WebhookAnswer):
    """
    Answer to the Bot.OnGroupMessage webhook event.
    """


class BeforeCreateOfficialAccountEvent(WebhookEvent):
    """
    Payload of the OfficialAccount.CallbackBeforeCreateOfficialAccount webhook event.
    """

    callback_command: Annotated[
        Literal["OfficialAccount.CallbackBeforeCreateOfficialAccount"],
        Field(alias="CallbackCommand", description="Name of the event."),
    ] = "OfficialAccount.CallbackBeforeCreateOfficialAccount"
    """Name of the event."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who asked for the channel.")
    ] = None
    """User who asked for the channel."""

    owner_account: Annotated[str | None, Field(alias="Owner_Account", description="Creator and owner.")] = None
    """Creator and owner."""

    name: Annotated[str | None, Field(alias="Name", description="Requested name.")] = None
    """Requested name."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class BeforeCreateOfficialAccountAnswer(WebhookAnswer):
    """
    Answer to the OfficialAccount.CallbackBeforeCreateOfficialAccount webhook event.
    """


class AfterCreateOfficialAccountEvent(WebhookEvent):
    """
    Payload of the OfficialAccount.CallbackAfterCreateOfficialAccount webhook event.
    """

    callback_command: Annotated[
        Literal["OfficialAccount.CallbackAfterCreateOfficialAccount"],
        Field(alias="CallbackCommand", description="Name of the event."),
    ] = "OfficialAccount.CallbackAfterCreateOfficialAccount"
    """Name of the event."""

    official_account: Annotated[str, Field(alias="Official_Account", description="ID of the new channel.")]
    """ID of the new channel."""

    operator_account: Annotated[str | None, Field(alias="Operator_Account", description="User who created it.")] = None
    """User who created it."""

    owner_account: Annotated[str | None, Field(alias="Owner_Account", description="Creator and owner.")] = None
    """Creator and owner."""

    name: Annotated[str | None, Field(alias="Name", description="Channel name.")] = None
    """Channel name."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterCreateOfficialAccountAnswer(WebhookAnswer):
    """
    Answer to the OfficialAccount.CallbackAfterCreateOfficialAccount webhook event.
    """


class AfterOfficialAccountInfoChangedEvent(WebhookEvent):
    """
    Payload of the OfficialAccount.CallbackAfterOfficialAccountInfoChanged webhook event.
    """

    callback_command: Annotated[
        Literal["OfficialAccount.CallbackAfterOfficialAccountInfoChanged"],
        Field(alias="CallbackCommand", description="Name of the event."),
    ] = "OfficialAccount.CallbackAfterOfficialAccountInfoChanged"
    """Name of the event."""

    official_account: Annotated[str, Field(alias="Official_Account", description="The channel.")]
    """The channel."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the change.")
    ] = None
    """User who made the change."""

    introduction: Annotated[str | None, Field(alias="Introduction", description="New introduction.")] = None
    """New introduction."""

    name: Annotated[str | None, Field(alias="Name", description="New name.")] = None
    """New name."""

    face_url: Annotated[str | None, Field(alias="FaceUrl", description="New avatar URL.")] = None
    """New avatar URL."""

    organization: Annotated[str | None, Field(alias="Organization", description="New organization.")] = None
    """New organization."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterOfficialAccountInfoChangedAnswer(WebhookAnswer):
    """
    Answer to the OfficialAccount.CallbackAfterOfficialAccountInfoChanged webhook event.
    """


class AfterOfficialAccountDestroyedEvent(WebhookEvent):
    """
    Payload of the OfficialAccount.CallbackAfterOfficialAccountDestroyed webhook event.
    """

    callback_command: Annotated[
        Literal["OfficialAccount.CallbackAfterOfficialAccountDestroyed"],
        Field(alias="CallbackCommand", description="Name of the event."),
    ] = "OfficialAccount.CallbackAfterOfficialAccountDestroyed"
    """Name of the event."""

    official_account: Annotated[str, Field(alias="Official_Account", description="The destroyed channel.")]
    """The destroyed channel."""

    owner_account: Annotated[str | None, Field(alias="Owner_Account", description="Its owner.")] = None
    """Its owner."""

    name: Annotated[str | None, Field(alias="Name", description="Its name.")] = None
    """Its name."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterOfficialAccountDestroyedAnswer(WebhookAnswer):
    """
    Answer to the OfficialAccount.CallbackAfterOfficialAccountDestroyed webhook event.
    """


class BeforeAddSubscriberAnswer(WebhookAnswer):
    """
    Answer to the OfficialAccount.CallbackBeforeAddSubscriber webhook event.
    """

    refused_subscribers_account: Annotated[
        list[str] | None,
        Field(alias="RefusedSubscribers_Account", description="Users not allowed to subscribe (with ErrorCode 0)."),
    ] = None
    """Users not allowed to subscribe (with ErrorCode 0)."""


class AfterAddSubscriberAnswer(WebhookAnswer):
    """
    Answer to the OfficialAccount.CallbackAfterAddSubscriber webhook event.
    """


class AfterOfficialAccountFullEvent(WebhookEvent):
    """
    Payload of the OfficialAccount.CallbackAfterOfficialAccountFull webhook event.
    """

    callback_command: Annotated[
        Literal["OfficialAccount.CallbackAfterOfficialAccountFull"],
        Field(alias="CallbackCommand", description="Name of the event."),
    ] = "OfficialAccount.CallbackAfterOfficialAccountFull"
    """Name of the event."""

    official_account: Annotated[str, Field(alias="Official_Account", description="The full channel.")]
    """The full channel."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterOfficialAccountFullAnswer(WebhookAnswer):
    """
    Answer to the OfficialAccount.CallbackAfterOfficialAccountFull webhook event.
    """


class AfterDeleteSubscriberAnswer(WebhookAnswer):
    """
    Answer to the OfficialAccount.CallbackAfterDeleteSubscriber webhook event.
    """


class OfficialAccountBeforeSendMsgEvent(WebhookEvent):
    """
    Payload of the OfficialAccount.CallbackBeforeSendMsg webhook event.
    """

    callback_command: Annotated[
        Literal["OfficialAccount.CallbackBeforeSendMsg"],
        Field(alias="CallbackCommand", description="Name of the event."),
    ] = "OfficialAccount.CallbackBeforeSendMsg"
    """Name of the event."""

    official_account: Annotated[str, Field(alias="Official_Account", description="The channel.")]
    """The channel."""

    online_only_flag: Annotated[
        int | None, Field(alias="OnlineOnlyFlag", description="1 for an online-only message; 0 otherwise.")
    ] = None
    """1 for an online-only message; 0 otherwise."""

    msg_body: Annotated[list[MsgElement] | None, Field(alias="MsgBody", description="Body of the message.")] = None
    """Body of the message."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class OfficialAccountBeforeSendMsgAnswer(WebhookAnswer):
    """
    Answer to the OfficialAccount.CallbackBeforeSendMsg webhook event.
    """

    msg_body: Annotated[
        list[MsgElementParam] | None,
        Field(alias="MsgBody", description="Replacement body; used only with ErrorCode 0. Omit to keep the original."),
    ] = None
    """Replacement body; used only with ErrorCode 0. Omit to keep the original."""

    cloud_custom_data: Annotated[str | None, Field(alias="CloudCustomData", description="Replacement custom data.")] = (
        None
    )
    """Replacement custom data."""


class OfficialAccountAfterSendMsgEvent(WebhookEvent):
    """
    Payload of the OfficialAccount.CallbackAfterSendMsg webhook event.
    """

    callback_command: Annotated[
        Literal["OfficialAccount.CallbackAfterSendMsg"],
        Field(alias="CallbackCommand", description="Name of the event."),
    ] = "OfficialAccount.CallbackAfterSendMsg"
    """Name of the event."""

    official_account: Annotated[str, Field(alias="Official_Account", description="The channel.")]
    """The channel."""

    msg_key: Annotated[str | None, Field(alias="MsgKey", description="Key of the message (usable to recall it).")] = (
        None
    )
    """Key of the message (usable to recall it)."""

    msg_time: Annotated[
        int | None, Field(alias="MsgTime", description="Server time of the message. Unit: unix seconds.")
    ] = None
    """Server time of the message. Unit: unix seconds."""

    online_only_flag: Annotated[
        int | None, Field(alias="OnlineOnlyFlag", description="1 for an online-only message; 0 otherwise.")
    ] = None
    """1 for an online-only message; 0 otherwise."""

    msg_body: Annotated[list[MsgElement] | None, Field(alias="MsgBody", description="Body of the message.")] = None
    """Body of the message."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class OfficialAccountAfterSendMsgAnswer(WebhookAnswer):
    """
    Answer to the OfficialAccount.CallbackAfterSendMsg webhook event.
    """


class OfficialAccountAfterMsgWithDrawAnswer(WebhookAnswer):
    """
    Answer to the OfficialAccount.CallbackAfterMsgWithDraw webhook event.
    """


class RequestOverLimitEvent(WebhookEvent):
    """
    Payload of the Alert.RequestOverLimit webhook event.
    """

    callback_command: Annotated[
        Literal["Alert.RequestOverLimit"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Alert.RequestOverLimit"
    """Name of the event."""

    service_name: Annotated[str, Field(alias="ServiceName", description="Servicename of the API (such as openim).")]
    """Servicename of the API (such as openim)."""

    command: Annotated[str, Field(alias="Command", description="Command of the API (such as batchsendmsg).")]
    """Command of the API (such as batchsendmsg)."""

    request_rate: Annotated[int | None, Field(alias="Request", description="Current request rate per second.")] = None
    """Current request rate per second."""

    limit: Annotated[int | None, Field(alias="Limit", description="Rate limit per second.")] = None
    """Rate limit per second."""


class RequestOverLimitAnswer(WebhookAnswer):
    """
    Answer to the Alert.RequestOverLimit webhook event.
    """


class ModerationResultNotifyAnswer(WebhookAnswer):
    """
    Answer to the ContentCallback.ResultNotify webhook event.
    """


class MessagePushResultAnswer(WebhookAnswer):
    """
    Answer to the Push.OfflinePush webhook event.
    """


class TaskPushResultAnswer(WebhookAnswer):
    """
    Answer to the Push.AllMemberPush webhook event.
    """


class EventAccountPair(ResponseModel):
    """
    A relation between two users (friend list or blocklist entry).
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User whose list changed.")]
    """User whose list changed."""

    to_account: Annotated[str, Field(alias="To_Account", description="The other user of the relation.")]
    """The other user of the relation."""


class EventExtensionItem(ResponseModel):
    """
    One message extension key-value.
    """

    key: Annotated[str, Field(alias="Key", description="The key.")]
    """The key."""

    value: Annotated[str | None, Field(alias="Value", description="The value; empty in delete notifications.")] = None
    """The value; empty in delete notifications."""

    seq: Annotated[int | None, Field(alias="Seq", description="Version of this key-value.")] = None
    """Version of this key-value."""


class EventFollowTarget(ResponseModel):
    """
    A user who was followed.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="User ID of the followed user.")]
    """User ID of the followed user."""


class EventFriendDecisionParam(RequestModel):
    """
    The app's decision for one target of a friend request or response.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The user this decision is about.")]
    """The user this decision is about."""

    result_code: Annotated[
        int, Field(alias="ResultCode", description="0 allows; any other value (use one in [38000, 39000]) refuses.")
    ]
    """0 allows; any other value (use one in [38000, 39000]) refuses."""

    result_info: Annotated[str, Field(alias="ResultInfo", description="Reason for the decision.")]
    """Reason for the decision."""


class EventFriendPair(ResponseModel):
    """
    A friendship that was created.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User whose friend list gained To_Account.")]
    """User whose friend list gained To_Account."""

    to_account: Annotated[str, Field(alias="To_Account", description="User who was added.")]
    """User who was added."""

    initiator_account: Annotated[
        str | None, Field(alias="Initiator_Account", description="User who started the add.")
    ] = None
    """User who started the add."""


class EventFriendRequest(ResponseModel):
    """
    One target of a friend request.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="User to be added.")]
    """User to be added."""

    remark: Annotated[str | None, Field(alias="Remark", description="Remark the requester gives the target.")] = None
    """Remark the requester gives the target."""

    group_name: Annotated[
        str | None, Field(alias="GroupName", description="Friend list the requester puts the target in.")
    ] = None
    """Friend list the requester puts the target in."""

    add_source: Annotated[
        str | None,
        Field(alias="AddSource", description="Source of the request (AddSource_Type_ followed by a keyword)."),
    ] = None
    """Source of the request (AddSource_Type_ followed by a keyword)."""

    add_wording: Annotated[str | None, Field(alias="AddWording", description="Message attached to the request.")] = None
    """Message attached to the request."""


class EventFriendResponse(ResponseModel):
    """
    One answered friend request.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="User who sent the original request.")]
    """User who sent the original request."""

    remark: Annotated[
        str | None, Field(alias="Remark", description="Remark the answering user gives the requester.")
    ] = None
    """Remark the answering user gives the requester."""

    tag_name: Annotated[
        str | None, Field(alias="TagName", description="Friend list the answering user puts the requester in.")
    ] = None
    """Friend list the answering user puts the requester in."""

    response_action: Annotated[
        EventResponseAction | None, Field(alias="ResponseAction", description="How the request is answered.")
    ] = None
    """How the request is answered."""


class EventGroupAttr(ResponseModel):
    """
    A group custom attribute (lower-case keys on the wire).
    """

    key: Annotated[str, Field(alias="key", description="Name of the attribute.")]
    """Name of the attribute."""

    value: Annotated[str | None, Field(alias="value", description="Value of the attribute.")] = None
    """Value of the attribute."""


class EventKickedDevice(ResponseModel):
    """
    A device forced offline by the login.
    """

    platform: Annotated[EventDevicePlatform | None, Field(alias="Platform", description="Platform of the device.")] = (
        None
    )
    """Platform of the device."""


class EventMember(ResponseModel):
    """
    A group member named in an event.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID of the member.")]
    """User ID of the member."""


class EventMessagePushResult(ResponseModel):
    """
    Result of one push of a one-to-one or group message.
    """

    callback_command: Annotated[
        str | None, Field(alias="CallbackCommand", description="Name of the event (Push.OfflinePush).")
    ] = None
    """Name of the event (Push.OfflinePush)."""

    event_type: Annotated[
        EventMessagePushKind | None, Field(alias="EventType", description="One-to-one or group message.")
    ] = None
    """One-to-one or group message."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the push event happened. Unit: unix seconds.")
    ] = None
    """When the push event happened. Unit: unix seconds."""

    from_account: Annotated[str | None, Field(alias="From_Account", description="Sender of the message.")] = None
    """Sender of the message."""

    to_account: Annotated[str | None, Field(alias="To_Account", description="Receiver of the push.")] = None
    """Receiver of the push."""

    push_platform: Annotated[EventPushPlatform | None, Field(alias="PushPlatform", description="Push vendor.")] = None
    """Push vendor."""

    push_stage: Annotated[EventPushStage | None, Field(alias="PushStage", description="Stage this result reports.")] = (
        None
    )
    """Stage this result reports."""

    msg_key: Annotated[
        str | None, Field(alias="MsgKey", description="Key of a one-to-one message; empty for group messages.")
    ] = None
    """Key of a one-to-one message; empty for group messages."""

    group_id: Annotated[
        str | None, Field(alias="GroupID", description="Group of a group message; empty for one-to-one messages.")
    ] = None
    """Group of a group message; empty for one-to-one messages."""

    msg_seq: Annotated[int | None, Field(alias="MsgSeq", description="Sequence number of the message.")] = None
    """Sequence number of the message."""

    msg_random: Annotated[
        int | None, Field(alias="MsgRandom", description="Random number of the message; empty for group messages.")
    ] = None
    """Random number of the message; empty for group messages."""

    msg_time: Annotated[
        int | None, Field(alias="MsgTime", description="When the message was sent. Unit: unix seconds.")
    ] = None
    """When the message was sent. Unit: unix seconds."""

    push_id: Annotated[str | None, Field(alias="PushID", description="ID of the push; the console can look it up.")] = (
        None
    )
    """ID of the push; the console can look it up."""

    err_code: Annotated[int | None, Field(alias="ErrCode", description="0 on success; otherwise the push failed.")] = (
        None
    )
    """0 on success; otherwise the push failed."""

    err_info: Annotated[str | None, Field(alias="ErrInfo", description="Result text; may be empty.")] = None
    """Result text; may be empty."""


class EventModerationContact(ResponseModel):
    """
    Recipient of moderated message content.
    """

    contact_type: Annotated[EventContactType | None, Field(alias="ContactType", description="A user or a group.")] = (
        None
    )
    """A user or a group."""

    to_account: Annotated[
        str | None, Field(alias="To_Account", description="Receiving user (one-to-one messages).")
    ] = None
    """Receiving user (one-to-one messages)."""

    to_group_id: Annotated[str | None, Field(alias="ToGroupId", description="Receiving group (group messages).")] = None
    """Receiving group (group messages)."""


class EventMsgKeyItem(ResponseModel):
    """
    A message named by its key.
    """

    msg_key: Annotated[str, Field(alias="MsgKey", description="Key of the message.")]
    """Key of the message."""


class EventMsgSeqItem(ResponseModel):
    """
    A group message named by its sequence number.
    """

    msg_seq: Annotated[int, Field(alias="MsgSeq", description="Sequence number of the message.")]
    """Sequence number of the message."""


class EventProfileItem(ResponseModel):
    """
    A profile field that was changed.
    """

    tag: Annotated[str, Field(alias="Tag", description="Name of the field (Tag_Profile_IM_* or Tag_Profile_Custom_*).")]
    """Name of the field (Tag_Profile_IM_* or Tag_Profile_Custom_*)."""

    value: Annotated[
        Any | None, Field(alias="Value", description="New value; a string or an integer depending on the field.")
    ] = None
    """New value; a string or an integer depending on the field."""


class EventReadReceipt(ResponseModel):
    """
    Read-receipt state of one group message.
    """

    msg_seq: Annotated[int, Field(alias="MsgSeq", description="Sequence number of the message.")]
    """Sequence number of the message."""

    read_num: Annotated[int | None, Field(alias="ReadNum", description="Members who have read it. Unit: count.")] = None
    """Members who have read it. Unit: count."""

    unread_num: Annotated[
        int | None, Field(alias="UnreadNum", description="Members who have not read it. Unit: count.")
    ] = None
    """Members who have not read it. Unit: count."""

    read_receipt_members: Annotated[
        list[EventMember] | None, Field(alias="ReadReceiptMembers", description="Members who have read it.")
    ] = None
    """Members who have read it."""


class EventStateInfo(ResponseModel):
    """
    Who changed online state and how.
    """

    action: Annotated[EventStateAction, Field(alias="Action", description="Kind of change.")]
    """Kind of change."""

    to_account: Annotated[str, Field(alias="To_Account", description="User whose state changed.")]
    """User whose state changed."""

    reason: Annotated[EventStateReason | None, Field(alias="Reason", description="Cause of the change.")] = None
    """Cause of the change."""


class EventSubscriber(ResponseModel):
    """
    A subscriber of an official channel.
    """

    subscriber_account: Annotated[str, Field(alias="Subscriber_Account", description="User ID of the subscriber.")]
    """User ID of the subscriber."""


class EventTaskPushResult(ResponseModel):
    """
    Result of one push of an all-user, tag or user-list push task.
    """

    callback_command: Annotated[
        str | None, Field(alias="CallbackCommand", description="Name of the event (Push.AllMemberPush).")
    ] = None
    """Name of the event (Push.AllMemberPush)."""

    event_type: Annotated[EventPushChannel | None, Field(alias="EventType", description="Offline or online push.")] = (
        None
    )
    """Offline or online push."""

    task_id: Annotated[str | None, Field(alias="TaskId", description="ID of the push task.")] = None
    """ID of the push task."""

    data_id: Annotated[
        str | None, Field(alias="DataId", description="App-defined identifier passed with the push request.")
    ] = None
    """App-defined identifier passed with the push request."""

    task_time: Annotated[
        int | None, Field(alias="TaskTime", description="When the task was started. Unit: unix seconds.")
    ] = None
    """When the task was started. Unit: unix seconds."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the push event happened. Unit: unix seconds.")
    ] = None
    """When the push event happened. Unit: unix seconds."""

    to_account: Annotated[str | None, Field(alias="To_Account", description="Receiver of the push.")] = None
    """Receiver of the push."""

    push_platform: Annotated[
        EventPushPlatform | None, Field(alias="PushPlatform", description="Push vendor (0 for online pushes).")
    ] = None
    """Push vendor (0 for online pushes)."""

    device_type: Annotated[
        EventPushPlatform | None, Field(alias="DeviceType", description="Device kind (0 for offline pushes).")
    ] = None
    """Device kind (0 for offline pushes)."""

    push_stage: Annotated[EventPushStage | None, Field(alias="PushStage", description="Stage this result reports.")] = (
        None
    )
    """Stage this result reports."""

    err_code: Annotated[int | None, Field(alias="ErrCode", description="0 on success; otherwise the push failed.")] = (
        None
    )
    """0 on success; otherwise the push failed."""

    err_info: Annotated[str | None, Field(alias="ErrInfo", description="Result text; may be empty.")] = None
    """Result text; may be empty."""


class StateChangeEvent(WebhookEvent):
    """
    Payload of the State.StateChange webhook event.
    """

    callback_command: Annotated[
        Literal["State.StateChange"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "State.StateChange"
    """Name of the event."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""

    info: Annotated[EventStateInfo, Field(alias="Info", description="Who changed state and how.")]
    """Who changed state and how."""

    kicked_device: Annotated[
        list[EventKickedDevice] | None,
        Field(
            alias="KickedDevice", description="Devices this login forced offline; only on logins that kicked a device."
        ),
    ] = None
    """Devices this login forced offline; only on logins that kicked a device."""


class PortraitSetEvent(WebhookEvent):
    """
    Payload of the Profile.CallbackPortraitSet webhook event.
    """

    callback_command: Annotated[
        Literal["Profile.CallbackPortraitSet"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Profile.CallbackPortraitSet"
    """Name of the event."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the change.")
    ] = None
    """User who made the change."""

    from_account: Annotated[str, Field(alias="From_Account", description="User whose profile changed.")]
    """User whose profile changed."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""

    profile_item: Annotated[
        list[EventProfileItem] | None,
        Field(alias="ProfileItem", description="The changed fields and their new values."),
    ] = None
    """The changed fields and their new values."""


class PrevFriendAddEvent(WebhookEvent):
    """
    Payload of the Sns.CallbackPrevFriendAdd webhook event.
    """

    callback_command: Annotated[
        Literal["Sns.CallbackPrevFriendAdd"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Sns.CallbackPrevFriendAdd"
    """Name of the event."""

    requester_account: Annotated[
        str | None, Field(alias="Requester_Account", description="User who issued the request.")
    ] = None
    """User who issued the request."""

    from_account: Annotated[str, Field(alias="From_Account", description="User who wants to add friends.")]
    """User who wants to add friends."""

    friend_item: Annotated[
        list[EventFriendRequest] | None, Field(alias="FriendItem", description="One entry per target.")
    ] = None
    """One entry per target."""

    add_type: Annotated[EventAddType | None, Field(alias="AddType", description="One-way or two-way add.")] = None
    """One-way or two-way add."""

    force_add_flags: Annotated[
        int | None, Field(alias="ForceAddFlags", description="1 when an administrator forces the add; 0 otherwise.")
    ] = None
    """1 when an administrator forces the add; 0 otherwise."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class PrevFriendAddAnswer(WebhookAnswer):
    """
    Answer to the Sns.CallbackPrevFriendAdd webhook event.
    """

    result_item: Annotated[
        list[EventFriendDecisionParam], Field(alias="ResultItem", description="The app's decision for each target.")
    ]
    """The app's decision for each target."""


class PrevFriendResponseEvent(WebhookEvent):
    """
    Payload of the Sns.CallbackPrevFriendResponse webhook event.
    """

    callback_command: Annotated[
        Literal["Sns.CallbackPrevFriendResponse"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Sns.CallbackPrevFriendResponse"
    """Name of the event."""

    requester_account: Annotated[
        str | None, Field(alias="Requester_Account", description="User who issued the answer.")
    ] = None
    """User who issued the answer."""

    from_account: Annotated[str, Field(alias="From_Account", description="User answering the friend requests.")]
    """User answering the friend requests."""

    response_friend_item: Annotated[
        list[EventFriendResponse] | None,
        Field(alias="ResponseFriendItem", description="One entry per answered request."),
    ] = None
    """One entry per answered request."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class PrevFriendResponseAnswer(WebhookAnswer):
    """
    Answer to the Sns.CallbackPrevFriendResponse webhook event.
    """

    result_item: Annotated[
        list[EventFriendDecisionParam], Field(alias="ResultItem", description="The app's decision for each requester.")
    ]
    """The app's decision for each requester."""


class FriendAddEvent(WebhookEvent):
    """
    Payload of the Sns.CallbackFriendAdd webhook event.
    """

    callback_command: Annotated[
        Literal["Sns.CallbackFriendAdd"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Sns.CallbackFriendAdd"
    """Name of the event."""

    pair_list: Annotated[
        list[EventFriendPair] | None, Field(alias="PairList", description="The friendships that were made.")
    ] = None
    """The friendships that were made."""

    client_cmd: Annotated[
        EventFriendClientCmd | None,
        Field(alias="ClientCmd", description="Whether a request or an answer to one made them."),
    ] = None
    """Whether a request or an answer to one made them."""

    admin_account: Annotated[
        str | None, Field(alias="Admin_Account", description="Administrator who made the REST call; empty otherwise.")
    ] = None
    """Administrator who made the REST call; empty otherwise."""

    force_flag: Annotated[
        int | None, Field(alias="ForceFlag", description="1 when an administrator forced the add; 0 otherwise.")
    ] = None
    """1 when an administrator forced the add; 0 otherwise."""


class FriendDeleteEvent(WebhookEvent):
    """
    Payload of the Sns.CallbackFriendDelete webhook event.
    """

    callback_command: Annotated[
        Literal["Sns.CallbackFriendDelete"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Sns.CallbackFriendDelete"
    """Name of the event."""

    pair_list: Annotated[
        list[EventAccountPair] | None, Field(alias="PairList", description="The friendships that were removed.")
    ] = None
    """The friendships that were removed."""


class BlackListAddEvent(WebhookEvent):
    """
    Payload of the Sns.CallbackBlackListAdd webhook event.
    """

    callback_command: Annotated[
        Literal["Sns.CallbackBlackListAdd"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Sns.CallbackBlackListAdd"
    """Name of the event."""

    pair_list: Annotated[
        list[EventAccountPair] | None,
        Field(alias="PairList", description="Block relations made (From_Account blocked To_Account)."),
    ] = None
    """Block relations made (From_Account blocked To_Account)."""


class BlackListDeleteEvent(WebhookEvent):
    """
    Payload of the Sns.CallbackBlackListDelete webhook event.
    """

    callback_command: Annotated[
        Literal["Sns.CallbackBlackListDelete"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Sns.CallbackBlackListDelete"
    """Name of the event."""

    pair_list: Annotated[
        list[EventAccountPair] | None, Field(alias="PairList", description="Block relations removed.")
    ] = None
    """Block relations removed."""


class AfterFollowAddEvent(WebhookEvent):
    """
    Payload of the Follow.CallbackAfterFollowAdd webhook event.
    """

    callback_command: Annotated[
        Literal["Follow.CallbackAfterFollowAdd"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Follow.CallbackAfterFollowAdd"
    """Name of the event."""

    from_account: Annotated[str, Field(alias="From_Account", description="User who followed others.")]
    """User who followed others."""

    follow_list: Annotated[
        list[EventFollowTarget] | None, Field(alias="FollowList", description="Users now followed.")
    ] = None
    """Users now followed."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class C2CAfterMsgExtensionEvent(WebhookEvent):
    """
    Payload of the C2C.CallbackAfterC2CMsgExtension webhook event.
    """

    callback_command: Annotated[
        Literal["C2C.CallbackAfterC2CMsgExtension"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "C2C.CallbackAfterC2CMsgExtension"
    """Name of the event."""

    from_account: Annotated[str | None, Field(alias="From_Account", description="Sender of the message.")] = None
    """Sender of the message."""

    to_account: Annotated[str | None, Field(alias="To_Account", description="Receiver of the message.")] = None
    """Receiver of the message."""

    msg_key: Annotated[str, Field(alias="MsgKey", description="Key of the message.")]
    """Key of the message."""

    operate_type: Annotated[
        EventExtensionOperation | None, Field(alias="OperateType", description="Set, delete or clear.")
    ] = None
    """Set, delete or clear."""

    extension_list: Annotated[
        list[EventExtensionItem] | None,
        Field(alias="ExtensionList", description="Key-values concerned; empty when cleared."),
    ] = None
    """Key-values concerned; empty when cleared."""

    seq: Annotated[
        int | None, Field(alias="Seq", description="Latest version of the message's whole extension set.")
    ] = None
    """Latest version of the message's whole extension set."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class BeforeCreateGroupEvent(WebhookEvent):
    """
    Payload of the Group.CallbackBeforeCreateGroup webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackBeforeCreateGroup"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackBeforeCreateGroup"
    """Name of the event."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who asked for the group.")
    ] = None
    """User who asked for the group."""

    owner_account: Annotated[str | None, Field(alias="Owner_Account", description="Intended owner.")] = None
    """Intended owner."""

    type: Annotated[
        str | None, Field(alias="Type", description="Group type (Private, Public, ChatRoom, AVChatRoom, Community).")
    ] = None
    """Group type (Private, Public, ChatRoom, AVChatRoom, Community)."""

    name: Annotated[str | None, Field(alias="Name", description="Requested group name.")] = None
    """Requested group name."""

    create_group_num: Annotated[
        int | None,
        Field(alias="CreateGroupNum", description="Groups of this type the user has already created. Unit: count."),
    ] = None
    """Groups of this type the user has already created. Unit: count."""

    member_list: Annotated[list[EventMember] | None, Field(alias="MemberList", description="Initial members.")] = None
    """Initial members."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class AfterCreateGroupEvent(WebhookEvent):
    """
    Payload of the Group.CallbackAfterCreateGroup webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackAfterCreateGroup"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackAfterCreateGroup"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="ID of the new group.")]
    """ID of the new group."""

    operator_account: Annotated[str | None, Field(alias="Operator_Account", description="User who created it.")] = None
    """User who created it."""

    owner_account: Annotated[str | None, Field(alias="Owner_Account", description="Owner.")] = None
    """Owner."""

    type: Annotated[str | None, Field(alias="Type", description="Group type.")] = None
    """Group type."""

    name: Annotated[str | None, Field(alias="Name", description="Group name.")] = None
    """Group name."""

    member_list: Annotated[list[EventMember] | None, Field(alias="MemberList", description="Initial members.")] = None
    """Initial members."""

    user_defined_data_list: Annotated[
        list[AppDefinedDataItem] | None,
        Field(
            alias="UserDefinedDataList", description="Custom group fields given at creation (the feature must be on)."
        ),
    ] = None
    """Custom group fields given at creation (the feature must be on)."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class BeforeInviteJoinGroupEvent(WebhookEvent):
    """
    Payload of the Group.CallbackBeforeInviteJoinGroup webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackBeforeInviteJoinGroup"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackBeforeInviteJoinGroup"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    type: Annotated[str | None, Field(alias="Type", description="Group type.")] = None
    """Group type."""

    operator_account: Annotated[str | None, Field(alias="Operator_Account", description="User who invites.")] = None
    """User who invites."""

    destination_members: Annotated[
        list[EventMember] | None, Field(alias="DestinationMembers", description="Users to be added.")
    ] = None
    """Users to be added."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class AfterNewMemberJoinEvent(WebhookEvent):
    """
    Payload of the Group.CallbackAfterNewMemberJoin webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackAfterNewMemberJoin"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackAfterNewMemberJoin"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    type: Annotated[str | None, Field(alias="Type", description="Group type.")] = None
    """Group type."""

    join_type: Annotated[EventGroupJoinType | None, Field(alias="JoinType", description="How they joined.")] = None
    """How they joined."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who performed the add.")
    ] = None
    """User who performed the add."""

    new_member_list: Annotated[
        list[EventMember] | None, Field(alias="NewMemberList", description="Members who joined.")
    ] = None
    """Members who joined."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class AfterMemberExitEvent(WebhookEvent):
    """
    Payload of the Group.CallbackAfterMemberExit webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackAfterMemberExit"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackAfterMemberExit"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    type: Annotated[str | None, Field(alias="Type", description="Group type.")] = None
    """Group type."""

    exit_type: Annotated[EventGroupExitType | None, Field(alias="ExitType", description="How they left.")] = None
    """How they left."""

    operator_account: Annotated[
        str | None,
        Field(
            alias="Operator_Account", description="User who performed the removal (the leaving user when they quit)."
        ),
    ] = None
    """User who performed the removal (the leaving user when they quit)."""

    exit_member_list: Annotated[
        list[EventMember] | None, Field(alias="ExitMemberList", description="Members who left.")
    ] = None
    """Members who left."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class AfterGroupDestroyedEvent(WebhookEvent):
    """
    Payload of the Group.CallbackAfterGroupDestroyed webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackAfterGroupDestroyed"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackAfterGroupDestroyed"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The disbanded group.")]
    """The disbanded group."""

    type: Annotated[str | None, Field(alias="Type", description="Group type.")] = None
    """Group type."""

    owner_account: Annotated[str | None, Field(alias="Owner_Account", description="Owner.")] = None
    """Owner."""

    name: Annotated[str | None, Field(alias="Name", description="Group name (sample only).")] = None
    """Group name (sample only)."""

    member_list: Annotated[
        list[EventMember] | None,
        Field(alias="MemberList", description="Members at the time; not sent for communities."),
    ] = None
    """Members at the time; not sent for communities."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class OnMemberStateChangeEvent(WebhookEvent):
    """
    Payload of the Group.CallbackOnMemberStateChange webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackOnMemberStateChange"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackOnMemberStateChange"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    event_type: Annotated[EventGroupMemberState | None, Field(alias="EventType", description="New state.")] = None
    """New state."""

    event_cause: Annotated[
        EventGroupMemberStateCause | None, Field(alias="EventCause", description="Why it changed (table only).")
    ] = None
    """Why it changed (table only)."""

    member_list: Annotated[list[EventMember] | None, Field(alias="MemberList", description="Members concerned.")] = None
    """Members concerned."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened (sample only). Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened (sample only). Unit: unix milliseconds. The server may also send it as string."""


class AfterGroupAttrChangedEvent(WebhookEvent):
    """
    Payload of the Group.CallbackAfterGroupAttrChanged webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackAfterGroupAttrChanged"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackAfterGroupAttrChanged"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    type: Annotated[str | None, Field(alias="Type", description="Group type.")] = None
    """Group type."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the change.")
    ] = None
    """User who made the change."""

    option_type: Annotated[
        EventGroupAttrOption | None,
        Field(alias="OptionType", description="How the attributes were changed (sample only)."),
    ] = None
    """How the attributes were changed (sample only)."""

    group_attr: Annotated[
        list[EventGroupAttr] | None, Field(alias="GroupAttr", description="Attributes concerned.")
    ] = None
    """Attributes concerned."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class AfterReadReceiptEvent(WebhookEvent):
    """
    Payload of the Group.CallbackAfterReadReceipt webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackAfterReadReceipt"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackAfterReadReceipt"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    type: Annotated[str | None, Field(alias="Type", description="Group type (communities are not supported).")] = None
    """Group type (communities are not supported)."""

    group_msg_receipt_list: Annotated[
        list[EventReadReceipt] | None, Field(alias="GroupMsgReceiptList", description="Receipt state per message.")
    ] = None
    """Receipt state per message."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class GroupAfterRecallMsgEvent(WebhookEvent):
    """
    Payload of the Group.CallbackAfterRecallMsg webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackAfterRecallMsg"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Group.CallbackAfterRecallMsg"
    """Name of the event."""

    operator_account: Annotated[str | None, Field(alias="Operator_Account", description="User who recalled them.")] = (
        None
    )
    """User who recalled them."""

    type: Annotated[str | None, Field(alias="Type", description="Group type.")] = None
    """Group type."""

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    msg_seq_list: Annotated[
        list[EventMsgSeqItem] | None, Field(alias="MsgSeqList", description="The recalled messages.")
    ] = None
    """The recalled messages."""

    topic_id: Annotated[
        str | None, Field(alias="TopicId", description="Topic of the messages in a topic-enabled community.")
    ] = None
    """Topic of the messages in a topic-enabled community."""

    event_time: Annotated[
        int | None,
        Field(
            alias="EventTime",
            description="When the event happened. Unit: unix milliseconds. The server may also send it as string.",
        ),
    ] = None
    """When the event happened. Unit: unix milliseconds. The server may also send it as string."""


class GroupAfterMsgExtensionEvent(WebhookEvent):
    """
    Payload of the Group.CallbackAfterGroupMsgExtension webhook event.
    """

    callback_command: Annotated[
        Literal["Group.CallbackAfterGroupMsgExtension"],
        Field(alias="CallbackCommand", description="Name of the event."),
    ] = "Group.CallbackAfterGroupMsgExtension"
    """Name of the event."""

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    msg_seq: Annotated[int, Field(alias="MsgSeq", description="Sequence number of the message.")]
    """Sequence number of the message."""

    operate_type: Annotated[
        EventExtensionOperation | None, Field(alias="OperateType", description="Set, delete or clear.")
    ] = None
    """Set, delete or clear."""

    extension_list: Annotated[
        list[EventExtensionItem] | None,
        Field(alias="ExtensionList", description="Key-values concerned; empty when cleared."),
    ] = None
    """Key-values concerned; empty when cleared."""

    seq: Annotated[
        int | None, Field(alias="Seq", description="Latest version of the message's whole extension set.")
    ] = None
    """Latest version of the message's whole extension set."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class BeforeAddSubscriberEvent(WebhookEvent):
    """
    Payload of the OfficialAccount.CallbackBeforeAddSubscriber webhook event.
    """

    callback_command: Annotated[
        Literal["OfficialAccount.CallbackBeforeAddSubscriber"],
        Field(alias="CallbackCommand", description="Name of the event."),
    ] = "OfficialAccount.CallbackBeforeAddSubscriber"
    """Name of the event."""

    official_account: Annotated[str, Field(alias="Official_Account", description="The channel.")]
    """The channel."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the request.")
    ] = None
    """User who made the request."""

    subscribe_account_list: Annotated[
        list[EventSubscriber] | None, Field(alias="SubscribeAccountList", description="Users about to subscribe.")
    ] = None
    """Users about to subscribe."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterAddSubscriberEvent(WebhookEvent):
    """
    Payload of the OfficialAccount.CallbackAfterAddSubscriber webhook event.
    """

    callback_command: Annotated[
        Literal["OfficialAccount.CallbackAfterAddSubscriber"],
        Field(alias="CallbackCommand", description="Name of the event."),
    ] = "OfficialAccount.CallbackAfterAddSubscriber"
    """Name of the event."""

    official_account: Annotated[str, Field(alias="Official_Account", description="The channel.")]
    """The channel."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the request.")
    ] = None
    """User who made the request."""

    subscribe_account_list: Annotated[
        list[EventSubscriber] | None, Field(alias="SubscribeAccountList", description="New subscribers.")
    ] = None
    """New subscribers."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterDeleteSubscriberEvent(WebhookEvent):
    """
    Payload of the OfficialAccount.CallbackAfterDeleteSubscriber webhook event.
    """

    callback_command: Annotated[
        Literal["OfficialAccount.CallbackAfterDeleteSubscriber"],
        Field(alias="CallbackCommand", description="Name of the event."),
    ] = "OfficialAccount.CallbackAfterDeleteSubscriber"
    """Name of the event."""

    official_account: Annotated[str, Field(alias="Official_Account", description="The channel.")]
    """The channel."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the request.")
    ] = None
    """User who made the request."""

    subscribe_account_list: Annotated[
        list[EventSubscriber] | None, Field(alias="SubscribeAccountList", description="Users removed.")
    ] = None
    """Users removed."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class OfficialAccountAfterMsgWithDrawEvent(WebhookEvent):
    """
    Payload of the OfficialAccount.CallbackAfterMsgWithDraw webhook event.
    """

    callback_command: Annotated[
        Literal["OfficialAccount.CallbackAfterMsgWithDraw"],
        Field(alias="CallbackCommand", description="Name of the event."),
    ] = "OfficialAccount.CallbackAfterMsgWithDraw"
    """Name of the event."""

    official_account: Annotated[str, Field(alias="Official_Account", description="The channel.")]
    """The channel."""

    withdraw_msg_list: Annotated[
        list[EventMsgKeyItem] | None, Field(alias="WithdrawMsgList", description="The recalled messages.")
    ] = None
    """The recalled messages."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class ModerationResultNotifyEvent(WebhookEvent):
    """
    Payload of the ContentCallback.ResultNotify webhook event.
    """

    scene: Annotated[
        EventModerationScene | None, Field(alias="Scene", description="What kind of content was checked.")
    ] = None
    """What kind of content was checked."""

    sdk_app_id: Annotated[int | None, Field(alias="SdkAppId", description="SDKAppID of the app.")] = None
    """SDKAppID of the app."""

    from_account: Annotated[str | None, Field(alias="From_Account", description="User who produced the content.")] = (
        None
    )
    """User who produced the content."""

    contact_item: Annotated[
        EventModerationContact | None, Field(alias="ContactItem", description="Recipient of a moderated message.")
    ] = None
    """Recipient of a moderated message."""

    content_type: Annotated[
        EventModerationContentType | None, Field(alias="ContentType", description="Kind of content.")
    ] = None
    """Kind of content."""

    text_content: Annotated[
        list[str] | None,
        Field(alias="TextContent", description="The text checked (several entries for custom messages)."),
    ] = None
    """The text checked (several entries for custom messages)."""

    file_url: Annotated[str | None, Field(alias="FileURL", description="URL of a checked image, audio or video.")] = (
        None
    )
    """URL of a checked image, audio or video."""

    msg_id: Annotated[
        str | None,
        Field(alias="MsgID", description="Key of a one-to-one message or sequence number of a group message."),
    ] = None
    """Key of a one-to-one message or sequence number of a group message."""

    ctxcb_result: Annotated[EventModerationResult | None, Field(alias="CtxcbResult", description="Verdict.")] = None
    """Verdict."""

    ctxcb_request_id: Annotated[
        str | None, Field(alias="CtxcbRequestId", description="ID of the moderation request.")
    ] = None
    """ID of the moderation request."""

    ctxcb_keywords: Annotated[list[str] | None, Field(alias="CtxcbKeywords", description="Keywords that matched.")] = (
        None
    )
    """Keywords that matched."""

    ctxcb_suggestion: Annotated[
        str | None, Field(alias="CtxcbSuggestion", description="Suggested handling (the sample sends Review).")
    ] = None
    """Suggested handling (the sample sends Review)."""

    ctxcb_label: Annotated[str | None, Field(alias="CtxcbLabel", description="Main label of the verdict.")] = None
    """Main label of the verdict."""

    ctxcb_sub_label: Annotated[str | None, Field(alias="CtxcbSubLabel", description="Sub-label of the verdict.")] = None
    """Sub-label of the verdict."""

    ctxcb_sub_label_desc: Annotated[
        str | None, Field(alias="CtxcbSubLabelDesc", description="Description of the sub-label.")
    ] = None
    """Description of the sub-label."""

    ctxcb_lib_name: Annotated[str | None, Field(alias="CtxcbLibName", description="Keyword library that matched.")] = (
        None
    )
    """Keyword library that matched."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data of the message.")
    ] = None
    """Custom data of the message."""


class MessagePushResultEvent(WebhookEvent):
    """
    Payload of the Push.OfflinePush webhook event.
    """

    events: Annotated[list[EventMessagePushResult], Field(alias="Events", description="The push results.")]
    """The push results."""


class TaskPushResultEvent(WebhookEvent):
    """
    Payload of the Push.AllMemberPush webhook event.
    """

    events: Annotated[list[EventTaskPushResult], Field(alias="Events", description="The push results.")]
    """The push results."""
