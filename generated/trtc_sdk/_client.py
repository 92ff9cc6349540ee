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
    from trtc_sdk.services.call.call_config import CallConfigService
    from trtc_sdk.services.call.call_engine_http_srv import CallService
    from trtc_sdk.services.call.call_record_http_srv import CallRecordService
    from trtc_sdk.services.chat.all_member_push import PushService
    from trtc_sdk.services.chat.config_svc import ChatNetworkService
    from trtc_sdk.services.chat.follow import FollowService
    from trtc_sdk.services.chat.group_open_attr_http_svc import GroupAttributeService
    from trtc_sdk.services.chat.group_open_avchatroom_http_svc import AvchatroomService
    from trtc_sdk.services.chat.group_open_http_svc import GroupService
    from trtc_sdk.services.chat.im_msg_audit import ModerationService
    from trtc_sdk.services.chat.im_msg_audit_mgr import ModerationKeywordsService
    from trtc_sdk.services.chat.im_open_login_svc import AccountService
    from trtc_sdk.services.chat.million_group_open_http_svc import MillionGroupService
    from trtc_sdk.services.chat.official_account_open_http_svc import OfficialAccountService
    from trtc_sdk.services.chat.open_msg_svc import ChatHistoryService
    from trtc_sdk.services.chat.openconfigsvr import ChatConfigService
    from trtc_sdk.services.chat.openim import MessageService
    from trtc_sdk.services.chat.openim_msg_ext_http_svc import MessageExtensionService
    from trtc_sdk.services.chat.openim_robot_http_svc import BotService
    from trtc_sdk.services.chat.profile import ProfileService
    from trtc_sdk.services.chat.recentcontact import ConversationService
    from trtc_sdk.services.chat.sns import FriendsService
    from trtc_sdk.services.chat.stream_msg import StreamMessageService
    from trtc_sdk.services.chat.timpush import TimpushService
    from trtc_sdk.services.live.live_config import LiveConfigService
    from trtc_sdk.services.live.live_engine_http_pk import LivePkService
    from trtc_sdk.services.live.live_engine_http_srv import LiveService
    from trtc_sdk.services.room.room_config import RoomConfigService
    from trtc_sdk.services.room.room_engine_http_srv import RoomService
    from trtc_sdk.services.seat.room_engine_http_mic import RoomSeatService

__all__ = ["Client"]


