# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Models of Chat (Tencent Cloud Chat): one module per servicename plus the types they share.

Every name below imports from this package; only the module holding it is loaded, on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module

if TYPE_CHECKING:
    from trtc_sdk.models.chat._enums import (
        AccountImportStatus as AccountImportStatus,
    )
    from trtc_sdk.models.chat._enums import (
        AddGroupMemberResultCode as AddGroupMemberResultCode,
    )
    from trtc_sdk.models.chat._enums import (
        AppInfoField as AppInfoField,
    )
    from trtc_sdk.models.chat._enums import (
        ApplyJoinOption as ApplyJoinOption,
    )
    from trtc_sdk.models.chat._enums import (
        AvchatroomAdminCommand as AvchatroomAdminCommand,
    )
    from trtc_sdk.models.chat._enums import (
        AvchatroomMarkCommand as AvchatroomMarkCommand,
    )
    from trtc_sdk.models.chat._enums import (
        BlackCheckType as BlackCheckType,
    )
    from trtc_sdk.models.chat._enums import (
        BlackRelation as BlackRelation,
    )
    from trtc_sdk.models.chat._enums import (
        C2CForbidCallback as C2CForbidCallback,
    )
    from trtc_sdk.models.chat._enums import (
        C2CImportMode as C2CImportMode,
    )
    from trtc_sdk.models.chat._enums import (
        C2CMsgFlag as C2CMsgFlag,
    )
    from trtc_sdk.models.chat._enums import (
        C2CSendMsgControl as C2CSendMsgControl,
    )
    from trtc_sdk.models.chat._enums import (
        ContactGroupMemberOperation as ContactGroupMemberOperation,
    )
    from trtc_sdk.models.chat._enums import (
        ContactGroupUpdateKind as ContactGroupUpdateKind,
    )
    from trtc_sdk.models.chat._enums import (
        ContactMarkOperation as ContactMarkOperation,
    )
    from trtc_sdk.models.chat._enums import (
        ConversationListCompleteFlag as ConversationListCompleteFlag,
    )
    from trtc_sdk.models.chat._enums import (
        ConversationPinFlag as ConversationPinFlag,
    )
    from trtc_sdk.models.chat._enums import (
        ConversationPinOperation as ConversationPinOperation,
    )
    from trtc_sdk.models.chat._enums import (
        ConversationType as ConversationType,
    )
    from trtc_sdk.models.chat._enums import (
        EventAddType as EventAddType,
    )
    from trtc_sdk.models.chat._enums import (
        EventContactType as EventContactType,
    )
    from trtc_sdk.models.chat._enums import (
        EventDevicePlatform as EventDevicePlatform,
    )
    from trtc_sdk.models.chat._enums import (
        EventExtensionOperation as EventExtensionOperation,
    )
    from trtc_sdk.models.chat._enums import (
        EventFriendClientCmd as EventFriendClientCmd,
    )
    from trtc_sdk.models.chat._enums import (
        EventGroupAttrOption as EventGroupAttrOption,
    )
    from trtc_sdk.models.chat._enums import (
        EventGroupExitType as EventGroupExitType,
    )
    from trtc_sdk.models.chat._enums import (
        EventGroupJoinType as EventGroupJoinType,
    )
    from trtc_sdk.models.chat._enums import (
        EventGroupMemberRole as EventGroupMemberRole,
    )
    from trtc_sdk.models.chat._enums import (
        EventGroupMemberState as EventGroupMemberState,
    )
    from trtc_sdk.models.chat._enums import (
        EventGroupMemberStateCause as EventGroupMemberStateCause,
    )
    from trtc_sdk.models.chat._enums import (
        EventMessagePushKind as EventMessagePushKind,
    )
    from trtc_sdk.models.chat._enums import (
        EventModerationContentType as EventModerationContentType,
    )
    from trtc_sdk.models.chat._enums import (
        EventModerationResult as EventModerationResult,
    )
    from trtc_sdk.models.chat._enums import (
        EventModerationScene as EventModerationScene,
    )
    from trtc_sdk.models.chat._enums import (
        EventPushChannel as EventPushChannel,
    )
    from trtc_sdk.models.chat._enums import (
        EventPushPlatform as EventPushPlatform,
    )
    from trtc_sdk.models.chat._enums import (
        EventPushStage as EventPushStage,
    )
    from trtc_sdk.models.chat._enums import (
        EventResponseAction as EventResponseAction,
    )
    from trtc_sdk.models.chat._enums import (
        EventStateAction as EventStateAction,
    )
    from trtc_sdk.models.chat._enums import (
        EventStateReason as EventStateReason,
    )
    from trtc_sdk.models.chat._enums import (
        ExtensionOperation as ExtensionOperation,
    )
    from trtc_sdk.models.chat._enums import (
        FollowListType as FollowListType,
    )
    from trtc_sdk.models.chat._enums import (
        FollowRelation as FollowRelation,
    )
    from trtc_sdk.models.chat._enums import (
        FriendAddType as FriendAddType,
    )
    from trtc_sdk.models.chat._enums import (
        FriendCheckType as FriendCheckType,
    )
    from trtc_sdk.models.chat._enums import (
        FriendDeleteType as FriendDeleteType,
    )
    from trtc_sdk.models.chat._enums import (
        FriendForceAddFlag as FriendForceAddFlag,
    )
    from trtc_sdk.models.chat._enums import (
        FriendRelation as FriendRelation,
    )
    from trtc_sdk.models.chat._enums import (
        GroupAtAllFlag as GroupAtAllFlag,
    )
    from trtc_sdk.models.chat._enums import (
        GroupBaseInfoField as GroupBaseInfoField,
    )
    from trtc_sdk.models.chat._enums import (
        GroupCounterMode as GroupCounterMode,
    )
    from trtc_sdk.models.chat._enums import (
        GroupFlag as GroupFlag,
    )
    from trtc_sdk.models.chat._enums import (
        GroupForbidCallback as GroupForbidCallback,
    )
    from trtc_sdk.models.chat._enums import (
        GroupHistoryCompleteness as GroupHistoryCompleteness,
    )
    from trtc_sdk.models.chat._enums import (
        GroupHistoryPlaceholder as GroupHistoryPlaceholder,
    )
    from trtc_sdk.models.chat._enums import (
        GroupListTypeFilter as GroupListTypeFilter,
    )
    from trtc_sdk.models.chat._enums import (
        GroupMemberInfoField as GroupMemberInfoField,
    )
    from trtc_sdk.models.chat._enums import (
        GroupMemberRole as GroupMemberRole,
    )
    from trtc_sdk.models.chat._enums import (
        GroupMemberRoleSetting as GroupMemberRoleSetting,
    )
    from trtc_sdk.models.chat._enums import (
        GroupMsgFlag as GroupMsgFlag,
    )
    from trtc_sdk.models.chat._enums import (
        GroupMsgPriority as GroupMsgPriority,
    )
    from trtc_sdk.models.chat._enums import (
        GroupMsgPriorityLevel as GroupMsgPriorityLevel,
    )
    from trtc_sdk.models.chat._enums import (
        GroupReceiptListFilter as GroupReceiptListFilter,
    )
    from trtc_sdk.models.chat._enums import (
        GroupRoleQueryResult as GroupRoleQueryResult,
    )
    from trtc_sdk.models.chat._enums import (
        GroupSendMsgControl as GroupSendMsgControl,
    )
    from trtc_sdk.models.chat._enums import (
        GroupSwitch as GroupSwitch,
    )
    from trtc_sdk.models.chat._enums import (
        GroupType as GroupType,
    )
    from trtc_sdk.models.chat._enums import (
        HistoryChatType as HistoryChatType,
    )
    from trtc_sdk.models.chat._enums import (
        ImageFormat as ImageFormat,
    )
    from trtc_sdk.models.chat._enums import (
        ImageSize as ImageSize,
    )
    from trtc_sdk.models.chat._enums import (
        ImportGroupMemberResultCode as ImportGroupMemberResultCode,
    )
    from trtc_sdk.models.chat._enums import (
        InviteJoinOption as InviteJoinOption,
    )
    from trtc_sdk.models.chat._enums import (
        LoginPlatform as LoginPlatform,
    )
    from trtc_sdk.models.chat._enums import (
        MillionGroupMuteAllMember as MillionGroupMuteAllMember,
    )
    from trtc_sdk.models.chat._enums import (
        MillionGroupTopicField as MillionGroupTopicField,
    )
    from trtc_sdk.models.chat._enums import (
        ModerationConfig as ModerationConfig,
    )
    from trtc_sdk.models.chat._enums import (
        ModerationContentType as ModerationContentType,
    )
    from trtc_sdk.models.chat._enums import (
        ModerationLabel as ModerationLabel,
    )
    from trtc_sdk.models.chat._enums import (
        ModerationVerdict as ModerationVerdict,
    )
    from trtc_sdk.models.chat._enums import (
        NeedFriendType as NeedFriendType,
    )
    from trtc_sdk.models.chat._enums import (
        OfficialAccountInfoField as OfficialAccountInfoField,
    )
    from trtc_sdk.models.chat._enums import (
        OfficialAccountMsgControl as OfficialAccountMsgControl,
    )
    from trtc_sdk.models.chat._enums import (
        OnlineStatus as OnlineStatus,
    )
    from trtc_sdk.models.chat._enums import (
        ProfileTag as ProfileTag,
    )
    from trtc_sdk.models.chat._enums import (
        PushFlag as PushFlag,
    )
    from trtc_sdk.models.chat._enums import (
        PushTagReplace as PushTagReplace,
    )
    from trtc_sdk.models.chat._enums import (
        SenderSyncMode as SenderSyncMode,
    )
    from trtc_sdk.models.chat._enums import (
        SnsTag as SnsTag,
    )
    from trtc_sdk.models.chat._enums import (
        StreamEventType as StreamEventType,
    )
    from trtc_sdk.models.chat._enums import (
        SubscriberAddOutcome as SubscriberAddOutcome,
    )
    from trtc_sdk.models.chat._enums import (
        SubscriberDeleteOutcome as SubscriberDeleteOutcome,
    )
    from trtc_sdk.models.chat._enums import (
        SubscriberMsgFlag as SubscriberMsgFlag,
    )
    from trtc_sdk.models.chat._enums import (
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
    from trtc_sdk.models.chat._shared import (
        AndroidPushInfoParam as AndroidPushInfoParam,
    )
    from trtc_sdk.models.chat._shared import (
        ApnsPushInfoParam as ApnsPushInfoParam,
    )
    from trtc_sdk.models.chat._shared import (
        CustomContent as CustomContent,
    )
    from trtc_sdk.models.chat._shared import (
        CustomContentParam as CustomContentParam,
    )
    from trtc_sdk.models.chat._shared import (
        CustomElement as CustomElement,
    )
    from trtc_sdk.models.chat._shared import (
        CustomElementParam as CustomElementParam,
    )
    from trtc_sdk.models.chat._shared import (
        FaceContent as FaceContent,
    )
    from trtc_sdk.models.chat._shared import (
        FaceContentParam as FaceContentParam,
    )
    from trtc_sdk.models.chat._shared import (
        FaceElement as FaceElement,
    )
    from trtc_sdk.models.chat._shared import (
        FaceElementParam as FaceElementParam,
    )
    from trtc_sdk.models.chat._shared import (
        FileContent as FileContent,
    )
    from trtc_sdk.models.chat._shared import (
        FileContentParam as FileContentParam,
    )
    from trtc_sdk.models.chat._shared import (
        FileElement as FileElement,
    )
    from trtc_sdk.models.chat._shared import (
        FileElementParam as FileElementParam,
    )
    from trtc_sdk.models.chat._shared import (
        ImageContent as ImageContent,
    )
    from trtc_sdk.models.chat._shared import (
        ImageContentParam as ImageContentParam,
    )
    from trtc_sdk.models.chat._shared import (
        ImageElement as ImageElement,
    )
    from trtc_sdk.models.chat._shared import (
        ImageElementParam as ImageElementParam,
    )
    from trtc_sdk.models.chat._shared import (
        ImageInfo as ImageInfo,
    )
    from trtc_sdk.models.chat._shared import (
        ImageInfoParam as ImageInfoParam,
    )
    from trtc_sdk.models.chat._shared import (
        LocationContent as LocationContent,
    )
    from trtc_sdk.models.chat._shared import (
        LocationContentParam as LocationContentParam,
    )
    from trtc_sdk.models.chat._shared import (
        LocationElement as LocationElement,
    )
    from trtc_sdk.models.chat._shared import (
        LocationElementParam as LocationElementParam,
    )
    from trtc_sdk.models.chat._shared import (
        MsgElement as MsgElement,
    )
    from trtc_sdk.models.chat._shared import (
        MsgElementParam as MsgElementParam,
    )
    from trtc_sdk.models.chat._shared import (
        OfflinePushInfoParam as OfflinePushInfoParam,
    )
    from trtc_sdk.models.chat._shared import (
        ProfileItem as ProfileItem,
    )
    from trtc_sdk.models.chat._shared import (
        ProfileItemParam as ProfileItemParam,
    )
    from trtc_sdk.models.chat._shared import (
        PushConditionParam as PushConditionParam,
    )
    from trtc_sdk.models.chat._shared import (
        PushUserAttrNamesParam as PushUserAttrNamesParam,
    )
    from trtc_sdk.models.chat._shared import (
        PushUserAttrs as PushUserAttrs,
    )
    from trtc_sdk.models.chat._shared import (
        PushUserAttrsParam as PushUserAttrsParam,
    )
    from trtc_sdk.models.chat._shared import (
        PushUserTags as PushUserTags,
    )
    from trtc_sdk.models.chat._shared import (
        PushUserTagsParam as PushUserTagsParam,
    )
    from trtc_sdk.models.chat._shared import (
        RelayContent as RelayContent,
    )
    from trtc_sdk.models.chat._shared import (
        RelayContentParam as RelayContentParam,
    )
    from trtc_sdk.models.chat._shared import (
        RelayedMessage as RelayedMessage,
    )
    from trtc_sdk.models.chat._shared import (
        RelayedMessageParam as RelayedMessageParam,
    )
    from trtc_sdk.models.chat._shared import (
        RelayElement as RelayElement,
    )
    from trtc_sdk.models.chat._shared import (
        RelayElementParam as RelayElementParam,
    )
    from trtc_sdk.models.chat._shared import (
        SnsResultItem as SnsResultItem,
    )
    from trtc_sdk.models.chat._shared import (
        SoundContent as SoundContent,
    )
    from trtc_sdk.models.chat._shared import (
        SoundContentParam as SoundContentParam,
    )
    from trtc_sdk.models.chat._shared import (
        SoundElement as SoundElement,
    )
    from trtc_sdk.models.chat._shared import (
        SoundElementParam as SoundElementParam,
    )
    from trtc_sdk.models.chat._shared import (
        StreamChunk as StreamChunk,
    )
    from trtc_sdk.models.chat._shared import (
        StreamChunkParam as StreamChunkParam,
    )
    from trtc_sdk.models.chat._shared import (
        StreamContent as StreamContent,
    )
    from trtc_sdk.models.chat._shared import (
        StreamContentParam as StreamContentParam,
    )
    from trtc_sdk.models.chat._shared import (
        StreamElement as StreamElement,
    )
    from trtc_sdk.models.chat._shared import (
        StreamElementParam as StreamElementParam,
    )
    from trtc_sdk.models.chat._shared import (
        TextContent as TextContent,
    )
    from trtc_sdk.models.chat._shared import (
        TextContentParam as TextContentParam,
    )
    from trtc_sdk.models.chat._shared import (
        TextElement as TextElement,
    )
    from trtc_sdk.models.chat._shared import (
        TextElementParam as TextElementParam,
    )
    from trtc_sdk.models.chat._shared import (
        UnknownMsgElement as UnknownMsgElement,
    )
    from trtc_sdk.models.chat._shared import (
        VideoFileContent as VideoFileContent,
    )
    from trtc_sdk.models.chat._shared import (
        VideoFileContentParam as VideoFileContentParam,
    )
    from trtc_sdk.models.chat._shared import (
        VideoFileElement as VideoFileElement,
    )
    from trtc_sdk.models.chat._shared import (
        VideoFileElementParam as VideoFileElementParam,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImAddTagRequest as ImAddTagRequest,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImAddTagResponse as ImAddTagResponse,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImGetAttrNameRequest as ImGetAttrNameRequest,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImGetAttrNameResponse as ImGetAttrNameResponse,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImGetAttrRequest as ImGetAttrRequest,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImGetAttrResponse as ImGetAttrResponse,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImGetTagRequest as ImGetTagRequest,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImGetTagResponse as ImGetTagResponse,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImPushRequest as ImPushRequest,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImPushResponse as ImPushResponse,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImRemoveAllTagsRequest as ImRemoveAllTagsRequest,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImRemoveAllTagsResponse as ImRemoveAllTagsResponse,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImRemoveAttrRequest as ImRemoveAttrRequest,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImRemoveAttrResponse as ImRemoveAttrResponse,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImRemoveTagRequest as ImRemoveTagRequest,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImRemoveTagResponse as ImRemoveTagResponse,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImSetAttrNameRequest as ImSetAttrNameRequest,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImSetAttrNameResponse as ImSetAttrNameResponse,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImSetAttrRequest as ImSetAttrRequest,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImSetAttrResponse as ImSetAttrResponse,
    )
    from trtc_sdk.models.chat.config_svc import (
        GetIpListRequest as GetIpListRequest,
    )
    from trtc_sdk.models.chat.config_svc import (
        GetIpListResponse as GetIpListResponse,
    )
    from trtc_sdk.models.chat.follow import (
        FollowAddRequest as FollowAddRequest,
    )
    from trtc_sdk.models.chat.follow import (
        FollowAddResponse as FollowAddResponse,
    )
    from trtc_sdk.models.chat.follow import (
        FollowCheckItem as FollowCheckItem,
    )
    from trtc_sdk.models.chat.follow import (
        FollowCheckRequest as FollowCheckRequest,
    )
    from trtc_sdk.models.chat.follow import (
        FollowCheckResponse as FollowCheckResponse,
    )
    from trtc_sdk.models.chat.follow import (
        FollowDeleteRequest as FollowDeleteRequest,
    )
    from trtc_sdk.models.chat.follow import (
        FollowDeleteResponse as FollowDeleteResponse,
    )
    from trtc_sdk.models.chat.follow import (
        FollowGetInfoRequest as FollowGetInfoRequest,
    )
    from trtc_sdk.models.chat.follow import (
        FollowGetInfoResponse as FollowGetInfoResponse,
    )
    from trtc_sdk.models.chat.follow import (
        FollowGetRequest as FollowGetRequest,
    )
    from trtc_sdk.models.chat.follow import (
        FollowGetResponse as FollowGetResponse,
    )
    from trtc_sdk.models.chat.follow import (
        FollowInfo as FollowInfo,
    )
    from trtc_sdk.models.chat.follow import (
        FollowListItem as FollowListItem,
    )
    from trtc_sdk.models.chat.follow import (
        FollowTargetParam as FollowTargetParam,
    )
    from trtc_sdk.models.chat.group_open_attr_http_svc import (
        GetGroupAttrRequest as GetGroupAttrRequest,
    )
    from trtc_sdk.models.chat.group_open_attr_http_svc import (
        GetGroupAttrResponse as GetGroupAttrResponse,
    )
    from trtc_sdk.models.chat.group_open_attr_http_svc import (
        GroupAttributeItem as GroupAttributeItem,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        AddRobotsRequest as AddRobotsRequest,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        AddRobotsResponse as AddRobotsResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        AvchatroomAdmin as AvchatroomAdmin,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        AvchatroomMemberMarks as AvchatroomMemberMarks,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        AvchatroomMemberMarksParam as AvchatroomMemberMarksParam,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        AvchatroomOnlineMember as AvchatroomOnlineMember,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        CheckMembersRequest as CheckMembersRequest,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        CheckMembersResponse as CheckMembersResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        DelRobotsRequest as DelRobotsRequest,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        DelRobotsResponse as DelRobotsResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        GetAdminListRequest as GetAdminListRequest,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        GetAdminListResponse as GetAdminListResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        GetMembersRequest as GetMembersRequest,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        GetMembersResponse as GetMembersResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        ModifyAdminRequest as ModifyAdminRequest,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        ModifyAdminResponse as ModifyAdminResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        ModifyUserInfoRequest as ModifyUserInfoRequest,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        ModifyUserInfoResponse as ModifyUserInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        AddGroupMemberRequest as AddGroupMemberRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        AddGroupMemberResponse as AddGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        AddGroupMemberResult as AddGroupMemberResult,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        AddPermissionGroupMemberRequest as AddPermissionGroupMemberRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        AddPermissionGroupMemberResponse as AddPermissionGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        AddTopicPermissionGroupRequest as AddTopicPermissionGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        AddTopicPermissionGroupResponse as AddTopicPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        AppDefinedDataItem as AppDefinedDataItem,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        AppDefinedDataItemParam as AppDefinedDataItemParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        BanGroupMemberRequest as BanGroupMemberRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        BanGroupMemberResponse as BanGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        BannedGroupMember as BannedGroupMember,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ChangeGroupOwnerRequest as ChangeGroupOwnerRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ChangeGroupOwnerResponse as ChangeGroupOwnerResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ClearGroupAttrRequest as ClearGroupAttrRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ClearGroupAttrResponse as ClearGroupAttrResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ClearGroupMsgRequest as ClearGroupMsgRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ClearGroupMsgResponse as ClearGroupMsgResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        CreateGroupRequest as CreateGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        CreateGroupResponse as CreateGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        CreatePermissionGroupRequest as CreatePermissionGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        CreatePermissionGroupResponse as CreatePermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        DeleteGroupAttrRequest as DeleteGroupAttrRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        DeleteGroupAttrResponse as DeleteGroupAttrResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        DeleteGroupCounterRequest as DeleteGroupCounterRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        DeleteGroupCounterResponse as DeleteGroupCounterResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        DeleteGroupMemberRequest as DeleteGroupMemberRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        DeleteGroupMemberResponse as DeleteGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        DeleteGroupMsgBySenderRequest as DeleteGroupMsgBySenderRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        DeleteGroupMsgBySenderResponse as DeleteGroupMsgBySenderResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        DeletePermissionGroupMemberRequest as DeletePermissionGroupMemberRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        DeletePermissionGroupMemberResponse as DeletePermissionGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        DeleteTopicPermissionGroupRequest as DeleteTopicPermissionGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        DeleteTopicPermissionGroupResponse as DeleteTopicPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        DestroyGroupRequest as DestroyGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        DestroyGroupResponse as DestroyGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        DestroyPermissionGroupRequest as DestroyPermissionGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        DestroyPermissionGroupResponse as DestroyPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ForbidSendMsgRequest as ForbidSendMsgRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ForbidSendMsgResponse as ForbidSendMsgResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetAppidGroupListRequest as GetAppidGroupListRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetAppidGroupListResponse as GetAppidGroupListResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetGroupBanMemberRequest as GetGroupBanMemberRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetGroupBanMemberResponse as GetGroupBanMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetGroupCounterRequest as GetGroupCounterRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetGroupCounterResponse as GetGroupCounterResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetGroupInfoRequest as GetGroupInfoRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetGroupInfoResponse as GetGroupInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetGroupMemberInfoRequest as GetGroupMemberInfoRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetGroupMemberInfoResponse as GetGroupMemberInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetGroupMsgReceiptDetailRequest as GetGroupMsgReceiptDetailRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetGroupMsgReceiptDetailResponse as GetGroupMsgReceiptDetailResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetGroupMsgReceiptRequest as GetGroupMsgReceiptRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetGroupMsgReceiptResponse as GetGroupMsgReceiptResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetGroupMutedAccountRequest as GetGroupMutedAccountRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetGroupMutedAccountResponse as GetGroupMutedAccountResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetGroupShuttedUinRequest as GetGroupShuttedUinRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetGroupShuttedUinResponse as GetGroupShuttedUinResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetJoinedGroupListRequest as GetJoinedGroupListRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetJoinedGroupListResponse as GetJoinedGroupListResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetPermissionGroupMemberListRequest as GetPermissionGroupMemberListRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetPermissionGroupMemberListResponse as GetPermissionGroupMemberListResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetPermissionGroupRequest as GetPermissionGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetPermissionGroupResponse as GetPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetPinnedMessagesRequest as GetPinnedMessagesRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetPinnedMessagesResponse as GetPinnedMessagesResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetRoleInGroupRequest as GetRoleInGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetRoleInGroupResponse as GetRoleInGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetSpecifiedGroupMemberInfoRequest as GetSpecifiedGroupMemberInfoRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetSpecifiedGroupMemberInfoResponse as GetSpecifiedGroupMemberInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetTopicPermissionGroupRequest as GetTopicPermissionGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GetTopicPermissionGroupResponse as GetTopicPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupAtInfoParam as GroupAtInfoParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupAttrEntryParam as GroupAttrEntryParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupAttrKeyParam as GroupAttrKeyParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupCounterEntry as GroupCounterEntry,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupCounterEntryParam as GroupCounterEntryParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupGetOnlineMemberNumRequest as GroupGetOnlineMemberNumRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupGetOnlineMemberNumResponse as GroupGetOnlineMemberNumResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupHistoryMsg as GroupHistoryMsg,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupIdEntry as GroupIdEntry,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupInfo as GroupInfo,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupInfoResponseFilterParam as GroupInfoResponseFilterParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupMemberInfo as GroupMemberInfo,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupMemberToAddParam as GroupMemberToAddParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupMsgGetSimpleRequest as GroupMsgGetSimpleRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupMsgGetSimpleResponse as GroupMsgGetSimpleResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupMsgNonReader as GroupMsgNonReader,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupMsgReader as GroupMsgReader,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupMsgRecallRequest as GroupMsgRecallRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupMsgRecallResponse as GroupMsgRecallResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupMsgReceiptCount as GroupMsgReceiptCount,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupMsgReceiptRequest as GroupMsgReceiptRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupMsgReceiptResponse as GroupMsgReceiptResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupMsgSeqItemParam as GroupMsgSeqItemParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupRecallResult as GroupRecallResult,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        GroupRoleEntry as GroupRoleEntry,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ImportGroupMemberItemParam as ImportGroupMemberItemParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ImportGroupMemberRequest as ImportGroupMemberRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ImportGroupMemberResponse as ImportGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ImportGroupMemberResult as ImportGroupMemberResult,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ImportGroupMsgItemParam as ImportGroupMsgItemParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ImportGroupMsgRequest as ImportGroupMsgRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ImportGroupMsgResponse as ImportGroupMsgResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ImportGroupMsgResult as ImportGroupMsgResult,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ImportGroupRequest as ImportGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ImportGroupResponse as ImportGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ImportTopicRequest as ImportTopicRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ImportTopicResponse as ImportTopicResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        JoinedGroup as JoinedGroup,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        JoinedGroupResponseFilterParam as JoinedGroupResponseFilterParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        JoinedGroupSelfInfo as JoinedGroupSelfInfo,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ModifyGroupAttrRequest as ModifyGroupAttrRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ModifyGroupAttrResponse as ModifyGroupAttrResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ModifyGroupBaseInfoRequest as ModifyGroupBaseInfoRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ModifyGroupBaseInfoResponse as ModifyGroupBaseInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ModifyGroupMemberInfoRequest as ModifyGroupMemberInfoRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ModifyGroupMemberInfoResponse as ModifyGroupMemberInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ModifyPermissionGroupRequest as ModifyPermissionGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ModifyPermissionGroupResponse as ModifyPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        MutedGroupMember as MutedGroupMember,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        NewGroupMemberParam as NewGroupMemberParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        PermissionGroupMemberParam as PermissionGroupMemberParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        PermissionGroupMemberResult as PermissionGroupMemberResult,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        PermissionGroupResult as PermissionGroupResult,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        PinMessageRequest as PinMessageRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        PinMessageResponse as PinMessageResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        PinnedGroupMsg as PinnedGroupMsg,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        SendBroadcastMsgRequest as SendBroadcastMsgRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        SendBroadcastMsgResponse as SendBroadcastMsgResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        SendGroupMsgRequest as SendGroupMsgRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        SendGroupMsgResponse as SendGroupMsgResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        SendGroupSystemNotificationRequest as SendGroupSystemNotificationRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        SendGroupSystemNotificationResponse as SendGroupSystemNotificationResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        SetGroupAttrRequest as SetGroupAttrRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        SetGroupAttrResponse as SetGroupAttrResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        SetTopicPermissionGroupRequest as SetTopicPermissionGroupRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        SetTopicPermissionGroupResponse as SetTopicPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        SetUnreadMsgNumRequest as SetUnreadMsgNumRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        SetUnreadMsgNumResponse as SetUnreadMsgNumResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        ShuttedGroupMember as ShuttedGroupMember,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        TopicPermissionParam as TopicPermissionParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        TopicPermissionResult as TopicPermissionResult,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        UnbanGroupMemberRequest as UnbanGroupMemberRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        UnbanGroupMemberResponse as UnbanGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        UnpinMessageRequest as UnpinMessageRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        UnpinMessageResponse as UnpinMessageResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        UpdateGroupCounterRequest as UpdateGroupCounterRequest,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        UpdateGroupCounterResponse as UpdateGroupCounterResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit import (
        BatchContentModerationRequest as BatchContentModerationRequest,
    )
    from trtc_sdk.models.chat.im_msg_audit import (
        BatchContentModerationResponse as BatchContentModerationResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit import (
        ContentModerationRequest as ContentModerationRequest,
    )
    from trtc_sdk.models.chat.im_msg_audit import (
        ContentModerationResponse as ContentModerationResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit import (
        ModerationContentParam as ModerationContentParam,
    )
    from trtc_sdk.models.chat.im_msg_audit import (
        ModerationItemResult as ModerationItemResult,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr import (
        AddCloudAuditKeywordsRequest as AddCloudAuditKeywordsRequest,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr import (
        AddCloudAuditKeywordsResponse as AddCloudAuditKeywordsResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr import (
        BlockedWord as BlockedWord,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr import (
        BlockedWordDeletion as BlockedWordDeletion,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr import (
        DeleteCloudAuditKeywordsRequest as DeleteCloudAuditKeywordsRequest,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr import (
        DeleteCloudAuditKeywordsResponse as DeleteCloudAuditKeywordsResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr import (
        GetCloudAuditKeywordsIdsRequest as GetCloudAuditKeywordsIdsRequest,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr import (
        GetCloudAuditKeywordsIdsResponse as GetCloudAuditKeywordsIdsResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr import (
        GetCloudAuditKeywordsRequest as GetCloudAuditKeywordsRequest,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr import (
        GetCloudAuditKeywordsResponse as GetCloudAuditKeywordsResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr import (
        KeywordLibrary as KeywordLibrary,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr import (
        NewBlockedWordParam as NewBlockedWordParam,
    )
    from trtc_sdk.models.chat.im_open_login_svc import (
        AccountCheckRequest as AccountCheckRequest,
    )
    from trtc_sdk.models.chat.im_open_login_svc import (
        AccountCheckResponse as AccountCheckResponse,
    )
    from trtc_sdk.models.chat.im_open_login_svc import (
        AccountCheckResult as AccountCheckResult,
    )
    from trtc_sdk.models.chat.im_open_login_svc import (
        AccountDeleteRequest as AccountDeleteRequest,
    )
    from trtc_sdk.models.chat.im_open_login_svc import (
        AccountDeleteResponse as AccountDeleteResponse,
    )
    from trtc_sdk.models.chat.im_open_login_svc import (
        AccountDeleteResult as AccountDeleteResult,
    )
    from trtc_sdk.models.chat.im_open_login_svc import (
        AccountImportItemParam as AccountImportItemParam,
    )
    from trtc_sdk.models.chat.im_open_login_svc import (
        AccountImportRequest as AccountImportRequest,
    )
    from trtc_sdk.models.chat.im_open_login_svc import (
        AccountImportResponse as AccountImportResponse,
    )
    from trtc_sdk.models.chat.im_open_login_svc import (
        AccountUserIdItemParam as AccountUserIdItemParam,
    )
    from trtc_sdk.models.chat.im_open_login_svc import (
        KickRequest as KickRequest,
    )
    from trtc_sdk.models.chat.im_open_login_svc import (
        KickResponse as KickResponse,
    )
    from trtc_sdk.models.chat.im_open_login_svc import (
        MultiaccountImportRequest as MultiaccountImportRequest,
    )
    from trtc_sdk.models.chat.im_open_login_svc import (
        MultiaccountImportResponse as MultiaccountImportResponse,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc import (
        CreateTopicRequest as CreateTopicRequest,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc import (
        CreateTopicResponse as CreateTopicResponse,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc import (
        DestroyTopicRequest as DestroyTopicRequest,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc import (
        DestroyTopicResponse as DestroyTopicResponse,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc import (
        GetTopicRequest as GetTopicRequest,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc import (
        GetTopicResponse as GetTopicResponse,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc import (
        MillionGroupGetOnlineMemberNumRequest as MillionGroupGetOnlineMemberNumRequest,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc import (
        MillionGroupGetOnlineMemberNumResponse as MillionGroupGetOnlineMemberNumResponse,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc import (
        MillionGroupTopicAndSelfInfo as MillionGroupTopicAndSelfInfo,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc import (
        MillionGroupTopicInfo as MillionGroupTopicInfo,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc import (
        MillionGroupTopicResult as MillionGroupTopicResult,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc import (
        MillionGroupTopicSelfInfo as MillionGroupTopicSelfInfo,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc import (
        ModifyTopicRequest as ModifyTopicRequest,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc import (
        ModifyTopicResponse as ModifyTopicResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        AddSubscriberRequest as AddSubscriberRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        AddSubscriberResponse as AddSubscriberResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        CreateOfficialAccountRequest as CreateOfficialAccountRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        CreateOfficialAccountResponse as CreateOfficialAccountResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        DeleteSubscriberRequest as DeleteSubscriberRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        DeleteSubscriberResponse as DeleteSubscriberResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        DestroyOfficialAccountRequest as DestroyOfficialAccountRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        DestroyOfficialAccountResponse as DestroyOfficialAccountResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        GetOfficialAccountInfoRequest as GetOfficialAccountInfoRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        GetOfficialAccountInfoResponse as GetOfficialAccountInfoResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        GetSubscribedOfficialAccountListRequest as GetSubscribedOfficialAccountListRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        GetSubscribedOfficialAccountListResponse as GetSubscribedOfficialAccountListResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        GetSubscriberInfoRequest as GetSubscriberInfoRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        GetSubscriberInfoResponse as GetSubscriberInfoResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        ModifyOfficialAccountBaseInfoRequest as ModifyOfficialAccountBaseInfoRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        ModifyOfficialAccountBaseInfoResponse as ModifyOfficialAccountBaseInfoResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        ModifySubscriberInfoRequest as ModifySubscriberInfoRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        ModifySubscriberInfoResponse as ModifySubscriberInfoResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        OfficialAccountInfo as OfficialAccountInfo,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        OfficialAccountInfoFilterParam as OfficialAccountInfoFilterParam,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        OfficialAccountMessage as OfficialAccountMessage,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        OfficialAccountMsgGetSimpleRequest as OfficialAccountMsgGetSimpleRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        OfficialAccountMsgGetSimpleResponse as OfficialAccountMsgGetSimpleResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        OfficialAccountMsgRecallRequest as OfficialAccountMsgRecallRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        OfficialAccountMsgRecallResponse as OfficialAccountMsgRecallResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        OfficialAccountRecallResult as OfficialAccountRecallResult,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        OfficialAccountRefParam as OfficialAccountRefParam,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        OfficialAccountSubscriber as OfficialAccountSubscriber,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        SendOfficialAccountMsgRequest as SendOfficialAccountMsgRequest,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        SendOfficialAccountMsgResponse as SendOfficialAccountMsgResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        SubscribedAccountFilterParam as SubscribedAccountFilterParam,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        SubscribedOfficialAccount as SubscribedOfficialAccount,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        SubscriberAddResult as SubscriberAddResult,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        SubscriberDeleteResult as SubscriberDeleteResult,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        SubscriberRefParam as SubscriberRefParam,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        SubscriberSelfInfo as SubscriberSelfInfo,
    )
    from trtc_sdk.models.chat.open_msg_svc import (
        GetHistoryRequest as GetHistoryRequest,
    )
    from trtc_sdk.models.chat.open_msg_svc import (
        GetHistoryResponse as GetHistoryResponse,
    )
    from trtc_sdk.models.chat.open_msg_svc import (
        HistoryFile as HistoryFile,
    )
    from trtc_sdk.models.chat.openconfigsvr import (
        AppInfoDay as AppInfoDay,
    )
    from trtc_sdk.models.chat.openconfigsvr import (
        GetappinfoRequest as GetappinfoRequest,
    )
    from trtc_sdk.models.chat.openconfigsvr import (
        GetappinfoResponse as GetappinfoResponse,
    )
    from trtc_sdk.models.chat.openconfigsvr import (
        GetnospeakingRequest as GetnospeakingRequest,
    )
    from trtc_sdk.models.chat.openconfigsvr import (
        GetnospeakingResponse as GetnospeakingResponse,
    )
    from trtc_sdk.models.chat.openconfigsvr import (
        SetnospeakingRequest as SetnospeakingRequest,
    )
    from trtc_sdk.models.chat.openconfigsvr import (
        SetnospeakingResponse as SetnospeakingResponse,
    )
    from trtc_sdk.models.chat.openim import (
        AdminGetroammsgRequest as AdminGetroammsgRequest,
    )
    from trtc_sdk.models.chat.openim import (
        AdminGetroammsgResponse as AdminGetroammsgResponse,
    )
    from trtc_sdk.models.chat.openim import (
        AdminMsgwithdrawRequest as AdminMsgwithdrawRequest,
    )
    from trtc_sdk.models.chat.openim import (
        AdminMsgwithdrawResponse as AdminMsgwithdrawResponse,
    )
    from trtc_sdk.models.chat.openim import (
        AdminSetMsgReadRequest as AdminSetMsgReadRequest,
    )
    from trtc_sdk.models.chat.openim import (
        AdminSetMsgReadResponse as AdminSetMsgReadResponse,
    )
    from trtc_sdk.models.chat.openim import (
        BatchSendError as BatchSendError,
    )
    from trtc_sdk.models.chat.openim import (
        BatchsendmsgRequest as BatchsendmsgRequest,
    )
    from trtc_sdk.models.chat.openim import (
        BatchsendmsgResponse as BatchsendmsgResponse,
    )
    from trtc_sdk.models.chat.openim import (
        C2cMsgReadReceiptRequest as C2cMsgReadReceiptRequest,
    )
    from trtc_sdk.models.chat.openim import (
        C2cMsgReadReceiptResponse as C2cMsgReadReceiptResponse,
    )
    from trtc_sdk.models.chat.openim import (
        C2CReceiptMessageParam as C2CReceiptMessageParam,
    )
    from trtc_sdk.models.chat.openim import (
        C2CUnreadCount as C2CUnreadCount,
    )
    from trtc_sdk.models.chat.openim import (
        C2CUnreadError as C2CUnreadError,
    )
    from trtc_sdk.models.chat.openim import (
        DeleteC2cMsgRambleRequest as DeleteC2cMsgRambleRequest,
    )
    from trtc_sdk.models.chat.openim import (
        DeleteC2cMsgRambleResponse as DeleteC2cMsgRambleResponse,
    )
    from trtc_sdk.models.chat.openim import (
        GetC2cUnreadMsgNumRequest as GetC2cUnreadMsgNumRequest,
    )
    from trtc_sdk.models.chat.openim import (
        GetC2cUnreadMsgNumResponse as GetC2cUnreadMsgNumResponse,
    )
    from trtc_sdk.models.chat.openim import (
        ImportmsgRequest as ImportmsgRequest,
    )
    from trtc_sdk.models.chat.openim import (
        ImportmsgResponse as ImportmsgResponse,
    )
    from trtc_sdk.models.chat.openim import (
        LegacyStateResult as LegacyStateResult,
    )
    from trtc_sdk.models.chat.openim import (
        ModifyC2cMsgRequest as ModifyC2cMsgRequest,
    )
    from trtc_sdk.models.chat.openim import (
        ModifyC2cMsgResponse as ModifyC2cMsgResponse,
    )
    from trtc_sdk.models.chat.openim import (
        OnlinePlatformStatus as OnlinePlatformStatus,
    )
    from trtc_sdk.models.chat.openim import (
        OnlineStatusError as OnlineStatusError,
    )
    from trtc_sdk.models.chat.openim import (
        OnlineStatusResult as OnlineStatusResult,
    )
    from trtc_sdk.models.chat.openim import (
        QueryOnlineStatusRequest as QueryOnlineStatusRequest,
    )
    from trtc_sdk.models.chat.openim import (
        QueryOnlineStatusResponse as QueryOnlineStatusResponse,
    )
    from trtc_sdk.models.chat.openim import (
        QuerystateRequest as QuerystateRequest,
    )
    from trtc_sdk.models.chat.openim import (
        QuerystateResponse as QuerystateResponse,
    )
    from trtc_sdk.models.chat.openim import (
        RoamMessage as RoamMessage,
    )
    from trtc_sdk.models.chat.openim import (
        SendmsgRequest as SendmsgRequest,
    )
    from trtc_sdk.models.chat.openim import (
        SendmsgResponse as SendmsgResponse,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc import (
        GetKeyValuesRequest as GetKeyValuesRequest,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc import (
        GetKeyValuesResponse as GetKeyValuesResponse,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc import (
        GroupGetKeyValuesRequest as GroupGetKeyValuesRequest,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc import (
        GroupGetKeyValuesResponse as GroupGetKeyValuesResponse,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc import (
        GroupSetKeyValuesRequest as GroupSetKeyValuesRequest,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc import (
        GroupSetKeyValuesResponse as GroupSetKeyValuesResponse,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc import (
        MsgExtension as MsgExtension,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc import (
        MsgExtensionParam as MsgExtensionParam,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc import (
        MsgExtensionResult as MsgExtensionResult,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc import (
        SetKeyValuesRequest as SetKeyValuesRequest,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc import (
        SetKeyValuesResponse as SetKeyValuesResponse,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc import (
        CreateRobotRequest as CreateRobotRequest,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc import (
        CreateRobotResponse as CreateRobotResponse,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc import (
        DeleteRobotRequest as DeleteRobotRequest,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc import (
        DeleteRobotResponse as DeleteRobotResponse,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc import (
        GetAllRobotsRequest as GetAllRobotsRequest,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc import (
        GetAllRobotsResponse as GetAllRobotsResponse,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc import (
        SendStreamMsgRequest as SendStreamMsgRequest,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc import (
        SendStreamMsgResponse as SendStreamMsgResponse,
    )
    from trtc_sdk.models.chat.profile import (
        PortraitGetRequest as PortraitGetRequest,
    )
    from trtc_sdk.models.chat.profile import (
        PortraitGetResponse as PortraitGetResponse,
    )
    from trtc_sdk.models.chat.profile import (
        PortraitSetRequest as PortraitSetRequest,
    )
    from trtc_sdk.models.chat.profile import (
        PortraitSetResponse as PortraitSetResponse,
    )
    from trtc_sdk.models.chat.profile import (
        UserProfileItem as UserProfileItem,
    )
    from trtc_sdk.models.chat.recentcontact import (
        ContactGroupCreateResult as ContactGroupCreateResult,
    )
    from trtc_sdk.models.chat.recentcontact import (
        ContactGroupItem as ContactGroupItem,
    )
    from trtc_sdk.models.chat.recentcontact import (
        ContactGroupUpdateParam as ContactGroupUpdateParam,
    )
    from trtc_sdk.models.chat.recentcontact import (
        ContactGroupUpdateResult as ContactGroupUpdateResult,
    )
    from trtc_sdk.models.chat.recentcontact import (
        ContactItem as ContactItem,
    )
    from trtc_sdk.models.chat.recentcontact import (
        ContactItemParam as ContactItemParam,
    )
    from trtc_sdk.models.chat.recentcontact import (
        ContactMarkChangeParam as ContactMarkChangeParam,
    )
    from trtc_sdk.models.chat.recentcontact import (
        ContactMarkItem as ContactMarkItem,
    )
    from trtc_sdk.models.chat.recentcontact import (
        ContactMarkResult as ContactMarkResult,
    )
    from trtc_sdk.models.chat.recentcontact import (
        ContactOptResult as ContactOptResult,
    )
    from trtc_sdk.models.chat.recentcontact import (
        ContactResultItem as ContactResultItem,
    )
    from trtc_sdk.models.chat.recentcontact import (
        ContactUpdateItemParam as ContactUpdateItemParam,
    )
    from trtc_sdk.models.chat.recentcontact import (
        ConversationItem as ConversationItem,
    )
    from trtc_sdk.models.chat.recentcontact import (
        CreateContactGroupRequest as CreateContactGroupRequest,
    )
    from trtc_sdk.models.chat.recentcontact import (
        CreateContactGroupResponse as CreateContactGroupResponse,
    )
    from trtc_sdk.models.chat.recentcontact import (
        DelContactGroupRequest as DelContactGroupRequest,
    )
    from trtc_sdk.models.chat.recentcontact import (
        DelContactGroupResponse as DelContactGroupResponse,
    )
    from trtc_sdk.models.chat.recentcontact import (
        DeleteRequest as DeleteRequest,
    )
    from trtc_sdk.models.chat.recentcontact import (
        DeleteResponse as DeleteResponse,
    )
    from trtc_sdk.models.chat.recentcontact import (
        GetContactGroupRequest as GetContactGroupRequest,
    )
    from trtc_sdk.models.chat.recentcontact import (
        GetContactGroupResponse as GetContactGroupResponse,
    )
    from trtc_sdk.models.chat.recentcontact import (
        GetListRequest as GetListRequest,
    )
    from trtc_sdk.models.chat.recentcontact import (
        GetListResponse as GetListResponse,
    )
    from trtc_sdk.models.chat.recentcontact import (
        MarkContactRequest as MarkContactRequest,
    )
    from trtc_sdk.models.chat.recentcontact import (
        MarkContactResponse as MarkContactResponse,
    )
    from trtc_sdk.models.chat.recentcontact import (
        NewContactGroupParam as NewContactGroupParam,
    )
    from trtc_sdk.models.chat.recentcontact import (
        RecentContactItemParam as RecentContactItemParam,
    )
    from trtc_sdk.models.chat.recentcontact import (
        SearchContactGroupRequest as SearchContactGroupRequest,
    )
    from trtc_sdk.models.chat.recentcontact import (
        SearchContactGroupResponse as SearchContactGroupResponse,
    )
    from trtc_sdk.models.chat.recentcontact import (
        TopRequest as TopRequest,
    )
    from trtc_sdk.models.chat.recentcontact import (
        TopResponse as TopResponse,
    )
    from trtc_sdk.models.chat.recentcontact import (
        UpdateContactGroupRequest as UpdateContactGroupRequest,
    )
    from trtc_sdk.models.chat.recentcontact import (
        UpdateContactGroupResponse as UpdateContactGroupResponse,
    )
    from trtc_sdk.models.chat.sns import (
        AddFriendItemParam as AddFriendItemParam,
    )
    from trtc_sdk.models.chat.sns import (
        BlackListAddRequest as BlackListAddRequest,
    )
    from trtc_sdk.models.chat.sns import (
        BlackListAddResponse as BlackListAddResponse,
    )
    from trtc_sdk.models.chat.sns import (
        BlackListCheckItem as BlackListCheckItem,
    )
    from trtc_sdk.models.chat.sns import (
        BlackListCheckRequest as BlackListCheckRequest,
    )
    from trtc_sdk.models.chat.sns import (
        BlackListCheckResponse as BlackListCheckResponse,
    )
    from trtc_sdk.models.chat.sns import (
        BlackListDeleteRequest as BlackListDeleteRequest,
    )
    from trtc_sdk.models.chat.sns import (
        BlackListDeleteResponse as BlackListDeleteResponse,
    )
    from trtc_sdk.models.chat.sns import (
        BlackListGetRequest as BlackListGetRequest,
    )
    from trtc_sdk.models.chat.sns import (
        BlackListGetResponse as BlackListGetResponse,
    )
    from trtc_sdk.models.chat.sns import (
        BlackListItem as BlackListItem,
    )
    from trtc_sdk.models.chat.sns import (
        FriendAddRequest as FriendAddRequest,
    )
    from trtc_sdk.models.chat.sns import (
        FriendAddResponse as FriendAddResponse,
    )
    from trtc_sdk.models.chat.sns import (
        FriendCheckItem as FriendCheckItem,
    )
    from trtc_sdk.models.chat.sns import (
        FriendCheckRequest as FriendCheckRequest,
    )
    from trtc_sdk.models.chat.sns import (
        FriendCheckResponse as FriendCheckResponse,
    )
    from trtc_sdk.models.chat.sns import (
        FriendDataItem as FriendDataItem,
    )
    from trtc_sdk.models.chat.sns import (
        FriendDeleteAllRequest as FriendDeleteAllRequest,
    )
    from trtc_sdk.models.chat.sns import (
        FriendDeleteAllResponse as FriendDeleteAllResponse,
    )
    from trtc_sdk.models.chat.sns import (
        FriendDeleteRequest as FriendDeleteRequest,
    )
    from trtc_sdk.models.chat.sns import (
        FriendDeleteResponse as FriendDeleteResponse,
    )
    from trtc_sdk.models.chat.sns import (
        FriendGetListRequest as FriendGetListRequest,
    )
    from trtc_sdk.models.chat.sns import (
        FriendGetListResponse as FriendGetListResponse,
    )
    from trtc_sdk.models.chat.sns import (
        FriendGetRequest as FriendGetRequest,
    )
    from trtc_sdk.models.chat.sns import (
        FriendGetResponse as FriendGetResponse,
    )
    from trtc_sdk.models.chat.sns import (
        FriendGroupInfo as FriendGroupInfo,
    )
    from trtc_sdk.models.chat.sns import (
        FriendImportRequest as FriendImportRequest,
    )
    from trtc_sdk.models.chat.sns import (
        FriendImportResponse as FriendImportResponse,
    )
    from trtc_sdk.models.chat.sns import (
        FriendInfoField as FriendInfoField,
    )
    from trtc_sdk.models.chat.sns import (
        FriendInfoItem as FriendInfoItem,
    )
    from trtc_sdk.models.chat.sns import (
        FriendUpdateItemParam as FriendUpdateItemParam,
    )
    from trtc_sdk.models.chat.sns import (
        FriendUpdateRequest as FriendUpdateRequest,
    )
    from trtc_sdk.models.chat.sns import (
        FriendUpdateResponse as FriendUpdateResponse,
    )
    from trtc_sdk.models.chat.sns import (
        GroupAddRequest as GroupAddRequest,
    )
    from trtc_sdk.models.chat.sns import (
        GroupAddResponse as GroupAddResponse,
    )
    from trtc_sdk.models.chat.sns import (
        GroupDeleteRequest as GroupDeleteRequest,
    )
    from trtc_sdk.models.chat.sns import (
        GroupDeleteResponse as GroupDeleteResponse,
    )
    from trtc_sdk.models.chat.sns import (
        GroupGetRequest as GroupGetRequest,
    )
    from trtc_sdk.models.chat.sns import (
        GroupGetResponse as GroupGetResponse,
    )
    from trtc_sdk.models.chat.sns import (
        ImportFriendItemParam as ImportFriendItemParam,
    )
    from trtc_sdk.models.chat.sns import (
        SnsCustomItemParam as SnsCustomItemParam,
    )
    from trtc_sdk.models.chat.sns import (
        SnsTagValue as SnsTagValue,
    )
    from trtc_sdk.models.chat.sns import (
        SnsTagValueParam as SnsTagValueParam,
    )
    from trtc_sdk.models.chat.stream_msg import (
        SendC2cStreamMsgRequest as SendC2cStreamMsgRequest,
    )
    from trtc_sdk.models.chat.stream_msg import (
        SendC2cStreamMsgResponse as SendC2cStreamMsgResponse,
    )
    from trtc_sdk.models.chat.stream_msg import (
        SendGroupStreamMsgRequest as SendGroupStreamMsgRequest,
    )
    from trtc_sdk.models.chat.stream_msg import (
        SendGroupStreamMsgResponse as SendGroupStreamMsgResponse,
    )
    from trtc_sdk.models.chat.timpush import (
        AddTagRequest as AddTagRequest,
    )
    from trtc_sdk.models.chat.timpush import (
        AddTagResponse as AddTagResponse,
    )
    from trtc_sdk.models.chat.timpush import (
        BatchRequest as BatchRequest,
    )
    from trtc_sdk.models.chat.timpush import (
        BatchResponse as BatchResponse,
    )
    from trtc_sdk.models.chat.timpush import (
        ClearAllTagsRequest as ClearAllTagsRequest,
    )
    from trtc_sdk.models.chat.timpush import (
        ClearAllTagsResponse as ClearAllTagsResponse,
    )
    from trtc_sdk.models.chat.timpush import (
        GetAttrNameRequest as GetAttrNameRequest,
    )
    from trtc_sdk.models.chat.timpush import (
        GetAttrNameResponse as GetAttrNameResponse,
    )
    from trtc_sdk.models.chat.timpush import (
        GetAttrRequest as GetAttrRequest,
    )
    from trtc_sdk.models.chat.timpush import (
        GetAttrResponse as GetAttrResponse,
    )
    from trtc_sdk.models.chat.timpush import (
        GetTagRequest as GetTagRequest,
    )
    from trtc_sdk.models.chat.timpush import (
        GetTagResponse as GetTagResponse,
    )
    from trtc_sdk.models.chat.timpush import (
        PushErrorItem as PushErrorItem,
    )
    from trtc_sdk.models.chat.timpush import (
        PushRequest as PushRequest,
    )
    from trtc_sdk.models.chat.timpush import (
        PushResponse as PushResponse,
    )
    from trtc_sdk.models.chat.timpush import (
        RemoveAttrRequest as RemoveAttrRequest,
    )
    from trtc_sdk.models.chat.timpush import (
        RemoveAttrResponse as RemoveAttrResponse,
    )
    from trtc_sdk.models.chat.timpush import (
        RemoveTagRequest as RemoveTagRequest,
    )
    from trtc_sdk.models.chat.timpush import (
        RemoveTagResponse as RemoveTagResponse,
    )
    from trtc_sdk.models.chat.timpush import (
        RevokeRequest as RevokeRequest,
    )
    from trtc_sdk.models.chat.timpush import (
        RevokeResponse as RevokeResponse,
    )
    from trtc_sdk.models.chat.timpush import (
        SetAttrNameRequest as SetAttrNameRequest,
    )
    from trtc_sdk.models.chat.timpush import (
        SetAttrNameResponse as SetAttrNameResponse,
    )
    from trtc_sdk.models.chat.timpush import (
        SetAttrRequest as SetAttrRequest,
    )
    from trtc_sdk.models.chat.timpush import (
        SetAttrResponse as SetAttrResponse,
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
        "AccountImportStatus": "_enums",
        "AddGroupMemberResultCode": "_enums",
        "AppInfoField": "_enums",
        "ApplyJoinOption": "_enums",
        "AvchatroomAdminCommand": "_enums",
        "AvchatroomMarkCommand": "_enums",
        "BlackCheckType": "_enums",
        "BlackRelation": "_enums",
        "C2CForbidCallback": "_enums",
        "C2CImportMode": "_enums",
        "C2CMsgFlag": "_enums",
        "C2CSendMsgControl": "_enums",
        "ContactGroupMemberOperation": "_enums",
        "ContactGroupUpdateKind": "_enums",
        "ContactMarkOperation": "_enums",
        "ConversationListCompleteFlag": "_enums",
        "ConversationPinFlag": "_enums",
        "ConversationPinOperation": "_enums",
        "ConversationType": "_enums",
        "EventAddType": "_enums",
        "EventContactType": "_enums",
        "EventDevicePlatform": "_enums",
        "EventExtensionOperation": "_enums",
        "EventFriendClientCmd": "_enums",
        "EventGroupAttrOption": "_enums",
        "EventGroupExitType": "_enums",
        "EventGroupJoinType": "_enums",
        "EventGroupMemberRole": "_enums",
        "EventGroupMemberState": "_enums",
        "EventGroupMemberStateCause": "_enums",
        "EventMessagePushKind": "_enums",
        "EventModerationContentType": "_enums",
        "EventModerationResult": "_enums",
        "EventModerationScene": "_enums",
        "EventPushChannel": "_enums",
        "EventPushPlatform": "_enums",
        "EventPushStage": "_enums",
        "EventResponseAction": "_enums",
        "EventStateAction": "_enums",
        "EventStateReason": "_enums",
        "ExtensionOperation": "_enums",
        "FollowListType": "_enums",
        "FollowRelation": "_enums",
        "FriendAddType": "_enums",
        "FriendCheckType": "_enums",
        "FriendDeleteType": "_enums",
        "FriendForceAddFlag": "_enums",
        "FriendRelation": "_enums",
        "GroupAtAllFlag": "_enums",
        "GroupBaseInfoField": "_enums",
        "GroupCounterMode": "_enums",
        "GroupFlag": "_enums",
        "GroupForbidCallback": "_enums",
        "GroupHistoryCompleteness": "_enums",
        "GroupHistoryPlaceholder": "_enums",
        "GroupListTypeFilter": "_enums",
        "GroupMemberInfoField": "_enums",
        "GroupMemberRole": "_enums",
        "GroupMemberRoleSetting": "_enums",
        "GroupMsgFlag": "_enums",
        "GroupMsgPriority": "_enums",
        "GroupMsgPriorityLevel": "_enums",
        "GroupReceiptListFilter": "_enums",
        "GroupRoleQueryResult": "_enums",
        "GroupSendMsgControl": "_enums",
        "GroupSwitch": "_enums",
        "GroupType": "_enums",
        "HistoryChatType": "_enums",
        "ImageFormat": "_enums",
        "ImageSize": "_enums",
        "ImportGroupMemberResultCode": "_enums",
        "InviteJoinOption": "_enums",
        "LoginPlatform": "_enums",
        "MillionGroupMuteAllMember": "_enums",
        "MillionGroupTopicField": "_enums",
        "ModerationConfig": "_enums",
        "ModerationContentType": "_enums",
        "ModerationLabel": "_enums",
        "ModerationVerdict": "_enums",
        "NeedFriendType": "_enums",
        "OfficialAccountInfoField": "_enums",
        "OfficialAccountMsgControl": "_enums",
        "OnlineStatus": "_enums",
        "ProfileTag": "_enums",
        "PushFlag": "_enums",
        "PushTagReplace": "_enums",
        "SenderSyncMode": "_enums",
        "SnsTag": "_enums",
        "StreamEventType": "_enums",
        "SubscriberAddOutcome": "_enums",
        "SubscriberDeleteOutcome": "_enums",
        "SubscriberMsgFlag": "_enums",
        "SubscriberSelfInfoField": "_enums",
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
        "AndroidPushInfoParam": "_shared",
        "ApnsPushInfoParam": "_shared",
        "CustomContent": "_shared",
        "CustomContentParam": "_shared",
        "CustomElement": "_shared",
        "CustomElementParam": "_shared",
        "FaceContent": "_shared",
        "FaceContentParam": "_shared",
        "FaceElement": "_shared",
        "FaceElementParam": "_shared",
        "FileContent": "_shared",
        "FileContentParam": "_shared",
        "FileElement": "_shared",
        "FileElementParam": "_shared",
        "ImageContent": "_shared",
        "ImageContentParam": "_shared",
        "ImageElement": "_shared",
        "ImageElementParam": "_shared",
        "ImageInfo": "_shared",
        "ImageInfoParam": "_shared",
        "LocationContent": "_shared",
        "LocationContentParam": "_shared",
        "LocationElement": "_shared",
        "LocationElementParam": "_shared",
        "MsgElement": "_shared",
        "MsgElementParam": "_shared",
        "OfflinePushInfoParam": "_shared",
        "ProfileItem": "_shared",
        "ProfileItemParam": "_shared",
        "PushConditionParam": "_shared",
        "PushUserAttrNamesParam": "_shared",
        "PushUserAttrs": "_shared",
        "PushUserAttrsParam": "_shared",
        "PushUserTags": "_shared",
        "PushUserTagsParam": "_shared",
        "RelayContent": "_shared",
        "RelayContentParam": "_shared",
        "RelayElement": "_shared",
        "RelayElementParam": "_shared",
        "RelayedMessage": "_shared",
        "RelayedMessageParam": "_shared",
        "SnsResultItem": "_shared",
        "SoundContent": "_shared",
        "SoundContentParam": "_shared",
        "SoundElement": "_shared",
        "SoundElementParam": "_shared",
        "StreamChunk": "_shared",
        "StreamChunkParam": "_shared",
        "StreamContent": "_shared",
        "StreamContentParam": "_shared",
        "StreamElement": "_shared",
        "StreamElementParam": "_shared",
        "TextContent": "_shared",
        "TextContentParam": "_shared",
        "TextElement": "_shared",
        "TextElementParam": "_shared",
        "UnknownMsgElement": "_shared",
        "VideoFileContent": "_shared",
        "VideoFileContentParam": "_shared",
        "VideoFileElement": "_shared",
        "VideoFileElementParam": "_shared",
        "ImAddTagRequest": "all_member_push",
        "ImAddTagResponse": "all_member_push",
        "ImGetAttrNameRequest": "all_member_push",
        "ImGetAttrNameResponse": "all_member_push",
        "ImGetAttrRequest": "all_member_push",
        "ImGetAttrResponse": "all_member_push",
        "ImGetTagRequest": "all_member_push",
        "ImGetTagResponse": "all_member_push",
        "ImPushRequest": "all_member_push",
        "ImPushResponse": "all_member_push",
        "ImRemoveAllTagsRequest": "all_member_push",
        "ImRemoveAllTagsResponse": "all_member_push",
        "ImRemoveAttrRequest": "all_member_push",
        "ImRemoveAttrResponse": "all_member_push",
        "ImRemoveTagRequest": "all_member_push",
        "ImRemoveTagResponse": "all_member_push",
        "ImSetAttrNameRequest": "all_member_push",
        "ImSetAttrNameResponse": "all_member_push",
        "ImSetAttrRequest": "all_member_push",
        "ImSetAttrResponse": "all_member_push",
        "GetIpListRequest": "config_svc",
        "GetIpListResponse": "config_svc",
        "FollowAddRequest": "follow",
        "FollowAddResponse": "follow",
        "FollowCheckItem": "follow",
        "FollowCheckRequest": "follow",
        "FollowCheckResponse": "follow",
        "FollowDeleteRequest": "follow",
        "FollowDeleteResponse": "follow",
        "FollowGetInfoRequest": "follow",
        "FollowGetInfoResponse": "follow",
        "FollowGetRequest": "follow",
        "FollowGetResponse": "follow",
        "FollowInfo": "follow",
        "FollowListItem": "follow",
        "FollowTargetParam": "follow",
        "GetGroupAttrRequest": "group_open_attr_http_svc",
        "GetGroupAttrResponse": "group_open_attr_http_svc",
        "GroupAttributeItem": "group_open_attr_http_svc",
        "AddRobotsRequest": "group_open_avchatroom_http_svc",
        "AddRobotsResponse": "group_open_avchatroom_http_svc",
        "AvchatroomAdmin": "group_open_avchatroom_http_svc",
        "AvchatroomMemberMarks": "group_open_avchatroom_http_svc",
        "AvchatroomMemberMarksParam": "group_open_avchatroom_http_svc",
        "AvchatroomOnlineMember": "group_open_avchatroom_http_svc",
        "CheckMembersRequest": "group_open_avchatroom_http_svc",
        "CheckMembersResponse": "group_open_avchatroom_http_svc",
        "DelRobotsRequest": "group_open_avchatroom_http_svc",
        "DelRobotsResponse": "group_open_avchatroom_http_svc",
        "GetAdminListRequest": "group_open_avchatroom_http_svc",
        "GetAdminListResponse": "group_open_avchatroom_http_svc",
        "GetMembersRequest": "group_open_avchatroom_http_svc",
        "GetMembersResponse": "group_open_avchatroom_http_svc",
        "ModifyAdminRequest": "group_open_avchatroom_http_svc",
        "ModifyAdminResponse": "group_open_avchatroom_http_svc",
        "ModifyUserInfoRequest": "group_open_avchatroom_http_svc",
        "ModifyUserInfoResponse": "group_open_avchatroom_http_svc",
        "AddGroupMemberRequest": "group_open_http_svc",
        "AddGroupMemberResponse": "group_open_http_svc",
        "AddGroupMemberResult": "group_open_http_svc",
        "AddPermissionGroupMemberRequest": "group_open_http_svc",
        "AddPermissionGroupMemberResponse": "group_open_http_svc",
        "AddTopicPermissionGroupRequest": "group_open_http_svc",
        "AddTopicPermissionGroupResponse": "group_open_http_svc",
        "AppDefinedDataItem": "group_open_http_svc",
        "AppDefinedDataItemParam": "group_open_http_svc",
        "BanGroupMemberRequest": "group_open_http_svc",
        "BanGroupMemberResponse": "group_open_http_svc",
        "BannedGroupMember": "group_open_http_svc",
        "ChangeGroupOwnerRequest": "group_open_http_svc",
        "ChangeGroupOwnerResponse": "group_open_http_svc",
        "ClearGroupAttrRequest": "group_open_http_svc",
        "ClearGroupAttrResponse": "group_open_http_svc",
        "ClearGroupMsgRequest": "group_open_http_svc",
        "ClearGroupMsgResponse": "group_open_http_svc",
        "CreateGroupRequest": "group_open_http_svc",
        "CreateGroupResponse": "group_open_http_svc",
        "CreatePermissionGroupRequest": "group_open_http_svc",
        "CreatePermissionGroupResponse": "group_open_http_svc",
        "DeleteGroupAttrRequest": "group_open_http_svc",
        "DeleteGroupAttrResponse": "group_open_http_svc",
        "DeleteGroupCounterRequest": "group_open_http_svc",
        "DeleteGroupCounterResponse": "group_open_http_svc",
        "DeleteGroupMemberRequest": "group_open_http_svc",
        "DeleteGroupMemberResponse": "group_open_http_svc",
        "DeleteGroupMsgBySenderRequest": "group_open_http_svc",
        "DeleteGroupMsgBySenderResponse": "group_open_http_svc",
        "DeletePermissionGroupMemberRequest": "group_open_http_svc",
        "DeletePermissionGroupMemberResponse": "group_open_http_svc",
        "DeleteTopicPermissionGroupRequest": "group_open_http_svc",
        "DeleteTopicPermissionGroupResponse": "group_open_http_svc",
        "DestroyGroupRequest": "group_open_http_svc",
        "DestroyGroupResponse": "group_open_http_svc",
        "DestroyPermissionGroupRequest": "group_open_http_svc",
        "DestroyPermissionGroupResponse": "group_open_http_svc",
        "ForbidSendMsgRequest": "group_open_http_svc",
        "ForbidSendMsgResponse": "group_open_http_svc",
        "GetAppidGroupListRequest": "group_open_http_svc",
        "GetAppidGroupListResponse": "group_open_http_svc",
        "GetGroupBanMemberRequest": "group_open_http_svc",
        "GetGroupBanMemberResponse": "group_open_http_svc",
        "GetGroupCounterRequest": "group_open_http_svc",
        "GetGroupCounterResponse": "group_open_http_svc",
        "GetGroupInfoRequest": "group_open_http_svc",
        "GetGroupInfoResponse": "group_open_http_svc",
        "GetGroupMemberInfoRequest": "group_open_http_svc",
        "GetGroupMemberInfoResponse": "group_open_http_svc",
        "GetGroupMsgReceiptDetailRequest": "group_open_http_svc",
        "GetGroupMsgReceiptDetailResponse": "group_open_http_svc",
        "GetGroupMsgReceiptRequest": "group_open_http_svc",
        "GetGroupMsgReceiptResponse": "group_open_http_svc",
        "GetGroupMutedAccountRequest": "group_open_http_svc",
        "GetGroupMutedAccountResponse": "group_open_http_svc",
        "GetGroupShuttedUinRequest": "group_open_http_svc",
        "GetGroupShuttedUinResponse": "group_open_http_svc",
        "GetJoinedGroupListRequest": "group_open_http_svc",
        "GetJoinedGroupListResponse": "group_open_http_svc",
        "GetPermissionGroupMemberListRequest": "group_open_http_svc",
        "GetPermissionGroupMemberListResponse": "group_open_http_svc",
        "GetPermissionGroupRequest": "group_open_http_svc",
        "GetPermissionGroupResponse": "group_open_http_svc",
        "GetPinnedMessagesRequest": "group_open_http_svc",
        "GetPinnedMessagesResponse": "group_open_http_svc",
        "GetRoleInGroupRequest": "group_open_http_svc",
        "GetRoleInGroupResponse": "group_open_http_svc",
        "GetSpecifiedGroupMemberInfoRequest": "group_open_http_svc",
        "GetSpecifiedGroupMemberInfoResponse": "group_open_http_svc",
        "GetTopicPermissionGroupRequest": "group_open_http_svc",
        "GetTopicPermissionGroupResponse": "group_open_http_svc",
        "GroupAtInfoParam": "group_open_http_svc",
        "GroupAttrEntryParam": "group_open_http_svc",
        "GroupAttrKeyParam": "group_open_http_svc",
        "GroupCounterEntry": "group_open_http_svc",
        "GroupCounterEntryParam": "group_open_http_svc",
        "GroupGetOnlineMemberNumRequest": "group_open_http_svc",
        "GroupGetOnlineMemberNumResponse": "group_open_http_svc",
        "GroupHistoryMsg": "group_open_http_svc",
        "GroupIdEntry": "group_open_http_svc",
        "GroupInfo": "group_open_http_svc",
        "GroupInfoResponseFilterParam": "group_open_http_svc",
        "GroupMemberInfo": "group_open_http_svc",
        "GroupMemberToAddParam": "group_open_http_svc",
        "GroupMsgGetSimpleRequest": "group_open_http_svc",
        "GroupMsgGetSimpleResponse": "group_open_http_svc",
        "GroupMsgNonReader": "group_open_http_svc",
        "GroupMsgReader": "group_open_http_svc",
        "GroupMsgRecallRequest": "group_open_http_svc",
        "GroupMsgRecallResponse": "group_open_http_svc",
        "GroupMsgReceiptCount": "group_open_http_svc",
        "GroupMsgReceiptRequest": "group_open_http_svc",
        "GroupMsgReceiptResponse": "group_open_http_svc",
        "GroupMsgSeqItemParam": "group_open_http_svc",
        "GroupRecallResult": "group_open_http_svc",
        "GroupRoleEntry": "group_open_http_svc",
        "ImportGroupMemberItemParam": "group_open_http_svc",
        "ImportGroupMemberRequest": "group_open_http_svc",
        "ImportGroupMemberResponse": "group_open_http_svc",
        "ImportGroupMemberResult": "group_open_http_svc",
        "ImportGroupMsgItemParam": "group_open_http_svc",
        "ImportGroupMsgRequest": "group_open_http_svc",
        "ImportGroupMsgResponse": "group_open_http_svc",
        "ImportGroupMsgResult": "group_open_http_svc",
        "ImportGroupRequest": "group_open_http_svc",
        "ImportGroupResponse": "group_open_http_svc",
        "ImportTopicRequest": "group_open_http_svc",
        "ImportTopicResponse": "group_open_http_svc",
        "JoinedGroup": "group_open_http_svc",
        "JoinedGroupResponseFilterParam": "group_open_http_svc",
        "JoinedGroupSelfInfo": "group_open_http_svc",
        "ModifyGroupAttrRequest": "group_open_http_svc",
        "ModifyGroupAttrResponse": "group_open_http_svc",
        "ModifyGroupBaseInfoRequest": "group_open_http_svc",
        "ModifyGroupBaseInfoResponse": "group_open_http_svc",
        "ModifyGroupMemberInfoRequest": "group_open_http_svc",
        "ModifyGroupMemberInfoResponse": "group_open_http_svc",
        "ModifyPermissionGroupRequest": "group_open_http_svc",
        "ModifyPermissionGroupResponse": "group_open_http_svc",
        "MutedGroupMember": "group_open_http_svc",
        "NewGroupMemberParam": "group_open_http_svc",
        "PermissionGroupMemberParam": "group_open_http_svc",
        "PermissionGroupMemberResult": "group_open_http_svc",
        "PermissionGroupResult": "group_open_http_svc",
        "PinMessageRequest": "group_open_http_svc",
        "PinMessageResponse": "group_open_http_svc",
        "PinnedGroupMsg": "group_open_http_svc",
        "SendBroadcastMsgRequest": "group_open_http_svc",
        "SendBroadcastMsgResponse": "group_open_http_svc",
        "SendGroupMsgRequest": "group_open_http_svc",
        "SendGroupMsgResponse": "group_open_http_svc",
        "SendGroupSystemNotificationRequest": "group_open_http_svc",
        "SendGroupSystemNotificationResponse": "group_open_http_svc",
        "SetGroupAttrRequest": "group_open_http_svc",
        "SetGroupAttrResponse": "group_open_http_svc",
        "SetTopicPermissionGroupRequest": "group_open_http_svc",
        "SetTopicPermissionGroupResponse": "group_open_http_svc",
        "SetUnreadMsgNumRequest": "group_open_http_svc",
        "SetUnreadMsgNumResponse": "group_open_http_svc",
        "ShuttedGroupMember": "group_open_http_svc",
        "TopicPermissionParam": "group_open_http_svc",
        "TopicPermissionResult": "group_open_http_svc",
        "UnbanGroupMemberRequest": "group_open_http_svc",
        "UnbanGroupMemberResponse": "group_open_http_svc",
        "UnpinMessageRequest": "group_open_http_svc",
        "UnpinMessageResponse": "group_open_http_svc",
        "UpdateGroupCounterRequest": "group_open_http_svc",
        "UpdateGroupCounterResponse": "group_open_http_svc",
        "BatchContentModerationRequest": "im_msg_audit",
        "BatchContentModerationResponse": "im_msg_audit",
        "ContentModerationRequest": "im_msg_audit",
        "ContentModerationResponse": "im_msg_audit",
        "ModerationContentParam": "im_msg_audit",
        "ModerationItemResult": "im_msg_audit",
        "AddCloudAuditKeywordsRequest": "im_msg_audit_mgr",
        "AddCloudAuditKeywordsResponse": "im_msg_audit_mgr",
        "BlockedWord": "im_msg_audit_mgr",
        "BlockedWordDeletion": "im_msg_audit_mgr",
        "DeleteCloudAuditKeywordsRequest": "im_msg_audit_mgr",
        "DeleteCloudAuditKeywordsResponse": "im_msg_audit_mgr",
        "GetCloudAuditKeywordsIdsRequest": "im_msg_audit_mgr",
        "GetCloudAuditKeywordsIdsResponse": "im_msg_audit_mgr",
        "GetCloudAuditKeywordsRequest": "im_msg_audit_mgr",
        "GetCloudAuditKeywordsResponse": "im_msg_audit_mgr",
        "KeywordLibrary": "im_msg_audit_mgr",
        "NewBlockedWordParam": "im_msg_audit_mgr",
        "AccountCheckRequest": "im_open_login_svc",
        "AccountCheckResponse": "im_open_login_svc",
        "AccountCheckResult": "im_open_login_svc",
        "AccountDeleteRequest": "im_open_login_svc",
        "AccountDeleteResponse": "im_open_login_svc",
        "AccountDeleteResult": "im_open_login_svc",
        "AccountImportItemParam": "im_open_login_svc",
        "AccountImportRequest": "im_open_login_svc",
        "AccountImportResponse": "im_open_login_svc",
        "AccountUserIdItemParam": "im_open_login_svc",
        "KickRequest": "im_open_login_svc",
        "KickResponse": "im_open_login_svc",
        "MultiaccountImportRequest": "im_open_login_svc",
        "MultiaccountImportResponse": "im_open_login_svc",
        "CreateTopicRequest": "million_group_open_http_svc",
        "CreateTopicResponse": "million_group_open_http_svc",
        "DestroyTopicRequest": "million_group_open_http_svc",
        "DestroyTopicResponse": "million_group_open_http_svc",
        "GetTopicRequest": "million_group_open_http_svc",
        "GetTopicResponse": "million_group_open_http_svc",
        "MillionGroupGetOnlineMemberNumRequest": "million_group_open_http_svc",
        "MillionGroupGetOnlineMemberNumResponse": "million_group_open_http_svc",
        "MillionGroupTopicAndSelfInfo": "million_group_open_http_svc",
        "MillionGroupTopicInfo": "million_group_open_http_svc",
        "MillionGroupTopicResult": "million_group_open_http_svc",
        "MillionGroupTopicSelfInfo": "million_group_open_http_svc",
        "ModifyTopicRequest": "million_group_open_http_svc",
        "ModifyTopicResponse": "million_group_open_http_svc",
        "AddSubscriberRequest": "official_account_open_http_svc",
        "AddSubscriberResponse": "official_account_open_http_svc",
        "CreateOfficialAccountRequest": "official_account_open_http_svc",
        "CreateOfficialAccountResponse": "official_account_open_http_svc",
        "DeleteSubscriberRequest": "official_account_open_http_svc",
        "DeleteSubscriberResponse": "official_account_open_http_svc",
        "DestroyOfficialAccountRequest": "official_account_open_http_svc",
        "DestroyOfficialAccountResponse": "official_account_open_http_svc",
        "GetOfficialAccountInfoRequest": "official_account_open_http_svc",
        "GetOfficialAccountInfoResponse": "official_account_open_http_svc",
        "GetSubscribedOfficialAccountListRequest": "official_account_open_http_svc",
        "GetSubscribedOfficialAccountListResponse": "official_account_open_http_svc",
        "GetSubscriberInfoRequest": "official_account_open_http_svc",
        "GetSubscriberInfoResponse": "official_account_open_http_svc",
        "ModifyOfficialAccountBaseInfoRequest": "official_account_open_http_svc",
        "ModifyOfficialAccountBaseInfoResponse": "official_account_open_http_svc",
        "ModifySubscriberInfoRequest": "official_account_open_http_svc",
        "ModifySubscriberInfoResponse": "official_account_open_http_svc",
        "OfficialAccountInfo": "official_account_open_http_svc",
        "OfficialAccountInfoFilterParam": "official_account_open_http_svc",
        "OfficialAccountMessage": "official_account_open_http_svc",
        "OfficialAccountMsgGetSimpleRequest": "official_account_open_http_svc",
        "OfficialAccountMsgGetSimpleResponse": "official_account_open_http_svc",
        "OfficialAccountMsgRecallRequest": "official_account_open_http_svc",
        "OfficialAccountMsgRecallResponse": "official_account_open_http_svc",
        "OfficialAccountRecallResult": "official_account_open_http_svc",
        "OfficialAccountRefParam": "official_account_open_http_svc",
        "OfficialAccountSubscriber": "official_account_open_http_svc",
        "SendOfficialAccountMsgRequest": "official_account_open_http_svc",
        "SendOfficialAccountMsgResponse": "official_account_open_http_svc",
        "SubscribedAccountFilterParam": "official_account_open_http_svc",
        "SubscribedOfficialAccount": "official_account_open_http_svc",
        "SubscriberAddResult": "official_account_open_http_svc",
        "SubscriberDeleteResult": "official_account_open_http_svc",
        "SubscriberRefParam": "official_account_open_http_svc",
        "SubscriberSelfInfo": "official_account_open_http_svc",
        "GetHistoryRequest": "open_msg_svc",
        "GetHistoryResponse": "open_msg_svc",
        "HistoryFile": "open_msg_svc",
        "AppInfoDay": "openconfigsvr",
        "GetappinfoRequest": "openconfigsvr",
        "GetappinfoResponse": "openconfigsvr",
        "GetnospeakingRequest": "openconfigsvr",
        "GetnospeakingResponse": "openconfigsvr",
        "SetnospeakingRequest": "openconfigsvr",
        "SetnospeakingResponse": "openconfigsvr",
        "AdminGetroammsgRequest": "openim",
        "AdminGetroammsgResponse": "openim",
        "AdminMsgwithdrawRequest": "openim",
        "AdminMsgwithdrawResponse": "openim",
        "AdminSetMsgReadRequest": "openim",
        "AdminSetMsgReadResponse": "openim",
        "BatchSendError": "openim",
        "BatchsendmsgRequest": "openim",
        "BatchsendmsgResponse": "openim",
        "C2CReceiptMessageParam": "openim",
        "C2CUnreadCount": "openim",
        "C2CUnreadError": "openim",
        "C2cMsgReadReceiptRequest": "openim",
        "C2cMsgReadReceiptResponse": "openim",
        "DeleteC2cMsgRambleRequest": "openim",
        "DeleteC2cMsgRambleResponse": "openim",
        "GetC2cUnreadMsgNumRequest": "openim",
        "GetC2cUnreadMsgNumResponse": "openim",
        "ImportmsgRequest": "openim",
        "ImportmsgResponse": "openim",
        "LegacyStateResult": "openim",
        "ModifyC2cMsgRequest": "openim",
        "ModifyC2cMsgResponse": "openim",
        "OnlinePlatformStatus": "openim",
        "OnlineStatusError": "openim",
        "OnlineStatusResult": "openim",
        "QueryOnlineStatusRequest": "openim",
        "QueryOnlineStatusResponse": "openim",
        "QuerystateRequest": "openim",
        "QuerystateResponse": "openim",
        "RoamMessage": "openim",
        "SendmsgRequest": "openim",
        "SendmsgResponse": "openim",
        "GetKeyValuesRequest": "openim_msg_ext_http_svc",
        "GetKeyValuesResponse": "openim_msg_ext_http_svc",
        "GroupGetKeyValuesRequest": "openim_msg_ext_http_svc",
        "GroupGetKeyValuesResponse": "openim_msg_ext_http_svc",
        "GroupSetKeyValuesRequest": "openim_msg_ext_http_svc",
        "GroupSetKeyValuesResponse": "openim_msg_ext_http_svc",
        "MsgExtension": "openim_msg_ext_http_svc",
        "MsgExtensionParam": "openim_msg_ext_http_svc",
        "MsgExtensionResult": "openim_msg_ext_http_svc",
        "SetKeyValuesRequest": "openim_msg_ext_http_svc",
        "SetKeyValuesResponse": "openim_msg_ext_http_svc",
        "CreateRobotRequest": "openim_robot_http_svc",
        "CreateRobotResponse": "openim_robot_http_svc",
        "DeleteRobotRequest": "openim_robot_http_svc",
        "DeleteRobotResponse": "openim_robot_http_svc",
        "GetAllRobotsRequest": "openim_robot_http_svc",
        "GetAllRobotsResponse": "openim_robot_http_svc",
        "SendStreamMsgRequest": "openim_robot_http_svc",
        "SendStreamMsgResponse": "openim_robot_http_svc",
        "PortraitGetRequest": "profile",
        "PortraitGetResponse": "profile",
        "PortraitSetRequest": "profile",
        "PortraitSetResponse": "profile",
        "UserProfileItem": "profile",
        "ContactGroupCreateResult": "recentcontact",
        "ContactGroupItem": "recentcontact",
        "ContactGroupUpdateParam": "recentcontact",
        "ContactGroupUpdateResult": "recentcontact",
        "ContactItem": "recentcontact",
        "ContactItemParam": "recentcontact",
        "ContactMarkChangeParam": "recentcontact",
        "ContactMarkItem": "recentcontact",
        "ContactMarkResult": "recentcontact",
        "ContactOptResult": "recentcontact",
        "ContactResultItem": "recentcontact",
        "ContactUpdateItemParam": "recentcontact",
        "ConversationItem": "recentcontact",
        "CreateContactGroupRequest": "recentcontact",
        "CreateContactGroupResponse": "recentcontact",
        "DelContactGroupRequest": "recentcontact",
        "DelContactGroupResponse": "recentcontact",
        "DeleteRequest": "recentcontact",
        "DeleteResponse": "recentcontact",
        "GetContactGroupRequest": "recentcontact",
        "GetContactGroupResponse": "recentcontact",
        "GetListRequest": "recentcontact",
        "GetListResponse": "recentcontact",
        "MarkContactRequest": "recentcontact",
        "MarkContactResponse": "recentcontact",
        "NewContactGroupParam": "recentcontact",
        "RecentContactItemParam": "recentcontact",
        "SearchContactGroupRequest": "recentcontact",
        "SearchContactGroupResponse": "recentcontact",
        "TopRequest": "recentcontact",
        "TopResponse": "recentcontact",
        "UpdateContactGroupRequest": "recentcontact",
        "UpdateContactGroupResponse": "recentcontact",
        "AddFriendItemParam": "sns",
        "BlackListAddRequest": "sns",
        "BlackListAddResponse": "sns",
        "BlackListCheckItem": "sns",
        "BlackListCheckRequest": "sns",
        "BlackListCheckResponse": "sns",
        "BlackListDeleteRequest": "sns",
        "BlackListDeleteResponse": "sns",
        "BlackListGetRequest": "sns",
        "BlackListGetResponse": "sns",
        "BlackListItem": "sns",
        "FriendAddRequest": "sns",
        "FriendAddResponse": "sns",
        "FriendCheckItem": "sns",
        "FriendCheckRequest": "sns",
        "FriendCheckResponse": "sns",
        "FriendDataItem": "sns",
        "FriendDeleteAllRequest": "sns",
        "FriendDeleteAllResponse": "sns",
        "FriendDeleteRequest": "sns",
        "FriendDeleteResponse": "sns",
        "FriendGetListRequest": "sns",
        "FriendGetListResponse": "sns",
        "FriendGetRequest": "sns",
        "FriendGetResponse": "sns",
        "FriendGroupInfo": "sns",
        "FriendImportRequest": "sns",
        "FriendImportResponse": "sns",
        "FriendInfoField": "sns",
        "FriendInfoItem": "sns",
        "FriendUpdateItemParam": "sns",
        "FriendUpdateRequest": "sns",
        "FriendUpdateResponse": "sns",
        "GroupAddRequest": "sns",
        "GroupAddResponse": "sns",
        "GroupDeleteRequest": "sns",
        "GroupDeleteResponse": "sns",
        "GroupGetRequest": "sns",
        "GroupGetResponse": "sns",
        "ImportFriendItemParam": "sns",
        "SnsCustomItemParam": "sns",
        "SnsTagValue": "sns",
        "SnsTagValueParam": "sns",
        "SendC2cStreamMsgRequest": "stream_msg",
        "SendC2cStreamMsgResponse": "stream_msg",
        "SendGroupStreamMsgRequest": "stream_msg",
        "SendGroupStreamMsgResponse": "stream_msg",
        "AddTagRequest": "timpush",
        "AddTagResponse": "timpush",
        "BatchRequest": "timpush",
        "BatchResponse": "timpush",
        "ClearAllTagsRequest": "timpush",
        "ClearAllTagsResponse": "timpush",
        "GetAttrNameRequest": "timpush",
        "GetAttrNameResponse": "timpush",
        "GetAttrRequest": "timpush",
        "GetAttrResponse": "timpush",
        "GetTagRequest": "timpush",
        "GetTagResponse": "timpush",
        "PushErrorItem": "timpush",
        "PushRequest": "timpush",
        "PushResponse": "timpush",
        "RemoveAttrRequest": "timpush",
        "RemoveAttrResponse": "timpush",
        "RemoveTagRequest": "timpush",
        "RemoveTagResponse": "timpush",
        "RevokeRequest": "timpush",
        "RevokeResponse": "timpush",
        "SetAttrNameRequest": "timpush",
        "SetAttrNameResponse": "timpush",
        "SetAttrRequest": "timpush",
        "SetAttrResponse": "timpush",
    },
)
