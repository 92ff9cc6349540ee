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
    import trtc_sdk.models.call.call_config.delete_callback
    import trtc_sdk.models.call.call_config.get_callback
    import trtc_sdk.models.call.call_config.set_callback
    import trtc_sdk.models.call.call_engine_http_srv.end_call
    import trtc_sdk.models.call.call_engine_http_srv.get_call_info
    import trtc_sdk.models.call.call_engine_http_srv.start_call_by_robot
    import trtc_sdk.models.call.call_record_http_srv.get_record_by_callid
    import trtc_sdk.models.call.call_record_http_srv.get_record_by_filter
    import trtc_sdk.models.chat.all_member_push.im_add_tag
    import trtc_sdk.models.chat.all_member_push.im_get_attr
    import trtc_sdk.models.chat.all_member_push.im_get_attr_name
    import trtc_sdk.models.chat.all_member_push.im_get_tag
    import trtc_sdk.models.chat.all_member_push.im_push
    import trtc_sdk.models.chat.all_member_push.im_remove_all_tags
    import trtc_sdk.models.chat.all_member_push.im_remove_attr
    import trtc_sdk.models.chat.all_member_push.im_remove_tag
    import trtc_sdk.models.chat.all_member_push.im_set_attr
    import trtc_sdk.models.chat.all_member_push.im_set_attr_name
    import trtc_sdk.models.chat.config_svc.get_ip_list
    import trtc_sdk.models.chat.follow.follow_add
    import trtc_sdk.models.chat.follow.follow_check
    import trtc_sdk.models.chat.follow.follow_delete
    import trtc_sdk.models.chat.follow.follow_get
    import trtc_sdk.models.chat.follow.follow_get_info
    import trtc_sdk.models.chat.group_open_attr_http_svc.get_group_attr
    import trtc_sdk.models.chat.group_open_avchatroom_http_svc.add_robots
    import trtc_sdk.models.chat.group_open_avchatroom_http_svc.check_members
    import trtc_sdk.models.chat.group_open_avchatroom_http_svc.del_robots
    import trtc_sdk.models.chat.group_open_avchatroom_http_svc.get_admin_list
    import trtc_sdk.models.chat.group_open_avchatroom_http_svc.get_members
    import trtc_sdk.models.chat.group_open_avchatroom_http_svc.modify_admin
    import trtc_sdk.models.chat.group_open_avchatroom_http_svc.modify_user_info
    import trtc_sdk.models.chat.group_open_http_svc.add_group_member
    import trtc_sdk.models.chat.group_open_http_svc.add_permission_group_member
    import trtc_sdk.models.chat.group_open_http_svc.add_topic_permission_group
    import trtc_sdk.models.chat.group_open_http_svc.ban_group_member
    import trtc_sdk.models.chat.group_open_http_svc.change_group_owner
    import trtc_sdk.models.chat.group_open_http_svc.clear_group_attr
    import trtc_sdk.models.chat.group_open_http_svc.clear_group_msg
    import trtc_sdk.models.chat.group_open_http_svc.create_group
    import trtc_sdk.models.chat.group_open_http_svc.create_permission_group
    import trtc_sdk.models.chat.group_open_http_svc.delete_group_attr
    import trtc_sdk.models.chat.group_open_http_svc.delete_group_counter
    import trtc_sdk.models.chat.group_open_http_svc.delete_group_member
    import trtc_sdk.models.chat.group_open_http_svc.delete_group_msg_by_sender
    import trtc_sdk.models.chat.group_open_http_svc.delete_permission_group_member
    import trtc_sdk.models.chat.group_open_http_svc.delete_topic_permission_group
    import trtc_sdk.models.chat.group_open_http_svc.destroy_group
    import trtc_sdk.models.chat.group_open_http_svc.destroy_permission_group
    import trtc_sdk.models.chat.group_open_http_svc.forbid_send_msg
    import trtc_sdk.models.chat.group_open_http_svc.get_appid_group_list
    import trtc_sdk.models.chat.group_open_http_svc.get_group_ban_member
    import trtc_sdk.models.chat.group_open_http_svc.get_group_counter
    import trtc_sdk.models.chat.group_open_http_svc.get_group_info
    import trtc_sdk.models.chat.group_open_http_svc.get_group_member_info
    import trtc_sdk.models.chat.group_open_http_svc.get_group_msg_receipt
    import trtc_sdk.models.chat.group_open_http_svc.get_group_msg_receipt_detail
    import trtc_sdk.models.chat.group_open_http_svc.get_group_muted_account
    import trtc_sdk.models.chat.group_open_http_svc.get_group_shutted_uin
    import trtc_sdk.models.chat.group_open_http_svc.get_joined_group_list
    import trtc_sdk.models.chat.group_open_http_svc.get_online_member_num
    import trtc_sdk.models.chat.group_open_http_svc.get_permission_group
    import trtc_sdk.models.chat.group_open_http_svc.get_permission_group_member_list
    import trtc_sdk.models.chat.group_open_http_svc.get_pinned_messages
    import trtc_sdk.models.chat.group_open_http_svc.get_role_in_group
    import trtc_sdk.models.chat.group_open_http_svc.get_specified_group_member_info
    import trtc_sdk.models.chat.group_open_http_svc.get_topic_permission_group
    import trtc_sdk.models.chat.group_open_http_svc.group_msg_get_simple
    import trtc_sdk.models.chat.group_open_http_svc.group_msg_recall
    import trtc_sdk.models.chat.group_open_http_svc.group_msg_receipt
    import trtc_sdk.models.chat.group_open_http_svc.import_group
    import trtc_sdk.models.chat.group_open_http_svc.import_group_member
    import trtc_sdk.models.chat.group_open_http_svc.import_group_msg
    import trtc_sdk.models.chat.group_open_http_svc.import_topic
    import trtc_sdk.models.chat.group_open_http_svc.modify_group_attr
    import trtc_sdk.models.chat.group_open_http_svc.modify_group_base_info
    import trtc_sdk.models.chat.group_open_http_svc.modify_group_member_info
    import trtc_sdk.models.chat.group_open_http_svc.modify_permission_group
    import trtc_sdk.models.chat.group_open_http_svc.pin_message
    import trtc_sdk.models.chat.group_open_http_svc.send_broadcast_msg
    import trtc_sdk.models.chat.group_open_http_svc.send_group_msg
    import trtc_sdk.models.chat.group_open_http_svc.send_group_system_notification
    import trtc_sdk.models.chat.group_open_http_svc.set_group_attr
    import trtc_sdk.models.chat.group_open_http_svc.set_topic_permission_group
    import trtc_sdk.models.chat.group_open_http_svc.set_unread_msg_num
    import trtc_sdk.models.chat.group_open_http_svc.unban_group_member
    import trtc_sdk.models.chat.group_open_http_svc.unpin_message
    import trtc_sdk.models.chat.group_open_http_svc.update_group_counter
    import trtc_sdk.models.chat.im_msg_audit.batch_content_moderation
    import trtc_sdk.models.chat.im_msg_audit.content_moderation
    import trtc_sdk.models.chat.im_msg_audit_mgr.add_cloud_audit_keywords
    import trtc_sdk.models.chat.im_msg_audit_mgr.delete_cloud_audit_keywords
    import trtc_sdk.models.chat.im_msg_audit_mgr.get_cloud_audit_keywords
    import trtc_sdk.models.chat.im_msg_audit_mgr.get_cloud_audit_keywords_ids
    import trtc_sdk.models.chat.im_open_login_svc.account_check
    import trtc_sdk.models.chat.im_open_login_svc.account_delete
    import trtc_sdk.models.chat.im_open_login_svc.account_import
    import trtc_sdk.models.chat.im_open_login_svc.kick
    import trtc_sdk.models.chat.im_open_login_svc.multiaccount_import
    import trtc_sdk.models.chat.million_group_open_http_svc.create_topic
    import trtc_sdk.models.chat.million_group_open_http_svc.destroy_topic
    import trtc_sdk.models.chat.million_group_open_http_svc.get_online_member_num
    import trtc_sdk.models.chat.million_group_open_http_svc.get_topic
    import trtc_sdk.models.chat.million_group_open_http_svc.modify_topic
    import trtc_sdk.models.chat.official_account_open_http_svc.add_subscriber
    import trtc_sdk.models.chat.official_account_open_http_svc.create_official_account
    import trtc_sdk.models.chat.official_account_open_http_svc.delete_subscriber
    import trtc_sdk.models.chat.official_account_open_http_svc.destroy_official_account
    import trtc_sdk.models.chat.official_account_open_http_svc.get_official_account_info
    import trtc_sdk.models.chat.official_account_open_http_svc.get_subscribed_official_account_list
    import trtc_sdk.models.chat.official_account_open_http_svc.get_subscriber_info
    import trtc_sdk.models.chat.official_account_open_http_svc.modify_official_account_base_info
    import trtc_sdk.models.chat.official_account_open_http_svc.modify_subscriber_info
    import trtc_sdk.models.chat.official_account_open_http_svc.official_account_msg_get_simple
    import trtc_sdk.models.chat.official_account_open_http_svc.official_account_msg_recall
    import trtc_sdk.models.chat.official_account_open_http_svc.send_official_account_msg
    import trtc_sdk.models.chat.open_msg_svc.get_history
    import trtc_sdk.models.chat.openconfigsvr.getappinfo
    import trtc_sdk.models.chat.openconfigsvr.getnospeaking
    import trtc_sdk.models.chat.openconfigsvr.setnospeaking
    import trtc_sdk.models.chat.openim.admin_getroammsg
    import trtc_sdk.models.chat.openim.admin_msgwithdraw
    import trtc_sdk.models.chat.openim.admin_set_msg_read
    import trtc_sdk.models.chat.openim.batchsendmsg
    import trtc_sdk.models.chat.openim.c2c_msg_read_receipt
    import trtc_sdk.models.chat.openim.delete_c2c_msg_ramble
    import trtc_sdk.models.chat.openim.get_c2c_unread_msg_num
    import trtc_sdk.models.chat.openim.importmsg
    import trtc_sdk.models.chat.openim.modify_c2c_msg
    import trtc_sdk.models.chat.openim.modify_group_msg
    import trtc_sdk.models.chat.openim.query_online_status
    import trtc_sdk.models.chat.openim.querystate
    import trtc_sdk.models.chat.openim.sendmsg
    import trtc_sdk.models.chat.openim_msg_ext_http_svc.get_key_values
    import trtc_sdk.models.chat.openim_msg_ext_http_svc.group_get_key_values
    import trtc_sdk.models.chat.openim_msg_ext_http_svc.group_set_key_values
    import trtc_sdk.models.chat.openim_msg_ext_http_svc.set_key_values
    import trtc_sdk.models.chat.openim_robot_http_svc.create_robot
    import trtc_sdk.models.chat.openim_robot_http_svc.delete_robot
    import trtc_sdk.models.chat.openim_robot_http_svc.get_all_robots
    import trtc_sdk.models.chat.openim_robot_http_svc.send_stream_msg
    import trtc_sdk.models.chat.profile.portrait_get
    import trtc_sdk.models.chat.profile.portrait_set
    import trtc_sdk.models.chat.recentcontact.create_contact_group
    import trtc_sdk.models.chat.recentcontact.del_contact_group
    import trtc_sdk.models.chat.recentcontact.delete
    import trtc_sdk.models.chat.recentcontact.get_contact_group
    import trtc_sdk.models.chat.recentcontact.get_list
    import trtc_sdk.models.chat.recentcontact.mark_contact
    import trtc_sdk.models.chat.recentcontact.search_contact_group
    import trtc_sdk.models.chat.recentcontact.top
    import trtc_sdk.models.chat.recentcontact.update_contact_group
    import trtc_sdk.models.chat.sns.black_list_add
    import trtc_sdk.models.chat.sns.black_list_check
    import trtc_sdk.models.chat.sns.black_list_delete
    import trtc_sdk.models.chat.sns.black_list_get
    import trtc_sdk.models.chat.sns.friend_add
    import trtc_sdk.models.chat.sns.friend_check
    import trtc_sdk.models.chat.sns.friend_delete
    import trtc_sdk.models.chat.sns.friend_delete_all
    import trtc_sdk.models.chat.sns.friend_get
    import trtc_sdk.models.chat.sns.friend_get_list
    import trtc_sdk.models.chat.sns.friend_import
    import trtc_sdk.models.chat.sns.friend_update
    import trtc_sdk.models.chat.sns.group_add
    import trtc_sdk.models.chat.sns.group_delete
    import trtc_sdk.models.chat.sns.group_get
    import trtc_sdk.models.chat.stream_msg.send_c2c_stream_msg
    import trtc_sdk.models.chat.stream_msg.send_group_stream_msg
    import trtc_sdk.models.chat.timpush.add_tag
    import trtc_sdk.models.chat.timpush.batch
    import trtc_sdk.models.chat.timpush.clear_all_tags
    import trtc_sdk.models.chat.timpush.get_attr
    import trtc_sdk.models.chat.timpush.get_attr_name
    import trtc_sdk.models.chat.timpush.get_tag
    import trtc_sdk.models.chat.timpush.push
    import trtc_sdk.models.chat.timpush.remove_attr
    import trtc_sdk.models.chat.timpush.remove_tag
    import trtc_sdk.models.chat.timpush.revoke
    import trtc_sdk.models.chat.timpush.set_attr
    import trtc_sdk.models.chat.timpush.set_attr_name
    import trtc_sdk.models.live.live_config.delete_callback
    import trtc_sdk.models.live.live_config.delete_callback_token
    import trtc_sdk.models.live.live_config.get_callback
    import trtc_sdk.models.live.live_config.get_callback_token
    import trtc_sdk.models.live.live_config.set_callback
    import trtc_sdk.models.live.live_config.set_callback_token
    import trtc_sdk.models.live.live_config.update_callback
    import trtc_sdk.models.live.live_engine_http_pk.create_battle
    import trtc_sdk.models.live.live_engine_http_pk.get_battle_info
    import trtc_sdk.models.live.live_engine_http_pk.set_battle_score
    import trtc_sdk.models.live.live_engine_http_srv.add_gift
    import trtc_sdk.models.live.live_engine_http_srv.add_gift_category
    import trtc_sdk.models.live.live_engine_http_srv.add_gift_category_relations
    import trtc_sdk.models.live.live_engine_http_srv.add_robot
    import trtc_sdk.models.live.live_engine_http_srv.ban_member
    import trtc_sdk.models.live.live_engine_http_srv.change_room_owner
    import trtc_sdk.models.live.live_engine_http_srv.copy_default_gift_config
    import trtc_sdk.models.live.live_engine_http_srv.create_room
    import trtc_sdk.models.live.live_engine_http_srv.del_gift
    import trtc_sdk.models.live.live_engine_http_srv.del_gift_category
    import trtc_sdk.models.live.live_engine_http_srv.del_gift_category_language
    import trtc_sdk.models.live.live_engine_http_srv.del_gift_category_relations
    import trtc_sdk.models.live.live_engine_http_srv.del_gift_language
    import trtc_sdk.models.live.live_engine_http_srv.del_robot
    import trtc_sdk.models.live.live_engine_http_srv.del_room_metadata
    import trtc_sdk.models.live.live_engine_http_srv.destroy_room
    import trtc_sdk.models.live.live_engine_http_srv.edit_gift
    import trtc_sdk.models.live.live_engine_http_srv.edit_gift_category
    import trtc_sdk.models.live.live_engine_http_srv.get_admin_list
    import trtc_sdk.models.live.live_engine_http_srv.get_banned_member_list
    import trtc_sdk.models.live.live_engine_http_srv.get_gift
    import trtc_sdk.models.live.live_engine_http_srv.get_gift_category
    import trtc_sdk.models.live.live_engine_http_srv.get_gift_category_language
    import trtc_sdk.models.live.live_engine_http_srv.get_gift_category_relations
    import trtc_sdk.models.live.live_engine_http_srv.get_gift_count
    import trtc_sdk.models.live.live_engine_http_srv.get_gift_info_list
    import trtc_sdk.models.live.live_engine_http_srv.get_gift_language
    import trtc_sdk.models.live.live_engine_http_srv.get_member_list
    import trtc_sdk.models.live.live_engine_http_srv.get_muted_member_list
    import trtc_sdk.models.live.live_engine_http_srv.get_robot
    import trtc_sdk.models.live.live_engine_http_srv.get_room_info
    import trtc_sdk.models.live.live_engine_http_srv.get_room_list
    import trtc_sdk.models.live.live_engine_http_srv.get_room_metadata
    import trtc_sdk.models.live.live_engine_http_srv.get_room_statistic
    import trtc_sdk.models.live.live_engine_http_srv.get_room_stats
    import trtc_sdk.models.live.live_engine_http_srv.modify_admin
    import trtc_sdk.models.live.live_engine_http_srv.mute_member
    import trtc_sdk.models.live.live_engine_http_srv.resume_mcu_task
    import trtc_sdk.models.live.live_engine_http_srv.send_custom_msg
    import trtc_sdk.models.live.live_engine_http_srv.send_gift
    import trtc_sdk.models.live.live_engine_http_srv.send_text_msg
    import trtc_sdk.models.live.live_engine_http_srv.set_gift_category_language
    import trtc_sdk.models.live.live_engine_http_srv.set_gift_language
    import trtc_sdk.models.live.live_engine_http_srv.set_room_metadata
    import trtc_sdk.models.live.live_engine_http_srv.unban_member
    import trtc_sdk.models.live.live_engine_http_srv.update_room_info
    import trtc_sdk.models.room.room_config.delete_callback
    import trtc_sdk.models.room.room_config.get_callback
    import trtc_sdk.models.room.room_config.set_callback
    import trtc_sdk.models.room.room_config.update_callback
    import trtc_sdk.models.room.room_engine_http_srv.add_robot
    import trtc_sdk.models.room.room_engine_http_srv.ban_room_member
    import trtc_sdk.models.room.room_engine_http_srv.change_room_owner
    import trtc_sdk.models.room.room_engine_http_srv.create_room
    import trtc_sdk.models.room.room_engine_http_srv.delete_robot
    import trtc_sdk.models.room.room_engine_http_srv.destroy_room
    import trtc_sdk.models.room.room_engine_http_srv.get_banned_member_list
    import trtc_sdk.models.room.room_engine_http_srv.get_muted_member_list
    import trtc_sdk.models.room.room_engine_http_srv.get_room_info
    import trtc_sdk.models.room.room_engine_http_srv.get_room_member_list
    import trtc_sdk.models.room.room_engine_http_srv.kick_user_out
    import trtc_sdk.models.room.room_engine_http_srv.mark_room_member
    import trtc_sdk.models.room.room_engine_http_srv.mute_room_member
    import trtc_sdk.models.room.room_engine_http_srv.unban_room_member
    import trtc_sdk.models.room.room_engine_http_srv.update_room_info
    import trtc_sdk.models.room.room_engine_http_srv.update_room_member_info
    import trtc_sdk.models.seat.room_engine_http_mic.get_seat_list
    import trtc_sdk.models.seat.room_engine_http_mic.kick_user_off_seat
    import trtc_sdk.models.seat.room_engine_http_mic.lock_seat
    import trtc_sdk.models.seat.room_engine_http_mic.move_user_to_seat
    import trtc_sdk.models.seat.room_engine_http_mic.pick_user_on_seat
    import trtc_sdk.models.seat.room_engine_http_mic.switch_seat
    from trtc_sdk._core.models import ResponseModel
    from trtc_sdk.services.call.call_config import AsyncCallConfigService
    from trtc_sdk.services.call.call_engine_http_srv import AsyncCallService
    from trtc_sdk.services.call.call_record_http_srv import AsyncCallRecordService
    from trtc_sdk.services.chat.all_member_push import AsyncPushService
    from trtc_sdk.services.chat.config_svc import AsyncChatNetworkService
    from trtc_sdk.services.chat.follow import AsyncFollowService
    from trtc_sdk.services.chat.group_open_attr_http_svc import AsyncGroupAttributeService
    from trtc_sdk.services.chat.group_open_avchatroom_http_svc import AsyncAvchatroomService
    from trtc_sdk.services.chat.group_open_http_svc import AsyncGroupService
    from trtc_sdk.services.chat.im_msg_audit import AsyncModerationService
    from trtc_sdk.services.chat.im_msg_audit_mgr import AsyncModerationKeywordsService
    from trtc_sdk.services.chat.im_open_login_svc import AsyncAccountService
    from trtc_sdk.services.chat.million_group_open_http_svc import AsyncMillionGroupService
    from trtc_sdk.services.chat.official_account_open_http_svc import AsyncOfficialAccountService
    from trtc_sdk.services.chat.open_msg_svc import AsyncChatHistoryService
    from trtc_sdk.services.chat.openconfigsvr import AsyncChatConfigService
    from trtc_sdk.services.chat.openim import AsyncMessageService
    from trtc_sdk.services.chat.openim_msg_ext_http_svc import AsyncMessageExtensionService
    from trtc_sdk.services.chat.openim_robot_http_svc import AsyncBotService
    from trtc_sdk.services.chat.profile import AsyncProfileService
    from trtc_sdk.services.chat.recentcontact import AsyncConversationService
    from trtc_sdk.services.chat.sns import AsyncFriendsService
    from trtc_sdk.services.chat.stream_msg import AsyncStreamMessageService
    from trtc_sdk.services.chat.timpush import AsyncTimpushService
    from trtc_sdk.services.live.live_config import AsyncLiveConfigService
    from trtc_sdk.services.live.live_engine_http_pk import AsyncLivePkService
    from trtc_sdk.services.live.live_engine_http_srv import AsyncLiveService
    from trtc_sdk.services.room.room_config import AsyncRoomConfigService
    from trtc_sdk.services.room.room_engine_http_srv import AsyncRoomService
    from trtc_sdk.services.seat.room_engine_http_mic import AsyncRoomSeatService