class Client(SyncAPIClient):
    """Client for the Tencent RTC and Chat server REST APIs: one namespace per servicename."""

    _registry = REGISTRY

    @cached_property
    def call(self) -> CallService:
        """Running calls. (`call_engine_http_srv`, Call (TUICallKit))"""
        from trtc_sdk.services.call.call_engine_http_srv import CallService

        return CallService(self)

    @cached_property
    def call_record(self) -> CallRecordService:
        """Records of finished calls. (`call_record_http_srv`, Call (TUICallKit))"""
        from trtc_sdk.services.call.call_record_http_srv import CallRecordService

        return CallRecordService(self)

    @cached_property
    def call_config(self) -> CallConfigService:
        """Webhook configuration for call events. (`call_config`, Call (TUICallKit))"""
        from trtc_sdk.services.call.call_config import CallConfigService

        return CallConfigService(self)

    @cached_property
    def account(self) -> AccountService:
        """Registering, checking and deleting the app's user accounts in Chat and invalidating their login state. (`im_open_login_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.im_open_login_svc import AccountService

        return AccountService(self)

    @cached_property
    def avchatroom(self) -> AvchatroomService:
        """Online members, member marks, robot accounts and administrators of live-stream (AVChatRoom) groups. (`group_open_avchatroom_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.group_open_avchatroom_http_svc import AvchatroomService

        return AvchatroomService(self)

    @cached_property
    def bot(self) -> BotService:
        """Chatbot accounts and their streamed replies. (`openim_robot_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.openim_robot_http_svc import BotService

        return BotService(self)

    @cached_property
    def conversation(self) -> ConversationService:
        """A user's conversation list as the server keeps it, with pinning, conversation groups and marks. (`recentcontact`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.recentcontact import ConversationService

        return ConversationService(self)

    @cached_property
    def group(self) -> GroupService:
        """Groups and communities of a Chat app, their members, messages, attributes, counters and permission groups. (`group_open_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.group_open_http_svc import GroupService

        return GroupService(self)

    @cached_property
    def group_attribute(self) -> GroupAttributeService:
        """Reading the custom key-value attributes of a group. (`group_open_attr_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.group_open_attr_http_svc import GroupAttributeService

        return GroupAttributeService(self)

    @cached_property
    def message(self) -> MessageService:
        """One-to-one messages (send, batch send, import, history, recall, edit, read state, receipts, unread counts) and users' online status. (`openim`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.openim import MessageService

        return MessageService(self)

    @cached_property
    def message_extension(self) -> MessageExtensionService:
        """Key-value extensions attached to individual one-to-one and group messages (for example reactions or vote counts). (`openim_msg_ext_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.openim_msg_ext_http_svc import MessageExtensionService

        return MessageExtensionService(self)

    @cached_property
    def stream_message(self) -> StreamMessageService:
        """Streamed messages (TIMStreamElem) to a user or a group, sent chunk by chunk, such as AI assistant replies. (`stream_msg`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.stream_msg import StreamMessageService

        return StreamMessageService(self)

    @cached_property
    def million_group(self) -> MillionGroupService:
        """Topics of topic-enabled communities and the online member count of communities. (`million_group_open_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.million_group_open_http_svc import MillionGroupService

        return MillionGroupService(self)

    @cached_property
    def moderation(self) -> ModerationService:
        """On-demand content moderation of Content Understanding (Singapore data centre only). (`im_msg_audit`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.im_msg_audit import ModerationService

        return ModerationService(self)

    @cached_property
    def moderation_keywords(self) -> ModerationKeywordsService:
        """Keyword libraries and blocked words of Content Understanding (Singapore data centre only). (`im_msg_audit_mgr`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.im_msg_audit_mgr import ModerationKeywordsService

        return ModerationKeywordsService(self)

    @cached_property
    def official_account(self) -> OfficialAccountService:
        """Official accounts (official channels), their subscribers and their broadcast messages. (`official_account_open_http_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.official_account_open_http_svc import OfficialAccountService

        return OfficialAccountService(self)

    @cached_property
    def chat_config(self) -> ChatConfigService:
        """App-wide settings and statistics of Chat, such as muting an account everywhere. (`openconfigsvr`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.openconfigsvr import ChatConfigService

        return ChatConfigService(self)

    @cached_property
    def chat_history(self) -> ChatHistoryService:
        """Hourly archive files of all one-to-one or all group messages of the app. (`open_msg_svc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.open_msg_svc import ChatHistoryService

        return ChatHistoryService(self)

    @cached_property
    def chat_network(self) -> ChatNetworkService:
        """The IP addresses and ranges of Chat servers and webhook senders, for firewall allow lists. (`ConfigSvc`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.config_svc import ChatNetworkService

        return ChatNetworkService(self)

    @cached_property
    def profile(self) -> ProfileService:
        """Reading and writing the standard and custom profile fields of users. (`profile`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.profile import ProfileService

        return ProfileService(self)

    @cached_property
    def push(self) -> PushService:
        """The older push-to-all commands of Chat, which deliver a message to every user or to users selected by tags or attributes, and manage those tags and attributes. (`all_member_push`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.all_member_push import PushService

        return PushService(self)

    @cached_property
    def timpush(self) -> TimpushService:
        """The Push service, which sends notifications to all users, to tagged or attributed users or to lists of users through the online and phone-vendor channels, recalls broadcast pushes, and manages the users' push attributes and tags. (`timpush`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.timpush import TimpushService

        return TimpushService(self)

    @cached_property
    def friends(self) -> FriendsService:
        """A user's friends, friend lists and blocklist, managed on the user's behalf. (`sns`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.sns import FriendsService

        return FriendsService(self)

    @cached_property
    def follow(self) -> FollowService:
        """Follow relationships between users (following, followers, mutual follows), managed on a user's behalf. (`follow`, Chat (Tencent Cloud Chat))"""
        from trtc_sdk.services.chat.follow import FollowService

        return FollowService(self)

    @cached_property
    def live(self) -> LiveService:
        """Live rooms, their members, messages, robots and the gift system. (`live_engine_http_srv`, Live (TUILiveKit))"""
        from trtc_sdk.services.live.live_engine_http_srv import LiveService

        return LiveService(self)

    @cached_property
    def live_pk(self) -> LivePkService:
        """PK battles between connected live rooms. (`live_engine_http_pk`, Live (TUILiveKit))"""
        from trtc_sdk.services.live.live_engine_http_pk import LivePkService

        return LivePkService(self)

    @cached_property
    def live_config(self) -> LiveConfigService:
        """Webhook configuration for Live events. (`live_config`, Live (TUILiveKit))"""
        from trtc_sdk.services.live.live_config import LiveConfigService

        return LiveConfigService(self)

    @cached_property
    def room(self) -> RoomService:
        """Conference rooms and their members. (`room_engine_http_srv`, Conference (TUIRoomKit))"""
        from trtc_sdk.services.room.room_engine_http_srv import RoomService

        return RoomService(self)

    @cached_property
    def room_config(self) -> RoomConfigService:
        """Webhook configuration for room and seat events. (`room_config`, Conference (TUIRoomKit))"""
        from trtc_sdk.services.room.room_config import RoomConfigService

        return RoomConfigService(self)

    @cached_property
    def room_seat(self) -> RoomSeatService:
        """Seats (mic positions) of Conference and Live rooms. (`room_engine_http_mic`, Seats (shared by Conference and Live))"""
        from trtc_sdk.services.seat.room_engine_http_mic import RoomSeatService

        return RoomSeatService(self)

    @overload
    def invoke(
        self,
        path: Literal["call_engine_http_srv/get_call_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.get_call_info.GetCallInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_engine_http_srv/start_call_by_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.start_call_by_robot.StartCallByRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_engine_http_srv/end_call"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_engine_http_srv.end_call.EndCallResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_record_http_srv/get_record_by_callid"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_record_http_srv.get_record_by_callid.GetRecordByCallidResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_record_http_srv/get_record_by_filter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_record_http_srv.get_record_by_filter.GetRecordByFilterResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.set_callback.SetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.get_callback.GetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["call_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.call.call_config.delete_callback.DeleteCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_open_login_svc/account_import"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.account_import.AccountImportResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_open_login_svc/multiaccount_import"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.multiaccount_import.MultiaccountImportResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_open_login_svc/account_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.account_delete.AccountDeleteResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_open_login_svc/account_check"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.account_check.AccountCheckResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_open_login_svc/kick"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_open_login_svc.kick.KickResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/get_members"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.get_members.GetMembersResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/modify_user_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.modify_user_info.ModifyUserInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/check_members"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.check_members.CheckMembersResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/modify_admin"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.modify_admin.ModifyAdminResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/get_admin_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.get_admin_list.GetAdminListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/add_robots"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.add_robots.AddRobotsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_avchatroom_http_svc/del_robots"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_avchatroom_http_svc.del_robots.DelRobotsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim_robot_http_svc/create_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_robot_http_svc.create_robot.CreateRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim_robot_http_svc/delete_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_robot_http_svc.delete_robot.DeleteRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim_robot_http_svc/get_all_robots"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_robot_http_svc.get_all_robots.GetAllRobotsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim_robot_http_svc/send_stream_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_robot_http_svc.send_stream_msg.SendStreamMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/get_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.get_list.GetListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.delete.DeleteResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/top"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.top.TopResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/create_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.create_contact_group.CreateContactGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/del_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.del_contact_group.DelContactGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/update_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.update_contact_group.UpdateContactGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/search_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.search_contact_group.SearchContactGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/mark_contact"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.mark_contact.MarkContactResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["recentcontact/get_contact_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.recentcontact.get_contact_group.GetContactGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/create_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.create_group.CreateGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_appid_group_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_appid_group_list.GetAppidGroupListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/destroy_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.destroy_group.DestroyGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_group_info.GetGroupInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/modify_group_base_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.modify_group_base_info.ModifyGroupBaseInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_joined_group_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_joined_group_list.GetJoinedGroupListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_group_member_info.GetGroupMemberInfoResponse: ...

    @overload
    def invoke(
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
    def invoke(
        self,
        path: Literal["group_open_http_svc/add_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.add_group_member.AddGroupMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/delete_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.delete_group_member.DeleteGroupMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/modify_group_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.modify_group_member_info.ModifyGroupMemberInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_role_in_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_role_in_group.GetRoleInGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/forbid_send_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.forbid_send_msg.ForbidSendMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_muted_account"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_group_muted_account.GetGroupMutedAccountResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_shutted_uin"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_group_shutted_uin.GetGroupShuttedUinResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/change_group_owner"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.change_group_owner.ChangeGroupOwnerResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/set_unread_msg_num"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.set_unread_msg_num.SetUnreadMsgNumResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/send_group_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.send_group_msg.SendGroupMsgResponse: ...

    @overload
    def invoke(
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
    def invoke(
        self,
        path: Literal["group_open_http_svc/group_msg_recall"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.group_msg_recall.GroupMsgRecallResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/delete_group_msg_by_sender"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.delete_group_msg_by_sender.DeleteGroupMsgBySenderResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/group_msg_get_simple"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.group_msg_get_simple.GroupMsgGetSimpleResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/clear_group_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.clear_group_msg.ClearGroupMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/send_broadcast_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.send_broadcast_msg.SendBroadcastMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/import_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.import_group.ImportGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/import_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.import_group_member.ImportGroupMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/import_group_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.import_group_msg.ImportGroupMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/import_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.import_topic.ImportTopicResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_online_member_num"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_online_member_num.GroupGetOnlineMemberNumResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_ban_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_group_ban_member.GetGroupBanMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/ban_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.ban_group_member.BanGroupMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/unban_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.unban_group_member.UnbanGroupMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/modify_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.modify_group_attr.ModifyGroupAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/set_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.set_group_attr.SetGroupAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/delete_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.delete_group_attr.DeleteGroupAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/clear_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.clear_group_attr.ClearGroupAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_counter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_group_counter.GetGroupCounterResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/update_group_counter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.update_group_counter.UpdateGroupCounterResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/delete_group_counter"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.delete_group_counter.DeleteGroupCounterResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/group_msg_receipt"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.group_msg_receipt.GroupMsgReceiptResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_msg_receipt"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_group_msg_receipt.GetGroupMsgReceiptResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_group_msg_receipt_detail"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_group_msg_receipt_detail.GetGroupMsgReceiptDetailResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/pin_message"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.pin_message.PinMessageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/unpin_message"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.unpin_message.UnpinMessageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_pinned_messages"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_pinned_messages.GetPinnedMessagesResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/create_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.create_permission_group.CreatePermissionGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/destroy_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.destroy_permission_group.DestroyPermissionGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/modify_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.modify_permission_group.ModifyPermissionGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_permission_group.GetPermissionGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/add_topic_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.add_topic_permission_group.AddTopicPermissionGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/set_topic_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.set_topic_permission_group.SetTopicPermissionGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/delete_topic_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.delete_topic_permission_group.DeleteTopicPermissionGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/get_topic_permission_group"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.get_topic_permission_group.GetTopicPermissionGroupResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["group_open_http_svc/add_permission_group_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_http_svc.add_permission_group_member.AddPermissionGroupMemberResponse: ...

    @overload
    def invoke(
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
    def invoke(
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
    def invoke(
        self,
        path: Literal["group_open_attr_http_svc/get_group_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.group_open_attr_http_svc.get_group_attr.GetGroupAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/sendmsg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.sendmsg.SendmsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/batchsendmsg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.batchsendmsg.BatchsendmsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/importmsg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.importmsg.ImportmsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/admin_getroammsg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.admin_getroammsg.AdminGetroammsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/admin_msgwithdraw"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.admin_msgwithdraw.AdminMsgwithdrawResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/admin_set_msg_read"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.admin_set_msg_read.AdminSetMsgReadResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/get_c2c_unread_msg_num"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.get_c2c_unread_msg_num.GetC2cUnreadMsgNumResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/modify_c2c_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.modify_c2c_msg.ModifyC2cMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/modify_group_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.modify_group_msg.ModifyGroupMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/c2c_msg_read_receipt"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.c2c_msg_read_receipt.C2cMsgReadReceiptResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/delete_c2c_msg_ramble"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.delete_c2c_msg_ramble.DeleteC2cMsgRambleResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/query_online_status"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.query_online_status.QueryOnlineStatusResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim/querystate"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim.querystate.QuerystateResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim_msg_ext_http_svc/set_key_values"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_msg_ext_http_svc.set_key_values.SetKeyValuesResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim_msg_ext_http_svc/get_key_values"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_msg_ext_http_svc.get_key_values.GetKeyValuesResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim_msg_ext_http_svc/group_set_key_values"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_msg_ext_http_svc.group_set_key_values.GroupSetKeyValuesResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openim_msg_ext_http_svc/group_get_key_values"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openim_msg_ext_http_svc.group_get_key_values.GroupGetKeyValuesResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["stream_msg/send_c2c_stream_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.stream_msg.send_c2c_stream_msg.SendC2cStreamMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["stream_msg/send_group_stream_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.stream_msg.send_group_stream_msg.SendGroupStreamMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["million_group_open_http_svc/create_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.create_topic.CreateTopicResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["million_group_open_http_svc/destroy_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.destroy_topic.DestroyTopicResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["million_group_open_http_svc/get_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.get_topic.GetTopicResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["million_group_open_http_svc/modify_topic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.million_group_open_http_svc.modify_topic.ModifyTopicResponse: ...

    @overload
    def invoke(
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
    def invoke(
        self,
        path: Literal["im_msg_audit/content_moderation"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit.content_moderation.ContentModerationResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_msg_audit/batch_content_moderation"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit.batch_content_moderation.BatchContentModerationResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_msg_audit_mgr/get_cloud_audit_keywords_ids"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit_mgr.get_cloud_audit_keywords_ids.GetCloudAuditKeywordsIdsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_msg_audit_mgr/get_cloud_audit_keywords"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit_mgr.get_cloud_audit_keywords.GetCloudAuditKeywordsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_msg_audit_mgr/add_cloud_audit_keywords"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit_mgr.add_cloud_audit_keywords.AddCloudAuditKeywordsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["im_msg_audit_mgr/delete_cloud_audit_keywords"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.im_msg_audit_mgr.delete_cloud_audit_keywords.DeleteCloudAuditKeywordsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/create_official_account"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.create_official_account.CreateOfficialAccountResponse: ...

    @overload
    def invoke(
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
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/modify_official_account_base_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.modify_official_account_base_info.ModifyOfficialAccountBaseInfoResponse: ...

    @overload
    def invoke(
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
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/get_subscriber_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.get_subscriber_info.GetSubscriberInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/add_subscriber"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.add_subscriber.AddSubscriberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/delete_subscriber"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.delete_subscriber.DeleteSubscriberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/modify_subscriber_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.modify_subscriber_info.ModifySubscriberInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/get_subscribed_official_account_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.get_subscribed_official_account_list.GetSubscribedOfficialAccountListResponse: ...

    @overload
    def invoke(
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
    def invoke(
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
    def invoke(
        self,
        path: Literal["official_account_open_http_svc/official_account_msg_get_simple"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.official_account_open_http_svc.official_account_msg_get_simple.OfficialAccountMsgGetSimpleResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openconfigsvr/setnospeaking"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openconfigsvr.setnospeaking.SetnospeakingResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openconfigsvr/getnospeaking"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openconfigsvr.getnospeaking.GetnospeakingResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["openconfigsvr/getappinfo"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.openconfigsvr.getappinfo.GetappinfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["open_msg_svc/get_history"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.open_msg_svc.get_history.GetHistoryResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["ConfigSvc/GetIPList"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.config_svc.get_ip_list.GetIpListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["profile/portrait_set"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.profile.portrait_set.PortraitSetResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["profile/portrait_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.profile.portrait_get.PortraitGetResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_push"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_push.ImPushResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_set_attr_name"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_set_attr_name.ImSetAttrNameResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_get_attr_name"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_get_attr_name.ImGetAttrNameResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_get_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_get_attr.ImGetAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_set_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_set_attr.ImSetAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_remove_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_remove_attr.ImRemoveAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_get_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_get_tag.ImGetTagResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_add_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_add_tag.ImAddTagResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_remove_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_remove_tag.ImRemoveTagResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["all_member_push/im_remove_all_tags"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.all_member_push.im_remove_all_tags.ImRemoveAllTagsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/push"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.push.PushResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/batch"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.batch.BatchResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/get_attr_name"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.get_attr_name.GetAttrNameResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/set_attr_name"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.set_attr_name.SetAttrNameResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/get_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.get_attr.GetAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/set_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.set_attr.SetAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/remove_attr"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.remove_attr.RemoveAttrResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/get_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.get_tag.GetTagResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/add_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.add_tag.AddTagResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/remove_tag"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.remove_tag.RemoveTagResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/clear_all_tags"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.clear_all_tags.ClearAllTagsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["timpush/revoke"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.timpush.revoke.RevokeResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/friend_add"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.friend_add.FriendAddResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/friend_import"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.friend_import.FriendImportResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/friend_update"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.friend_update.FriendUpdateResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/friend_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.friend_delete.FriendDeleteResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/friend_delete_all"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.friend_delete_all.FriendDeleteAllResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/friend_check"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.friend_check.FriendCheckResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/friend_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.friend_get.FriendGetResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/friend_get_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.friend_get_list.FriendGetListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/black_list_add"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.black_list_add.BlackListAddResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/black_list_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.black_list_delete.BlackListDeleteResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/black_list_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.black_list_get.BlackListGetResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/black_list_check"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.black_list_check.BlackListCheckResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/group_add"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.group_add.GroupAddResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/group_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.group_delete.GroupDeleteResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["sns/group_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.sns.group_get.GroupGetResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["follow/follow_add"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.follow_add.FollowAddResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["follow/follow_delete"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.follow_delete.FollowDeleteResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["follow/follow_check"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.follow_check.FollowCheckResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["follow/follow_get"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.follow_get.FollowGetResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["follow/follow_get_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.chat.follow.follow_get_info.FollowGetInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/create_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.create_room.CreateRoomResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/destroy_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.destroy_room.DestroyRoomResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/update_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.update_room_info.UpdateRoomInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_room_info.GetRoomInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_room_list.GetRoomListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_room_metadata.GetRoomMetadataResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/set_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.set_room_metadata.SetRoomMetadataResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_room_metadata"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.del_room_metadata.DelRoomMetadataResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/resume_mcu_task"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.resume_mcu_task.ResumeMcuTaskResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_stats"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_room_stats.GetRoomStatsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_room_statistic"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_room_statistic.GetRoomStatisticResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_admin_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_admin_list.GetAdminListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/modify_admin"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.modify_admin.ModifyAdminResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/change_room_owner"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.change_room_owner.ChangeRoomOwnerResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/ban_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.ban_member.BanMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/unban_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.unban_member.UnbanMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_banned_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_banned_member_list.GetBannedMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/mute_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.mute_member.MuteMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_muted_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_muted_member_list.GetMutedMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_member_list.GetMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/send_text_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.send_text_msg.SendTextMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/send_custom_msg"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.send_custom_msg.SendCustomMsgResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/add_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.add_robot.AddRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.del_robot.DelRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_robot.GetRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.add_gift.AddGiftResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_gift.GetGiftResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.del_gift.DelGiftResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.add_gift_category.AddGiftCategoryResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_gift_category.GetGiftCategoryResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.del_gift_category.DelGiftCategoryResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/add_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.add_gift_category_relations.AddGiftCategoryRelationsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.del_gift_category_relations.DelGiftCategoryRelationsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category_relations"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_gift_category_relations.GetGiftCategoryRelationsResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/set_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.set_gift_language.SetGiftLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_gift_language.GetGiftLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.del_gift_language.DelGiftLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/set_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.set_gift_category_language.SetGiftCategoryLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_gift_category_language.GetGiftCategoryLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/del_gift_category_language"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.del_gift_category_language.DelGiftCategoryLanguageResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/send_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.send_gift.SendGiftResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_count"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_gift_count.GetGiftCountResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/copy_default_gift_config"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.copy_default_gift_config.CopyDefaultGiftConfigResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/edit_gift"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.edit_gift.EditGiftResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/edit_gift_category"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.edit_gift_category.EditGiftCategoryResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_srv/get_gift_info_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_srv.get_gift_info_list.GetGiftInfoListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_pk/create_battle"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.create_battle.CreateBattleResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_pk/set_battle_score"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.set_battle_score.SetBattleScoreResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_engine_http_pk/get_battle_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_engine_http_pk.get_battle_info.GetBattleInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.set_callback.SetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/update_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.update_callback.UpdateCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.get_callback.GetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.delete_callback.DeleteCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/set_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.set_callback_token.SetCallbackTokenResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/get_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.get_callback_token.GetCallbackTokenResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["live_config/delete_callback_token"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.live.live_config.delete_callback_token.DeleteCallbackTokenResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/create_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.create_room.CreateRoomResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/destroy_room"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.destroy_room.DestroyRoomResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/update_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.update_room_info.UpdateRoomInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/get_room_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.get_room_info.GetRoomInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/get_room_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.get_room_member_list.GetRoomMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/update_room_member_info"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.update_room_member_info.UpdateRoomMemberInfoResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/change_room_owner"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.change_room_owner.ChangeRoomOwnerResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/mark_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.mark_room_member.MarkRoomMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/ban_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.ban_room_member.BanRoomMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/unban_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.unban_room_member.UnbanRoomMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/get_banned_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.get_banned_member_list.GetBannedMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/kick_user_out"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.kick_user_out.KickUserOutResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/mute_room_member"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.mute_room_member.MuteRoomMemberResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/get_muted_member_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.get_muted_member_list.GetMutedMemberListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/add_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.add_robot.AddRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_srv/delete_robot"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_engine_http_srv.delete_robot.DeleteRobotResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_config/set_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.set_callback.SetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_config/update_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.update_callback.UpdateCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_config/get_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.get_callback.GetCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_config/delete_callback"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.room.room_config.delete_callback.DeleteCallbackResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/get_seat_list"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.get_seat_list.GetSeatListResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/pick_user_on_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.pick_user_on_seat.PickUserOnSeatResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/kick_user_off_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.kick_user_off_seat.KickUserOffSeatResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/lock_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.lock_seat.LockSeatResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/switch_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.switch_seat.SwitchSeatResponse: ...

    @overload
    def invoke(
        self,
        path: Literal["room_engine_http_mic/move_user_to_seat"],
        body: Mapping[str, Any] | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> trtc_sdk.models.seat.room_engine_http_mic.move_user_to_seat.MoveUserToSeatResponse: ...

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
