# generated from spec/*.yaml by `python -m codegen generate` - do not edit
"""Client: the core's client with this spec's registry and one attribute per namespace.

The constructor is the core's (`trtc_sdk._core.client.BaseClient`); namespaces are imported on first
access and cached on the instance.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from trtc_sdk._core.client import RequestOptions, SyncAPIClient
from trtc_sdk._registry import REGISTRY

if TYPE_CHECKING:
    import trtc_sdk.models.call.call_config
    import trtc_sdk.models.call.call_engine_http_srv
    import trtc_sdk.models.call.call_record_http_srv
    import trtc_sdk.models.chat.all_member_push
    import trtc_sdk.models.chat.config_svc
    import trtc_sdk.models.chat.follow
    import trtc_sdk.models.chat.group_open_attr_http_svc
    import trtc_sdk.models.chat.group_open_avchatroom_http_svc
    import trtc_sdk.models.chat.group_open_http_svc
    import trtc_sdk.models.chat.im_msg_audit
    import trtc_sdk.models.chat.im_msg_audit_mgr
    import trtc_sdk.models.chat.im_open_login_svc
    import trtc_sdk.models.chat.million_group_open_http_svc
    import trtc_sdk.models.chat.official_account_open_http_svc
    import trtc_sdk.models.chat.open_msg_svc
    import trtc_sdk.models.chat.openconfigsvr
    import trtc_sdk.models.chat.openim
    import trtc_sdk.models.chat.openim_msg_ext_http_svc
    import trtc_sdk.models.chat.openim_robot_http_svc
    import trtc_sdk.models.chat.profile
    import trtc_sdk.models.chat.recentcontact
    import trtc_sdk.models.chat.sns
    import trtc_sdk.models.chat.stream_msg
    import trtc_sdk.models.chat.timpush
    import trtc_sdk.models.live.live_config
    import trtc_sdk.models.live.live_engine_http_pk
    import trtc_sdk.models.live.live_engine_http_srv
    import trtc_sdk.models.room.room_config
    import trtc_sdk.models.room.room_engine_http_srv
    import trtc_sdk.models.seat.room_engine_http_mic
    from trtc_sdk._core.models import ResponseModel
    from trtc_sdk.services.call import (
        CallConfigService,
        CallRecordService,
        CallService,
    )
    from trtc_sdk.services.chat import (
        AccountService,
        AvchatroomService,
        BotService,
        ChatConfigService,
        ChatHistoryService,
        ChatNetworkService,
        ConversationService,
        FollowService,
        FriendsService,
        GroupAttributeService,
        GroupService,
        MessageExtensionService,
        MessageService,
        MillionGroupService,
        ModerationKeywordsService,
        ModerationService,
        OfficialAccountService,
        ProfileService,
        PushService,
        StreamMessageService,
        TimpushService,
    )
    from trtc_sdk.services.live import (
        LiveConfigService,
        LivePkService,
        LiveService,
    )
    from trtc_sdk.services.room import (
        RoomConfigService,
        RoomService,
    )
    from trtc_sdk.services.seat import (
        RoomSeatService,
    )

__all__ = ["Client"]


class Client(SyncAPIClient):
    """Client for the Tencent RTC and Chat server REST APIs: one namespace per servicename."""

    _registry = REGISTRY

    @cached_property
    def call(self) -> CallService:
        """Running calls. (`call_engine_http_srv`, Call (TUICallKit))"""
        from trtc_sdk.services.call import CallService

        return CallService(self)

    @cached_property
    def call_record(self) -> CallRecordService:
        """Records of finished calls. (`call_record_http_srv`, Call (TUICallKit))"""
        from trtc_sdk.services.call import CallRecordService

        return CallRecordService(self)

    @cached_property
    def call_config(self) -> CallConfigService:
        """Webhook configuration for call events. (`call_config`, Call (TUICallKit))"""
        from trtc_sdk.services.call import CallConfigService

        return CallConfigService(self)

    @cached_property
    def account(self) -> AccountService:
        """Registering, checking and deleting the app's user accounts in Chat and invalidating their login state. (`im_open_login_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AccountService

        return AccountService(self)

    @cached_property
    def avchatroom(self) -> AvchatroomService:
        """Online members, member marks, robot accounts and administrators of live-stream (AVChatRoom) groups. (`group_open_avchatroom_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AvchatroomService

        return AvchatroomService(self)

    @cached_property
    def bot(self) -> BotService:
        """Chatbot accounts and their streamed replies. (`openim_robot_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import BotService

        return BotService(self)

    @cached_property
    def conversation(self) -> ConversationService:
        """A user's conversation list as the server keeps it, with pinning, conversation groups and marks. (`recentcontact`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import ConversationService

        return ConversationService(self)

    @cached_property
    def group(self) -> GroupService:
        """Groups and communities of a Chat app, their members, messages, attributes, counters and permission groups. (`group_open_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import GroupService

        return GroupService(self)

    @cached_property
    def group_attribute(self) -> GroupAttributeService:
        """Reading the custom key-value attributes of a group. (`group_open_attr_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import GroupAttributeService

        return GroupAttributeService(self)

    @cached_property
    def message(self) -> MessageService:
        """One-to-one messages (send, batch send, import, history, recall, edit, read state, receipts, unread counts) and users' online status. (`openim`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import MessageService

        return MessageService(self)

    @cached_property
    def message_extension(self) -> MessageExtensionService:
        """Key-value extensions attached to individual one-to-one and group messages (for example reactions or vote counts). (`openim_msg_ext_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import MessageExtensionService

        return MessageExtensionService(self)

    @cached_property
    def stream_message(self) -> StreamMessageService:
        """Streamed messages (TIMStreamElem) to a user or a group, sent chunk by chunk, such as AI assistant replies. (`stream_msg`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import StreamMessageService

        return StreamMessageService(self)

    @cached_property
    def million_group(self) -> MillionGroupService:
        """Topics of topic-enabled communities and the online member count of communities. (`million_group_open_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import MillionGroupService

        return MillionGroupService(self)

    @cached_property
    def moderation(self) -> ModerationService:
        """On-demand content moderation of Content Understanding (Singapore data centre only). (`im_msg_audit`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import ModerationService

        return ModerationService(self)

    @cached_property
    def moderation_keywords(self) -> ModerationKeywordsService:
        """Keyword libraries and blocked words of Content Understanding (Singapore data centre only). (`im_msg_audit_mgr`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import ModerationKeywordsService

        return ModerationKeywordsService(self)

    @cached_property
    def official_account(self) -> OfficialAccountService:
        """Official accounts (official channels), their subscribers and their broadcast messages. (`official_account_open_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import OfficialAccountService

        return OfficialAccountService(self)

    @cached_property
    def chat_config(self) -> ChatConfigService:
        """App-wide settings and statistics of Chat, such as muting an account everywhere. (`openconfigsvr`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import ChatConfigService

        return ChatConfigService(self)

    @cached_property
    def chat_history(self) -> ChatHistoryService:
        """Hourly archive files of all one-to-one or all group messages of the app. (`open_msg_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import ChatHistoryService

        return ChatHistoryService(self)

    @cached_property
    def chat_network(self) -> ChatNetworkService:
        """The IP addresses and ranges of Chat servers and webhook senders, for firewall allow lists. (`ConfigSvc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import ChatNetworkService

        return ChatNetworkService(self)

    @cached_property
    def profile(self) -> ProfileService:
        """Reading and writing the standard and custom profile fields of users. (`profile`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import ProfileService

        return ProfileService(self)

    @cached_property
    def push(self) -> PushService:
        """The older push-to-all commands of Chat, which deliver a message to every user or to users selected by tags or attributes, and manage those tags and attributes. (`all_member_push`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import PushService

        return PushService(self)

    @cached_property
    def timpush(self) -> TimpushService:
        """The Push service, which sends notifications to all users, to tagged or attributed users or to lists of users through the online and phone-vendor channels, recalls broadcast pushes, and manages the users' push attributes and tags. (`timpush`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import TimpushService

        return TimpushService(self)

    @cached_property
    def friends(self) -> FriendsService:
        """A user's friends, friend lists and blocklist, managed on the user's behalf. (`sns`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import FriendsService

        return FriendsService(self)

    @cached_property
    def follow(self) -> FollowService:
        """Follow relationships between users (following, followers, mutual follows), managed on a user's behalf. (`follow`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import FollowService

        return FollowService(self)

    @cached_property
    def live(self) -> LiveService:
        """Live rooms, their members, messages, robots and the gift system. (`live_engine_http_srv`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import LiveService

        return LiveService(self)

    @cached_property
    def live_pk(self) -> LivePkService:
        """PK battles between connected live rooms. (`live_engine_http_pk`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import LivePkService

        return LivePkService(self)

    @cached_property
    def live_config(self) -> LiveConfigService:
        """Webhook configuration for Live events. (`live_config`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import LiveConfigService

        return LiveConfigService(self)

    @cached_property
    def room(self) -> RoomService:
        """Conference rooms and their members. (`room_engine_http_srv`, Conference (TUIRoomKit))"""
        from trtc_sdk.services.room import RoomService

        return RoomService(self)

    @cached_property
    def room_config(self) -> RoomConfigService:
        """Webhook configuration for room and seat events. (`room_config`, Conference (TUIRoomKit))"""
        from trtc_sdk.services.room import RoomConfigService

        return RoomConfigService(self)

    @cached_property
    def room_seat(self) -> RoomSeatService:
        """Seats (mic positions) of Conference and Live rooms. (`room_engine_http_mic`, Seats (shared by Conference and Live))"""
        from trtc_sdk.services.seat import RoomSeatService

        return RoomSeatService(self)

    @overload
    def invoke(
        self,
        path: Literal["call_engine_http_srv/get_call_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.GetCallInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_engine_http_srv/start_call_by_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.StartCallByRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_engine_http_srv/end_call"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.EndCallResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_record_http_srv/get_record_by_callid"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_record_http_srv.GetRecordByCallidResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_record_http_srv/get_record_by_filter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_record_http_srv.GetRecordByFilterResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.SetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.GetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.DeleteCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_open_login_svc/account_import"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.AccountImportResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_open_login_svc/multiaccount_import"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.MultiaccountImportResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_open_login_svc/account_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.AccountDeleteResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_open_login_svc/account_check"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.AccountCheckResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_open_login_svc/kick"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.KickResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/get_members"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.GetMembersResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/modify_user_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.ModifyUserInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/check_members"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.CheckMembersResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/modify_admin"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.ModifyAdminResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/get_admin_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.GetAdminListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/add_robots"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.AddRobotsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/del_robots"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.DelRobotsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim_robot_http_svc/create_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_robot_http_svc.CreateRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim_robot_http_svc/delete_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_robot_http_svc.DeleteRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim_robot_http_svc/get_all_robots"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_robot_http_svc.GetAllRobotsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim_robot_http_svc/send_stream_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_robot_http_svc.SendStreamMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/get_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.GetListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.DeleteResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/top"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.TopResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/create_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.CreateContactGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/del_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.DelContactGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/update_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.UpdateContactGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/search_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.SearchContactGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/mark_contact"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.MarkContactResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/get_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.GetContactGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/create_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.CreateGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_appid_group_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetAppidGroupListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/destroy_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.DestroyGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetGroupInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/modify_group_base_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ModifyGroupBaseInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_joined_group_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetJoinedGroupListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetGroupMemberInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_specified_group_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetSpecifiedGroupMemberInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/add_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.AddGroupMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/delete_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.DeleteGroupMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/modify_group_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ModifyGroupMemberInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_role_in_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetRoleInGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/forbid_send_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ForbidSendMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_muted_account"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetGroupMutedAccountResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_shutted_uin"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetGroupShuttedUinResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/change_group_owner"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ChangeGroupOwnerResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/set_unread_msg_num"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.SetUnreadMsgNumResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/send_group_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.SendGroupMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/send_group_system_notification"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.SendGroupSystemNotificationResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/group_msg_recall"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GroupMsgRecallResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/delete_group_msg_by_sender"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.DeleteGroupMsgBySenderResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/group_msg_get_simple"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GroupMsgGetSimpleResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/clear_group_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ClearGroupMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/send_broadcast_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.SendBroadcastMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/import_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ImportGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/import_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ImportGroupMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/import_group_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ImportGroupMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/import_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ImportTopicResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_online_member_num"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GroupGetOnlineMemberNumResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_ban_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetGroupBanMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/ban_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.BanGroupMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/unban_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.UnbanGroupMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/modify_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ModifyGroupAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/set_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.SetGroupAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/delete_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.DeleteGroupAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/clear_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ClearGroupAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_counter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetGroupCounterResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/update_group_counter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.UpdateGroupCounterResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/delete_group_counter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.DeleteGroupCounterResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/group_msg_receipt"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GroupMsgReceiptResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_msg_receipt"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetGroupMsgReceiptResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_msg_receipt_detail"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetGroupMsgReceiptDetailResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/pin_message"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.PinMessageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/unpin_message"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.UnpinMessageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_pinned_messages"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetPinnedMessagesResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/create_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.CreatePermissionGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/destroy_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.DestroyPermissionGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/modify_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ModifyPermissionGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetPermissionGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/add_topic_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.AddTopicPermissionGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/set_topic_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.SetTopicPermissionGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/delete_topic_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.DeleteTopicPermissionGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_topic_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetTopicPermissionGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/add_permission_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.AddPermissionGroupMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/delete_permission_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.DeletePermissionGroupMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_permission_group_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetPermissionGroupMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_attr_http_svc/get_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_attr_http_svc.GetGroupAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/sendmsg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.SendmsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/batchsendmsg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.BatchsendmsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/importmsg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.ImportmsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/admin_getroammsg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.AdminGetroammsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/admin_msgwithdraw"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.AdminMsgwithdrawResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/admin_set_msg_read"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.AdminSetMsgReadResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/get_c2c_unread_msg_num"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.GetC2cUnreadMsgNumResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/modify_c2c_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.ModifyC2cMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/c2c_msg_read_receipt"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.C2cMsgReadReceiptResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/delete_c2c_msg_ramble"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.DeleteC2cMsgRambleResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/query_online_status"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.QueryOnlineStatusResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/querystate"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.QuerystateResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim_msg_ext_http_svc/set_key_values"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_msg_ext_http_svc.SetKeyValuesResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim_msg_ext_http_svc/get_key_values"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_msg_ext_http_svc.GetKeyValuesResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim_msg_ext_http_svc/group_set_key_values"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_msg_ext_http_svc.GroupSetKeyValuesResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim_msg_ext_http_svc/group_get_key_values"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_msg_ext_http_svc.GroupGetKeyValuesResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["stream_msg/send_c2c_stream_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.stream_msg.SendC2cStreamMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["stream_msg/send_group_stream_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.stream_msg.SendGroupStreamMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["million_group_open_http_svc/create_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.CreateTopicResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["million_group_open_http_svc/destroy_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.DestroyTopicResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["million_group_open_http_svc/get_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.GetTopicResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["million_group_open_http_svc/modify_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.ModifyTopicResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["million_group_open_http_svc/get_online_member_num"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.MillionGroupGetOnlineMemberNumResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_msg_audit/content_moderation"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit.ContentModerationResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_msg_audit/batch_content_moderation"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit.BatchContentModerationResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_msg_audit_mgr/get_cloud_audit_keywords_ids"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit_mgr.GetCloudAuditKeywordsIdsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_msg_audit_mgr/get_cloud_audit_keywords"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit_mgr.GetCloudAuditKeywordsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_msg_audit_mgr/add_cloud_audit_keywords"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit_mgr.AddCloudAuditKeywordsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_msg_audit_mgr/delete_cloud_audit_keywords"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit_mgr.DeleteCloudAuditKeywordsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/create_official_account"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.CreateOfficialAccountResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/destroy_official_account"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.DestroyOfficialAccountResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/modify_official_account_base_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.ModifyOfficialAccountBaseInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/get_official_account_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.GetOfficialAccountInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/get_subscriber_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.GetSubscriberInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/add_subscriber"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.AddSubscriberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/delete_subscriber"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.DeleteSubscriberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/modify_subscriber_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.ModifySubscriberInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/get_subscribed_official_account_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.GetSubscribedOfficialAccountListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/send_official_account_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.SendOfficialAccountMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/official_account_msg_recall"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.OfficialAccountMsgRecallResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/official_account_msg_get_simple"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.OfficialAccountMsgGetSimpleResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openconfigsvr/setnospeaking"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openconfigsvr.SetnospeakingResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openconfigsvr/getnospeaking"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openconfigsvr.GetnospeakingResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openconfigsvr/getappinfo"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openconfigsvr.GetappinfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["open_msg_svc/get_history"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.open_msg_svc.GetHistoryResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["ConfigSvc/GetIPList"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.config_svc.GetIpListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["profile/portrait_set"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.profile.PortraitSetResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["profile/portrait_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.profile.PortraitGetResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_push"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImPushResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_set_attr_name"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImSetAttrNameResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_get_attr_name"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImGetAttrNameResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_get_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImGetAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_set_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImSetAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_remove_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImRemoveAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_get_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImGetTagResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_add_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImAddTagResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_remove_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImRemoveTagResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_remove_all_tags"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImRemoveAllTagsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/push"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.PushResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/batch"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.BatchResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/get_attr_name"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.GetAttrNameResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/set_attr_name"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.SetAttrNameResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/get_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.GetAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/set_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.SetAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/remove_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.RemoveAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/get_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.GetTagResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/add_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.AddTagResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/remove_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.RemoveTagResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/clear_all_tags"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.ClearAllTagsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/revoke"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.RevokeResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/friend_add"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.FriendAddResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/friend_import"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.FriendImportResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/friend_update"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.FriendUpdateResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/friend_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.FriendDeleteResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/friend_delete_all"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.FriendDeleteAllResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/friend_check"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.FriendCheckResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/friend_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.FriendGetResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/friend_get_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.FriendGetListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/black_list_add"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.BlackListAddResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/black_list_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.BlackListDeleteResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/black_list_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.BlackListGetResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/black_list_check"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.BlackListCheckResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/group_add"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.GroupAddResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/group_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.GroupDeleteResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/group_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.GroupGetResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["follow/follow_add"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.FollowAddResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["follow/follow_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.FollowDeleteResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["follow/follow_check"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.FollowCheckResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["follow/follow_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.FollowGetResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["follow/follow_get_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.FollowGetInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/create_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.CreateRoomResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/destroy_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DestroyRoomResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/update_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.UpdateRoomInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomMetadataResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/set_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SetRoomMetadataResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelRoomMetadataResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/resume_mcu_task"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.ResumeMcuTaskResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_stats"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomStatsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_statistic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomStatisticResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_admin_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetAdminListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/modify_admin"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.ModifyAdminResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/change_room_owner"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.ChangeRoomOwnerResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/ban_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.BanMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/unban_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.UnbanMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_banned_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetBannedMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/mute_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.MuteMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_muted_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetMutedMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/send_text_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SendTextMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/send_custom_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SendCustomMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/add_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.AddRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.AddGiftResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.AddGiftCategoryResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftCategoryResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftCategoryResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.AddGiftCategoryRelationsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftCategoryRelationsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftCategoryRelationsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/set_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SetGiftLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/set_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SetGiftCategoryLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftCategoryLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftCategoryLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/send_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SendGiftResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_count"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftCountResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/copy_default_gift_config"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.CopyDefaultGiftConfigResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/edit_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.EditGiftResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/edit_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.EditGiftCategoryResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_info_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftInfoListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_pk/create_battle"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.CreateBattleResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_pk/set_battle_score"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.SetBattleScoreResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_pk/get_battle_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.GetBattleInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.SetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/update_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.UpdateCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.GetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.DeleteCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/set_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.SetCallbackTokenResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/get_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.GetCallbackTokenResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/delete_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.DeleteCallbackTokenResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/create_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.CreateRoomResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/destroy_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.DestroyRoomResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/update_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.UpdateRoomInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/get_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.GetRoomInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/get_room_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.GetRoomMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/update_room_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.UpdateRoomMemberInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/change_room_owner"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.ChangeRoomOwnerResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/mark_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.MarkRoomMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/ban_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.BanRoomMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/unban_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.UnbanRoomMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/get_banned_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.GetBannedMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/kick_user_out"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.KickUserOutResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/mute_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.MuteRoomMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/get_muted_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.GetMutedMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/add_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.AddRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/delete_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.DeleteRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.SetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_config/update_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.UpdateCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.GetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.DeleteCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/get_seat_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.GetSeatListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/pick_user_on_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.PickUserOnSeatResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/kick_user_off_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.KickUserOffSeatResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/lock_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.LockSeatResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/switch_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.SwitchSeatResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/move_user_to_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.MoveUserToSeatResponse: ...

    @overload
    def invoke(
        self,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ResponseModel: ...

    def invoke(
        self,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ResponseModel:
        """Call a command by "servicename/command" with a body keyed by wire keys; returns its typed response."""
        return super().invoke(path, body, extra_body=extra_body, request_options=request_options)