__all__ = ["AsyncClient"]


class AsyncClient(AsyncAPIClient):
    """asyncio client for the Tencent RTC and Chat server REST APIs: one namespace per servicename."""

    _registry = REGISTRY

    @cached_property
    def call(self) -> AsyncCallService:
        """Running calls. (`call_engine_http_srv`, Call (TUICallKit))"""
        from trtc_sdk.services.call.call_engine_http_srv import AsyncCallService

        return AsyncCallService(self)

    @cached_property
    def call_record(self) -> AsyncCallRecordService:
        """Records of finished calls. (`call_record_http_srv`, Call (TUICallKit))"""
        from trtc_sdk.services.call.call_record_http_srv import AsyncCallRecordService

        return AsyncCallRecordService(self)

    @cached_property
    def call_config(self) -> AsyncCallConfigService:
        """Webhook configuration for call events. (`call_config`, Call (TUICallKit))"""
        from trtc_sdk.services.call.call_config import AsyncCallConfigService

        return AsyncCallConfigService(self)

    @cached_property
    def account(self) -> AsyncAccountService:
        """Registering, checking and deleting the app's user accounts in Chat and invalidating their login state. (`im_open_login_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.im_open_login_svc import AsyncAccountService

        return AsyncAccountService(self)

    @cached_property
    def avchatroom(self) -> AsyncAvchatroomService:
        """Online members, member marks, robot accounts and administrators of live-stream (AVChatRoom) groups. (`group_open_avchatroom_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.group_open_avchatroom_http_svc import AsyncAvchatroomService

        return AsyncAvchatroomService(self)

    @cached_property
    def bot(self) -> AsyncBotService:
        """Chatbot accounts and their streamed replies. (`openim_robot_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.openim_robot_http_svc import AsyncBotService

        return AsyncBotService(self)

    @cached_property
    def conversation(self) -> AsyncConversationService:
        """A user's conversation list as the server keeps it, with pinning, conversation groups and marks. (`recentcontact`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.recentcontact import AsyncConversationService

        return AsyncConversationService(self)

    @cached_property
    def group(self) -> AsyncGroupService:
        """Groups and communities of a Chat app, their members, messages, attributes, counters and permission groups. (`group_open_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.group_open_http_svc import AsyncGroupService

        return AsyncGroupService(self)

    @cached_property
    def group_attribute(self) -> AsyncGroupAttributeService:
        """Reading the custom key-value attributes of a group. (`group_open_attr_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.group_open_attr_http_svc import AsyncGroupAttributeService

        return AsyncGroupAttributeService(self)

    @cached_property
    def message(self) -> AsyncMessageService:
        """One-to-one messages (send, batch send, import, history, recall, edit, read state, receipts, unread counts) and users' online status. (`openim`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.openim import AsyncMessageService

        return AsyncMessageService(self)

    @cached_property
    def message_extension(self) -> AsyncMessageExtensionService:
        """Key-value extensions attached to individual one-to-one and group messages (for example reactions or vote counts). (`openim_msg_ext_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.openim_msg_ext_http_svc import AsyncMessageExtensionService

        return AsyncMessageExtensionService(self)

    @cached_property
    def stream_message(self) -> AsyncStreamMessageService:
        """Streamed messages (TIMStreamElem) to a user or a group, sent chunk by chunk, such as AI assistant replies. (`stream_msg`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.stream_msg import AsyncStreamMessageService

        return AsyncStreamMessageService(self)

    @cached_property
    def million_group(self) -> AsyncMillionGroupService:
        """Topics of topic-enabled communities and the online member count of communities. (`million_group_open_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.million_group_open_http_svc import AsyncMillionGroupService

        return AsyncMillionGroupService(self)

    @cached_property
    def moderation(self) -> AsyncModerationService:
        """On-demand content moderation of Content Understanding (Singapore data centre only). (`im_msg_audit`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.im_msg_audit import AsyncModerationService

        return AsyncModerationService(self)

    @cached_property
    def moderation_keywords(self) -> AsyncModerationKeywordsService:
        """Keyword libraries and blocked words of Content Understanding (Singapore data centre only). (`im_msg_audit_mgr`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.im_msg_audit_mgr import AsyncModerationKeywordsService

        return AsyncModerationKeywordsService(self)

    @cached_property
    def official_account(self) -> AsyncOfficialAccountService:
        """Official accounts (official channels), their subscribers and their broadcast messages. (`official_account_open_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.official_account_open_http_svc import AsyncOfficialAccountService

        return AsyncOfficialAccountService(self)

    @cached_property
    def chat_config(self) -> AsyncChatConfigService:
        """App-wide settings and statistics of Chat, such as muting an account everywhere. (`openconfigsvr`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.openconfigsvr import AsyncChatConfigService

        return AsyncChatConfigService(self)

    @cached_property
    def chat_history(self) -> AsyncChatHistoryService:
        """Hourly archive files of all one-to-one or all group messages of the app. (`open_msg_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.open_msg_svc import AsyncChatHistoryService

        return AsyncChatHistoryService(self)

    @cached_property
    def chat_network(self) -> AsyncChatNetworkService:
        """The IP addresses and ranges of Chat servers and webhook senders, for firewall allow lists. (`ConfigSvc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.config_svc import AsyncChatNetworkService

        return AsyncChatNetworkService(self)

    @cached_property
    def profile(self) -> AsyncProfileService:
        """Reading and writing the standard and custom profile fields of users. (`profile`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.profile import AsyncProfileService

        return AsyncProfileService(self)

    @cached_property
    def push(self) -> AsyncPushService:
        """The older push-to-all commands of Chat, which deliver a message to every user or to users selected by tags or attributes, and manage those tags and attributes. (`all_member_push`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.all_member_push import AsyncPushService

        return AsyncPushService(self)

    @cached_property
    def timpush(self) -> AsyncTimpushService:
        """The Push service, which sends notifications to all users, to tagged or attributed users or to lists of users through the online and phone-vendor channels, recalls broadcast pushes, and manages the users' push attributes and tags. (`timpush`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.timpush import AsyncTimpushService

        return AsyncTimpushService(self)

    @cached_property
    def friends(self) -> AsyncFriendsService:
        """A user's friends, friend lists and blocklist, managed on the user's behalf. (`sns`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.sns import AsyncFriendsService

        return AsyncFriendsService(self)

    @cached_property
    def follow(self) -> AsyncFollowService:
        """Follow relationships between users (following, followers, mutual follows), managed on a user's behalf. (`follow`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.follow import AsyncFollowService

        return AsyncFollowService(self)

    @cached_property
    def live(self) -> AsyncLiveService:
        """Live rooms, their members, messages, robots and the gift system. (`live_engine_http_srv`, Live (TUILiveKit))"""
        from trtc_sdk.services.live.live_engine_http_srv import AsyncLiveService

        return AsyncLiveService(self)

    @cached_property
    def live_pk(self) -> AsyncLivePkService:
        """PK battles between connected live rooms. (`live_engine_http_pk`, Live (TUILiveKit))"""
        from trtc_sdk.services.live.live_engine_http_pk import AsyncLivePkService

        return AsyncLivePkService(self)

    @cached_property
    def live_config(self) -> AsyncLiveConfigService:
        """Webhook configuration for Live events. (`live_config`, Live (TUILiveKit))"""
        from trtc_sdk.services.live.live_config import AsyncLiveConfigService

        return AsyncLiveConfigService(self)

    @cached_property
    def room(self) -> AsyncRoomService:
        """Conference rooms and their members. (`room_engine_http_srv`, Conference (TUIRoomKit))"""
        from trtc_sdk.services.room.room_engine_http_srv import AsyncRoomService

        return AsyncRoomService(self)

    @cached_property
    def room_config(self) -> AsyncRoomConfigService:
        """Webhook configuration for room and seat events. (`room_config`, Conference (TUIRoomKit))"""
        from trtc_sdk.services.room.room_config import AsyncRoomConfigService

        return AsyncRoomConfigService(self)

    @cached_property
    def room_seat(self) -> AsyncRoomSeatService:
        """Seats (mic positions) of Conference and Live rooms. (`room_engine_http_mic`, Seats (shared by Conference and Live))"""
        from trtc_sdk.services.seat.room_engine_http_mic import AsyncRoomSeatService

        return AsyncRoomSeatService(self)

    @overload
    async def invoke(
        self,
        path: Literal["call_engine_http_srv/get_call_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.get_call_info.GetCallInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_engine_http_srv/start_call_by_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.start_call_by_robot.StartCallByRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_engine_http_srv/end_call"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.end_call.EndCallResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_record_http_srv/get_record_by_callid"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_record_http_srv.get_record_by_callid.GetRecordByCallidResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_record_http_srv/get_record_by_filter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_record_http_srv.get_record_by_filter.GetRecordByFilterResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.set_callback.SetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.get_callback.GetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["call_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.delete_callback.DeleteCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_open_login_svc/account_import"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.account_import.AccountImportResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_open_login_svc/multiaccount_import"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.multiaccount_import.MultiaccountImportResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_open_login_svc/account_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.account_delete.AccountDeleteResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_open_login_svc/account_check"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.account_check.AccountCheckResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_open_login_svc/kick"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.kick.KickResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/get_members"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.get_members.GetMembersResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/modify_user_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.modify_user_info.ModifyUserInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/check_members"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.check_members.CheckMembersResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/modify_admin"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.modify_admin.ModifyAdminResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/get_admin_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.get_admin_list.GetAdminListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/add_robots"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.add_robots.AddRobotsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/del_robots"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.del_robots.DelRobotsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim_robot_http_svc/create_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_robot_http_svc.create_robot.CreateRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim_robot_http_svc/delete_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_robot_http_svc.delete_robot.DeleteRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim_robot_http_svc/get_all_robots"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_robot_http_svc.get_all_robots.GetAllRobotsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim_robot_http_svc/send_stream_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_robot_http_svc.send_stream_msg.SendStreamMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/get_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.get_list.GetListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.delete.DeleteResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/top"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.top.TopResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/create_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.create_contact_group.CreateContactGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/del_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.del_contact_group.DelContactGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/update_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.update_contact_group.UpdateContactGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/search_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.search_contact_group.SearchContactGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/mark_contact"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.mark_contact.MarkContactResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["recentcontact/get_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.get_contact_group.GetContactGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/create_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.create_group.CreateGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_appid_group_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_appid_group_list.GetAppidGroupListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/destroy_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.destroy_group.DestroyGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_group_info.GetGroupInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/modify_group_base_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.modify_group_base_info.ModifyGroupBaseInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_joined_group_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_joined_group_list.GetJoinedGroupListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_group_member_info.GetGroupMemberInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_specified_group_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> (
        trtc_sdk.models.chat.group_open_http_svc.get_specified_group_member_info.GetSpecifiedGroupMemberInfoResponse
    ): ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/add_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.add_group_member.AddGroupMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/delete_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.delete_group_member.DeleteGroupMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/modify_group_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.modify_group_member_info.ModifyGroupMemberInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_role_in_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_role_in_group.GetRoleInGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/forbid_send_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.forbid_send_msg.ForbidSendMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_muted_account"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_group_muted_account.GetGroupMutedAccountResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_shutted_uin"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_group_shutted_uin.GetGroupShuttedUinResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/change_group_owner"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.change_group_owner.ChangeGroupOwnerResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/set_unread_msg_num"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.set_unread_msg_num.SetUnreadMsgNumResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/send_group_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.send_group_msg.SendGroupMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/send_group_system_notification"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> (
        trtc_sdk.models.chat.group_open_http_svc.send_group_system_notification.SendGroupSystemNotificationResponse
    ): ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/group_msg_recall"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.group_msg_recall.GroupMsgRecallResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/delete_group_msg_by_sender"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.delete_group_msg_by_sender.DeleteGroupMsgBySenderResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/group_msg_get_simple"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.group_msg_get_simple.GroupMsgGetSimpleResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/clear_group_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.clear_group_msg.ClearGroupMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/send_broadcast_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.send_broadcast_msg.SendBroadcastMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/import_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.import_group.ImportGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/import_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.import_group_member.ImportGroupMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/import_group_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.import_group_msg.ImportGroupMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/import_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.import_topic.ImportTopicResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_online_member_num"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_online_member_num.GroupGetOnlineMemberNumResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_ban_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_group_ban_member.GetGroupBanMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/ban_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ban_group_member.BanGroupMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/unban_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.unban_group_member.UnbanGroupMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/modify_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.modify_group_attr.ModifyGroupAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/set_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.set_group_attr.SetGroupAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/delete_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.delete_group_attr.DeleteGroupAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/clear_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.clear_group_attr.ClearGroupAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_counter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_group_counter.GetGroupCounterResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/update_group_counter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.update_group_counter.UpdateGroupCounterResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/delete_group_counter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.delete_group_counter.DeleteGroupCounterResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/group_msg_receipt"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.group_msg_receipt.GroupMsgReceiptResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_msg_receipt"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_group_msg_receipt.GetGroupMsgReceiptResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_msg_receipt_detail"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_group_msg_receipt_detail.GetGroupMsgReceiptDetailResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/pin_message"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.pin_message.PinMessageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/unpin_message"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.unpin_message.UnpinMessageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_pinned_messages"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_pinned_messages.GetPinnedMessagesResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/create_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.create_permission_group.CreatePermissionGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/destroy_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.destroy_permission_group.DestroyPermissionGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/modify_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.modify_permission_group.ModifyPermissionGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_permission_group.GetPermissionGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/add_topic_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.add_topic_permission_group.AddTopicPermissionGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/set_topic_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.set_topic_permission_group.SetTopicPermissionGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/delete_topic_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.delete_topic_permission_group.DeleteTopicPermissionGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_topic_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_topic_permission_group.GetTopicPermissionGroupResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/add_permission_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.add_permission_group_member.AddPermissionGroupMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/delete_permission_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> (
        trtc_sdk.models.chat.group_open_http_svc.delete_permission_group_member.DeletePermissionGroupMemberResponse
    ): ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_http_svc/get_permission_group_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> (
        trtc_sdk.models.chat.group_open_http_svc.get_permission_group_member_list.GetPermissionGroupMemberListResponse
    ): ...

    @overload
    async def invoke(
        self,
        path: Literal["group_open_attr_http_svc/get_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_attr_http_svc.get_group_attr.GetGroupAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/sendmsg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.sendmsg.SendmsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/batchsendmsg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.batchsendmsg.BatchsendmsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/importmsg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.importmsg.ImportmsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/admin_getroammsg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.admin_getroammsg.AdminGetroammsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/admin_msgwithdraw"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.admin_msgwithdraw.AdminMsgwithdrawResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/admin_set_msg_read"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.admin_set_msg_read.AdminSetMsgReadResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/get_c2c_unread_msg_num"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.get_c2c_unread_msg_num.GetC2cUnreadMsgNumResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/modify_c2c_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.modify_c2c_msg.ModifyC2cMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/modify_group_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.modify_group_msg.ModifyGroupMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/c2c_msg_read_receipt"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.c2c_msg_read_receipt.C2cMsgReadReceiptResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/delete_c2c_msg_ramble"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.delete_c2c_msg_ramble.DeleteC2cMsgRambleResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/query_online_status"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.query_online_status.QueryOnlineStatusResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim/querystate"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.querystate.QuerystateResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim_msg_ext_http_svc/set_key_values"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_msg_ext_http_svc.set_key_values.SetKeyValuesResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim_msg_ext_http_svc/get_key_values"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_msg_ext_http_svc.get_key_values.GetKeyValuesResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim_msg_ext_http_svc/group_set_key_values"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_msg_ext_http_svc.group_set_key_values.GroupSetKeyValuesResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openim_msg_ext_http_svc/group_get_key_values"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_msg_ext_http_svc.group_get_key_values.GroupGetKeyValuesResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["stream_msg/send_c2c_stream_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.stream_msg.send_c2c_stream_msg.SendC2cStreamMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["stream_msg/send_group_stream_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.stream_msg.send_group_stream_msg.SendGroupStreamMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["million_group_open_http_svc/create_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.create_topic.CreateTopicResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["million_group_open_http_svc/destroy_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.destroy_topic.DestroyTopicResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["million_group_open_http_svc/get_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.get_topic.GetTopicResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["million_group_open_http_svc/modify_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.modify_topic.ModifyTopicResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["million_group_open_http_svc/get_online_member_num"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> (
        trtc_sdk.models.chat.million_group_open_http_svc.get_online_member_num.MillionGroupGetOnlineMemberNumResponse
    ): ...

    @overload
    async def invoke(
        self,
        path: Literal["im_msg_audit/content_moderation"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit.content_moderation.ContentModerationResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_msg_audit/batch_content_moderation"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit.batch_content_moderation.BatchContentModerationResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_msg_audit_mgr/get_cloud_audit_keywords_ids"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit_mgr.get_cloud_audit_keywords_ids.GetCloudAuditKeywordsIdsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_msg_audit_mgr/get_cloud_audit_keywords"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit_mgr.get_cloud_audit_keywords.GetCloudAuditKeywordsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_msg_audit_mgr/add_cloud_audit_keywords"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit_mgr.add_cloud_audit_keywords.AddCloudAuditKeywordsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["im_msg_audit_mgr/delete_cloud_audit_keywords"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit_mgr.delete_cloud_audit_keywords.DeleteCloudAuditKeywordsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/create_official_account"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.create_official_account.CreateOfficialAccountResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/destroy_official_account"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> (
        trtc_sdk.models.chat.official_account_open_http_svc.destroy_official_account.DestroyOfficialAccountResponse
    ): ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/modify_official_account_base_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.modify_official_account_base_info.ModifyOfficialAccountBaseInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/get_official_account_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> (
        trtc_sdk.models.chat.official_account_open_http_svc.get_official_account_info.GetOfficialAccountInfoResponse
    ): ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/get_subscriber_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.get_subscriber_info.GetSubscriberInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/add_subscriber"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.add_subscriber.AddSubscriberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/delete_subscriber"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.delete_subscriber.DeleteSubscriberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/modify_subscriber_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.modify_subscriber_info.ModifySubscriberInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/get_subscribed_official_account_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.get_subscribed_official_account_list.GetSubscribedOfficialAccountListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/send_official_account_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> (
        trtc_sdk.models.chat.official_account_open_http_svc.send_official_account_msg.SendOfficialAccountMsgResponse
    ): ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/official_account_msg_recall"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> (
        trtc_sdk.models.chat.official_account_open_http_svc.official_account_msg_recall.OfficialAccountMsgRecallResponse
    ): ...

    @overload
    async def invoke(
        self,
        path: Literal["official_account_open_http_svc/official_account_msg_get_simple"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.official_account_msg_get_simple.OfficialAccountMsgGetSimpleResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openconfigsvr/setnospeaking"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openconfigsvr.setnospeaking.SetnospeakingResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openconfigsvr/getnospeaking"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openconfigsvr.getnospeaking.GetnospeakingResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["openconfigsvr/getappinfo"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openconfigsvr.getappinfo.GetappinfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["open_msg_svc/get_history"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.open_msg_svc.get_history.GetHistoryResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["ConfigSvc/GetIPList"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.config_svc.get_ip_list.GetIpListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["profile/portrait_set"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.profile.portrait_set.PortraitSetResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["profile/portrait_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.profile.portrait_get.PortraitGetResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_push"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_push.ImPushResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_set_attr_name"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_set_attr_name.ImSetAttrNameResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_get_attr_name"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_get_attr_name.ImGetAttrNameResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_get_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_get_attr.ImGetAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_set_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_set_attr.ImSetAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_remove_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_remove_attr.ImRemoveAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_get_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_get_tag.ImGetTagResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_add_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_add_tag.ImAddTagResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_remove_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_remove_tag.ImRemoveTagResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["all_member_push/im_remove_all_tags"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_remove_all_tags.ImRemoveAllTagsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/push"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.push.PushResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/batch"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.batch.BatchResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/get_attr_name"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.get_attr_name.GetAttrNameResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/set_attr_name"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.set_attr_name.SetAttrNameResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/get_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.get_attr.GetAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/set_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.set_attr.SetAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/remove_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.remove_attr.RemoveAttrResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/get_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.get_tag.GetTagResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/add_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.add_tag.AddTagResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/remove_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.remove_tag.RemoveTagResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/clear_all_tags"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.clear_all_tags.ClearAllTagsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["timpush/revoke"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.revoke.RevokeResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/friend_add"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.friend_add.FriendAddResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/friend_import"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.friend_import.FriendImportResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/friend_update"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.friend_update.FriendUpdateResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/friend_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.friend_delete.FriendDeleteResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/friend_delete_all"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.friend_delete_all.FriendDeleteAllResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/friend_check"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.friend_check.FriendCheckResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/friend_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.friend_get.FriendGetResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/friend_get_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.friend_get_list.FriendGetListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/black_list_add"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.black_list_add.BlackListAddResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/black_list_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.black_list_delete.BlackListDeleteResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/black_list_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.black_list_get.BlackListGetResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/black_list_check"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.black_list_check.BlackListCheckResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/group_add"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.group_add.GroupAddResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/group_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.group_delete.GroupDeleteResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["sns/group_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.group_get.GroupGetResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["follow/follow_add"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.follow_add.FollowAddResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["follow/follow_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.follow_delete.FollowDeleteResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["follow/follow_check"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.follow_check.FollowCheckResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["follow/follow_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.follow_get.FollowGetResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["follow/follow_get_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.follow_get_info.FollowGetInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/create_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.create_room.CreateRoomResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/destroy_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.destroy_room.DestroyRoomResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/update_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.update_room_info.UpdateRoomInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_room_info.GetRoomInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_room_list.GetRoomListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_room_metadata.GetRoomMetadataResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/set_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.set_room_metadata.SetRoomMetadataResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.del_room_metadata.DelRoomMetadataResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/resume_mcu_task"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.resume_mcu_task.ResumeMcuTaskResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_stats"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_room_stats.GetRoomStatsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_statistic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_room_statistic.GetRoomStatisticResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_admin_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_admin_list.GetAdminListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/modify_admin"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.modify_admin.ModifyAdminResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/change_room_owner"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.change_room_owner.ChangeRoomOwnerResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/ban_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.ban_member.BanMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/unban_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.unban_member.UnbanMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_banned_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_banned_member_list.GetBannedMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/mute_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.mute_member.MuteMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_muted_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_muted_member_list.GetMutedMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_member_list.GetMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/send_text_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.send_text_msg.SendTextMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/send_custom_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.send_custom_msg.SendCustomMsgResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/add_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.add_robot.AddRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.del_robot.DelRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_robot.GetRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.add_gift.AddGiftResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_gift.GetGiftResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.del_gift.DelGiftResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.add_gift_category.AddGiftCategoryResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_gift_category.GetGiftCategoryResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.del_gift_category.DelGiftCategoryResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.add_gift_category_relations.AddGiftCategoryRelationsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.del_gift_category_relations.DelGiftCategoryRelationsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_gift_category_relations.GetGiftCategoryRelationsResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/set_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.set_gift_language.SetGiftLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_gift_language.GetGiftLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.del_gift_language.DelGiftLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/set_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.set_gift_category_language.SetGiftCategoryLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_gift_category_language.GetGiftCategoryLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.del_gift_category_language.DelGiftCategoryLanguageResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/send_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.send_gift.SendGiftResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_count"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_gift_count.GetGiftCountResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/copy_default_gift_config"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.copy_default_gift_config.CopyDefaultGiftConfigResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/edit_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.edit_gift.EditGiftResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/edit_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.edit_gift_category.EditGiftCategoryResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_info_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_gift_info_list.GetGiftInfoListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_pk/create_battle"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.create_battle.CreateBattleResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_pk/set_battle_score"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.set_battle_score.SetBattleScoreResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_engine_http_pk/get_battle_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.get_battle_info.GetBattleInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.set_callback.SetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/update_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.update_callback.UpdateCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.get_callback.GetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.delete_callback.DeleteCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/set_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.set_callback_token.SetCallbackTokenResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/get_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.get_callback_token.GetCallbackTokenResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["live_config/delete_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.delete_callback_token.DeleteCallbackTokenResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/create_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.create_room.CreateRoomResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/destroy_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.destroy_room.DestroyRoomResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/update_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.update_room_info.UpdateRoomInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/get_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.get_room_info.GetRoomInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/get_room_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.get_room_member_list.GetRoomMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/update_room_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.update_room_member_info.UpdateRoomMemberInfoResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/change_room_owner"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.change_room_owner.ChangeRoomOwnerResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/mark_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.mark_room_member.MarkRoomMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/ban_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.ban_room_member.BanRoomMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/unban_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.unban_room_member.UnbanRoomMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/get_banned_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.get_banned_member_list.GetBannedMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/kick_user_out"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.kick_user_out.KickUserOutResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/mute_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.mute_room_member.MuteRoomMemberResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/get_muted_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.get_muted_member_list.GetMutedMemberListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/add_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.add_robot.AddRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_srv/delete_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.delete_robot.DeleteRobotResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.set_callback.SetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_config/update_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.update_callback.UpdateCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.get_callback.GetCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.delete_callback.DeleteCallbackResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/get_seat_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.get_seat_list.GetSeatListResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/pick_user_on_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.pick_user_on_seat.PickUserOnSeatResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/kick_user_off_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.kick_user_off_seat.KickUserOffSeatResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/lock_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.lock_seat.LockSeatResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/switch_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.switch_seat.SwitchSeatResponse: ...

    @overload
    async def invoke(
        self,
        path: Literal["room_engine_http_mic/move_user_to_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.move_user_to_seat.MoveUserToSeatResponse: ...

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
