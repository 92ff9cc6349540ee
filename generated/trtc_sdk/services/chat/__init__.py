# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Services of Chat (Tencent Cloud Chat): one module per servicename, each loaded on first access."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module

if TYPE_CHECKING:
    from trtc_sdk.services.chat.all_member_push import (
        AsyncPushService as AsyncPushService,
    )
    from trtc_sdk.services.chat.all_member_push import (
        PushService as PushService,
    )
    from trtc_sdk.services.chat.config_svc import (
        AsyncChatNetworkService as AsyncChatNetworkService,
    )
    from trtc_sdk.services.chat.config_svc import (
        ChatNetworkService as ChatNetworkService,
    )
    from trtc_sdk.services.chat.follow import (
        AsyncFollowService as AsyncFollowService,
    )
    from trtc_sdk.services.chat.follow import (
        FollowService as FollowService,
    )
    from trtc_sdk.services.chat.group_open_attr_http_svc import (
        AsyncGroupAttributeService as AsyncGroupAttributeService,
    )
    from trtc_sdk.services.chat.group_open_attr_http_svc import (
        GroupAttributeService as GroupAttributeService,
    )
    from trtc_sdk.services.chat.group_open_avchatroom_http_svc import (
        AsyncAvchatroomService as AsyncAvchatroomService,
    )
    from trtc_sdk.services.chat.group_open_avchatroom_http_svc import (
        AvchatroomService as AvchatroomService,
    )
    from trtc_sdk.services.chat.group_open_http_svc import (
        AsyncGroupService as AsyncGroupService,
    )
    from trtc_sdk.services.chat.group_open_http_svc import (
        GroupService as GroupService,
    )
    from trtc_sdk.services.chat.im_msg_audit import (
        AsyncModerationService as AsyncModerationService,
    )
    from trtc_sdk.services.chat.im_msg_audit import (
        ModerationService as ModerationService,
    )
    from trtc_sdk.services.chat.im_msg_audit_mgr import (
        AsyncModerationKeywordsService as AsyncModerationKeywordsService,
    )
    from trtc_sdk.services.chat.im_msg_audit_mgr import (
        ModerationKeywordsService as ModerationKeywordsService,
    )
    from trtc_sdk.services.chat.im_open_login_svc import (
        AccountService as AccountService,
    )
    from trtc_sdk.services.chat.im_open_login_svc import (
        AsyncAccountService as AsyncAccountService,
    )
    from trtc_sdk.services.chat.million_group_open_http_svc import (
        AsyncMillionGroupService as AsyncMillionGroupService,
    )
    from trtc_sdk.services.chat.million_group_open_http_svc import (
        MillionGroupService as MillionGroupService,
    )
    from trtc_sdk.services.chat.official_account_open_http_svc import (
        AsyncOfficialAccountService as AsyncOfficialAccountService,
    )
    from trtc_sdk.services.chat.official_account_open_http_svc import (
        OfficialAccountService as OfficialAccountService,
    )
    from trtc_sdk.services.chat.open_msg_svc import (
        AsyncChatHistoryService as AsyncChatHistoryService,
    )
    from trtc_sdk.services.chat.open_msg_svc import (
        ChatHistoryService as ChatHistoryService,
    )
    from trtc_sdk.services.chat.openconfigsvr import (
        AsyncChatConfigService as AsyncChatConfigService,
    )
    from trtc_sdk.services.chat.openconfigsvr import (
        ChatConfigService as ChatConfigService,
    )
    from trtc_sdk.services.chat.openim import (
        AsyncMessageService as AsyncMessageService,
    )
    from trtc_sdk.services.chat.openim import (
        MessageService as MessageService,
    )
    from trtc_sdk.services.chat.openim_msg_ext_http_svc import (
        AsyncMessageExtensionService as AsyncMessageExtensionService,
    )
    from trtc_sdk.services.chat.openim_msg_ext_http_svc import (
        MessageExtensionService as MessageExtensionService,
    )
    from trtc_sdk.services.chat.openim_robot_http_svc import (
        AsyncBotService as AsyncBotService,
    )
    from trtc_sdk.services.chat.openim_robot_http_svc import (
        BotService as BotService,
    )
    from trtc_sdk.services.chat.profile import (
        AsyncProfileService as AsyncProfileService,
    )
    from trtc_sdk.services.chat.profile import (
        ProfileService as ProfileService,
    )
    from trtc_sdk.services.chat.recentcontact import (
        AsyncConversationService as AsyncConversationService,
    )
    from trtc_sdk.services.chat.recentcontact import (
        ConversationService as ConversationService,
    )
    from trtc_sdk.services.chat.sns import (
        AsyncFriendsService as AsyncFriendsService,
    )
    from trtc_sdk.services.chat.sns import (
        FriendsService as FriendsService,
    )
    from trtc_sdk.services.chat.stream_msg import (
        AsyncStreamMessageService as AsyncStreamMessageService,
    )
    from trtc_sdk.services.chat.stream_msg import (
        StreamMessageService as StreamMessageService,
    )
    from trtc_sdk.services.chat.timpush import (
        AsyncTimpushService as AsyncTimpushService,
    )
    from trtc_sdk.services.chat.timpush import (
        TimpushService as TimpushService,
    )

