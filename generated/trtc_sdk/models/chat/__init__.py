# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Models of Chat (Tencent Cloud Chat): one module per command plus the types several share.

Every name below imports from this package; only the module holding it is loaded, on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module

if TYPE_CHECKING:
    from trtc_sdk.models.chat._enums.account_import_status import (
        AccountImportStatus as AccountImportStatus,
    )
    from trtc_sdk.models.chat._enums.add_group_member_result_code import (
        AddGroupMemberResultCode as AddGroupMemberResultCode,
    )
    from trtc_sdk.models.chat._enums.app_info_field import (
        AppInfoField as AppInfoField,
    )
    from trtc_sdk.models.chat._enums.apply_join_option import (
        ApplyJoinOption as ApplyJoinOption,
    )
    from trtc_sdk.models.chat._enums.avchatroom_admin_command import (
        AvchatroomAdminCommand as AvchatroomAdminCommand,
    )
    from trtc_sdk.models.chat._enums.avchatroom_mark_command import (
        AvchatroomMarkCommand as AvchatroomMarkCommand,
    )
    from trtc_sdk.models.chat._enums.black_check_type import (
        BlackCheckType as BlackCheckType,
    )
    from trtc_sdk.models.chat._enums.black_relation import (
        BlackRelation as BlackRelation,
    )
    from trtc_sdk.models.chat._enums.c2c_forbid_callback import (
        C2CForbidCallback as C2CForbidCallback,
    )
    from trtc_sdk.models.chat._enums.c2c_import_mode import (
        C2CImportMode as C2CImportMode,
    )
    from trtc_sdk.models.chat._enums.c2c_msg_flag import (
        C2CMsgFlag as C2CMsgFlag,
    )
    from trtc_sdk.models.chat._enums.c2c_send_msg_control import (
        C2CSendMsgControl as C2CSendMsgControl,
    )
    from trtc_sdk.models.chat._enums.contact_group_member_operation import (
        ContactGroupMemberOperation as ContactGroupMemberOperation,
    )
    from trtc_sdk.models.chat._enums.contact_group_update_kind import (
        ContactGroupUpdateKind as ContactGroupUpdateKind,
    )
    from trtc_sdk.models.chat._enums.contact_mark_operation import (
        ContactMarkOperation as ContactMarkOperation,
    )
    from trtc_sdk.models.chat._enums.conversation_list_complete_flag import (
        ConversationListCompleteFlag as ConversationListCompleteFlag,
    )
    from trtc_sdk.models.chat._enums.conversation_pin_flag import (
        ConversationPinFlag as ConversationPinFlag,
    )
    from trtc_sdk.models.chat._enums.conversation_pin_operation import (
        ConversationPinOperation as ConversationPinOperation,
    )
    from trtc_sdk.models.chat._enums.conversation_type import (
        ConversationType as ConversationType,
    )
    from trtc_sdk.models.chat._enums.event_add_type import (
        EventAddType as EventAddType,
    )
    from trtc_sdk.models.chat._enums.event_contact_type import (
        EventContactType as EventContactType,
    )
    from trtc_sdk.models.chat._enums.event_device_platform import (
        EventDevicePlatform as EventDevicePlatform,
    )
    from trtc_sdk.models.chat._enums.event_extension_operation import (
        EventExtensionOperation as EventExtensionOperation,
    )
    from trtc_sdk.models.chat._enums.event_friend_client_cmd import (
        EventFriendClientCmd as EventFriendClientCmd,
    )
    from trtc_sdk.models.chat._enums.event_group_attr_option import (
        EventGroupAttrOption as EventGroupAttrOption,
    )
    from trtc_sdk.models.chat._enums.event_group_exit_type import (
        EventGroupExitType as EventGroupExitType,
    )
    from trtc_sdk.models.chat._enums.event_group_join_type import (
        EventGroupJoinType as EventGroupJoinType,
    )
    from trtc_sdk.models.chat._enums.event_group_member_role import (
        EventGroupMemberRole as EventGroupMemberRole,
    )
    from trtc_sdk.models.chat._enums.event_group_member_state import (
        EventGroupMemberState as EventGroupMemberState,
    )
    from trtc_sdk.models.chat._enums.event_group_member_state_cause import (
        EventGroupMemberStateCause as EventGroupMemberStateCause,
    )
    from trtc_sdk.models.chat._enums.event_message_push_kind import (
        EventMessagePushKind as EventMessagePushKind,
    )
    from trtc_sdk.models.chat._enums.event_moderation_content_type import (
        EventModerationContentType as EventModerationContentType,
    )
    from trtc_sdk.models.chat._enums.event_moderation_result import (
        EventModerationResult as EventModerationResult,
    )
    from trtc_sdk.models.chat._enums.event_moderation_scene import (
        EventModerationScene as EventModerationScene,
    )
    from trtc_sdk.models.chat._enums.event_push_channel import (
        EventPushChannel as EventPushChannel,
    )
    from trtc_sdk.models.chat._enums.event_push_platform import (
        EventPushPlatform as EventPushPlatform,
    )
    from trtc_sdk.models.chat._enums.event_push_stage import (
        EventPushStage as EventPushStage,
    )
    from trtc_sdk.models.chat._enums.event_response_action import (
        EventResponseAction as EventResponseAction,
    )
    from trtc_sdk.models.chat._enums.event_state_action import (
        EventStateAction as EventStateAction,
    )
    from trtc_sdk.models.chat._enums.event_state_reason import (
        EventStateReason as EventStateReason,
    )
    from trtc_sdk.models.chat._enums.extension_operation import (
        ExtensionOperation as ExtensionOperation,
    )
    from trtc_sdk.models.chat._enums.follow_list_type import (
        FollowListType as FollowListType,
    )
    from trtc_sdk.models.chat._enums.follow_relation import (
        FollowRelation as FollowRelation,
    )
    from trtc_sdk.models.chat._enums.friend_add_type import (
        FriendAddType as FriendAddType,
    )
    from trtc_sdk.models.chat._enums.friend_check_type import (
        FriendCheckType as FriendCheckType,
    )
    from trtc_sdk.models.chat._enums.friend_delete_type import (
        FriendDeleteType as FriendDeleteType,
    )
    from trtc_sdk.models.chat._enums.friend_force_add_flag import (
        FriendForceAddFlag as FriendForceAddFlag,
    )
    from trtc_sdk.models.chat._enums.friend_relation import (
        FriendRelation as FriendRelation,
    )
    from trtc_sdk.models.chat._enums.group_at_all_flag import (
        GroupAtAllFlag as GroupAtAllFlag,
    )
    from trtc_sdk.models.chat._enums.group_base_info_field import (
        GroupBaseInfoField as GroupBaseInfoField,
    )
    from trtc_sdk.models.chat._enums.group_counter_mode import (
        GroupCounterMode as GroupCounterMode,
    )
    from trtc_sdk.models.chat._enums.group_flag import (
        GroupFlag as GroupFlag,
    )
    from trtc_sdk.models.chat._enums.group_forbid_callback import (
        GroupForbidCallback as GroupForbidCallback,
    )
    from trtc_sdk.models.chat._enums.group_history_completeness import (
        GroupHistoryCompleteness as GroupHistoryCompleteness,
    )
    from trtc_sdk.models.chat._enums.group_history_placeholder import (
        GroupHistoryPlaceholder as GroupHistoryPlaceholder,
    )
    from trtc_sdk.models.chat._enums.group_list_type_filter import (
        GroupListTypeFilter as GroupListTypeFilter,
    )
    from trtc_sdk.models.chat._enums.group_member_info_field import (
        GroupMemberInfoField as GroupMemberInfoField,
    )
    from trtc_sdk.models.chat._enums.group_member_role import (
        GroupMemberRole as GroupMemberRole,
    )
    from trtc_sdk.models.chat._enums.group_member_role_setting import (
        GroupMemberRoleSetting as GroupMemberRoleSetting,
    )
    from trtc_sdk.models.chat._enums.group_msg_flag import (
        GroupMsgFlag as GroupMsgFlag,
    )
    from trtc_sdk.models.chat._enums.group_msg_priority import (
        GroupMsgPriority as GroupMsgPriority,
    )
    from trtc_sdk.models.chat._enums.group_msg_priority_level import (
        GroupMsgPriorityLevel as GroupMsgPriorityLevel,
    )
    from trtc_sdk.models.chat._enums.group_receipt_list_filter import (
        GroupReceiptListFilter as GroupReceiptListFilter,
    )
    from trtc_sdk.models.chat._enums.group_role_query_result import (
        GroupRoleQueryResult as GroupRoleQueryResult,
    )
    from trtc_sdk.models.chat._enums.group_send_msg_control import (
        GroupSendMsgControl as GroupSendMsgControl,
    )
    from trtc_sdk.models.chat._enums.group_switch import (
        GroupSwitch as GroupSwitch,
    )
    from trtc_sdk.models.chat._enums.group_type import (
        GroupType as GroupType,
    )
    from trtc_sdk.models.chat._enums.history_chat_type import (
        HistoryChatType as HistoryChatType,
    )
    from trtc_sdk.models.chat._enums.image_format import (
        ImageFormat as ImageFormat,
    )
    from trtc_sdk.models.chat._enums.image_size import (
        ImageSize as ImageSize,
    )
    from trtc_sdk.models.chat._enums.import_group_member_result_code import (
        ImportGroupMemberResultCode as ImportGroupMemberResultCode,
    )
    from trtc_sdk.models.chat._enums.invite_join_option import (
        InviteJoinOption as InviteJoinOption,
    )
    from trtc_sdk.models.chat._enums.login_platform import (
        LoginPlatform as LoginPlatform,
    )
    from trtc_sdk.models.chat._enums.million_group_mute_all_member import (
        MillionGroupMuteAllMember as MillionGroupMuteAllMember,
    )
    from trtc_sdk.models.chat._enums.million_group_topic_field import (
        MillionGroupTopicField as MillionGroupTopicField,
    )
    from trtc_sdk.models.chat._enums.moderation_config import (
        ModerationConfig as ModerationConfig,
    )
    from trtc_sdk.models.chat._enums.moderation_content_type import (
        ModerationContentType as ModerationContentType,
    )
    from trtc_sdk.models.chat._enums.moderation_label import (
        ModerationLabel as ModerationLabel,
    )
    from trtc_sdk.models.chat._enums.moderation_verdict import (
        ModerationVerdict as ModerationVerdict,
    )
    from trtc_sdk.models.chat._enums.need_friend_type import (
        NeedFriendType as NeedFriendType,
    )
    from trtc_sdk.models.chat._enums.official_account_info_field import (
        OfficialAccountInfoField as OfficialAccountInfoField,
    )
    from trtc_sdk.models.chat._enums.official_account_msg_control import (
        OfficialAccountMsgControl as OfficialAccountMsgControl,
    )
    from trtc_sdk.models.chat._enums.online_status import (
        OnlineStatus as OnlineStatus,
    )
    from trtc_sdk.models.chat._enums.profile_tag import (
        ProfileTag as ProfileTag,
    )
    from trtc_sdk.models.chat._enums.push_flag import (
        PushFlag as PushFlag,
    )
    from trtc_sdk.models.chat._enums.push_tag_replace import (
        PushTagReplace as PushTagReplace,
    )
    from trtc_sdk.models.chat._enums.sender_sync_mode import (
        SenderSyncMode as SenderSyncMode,
    )
    from trtc_sdk.models.chat._enums.sns_tag import (
        SnsTag as SnsTag,
    )
    from trtc_sdk.models.chat._enums.stream_event_type import (
        StreamEventType as StreamEventType,
    )
    from trtc_sdk.models.chat._enums.subscriber_add_outcome import (
        SubscriberAddOutcome as SubscriberAddOutcome,
    )
    from trtc_sdk.models.chat._enums.subscriber_delete_outcome import (
        SubscriberDeleteOutcome as SubscriberDeleteOutcome,
    )
    from trtc_sdk.models.chat._enums.subscriber_msg_flag import (
        SubscriberMsgFlag as SubscriberMsgFlag,
    )
    from trtc_sdk.models.chat._enums.subscriber_self_info_field import (
        SubscriberSelfInfoField as SubscriberSelfInfoField,
    )
    from trtc_sdk.models.chat._events import (
        AfterAddSubscriberAnswer as AfterAddSubscriberAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterAddSubscriberEvent as AfterAddSubscriberEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterChangeGroupOwnerAnswer as AfterChangeGroupOwnerAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterChangeGroupOwnerEvent as AfterChangeGroupOwnerEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterCreateGroupAnswer as AfterCreateGroupAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterCreateGroupEvent as AfterCreateGroupEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterCreateOfficialAccountAnswer as AfterCreateOfficialAccountAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterCreateOfficialAccountEvent as AfterCreateOfficialAccountEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterCreateTopicAnswer as AfterCreateTopicAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterCreateTopicEvent as AfterCreateTopicEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterDeleteSubscriberAnswer as AfterDeleteSubscriberAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterDeleteSubscriberEvent as AfterDeleteSubscriberEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterFollowAddAnswer as AfterFollowAddAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterFollowAddEvent as AfterFollowAddEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterFollowDeleteAnswer as AfterFollowDeleteAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterFollowDeleteEvent as AfterFollowDeleteEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterGroupAttrChangedAnswer as AfterGroupAttrChangedAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterGroupAttrChangedEvent as AfterGroupAttrChangedEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterGroupDestroyedAnswer as AfterGroupDestroyedAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterGroupDestroyedEvent as AfterGroupDestroyedEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterGroupFullAnswer as AfterGroupFullAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterGroupFullEvent as AfterGroupFullEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterGroupInfoChangedAnswer as AfterGroupInfoChangedAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterGroupInfoChangedEvent as AfterGroupInfoChangedEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterMemberExitAnswer as AfterMemberExitAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterMemberExitEvent as AfterMemberExitEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterMemberFieldChangedAnswer as AfterMemberFieldChangedAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterMemberFieldChangedEvent as AfterMemberFieldChangedEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterNewMemberJoinAnswer as AfterNewMemberJoinAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterNewMemberJoinEvent as AfterNewMemberJoinEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterOfficialAccountDestroyedAnswer as AfterOfficialAccountDestroyedAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterOfficialAccountDestroyedEvent as AfterOfficialAccountDestroyedEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterOfficialAccountFullAnswer as AfterOfficialAccountFullAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterOfficialAccountFullEvent as AfterOfficialAccountFullEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterOfficialAccountInfoChangedAnswer as AfterOfficialAccountInfoChangedAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterOfficialAccountInfoChangedEvent as AfterOfficialAccountInfoChangedEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterReadReceiptAnswer as AfterReadReceiptAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterReadReceiptEvent as AfterReadReceiptEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterTopicDestroyedAnswer as AfterTopicDestroyedAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterTopicDestroyedEvent as AfterTopicDestroyedEvent,
    )
    from trtc_sdk.models.chat._events import (
        AfterTopicInfoChangedAnswer as AfterTopicInfoChangedAnswer,
    )
    from trtc_sdk.models.chat._events import (
        AfterTopicInfoChangedEvent as AfterTopicInfoChangedEvent,
    )
    from trtc_sdk.models.chat._events import (
        BeforeAddSubscriberAnswer as BeforeAddSubscriberAnswer,
    )
    from trtc_sdk.models.chat._events import (
        BeforeAddSubscriberEvent as BeforeAddSubscriberEvent,
    )
    from trtc_sdk.models.chat._events import (
        BeforeApplyJoinGroupAnswer as BeforeApplyJoinGroupAnswer,
    )
    from trtc_sdk.models.chat._events import (
        BeforeApplyJoinGroupEvent as BeforeApplyJoinGroupEvent,
    )
    from trtc_sdk.models.chat._events import (
        BeforeCreateGroupAnswer as BeforeCreateGroupAnswer,
    )
    from trtc_sdk.models.chat._events import (
        BeforeCreateGroupEvent as BeforeCreateGroupEvent,
    )
    from trtc_sdk.models.chat._events import (
        BeforeCreateOfficialAccountAnswer as BeforeCreateOfficialAccountAnswer,
    )
    from trtc_sdk.models.chat._events import (
        BeforeCreateOfficialAccountEvent as BeforeCreateOfficialAccountEvent,
    )
    from trtc_sdk.models.chat._events import (
        BeforeCreateTopicAnswer as BeforeCreateTopicAnswer,
    )
    from trtc_sdk.models.chat._events import (
        BeforeCreateTopicEvent as BeforeCreateTopicEvent,
    )
    from trtc_sdk.models.chat._events import (
        BeforeInviteJoinGroupAnswer as BeforeInviteJoinGroupAnswer,
    )
    from trtc_sdk.models.chat._events import (
        BeforeInviteJoinGroupEvent as BeforeInviteJoinGroupEvent,
    )
    from trtc_sdk.models.chat._events import (
        BlackListAddAnswer as BlackListAddAnswer,
    )
    from trtc_sdk.models.chat._events import (
        BlackListAddEvent as BlackListAddEvent,
    )
    from trtc_sdk.models.chat._events import (
        BlackListDeleteAnswer as BlackListDeleteAnswer,
    )
    from trtc_sdk.models.chat._events import (
        BlackListDeleteEvent as BlackListDeleteEvent,
    )
    from trtc_sdk.models.chat._events import (
        BotOnC2CMessageAnswer as BotOnC2CMessageAnswer,
    )
    from trtc_sdk.models.chat._events import (
        BotOnC2CMessageEvent as BotOnC2CMessageEvent,
    )
    from trtc_sdk.models.chat._events import (
        BotOnGroupMessageAnswer as BotOnGroupMessageAnswer,
    )
    from trtc_sdk.models.chat._events import (
        BotOnGroupMessageEvent as BotOnGroupMessageEvent,
    )
    from trtc_sdk.models.chat._events import (
        C2CAfterMsgExtensionAnswer as C2CAfterMsgExtensionAnswer,
    )
    from trtc_sdk.models.chat._events import (
        C2CAfterMsgExtensionEvent as C2CAfterMsgExtensionEvent,
    )
    from trtc_sdk.models.chat._events import (
        C2CAfterMsgReportAnswer as C2CAfterMsgReportAnswer,
    )
    from trtc_sdk.models.chat._events import (
        C2CAfterMsgReportEvent as C2CAfterMsgReportEvent,
    )
    from trtc_sdk.models.chat._events import (
        C2CAfterMsgWithDrawAnswer as C2CAfterMsgWithDrawAnswer,
    )
    from trtc_sdk.models.chat._events import (
        C2CAfterMsgWithDrawEvent as C2CAfterMsgWithDrawEvent,
    )
    from trtc_sdk.models.chat._events import (
        C2CAfterSendMsgAnswer as C2CAfterSendMsgAnswer,
    )
    from trtc_sdk.models.chat._events import (
        C2CAfterSendMsgEvent as C2CAfterSendMsgEvent,
    )
    from trtc_sdk.models.chat._events import (
        C2CBeforeSendMsgAnswer as C2CBeforeSendMsgAnswer,
    )
    from trtc_sdk.models.chat._events import (
        C2CBeforeSendMsgEvent as C2CBeforeSendMsgEvent,
    )
    from trtc_sdk.models.chat._events import (
        EventAccountPair as EventAccountPair,
    )
    from trtc_sdk.models.chat._events import (
        EventExtensionItem as EventExtensionItem,
    )
    from trtc_sdk.models.chat._events import (
        EventFollowTarget as EventFollowTarget,
    )
    from trtc_sdk.models.chat._events import (
        EventFriendDecisionParam as EventFriendDecisionParam,
    )
    from trtc_sdk.models.chat._events import (
        EventFriendPair as EventFriendPair,
    )
    from trtc_sdk.models.chat._events import (
        EventFriendRequest as EventFriendRequest,
    )
    from trtc_sdk.models.chat._events import (
        EventFriendResponse as EventFriendResponse,
    )
    from trtc_sdk.models.chat._events import (
        EventGroupAttr as EventGroupAttr,
    )
    from trtc_sdk.models.chat._events import (
        EventKickedDevice as EventKickedDevice,
    )
    from trtc_sdk.models.chat._events import (
        EventMember as EventMember,
    )
    from trtc_sdk.models.chat._events import (
        EventMessagePushResult as EventMessagePushResult,
    )
    from trtc_sdk.models.chat._events import (
        EventModerationContact as EventModerationContact,
    )
    from trtc_sdk.models.chat._events import (
        EventMsgKeyItem as EventMsgKeyItem,
    )
    from trtc_sdk.models.chat._events import (
        EventMsgSeqItem as EventMsgSeqItem,
    )
    from trtc_sdk.models.chat._events import (
        EventProfileItem as EventProfileItem,
    )
    from trtc_sdk.models.chat._events import (
        EventReadReceipt as EventReadReceipt,
    )
    from trtc_sdk.models.chat._events import (
        EventStateInfo as EventStateInfo,
    )
    from trtc_sdk.models.chat._events import (
        EventSubscriber as EventSubscriber,
    )
    from trtc_sdk.models.chat._events import (
        EventTaskPushResult as EventTaskPushResult,
    )
    from trtc_sdk.models.chat._events import (
        FriendAddAnswer as FriendAddAnswer,
    )
    from trtc_sdk.models.chat._events import (
        FriendAddEvent as FriendAddEvent,
    )
    from trtc_sdk.models.chat._events import (
        FriendDeleteAnswer as FriendDeleteAnswer,
    )
    from trtc_sdk.models.chat._events import (
        FriendDeleteEvent as FriendDeleteEvent,
    )
    from trtc_sdk.models.chat._events import (
        GroupAfterMsgExtensionAnswer as GroupAfterMsgExtensionAnswer,
    )
    from trtc_sdk.models.chat._events import (
        GroupAfterMsgExtensionEvent as GroupAfterMsgExtensionEvent,
    )
    from trtc_sdk.models.chat._events import (
        GroupAfterRecallMsgAnswer as GroupAfterRecallMsgAnswer,
    )
    from trtc_sdk.models.chat._events import (
        GroupAfterRecallMsgEvent as GroupAfterRecallMsgEvent,
    )
    from trtc_sdk.models.chat._events import (
        GroupAfterSendMsgAnswer as GroupAfterSendMsgAnswer,
    )
    from trtc_sdk.models.chat._events import (
        GroupAfterSendMsgEvent as GroupAfterSendMsgEvent,
    )
    from trtc_sdk.models.chat._events import (
        GroupBeforeSendMsgAnswer as GroupBeforeSendMsgAnswer,
    )
    from trtc_sdk.models.chat._events import (
        GroupBeforeSendMsgEvent as GroupBeforeSendMsgEvent,
    )
    from trtc_sdk.models.chat._events import (
        GroupSendMsgExceptionAnswer as GroupSendMsgExceptionAnswer,
    )
    from trtc_sdk.models.chat._events import (
        GroupSendMsgExceptionEvent as GroupSendMsgExceptionEvent,
    )
    from trtc_sdk.models.chat._events import (
        MessagePushResultAnswer as MessagePushResultAnswer,
    )
    from trtc_sdk.models.chat._events import (
        MessagePushResultEvent as MessagePushResultEvent,
    )
    from trtc_sdk.models.chat._events import (
        ModerationResultNotifyAnswer as ModerationResultNotifyAnswer,
    )
    from trtc_sdk.models.chat._events import (
        ModerationResultNotifyEvent as ModerationResultNotifyEvent,
    )
    from trtc_sdk.models.chat._events import (
        OfficialAccountAfterMsgWithDrawAnswer as OfficialAccountAfterMsgWithDrawAnswer,
    )
    from trtc_sdk.models.chat._events import (
        OfficialAccountAfterMsgWithDrawEvent as OfficialAccountAfterMsgWithDrawEvent,
    )
    from trtc_sdk.models.chat._events import (
        OfficialAccountAfterSendMsgAnswer as OfficialAccountAfterSendMsgAnswer,
    )
    from trtc_sdk.models.chat._events import (
        OfficialAccountAfterSendMsgEvent as OfficialAccountAfterSendMsgEvent,
    )
    from trtc_sdk.models.chat._events import (
        OfficialAccountBeforeSendMsgAnswer as OfficialAccountBeforeSendMsgAnswer,
    )
    from trtc_sdk.models.chat._events import (
        OfficialAccountBeforeSendMsgEvent as OfficialAccountBeforeSendMsgEvent,
    )
    from trtc_sdk.models.chat._events import (
        OnDailyGroupQuotaAlarmAnswer as OnDailyGroupQuotaAlarmAnswer,
    )
    from trtc_sdk.models.chat._events import (
        OnDailyGroupQuotaAlarmEvent as OnDailyGroupQuotaAlarmEvent,
    )
    from trtc_sdk.models.chat._events import (
        OnMemberStateChangeAnswer as OnMemberStateChangeAnswer,
    )
    from trtc_sdk.models.chat._events import (
        OnMemberStateChangeEvent as OnMemberStateChangeEvent,
    )
    from trtc_sdk.models.chat._events import (
        PortraitSetAnswer as PortraitSetAnswer,
    )
    from trtc_sdk.models.chat._events import (
        PortraitSetEvent as PortraitSetEvent,
    )
    from trtc_sdk.models.chat._events import (
        PrevFriendAddAnswer as PrevFriendAddAnswer,
    )
    from trtc_sdk.models.chat._events import (
        PrevFriendAddEvent as PrevFriendAddEvent,
    )
    from trtc_sdk.models.chat._events import (
        PrevFriendResponseAnswer as PrevFriendResponseAnswer,
    )
    from trtc_sdk.models.chat._events import (
        PrevFriendResponseEvent as PrevFriendResponseEvent,
    )
    from trtc_sdk.models.chat._events import (
        RequestOverLimitAnswer as RequestOverLimitAnswer,
    )
    from trtc_sdk.models.chat._events import (
        RequestOverLimitEvent as RequestOverLimitEvent,
    )
    from trtc_sdk.models.chat._events import (
        StateChangeAnswer as StateChangeAnswer,
    )
    from trtc_sdk.models.chat._events import (
        StateChangeEvent as StateChangeEvent,
    )
    from trtc_sdk.models.chat._events import (
        TaskPushResultAnswer as TaskPushResultAnswer,
    )
    from trtc_sdk.models.chat._events import (
        TaskPushResultEvent as TaskPushResultEvent,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        CustomContent as CustomContent,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        CustomElement as CustomElement,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        FaceContent as FaceContent,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        FaceElement as FaceElement,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        FileContent as FileContent,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        FileElement as FileElement,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        ImageContent as ImageContent,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        ImageElement as ImageElement,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        ImageInfo as ImageInfo,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        LocationContent as LocationContent,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        LocationElement as LocationElement,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        MsgElement as MsgElement,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        RelayContent as RelayContent,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        RelayedMessage as RelayedMessage,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        RelayElement as RelayElement,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        SoundContent as SoundContent,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        SoundElement as SoundElement,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        StreamChunk as StreamChunk,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        StreamContent as StreamContent,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        StreamElement as StreamElement,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        TextContent as TextContent,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        TextElement as TextElement,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        UnknownMsgElement as UnknownMsgElement,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        VideoFileContent as VideoFileContent,
    )
    from trtc_sdk.models.chat._shared.msg_element import (
        VideoFileElement as VideoFileElement,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        CustomContentParam as CustomContentParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        CustomElementParam as CustomElementParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        FaceContentParam as FaceContentParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        FaceElementParam as FaceElementParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        FileContentParam as FileContentParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        FileElementParam as FileElementParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        ImageContentParam as ImageContentParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        ImageElementParam as ImageElementParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        ImageInfoParam as ImageInfoParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        LocationContentParam as LocationContentParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        LocationElementParam as LocationElementParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        MsgElementParam as MsgElementParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        RelayContentParam as RelayContentParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        RelayedMessageParam as RelayedMessageParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        RelayElementParam as RelayElementParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        SoundContentParam as SoundContentParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        SoundElementParam as SoundElementParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        StreamChunkParam as StreamChunkParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        StreamContentParam as StreamContentParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        StreamElementParam as StreamElementParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        TextContentParam as TextContentParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        TextElementParam as TextElementParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        UnknownMsgElementParam as UnknownMsgElementParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        VideoFileContentParam as VideoFileContentParam,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        VideoFileElementParam as VideoFileElementParam,
    )
    from trtc_sdk.models.chat._shared.offline_push_info_param import (
        AndroidPushInfoParam as AndroidPushInfoParam,
    )
    from trtc_sdk.models.chat._shared.offline_push_info_param import (
        ApnsPushInfoParam as ApnsPushInfoParam,
    )
    from trtc_sdk.models.chat._shared.offline_push_info_param import (
        OfflinePushInfoParam as OfflinePushInfoParam,
    )
    from trtc_sdk.models.chat._shared.profile_item import (
        ProfileItem as ProfileItem,
    )
    from trtc_sdk.models.chat._shared.profile_item_param import (
        ProfileItemParam as ProfileItemParam,
    )
    from trtc_sdk.models.chat._shared.push_condition_param import (
        PushConditionParam as PushConditionParam,
    )
    from trtc_sdk.models.chat._shared.push_user_attr_names_param import (
        PushUserAttrNamesParam as PushUserAttrNamesParam,
    )
    from trtc_sdk.models.chat._shared.push_user_attrs import (
        PushUserAttrs as PushUserAttrs,
    )
    from trtc_sdk.models.chat._shared.push_user_attrs_param import (
        PushUserAttrsParam as PushUserAttrsParam,
    )
    from trtc_sdk.models.chat._shared.push_user_tags import (
        PushUserTags as PushUserTags,
    )
    from trtc_sdk.models.chat._shared.push_user_tags_param import (
        PushUserTagsParam as PushUserTagsParam,
    )
    from trtc_sdk.models.chat._shared.sns_result_item import (
        SnsResultItem as SnsResultItem,
    )
    from trtc_sdk.models.chat.all_member_push.im_add_tag import (
        ImAddTagRequest as ImAddTagRequest,
    )
    from trtc_sdk.models.chat.all_member_push.im_add_tag import (
        ImAddTagResponse as ImAddTagResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_get_attr import (
        ImGetAttrRequest as ImGetAttrRequest,
    )
    from trtc_sdk.models.chat.all_member_push.im_get_attr import (
        ImGetAttrResponse as ImGetAttrResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_get_attr_name import (
        ImGetAttrNameRequest as ImGetAttrNameRequest,
    )
    from trtc_sdk.models.chat.all_member_push.im_get_attr_name import (
        ImGetAttrNameResponse as ImGetAttrNameResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_get_tag import (
        ImGetTagRequest as ImGetTagRequest,
    )
    from trtc_sdk.models.chat.all_member_push.im_get_tag import (
        ImGetTagResponse as ImGetTagResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_push import (
        ImPushRequest as ImPushRequest,
    )
    from trtc_sdk.models.chat.all_member_push.im_push import (
        ImPushResponse as ImPushResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_remove_all_tags import (
        ImRemoveAllTagsRequest as ImRemoveAllTagsRequest,
    )
    from trtc_sdk.models.chat.all_member_push.im_remove_all_tags import (
        ImRemoveAllTagsResponse as ImRemoveAllTagsResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_remove_attr import (
        ImRemoveAttrRequest as ImRemoveAttrRequest,
    )
    from trtc_sdk.models.chat.all_member_push.im_remove_attr import (
        ImRemoveAttrResponse as ImRemoveAttrResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_remove_tag import (
        ImRemoveTagRequest as ImRemoveTagRequest,
    )
    from trtc_sdk.models.chat.all_member_push.im_remove_tag import (
        ImRemoveTagResponse as ImRemoveTagResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_set_attr import (
        ImSetAttrRequest as ImSetAttrRequest,
    )
    from trtc_sdk.models.chat.all_member_push.im_set_attr import (
        ImSetAttrResponse as ImSetAttrResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_set_attr_name import (
        ImSetAttrNameRequest as ImSetAttrNameRequest,
    )
    from trtc_sdk.models.chat.all_member_push.im_set_attr_name import (
        ImSetAttrNameResponse as ImSetAttrNameResponse,
    )
    from trtc_sdk.models.chat.config_svc.get_ip_list import (
        GetIpListRequest as GetIpListRequest,
    )
    from trtc_sdk.models.chat.config_svc.get_ip_list import (
        GetIpListResponse as GetIpListResponse,
    )
    from trtc_sdk.models.chat.follow.follow_add import (
        FollowAddRequest as FollowAddRequest,
    )
    from trtc_sdk.models.chat.follow.follow_add import (
        FollowAddResponse as FollowAddResponse,
    )
    from trtc_sdk.models.chat.follow.follow_add import (
        FollowTargetParam as FollowTargetParam,
    )
    from trtc_sdk.models.chat.follow.follow_check import (
        FollowCheckItem as FollowCheckItem,
    )
    from trtc_sdk.models.chat.follow.follow_check import (
        FollowCheckRequest as FollowCheckRequest,
    )
    from trtc_sdk.models.chat.follow.follow_check import (
        FollowCheckResponse as FollowCheckResponse,
    )
    from trtc_sdk.models.chat.follow.follow_delete import (
        FollowDeleteRequest as FollowDeleteRequest,
    )
    from trtc_sdk.models.chat.follow.follow_delete import (
        FollowDeleteResponse as FollowDeleteResponse,
    )
    from trtc_sdk.models.chat.follow.follow_get import (
        FollowGetRequest as FollowGetRequest,
    )
    from trtc_sdk.models.chat.follow.follow_get import (
        FollowGetResponse as FollowGetResponse,
    )
    from trtc_sdk.models.chat.follow.follow_get import (
        FollowListItem as FollowListItem,
    )
    from trtc_sdk.models.chat.follow.follow_get_info import (
        FollowGetInfoRequest as FollowGetInfoRequest,
    )
    from trtc_sdk.models.chat.follow.follow_get_info import (
        FollowGetInfoResponse as FollowGetInfoResponse,
    )
    from trtc_sdk.models.chat.follow.follow_get_info import (
        FollowInfo as FollowInfo,
    )
    from trtc_sdk.models.chat.group_open_attr_http_svc.get_group_attr import (
        GetGroupAttrRequest as GetGroupAttrRequest,
    )
    from trtc_sdk.models.chat.group_open_attr_http_svc.get_group_attr import (
        GetGroupAttrResponse as GetGroupAttrResponse,
    )
    from trtc_sdk.models.chat.group_open_attr_http_svc.get_group_attr import (
        GroupAttributeItem as GroupAttributeItem,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.add_robots import (
        AddRobotsRequest as AddRobotsRequest,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.add_robots import (
        AddRobotsResponse as AddRobotsResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.check_members import (
        CheckMembersRequest as CheckMembersRequest,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.check_members import (
        CheckMembersResponse as CheckMembersResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.del_robots import (
        DelRobotsRequest as DelRobotsRequest,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.del_robots import (
        DelRobotsResponse as DelRobotsResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.get_admin_list import (
        AvchatroomAdmin as AvchatroomAdmin,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.get_admin_list import (
        GetAdminListRequest as GetAdminListRequest,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.get_admin_list import (
        GetAdminListResponse as GetAdminListResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.get_members import (
        AvchatroomOnlineMember as AvchatroomOnlineMember,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.get_members import (
        GetMembersRequest as GetMembersRequest,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.get_members import (
        GetMembersResponse as GetMembersResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.modify_admin import (
        ModifyAdminRequest as ModifyAdminRequest,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.modify_admin import (
        ModifyAdminResponse as ModifyAdminResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.modify_user_info import (
        AvchatroomMemberMarks as AvchatroomMemberMarks,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.modify_user_info import (
        AvchatroomMemberMarksParam as AvchatroomMemberMarksParam,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.modify_user_info import (
        ModifyUserInfoRequest as ModifyUserInfoRequest,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.modify_user_info import (
        ModifyUserInfoResponse as ModifyUserInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc._shared import (
        AppDefinedDataItem as AppDefinedDataItem,
    )
    from trtc_sdk.models.chat.group_open_http_svc._shared import (
        AppDefinedDataItemParam as AppDefinedDataItemParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc._shared import (
        GroupAttrEntryParam as GroupAttrEntryParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc._shared import (
        GroupCounterEntry as GroupCounterEntry,
    )
    from trtc_sdk.models.chat.group_open_http_svc._shared import (
        GroupCounterEntryParam as GroupCounterEntryParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc._shared import (
        GroupMemberInfo as GroupMemberInfo,
    )
    from trtc_sdk.models.chat.group_open_http_svc._shared import (
        GroupMsgSeqItemParam as GroupMsgSeqItemParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc._shared import (
        PermissionGroupMemberParam as PermissionGroupMemberParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc._shared import (
        TopicPermissionParam as TopicPermissionParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc._shared import (
        TopicPermissionResult as TopicPermissionResult,
    )
    from trtc_sdk.models.chat.group_open_http_svc.add_group_member import (
        AddGroupMemberRequest as AddGroupMemberRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.add_group_member import (
        AddGroupMemberResponse as AddGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.add_group_member import (
        AddGroupMemberResult as AddGroupMemberResult,
    )
    from trtc_sdk.models.chat.group_open_http_svc.add_group_member import (
        GroupMemberToAddParam as GroupMemberToAddParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc.add_permission_group_member import (
        AddPermissionGroupMemberRequest as AddPermissionGroupMemberRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.add_permission_group_member import (
        AddPermissionGroupMemberResponse as AddPermissionGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.add_permission_group_member import (
        PermissionGroupMemberResult as PermissionGroupMemberResult,
    )
    from trtc_sdk.models.chat.group_open_http_svc.add_topic_permission_group import (
        AddTopicPermissionGroupRequest as AddTopicPermissionGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.add_topic_permission_group import (
        AddTopicPermissionGroupResponse as AddTopicPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.ban_group_member import (
        BanGroupMemberRequest as BanGroupMemberRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.ban_group_member import (
        BanGroupMemberResponse as BanGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.change_group_owner import (
        ChangeGroupOwnerRequest as ChangeGroupOwnerRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.change_group_owner import (
        ChangeGroupOwnerResponse as ChangeGroupOwnerResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.clear_group_attr import (
        ClearGroupAttrRequest as ClearGroupAttrRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.clear_group_attr import (
        ClearGroupAttrResponse as ClearGroupAttrResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.clear_group_msg import (
        ClearGroupMsgRequest as ClearGroupMsgRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.clear_group_msg import (
        ClearGroupMsgResponse as ClearGroupMsgResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.create_group import (
        CreateGroupRequest as CreateGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.create_group import (
        CreateGroupResponse as CreateGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.create_group import (
        NewGroupMemberParam as NewGroupMemberParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc.create_permission_group import (
        CreatePermissionGroupRequest as CreatePermissionGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.create_permission_group import (
        CreatePermissionGroupResponse as CreatePermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_group_attr import (
        DeleteGroupAttrRequest as DeleteGroupAttrRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_group_attr import (
        DeleteGroupAttrResponse as DeleteGroupAttrResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_group_attr import (
        GroupAttrKeyParam as GroupAttrKeyParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_group_counter import (
        DeleteGroupCounterRequest as DeleteGroupCounterRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_group_counter import (
        DeleteGroupCounterResponse as DeleteGroupCounterResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_group_member import (
        DeleteGroupMemberRequest as DeleteGroupMemberRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_group_member import (
        DeleteGroupMemberResponse as DeleteGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_group_msg_by_sender import (
        DeleteGroupMsgBySenderRequest as DeleteGroupMsgBySenderRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_group_msg_by_sender import (
        DeleteGroupMsgBySenderResponse as DeleteGroupMsgBySenderResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_permission_group_member import (
        DeletePermissionGroupMemberRequest as DeletePermissionGroupMemberRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_permission_group_member import (
        DeletePermissionGroupMemberResponse as DeletePermissionGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_topic_permission_group import (
        DeleteTopicPermissionGroupRequest as DeleteTopicPermissionGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_topic_permission_group import (
        DeleteTopicPermissionGroupResponse as DeleteTopicPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.destroy_group import (
        DestroyGroupRequest as DestroyGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.destroy_group import (
        DestroyGroupResponse as DestroyGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.destroy_permission_group import (
        DestroyPermissionGroupRequest as DestroyPermissionGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.destroy_permission_group import (
        DestroyPermissionGroupResponse as DestroyPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.destroy_permission_group import (
        PermissionGroupResult as PermissionGroupResult,
    )
    from trtc_sdk.models.chat.group_open_http_svc.forbid_send_msg import (
        ForbidSendMsgRequest as ForbidSendMsgRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.forbid_send_msg import (
        ForbidSendMsgResponse as ForbidSendMsgResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_appid_group_list import (
        GetAppidGroupListRequest as GetAppidGroupListRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_appid_group_list import (
        GetAppidGroupListResponse as GetAppidGroupListResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_appid_group_list import (
        GroupIdEntry as GroupIdEntry,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_ban_member import (
        BannedGroupMember as BannedGroupMember,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_ban_member import (
        GetGroupBanMemberRequest as GetGroupBanMemberRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_ban_member import (
        GetGroupBanMemberResponse as GetGroupBanMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_counter import (
        GetGroupCounterRequest as GetGroupCounterRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_counter import (
        GetGroupCounterResponse as GetGroupCounterResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_info import (
        GetGroupInfoRequest as GetGroupInfoRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_info import (
        GetGroupInfoResponse as GetGroupInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_info import (
        GroupInfo as GroupInfo,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_info import (
        GroupInfoResponseFilterParam as GroupInfoResponseFilterParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_member_info import (
        GetGroupMemberInfoRequest as GetGroupMemberInfoRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_member_info import (
        GetGroupMemberInfoResponse as GetGroupMemberInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_msg_receipt import (
        GetGroupMsgReceiptRequest as GetGroupMsgReceiptRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_msg_receipt import (
        GetGroupMsgReceiptResponse as GetGroupMsgReceiptResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_msg_receipt import (
        GroupMsgReceiptCount as GroupMsgReceiptCount,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_msg_receipt_detail import (
        GetGroupMsgReceiptDetailRequest as GetGroupMsgReceiptDetailRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_msg_receipt_detail import (
        GetGroupMsgReceiptDetailResponse as GetGroupMsgReceiptDetailResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_msg_receipt_detail import (
        GroupMsgNonReader as GroupMsgNonReader,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_msg_receipt_detail import (
        GroupMsgReader as GroupMsgReader,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_muted_account import (
        GetGroupMutedAccountRequest as GetGroupMutedAccountRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_muted_account import (
        GetGroupMutedAccountResponse as GetGroupMutedAccountResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_muted_account import (
        MutedGroupMember as MutedGroupMember,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_shutted_uin import (
        GetGroupShuttedUinRequest as GetGroupShuttedUinRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_shutted_uin import (
        GetGroupShuttedUinResponse as GetGroupShuttedUinResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_shutted_uin import (
        ShuttedGroupMember as ShuttedGroupMember,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_joined_group_list import (
        GetJoinedGroupListRequest as GetJoinedGroupListRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_joined_group_list import (
        GetJoinedGroupListResponse as GetJoinedGroupListResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_joined_group_list import (
        JoinedGroup as JoinedGroup,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_joined_group_list import (
        JoinedGroupResponseFilterParam as JoinedGroupResponseFilterParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_joined_group_list import (
        JoinedGroupSelfInfo as JoinedGroupSelfInfo,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_online_member_num import (
        GroupGetOnlineMemberNumRequest as GroupGetOnlineMemberNumRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_online_member_num import (
        GroupGetOnlineMemberNumResponse as GroupGetOnlineMemberNumResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_permission_group import (
        GetPermissionGroupRequest as GetPermissionGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_permission_group import (
        GetPermissionGroupResponse as GetPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_permission_group_member_list import (
        GetPermissionGroupMemberListRequest as GetPermissionGroupMemberListRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_permission_group_member_list import (
        GetPermissionGroupMemberListResponse as GetPermissionGroupMemberListResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_pinned_messages import (
        GetPinnedMessagesRequest as GetPinnedMessagesRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_pinned_messages import (
        GetPinnedMessagesResponse as GetPinnedMessagesResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_pinned_messages import (
        PinnedGroupMsg as PinnedGroupMsg,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_role_in_group import (
        GetRoleInGroupRequest as GetRoleInGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_role_in_group import (
        GetRoleInGroupResponse as GetRoleInGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_role_in_group import (
        GroupRoleEntry as GroupRoleEntry,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_specified_group_member_info import (
        GetSpecifiedGroupMemberInfoRequest as GetSpecifiedGroupMemberInfoRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_specified_group_member_info import (
        GetSpecifiedGroupMemberInfoResponse as GetSpecifiedGroupMemberInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_topic_permission_group import (
        GetTopicPermissionGroupRequest as GetTopicPermissionGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_topic_permission_group import (
        GetTopicPermissionGroupResponse as GetTopicPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.group_msg_get_simple import (
        GroupHistoryMsg as GroupHistoryMsg,
    )
    from trtc_sdk.models.chat.group_open_http_svc.group_msg_get_simple import (
        GroupMsgGetSimpleRequest as GroupMsgGetSimpleRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.group_msg_get_simple import (
        GroupMsgGetSimpleResponse as GroupMsgGetSimpleResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.group_msg_recall import (
        GroupMsgRecallRequest as GroupMsgRecallRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.group_msg_recall import (
        GroupMsgRecallResponse as GroupMsgRecallResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.group_msg_recall import (
        GroupRecallResult as GroupRecallResult,
    )
    from trtc_sdk.models.chat.group_open_http_svc.group_msg_receipt import (
        GroupMsgReceiptRequest as GroupMsgReceiptRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.group_msg_receipt import (
        GroupMsgReceiptResponse as GroupMsgReceiptResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.import_group import (
        ImportGroupRequest as ImportGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.import_group import (
        ImportGroupResponse as ImportGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.import_group_member import (
        ImportGroupMemberItemParam as ImportGroupMemberItemParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc.import_group_member import (
        ImportGroupMemberRequest as ImportGroupMemberRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.import_group_member import (
        ImportGroupMemberResponse as ImportGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.import_group_member import (
        ImportGroupMemberResult as ImportGroupMemberResult,
    )
    from trtc_sdk.models.chat.group_open_http_svc.import_group_msg import (
        ImportGroupMsgItemParam as ImportGroupMsgItemParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc.import_group_msg import (
        ImportGroupMsgRequest as ImportGroupMsgRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.import_group_msg import (
        ImportGroupMsgResponse as ImportGroupMsgResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.import_group_msg import (
        ImportGroupMsgResult as ImportGroupMsgResult,
    )
    from trtc_sdk.models.chat.group_open_http_svc.import_topic import (
        ImportTopicRequest as ImportTopicRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.import_topic import (
        ImportTopicResponse as ImportTopicResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.modify_group_attr import (
        ModifyGroupAttrRequest as ModifyGroupAttrRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.modify_group_attr import (
        ModifyGroupAttrResponse as ModifyGroupAttrResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.modify_group_base_info import (
        ModifyGroupBaseInfoRequest as ModifyGroupBaseInfoRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.modify_group_base_info import (
        ModifyGroupBaseInfoResponse as ModifyGroupBaseInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.modify_group_member_info import (
        ModifyGroupMemberInfoRequest as ModifyGroupMemberInfoRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.modify_group_member_info import (
        ModifyGroupMemberInfoResponse as ModifyGroupMemberInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.modify_permission_group import (
        ModifyPermissionGroupRequest as ModifyPermissionGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.modify_permission_group import (
        ModifyPermissionGroupResponse as ModifyPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.pin_message import (
        PinMessageRequest as PinMessageRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.pin_message import (
        PinMessageResponse as PinMessageResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.send_broadcast_msg import (
        SendBroadcastMsgRequest as SendBroadcastMsgRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.send_broadcast_msg import (
        SendBroadcastMsgResponse as SendBroadcastMsgResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.send_group_msg import (
        GroupAtInfoParam as GroupAtInfoParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc.send_group_msg import (
        SendGroupMsgRequest as SendGroupMsgRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.send_group_msg import (
        SendGroupMsgResponse as SendGroupMsgResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.send_group_system_notification import (
        SendGroupSystemNotificationRequest as SendGroupSystemNotificationRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.send_group_system_notification import (
        SendGroupSystemNotificationResponse as SendGroupSystemNotificationResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.set_group_attr import (
        SetGroupAttrRequest as SetGroupAttrRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.set_group_attr import (
        SetGroupAttrResponse as SetGroupAttrResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.set_topic_permission_group import (
        SetTopicPermissionGroupRequest as SetTopicPermissionGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.set_topic_permission_group import (
        SetTopicPermissionGroupResponse as SetTopicPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.set_unread_msg_num import (
        SetUnreadMsgNumRequest as SetUnreadMsgNumRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.set_unread_msg_num import (
        SetUnreadMsgNumResponse as SetUnreadMsgNumResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.unban_group_member import (
        UnbanGroupMemberRequest as UnbanGroupMemberRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.unban_group_member import (
        UnbanGroupMemberResponse as UnbanGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.unpin_message import (
        UnpinMessageRequest as UnpinMessageRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.unpin_message import (
        UnpinMessageResponse as UnpinMessageResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.update_group_counter import (
        UpdateGroupCounterRequest as UpdateGroupCounterRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc.update_group_counter import (
        UpdateGroupCounterResponse as UpdateGroupCounterResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit.batch_content_moderation import (
        BatchContentModerationRequest as BatchContentModerationRequest,
    )
    from trtc_sdk.models.chat.im_msg_audit.batch_content_moderation import (
        BatchContentModerationResponse as BatchContentModerationResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit.batch_content_moderation import (
        ModerationContentParam as ModerationContentParam,
    )
    from trtc_sdk.models.chat.im_msg_audit.batch_content_moderation import (
        ModerationItemResult as ModerationItemResult,
    )
    from trtc_sdk.models.chat.im_msg_audit.content_moderation import (
        ContentModerationRequest as ContentModerationRequest,
    )
    from trtc_sdk.models.chat.im_msg_audit.content_moderation import (
        ContentModerationResponse as ContentModerationResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr.add_cloud_audit_keywords import (
        AddCloudAuditKeywordsRequest as AddCloudAuditKeywordsRequest,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr.add_cloud_audit_keywords import (
        AddCloudAuditKeywordsResponse as AddCloudAuditKeywordsResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr.add_cloud_audit_keywords import (
        NewBlockedWordParam as NewBlockedWordParam,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr.delete_cloud_audit_keywords import (
        BlockedWordDeletion as BlockedWordDeletion,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr.delete_cloud_audit_keywords import (
        DeleteCloudAuditKeywordsRequest as DeleteCloudAuditKeywordsRequest,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr.delete_cloud_audit_keywords import (
        DeleteCloudAuditKeywordsResponse as DeleteCloudAuditKeywordsResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr.get_cloud_audit_keywords import (
        BlockedWord as BlockedWord,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr.get_cloud_audit_keywords import (
        GetCloudAuditKeywordsRequest as GetCloudAuditKeywordsRequest,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr.get_cloud_audit_keywords import (
        GetCloudAuditKeywordsResponse as GetCloudAuditKeywordsResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr.get_cloud_audit_keywords_ids import (
        GetCloudAuditKeywordsIdsRequest as GetCloudAuditKeywordsIdsRequest,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr.get_cloud_audit_keywords_ids import (
        GetCloudAuditKeywordsIdsResponse as GetCloudAuditKeywordsIdsResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr.get_cloud_audit_keywords_ids import (
        KeywordLibrary as KeywordLibrary,
    )
    from trtc_sdk.models.chat.im_open_login_svc._shared import (
        AccountUserIdItemParam as AccountUserIdItemParam,
    )
    from trtc_sdk.models.chat.im_open_login_svc.account_check import (
        AccountCheckRequest as AccountCheckRequest,
    )
    from trtc_sdk.models.chat.im_open_login_svc.account_check import (
        AccountCheckResponse as AccountCheckResponse,
    )
    from trtc_sdk.models.chat.im_open_login_svc.account_check import (
        AccountCheckResult as AccountCheckResult,
    )
    from trtc_sdk.models.chat.im_open_login_svc.account_delete import (
        AccountDeleteRequest as AccountDeleteRequest,
    )
    from trtc_sdk.models.chat.im_open_login_svc.account_delete import (
        AccountDeleteResponse as AccountDeleteResponse,
    )
    from trtc_sdk.models.chat.im_open_login_svc.account_delete import (
        AccountDeleteResult as AccountDeleteResult,
    )
    from trtc_sdk.models.chat.im_open_login_svc.account_import import (
        AccountImportRequest as AccountImportRequest,
    )
    from trtc_sdk.models.chat.im_open_login_svc.account_import import (
        AccountImportResponse as AccountImportResponse,
    )
    from trtc_sdk.models.chat.im_open_login_svc.kick import (
        KickRequest as KickRequest,
    )
    from trtc_sdk.models.chat.im_open_login_svc.kick import (
        KickResponse as KickResponse,
    )
    from trtc_sdk.models.chat.im_open_login_svc.multiaccount_import import (
        AccountImportItemParam as AccountImportItemParam,
    )
    from trtc_sdk.models.chat.im_open_login_svc.multiaccount_import import (
        MultiaccountImportRequest as MultiaccountImportRequest,
    )
    from trtc_sdk.models.chat.im_open_login_svc.multiaccount_import import (
        MultiaccountImportResponse as MultiaccountImportResponse,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.create_topic import (
        CreateTopicRequest as CreateTopicRequest,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.create_topic import (
        CreateTopicResponse as CreateTopicResponse,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.destroy_topic import (
        DestroyTopicRequest as DestroyTopicRequest,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.destroy_topic import (
        DestroyTopicResponse as DestroyTopicResponse,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.destroy_topic import (
        MillionGroupTopicResult as MillionGroupTopicResult,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.get_online_member_num import (
        MillionGroupGetOnlineMemberNumRequest as MillionGroupGetOnlineMemberNumRequest,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.get_online_member_num import (
        MillionGroupGetOnlineMemberNumResponse as MillionGroupGetOnlineMemberNumResponse,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.get_topic import (
        GetTopicRequest as GetTopicRequest,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.get_topic import (
        GetTopicResponse as GetTopicResponse,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.get_topic import (
        MillionGroupTopicAndSelfInfo as MillionGroupTopicAndSelfInfo,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.get_topic import (
        MillionGroupTopicInfo as MillionGroupTopicInfo,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.get_topic import (
        MillionGroupTopicSelfInfo as MillionGroupTopicSelfInfo,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.modify_topic import (
        ModifyTopicRequest as ModifyTopicRequest,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.modify_topic import (
        ModifyTopicResponse as ModifyTopicResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.add_subscriber import (
        AddSubscriberRequest as AddSubscriberRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.add_subscriber import (
        AddSubscriberResponse as AddSubscriberResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.add_subscriber import (
        SubscriberAddResult as SubscriberAddResult,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.add_subscriber import (
        SubscriberRefParam as SubscriberRefParam,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.create_official_account import (
        CreateOfficialAccountRequest as CreateOfficialAccountRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.create_official_account import (
        CreateOfficialAccountResponse as CreateOfficialAccountResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.delete_subscriber import (
        DeleteSubscriberRequest as DeleteSubscriberRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.delete_subscriber import (
        DeleteSubscriberResponse as DeleteSubscriberResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.delete_subscriber import (
        SubscriberDeleteResult as SubscriberDeleteResult,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.destroy_official_account import (
        DestroyOfficialAccountRequest as DestroyOfficialAccountRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.destroy_official_account import (
        DestroyOfficialAccountResponse as DestroyOfficialAccountResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.get_official_account_info import (
        GetOfficialAccountInfoRequest as GetOfficialAccountInfoRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.get_official_account_info import (
        GetOfficialAccountInfoResponse as GetOfficialAccountInfoResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.get_official_account_info import (
        OfficialAccountInfo as OfficialAccountInfo,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.get_official_account_info import (
        OfficialAccountInfoFilterParam as OfficialAccountInfoFilterParam,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.get_official_account_info import (
        OfficialAccountRefParam as OfficialAccountRefParam,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.get_subscribed_official_account_list import (
        GetSubscribedOfficialAccountListRequest as GetSubscribedOfficialAccountListRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.get_subscribed_official_account_list import (
        GetSubscribedOfficialAccountListResponse as GetSubscribedOfficialAccountListResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.get_subscribed_official_account_list import (
        SubscribedAccountFilterParam as SubscribedAccountFilterParam,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.get_subscribed_official_account_list import (
        SubscribedOfficialAccount as SubscribedOfficialAccount,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.get_subscribed_official_account_list import (
        SubscriberSelfInfo as SubscriberSelfInfo,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.get_subscriber_info import (
        GetSubscriberInfoRequest as GetSubscriberInfoRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.get_subscriber_info import (
        GetSubscriberInfoResponse as GetSubscriberInfoResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.get_subscriber_info import (
        OfficialAccountSubscriber as OfficialAccountSubscriber,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.modify_official_account_base_info import (
        ModifyOfficialAccountBaseInfoRequest as ModifyOfficialAccountBaseInfoRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.modify_official_account_base_info import (
        ModifyOfficialAccountBaseInfoResponse as ModifyOfficialAccountBaseInfoResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.modify_subscriber_info import (
        ModifySubscriberInfoRequest as ModifySubscriberInfoRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.modify_subscriber_info import (
        ModifySubscriberInfoResponse as ModifySubscriberInfoResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.official_account_msg_get_simple import (
        OfficialAccountMessage as OfficialAccountMessage,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.official_account_msg_get_simple import (
        OfficialAccountMsgGetSimpleRequest as OfficialAccountMsgGetSimpleRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.official_account_msg_get_simple import (
        OfficialAccountMsgGetSimpleResponse as OfficialAccountMsgGetSimpleResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.official_account_msg_recall import (
        OfficialAccountMsgRecallRequest as OfficialAccountMsgRecallRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.official_account_msg_recall import (
        OfficialAccountMsgRecallResponse as OfficialAccountMsgRecallResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.official_account_msg_recall import (
        OfficialAccountRecallResult as OfficialAccountRecallResult,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.send_official_account_msg import (
        SendOfficialAccountMsgRequest as SendOfficialAccountMsgRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.send_official_account_msg import (
        SendOfficialAccountMsgResponse as SendOfficialAccountMsgResponse,
    )
    from trtc_sdk.models.chat.open_msg_svc.get_history import (
        GetHistoryRequest as GetHistoryRequest,
    )
    from trtc_sdk.models.chat.open_msg_svc.get_history import (
        GetHistoryResponse as GetHistoryResponse,
    )
    from trtc_sdk.models.chat.open_msg_svc.get_history import (
        HistoryFile as HistoryFile,
    )
    from trtc_sdk.models.chat.openconfigsvr.getappinfo import (
        AppInfoDay as AppInfoDay,
    )
    from trtc_sdk.models.chat.openconfigsvr.getappinfo import (
        GetappinfoRequest as GetappinfoRequest,
    )
    from trtc_sdk.models.chat.openconfigsvr.getappinfo import (
        GetappinfoResponse as GetappinfoResponse,
    )
    from trtc_sdk.models.chat.openconfigsvr.getnospeaking import (
        GetnospeakingRequest as GetnospeakingRequest,
    )
    from trtc_sdk.models.chat.openconfigsvr.getnospeaking import (
        GetnospeakingResponse as GetnospeakingResponse,
    )
    from trtc_sdk.models.chat.openconfigsvr.setnospeaking import (
        SetnospeakingRequest as SetnospeakingRequest,
    )
    from trtc_sdk.models.chat.openconfigsvr.setnospeaking import (
        SetnospeakingResponse as SetnospeakingResponse,
    )
    from trtc_sdk.models.chat.openim._shared import (
        OnlinePlatformStatus as OnlinePlatformStatus,
    )
    from trtc_sdk.models.chat.openim.admin_getroammsg import (
        AdminGetroammsgRequest as AdminGetroammsgRequest,
    )
    from trtc_sdk.models.chat.openim.admin_getroammsg import (
        AdminGetroammsgResponse as AdminGetroammsgResponse,
    )
    from trtc_sdk.models.chat.openim.admin_getroammsg import (
        RoamMessage as RoamMessage,
    )
    from trtc_sdk.models.chat.openim.admin_msgwithdraw import (
        AdminMsgwithdrawRequest as AdminMsgwithdrawRequest,
    )
    from trtc_sdk.models.chat.openim.admin_msgwithdraw import (
        AdminMsgwithdrawResponse as AdminMsgwithdrawResponse,
    )
    from trtc_sdk.models.chat.openim.admin_set_msg_read import (
        AdminSetMsgReadRequest as AdminSetMsgReadRequest,
    )
    from trtc_sdk.models.chat.openim.admin_set_msg_read import (
        AdminSetMsgReadResponse as AdminSetMsgReadResponse,
    )
    from trtc_sdk.models.chat.openim.batchsendmsg import (
        BatchSendError as BatchSendError,
    )
    from trtc_sdk.models.chat.openim.batchsendmsg import (
        BatchsendmsgRequest as BatchsendmsgRequest,
    )
    from trtc_sdk.models.chat.openim.batchsendmsg import (
        BatchsendmsgResponse as BatchsendmsgResponse,
    )
    from trtc_sdk.models.chat.openim.c2c_msg_read_receipt import (
        C2cMsgReadReceiptRequest as C2cMsgReadReceiptRequest,
    )
    from trtc_sdk.models.chat.openim.c2c_msg_read_receipt import (
        C2cMsgReadReceiptResponse as C2cMsgReadReceiptResponse,
    )
    from trtc_sdk.models.chat.openim.c2c_msg_read_receipt import (
        C2CReceiptMessageParam as C2CReceiptMessageParam,
    )
    from trtc_sdk.models.chat.openim.delete_c2c_msg_ramble import (
        DeleteC2cMsgRambleRequest as DeleteC2cMsgRambleRequest,
    )
    from trtc_sdk.models.chat.openim.delete_c2c_msg_ramble import (
        DeleteC2cMsgRambleResponse as DeleteC2cMsgRambleResponse,
    )
    from trtc_sdk.models.chat.openim.get_c2c_unread_msg_num import (
        C2CUnreadCount as C2CUnreadCount,
    )
    from trtc_sdk.models.chat.openim.get_c2c_unread_msg_num import (
        C2CUnreadError as C2CUnreadError,
    )
    from trtc_sdk.models.chat.openim.get_c2c_unread_msg_num import (
        GetC2cUnreadMsgNumRequest as GetC2cUnreadMsgNumRequest,
    )
    from trtc_sdk.models.chat.openim.get_c2c_unread_msg_num import (
        GetC2cUnreadMsgNumResponse as GetC2cUnreadMsgNumResponse,
    )
    from trtc_sdk.models.chat.openim.importmsg import (
        ImportmsgRequest as ImportmsgRequest,
    )
    from trtc_sdk.models.chat.openim.importmsg import (
        ImportmsgResponse as ImportmsgResponse,
    )
    from trtc_sdk.models.chat.openim.modify_c2c_msg import (
        ModifyC2cMsgRequest as ModifyC2cMsgRequest,
    )
    from trtc_sdk.models.chat.openim.modify_c2c_msg import (
        ModifyC2cMsgResponse as ModifyC2cMsgResponse,
    )
    from trtc_sdk.models.chat.openim.modify_group_msg import (
        ModifyGroupMsgRequest as ModifyGroupMsgRequest,
    )
    from trtc_sdk.models.chat.openim.modify_group_msg import (
        ModifyGroupMsgResponse as ModifyGroupMsgResponse,
    )
    from trtc_sdk.models.chat.openim.query_online_status import (
        OnlineStatusError as OnlineStatusError,
    )
    from trtc_sdk.models.chat.openim.query_online_status import (
        OnlineStatusResult as OnlineStatusResult,
    )
    from trtc_sdk.models.chat.openim.query_online_status import (
        QueryOnlineStatusRequest as QueryOnlineStatusRequest,
    )
    from trtc_sdk.models.chat.openim.query_online_status import (
        QueryOnlineStatusResponse as QueryOnlineStatusResponse,
    )
    from trtc_sdk.models.chat.openim.querystate import (
        LegacyStateResult as LegacyStateResult,
    )
    from trtc_sdk.models.chat.openim.querystate import (
        QuerystateRequest as QuerystateRequest,
    )
    from trtc_sdk.models.chat.openim.querystate import (
        QuerystateResponse as QuerystateResponse,
    )
    from trtc_sdk.models.chat.openim.sendmsg import (
        SendmsgRequest as SendmsgRequest,
    )
    from trtc_sdk.models.chat.openim.sendmsg import (
        SendmsgResponse as SendmsgResponse,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc._shared import (
        MsgExtension as MsgExtension,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc._shared import (
        MsgExtensionParam as MsgExtensionParam,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc._shared import (
        MsgExtensionResult as MsgExtensionResult,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc.get_key_values import (
        GetKeyValuesRequest as GetKeyValuesRequest,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc.get_key_values import (
        GetKeyValuesResponse as GetKeyValuesResponse,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc.group_get_key_values import (
        GroupGetKeyValuesRequest as GroupGetKeyValuesRequest,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc.group_get_key_values import (
        GroupGetKeyValuesResponse as GroupGetKeyValuesResponse,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc.group_set_key_values import (
        GroupSetKeyValuesRequest as GroupSetKeyValuesRequest,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc.group_set_key_values import (
        GroupSetKeyValuesResponse as GroupSetKeyValuesResponse,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc.set_key_values import (
        SetKeyValuesRequest as SetKeyValuesRequest,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc.set_key_values import (
        SetKeyValuesResponse as SetKeyValuesResponse,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc.create_robot import (
        CreateRobotRequest as CreateRobotRequest,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc.create_robot import (
        CreateRobotResponse as CreateRobotResponse,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc.delete_robot import (
        DeleteRobotRequest as DeleteRobotRequest,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc.delete_robot import (
        DeleteRobotResponse as DeleteRobotResponse,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc.get_all_robots import (
        GetAllRobotsRequest as GetAllRobotsRequest,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc.get_all_robots import (
        GetAllRobotsResponse as GetAllRobotsResponse,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc.send_stream_msg import (
        SendStreamMsgRequest as SendStreamMsgRequest,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc.send_stream_msg import (
        SendStreamMsgResponse as SendStreamMsgResponse,
    )
    from trtc_sdk.models.chat.profile.portrait_get import (
        PortraitGetRequest as PortraitGetRequest,
    )
    from trtc_sdk.models.chat.profile.portrait_get import (
        PortraitGetResponse as PortraitGetResponse,
    )
    from trtc_sdk.models.chat.profile.portrait_get import (
        UserProfileItem as UserProfileItem,
    )
    from trtc_sdk.models.chat.profile.portrait_set import (
        PortraitSetRequest as PortraitSetRequest,
    )
    from trtc_sdk.models.chat.profile.portrait_set import (
        PortraitSetResponse as PortraitSetResponse,
    )
    from trtc_sdk.models.chat.recentcontact._shared import (
        ContactGroupItem as ContactGroupItem,
    )
    from trtc_sdk.models.chat.recentcontact._shared import (
        ContactItem as ContactItem,
    )
    from trtc_sdk.models.chat.recentcontact._shared import (
        ContactItemParam as ContactItemParam,
    )
    from trtc_sdk.models.chat.recentcontact._shared import (
        ContactMarkItem as ContactMarkItem,
    )
    from trtc_sdk.models.chat.recentcontact.create_contact_group import (
        ContactGroupCreateResult as ContactGroupCreateResult,
    )
    from trtc_sdk.models.chat.recentcontact.create_contact_group import (
        ContactResultItem as ContactResultItem,
    )
    from trtc_sdk.models.chat.recentcontact.create_contact_group import (
        CreateContactGroupRequest as CreateContactGroupRequest,
    )
    from trtc_sdk.models.chat.recentcontact.create_contact_group import (
        CreateContactGroupResponse as CreateContactGroupResponse,
    )
    from trtc_sdk.models.chat.recentcontact.create_contact_group import (
        NewContactGroupParam as NewContactGroupParam,
    )
    from trtc_sdk.models.chat.recentcontact.del_contact_group import (
        DelContactGroupRequest as DelContactGroupRequest,
    )
    from trtc_sdk.models.chat.recentcontact.del_contact_group import (
        DelContactGroupResponse as DelContactGroupResponse,
    )
    from trtc_sdk.models.chat.recentcontact.delete import (
        DeleteRequest as DeleteRequest,
    )
    from trtc_sdk.models.chat.recentcontact.delete import (
        DeleteResponse as DeleteResponse,
    )
    from trtc_sdk.models.chat.recentcontact.get_contact_group import (
        GetContactGroupRequest as GetContactGroupRequest,
    )
    from trtc_sdk.models.chat.recentcontact.get_contact_group import (
        GetContactGroupResponse as GetContactGroupResponse,
    )
    from trtc_sdk.models.chat.recentcontact.get_list import (
        ConversationItem as ConversationItem,
    )
    from trtc_sdk.models.chat.recentcontact.get_list import (
        GetListRequest as GetListRequest,
    )
    from trtc_sdk.models.chat.recentcontact.get_list import (
        GetListResponse as GetListResponse,
    )
    from trtc_sdk.models.chat.recentcontact.mark_contact import (
        ContactMarkChangeParam as ContactMarkChangeParam,
    )
    from trtc_sdk.models.chat.recentcontact.mark_contact import (
        ContactMarkResult as ContactMarkResult,
    )
    from trtc_sdk.models.chat.recentcontact.mark_contact import (
        MarkContactRequest as MarkContactRequest,
    )
    from trtc_sdk.models.chat.recentcontact.mark_contact import (
        MarkContactResponse as MarkContactResponse,
    )
    from trtc_sdk.models.chat.recentcontact.search_contact_group import (
        SearchContactGroupRequest as SearchContactGroupRequest,
    )
    from trtc_sdk.models.chat.recentcontact.search_contact_group import (
        SearchContactGroupResponse as SearchContactGroupResponse,
    )
    from trtc_sdk.models.chat.recentcontact.top import (
        RecentContactItemParam as RecentContactItemParam,
    )
    from trtc_sdk.models.chat.recentcontact.top import (
        TopRequest as TopRequest,
    )
    from trtc_sdk.models.chat.recentcontact.top import (
        TopResponse as TopResponse,
    )
    from trtc_sdk.models.chat.recentcontact.update_contact_group import (
        ContactGroupUpdateParam as ContactGroupUpdateParam,
    )
    from trtc_sdk.models.chat.recentcontact.update_contact_group import (
        ContactGroupUpdateResult as ContactGroupUpdateResult,
    )
    from trtc_sdk.models.chat.recentcontact.update_contact_group import (
        ContactOptResult as ContactOptResult,
    )
    from trtc_sdk.models.chat.recentcontact.update_contact_group import (
        ContactUpdateItemParam as ContactUpdateItemParam,
    )
    from trtc_sdk.models.chat.recentcontact.update_contact_group import (
        UpdateContactGroupRequest as UpdateContactGroupRequest,
    )
    from trtc_sdk.models.chat.recentcontact.update_contact_group import (
        UpdateContactGroupResponse as UpdateContactGroupResponse,
    )
    from trtc_sdk.models.chat.sns._shared import (
        SnsTagValue as SnsTagValue,
    )
    from trtc_sdk.models.chat.sns._shared import (
        SnsTagValueParam as SnsTagValueParam,
    )
    from trtc_sdk.models.chat.sns.black_list_add import (
        BlackListAddRequest as BlackListAddRequest,
    )
    from trtc_sdk.models.chat.sns.black_list_add import (
        BlackListAddResponse as BlackListAddResponse,
    )
    from trtc_sdk.models.chat.sns.black_list_check import (
        BlackListCheckItem as BlackListCheckItem,
    )
    from trtc_sdk.models.chat.sns.black_list_check import (
        BlackListCheckRequest as BlackListCheckRequest,
    )
    from trtc_sdk.models.chat.sns.black_list_check import (
        BlackListCheckResponse as BlackListCheckResponse,
    )
    from trtc_sdk.models.chat.sns.black_list_delete import (
        BlackListDeleteRequest as BlackListDeleteRequest,
    )
    from trtc_sdk.models.chat.sns.black_list_delete import (
        BlackListDeleteResponse as BlackListDeleteResponse,
    )
    from trtc_sdk.models.chat.sns.black_list_get import (
        BlackListGetRequest as BlackListGetRequest,
    )
    from trtc_sdk.models.chat.sns.black_list_get import (
        BlackListGetResponse as BlackListGetResponse,
    )
    from trtc_sdk.models.chat.sns.black_list_get import (
        BlackListItem as BlackListItem,
    )
    from trtc_sdk.models.chat.sns.friend_add import (
        AddFriendItemParam as AddFriendItemParam,
    )
    from trtc_sdk.models.chat.sns.friend_add import (
        FriendAddRequest as FriendAddRequest,
    )
    from trtc_sdk.models.chat.sns.friend_add import (
        FriendAddResponse as FriendAddResponse,
    )
    from trtc_sdk.models.chat.sns.friend_check import (
        FriendCheckItem as FriendCheckItem,
    )
    from trtc_sdk.models.chat.sns.friend_check import (
        FriendCheckRequest as FriendCheckRequest,
    )
    from trtc_sdk.models.chat.sns.friend_check import (
        FriendCheckResponse as FriendCheckResponse,
    )
    from trtc_sdk.models.chat.sns.friend_delete import (
        FriendDeleteRequest as FriendDeleteRequest,
    )
    from trtc_sdk.models.chat.sns.friend_delete import (
        FriendDeleteResponse as FriendDeleteResponse,
    )
    from trtc_sdk.models.chat.sns.friend_delete_all import (
        FriendDeleteAllRequest as FriendDeleteAllRequest,
    )
    from trtc_sdk.models.chat.sns.friend_delete_all import (
        FriendDeleteAllResponse as FriendDeleteAllResponse,
    )
    from trtc_sdk.models.chat.sns.friend_get import (
        FriendDataItem as FriendDataItem,
    )
    from trtc_sdk.models.chat.sns.friend_get import (
        FriendGetRequest as FriendGetRequest,
    )
    from trtc_sdk.models.chat.sns.friend_get import (
        FriendGetResponse as FriendGetResponse,
    )
    from trtc_sdk.models.chat.sns.friend_get_list import (
        FriendGetListRequest as FriendGetListRequest,
    )
    from trtc_sdk.models.chat.sns.friend_get_list import (
        FriendGetListResponse as FriendGetListResponse,
    )
    from trtc_sdk.models.chat.sns.friend_get_list import (
        FriendInfoField as FriendInfoField,
    )
    from trtc_sdk.models.chat.sns.friend_get_list import (
        FriendInfoItem as FriendInfoItem,
    )
    from trtc_sdk.models.chat.sns.friend_import import (
        FriendImportRequest as FriendImportRequest,
    )
    from trtc_sdk.models.chat.sns.friend_import import (
        FriendImportResponse as FriendImportResponse,
    )
    from trtc_sdk.models.chat.sns.friend_import import (
        ImportFriendItemParam as ImportFriendItemParam,
    )
    from trtc_sdk.models.chat.sns.friend_import import (
        SnsCustomItemParam as SnsCustomItemParam,
    )
    from trtc_sdk.models.chat.sns.friend_update import (
        FriendUpdateItemParam as FriendUpdateItemParam,
    )
    from trtc_sdk.models.chat.sns.friend_update import (
        FriendUpdateRequest as FriendUpdateRequest,
    )
    from trtc_sdk.models.chat.sns.friend_update import (
        FriendUpdateResponse as FriendUpdateResponse,
    )
    from trtc_sdk.models.chat.sns.group_add import (
        GroupAddRequest as GroupAddRequest,
    )
    from trtc_sdk.models.chat.sns.group_add import (
        GroupAddResponse as GroupAddResponse,
    )
    from trtc_sdk.models.chat.sns.group_delete import (
        GroupDeleteRequest as GroupDeleteRequest,
    )
    from trtc_sdk.models.chat.sns.group_delete import (
        GroupDeleteResponse as GroupDeleteResponse,
    )
    from trtc_sdk.models.chat.sns.group_get import (
        FriendGroupInfo as FriendGroupInfo,
    )
    from trtc_sdk.models.chat.sns.group_get import (
        GroupGetRequest as GroupGetRequest,
    )
    from trtc_sdk.models.chat.sns.group_get import (
        GroupGetResponse as GroupGetResponse,
    )
    from trtc_sdk.models.chat.stream_msg.send_c2c_stream_msg import (
        SendC2cStreamMsgRequest as SendC2cStreamMsgRequest,
    )
    from trtc_sdk.models.chat.stream_msg.send_c2c_stream_msg import (
        SendC2cStreamMsgResponse as SendC2cStreamMsgResponse,
    )
    from trtc_sdk.models.chat.stream_msg.send_group_stream_msg import (
        SendGroupStreamMsgRequest as SendGroupStreamMsgRequest,
    )
    from trtc_sdk.models.chat.stream_msg.send_group_stream_msg import (
        SendGroupStreamMsgResponse as SendGroupStreamMsgResponse,
    )
    from trtc_sdk.models.chat.timpush._shared import (
        PushErrorItem as PushErrorItem,
    )
    from trtc_sdk.models.chat.timpush.add_tag import (
        AddTagRequest as AddTagRequest,
    )
    from trtc_sdk.models.chat.timpush.add_tag import (
        AddTagResponse as AddTagResponse,
    )
    from trtc_sdk.models.chat.timpush.batch import (
        BatchRequest as BatchRequest,
    )
    from trtc_sdk.models.chat.timpush.batch import (
        BatchResponse as BatchResponse,
    )
    from trtc_sdk.models.chat.timpush.clear_all_tags import (
        ClearAllTagsRequest as ClearAllTagsRequest,
    )
    from trtc_sdk.models.chat.timpush.clear_all_tags import (
        ClearAllTagsResponse as ClearAllTagsResponse,
    )
    from trtc_sdk.models.chat.timpush.get_attr import (
        GetAttrRequest as GetAttrRequest,
    )
    from trtc_sdk.models.chat.timpush.get_attr import (
        GetAttrResponse as GetAttrResponse,
    )
    from trtc_sdk.models.chat.timpush.get_attr_name import (
        GetAttrNameRequest as GetAttrNameRequest,
    )
    from trtc_sdk.models.chat.timpush.get_attr_name import (
        GetAttrNameResponse as GetAttrNameResponse,
    )
    from trtc_sdk.models.chat.timpush.get_tag import (
        GetTagRequest as GetTagRequest,
    )
    from trtc_sdk.models.chat.timpush.get_tag import (
        GetTagResponse as GetTagResponse,
    )
    from trtc_sdk.models.chat.timpush.push import (
        PushRequest as PushRequest,
    )
    from trtc_sdk.models.chat.timpush.push import (
        PushResponse as PushResponse,
    )
    from trtc_sdk.models.chat.timpush.remove_attr import (
        RemoveAttrRequest as RemoveAttrRequest,
    )
    from trtc_sdk.models.chat.timpush.remove_attr import (
        RemoveAttrResponse as RemoveAttrResponse,
    )
    from trtc_sdk.models.chat.timpush.remove_tag import (
        RemoveTagRequest as RemoveTagRequest,
    )
    from trtc_sdk.models.chat.timpush.remove_tag import (
        RemoveTagResponse as RemoveTagResponse,
    )
    from trtc_sdk.models.chat.timpush.revoke import (
        RevokeRequest as RevokeRequest,
    )
    from trtc_sdk.models.chat.timpush.revoke import (
        RevokeResponse as RevokeResponse,
    )
    from trtc_sdk.models.chat.timpush.set_attr import (
        SetAttrRequest as SetAttrRequest,
    )
    from trtc_sdk.models.chat.timpush.set_attr import (
        SetAttrResponse as SetAttrResponse,
    )
    from trtc_sdk.models.chat.timpush.set_attr_name import (
        SetAttrNameRequest as SetAttrNameRequest,
    )
    from trtc_sdk.models.chat.timpush.set_attr_name import (
        SetAttrNameResponse as SetAttrNameResponse,
    )

__all__ = [
    "AccountCheckRequest",
    "AccountCheckResponse",
    "AccountCheckResult",
    "AccountDeleteRequest",
    "AccountDeleteResponse",
    "AccountDeleteResult",
    "AccountImportItemParam",
    "AccountImportRequest",
    "AccountImportResponse",
    "AccountImportStatus",
    "AccountUserIdItemParam",
    "AddCloudAuditKeywordsRequest",
    "AddCloudAuditKeywordsResponse",
    "AddFriendItemParam",
    "AddGroupMemberRequest",
    "AddGroupMemberResponse",
    "AddGroupMemberResult",
    "AddGroupMemberResultCode",
    "AddPermissionGroupMemberRequest",
    "AddPermissionGroupMemberResponse",
    "AddRobotsRequest",
    "AddRobotsResponse",
    "AddSubscriberRequest",
    "AddSubscriberResponse",
    "AddTagRequest",
    "AddTagResponse",
    "AddTopicPermissionGroupRequest",
    "AddTopicPermissionGroupResponse",
    "AdminGetroammsgRequest",
    "AdminGetroammsgResponse",
    "AdminMsgwithdrawRequest",
    "AdminMsgwithdrawResponse",
    "AdminSetMsgReadRequest",
    "AdminSetMsgReadResponse",
    "AfterAddSubscriberAnswer",
    "AfterAddSubscriberEvent",
    "AfterChangeGroupOwnerAnswer",
    "AfterChangeGroupOwnerEvent",
    "AfterCreateGroupAnswer",
    "AfterCreateGroupEvent",
    "AfterCreateOfficialAccountAnswer",
    "AfterCreateOfficialAccountEvent",
    "AfterCreateTopicAnswer",
    "AfterCreateTopicEvent",
    "AfterDeleteSubscriberAnswer",
    "AfterDeleteSubscriberEvent",
    "AfterFollowAddAnswer",
    "AfterFollowAddEvent",
    "AfterFollowDeleteAnswer",
    "AfterFollowDeleteEvent",
    "AfterGroupAttrChangedAnswer",
    "AfterGroupAttrChangedEvent",
    "AfterGroupDestroyedAnswer",
    "AfterGroupDestroyedEvent",
    "AfterGroupFullAnswer",
    "AfterGroupFullEvent",
    "AfterGroupInfoChangedAnswer",
    "AfterGroupInfoChangedEvent",
    "AfterMemberExitAnswer",
    "AfterMemberExitEvent",
    "AfterMemberFieldChangedAnswer",
    "AfterMemberFieldChangedEvent",
    "AfterNewMemberJoinAnswer",
    "AfterNewMemberJoinEvent",
    "AfterOfficialAccountDestroyedAnswer",
    "AfterOfficialAccountDestroyedEvent",
    "AfterOfficialAccountFullAnswer",
    "AfterOfficialAccountFullEvent",
    "AfterOfficialAccountInfoChangedAnswer",
    "AfterOfficialAccountInfoChangedEvent",
    "AfterReadReceiptAnswer",
    "AfterReadReceiptEvent",
    "AfterTopicDestroyedAnswer",
    "AfterTopicDestroyedEvent",
    "AfterTopicInfoChangedAnswer",
    "AfterTopicInfoChangedEvent",
    "AndroidPushInfoParam",
    "ApnsPushInfoParam",
    "AppDefinedDataItem",
    "AppDefinedDataItemParam",
    "AppInfoDay",
    "AppInfoField",
    "ApplyJoinOption",
    "AvchatroomAdmin",
    "AvchatroomAdminCommand",
    "AvchatroomMarkCommand",
    "AvchatroomMemberMarks",
    "AvchatroomMemberMarksParam",
    "AvchatroomOnlineMember",
    "BanGroupMemberRequest",
    "BanGroupMemberResponse",
    "BannedGroupMember",
    "BatchContentModerationRequest",
    "BatchContentModerationResponse",
    "BatchRequest",
    "BatchResponse",
    "BatchSendError",
    "BatchsendmsgRequest",
    "BatchsendmsgResponse",
    "BeforeAddSubscriberAnswer",
    "BeforeAddSubscriberEvent",
    "BeforeApplyJoinGroupAnswer",
    "BeforeApplyJoinGroupEvent",
    "BeforeCreateGroupAnswer",
    "BeforeCreateGroupEvent",
    "BeforeCreateOfficialAccountAnswer",
    "BeforeCreateOfficialAccountEvent",
    "BeforeCreateTopicAnswer",
    "BeforeCreateTopicEvent",
    "BeforeInviteJoinGroupAnswer",
    "BeforeInviteJoinGroupEvent",
    "BlackCheckType",
    "BlackListAddAnswer",
    "BlackListAddEvent",
    "BlackListAddRequest",
    "BlackListAddResponse",
    "BlackListCheckItem",
    "BlackListCheckRequest",
    "BlackListCheckResponse",
    "BlackListDeleteAnswer",
    "BlackListDeleteEvent",
    "BlackListDeleteRequest",
    "BlackListDeleteResponse",
    "BlackListGetRequest",
    "BlackListGetResponse",
    "BlackListItem",
    "BlackRelation",
    "BlockedWord",
    "BlockedWordDeletion",
    "BotOnC2CMessageAnswer",
    "BotOnC2CMessageEvent",
    "BotOnGroupMessageAnswer",
    "BotOnGroupMessageEvent",
    "C2CAfterMsgExtensionAnswer",
    "C2CAfterMsgExtensionEvent",
    "C2CAfterMsgReportAnswer",
    "C2CAfterMsgReportEvent",
    "C2CAfterMsgWithDrawAnswer",
    "C2CAfterMsgWithDrawEvent",
    "C2CAfterSendMsgAnswer",
    "C2CAfterSendMsgEvent",
    "C2CBeforeSendMsgAnswer",
    "C2CBeforeSendMsgEvent",
    "C2CForbidCallback",
    "C2CImportMode",
    "C2CMsgFlag",
    "C2CReceiptMessageParam",
    "C2CSendMsgControl",
    "C2CUnreadCount",
    "C2CUnreadError",
    "C2cMsgReadReceiptRequest",
    "C2cMsgReadReceiptResponse",
    "ChangeGroupOwnerRequest",
    "ChangeGroupOwnerResponse",
    "CheckMembersRequest",
    "CheckMembersResponse",
    "ClearAllTagsRequest",
    "ClearAllTagsResponse",
    "ClearGroupAttrRequest",
    "ClearGroupAttrResponse",
    "ClearGroupMsgRequest",
    "ClearGroupMsgResponse",
    "ContactGroupCreateResult",
    "ContactGroupItem",
    "ContactGroupMemberOperation",
    "ContactGroupUpdateKind",
    "ContactGroupUpdateParam",
    "ContactGroupUpdateResult",
    "ContactItem",
    "ContactItemParam",
    "ContactMarkChangeParam",
    "ContactMarkItem",
    "ContactMarkOperation",
    "ContactMarkResult",
    "ContactOptResult",
    "ContactResultItem",
    "ContactUpdateItemParam",
    "ContentModerationRequest",
    "ContentModerationResponse",
    "ConversationItem",
    "ConversationListCompleteFlag",
    "ConversationPinFlag",
    "ConversationPinOperation",
    "ConversationType",
    "CreateContactGroupRequest",
    "CreateContactGroupResponse",
    "CreateGroupRequest",
    "CreateGroupResponse",
    "CreateOfficialAccountRequest",
    "CreateOfficialAccountResponse",
    "CreatePermissionGroupRequest",
    "CreatePermissionGroupResponse",
    "CreateRobotRequest",
    "CreateRobotResponse",
    "CreateTopicRequest",
    "CreateTopicResponse",
    "CustomContent",
    "CustomContentParam",
    "CustomElement",
    "CustomElementParam",
    "DelContactGroupRequest",
    "DelContactGroupResponse",
    "DelRobotsRequest",
    "DelRobotsResponse",
    "DeleteC2cMsgRambleRequest",
    "DeleteC2cMsgRambleResponse",
    "DeleteCloudAuditKeywordsRequest",
    "DeleteCloudAuditKeywordsResponse",
    "DeleteGroupAttrRequest",
    "DeleteGroupAttrResponse",
    "DeleteGroupCounterRequest",
    "DeleteGroupCounterResponse",
    "DeleteGroupMemberRequest",
    "DeleteGroupMemberResponse",
    "DeleteGroupMsgBySenderRequest",
    "DeleteGroupMsgBySenderResponse",
    "DeletePermissionGroupMemberRequest",
    "DeletePermissionGroupMemberResponse",
    "DeleteRequest",
    "DeleteResponse",
    "DeleteRobotRequest",
    "DeleteRobotResponse",
    "DeleteSubscriberRequest",
    "DeleteSubscriberResponse",
    "DeleteTopicPermissionGroupRequest",
    "DeleteTopicPermissionGroupResponse",
    "DestroyGroupRequest",
    "DestroyGroupResponse",
    "DestroyOfficialAccountRequest",
    "DestroyOfficialAccountResponse",
    "DestroyPermissionGroupRequest",
    "DestroyPermissionGroupResponse",
    "DestroyTopicRequest",
    "DestroyTopicResponse",
    "EventAccountPair",
    "EventAddType",
    "EventContactType",
    "EventDevicePlatform",
    "EventExtensionItem",
    "EventExtensionOperation",
    "EventFollowTarget",
    "EventFriendClientCmd",
    "EventFriendDecisionParam",
    "EventFriendPair",
    "EventFriendRequest",
    "EventFriendResponse",
    "EventGroupAttr",
    "EventGroupAttrOption",
    "EventGroupExitType",
    "EventGroupJoinType",
    "EventGroupMemberRole",
    "EventGroupMemberState",
    "EventGroupMemberStateCause",
    "EventKickedDevice",
    "EventMember",
    "EventMessagePushKind",
    "EventMessagePushResult",
    "EventModerationContact",
    "EventModerationContentType",
    "EventModerationResult",
    "EventModerationScene",
    "EventMsgKeyItem",
    "EventMsgSeqItem",
    "EventProfileItem",
    "EventPushChannel",
    "EventPushPlatform",
    "EventPushStage",
    "EventReadReceipt",
    "EventResponseAction",
    "EventStateAction",
    "EventStateInfo",
    "EventStateReason",
    "EventSubscriber",
    "EventTaskPushResult",
    "ExtensionOperation",
    "FaceContent",
    "FaceContentParam",
    "FaceElement",
    "FaceElementParam",
    "FileContent",
    "FileContentParam",
    "FileElement",
    "FileElementParam",
    "FollowAddRequest",
    "FollowAddResponse",
    "FollowCheckItem",
    "FollowCheckRequest",
    "FollowCheckResponse",
    "FollowDeleteRequest",
    "FollowDeleteResponse",
    "FollowGetInfoRequest",
    "FollowGetInfoResponse",
    "FollowGetRequest",
    "FollowGetResponse",
    "FollowInfo",
    "FollowListItem",
    "FollowListType",
    "FollowRelation",
    "FollowTargetParam",
    "ForbidSendMsgRequest",
    "ForbidSendMsgResponse",
    "FriendAddAnswer",
    "FriendAddEvent",
    "FriendAddRequest",
    "FriendAddResponse",
    "FriendAddType",
    "FriendCheckItem",
    "FriendCheckRequest",
    "FriendCheckResponse",
    "FriendCheckType",
    "FriendDataItem",
    "FriendDeleteAllRequest",
    "FriendDeleteAllResponse",
    "FriendDeleteAnswer",
    "FriendDeleteEvent",
    "FriendDeleteRequest",
    "FriendDeleteResponse",
    "FriendDeleteType",
    "FriendForceAddFlag",
    "FriendGetListRequest",
    "FriendGetListResponse",
    "FriendGetRequest",
    "FriendGetResponse",
    "FriendGroupInfo",
    "FriendImportRequest",
    "FriendImportResponse",
    "FriendInfoField",
    "FriendInfoItem",
    "FriendRelation",
    "FriendUpdateItemParam",
    "FriendUpdateRequest",
    "FriendUpdateResponse",
    "GetAdminListRequest",
    "GetAdminListResponse",
    "GetAllRobotsRequest",
    "GetAllRobotsResponse",
    "GetAppidGroupListRequest",
    "GetAppidGroupListResponse",
    "GetAttrNameRequest",
    "GetAttrNameResponse",
    "GetAttrRequest",
    "GetAttrResponse",
    "GetC2cUnreadMsgNumRequest",
    "GetC2cUnreadMsgNumResponse",
    "GetCloudAuditKeywordsIdsRequest",
    "GetCloudAuditKeywordsIdsResponse",
    "GetCloudAuditKeywordsRequest",
    "GetCloudAuditKeywordsResponse",
    "GetContactGroupRequest",
    "GetContactGroupResponse",
    "GetGroupAttrRequest",
    "GetGroupAttrResponse",
    "GetGroupBanMemberRequest",
    "GetGroupBanMemberResponse",
    "GetGroupCounterRequest",
    "GetGroupCounterResponse",
    "GetGroupInfoRequest",
    "GetGroupInfoResponse",
    "GetGroupMemberInfoRequest",
    "GetGroupMemberInfoResponse",
    "GetGroupMsgReceiptDetailRequest",
    "GetGroupMsgReceiptDetailResponse",
    "GetGroupMsgReceiptRequest",
    "GetGroupMsgReceiptResponse",
    "GetGroupMutedAccountRequest",
    "GetGroupMutedAccountResponse",
    "GetGroupShuttedUinRequest",
    "GetGroupShuttedUinResponse",
    "GetHistoryRequest",
    "GetHistoryResponse",
    "GetIpListRequest",
    "GetIpListResponse",
    "GetJoinedGroupListRequest",
    "GetJoinedGroupListResponse",
    "GetKeyValuesRequest",
    "GetKeyValuesResponse",
    "GetListRequest",
    "GetListResponse",
    "GetMembersRequest",
    "GetMembersResponse",
    "GetOfficialAccountInfoRequest",
    "GetOfficialAccountInfoResponse",
    "GetPermissionGroupMemberListRequest",
    "GetPermissionGroupMemberListResponse",
    "GetPermissionGroupRequest",
    "GetPermissionGroupResponse",
    "GetPinnedMessagesRequest",
    "GetPinnedMessagesResponse",
    "GetRoleInGroupRequest",
    "GetRoleInGroupResponse",
    "GetSpecifiedGroupMemberInfoRequest",
    "GetSpecifiedGroupMemberInfoResponse",
    "GetSubscribedOfficialAccountListRequest",
    "GetSubscribedOfficialAccountListResponse",
    "GetSubscriberInfoRequest",
    "GetSubscriberInfoResponse",
    "GetTagRequest",
    "GetTagResponse",
    "GetTopicPermissionGroupRequest",
    "GetTopicPermissionGroupResponse",
    "GetTopicRequest",
    "GetTopicResponse",
    "GetappinfoRequest",
    "GetappinfoResponse",
    "GetnospeakingRequest",
    "GetnospeakingResponse",
    "GroupAddRequest",
    "GroupAddResponse",
    "GroupAfterMsgExtensionAnswer",
    "GroupAfterMsgExtensionEvent",
    "GroupAfterRecallMsgAnswer",
    "GroupAfterRecallMsgEvent",
    "GroupAfterSendMsgAnswer",
    "GroupAfterSendMsgEvent",
    "GroupAtAllFlag",
    "GroupAtInfoParam",
    "GroupAttrEntryParam",
    "GroupAttrKeyParam",
    "GroupAttributeItem",
    "GroupBaseInfoField",
    "GroupBeforeSendMsgAnswer",
    "GroupBeforeSendMsgEvent",
    "GroupCounterEntry",
    "GroupCounterEntryParam",
    "GroupCounterMode",
    "GroupDeleteRequest",
    "GroupDeleteResponse",
    "GroupFlag",
    "GroupForbidCallback",
    "GroupGetKeyValuesRequest",
    "GroupGetKeyValuesResponse",
    "GroupGetOnlineMemberNumRequest",
    "GroupGetOnlineMemberNumResponse",
    "GroupGetRequest",
    "GroupGetResponse",
    "GroupHistoryCompleteness",
    "GroupHistoryMsg",
    "GroupHistoryPlaceholder",
    "GroupIdEntry",
    "GroupInfo",
    "GroupInfoResponseFilterParam",
    "GroupListTypeFilter",
    "GroupMemberInfo",
    "GroupMemberInfoField",
    "GroupMemberRole",
    "GroupMemberRoleSetting",
    "GroupMemberToAddParam",
    "GroupMsgFlag",
    "GroupMsgGetSimpleRequest",
    "GroupMsgGetSimpleResponse",
    "GroupMsgNonReader",
    "GroupMsgPriority",
    "GroupMsgPriorityLevel",
    "GroupMsgReader",
    "GroupMsgRecallRequest",
    "GroupMsgRecallResponse",
    "GroupMsgReceiptCount",
    "GroupMsgReceiptRequest",
    "GroupMsgReceiptResponse",
    "GroupMsgSeqItemParam",
    "GroupRecallResult",
    "GroupReceiptListFilter",
    "GroupRoleEntry",
    "GroupRoleQueryResult",
    "GroupSendMsgControl",
    "GroupSendMsgExceptionAnswer",
    "GroupSendMsgExceptionEvent",
    "GroupSetKeyValuesRequest",
    "GroupSetKeyValuesResponse",
    "GroupSwitch",
    "GroupType",
    "HistoryChatType",
    "HistoryFile",
    "ImAddTagRequest",
    "ImAddTagResponse",
    "ImGetAttrNameRequest",
    "ImGetAttrNameResponse",
    "ImGetAttrRequest",
    "ImGetAttrResponse",
    "ImGetTagRequest",
    "ImGetTagResponse",
    "ImPushRequest",
    "ImPushResponse",
    "ImRemoveAllTagsRequest",
    "ImRemoveAllTagsResponse",
    "ImRemoveAttrRequest",
    "ImRemoveAttrResponse",
    "ImRemoveTagRequest",
    "ImRemoveTagResponse",
    "ImSetAttrNameRequest",
    "ImSetAttrNameResponse",
    "ImSetAttrRequest",
    "ImSetAttrResponse",
    "ImageContent",
    "ImageContentParam",
    "ImageElement",
    "ImageElementParam",
    "ImageFormat",
    "ImageInfo",
    "ImageInfoParam",
    "ImageSize",
    "ImportFriendItemParam",
    "ImportGroupMemberItemParam",
    "ImportGroupMemberRequest",
    "ImportGroupMemberResponse",
    "ImportGroupMemberResult",
    "ImportGroupMemberResultCode",
    "ImportGroupMsgItemParam",
    "ImportGroupMsgRequest",
    "ImportGroupMsgResponse",
    "ImportGroupMsgResult",
    "ImportGroupRequest",
    "ImportGroupResponse",
    "ImportTopicRequest",
    "ImportTopicResponse",
    "ImportmsgRequest",
    "ImportmsgResponse",
    "InviteJoinOption",
    "JoinedGroup",
    "JoinedGroupResponseFilterParam",
    "JoinedGroupSelfInfo",
    "KeywordLibrary",
    "KickRequest",
    "KickResponse",
    "LegacyStateResult",
    "LocationContent",
    "LocationContentParam",
    "LocationElement",
    "LocationElementParam",
    "LoginPlatform",
    "MarkContactRequest",
    "MarkContactResponse",
    "MessagePushResultAnswer",
    "MessagePushResultEvent",
    "MillionGroupGetOnlineMemberNumRequest",
    "MillionGroupGetOnlineMemberNumResponse",
    "MillionGroupMuteAllMember",
    "MillionGroupTopicAndSelfInfo",
    "MillionGroupTopicField",
    "MillionGroupTopicInfo",
    "MillionGroupTopicResult",
    "MillionGroupTopicSelfInfo",
    "ModerationConfig",
    "ModerationContentParam",
    "ModerationContentType",
    "ModerationItemResult",
    "ModerationLabel",
    "ModerationResultNotifyAnswer",
    "ModerationResultNotifyEvent",
    "ModerationVerdict",
    "ModifyAdminRequest",
    "ModifyAdminResponse",
    "ModifyC2cMsgRequest",
    "ModifyC2cMsgResponse",
    "ModifyGroupAttrRequest",
    "ModifyGroupAttrResponse",
    "ModifyGroupBaseInfoRequest",
    "ModifyGroupBaseInfoResponse",
    "ModifyGroupMemberInfoRequest",
    "ModifyGroupMemberInfoResponse",
    "ModifyGroupMsgRequest",
    "ModifyGroupMsgResponse",
    "ModifyOfficialAccountBaseInfoRequest",
    "ModifyOfficialAccountBaseInfoResponse",
    "ModifyPermissionGroupRequest",
    "ModifyPermissionGroupResponse",
    "ModifySubscriberInfoRequest",
    "ModifySubscriberInfoResponse",
    "ModifyTopicRequest",
    "ModifyTopicResponse",
    "ModifyUserInfoRequest",
    "ModifyUserInfoResponse",
    "MsgElement",
    "MsgElementParam",
    "MsgExtension",
    "MsgExtensionParam",
    "MsgExtensionResult",
    "MultiaccountImportRequest",
    "MultiaccountImportResponse",
    "MutedGroupMember",
    "NeedFriendType",
    "NewBlockedWordParam",
    "NewContactGroupParam",
    "NewGroupMemberParam",
    "OfficialAccountAfterMsgWithDrawAnswer",
    "OfficialAccountAfterMsgWithDrawEvent",
    "OfficialAccountAfterSendMsgAnswer",
    "OfficialAccountAfterSendMsgEvent",
    "OfficialAccountBeforeSendMsgAnswer",
    "OfficialAccountBeforeSendMsgEvent",
    "OfficialAccountInfo",
    "OfficialAccountInfoField",
    "OfficialAccountInfoFilterParam",
    "OfficialAccountMessage",
    "OfficialAccountMsgControl",
    "OfficialAccountMsgGetSimpleRequest",
    "OfficialAccountMsgGetSimpleResponse",
    "OfficialAccountMsgRecallRequest",
    "OfficialAccountMsgRecallResponse",
    "OfficialAccountRecallResult",
    "OfficialAccountRefParam",
    "OfficialAccountSubscriber",
    "OfflinePushInfoParam",
    "OnDailyGroupQuotaAlarmAnswer",
    "OnDailyGroupQuotaAlarmEvent",
    "OnMemberStateChangeAnswer",
    "OnMemberStateChangeEvent",
    "OnlinePlatformStatus",
    "OnlineStatus",
    "OnlineStatusError",
    "OnlineStatusResult",
    "PermissionGroupMemberParam",
    "PermissionGroupMemberResult",
    "PermissionGroupResult",
    "PinMessageRequest",
    "PinMessageResponse",
    "PinnedGroupMsg",
    "PortraitGetRequest",
    "PortraitGetResponse",
    "PortraitSetAnswer",
    "PortraitSetEvent",
    "PortraitSetRequest",
    "PortraitSetResponse",
    "PrevFriendAddAnswer",
    "PrevFriendAddEvent",
    "PrevFriendResponseAnswer",
    "PrevFriendResponseEvent",
    "ProfileItem",
    "ProfileItemParam",
    "ProfileTag",
    "PushConditionParam",
    "PushErrorItem",
    "PushFlag",
    "PushRequest",
    "PushResponse",
    "PushTagReplace",
    "PushUserAttrNamesParam",
    "PushUserAttrs",
    "PushUserAttrsParam",
    "PushUserTags",
    "PushUserTagsParam",
    "QueryOnlineStatusRequest",
    "QueryOnlineStatusResponse",
    "QuerystateRequest",
    "QuerystateResponse",
    "RecentContactItemParam",
    "RelayContent",
    "RelayContentParam",
    "RelayElement",
    "RelayElementParam",
    "RelayedMessage",
    "RelayedMessageParam",
    "RemoveAttrRequest",
    "RemoveAttrResponse",
    "RemoveTagRequest",
    "RemoveTagResponse",
    "RequestOverLimitAnswer",
    "RequestOverLimitEvent",
    "RevokeRequest",
    "RevokeResponse",
    "RoamMessage",
    "SearchContactGroupRequest",
    "SearchContactGroupResponse",
    "SendBroadcastMsgRequest",
    "SendBroadcastMsgResponse",
    "SendC2cStreamMsgRequest",
    "SendC2cStreamMsgResponse",
    "SendGroupMsgRequest",
    "SendGroupMsgResponse",
    "SendGroupStreamMsgRequest",
    "SendGroupStreamMsgResponse",
    "SendGroupSystemNotificationRequest",
    "SendGroupSystemNotificationResponse",
    "SendOfficialAccountMsgRequest",
    "SendOfficialAccountMsgResponse",
    "SendStreamMsgRequest",
    "SendStreamMsgResponse",
    "SenderSyncMode",
    "SendmsgRequest",
    "SendmsgResponse",
    "SetAttrNameRequest",
    "SetAttrNameResponse",
    "SetAttrRequest",
    "SetAttrResponse",
    "SetGroupAttrRequest",
    "SetGroupAttrResponse",
    "SetKeyValuesRequest",
    "SetKeyValuesResponse",
    "SetTopicPermissionGroupRequest",
    "SetTopicPermissionGroupResponse",
    "SetUnreadMsgNumRequest",
    "SetUnreadMsgNumResponse",
    "SetnospeakingRequest",
    "SetnospeakingResponse",
    "ShuttedGroupMember",
    "SnsCustomItemParam",
    "SnsResultItem",
    "SnsTag",
    "SnsTagValue",
    "SnsTagValueParam",
    "SoundContent",
    "SoundContentParam",
    "SoundElement",
    "SoundElementParam",
    "StateChangeAnswer",
    "StateChangeEvent",
    "StreamChunk",
    "StreamChunkParam",
    "StreamContent",
    "StreamContentParam",
    "StreamElement",
    "StreamElementParam",
    "StreamEventType",
    "SubscribedAccountFilterParam",
    "SubscribedOfficialAccount",
    "SubscriberAddOutcome",
    "SubscriberAddResult",
    "SubscriberDeleteOutcome",
    "SubscriberDeleteResult",
    "SubscriberMsgFlag",
    "SubscriberRefParam",
    "SubscriberSelfInfo",
    "SubscriberSelfInfoField",
    "TaskPushResultAnswer",
    "TaskPushResultEvent",
    "TextContent",
    "TextContentParam",
    "TextElement",
    "TextElementParam",
    "TopRequest",
    "TopResponse",
    "TopicPermissionParam",
    "TopicPermissionResult",
    "UnbanGroupMemberRequest",
    "UnbanGroupMemberResponse",
    "UnknownMsgElement",
    "UnknownMsgElementParam",
    "UnpinMessageRequest",
    "UnpinMessageResponse",
    "UpdateContactGroupRequest",
    "UpdateContactGroupResponse",
    "UpdateGroupCounterRequest",
    "UpdateGroupCounterResponse",
    "UserProfileItem",
    "VideoFileContent",
    "VideoFileContentParam",
    "VideoFileElement",
    "VideoFileElementParam",
]
__getattr__, __dir__ = lazy_module(
    __name__,
    {
        "AccountImportStatus": "_enums.account_import_status",
        "AddGroupMemberResultCode": "_enums.add_group_member_result_code",
        "AppInfoField": "_enums.app_info_field",
        "ApplyJoinOption": "_enums.apply_join_option",
        "AvchatroomAdminCommand": "_enums.avchatroom_admin_command",
        "AvchatroomMarkCommand": "_enums.avchatroom_mark_command",
        "BlackCheckType": "_enums.black_check_type",
        "BlackRelation": "_enums.black_relation",
        "C2CForbidCallback": "_enums.c2c_forbid_callback",
        "C2CImportMode": "_enums.c2c_import_mode",
        "C2CMsgFlag": "_enums.c2c_msg_flag",
        "C2CSendMsgControl": "_enums.c2c_send_msg_control",
        "ContactGroupMemberOperation": "_enums.contact_group_member_operation",
        "ContactGroupUpdateKind": "_enums.contact_group_update_kind",
        "ContactMarkOperation": "_enums.contact_mark_operation",
        "ConversationListCompleteFlag": "_enums.conversation_list_complete_flag",
        "ConversationPinFlag": "_enums.conversation_pin_flag",
        "ConversationPinOperation": "_enums.conversation_pin_operation",
        "ConversationType": "_enums.conversation_type",
        "EventAddType": "_enums.event_add_type",
        "EventContactType": "_enums.event_contact_type",
        "EventDevicePlatform": "_enums.event_device_platform",
        "EventExtensionOperation": "_enums.event_extension_operation",
        "EventFriendClientCmd": "_enums.event_friend_client_cmd",
        "EventGroupAttrOption": "_enums.event_group_attr_option",
        "EventGroupExitType": "_enums.event_group_exit_type",
        "EventGroupJoinType": "_enums.event_group_join_type",
        "EventGroupMemberRole": "_enums.event_group_member_role",
        "EventGroupMemberState": "_enums.event_group_member_state",
        "EventGroupMemberStateCause": "_enums.event_group_member_state_cause",
        "EventMessagePushKind": "_enums.event_message_push_kind",
        "EventModerationContentType": "_enums.event_moderation_content_type",
        "EventModerationResult": "_enums.event_moderation_result",
        "EventModerationScene": "_enums.event_moderation_scene",
        "EventPushChannel": "_enums.event_push_channel",
        "EventPushPlatform": "_enums.event_push_platform",
        "EventPushStage": "_enums.event_push_stage",
        "EventResponseAction": "_enums.event_response_action",
        "EventStateAction": "_enums.event_state_action",
        "EventStateReason": "_enums.event_state_reason",
        "ExtensionOperation": "_enums.extension_operation",
        "FollowListType": "_enums.follow_list_type",
        "FollowRelation": "_enums.follow_relation",
        "FriendAddType": "_enums.friend_add_type",
        "FriendCheckType": "_enums.friend_check_type",
        "FriendDeleteType": "_enums.friend_delete_type",
        "FriendForceAddFlag": "_enums.friend_force_add_flag",
        "FriendRelation": "_enums.friend_relation",
        "GroupAtAllFlag": "_enums.group_at_all_flag",
        "GroupBaseInfoField": "_enums.group_base_info_field",
        "GroupCounterMode": "_enums.group_counter_mode",
        "GroupFlag": "_enums.group_flag",
        "GroupForbidCallback": "_enums.group_forbid_callback",
        "GroupHistoryCompleteness": "_enums.group_history_completeness",
        "GroupHistoryPlaceholder": "_enums.group_history_placeholder",
        "GroupListTypeFilter": "_enums.group_list_type_filter",
        "GroupMemberInfoField": "_enums.group_member_info_field",
        "GroupMemberRole": "_enums.group_member_role",
        "GroupMemberRoleSetting": "_enums.group_member_role_setting",
        "GroupMsgFlag": "_enums.group_msg_flag",
        "GroupMsgPriority": "_enums.group_msg_priority",
        "GroupMsgPriorityLevel": "_enums.group_msg_priority_level",
        "GroupReceiptListFilter": "_enums.group_receipt_list_filter",
        "GroupRoleQueryResult": "_enums.group_role_query_result",
        "GroupSendMsgControl": "_enums.group_send_msg_control",
        "GroupSwitch": "_enums.group_switch",
        "GroupType": "_enums.group_type",
        "HistoryChatType": "_enums.history_chat_type",
        "ImageFormat": "_enums.image_format",
        "ImageSize": "_enums.image_size",
        "ImportGroupMemberResultCode": "_enums.import_group_member_result_code",
        "InviteJoinOption": "_enums.invite_join_option",
        "LoginPlatform": "_enums.login_platform",
        "MillionGroupMuteAllMember": "_enums.million_group_mute_all_member",
        "MillionGroupTopicField": "_enums.million_group_topic_field",
        "ModerationConfig": "_enums.moderation_config",
        "ModerationContentType": "_enums.moderation_content_type",
        "ModerationLabel": "_enums.moderation_label",
        "ModerationVerdict": "_enums.moderation_verdict",
        "NeedFriendType": "_enums.need_friend_type",
        "OfficialAccountInfoField": "_enums.official_account_info_field",
        "OfficialAccountMsgControl": "_enums.official_account_msg_control",
        "OnlineStatus": "_enums.online_status",
        "ProfileTag": "_enums.profile_tag",
        "PushFlag": "_enums.push_flag",
        "PushTagReplace": "_enums.push_tag_replace",
        "SenderSyncMode": "_enums.sender_sync_mode",
        "SnsTag": "_enums.sns_tag",
        "StreamEventType": "_enums.stream_event_type",
        "SubscriberAddOutcome": "_enums.subscriber_add_outcome",
        "SubscriberDeleteOutcome": "_enums.subscriber_delete_outcome",
        "SubscriberMsgFlag": "_enums.subscriber_msg_flag",
        "SubscriberSelfInfoField": "_enums.subscriber_self_info_field",
        "AfterAddSubscriberAnswer": "_events",
        "AfterAddSubscriberEvent": "_events",
        "AfterChangeGroupOwnerAnswer": "_events",
        "AfterChangeGroupOwnerEvent": "_events",
        "AfterCreateGroupAnswer": "_events",
        "AfterCreateGroupEvent": "_events",
        "AfterCreateOfficialAccountAnswer": "_events",
        "AfterCreateOfficialAccountEvent": "_events",
        "AfterCreateTopicAnswer": "_events",
        "AfterCreateTopicEvent": "_events",
        "AfterDeleteSubscriberAnswer": "_events",
        "AfterDeleteSubscriberEvent": "_events",
        "AfterFollowAddAnswer": "_events",
        "AfterFollowAddEvent": "_events",
        "AfterFollowDeleteAnswer": "_events",
        "AfterFollowDeleteEvent": "_events",
        "AfterGroupAttrChangedAnswer": "_events",
        "AfterGroupAttrChangedEvent": "_events",
        "AfterGroupDestroyedAnswer": "_events",
        "AfterGroupDestroyedEvent": "_events",
        "AfterGroupFullAnswer": "_events",
        "AfterGroupFullEvent": "_events",
        "AfterGroupInfoChangedAnswer": "_events",
        "AfterGroupInfoChangedEvent": "_events",
        "AfterMemberExitAnswer": "_events",
        "AfterMemberExitEvent": "_events",
        "AfterMemberFieldChangedAnswer": "_events",
        "AfterMemberFieldChangedEvent": "_events",
        "AfterNewMemberJoinAnswer": "_events",
        "AfterNewMemberJoinEvent": "_events",
        "AfterOfficialAccountDestroyedAnswer": "_events",
        "AfterOfficialAccountDestroyedEvent": "_events",
        "AfterOfficialAccountFullAnswer": "_events",
        "AfterOfficialAccountFullEvent": "_events",
        "AfterOfficialAccountInfoChangedAnswer": "_events",
        "AfterOfficialAccountInfoChangedEvent": "_events",
        "AfterReadReceiptAnswer": "_events",
        "AfterReadReceiptEvent": "_events",
        "AfterTopicDestroyedAnswer": "_events",
        "AfterTopicDestroyedEvent": "_events",
        "AfterTopicInfoChangedAnswer": "_events",
        "AfterTopicInfoChangedEvent": "_events",
        "BeforeAddSubscriberAnswer": "_events",
        "BeforeAddSubscriberEvent": "_events",
        "BeforeApplyJoinGroupAnswer": "_events",
        "BeforeApplyJoinGroupEvent": "_events",
        "BeforeCreateGroupAnswer": "_events",
        "BeforeCreateGroupEvent": "_events",
        "BeforeCreateOfficialAccountAnswer": "_events",
        "BeforeCreateOfficialAccountEvent": "_events",
        "BeforeCreateTopicAnswer": "_events",
        "BeforeCreateTopicEvent": "_events",
        "BeforeInviteJoinGroupAnswer": "_events",
        "BeforeInviteJoinGroupEvent": "_events",
        "BlackListAddAnswer": "_events",
        "BlackListAddEvent": "_events",
        "BlackListDeleteAnswer": "_events",
        "BlackListDeleteEvent": "_events",
        "BotOnC2CMessageAnswer": "_events",
        "BotOnC2CMessageEvent": "_events",
        "BotOnGroupMessageAnswer": "_events",
        "BotOnGroupMessageEvent": "_events",
        "C2CAfterMsgExtensionAnswer": "_events",
        "C2CAfterMsgExtensionEvent": "_events",
        "C2CAfterMsgReportAnswer": "_events",
        "C2CAfterMsgReportEvent": "_events",
        "C2CAfterMsgWithDrawAnswer": "_events",
        "C2CAfterMsgWithDrawEvent": "_events",
        "C2CAfterSendMsgAnswer": "_events",
        "C2CAfterSendMsgEvent": "_events",
        "C2CBeforeSendMsgAnswer": "_events",
        "C2CBeforeSendMsgEvent": "_events",
        "EventAccountPair": "_events",
        "EventExtensionItem": "_events",
        "EventFollowTarget": "_events",
        "EventFriendDecisionParam": "_events",
        "EventFriendPair": "_events",
        "EventFriendRequest": "_events",
        "EventFriendResponse": "_events",
        "EventGroupAttr": "_events",
        "EventKickedDevice": "_events",
        "EventMember": "_events",
        "EventMessagePushResult": "_events",
        "EventModerationContact": "_events",
        "EventMsgKeyItem": "_events",
        "EventMsgSeqItem": "_events",
        "EventProfileItem": "_events",
        "EventReadReceipt": "_events",
        "EventStateInfo": "_events",
        "EventSubscriber": "_events",
        "EventTaskPushResult": "_events",
        "FriendAddAnswer": "_events",
        "FriendAddEvent": "_events",
        "FriendDeleteAnswer": "_events",
        "FriendDeleteEvent": "_events",
        "GroupAfterMsgExtensionAnswer": "_events",
        "GroupAfterMsgExtensionEvent": "_events",
        "GroupAfterRecallMsgAnswer": "_events",
        "GroupAfterRecallMsgEvent": "_events",
        "GroupAfterSendMsgAnswer": "_events",
        "GroupAfterSendMsgEvent": "_events",
        "GroupBeforeSendMsgAnswer": "_events",
        "GroupBeforeSendMsgEvent": "_events",
        "GroupSendMsgExceptionAnswer": "_events",
        "GroupSendMsgExceptionEvent": "_events",
        "MessagePushResultAnswer": "_events",
        "MessagePushResultEvent": "_events",
        "ModerationResultNotifyAnswer": "_events",
        "ModerationResultNotifyEvent": "_events",
        "OfficialAccountAfterMsgWithDrawAnswer": "_events",
        "OfficialAccountAfterMsgWithDrawEvent": "_events",
        "OfficialAccountAfterSendMsgAnswer": "_events",
        "OfficialAccountAfterSendMsgEvent": "_events",
        "OfficialAccountBeforeSendMsgAnswer": "_events",
        "OfficialAccountBeforeSendMsgEvent": "_events",
        "OnDailyGroupQuotaAlarmAnswer": "_events",
        "OnDailyGroupQuotaAlarmEvent": "_events",
        "OnMemberStateChangeAnswer": "_events",
        "OnMemberStateChangeEvent": "_events",
        "PortraitSetAnswer": "_events",
        "PortraitSetEvent": "_events",
        "PrevFriendAddAnswer": "_events",
        "PrevFriendAddEvent": "_events",
        "PrevFriendResponseAnswer": "_events",
        "PrevFriendResponseEvent": "_events",
        "RequestOverLimitAnswer": "_events",
        "RequestOverLimitEvent": "_events",
        "StateChangeAnswer": "_events",
        "StateChangeEvent": "_events",
        "TaskPushResultAnswer": "_events",
        "TaskPushResultEvent": "_events",
        "CustomContent": "_shared.msg_element",
        "CustomElement": "_shared.msg_element",
        "FaceContent": "_shared.msg_element",
        "FaceElement": "_shared.msg_element",
        "FileContent": "_shared.msg_element",
        "FileElement": "_shared.msg_element",
        "ImageContent": "_shared.msg_element",
        "ImageElement": "_shared.msg_element",
        "ImageInfo": "_shared.msg_element",
        "LocationContent": "_shared.msg_element",
        "LocationElement": "_shared.msg_element",
        "MsgElement": "_shared.msg_element",
        "RelayContent": "_shared.msg_element",
        "RelayElement": "_shared.msg_element",
        "RelayedMessage": "_shared.msg_element",
        "SoundContent": "_shared.msg_element",
        "SoundElement": "_shared.msg_element",
        "StreamChunk": "_shared.msg_element",
        "StreamContent": "_shared.msg_element",
        "StreamElement": "_shared.msg_element",
        "TextContent": "_shared.msg_element",
        "TextElement": "_shared.msg_element",
        "UnknownMsgElement": "_shared.msg_element",
        "VideoFileContent": "_shared.msg_element",
        "VideoFileElement": "_shared.msg_element",
        "CustomContentParam": "_shared.msg_element_param",
        "CustomElementParam": "_shared.msg_element_param",
        "FaceContentParam": "_shared.msg_element_param",
        "FaceElementParam": "_shared.msg_element_param",
        "FileContentParam": "_shared.msg_element_param",
        "FileElementParam": "_shared.msg_element_param",
        "ImageContentParam": "_shared.msg_element_param",
        "ImageElementParam": "_shared.msg_element_param",
        "ImageInfoParam": "_shared.msg_element_param",
        "LocationContentParam": "_shared.msg_element_param",
        "LocationElementParam": "_shared.msg_element_param",
        "MsgElementParam": "_shared.msg_element_param",
        "RelayContentParam": "_shared.msg_element_param",
        "RelayElementParam": "_shared.msg_element_param",
        "RelayedMessageParam": "_shared.msg_element_param",
        "SoundContentParam": "_shared.msg_element_param",
        "SoundElementParam": "_shared.msg_element_param",
        "StreamChunkParam": "_shared.msg_element_param",
        "StreamContentParam": "_shared.msg_element_param",
        "StreamElementParam": "_shared.msg_element_param",
        "TextContentParam": "_shared.msg_element_param",
        "TextElementParam": "_shared.msg_element_param",
        "UnknownMsgElementParam": "_shared.msg_element_param",
        "VideoFileContentParam": "_shared.msg_element_param",
        "VideoFileElementParam": "_shared.msg_element_param",
        "AndroidPushInfoParam": "_shared.offline_push_info_param",
        "ApnsPushInfoParam": "_shared.offline_push_info_param",
        "OfflinePushInfoParam": "_shared.offline_push_info_param",
        "ProfileItem": "_shared.profile_item",
        "ProfileItemParam": "_shared.profile_item_param",
        "PushConditionParam": "_shared.push_condition_param",
        "PushUserAttrNamesParam": "_shared.push_user_attr_names_param",
        "PushUserAttrs": "_shared.push_user_attrs",
        "PushUserAttrsParam": "_shared.push_user_attrs_param",
        "PushUserTags": "_shared.push_user_tags",
        "PushUserTagsParam": "_shared.push_user_tags_param",
        "SnsResultItem": "_shared.sns_result_item",
        "ImAddTagRequest": "all_member_push.im_add_tag",
        "ImAddTagResponse": "all_member_push.im_add_tag",
        "ImGetAttrRequest": "all_member_push.im_get_attr",
        "ImGetAttrResponse": "all_member_push.im_get_attr",
        "ImGetAttrNameRequest": "all_member_push.im_get_attr_name",
        "ImGetAttrNameResponse": "all_member_push.im_get_attr_name",
        "ImGetTagRequest": "all_member_push.im_get_tag",
        "ImGetTagResponse": "all_member_push.im_get_tag",
        "ImPushRequest": "all_member_push.im_push",
        "ImPushResponse": "all_member_push.im_push",
        "ImRemoveAllTagsRequest": "all_member_push.im_remove_all_tags",
        "ImRemoveAllTagsResponse": "all_member_push.im_remove_all_tags",
        "ImRemoveAttrRequest": "all_member_push.im_remove_attr",
        "ImRemoveAttrResponse": "all_member_push.im_remove_attr",
        "ImRemoveTagRequest": "all_member_push.im_remove_tag",
        "ImRemoveTagResponse": "all_member_push.im_remove_tag",
        "ImSetAttrRequest": "all_member_push.im_set_attr",
        "ImSetAttrResponse": "all_member_push.im_set_attr",
        "ImSetAttrNameRequest": "all_member_push.im_set_attr_name",
        "ImSetAttrNameResponse": "all_member_push.im_set_attr_name",
        "GetIpListRequest": "config_svc.get_ip_list",
        "GetIpListResponse": "config_svc.get_ip_list",
        "FollowAddRequest": "follow.follow_add",
        "FollowAddResponse": "follow.follow_add",
        "FollowTargetParam": "follow.follow_add",
        "FollowCheckItem": "follow.follow_check",
        "FollowCheckRequest": "follow.follow_check",
        "FollowCheckResponse": "follow.follow_check",
        "FollowDeleteRequest": "follow.follow_delete",
        "FollowDeleteResponse": "follow.follow_delete",
        "FollowGetRequest": "follow.follow_get",
        "FollowGetResponse": "follow.follow_get",
        "FollowListItem": "follow.follow_get",
        "FollowGetInfoRequest": "follow.follow_get_info",
        "FollowGetInfoResponse": "follow.follow_get_info",
        "FollowInfo": "follow.follow_get_info",
        "GetGroupAttrRequest": "group_open_attr_http_svc.get_group_attr",
        "GetGroupAttrResponse": "group_open_attr_http_svc.get_group_attr",
        "GroupAttributeItem": "group_open_attr_http_svc.get_group_attr",
        "AddRobotsRequest": "group_open_avchatroom_http_svc.add_robots",
        "AddRobotsResponse": "group_open_avchatroom_http_svc.add_robots",
        "CheckMembersRequest": "group_open_avchatroom_http_svc.check_members",
        "CheckMembersResponse": "group_open_avchatroom_http_svc.check_members",
        "DelRobotsRequest": "group_open_avchatroom_http_svc.del_robots",
        "DelRobotsResponse": "group_open_avchatroom_http_svc.del_robots",
        "AvchatroomAdmin": "group_open_avchatroom_http_svc.get_admin_list",
        "GetAdminListRequest": "group_open_avchatroom_http_svc.get_admin_list",
        "GetAdminListResponse": "group_open_avchatroom_http_svc.get_admin_list",
        "AvchatroomOnlineMember": "group_open_avchatroom_http_svc.get_members",
        "GetMembersRequest": "group_open_avchatroom_http_svc.get_members",
        "GetMembersResponse": "group_open_avchatroom_http_svc.get_members",
        "ModifyAdminRequest": "group_open_avchatroom_http_svc.modify_admin",
        "ModifyAdminResponse": "group_open_avchatroom_http_svc.modify_admin",
        "AvchatroomMemberMarks": "group_open_avchatroom_http_svc.modify_user_info",
        "AvchatroomMemberMarksParam": "group_open_avchatroom_http_svc.modify_user_info",
        "ModifyUserInfoRequest": "group_open_avchatroom_http_svc.modify_user_info",
        "ModifyUserInfoResponse": "group_open_avchatroom_http_svc.modify_user_info",
        "AppDefinedDataItem": "group_open_http_svc._shared",
        "AppDefinedDataItemParam": "group_open_http_svc._shared",
        "GroupAttrEntryParam": "group_open_http_svc._shared",
        "GroupCounterEntry": "group_open_http_svc._shared",
        "GroupCounterEntryParam": "group_open_http_svc._shared",
        "GroupMemberInfo": "group_open_http_svc._shared",
        "GroupMsgSeqItemParam": "group_open_http_svc._shared",
        "PermissionGroupMemberParam": "group_open_http_svc._shared",
        "TopicPermissionParam": "group_open_http_svc._shared",
        "TopicPermissionResult": "group_open_http_svc._shared",
        "AddGroupMemberRequest": "group_open_http_svc.add_group_member",
        "AddGroupMemberResponse": "group_open_http_svc.add_group_member",
        "AddGroupMemberResult": "group_open_http_svc.add_group_member",
        "GroupMemberToAddParam": "group_open_http_svc.add_group_member",
        "AddPermissionGroupMemberRequest": "group_open_http_svc.add_permission_group_member",
        "AddPermissionGroupMemberResponse": "group_open_http_svc.add_permission_group_member",
        "PermissionGroupMemberResult": "group_open_http_svc.add_permission_group_member",
        "AddTopicPermissionGroupRequest": "group_open_http_svc.add_topic_permission_group",
        "AddTopicPermissionGroupResponse": "group_open_http_svc.add_topic_permission_group",
        "BanGroupMemberRequest": "group_open_http_svc.ban_group_member",
        "BanGroupMemberResponse": "group_open_http_svc.ban_group_member",
        "ChangeGroupOwnerRequest": "group_open_http_svc.change_group_owner",
        "ChangeGroupOwnerResponse": "group_open_http_svc.change_group_owner",
        "ClearGroupAttrRequest": "group_open_http_svc.clear_group_attr",
        "ClearGroupAttrResponse": "group_open_http_svc.clear_group_attr",
        "ClearGroupMsgRequest": "group_open_http_svc.clear_group_msg",
        "ClearGroupMsgResponse": "group_open_http_svc.clear_group_msg",
        "CreateGroupRequest": "group_open_http_svc.create_group",
        "CreateGroupResponse": "group_open_http_svc.create_group",
        "NewGroupMemberParam": "group_open_http_svc.create_group",
        "CreatePermissionGroupRequest": "group_open_http_svc.create_permission_group",
        "CreatePermissionGroupResponse": "group_open_http_svc.create_permission_group",
        "DeleteGroupAttrRequest": "group_open_http_svc.delete_group_attr",
        "DeleteGroupAttrResponse": "group_open_http_svc.delete_group_attr",
        "GroupAttrKeyParam": "group_open_http_svc.delete_group_attr",
        "DeleteGroupCounterRequest": "group_open_http_svc.delete_group_counter",
        "DeleteGroupCounterResponse": "group_open_http_svc.delete_group_counter",
        "DeleteGroupMemberRequest": "group_open_http_svc.delete_group_member",
        "DeleteGroupMemberResponse": "group_open_http_svc.delete_group_member",
        "DeleteGroupMsgBySenderRequest": "group_open_http_svc.delete_group_msg_by_sender",
        "DeleteGroupMsgBySenderResponse": "group_open_http_svc.delete_group_msg_by_sender",
        "DeletePermissionGroupMemberRequest": "group_open_http_svc.delete_permission_group_member",
        "DeletePermissionGroupMemberResponse": "group_open_http_svc.delete_permission_group_member",
        "DeleteTopicPermissionGroupRequest": "group_open_http_svc.delete_topic_permission_group",
        "DeleteTopicPermissionGroupResponse": "group_open_http_svc.delete_topic_permission_group",
        "DestroyGroupRequest": "group_open_http_svc.destroy_group",
        "DestroyGroupResponse": "group_open_http_svc.destroy_group",
        "DestroyPermissionGroupRequest": "group_open_http_svc.destroy_permission_group",
        "DestroyPermissionGroupResponse": "group_open_http_svc.destroy_permission_group",
        "PermissionGroupResult": "group_open_http_svc.destroy_permission_group",
        "ForbidSendMsgRequest": "group_open_http_svc.forbid_send_msg",
        "ForbidSendMsgResponse": "group_open_http_svc.forbid_send_msg",
        "GetAppidGroupListRequest": "group_open_http_svc.get_appid_group_list",
        "GetAppidGroupListResponse": "group_open_http_svc.get_appid_group_list",
        "GroupIdEntry": "group_open_http_svc.get_appid_group_list",
        "BannedGroupMember": "group_open_http_svc.get_group_ban_member",
        "GetGroupBanMemberRequest": "group_open_http_svc.get_group_ban_member",
        "GetGroupBanMemberResponse": "group_open_http_svc.get_group_ban_member",
        "GetGroupCounterRequest": "group_open_http_svc.get_group_counter",
        "GetGroupCounterResponse": "group_open_http_svc.get_group_counter",
        "GetGroupInfoRequest": "group_open_http_svc.get_group_info",
        "GetGroupInfoResponse": "group_open_http_svc.get_group_info",
        "GroupInfo": "group_open_http_svc.get_group_info",
        "GroupInfoResponseFilterParam": "group_open_http_svc.get_group_info",
        "GetGroupMemberInfoRequest": "group_open_http_svc.get_group_member_info",
        "GetGroupMemberInfoResponse": "group_open_http_svc.get_group_member_info",
        "GetGroupMsgReceiptRequest": "group_open_http_svc.get_group_msg_receipt",
        "GetGroupMsgReceiptResponse": "group_open_http_svc.get_group_msg_receipt",
        "GroupMsgReceiptCount": "group_open_http_svc.get_group_msg_receipt",
        "GetGroupMsgReceiptDetailRequest": "group_open_http_svc.get_group_msg_receipt_detail",
        "GetGroupMsgReceiptDetailResponse": "group_open_http_svc.get_group_msg_receipt_detail",
        "GroupMsgNonReader": "group_open_http_svc.get_group_msg_receipt_detail",
        "GroupMsgReader": "group_open_http_svc.get_group_msg_receipt_detail",
        "GetGroupMutedAccountRequest": "group_open_http_svc.get_group_muted_account",
        "GetGroupMutedAccountResponse": "group_open_http_svc.get_group_muted_account",
        "MutedGroupMember": "group_open_http_svc.get_group_muted_account",
        "GetGroupShuttedUinRequest": "group_open_http_svc.get_group_shutted_uin",
        "GetGroupShuttedUinResponse": "group_open_http_svc.get_group_shutted_uin",
        "ShuttedGroupMember": "group_open_http_svc.get_group_shutted_uin",
        "GetJoinedGroupListRequest": "group_open_http_svc.get_joined_group_list",
        "GetJoinedGroupListResponse": "group_open_http_svc.get_joined_group_list",
        "JoinedGroup": "group_open_http_svc.get_joined_group_list",
        "JoinedGroupResponseFilterParam": "group_open_http_svc.get_joined_group_list",
        "JoinedGroupSelfInfo": "group_open_http_svc.get_joined_group_list",
        "GroupGetOnlineMemberNumRequest": "group_open_http_svc.get_online_member_num",
        "GroupGetOnlineMemberNumResponse": "group_open_http_svc.get_online_member_num",
        "GetPermissionGroupRequest": "group_open_http_svc.get_permission_group",
        "GetPermissionGroupResponse": "group_open_http_svc.get_permission_group",
        "GetPermissionGroupMemberListRequest": "group_open_http_svc.get_permission_group_member_list",
        "GetPermissionGroupMemberListResponse": "group_open_http_svc.get_permission_group_member_list",
        "GetPinnedMessagesRequest": "group_open_http_svc.get_pinned_messages",
        "GetPinnedMessagesResponse": "group_open_http_svc.get_pinned_messages",
        "PinnedGroupMsg": "group_open_http_svc.get_pinned_messages",
        "GetRoleInGroupRequest": "group_open_http_svc.get_role_in_group",
        "GetRoleInGroupResponse": "group_open_http_svc.get_role_in_group",
        "GroupRoleEntry": "group_open_http_svc.get_role_in_group",
        "GetSpecifiedGroupMemberInfoRequest": "group_open_http_svc.get_specified_group_member_info",
        "GetSpecifiedGroupMemberInfoResponse": "group_open_http_svc.get_specified_group_member_info",
        "GetTopicPermissionGroupRequest": "group_open_http_svc.get_topic_permission_group",
        "GetTopicPermissionGroupResponse": "group_open_http_svc.get_topic_permission_group",
        "GroupHistoryMsg": "group_open_http_svc.group_msg_get_simple",
        "GroupMsgGetSimpleRequest": "group_open_http_svc.group_msg_get_simple",
        "GroupMsgGetSimpleResponse": "group_open_http_svc.group_msg_get_simple",
        "GroupMsgRecallRequest": "group_open_http_svc.group_msg_recall",
        "GroupMsgRecallResponse": "group_open_http_svc.group_msg_recall",
        "GroupRecallResult": "group_open_http_svc.group_msg_recall",
        "GroupMsgReceiptRequest": "group_open_http_svc.group_msg_receipt",
        "GroupMsgReceiptResponse": "group_open_http_svc.group_msg_receipt",
        "ImportGroupRequest": "group_open_http_svc.import_group",
        "ImportGroupResponse": "group_open_http_svc.import_group",
        "ImportGroupMemberItemParam": "group_open_http_svc.import_group_member",
        "ImportGroupMemberRequest": "group_open_http_svc.import_group_member",
        "ImportGroupMemberResponse": "group_open_http_svc.import_group_member",
        "ImportGroupMemberResult": "group_open_http_svc.import_group_member",
        "ImportGroupMsgItemParam": "group_open_http_svc.import_group_msg",
        "ImportGroupMsgRequest": "group_open_http_svc.import_group_msg",
        "ImportGroupMsgResponse": "group_open_http_svc.import_group_msg",
        "ImportGroupMsgResult": "group_open_http_svc.import_group_msg",
        "ImportTopicRequest": "group_open_http_svc.import_topic",
        "ImportTopicResponse": "group_open_http_svc.import_topic",
        "ModifyGroupAttrRequest": "group_open_http_svc.modify_group_attr",
        "ModifyGroupAttrResponse": "group_open_http_svc.modify_group_attr",
        "ModifyGroupBaseInfoRequest": "group_open_http_svc.modify_group_base_info",
        "ModifyGroupBaseInfoResponse": "group_open_http_svc.modify_group_base_info",
        "ModifyGroupMemberInfoRequest": "group_open_http_svc.modify_group_member_info",
        "ModifyGroupMemberInfoResponse": "group_open_http_svc.modify_group_member_info",
        "ModifyPermissionGroupRequest": "group_open_http_svc.modify_permission_group",
        "ModifyPermissionGroupResponse": "group_open_http_svc.modify_permission_group",
        "PinMessageRequest": "group_open_http_svc.pin_message",
        "PinMessageResponse": "group_open_http_svc.pin_message",
        "SendBroadcastMsgRequest": "group_open_http_svc.send_broadcast_msg",
        "SendBroadcastMsgResponse": "group_open_http_svc.send_broadcast_msg",
        "GroupAtInfoParam": "group_open_http_svc.send_group_msg",
        "SendGroupMsgRequest": "group_open_http_svc.send_group_msg",
        "SendGroupMsgResponse": "group_open_http_svc.send_group_msg",
        "SendGroupSystemNotificationRequest": "group_open_http_svc.send_group_system_notification",
        "SendGroupSystemNotificationResponse": "group_open_http_svc.send_group_system_notification",
        "SetGroupAttrRequest": "group_open_http_svc.set_group_attr",
        "SetGroupAttrResponse": "group_open_http_svc.set_group_attr",
        "SetTopicPermissionGroupRequest": "group_open_http_svc.set_topic_permission_group",
        "SetTopicPermissionGroupResponse": "group_open_http_svc.set_topic_permission_group",
        "SetUnreadMsgNumRequest": "group_open_http_svc.set_unread_msg_num",
        "SetUnreadMsgNumResponse": "group_open_http_svc.set_unread_msg_num",
        "UnbanGroupMemberRequest": "group_open_http_svc.unban_group_member",
        "UnbanGroupMemberResponse": "group_open_http_svc.unban_group_member",
        "UnpinMessageRequest": "group_open_http_svc.unpin_message",
        "UnpinMessageResponse": "group_open_http_svc.unpin_message",
        "UpdateGroupCounterRequest": "group_open_http_svc.update_group_counter",
        "UpdateGroupCounterResponse": "group_open_http_svc.update_group_counter",
        "BatchContentModerationRequest": "im_msg_audit.batch_content_moderation",
        "BatchContentModerationResponse": "im_msg_audit.batch_content_moderation",
        "ModerationContentParam": "im_msg_audit.batch_content_moderation",
        "ModerationItemResult": "im_msg_audit.batch_content_moderation",
        "ContentModerationRequest": "im_msg_audit.content_moderation",
        "ContentModerationResponse": "im_msg_audit.content_moderation",
        "AddCloudAuditKeywordsRequest": "im_msg_audit_mgr.add_cloud_audit_keywords",
        "AddCloudAuditKeywordsResponse": "im_msg_audit_mgr.add_cloud_audit_keywords",
        "NewBlockedWordParam": "im_msg_audit_mgr.add_cloud_audit_keywords",
        "BlockedWordDeletion": "im_msg_audit_mgr.delete_cloud_audit_keywords",
        "DeleteCloudAuditKeywordsRequest": "im_msg_audit_mgr.delete_cloud_audit_keywords",
        "DeleteCloudAuditKeywordsResponse": "im_msg_audit_mgr.delete_cloud_audit_keywords",
        "BlockedWord": "im_msg_audit_mgr.get_cloud_audit_keywords",
        "GetCloudAuditKeywordsRequest": "im_msg_audit_mgr.get_cloud_audit_keywords",
        "GetCloudAuditKeywordsResponse": "im_msg_audit_mgr.get_cloud_audit_keywords",
        "GetCloudAuditKeywordsIdsRequest": "im_msg_audit_mgr.get_cloud_audit_keywords_ids",
        "GetCloudAuditKeywordsIdsResponse": "im_msg_audit_mgr.get_cloud_audit_keywords_ids",
        "KeywordLibrary": "im_msg_audit_mgr.get_cloud_audit_keywords_ids",
        "AccountUserIdItemParam": "im_open_login_svc._shared",
        "AccountCheckRequest": "im_open_login_svc.account_check",
        "AccountCheckResponse": "im_open_login_svc.account_check",
        "AccountCheckResult": "im_open_login_svc.account_check",
        "AccountDeleteRequest": "im_open_login_svc.account_delete",
        "AccountDeleteResponse": "im_open_login_svc.account_delete",
        "AccountDeleteResult": "im_open_login_svc.account_delete",
        "AccountImportRequest": "im_open_login_svc.account_import",
        "AccountImportResponse": "im_open_login_svc.account_import",
        "KickRequest": "im_open_login_svc.kick",
        "KickResponse": "im_open_login_svc.kick",
        "AccountImportItemParam": "im_open_login_svc.multiaccount_import",
        "MultiaccountImportRequest": "im_open_login_svc.multiaccount_import",
        "MultiaccountImportResponse": "im_open_login_svc.multiaccount_import",
        "CreateTopicRequest": "million_group_open_http_svc.create_topic",
        "CreateTopicResponse": "million_group_open_http_svc.create_topic",
        "DestroyTopicRequest": "million_group_open_http_svc.destroy_topic",
        "DestroyTopicResponse": "million_group_open_http_svc.destroy_topic",
        "MillionGroupTopicResult": "million_group_open_http_svc.destroy_topic",
        "MillionGroupGetOnlineMemberNumRequest": "million_group_open_http_svc.get_online_member_num",
        "MillionGroupGetOnlineMemberNumResponse": "million_group_open_http_svc.get_online_member_num",
        "GetTopicRequest": "million_group_open_http_svc.get_topic",
        "GetTopicResponse": "million_group_open_http_svc.get_topic",
        "MillionGroupTopicAndSelfInfo": "million_group_open_http_svc.get_topic",
        "MillionGroupTopicInfo": "million_group_open_http_svc.get_topic",
        "MillionGroupTopicSelfInfo": "million_group_open_http_svc.get_topic",
        "ModifyTopicRequest": "million_group_open_http_svc.modify_topic",
        "ModifyTopicResponse": "million_group_open_http_svc.modify_topic",
        "AddSubscriberRequest": "official_account_open_http_svc.add_subscriber",
        "AddSubscriberResponse": "official_account_open_http_svc.add_subscriber",
        "SubscriberAddResult": "official_account_open_http_svc.add_subscriber",
        "SubscriberRefParam": "official_account_open_http_svc.add_subscriber",
        "CreateOfficialAccountRequest": "official_account_open_http_svc.create_official_account",
        "CreateOfficialAccountResponse": "official_account_open_http_svc.create_official_account",
        "DeleteSubscriberRequest": "official_account_open_http_svc.delete_subscriber",
        "DeleteSubscriberResponse": "official_account_open_http_svc.delete_subscriber",
        "SubscriberDeleteResult": "official_account_open_http_svc.delete_subscriber",
        "DestroyOfficialAccountRequest": "official_account_open_http_svc.destroy_official_account",
        "DestroyOfficialAccountResponse": "official_account_open_http_svc.destroy_official_account",
        "GetOfficialAccountInfoRequest": "official_account_open_http_svc.get_official_account_info",
        "GetOfficialAccountInfoResponse": "official_account_open_http_svc.get_official_account_info",
        "OfficialAccountInfo": "official_account_open_http_svc.get_official_account_info",
        "OfficialAccountInfoFilterParam": "official_account_open_http_svc.get_official_account_info",
        "OfficialAccountRefParam": "official_account_open_http_svc.get_official_account_info",
        "GetSubscribedOfficialAccountListRequest": "official_account_open_http_svc.get_subscribed_official_account_list",
        "GetSubscribedOfficialAccountListResponse": "official_account_open_http_svc.get_subscribed_official_account_list",
        "SubscribedAccountFilterParam": "official_account_open_http_svc.get_subscribed_official_account_list",
        "SubscribedOfficialAccount": "official_account_open_http_svc.get_subscribed_official_account_list",
        "SubscriberSelfInfo": "official_account_open_http_svc.get_subscribed_official_account_list",
        "GetSubscriberInfoRequest": "official_account_open_http_svc.get_subscriber_info",
        "GetSubscriberInfoResponse": "official_account_open_http_svc.get_subscriber_info",
        "OfficialAccountSubscriber": "official_account_open_http_svc.get_subscriber_info",
        "ModifyOfficialAccountBaseInfoRequest": "official_account_open_http_svc.modify_official_account_base_info",
        "ModifyOfficialAccountBaseInfoResponse": "official_account_open_http_svc.modify_official_account_base_info",
        "ModifySubscriberInfoRequest": "official_account_open_http_svc.modify_subscriber_info",
        "ModifySubscriberInfoResponse": "official_account_open_http_svc.modify_subscriber_info",
        "OfficialAccountMessage": "official_account_open_http_svc.official_account_msg_get_simple",
        "OfficialAccountMsgGetSimpleRequest": "official_account_open_http_svc.official_account_msg_get_simple",
        "OfficialAccountMsgGetSimpleResponse": "official_account_open_http_svc.official_account_msg_get_simple",
        "OfficialAccountMsgRecallRequest": "official_account_open_http_svc.official_account_msg_recall",
        "OfficialAccountMsgRecallResponse": "official_account_open_http_svc.official_account_msg_recall",
        "OfficialAccountRecallResult": "official_account_open_http_svc.official_account_msg_recall",
        "SendOfficialAccountMsgRequest": "official_account_open_http_svc.send_official_account_msg",
        "SendOfficialAccountMsgResponse": "official_account_open_http_svc.send_official_account_msg",
        "GetHistoryRequest": "open_msg_svc.get_history",
        "GetHistoryResponse": "open_msg_svc.get_history",
        "HistoryFile": "open_msg_svc.get_history",
        "AppInfoDay": "openconfigsvr.getappinfo",
        "GetappinfoRequest": "openconfigsvr.getappinfo",
        "GetappinfoResponse": "openconfigsvr.getappinfo",
        "GetnospeakingRequest": "openconfigsvr.getnospeaking",
        "GetnospeakingResponse": "openconfigsvr.getnospeaking",
        "SetnospeakingRequest": "openconfigsvr.setnospeaking",
        "SetnospeakingResponse": "openconfigsvr.setnospeaking",
        "OnlinePlatformStatus": "openim._shared",
        "AdminGetroammsgRequest": "openim.admin_getroammsg",
        "AdminGetroammsgResponse": "openim.admin_getroammsg",
        "RoamMessage": "openim.admin_getroammsg",
        "AdminMsgwithdrawRequest": "openim.admin_msgwithdraw",
        "AdminMsgwithdrawResponse": "openim.admin_msgwithdraw",
        "AdminSetMsgReadRequest": "openim.admin_set_msg_read",
        "AdminSetMsgReadResponse": "openim.admin_set_msg_read",
        "BatchSendError": "openim.batchsendmsg",
        "BatchsendmsgRequest": "openim.batchsendmsg",
        "BatchsendmsgResponse": "openim.batchsendmsg",
        "C2CReceiptMessageParam": "openim.c2c_msg_read_receipt",
        "C2cMsgReadReceiptRequest": "openim.c2c_msg_read_receipt",
        "C2cMsgReadReceiptResponse": "openim.c2c_msg_read_receipt",
        "DeleteC2cMsgRambleRequest": "openim.delete_c2c_msg_ramble",
        "DeleteC2cMsgRambleResponse": "openim.delete_c2c_msg_ramble",
        "C2CUnreadCount": "openim.get_c2c_unread_msg_num",
        "C2CUnreadError": "openim.get_c2c_unread_msg_num",
        "GetC2cUnreadMsgNumRequest": "openim.get_c2c_unread_msg_num",
        "GetC2cUnreadMsgNumResponse": "openim.get_c2c_unread_msg_num",
        "ImportmsgRequest": "openim.importmsg",
        "ImportmsgResponse": "openim.importmsg",
        "ModifyC2cMsgRequest": "openim.modify_c2c_msg",
        "ModifyC2cMsgResponse": "openim.modify_c2c_msg",
        "ModifyGroupMsgRequest": "openim.modify_group_msg",
        "ModifyGroupMsgResponse": "openim.modify_group_msg",
        "OnlineStatusError": "openim.query_online_status",
        "OnlineStatusResult": "openim.query_online_status",
        "QueryOnlineStatusRequest": "openim.query_online_status",
        "QueryOnlineStatusResponse": "openim.query_online_status",
        "LegacyStateResult": "openim.querystate",
        "QuerystateRequest": "openim.querystate",
        "QuerystateResponse": "openim.querystate",
        "SendmsgRequest": "openim.sendmsg",
        "SendmsgResponse": "openim.sendmsg",
        "MsgExtension": "openim_msg_ext_http_svc._shared",
        "MsgExtensionParam": "openim_msg_ext_http_svc._shared",
        "MsgExtensionResult": "openim_msg_ext_http_svc._shared",
        "GetKeyValuesRequest": "openim_msg_ext_http_svc.get_key_values",
        "GetKeyValuesResponse": "openim_msg_ext_http_svc.get_key_values",
        "GroupGetKeyValuesRequest": "openim_msg_ext_http_svc.group_get_key_values",
        "GroupGetKeyValuesResponse": "openim_msg_ext_http_svc.group_get_key_values",
        "GroupSetKeyValuesRequest": "openim_msg_ext_http_svc.group_set_key_values",
        "GroupSetKeyValuesResponse": "openim_msg_ext_http_svc.group_set_key_values",
        "SetKeyValuesRequest": "openim_msg_ext_http_svc.set_key_values",
        "SetKeyValuesResponse": "openim_msg_ext_http_svc.set_key_values",
        "CreateRobotRequest": "openim_robot_http_svc.create_robot",
        "CreateRobotResponse": "openim_robot_http_svc.create_robot",
        "DeleteRobotRequest": "openim_robot_http_svc.delete_robot",
        "DeleteRobotResponse": "openim_robot_http_svc.delete_robot",
        "GetAllRobotsRequest": "openim_robot_http_svc.get_all_robots",
        "GetAllRobotsResponse": "openim_robot_http_svc.get_all_robots",
        "SendStreamMsgRequest": "openim_robot_http_svc.send_stream_msg",
        "SendStreamMsgResponse": "openim_robot_http_svc.send_stream_msg",
        "PortraitGetRequest": "profile.portrait_get",
        "PortraitGetResponse": "profile.portrait_get",
        "UserProfileItem": "profile.portrait_get",
        "PortraitSetRequest": "profile.portrait_set",
        "PortraitSetResponse": "profile.portrait_set",
        "ContactGroupItem": "recentcontact._shared",
        "ContactItem": "recentcontact._shared",
        "ContactItemParam": "recentcontact._shared",
        "ContactMarkItem": "recentcontact._shared",
        "ContactGroupCreateResult": "recentcontact.create_contact_group",
        "ContactResultItem": "recentcontact.create_contact_group",
        "CreateContactGroupRequest": "recentcontact.create_contact_group",
        "CreateContactGroupResponse": "recentcontact.create_contact_group",
        "NewContactGroupParam": "recentcontact.create_contact_group",
        "DelContactGroupRequest": "recentcontact.del_contact_group",
        "DelContactGroupResponse": "recentcontact.del_contact_group",
        "DeleteRequest": "recentcontact.delete",
        "DeleteResponse": "recentcontact.delete",
        "GetContactGroupRequest": "recentcontact.get_contact_group",
        "GetContactGroupResponse": "recentcontact.get_contact_group",
        "ConversationItem": "recentcontact.get_list",
        "GetListRequest": "recentcontact.get_list",
        "GetListResponse": "recentcontact.get_list",
        "ContactMarkChangeParam": "recentcontact.mark_contact",
        "ContactMarkResult": "recentcontact.mark_contact",
        "MarkContactRequest": "recentcontact.mark_contact",
        "MarkContactResponse": "recentcontact.mark_contact",
        "SearchContactGroupRequest": "recentcontact.search_contact_group",
        "SearchContactGroupResponse": "recentcontact.search_contact_group",
        "RecentContactItemParam": "recentcontact.top",
        "TopRequest": "recentcontact.top",
        "TopResponse": "recentcontact.top",
        "ContactGroupUpdateParam": "recentcontact.update_contact_group",
        "ContactGroupUpdateResult": "recentcontact.update_contact_group",
        "ContactOptResult": "recentcontact.update_contact_group",
        "ContactUpdateItemParam": "recentcontact.update_contact_group",
        "UpdateContactGroupRequest": "recentcontact.update_contact_group",
        "UpdateContactGroupResponse": "recentcontact.update_contact_group",
        "SnsTagValue": "sns._shared",
        "SnsTagValueParam": "sns._shared",
        "BlackListAddRequest": "sns.black_list_add",
        "BlackListAddResponse": "sns.black_list_add",
        "BlackListCheckItem": "sns.black_list_check",
        "BlackListCheckRequest": "sns.black_list_check",
        "BlackListCheckResponse": "sns.black_list_check",
        "BlackListDeleteRequest": "sns.black_list_delete",
        "BlackListDeleteResponse": "sns.black_list_delete",
        "BlackListGetRequest": "sns.black_list_get",
        "BlackListGetResponse": "sns.black_list_get",
        "BlackListItem": "sns.black_list_get",
        "AddFriendItemParam": "sns.friend_add",
        "FriendAddRequest": "sns.friend_add",
        "FriendAddResponse": "sns.friend_add",
        "FriendCheckItem": "sns.friend_check",
        "FriendCheckRequest": "sns.friend_check",
        "FriendCheckResponse": "sns.friend_check",
        "FriendDeleteRequest": "sns.friend_delete",
        "FriendDeleteResponse": "sns.friend_delete",
        "FriendDeleteAllRequest": "sns.friend_delete_all",
        "FriendDeleteAllResponse": "sns.friend_delete_all",
        "FriendDataItem": "sns.friend_get",
        "FriendGetRequest": "sns.friend_get",
        "FriendGetResponse": "sns.friend_get",
        "FriendGetListRequest": "sns.friend_get_list",
        "FriendGetListResponse": "sns.friend_get_list",
        "FriendInfoField": "sns.friend_get_list",
        "FriendInfoItem": "sns.friend_get_list",
        "FriendImportRequest": "sns.friend_import",
        "FriendImportResponse": "sns.friend_import",
        "ImportFriendItemParam": "sns.friend_import",
        "SnsCustomItemParam": "sns.friend_import",
        "FriendUpdateItemParam": "sns.friend_update",
        "FriendUpdateRequest": "sns.friend_update",
        "FriendUpdateResponse": "sns.friend_update",
        "GroupAddRequest": "sns.group_add",
        "GroupAddResponse": "sns.group_add",
        "GroupDeleteRequest": "sns.group_delete",
        "GroupDeleteResponse": "sns.group_delete",
        "FriendGroupInfo": "sns.group_get",
        "GroupGetRequest": "sns.group_get",
        "GroupGetResponse": "sns.group_get",
        "SendC2cStreamMsgRequest": "stream_msg.send_c2c_stream_msg",
        "SendC2cStreamMsgResponse": "stream_msg.send_c2c_stream_msg",
        "SendGroupStreamMsgRequest": "stream_msg.send_group_stream_msg",
        "SendGroupStreamMsgResponse": "stream_msg.send_group_stream_msg",
        "PushErrorItem": "timpush._shared",
        "AddTagRequest": "timpush.add_tag",
        "AddTagResponse": "timpush.add_tag",
        "BatchRequest": "timpush.batch",
        "BatchResponse": "timpush.batch",
        "ClearAllTagsRequest": "timpush.clear_all_tags",
        "ClearAllTagsResponse": "timpush.clear_all_tags",
        "GetAttrRequest": "timpush.get_attr",
        "GetAttrResponse": "timpush.get_attr",
        "GetAttrNameRequest": "timpush.get_attr_name",
        "GetAttrNameResponse": "timpush.get_attr_name",
        "GetTagRequest": "timpush.get_tag",
        "GetTagResponse": "timpush.get_tag",
        "PushRequest": "timpush.push",
        "PushResponse": "timpush.push",
        "RemoveAttrRequest": "timpush.remove_attr",
        "RemoveAttrResponse": "timpush.remove_attr",
        "RemoveTagRequest": "timpush.remove_tag",
        "RemoveTagResponse": "timpush.remove_tag",
        "RevokeRequest": "timpush.revoke",
        "RevokeResponse": "timpush.revoke",
        "SetAttrRequest": "timpush.set_attr",
        "SetAttrResponse": "timpush.set_attr",
        "SetAttrNameRequest": "timpush.set_attr_name",
        "SetAttrNameResponse": "timpush.set_attr_name",
    },
)
