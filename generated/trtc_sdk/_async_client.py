# generated from spec/*.yaml by `python -m codegen generate` - do not edit
"""AsyncClient: the core's client with this spec's registry and one attribute per namespace.

The constructor is the core's (`trtc_sdk._core.client.BaseClient`); namespaces are imported on first
access and cached on the instance.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from trtc_sdk._core.async_client import AsyncAPIClient
from trtc_sdk._core.client import RequestOptions
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
        AsyncCallConfigService,
        AsyncCallRecordService,
        AsyncCallService,
    )
    from trtc_sdk.services.chat import (
        AsyncAccountService,
        AsyncAvchatroomService,
        AsyncBotService,
        AsyncChatConfigService,
        AsyncChatHistoryService,
        AsyncChatNetworkService,
        AsyncConversationService,
        AsyncFollowService,
        AsyncFriendsService,
        AsyncGroupAttributeService,
        AsyncGroupService,
        AsyncMessageExtensionService,
        AsyncMessageService,
        AsyncMillionGroupService,
        AsyncModerationKeywordsService,
        AsyncModerationService,
        AsyncOfficialAccountService,
        AsyncProfileService,
        AsyncPushService,
        AsyncStreamMessageService,
        AsyncTimpushService,
    )
    from trtc_sdk.services.live import (
        AsyncLiveConfigService,
        AsyncLivePkService,
        AsyncLiveService,
    )
    from trtc_sdk.services.room import (
        AsyncRoomConfigService,
        AsyncRoomService,
    )
    from trtc_sdk.services.seat import (
        AsyncRoomSeatService,
    )

__all__ = ["AsyncClient"]


class AsyncClient(AsyncAPIClient):
    """asyncio client for the Tencent RTC and Chat server REST APIs: one namespace per servicename."""

    _registry = REGISTRY

    @cached_property
    def call(self) -> AsyncCallService:
        """Running calls. (`call_engine_http_srv`, Call (TUICallKit))"""
        from trtc_sdk.services.call import AsyncCallService

        return AsyncCallService(self)

    @cached_property
    def call_record(self) -> AsyncCallRecordService:
        """Records of finished calls. (`call_record_http_srv`, Call (TUICallKit))"""
        from trtc_sdk.services.call import AsyncCallRecordService

        return AsyncCallRecordService(self)

    @cached_property
    def call_config(self) -> AsyncCallConfigService:
        """Webhook configuration for call events. (`call_config`, Call (TUICallKit))"""
        from trtc_sdk.services.call import AsyncCallConfigService

        return AsyncCallConfigService(self)

    @cached_property
    def account(self) -> AsyncAccountService:
        """Registering, checking and deleting the app's user accounts in Chat and invalidating their login state. (`im_open_login_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncAccountService

        return AsyncAccountService(self)

    @cached_property
    def avchatroom(self) -> AsyncAvchatroomService:
        """Online members, member marks, robot accounts and administrators of live-stream (AVChatRoom) groups. (`group_open_avchatroom_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncAvchatroomService

        return AsyncAvchatroomService(self)

    @cached_property
    def bot(self) -> AsyncBotService:
        """Chatbot accounts and their streamed replies. (`openim_robot_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncBotService

        return AsyncBotService(self)

    @cached_property
    def conversation(self) -> AsyncConversationService:
        """A user's conversation list as the server keeps it, with pinning, conversation groups and marks. (`recentcontact`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncConversationService

        return AsyncConversationService(self)

    @cached_property
    def group(self) -> AsyncGroupService:
        """Groups and communities of a Chat app, their members, messages, attributes, counters and permission groups. (`group_open_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncGroupService

        return AsyncGroupService(self)

    @cached_property
    def group_attribute(self) -> AsyncGroupAttributeService:
        """Reading the custom key-value attributes of a group. (`group_open_attr_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncGroupAttributeService

        return AsyncGroupAttributeService(self)

    @cached_property
    def message(self) -> AsyncMessageService:
        """One-to-one messages (send, batch send, import, history, recall, edit, read state, receipts, unread counts) and users' online status. (`openim`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncMessageService

        return AsyncMessageService(self)

    @cached_property
    def message_extension(self) -> AsyncMessageExtensionService:
        """Key-value extensions attached to individual one-to-one and group messages (for example reactions or vote counts). (`openim_msg_ext_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncMessageExtensionService

        return AsyncMessageExtensionService(self)

    @cached_property
    def stream_message(self) -> AsyncStreamMessageService:
        """Streamed messages (TIMStreamElem) to a user or a group, sent chunk by chunk, such as AI assistant replies. (`stream_msg`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncStreamMessageService

        return AsyncStreamMessageService(self)

    @cached_property
    def million_group(self) -> AsyncMillionGroupService:
        """Topics of topic-enabled communities and the online member count of communities. (`million_group_open_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncMillionGroupService

        return AsyncMillionGroupService(self)

    @cached_property
    def moderation(self) -> AsyncModerationService:
        """On-demand content moderation of Content Understanding (Singapore data centre only). (`im_msg_audit`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncModerationService

        return AsyncModerationService(self)

    @cached_property
    def moderation_keywords(self) -> AsyncModerationKeywordsService:
        """Keyword libraries and blocked words of Content Understanding (Singapore data centre only). (`im_msg_audit_mgr`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncModerationKeywordsService

        return AsyncModerationKeywordsService(self)

    @cached_property
    def official_account(self) -> AsyncOfficialAccountService:
        """Official accounts (official channels), their subscribers and their broadcast messages. (`official_account_open_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncOfficialAccountService

        return AsyncOfficialAccountService(self)

    @cached_property
    def chat_config(self) -> AsyncChatConfigService:
        """App-wide settings and statistics of Chat, such as muting an account everywhere. (`openconfigsvr`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncChatConfigService

        return AsyncChatConfigService(self)

    @cached_property
    def chat_history(self) -> AsyncChatHistoryService:
        """Hourly archive files of all one-to-one or all group messages of the app. (`open_msg_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncChatHistoryService

        return AsyncChatHistoryService(self)

    @cached_property
    def chat_network(self) -> AsyncChatNetworkService:
        """The IP addresses and ranges of Chat servers and webhook senders, for firewall allow lists. (`ConfigSvc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncChatNetworkService

        return AsyncChatNetworkService(self)

    @cached_property
    def profile(self) -> AsyncProfileService:
        """Reading and writing the standard and custom profile fields of users. (`profile`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncProfileService

        return AsyncProfileService(self)

    @cached_property
    def push(self) -> AsyncPushService:
        """The older push-to-all commands of Chat, which deliver a message to every user or to users selected by tags or attributes, and manage those tags and attributes. (`all_member_push`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncPushService

        return AsyncPushService(self)

    @cached_property
    def timpush(self) -> AsyncTimpushService:
        """The Push service, which sends notifications to all users, to tagged or attributed users or to lists of users through the online and phone-vendor channels, recalls broadcast pushes, and manages the users' push attributes and tags. (`timpush`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncTimpushService

        return AsyncTimpushService(self)

    @cached_property
    def friends(self) -> AsyncFriendsService:
        """A user's friends, friend lists and blocklist, managed on the user's behalf. (`sns`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncFriendsService

        return AsyncFriendsService(self)

    @cached_property
    def follow(self) -> AsyncFollowService:
        """Follow relationships between users (following, followers, mutual follows), managed on a user's behalf. (`follow`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat import AsyncFollowService

        return AsyncFollowService(self)

    @cached_property
    def live(self) -> AsyncLiveService:
        """Live rooms, their members, messages, robots and the gift system. (`live_engine_http_srv`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import AsyncLiveService

        return AsyncLiveService(self)

    @cached_property
    def live_pk(self) -> AsyncLivePkService:
        """PK battles between connected live rooms. (`live_engine_http_pk`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import AsyncLivePkService

        return AsyncLivePkService(self)

    @cached_property
    def live_config(self) -> AsyncLiveConfigService:
        """Webhook configuration for Live events. (`live_config`, Live (TUILiveKit))"""
        from trtc_sdk.services.live import AsyncLiveConfigService

        return AsyncLiveConfigService(self)

    @cached_property
    def room(self) -> AsyncRoomService:
        """Conference rooms and their members. (`room_engine_http_srv`, Conference (TUIRoomKit))"""
        from trtc_sdk.services.room import AsyncRoomService

        return AsyncRoomService(self)

    @cached_property
    def room_config(self) -> AsyncRoomConfigService:
        """Webhook configuration for room and seat events. (`room_config`, Conference (TUIRoomKit))"""
        from trtc_sdk.services.room import AsyncRoomConfigService

        return AsyncRoomConfigService(self)

    @cached_property
    def room_seat(self) -> AsyncRoomSeatService:
        """Seats (mic positions) of Conference and Live rooms. (`room_engine_http_mic`, Seats (shared by Conference and Live))"""
        from trtc_sdk.services.seat import AsyncRoomSeatService

        return AsyncRoomSeatService(self)

    @overload
    async def invoke(
        self,
        path: Literal["call_engine_http_srv/get_call_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.GetCallInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_engine_http_srv/start_call_by_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.StartCallByRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_engine_http_srv/end_call"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.EndCallResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_record_http_srv/get_record_by_callid"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_record_http_srv.GetRecordByCallidResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_record_http_srv/get_record_by_filter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_record_http_srv.GetRecordByFilterResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.SetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.GetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.DeleteCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_open_login_svc/account_import"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.AccountImportResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_open_login_svc/multiaccount_import"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.MultiaccountImportResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_open_login_svc/account_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.AccountDeleteResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_open_login_svc/account_check"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.AccountCheckResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_open_login_svc/kick"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.KickResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/get_members"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.GetMembersResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/modify_user_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.ModifyUserInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/check_members"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.CheckMembersResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/modify_admin"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.ModifyAdminResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/get_admin_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.GetAdminListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/add_robots"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.AddRobotsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/del_robots"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.DelRobotsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim_robot_http_svc/create_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_robot_http_svc.CreateRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim_robot_http_svc/delete_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_robot_http_svc.DeleteRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim_robot_http_svc/get_all_robots"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_robot_http_svc.GetAllRobotsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim_robot_http_svc/send_stream_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_robot_http_svc.SendStreamMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/get_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.GetListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.DeleteResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/top"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.TopResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/create_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.CreateContactGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/del_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.DelContactGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/update_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.UpdateContactGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/search_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.SearchContactGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/mark_contact"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.MarkContactResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/get_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.GetContactGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/create_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.CreateGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_appid_group_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetAppidGroupListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/destroy_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.DestroyGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetGroupInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/modify_group_base_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ModifyGroupBaseInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_joined_group_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetJoinedGroupListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetGroupMemberInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_specified_group_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetSpecifiedGroupMemberInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/add_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.AddGroupMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/delete_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.DeleteGroupMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/modify_group_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ModifyGroupMemberInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_role_in_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetRoleInGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/forbid_send_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ForbidSendMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_muted_account"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetGroupMutedAccountResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_shutted_uin"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetGroupShuttedUinResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/change_group_owner"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ChangeGroupOwnerResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/set_unread_msg_num"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.SetUnreadMsgNumResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/send_group_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.SendGroupMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/send_group_system_notification"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.SendGroupSystemNotificationResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/group_msg_recall"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GroupMsgRecallResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/delete_group_msg_by_sender"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.DeleteGroupMsgBySenderResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/group_msg_get_simple"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GroupMsgGetSimpleResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/clear_group_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ClearGroupMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/send_broadcast_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.SendBroadcastMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/import_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ImportGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/import_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ImportGroupMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/import_group_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ImportGroupMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/import_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ImportTopicResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_online_member_num"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GroupGetOnlineMemberNumResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_ban_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetGroupBanMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/ban_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.BanGroupMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/unban_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.UnbanGroupMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/modify_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ModifyGroupAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/set_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.SetGroupAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/delete_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.DeleteGroupAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/clear_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ClearGroupAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_counter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetGroupCounterResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/update_group_counter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.UpdateGroupCounterResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/delete_group_counter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.DeleteGroupCounterResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/group_msg_receipt"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GroupMsgReceiptResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_msg_receipt"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetGroupMsgReceiptResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_msg_receipt_detail"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetGroupMsgReceiptDetailResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/pin_message"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.PinMessageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/unpin_message"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.UnpinMessageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_pinned_messages"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetPinnedMessagesResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/create_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.CreatePermissionGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/destroy_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.DestroyPermissionGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/modify_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ModifyPermissionGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetPermissionGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/add_topic_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.AddTopicPermissionGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/set_topic_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.SetTopicPermissionGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/delete_topic_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.DeleteTopicPermissionGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_topic_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetTopicPermissionGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/add_permission_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.AddPermissionGroupMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/delete_permission_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.DeletePermissionGroupMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_permission_group_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.GetPermissionGroupMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_attr_http_svc/get_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_attr_http_svc.GetGroupAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/sendmsg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.SendmsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/batchsendmsg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.BatchsendmsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/importmsg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.ImportmsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/admin_getroammsg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.AdminGetroammsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/admin_msgwithdraw"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.AdminMsgwithdrawResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/admin_set_msg_read"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.AdminSetMsgReadResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/get_c2c_unread_msg_num"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.GetC2cUnreadMsgNumResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/modify_c2c_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.ModifyC2cMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/c2c_msg_read_receipt"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.C2cMsgReadReceiptResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/delete_c2c_msg_ramble"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.DeleteC2cMsgRambleResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/query_online_status"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.QueryOnlineStatusResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/querystate"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.QuerystateResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim_msg_ext_http_svc/set_key_values"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_msg_ext_http_svc.SetKeyValuesResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim_msg_ext_http_svc/get_key_values"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_msg_ext_http_svc.GetKeyValuesResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim_msg_ext_http_svc/group_set_key_values"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_msg_ext_http_svc.GroupSetKeyValuesResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim_msg_ext_http_svc/group_get_key_values"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_msg_ext_http_svc.GroupGetKeyValuesResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["stream_msg/send_c2c_stream_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.stream_msg.SendC2cStreamMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["stream_msg/send_group_stream_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.stream_msg.SendGroupStreamMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["million_group_open_http_svc/create_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.CreateTopicResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["million_group_open_http_svc/destroy_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.DestroyTopicResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["million_group_open_http_svc/get_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.GetTopicResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["million_group_open_http_svc/modify_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.ModifyTopicResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["million_group_open_http_svc/get_online_member_num"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.MillionGroupGetOnlineMemberNumResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_msg_audit/content_moderation"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit.ContentModerationResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_msg_audit/batch_content_moderation"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit.BatchContentModerationResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_msg_audit_mgr/get_cloud_audit_keywords_ids"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit_mgr.GetCloudAuditKeywordsIdsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_msg_audit_mgr/get_cloud_audit_keywords"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit_mgr.GetCloudAuditKeywordsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_msg_audit_mgr/add_cloud_audit_keywords"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit_mgr.AddCloudAuditKeywordsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_msg_audit_mgr/delete_cloud_audit_keywords"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit_mgr.DeleteCloudAuditKeywordsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/create_official_account"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.CreateOfficialAccountResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/destroy_official_account"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.DestroyOfficialAccountResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/modify_official_account_base_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.ModifyOfficialAccountBaseInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/get_official_account_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.GetOfficialAccountInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/get_subscriber_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.GetSubscriberInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/add_subscriber"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.AddSubscriberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/delete_subscriber"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.DeleteSubscriberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/modify_subscriber_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.ModifySubscriberInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/get_subscribed_official_account_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.GetSubscribedOfficialAccountListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/send_official_account_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.SendOfficialAccountMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/official_account_msg_recall"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.OfficialAccountMsgRecallResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/official_account_msg_get_simple"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.OfficialAccountMsgGetSimpleResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openconfigsvr/setnospeaking"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openconfigsvr.SetnospeakingResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openconfigsvr/getnospeaking"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openconfigsvr.GetnospeakingResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openconfigsvr/getappinfo"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openconfigsvr.GetappinfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["open_msg_svc/get_history"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.open_msg_svc.GetHistoryResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["ConfigSvc/GetIPList"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.config_svc.GetIpListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["profile/portrait_set"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.profile.PortraitSetResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["profile/portrait_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.profile.PortraitGetResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_push"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImPushResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_set_attr_name"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImSetAttrNameResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_get_attr_name"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImGetAttrNameResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_get_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImGetAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_set_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImSetAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_remove_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImRemoveAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_get_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImGetTagResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_add_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImAddTagResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_remove_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImRemoveTagResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_remove_all_tags"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.ImRemoveAllTagsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/push"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.PushResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/batch"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.BatchResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/get_attr_name"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.GetAttrNameResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/set_attr_name"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.SetAttrNameResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/get_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.GetAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/set_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.SetAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/remove_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.RemoveAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/get_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.GetTagResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/add_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.AddTagResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/remove_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.RemoveTagResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/clear_all_tags"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.ClearAllTagsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/revoke"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.RevokeResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/friend_add"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.FriendAddResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/friend_import"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.FriendImportResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/friend_update"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.FriendUpdateResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/friend_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.FriendDeleteResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/friend_delete_all"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.FriendDeleteAllResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/friend_check"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.FriendCheckResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/friend_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.FriendGetResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/friend_get_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.FriendGetListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/black_list_add"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.BlackListAddResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/black_list_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.BlackListDeleteResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/black_list_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.BlackListGetResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/black_list_check"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.BlackListCheckResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/group_add"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.GroupAddResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/group_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.GroupDeleteResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/group_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.GroupGetResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["follow/follow_add"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.FollowAddResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["follow/follow_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.FollowDeleteResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["follow/follow_check"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.FollowCheckResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["follow/follow_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.FollowGetResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["follow/follow_get_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.FollowGetInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/create_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.CreateRoomResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/destroy_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DestroyRoomResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/update_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.UpdateRoomInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomMetadataResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/set_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SetRoomMetadataResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelRoomMetadataResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/resume_mcu_task"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.ResumeMcuTaskResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_stats"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomStatsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_statistic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRoomStatisticResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_admin_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetAdminListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/modify_admin"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.ModifyAdminResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/change_room_owner"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.ChangeRoomOwnerResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/ban_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.BanMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/unban_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.UnbanMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_banned_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetBannedMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/mute_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.MuteMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_muted_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetMutedMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/send_text_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SendTextMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/send_custom_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SendCustomMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/add_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.AddRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.AddGiftResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.AddGiftCategoryResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftCategoryResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftCategoryResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.AddGiftCategoryRelationsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftCategoryRelationsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftCategoryRelationsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/set_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SetGiftLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/set_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SetGiftCategoryLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftCategoryLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.DelGiftCategoryLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/send_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.SendGiftResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_count"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftCountResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/copy_default_gift_config"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.CopyDefaultGiftConfigResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/edit_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.EditGiftResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/edit_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.EditGiftCategoryResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_info_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.GetGiftInfoListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_pk/create_battle"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.CreateBattleResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_pk/set_battle_score"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.SetBattleScoreResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_pk/get_battle_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.GetBattleInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.SetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/update_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.UpdateCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.GetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.DeleteCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/set_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.SetCallbackTokenResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/get_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.GetCallbackTokenResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/delete_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.DeleteCallbackTokenResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/create_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.CreateRoomResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/destroy_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.DestroyRoomResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/update_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.UpdateRoomInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/get_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.GetRoomInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/get_room_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.GetRoomMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/update_room_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.UpdateRoomMemberInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/change_room_owner"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.ChangeRoomOwnerResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/mark_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.MarkRoomMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/ban_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.BanRoomMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/unban_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.UnbanRoomMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/get_banned_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.GetBannedMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/kick_user_out"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.KickUserOutResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/mute_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.MuteRoomMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/get_muted_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.GetMutedMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/add_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.AddRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/delete_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.DeleteRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.SetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_config/update_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.UpdateCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.GetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.DeleteCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/get_seat_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.GetSeatListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/pick_user_on_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.PickUserOnSeatResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/kick_user_off_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.KickUserOffSeatResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/lock_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.LockSeatResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/switch_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.SwitchSeatResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/move_user_to_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.MoveUserToSeatResponse: ...

    @overload
    async def invoke(
        self,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ResponseModel: ...

    async def invoke(
        self,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ResponseModel:
        """Call a command by "servicename/command" with a body keyed by wire keys; returns its typed response."""
        return await super().invoke(path, body, extra_body=extra_body, request_options=request_options)