__all__ = [
    "AccountService",
    "AsyncAccountService",
    "AsyncAvchatroomService",
    "AsyncBotService",
    "AsyncChatConfigService",
    "AsyncChatHistoryService",
    "AsyncChatNetworkService",
    "AsyncConversationService",
    "AsyncFollowService",
    "AsyncFriendsService",
    "AsyncGroupAttributeService",
    "AsyncGroupService",
    "AsyncMessageExtensionService",
    "AsyncMessageService",
    "AsyncMillionGroupService",
    "AsyncModerationKeywordsService",
    "AsyncModerationService",
    "AsyncOfficialAccountService",
    "AsyncProfileService",
    "AsyncPushService",
    "AsyncStreamMessageService",
    "AsyncTimpushService",
    "AvchatroomService",
    "BotService",
    "ChatConfigService",
    "ChatHistoryService",
    "ChatNetworkService",
    "ConversationService",
    "FollowService",
    "FriendsService",
    "GroupAttributeService",
    "GroupService",
    "MessageExtensionService",
    "MessageService",
    "MillionGroupService",
    "ModerationKeywordsService",
    "ModerationService",
    "OfficialAccountService",
    "ProfileService",
    "PushService",
    "StreamMessageService",
    "TimpushService",
]
__getattr__, __dir__ = lazy_module(
    __name__,
    {
        "AsyncPushService": "all_member_push",
        "PushService": "all_member_push",
        "AsyncChatNetworkService": "config_svc",
        "ChatNetworkService": "config_svc",
        "AsyncFollowService": "follow",
        "FollowService": "follow",
        "AsyncGroupAttributeService": "group_open_attr_http_svc",
        "GroupAttributeService": "group_open_attr_http_svc",
        "AsyncAvchatroomService": "group_open_avchatroom_http_svc",
        "AvchatroomService": "group_open_avchatroom_http_svc",
        "AsyncGroupService": "group_open_http_svc",
        "GroupService": "group_open_http_svc",
        "AsyncModerationService": "im_msg_audit",
        "ModerationService": "im_msg_audit",
        "AsyncModerationKeywordsService": "im_msg_audit_mgr",
        "ModerationKeywordsService": "im_msg_audit_mgr",
        "AccountService": "im_open_login_svc",
        "AsyncAccountService": "im_open_login_svc",
        "AsyncMillionGroupService": "million_group_open_http_svc",
        "MillionGroupService": "million_group_open_http_svc",
        "AsyncOfficialAccountService": "official_account_open_http_svc",
        "OfficialAccountService": "official_account_open_http_svc",
        "AsyncChatHistoryService": "open_msg_svc",
        "ChatHistoryService": "open_msg_svc",
        "AsyncChatConfigService": "openconfigsvr",
        "ChatConfigService": "openconfigsvr",
        "AsyncMessageService": "openim",
        "MessageService": "openim",
        "AsyncMessageExtensionService": "openim_msg_ext_http_svc",
        "MessageExtensionService": "openim_msg_ext_http_svc",
        "AsyncBotService": "openim_robot_http_svc",
        "BotService": "openim_robot_http_svc",
        "AsyncProfileService": "profile",
        "ProfileService": "profile",
        "AsyncConversationService": "recentcontact",
        "ConversationService": "recentcontact",
        "AsyncFriendsService": "sns",
        "FriendsService": "sns",
        "AsyncStreamMessageService": "stream_msg",
        "StreamMessageService": "stream_msg",
        "AsyncTimpushService": "timpush",
        "TimpushService": "timpush",
    },
)
