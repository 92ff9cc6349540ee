# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `group_open_http_svc`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.batch import BatchProgress, BatchResult
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.chat._enums.apply_join_option import (
        ApplyJoinOption,
    )
    from trtc_sdk.models.chat._enums.group_counter_mode import (
        GroupCounterMode,
    )
    from trtc_sdk.models.chat._enums.group_flag import (
        GroupFlag,
    )
    from trtc_sdk.models.chat._enums.group_forbid_callback import (
        GroupForbidCallback,
    )
    from trtc_sdk.models.chat._enums.group_list_type_filter import (
        GroupListTypeFilter,
    )
    from trtc_sdk.models.chat._enums.group_member_info_field import (
        GroupMemberInfoField,
    )
    from trtc_sdk.models.chat._enums.group_member_role import (
        GroupMemberRole,
    )
    from trtc_sdk.models.chat._enums.group_member_role_setting import (
        GroupMemberRoleSetting,
    )
    from trtc_sdk.models.chat._enums.group_msg_flag import (
        GroupMsgFlag,
    )
    from trtc_sdk.models.chat._enums.group_msg_priority import (
        GroupMsgPriority,
    )
    from trtc_sdk.models.chat._enums.group_receipt_list_filter import (
        GroupReceiptListFilter,
    )
    from trtc_sdk.models.chat._enums.group_send_msg_control import (
        GroupSendMsgControl,
    )
    from trtc_sdk.models.chat._enums.group_switch import (
        GroupSwitch,
    )
    from trtc_sdk.models.chat._enums.group_type import (
        GroupType,
    )
    from trtc_sdk.models.chat._enums.invite_join_option import (
        InviteJoinOption,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        MsgElementParam,
    )
    from trtc_sdk.models.chat._shared.offline_push_info_param import (
        OfflinePushInfoParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc._shared import (
        AppDefinedDataItemParam,
        GroupAttrEntryParam,
        GroupCounterEntryParam,
        GroupMemberInfo,
        GroupMsgSeqItemParam,
        PermissionGroupMemberParam,
        TopicPermissionParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc.add_group_member import (
        AddGroupMemberRequest,
        AddGroupMemberResponse,
        GroupMemberToAddParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc.add_permission_group_member import (
        AddPermissionGroupMemberRequest,
        AddPermissionGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.add_topic_permission_group import (
        AddTopicPermissionGroupRequest,
        AddTopicPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.ban_group_member import (
        BanGroupMemberRequest,
        BanGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.change_group_owner import (
        ChangeGroupOwnerRequest,
        ChangeGroupOwnerResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.clear_group_attr import (
        ClearGroupAttrRequest,
        ClearGroupAttrResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.clear_group_msg import (
        ClearGroupMsgRequest,
        ClearGroupMsgResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.create_group import (
        CreateGroupRequest,
        CreateGroupResponse,
        NewGroupMemberParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc.create_permission_group import (
        CreatePermissionGroupRequest,
        CreatePermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_group_attr import (
        DeleteGroupAttrRequest,
        DeleteGroupAttrResponse,
        GroupAttrKeyParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_group_counter import (
        DeleteGroupCounterRequest,
        DeleteGroupCounterResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_group_member import (
        DeleteGroupMemberRequest,
        DeleteGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_group_msg_by_sender import (
        DeleteGroupMsgBySenderRequest,
        DeleteGroupMsgBySenderResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_permission_group_member import (
        DeletePermissionGroupMemberRequest,
        DeletePermissionGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.delete_topic_permission_group import (
        DeleteTopicPermissionGroupRequest,
        DeleteTopicPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.destroy_group import (
        DestroyGroupRequest,
        DestroyGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.destroy_permission_group import (
        DestroyPermissionGroupRequest,
        DestroyPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.forbid_send_msg import (
        ForbidSendMsgRequest,
        ForbidSendMsgResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_appid_group_list import (
        GetAppidGroupListRequest,
        GetAppidGroupListResponse,
        GroupIdEntry,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_ban_member import (
        BannedGroupMember,
        GetGroupBanMemberRequest,
        GetGroupBanMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_counter import (
        GetGroupCounterRequest,
        GetGroupCounterResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_info import (
        GetGroupInfoRequest,
        GetGroupInfoResponse,
        GroupInfoResponseFilterParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_member_info import (
        GetGroupMemberInfoRequest,
        GetGroupMemberInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_msg_receipt import (
        GetGroupMsgReceiptRequest,
        GetGroupMsgReceiptResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_msg_receipt_detail import (
        GetGroupMsgReceiptDetailRequest,
        GetGroupMsgReceiptDetailResponse,
        GroupMsgReader,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_muted_account import (
        GetGroupMutedAccountRequest,
        GetGroupMutedAccountResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_group_shutted_uin import (
        GetGroupShuttedUinRequest,
        GetGroupShuttedUinResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_joined_group_list import (
        GetJoinedGroupListRequest,
        GetJoinedGroupListResponse,
        JoinedGroup,
        JoinedGroupResponseFilterParam,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_online_member_num import (
        GroupGetOnlineMemberNumRequest,
        GroupGetOnlineMemberNumResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_permission_group import (
        GetPermissionGroupRequest,
        GetPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_permission_group_member_list import (
        GetPermissionGroupMemberListRequest,
        GetPermissionGroupMemberListResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_pinned_messages import (
        GetPinnedMessagesRequest,
        GetPinnedMessagesResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_role_in_group import (
        GetRoleInGroupRequest,
        GetRoleInGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_specified_group_member_info import (
        GetSpecifiedGroupMemberInfoRequest,
        GetSpecifiedGroupMemberInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.get_topic_permission_group import (
        GetTopicPermissionGroupRequest,
        GetTopicPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.group_msg_get_simple import (
        GroupHistoryMsg,
        GroupMsgGetSimpleRequest,
        GroupMsgGetSimpleResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.group_msg_recall import (
        GroupMsgRecallRequest,
        GroupMsgRecallResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.group_msg_receipt import (
        GroupMsgReceiptRequest,
        GroupMsgReceiptResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.import_group import (
        ImportGroupRequest,
        ImportGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.import_group_member import (
        ImportGroupMemberItemParam,
        ImportGroupMemberRequest,
        ImportGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.import_group_msg import (
        ImportGroupMsgItemParam,
        ImportGroupMsgRequest,
        ImportGroupMsgResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.import_topic import (
        ImportTopicRequest,
        ImportTopicResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.modify_group_attr import (
        ModifyGroupAttrRequest,
        ModifyGroupAttrResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.modify_group_base_info import (
        ModifyGroupBaseInfoRequest,
        ModifyGroupBaseInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.modify_group_member_info import (
        ModifyGroupMemberInfoRequest,
        ModifyGroupMemberInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.modify_permission_group import (
        ModifyPermissionGroupRequest,
        ModifyPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.pin_message import (
        PinMessageRequest,
        PinMessageResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.send_broadcast_msg import (
        SendBroadcastMsgRequest,
        SendBroadcastMsgResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.send_group_msg import (
        GroupAtInfoParam,
        SendGroupMsgRequest,
        SendGroupMsgResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.send_group_system_notification import (
        SendGroupSystemNotificationRequest,
        SendGroupSystemNotificationResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.set_group_attr import (
        SetGroupAttrRequest,
        SetGroupAttrResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.set_topic_permission_group import (
        SetTopicPermissionGroupRequest,
        SetTopicPermissionGroupResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.set_unread_msg_num import (
        SetUnreadMsgNumRequest,
        SetUnreadMsgNumResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.unban_group_member import (
        UnbanGroupMemberRequest,
        UnbanGroupMemberResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.unpin_message import (
        UnpinMessageRequest,
        UnpinMessageResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc.update_group_counter import (
        UpdateGroupCounterRequest,
        UpdateGroupCounterResponse,
    )

__all__ = [
    "AsyncGroupService",
    "GroupService",
]


class GroupService(SyncService):
    """Groups and communities of a Chat app, their members, messages, attributes, counters and permission groups. (`group_open_http_svc`)"""

    __slots__ = ()

    @overload
    def create_group(
        self,
        request: CreateGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateGroupResponse: ...

    @overload
    def create_group(
        self,
        *,
        type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"],
        name: str,
        owner_account: str | None = None,
        group_id: str | None = None,
        introduction: str | None = None,
        notification: str | None = None,
        face_url: str | None = None,
        max_member_count: int | None = None,
        apply_join_option: ApplyJoinOption | Literal["FreeAccess", "NeedPermission", "DisableApply"] | None = None,
        invite_join_option: InviteJoinOption | Literal["FreeAccess", "NeedPermission", "DisableInvite"] | None = None,
        app_defined_data: Sequence[AppDefinedDataItemParam] | None = None,
        member_list: Sequence[NewGroupMemberParam] | None = None,
        support_topic: GroupFlag | Literal[0, 1] | None = None,
        enable_permission: GroupFlag | Literal[0, 1] | None = None,
        default_permission: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateGroupResponse: ...

    def create_group(
        self,
        request: CreateGroupRequest | None = None,
        *,
        type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None = None,
        name: str | None = None,
        owner_account: str | None = None,
        group_id: str | None = None,
        introduction: str | None = None,
        notification: str | None = None,
        face_url: str | None = None,
        max_member_count: int | None = None,
        apply_join_option: ApplyJoinOption | Literal["FreeAccess", "NeedPermission", "DisableApply"] | None = None,
        invite_join_option: InviteJoinOption | Literal["FreeAccess", "NeedPermission", "DisableInvite"] | None = None,
        app_defined_data: Sequence[AppDefinedDataItemParam] | None = None,
        member_list: Sequence[NewGroupMemberParam] | None = None,
        support_topic: GroupFlag | Literal[0, 1] | None = None,
        enable_permission: GroupFlag | Literal[0, 1] | None = None,
        default_permission: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateGroupResponse:
        """Create a group.

        Creates a group of the given type, optionally with an owner, a custom group ID, profile fields,
        custom data and initial members (not for AVChatRoom, whose members must join through the client
        SDK).

        `POST /v4/group_open_http_svc/create_group` - https://trtc.io/document/34895
        Idempotent: no (Without a GroupId every call creates another group; with one, a repeat fails with 10025 or 10021.)
        Rate limit: 200 requests/s.

        Args:
            type: Group type (send Private for Work groups and ChatRoom for Meeting groups).
            name: Group name.
            owner_account: User ID of the owner (an imported account), who also becomes a member; omitted: the
                group has no owner.
            group_id: Custom group ID: printable ASCII, shorter than 48 bytes, not starting with @TGS# (the
                prefix of generated IDs); community IDs must start with @TGS#_. Omitted: the server
                generates one.
            introduction: Introduction.
            notification: Notice.
            face_url: Avatar URL.
            max_member_count: Member cap (note: MaxMemberNum in modify_group_base_info and in replies). Unit: count.
                Server default when omitted: the member limit of the package.
            apply_join_option: How applications to join are handled; meaningful only for types users can apply to, not
                supported for Community. Server default when omitted: NeedPermission. Group types:
                Private, Public, ChatRoom, AVChatRoom.
            invite_join_option: How invitations from the client SDK are handled (newer field; not for AVChatRoom). Group
                types: Private, Public, ChatRoom, Community.
            app_defined_data: Group-level custom fields (keys configured in the console first; up to 10 keys, values
                up to 512 bytes, binary allowed).
            member_list: Initial members (not for AVChatRoom: 10007). Group types: Private, Public, ChatRoom,
                Community.
            support_topic: Whether the community has topics. Group types: Community.
            enable_permission: Whether permission groups decide member permissions (topic-enabled communities; newer
                field). Group types: Community.
            default_permission: Default permission bits of members when EnablePermission is 1 (newer field). Group
                types: Community.
        """
        return cast(
            "CreateGroupResponse",
            self._client._call(
                "group_open_http_svc/create_group",
                request,
                {
                    **unknown_fields,
                    "type": type,
                    "name": name,
                    "owner_account": owner_account,
                    "group_id": group_id,
                    "introduction": introduction,
                    "notification": notification,
                    "face_url": face_url,
                    "max_member_count": max_member_count,
                    "apply_join_option": apply_join_option,
                    "invite_join_option": invite_join_option,
                    "app_defined_data": app_defined_data,
                    "member_list": member_list,
                    "support_topic": support_topic,
                    "enable_permission": enable_permission,
                    "default_permission": default_permission,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_appid_group_list(
        self,
        request: GetAppidGroupListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetAppidGroupListResponse: ...

    @overload
    def get_appid_group_list(
        self,
        *,
        limit: int | None = None,
        next: int | None = None,
        group_type: GroupListTypeFilter
        | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "BChatRoom", "Community"]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetAppidGroupListResponse: ...

    def get_appid_group_list(
        self,
        request: GetAppidGroupListRequest | None = None,
        *,
        limit: int | None = None,
        next: int | None = None,
        group_type: GroupListTypeFilter
        | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "BChatRoom", "Community"]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetAppidGroupListResponse:
        """List the groups of the app.

        Pages through the IDs of all groups of the app, optionally of one type, with a 64-bit cursor.

        `POST /v4/group_open_http_svc/get_appid_group_list` - https://trtc.io/document/34960
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            limit: Maximum number of group IDs in the reply. Server default when omitted: 10000.
            next: Cursor: 0 for the first page, then the Next of the previous reply. Server default when
                omitted: 0.
            group_type: Only groups of this type (TotalCount then counts that type only).
        """
        return cast(
            "GetAppidGroupListResponse",
            self._client._call(
                "group_open_http_svc/get_appid_group_list",
                request,
                {
                    **unknown_fields,
                    "limit": limit,
                    "next": next,
                    "group_type": group_type,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_appid_group_list(
            self,
            *,
            limit: int | None = None,
            group_type: GroupListTypeFilter
            | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "BChatRoom", "Community"]
            | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[GroupIdEntry]: ...

    else:

        def iter_get_appid_group_list(
            self,
            *,
            limit: int | None = None,
            group_type: GroupListTypeFilter
            | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "BChatRoom", "Community"]
            | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[GroupIdEntry]:
            """Every item of `get_appid_group_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_http_svc/get_appid_group_list",
                {
                    **unknown_fields,
                    "limit": limit,
                    "group_type": group_type,
                },
                extra_body,
                request_options,
            )

    @overload
    def destroy_group(
        self,
        request: DestroyGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyGroupResponse: ...

    @overload
    def destroy_group(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyGroupResponse: ...

    def destroy_group(
        self,
        request: DestroyGroupRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DestroyGroupResponse:
        """Dismiss a group.

        Dismisses a group for good.

        `POST /v4/group_open_http_svc/destroy_group` - https://trtc.io/document/34896
        Idempotent: yes (A dismissed group stays dismissed; a repeat answers 10010.)
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to dismiss.
        """
        return cast(
            "DestroyGroupResponse",
            self._client._call(
                "group_open_http_svc/destroy_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_group_info(
        self,
        request: GetGroupInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupInfoResponse: ...

    @overload
    def get_group_info(
        self,
        *,
        group_id_list: Sequence[str],
        response_filter: GroupInfoResponseFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupInfoResponse: ...

    def get_group_info(
        self,
        request: GetGroupInfoRequest | None = None,
        *,
        group_id_list: Sequence[str] | None = None,
        response_filter: GroupInfoResponseFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupInfoResponse:
        """Get group profiles.

        Returns the profiles of up to 50 groups: basic fields, members and custom fields, optionally
        filtered; each group carries its own result code.

        `POST /v4/group_open_http_svc/get_group_info` - https://trtc.io/document/34961
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in GroupInfo; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id_list: Groups to read.
            response_filter: Which fields to return; omitted, everything is returned.
        """
        return cast(
            "GetGroupInfoResponse",
            self._client._call(
                "group_open_http_svc/get_group_info",
                request,
                {
                    **unknown_fields,
                    "group_id_list": group_id_list,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def get_group_info_in_batches(
            self,
            *,
            group_id_list: Sequence[str],
            response_filter: GroupInfoResponseFilterParam | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def get_group_info_in_batches(
            self,
            *,
            group_id_list: Sequence[str] | None = None,
            response_filter: GroupInfoResponseFilterParam | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`get_group_info` for any number of group_id_list: 50 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/get_group_info",
                "group_id_list",
                {
                    **unknown_fields,
                    "group_id_list": group_id_list,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def modify_group_base_info(
        self,
        request: ModifyGroupBaseInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyGroupBaseInfoResponse: ...

    @overload
    def modify_group_base_info(
        self,
        *,
        group_id: str,
        name: str | None = None,
        introduction: str | None = None,
        notification: str | None = None,
        face_url: str | None = None,
        max_member_num: int | None = None,
        apply_join_option: ApplyJoinOption | Literal["FreeAccess", "NeedPermission", "DisableApply"] | None = None,
        mute_all_member: GroupSwitch | Literal["On", "Off"] | None = None,
        app_defined_data: Sequence[AppDefinedDataItemParam] | None = None,
        invite_join_option: InviteJoinOption | Literal["FreeAccess", "NeedPermission", "DisableInvite"] | None = None,
        from_account: str | None = None,
        enable_permission: GroupFlag | Literal[0, 1] | None = None,
        default_permission: int | None = None,
        history_msg_before_join: GroupSwitch | Literal["On", "Off"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyGroupBaseInfoResponse: ...

    def modify_group_base_info(
        self,
        request: ModifyGroupBaseInfoRequest | None = None,
        *,
        group_id: str | None = None,
        name: str | None = None,
        introduction: str | None = None,
        notification: str | None = None,
        face_url: str | None = None,
        max_member_num: int | None = None,
        apply_join_option: ApplyJoinOption | Literal["FreeAccess", "NeedPermission", "DisableApply"] | None = None,
        mute_all_member: GroupSwitch | Literal["On", "Off"] | None = None,
        app_defined_data: Sequence[AppDefinedDataItemParam] | None = None,
        invite_join_option: InviteJoinOption | Literal["FreeAccess", "NeedPermission", "DisableInvite"] | None = None,
        from_account: str | None = None,
        enable_permission: GroupFlag | Literal[0, 1] | None = None,
        default_permission: int | None = None,
        history_msg_before_join: GroupSwitch | Literal["On", "Off"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyGroupBaseInfoResponse:
        """Change a group profile.

        Changes the basic fields, the whole-group mute, join and invitation policies and group-level
        custom fields of a group.

        `POST /v4/group_open_http_svc/modify_group_base_info` - https://trtc.io/document/34962
        Idempotent: yes (The given fields are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to change.
            name: New name.
            introduction: New introduction.
            notification: New notice.
            face_url: New avatar URL.
            max_member_num: New member cap, within the package limit (ignored for AVChatRoom). Unit: count. Group
                types: Private, Public, ChatRoom, Community.
            apply_join_option: Join-application policy (not for Community). Group types: Private, Public, ChatRoom,
                AVChatRoom.
            mute_all_member: On mutes everyone except the owner, administrators and the app administrator.
            app_defined_data: Group-level custom fields to set; an empty Value deletes that key.
            invite_join_option: Invitation policy (newer field; not for AVChatRoom). Group types: Private, Public,
                ChatRoom, Community.
            from_account: User shown as the operator of the change instead of the administrator (newer field);
                must exist.
            enable_permission: Turn permission groups on or off for a topic-enabled community (newer field). Group
                types: Community.
            default_permission: Default permission bits of members (newer field). Group types: Community.
            history_msg_before_join: Whether new members see messages posted before they joined (newer field). Group types:
                Private, Public, ChatRoom.
        """
        return cast(
            "ModifyGroupBaseInfoResponse",
            self._client._call(
                "group_open_http_svc/modify_group_base_info",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "name": name,
                    "introduction": introduction,
                    "notification": notification,
                    "face_url": face_url,
                    "max_member_num": max_member_num,
                    "apply_join_option": apply_join_option,
                    "mute_all_member": mute_all_member,
                    "app_defined_data": app_defined_data,
                    "invite_join_option": invite_join_option,
                    "from_account": from_account,
                    "enable_permission": enable_permission,
                    "default_permission": default_permission,
                    "history_msg_before_join": history_msg_before_join,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_joined_group_list(
        self,
        request: GetJoinedGroupListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetJoinedGroupListResponse: ...

    @overload
    def get_joined_group_list(
        self,
        *,
        member_account: str,
        with_huge_groups: GroupFlag | Literal[0, 1] | None = None,
        with_no_active_groups: GroupFlag | Literal[0, 1] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        group_type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None = None,
        response_filter: JoinedGroupResponseFilterParam | None = None,
        support_topic: GroupFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetJoinedGroupListResponse: ...

    def get_joined_group_list(
        self,
        request: GetJoinedGroupListRequest | None = None,
        *,
        member_account: str | None = None,
        with_huge_groups: GroupFlag | Literal[0, 1] | None = None,
        with_no_active_groups: GroupFlag | Literal[0, 1] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        group_type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None = None,
        response_filter: JoinedGroupResponseFilterParam | None = None,
        support_topic: GroupFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetJoinedGroupListResponse:
        """List the groups a user joined.

        Returns the groups a user belongs to, optionally of one type, with selected group fields and the
        user's own membership data; AVChatRoom and not-yet-activated work groups only on request.

        `POST /v4/group_open_http_svc/get_joined_group_list` - https://trtc.io/document/34925
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            member_account: User whose groups are listed.
            with_huge_groups: 1 includes AVChatRoom groups (their data may be incomplete). Server default when
                omitted: 0.
            with_no_active_groups: 1 includes work groups that are not activated yet. Server default when omitted: 0.
            limit: Groups per call; omitted, all groups are returned.
            offset: Position of the first group to return: (page - 1) x page size. Server default when
                omitted: 0.
            group_type: Only groups of this type.
            response_filter: Which group and membership fields to return.
            support_topic: Only communities with (1) or without (0) topics; the table says GroupType must then be
                Community. Group types: Community.
        """
        return cast(
            "GetJoinedGroupListResponse",
            self._client._call(
                "group_open_http_svc/get_joined_group_list",
                request,
                {
                    **unknown_fields,
                    "member_account": member_account,
                    "with_huge_groups": with_huge_groups,
                    "with_no_active_groups": with_no_active_groups,
                    "limit": limit,
                    "offset": offset,
                    "group_type": group_type,
                    "response_filter": response_filter,
                    "support_topic": support_topic,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_joined_group_list(
            self,
            *,
            member_account: str,
            with_huge_groups: GroupFlag | Literal[0, 1] | None = None,
            with_no_active_groups: GroupFlag | Literal[0, 1] | None = None,
            limit: int | None = None,
            group_type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None = None,
            response_filter: JoinedGroupResponseFilterParam | None = None,
            support_topic: GroupFlag | Literal[0, 1] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[JoinedGroup]: ...

    else:

        def iter_get_joined_group_list(
            self,
            *,
            member_account: str | None = None,
            with_huge_groups: GroupFlag | Literal[0, 1] | None = None,
            with_no_active_groups: GroupFlag | Literal[0, 1] | None = None,
            limit: int | None = None,
            group_type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None = None,
            response_filter: JoinedGroupResponseFilterParam | None = None,
            support_topic: GroupFlag | Literal[0, 1] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[JoinedGroup]:
            """Every item of `get_joined_group_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_http_svc/get_joined_group_list",
                {
                    **unknown_fields,
                    "member_account": member_account,
                    "with_huge_groups": with_huge_groups,
                    "with_no_active_groups": with_no_active_groups,
                    "limit": limit,
                    "group_type": group_type,
                    "response_filter": response_filter,
                    "support_topic": support_topic,
                },
                extra_body,
                request_options,
            )

    @overload
    def get_group_member_info(
        self,
        request: GetGroupMemberInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupMemberInfoResponse: ...

    @overload
    def get_group_member_info(
        self,
        *,
        group_id: str,
        member_info_filter: Sequence[
            GroupMemberInfoField
            | Literal[
                "Member_Account",
                "Role",
                "JoinTime",
                "MsgSeq",
                "MsgFlag",
                "LastSendMsgTime",
                "MuteUntil",
                "NameCard",
                "OnlineStatus",
            ]
            | str
        ]
        | None = None,
        member_role_filter: Sequence[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None = None,
        app_defined_data_filter_group_member: Sequence[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        next: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupMemberInfoResponse: ...

    def get_group_member_info(
        self,
        request: GetGroupMemberInfoRequest | None = None,
        *,
        group_id: str | None = None,
        member_info_filter: Sequence[
            GroupMemberInfoField
            | Literal[
                "Member_Account",
                "Role",
                "JoinTime",
                "MsgSeq",
                "MsgFlag",
                "LastSendMsgTime",
                "MuteUntil",
                "NameCard",
                "OnlineStatus",
            ]
            | str
        ]
        | None = None,
        member_role_filter: Sequence[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None = None,
        app_defined_data_filter_group_member: Sequence[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        next: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupMemberInfoResponse:
        """Get group member profiles.

        Returns the members of a group with their profiles and member-level custom fields, optionally
        filtered by field and role; communities page with a Next cursor, other groups with Limit and
        Offset.

        `POST /v4/group_open_http_svc/get_group_member_info` - https://trtc.io/document/34948
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group to read.
            member_info_filter: Member fields to return (Member_Account always comes back); omitted, all fields.
            member_role_filter: Only members with these roles; omitted, all roles.
            app_defined_data_filter_group_member: Keys of member-level custom fields to return.
            limit: Members per call (at most 100 with Next, 200 recommended with Offset); omitted, every
                member.
            offset: Position of the first member to return: (page - 1) x page size. Not supported for
                communities. Server default when omitted: 0. Group types: Private, Public, ChatRoom.
            next: Community cursor, required for communities: empty for the first call, then the Next of
                the previous reply. Group types: Community.
        """
        return cast(
            "GetGroupMemberInfoResponse",
            self._client._call(
                "group_open_http_svc/get_group_member_info",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_info_filter": member_info_filter,
                    "member_role_filter": member_role_filter,
                    "app_defined_data_filter_group_member": app_defined_data_filter_group_member,
                    "limit": limit,
                    "offset": offset,
                    "next": next,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_group_member_info(
            self,
            *,
            group_id: str,
            member_info_filter: Sequence[
                GroupMemberInfoField
                | Literal[
                    "Member_Account",
                    "Role",
                    "JoinTime",
                    "MsgSeq",
                    "MsgFlag",
                    "LastSendMsgTime",
                    "MuteUntil",
                    "NameCard",
                    "OnlineStatus",
                ]
                | str
            ]
            | None = None,
            member_role_filter: Sequence[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None = None,
            app_defined_data_filter_group_member: Sequence[str] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[GroupMemberInfo]: ...

    else:

        def iter_get_group_member_info(
            self,
            *,
            group_id: str | None = None,
            member_info_filter: Sequence[
                GroupMemberInfoField
                | Literal[
                    "Member_Account",
                    "Role",
                    "JoinTime",
                    "MsgSeq",
                    "MsgFlag",
                    "LastSendMsgTime",
                    "MuteUntil",
                    "NameCard",
                    "OnlineStatus",
                ]
                | str
            ]
            | None = None,
            member_role_filter: Sequence[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None = None,
            app_defined_data_filter_group_member: Sequence[str] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[GroupMemberInfo]:
            """Every item of `get_group_member_info`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_http_svc/get_group_member_info",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_info_filter": member_info_filter,
                    "member_role_filter": member_role_filter,
                    "app_defined_data_filter_group_member": app_defined_data_filter_group_member,
                    "limit": limit,
                    "offset": offset,
                },
                extra_body,
                request_options,
            )

    @overload
    def get_specified_group_member_info(
        self,
        request: GetSpecifiedGroupMemberInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSpecifiedGroupMemberInfoResponse: ...

    @overload
    def get_specified_group_member_info(
        self,
        *,
        group_id: str,
        member_list_account: Sequence[str],
        member_info_filter: Sequence[
            GroupMemberInfoField
            | Literal[
                "Member_Account",
                "Role",
                "JoinTime",
                "MsgSeq",
                "MsgFlag",
                "LastSendMsgTime",
                "MuteUntil",
                "NameCard",
                "OnlineStatus",
            ]
            | str
        ]
        | None = None,
        member_role_filter: Sequence[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None = None,
        app_defined_data_filter_group_member: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSpecifiedGroupMemberInfoResponse: ...

    def get_specified_group_member_info(
        self,
        request: GetSpecifiedGroupMemberInfoRequest | None = None,
        *,
        group_id: str | None = None,
        member_list_account: Sequence[str] | None = None,
        member_info_filter: Sequence[
            GroupMemberInfoField
            | Literal[
                "Member_Account",
                "Role",
                "JoinTime",
                "MsgSeq",
                "MsgFlag",
                "LastSendMsgTime",
                "MuteUntil",
                "NameCard",
                "OnlineStatus",
            ]
            | str
        ]
        | None = None,
        member_role_filter: Sequence[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None = None,
        app_defined_data_filter_group_member: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetSpecifiedGroupMemberInfoResponse:
        """Get profiles of given members.

        Returns the profiles and member-level custom fields of up to 50 named members of one group.

        `POST /v4/group_open_http_svc/get_specified_group_member_info` - https://trtc.io/document/64897
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group to read.
            member_list_account: Members to read.
            member_info_filter: Member fields to return (Member_Account always comes back; OnlineStatus needs the
                online-status feature).
            member_role_filter: Only members with these roles.
            app_defined_data_filter_group_member: Keys of member-level custom fields to return.
        """
        return cast(
            "GetSpecifiedGroupMemberInfoResponse",
            self._client._call(
                "group_open_http_svc/get_specified_group_member_info",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_list_account": member_list_account,
                    "member_info_filter": member_info_filter,
                    "member_role_filter": member_role_filter,
                    "app_defined_data_filter_group_member": app_defined_data_filter_group_member,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def get_specified_group_member_info_in_batches(
            self,
            *,
            group_id: str,
            member_list_account: Sequence[str],
            member_info_filter: Sequence[
                GroupMemberInfoField
                | Literal[
                    "Member_Account",
                    "Role",
                    "JoinTime",
                    "MsgSeq",
                    "MsgFlag",
                    "LastSendMsgTime",
                    "MuteUntil",
                    "NameCard",
                    "OnlineStatus",
                ]
                | str
            ]
            | None = None,
            member_role_filter: Sequence[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None = None,
            app_defined_data_filter_group_member: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def get_specified_group_member_info_in_batches(
            self,
            *,
            group_id: str | None = None,
            member_list_account: Sequence[str] | None = None,
            member_info_filter: Sequence[
                GroupMemberInfoField
                | Literal[
                    "Member_Account",
                    "Role",
                    "JoinTime",
                    "MsgSeq",
                    "MsgFlag",
                    "LastSendMsgTime",
                    "MuteUntil",
                    "NameCard",
                    "OnlineStatus",
                ]
                | str
            ]
            | None = None,
            member_role_filter: Sequence[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None = None,
            app_defined_data_filter_group_member: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`get_specified_group_member_info` for any number of member_list_account: 50 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/get_specified_group_member_info",
                "member_list_account",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_list_account": member_list_account,
                    "member_info_filter": member_info_filter,
                    "member_role_filter": member_role_filter,
                    "app_defined_data_filter_group_member": app_defined_data_filter_group_member,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def add_group_member(
        self,
        request: AddGroupMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddGroupMemberResponse: ...

    @overload
    def add_group_member(
        self,
        *,
        group_id: str,
        member_list: Sequence[GroupMemberToAddParam],
        silence: GroupFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddGroupMemberResponse: ...

    def add_group_member(
        self,
        request: AddGroupMemberRequest | None = None,
        *,
        group_id: str | None = None,
        member_list: Sequence[GroupMemberToAddParam] | None = None,
        silence: GroupFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddGroupMemberResponse:
        """Add group members.

        Adds up to 300 users to a group, optionally without notifying anyone, and reports the outcome
        per user; not for AVChatRoom, which users can only join by applying.

        `POST /v4/group_open_http_svc/add_group_member` - https://trtc.io/document/34921
        Idempotent: yes (Adding a user who is already a member reports Result 2 and leaves the group unchanged.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.
        Partial success: results per item in MemberList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Group to add to.
            member_list: Users to add.
            silence: 1 adds the users without notifying anyone. Server default when omitted: 0.
        """
        return cast(
            "AddGroupMemberResponse",
            self._client._call(
                "group_open_http_svc/add_group_member",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_list": member_list,
                    "silence": silence,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def add_group_member_in_batches(
            self,
            *,
            group_id: str,
            member_list: Sequence[GroupMemberToAddParam],
            silence: GroupFlag | Literal[0, 1] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[GroupMemberToAddParam]: ...

    else:

        def add_group_member_in_batches(
            self,
            *,
            group_id: str | None = None,
            member_list: Sequence[GroupMemberToAddParam] | None = None,
            silence: GroupFlag | Literal[0, 1] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[GroupMemberToAddParam]:
            """`add_group_member` for any number of member_list: 300 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/add_group_member",
                "member_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_list": member_list,
                    "silence": silence,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def delete_group_member(
        self,
        request: DeleteGroupMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteGroupMemberResponse: ...

    @overload
    def delete_group_member(
        self,
        *,
        group_id: str,
        member_to_del_account: Sequence[str],
        silence: GroupFlag | Literal[0, 1] | None = None,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteGroupMemberResponse: ...

    def delete_group_member(
        self,
        request: DeleteGroupMemberRequest | None = None,
        *,
        group_id: str | None = None,
        member_to_del_account: Sequence[str] | None = None,
        silence: GroupFlag | Literal[0, 1] | None = None,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteGroupMemberResponse:
        """Remove group members.

        Removes up to 100 members from a group, optionally silently and with a reason shown in the
        notification.

        `POST /v4/group_open_http_svc/delete_group_member` - https://trtc.io/document/34949
        Idempotent: yes (Removing a user who is not a member still succeeds, so a repeat leaves the same members.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group to remove from.
            member_to_del_account: User IDs to remove.
            silence: 1 removes silently: only the removed members are told. Server default when omitted: 0.
            reason: Reason shown in the removal notification.
        """
        return cast(
            "DeleteGroupMemberResponse",
            self._client._call(
                "group_open_http_svc/delete_group_member",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_to_del_account": member_to_del_account,
                    "silence": silence,
                    "reason": reason,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def delete_group_member_in_batches(
            self,
            *,
            group_id: str,
            member_to_del_account: Sequence[str],
            silence: GroupFlag | Literal[0, 1] | None = None,
            reason: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def delete_group_member_in_batches(
            self,
            *,
            group_id: str | None = None,
            member_to_del_account: Sequence[str] | None = None,
            silence: GroupFlag | Literal[0, 1] | None = None,
            reason: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`delete_group_member` for any number of member_to_del_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/delete_group_member",
                "member_to_del_account",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_to_del_account": member_to_del_account,
                    "silence": silence,
                    "reason": reason,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def modify_group_member_info(
        self,
        request: ModifyGroupMemberInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyGroupMemberInfoResponse: ...

    @overload
    def modify_group_member_info(
        self,
        *,
        group_id: str,
        member_account: str,
        role: GroupMemberRoleSetting | Literal["Admin", "Member"] | None = None,
        msg_flag: GroupMsgFlag | Literal["AcceptAndNotify", "AcceptNotNotify", "Discard"] | None = None,
        name_card: str | None = None,
        app_member_defined_data: Sequence[AppDefinedDataItemParam] | None = None,
        mute_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyGroupMemberInfoResponse: ...

    def modify_group_member_info(
        self,
        request: ModifyGroupMemberInfoRequest | None = None,
        *,
        group_id: str | None = None,
        member_account: str | None = None,
        role: GroupMemberRoleSetting | Literal["Admin", "Member"] | None = None,
        msg_flag: GroupMsgFlag | Literal["AcceptAndNotify", "AcceptNotNotify", "Discard"] | None = None,
        name_card: str | None = None,
        app_member_defined_data: Sequence[AppDefinedDataItemParam] | None = None,
        mute_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyGroupMemberInfoResponse:
        """Change a member profile.

        Changes one member's role (administrator or not), message option, name card, member-level custom
        fields or mute time.

        `POST /v4/group_open_http_svc/modify_group_member_info` - https://trtc.io/document/34900
        Idempotent: yes (The given fields are overwritten with the same values (a mute time counts again from the latest call).)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group of the member.
            member_account: Member to change.
            role: Admin grants, Member revokes the administrator role; the owner's role cannot be changed
                here.
            msg_flag: Message receiving option.
            name_card: Name card in the group.
            app_member_defined_data: Member-level custom fields to set (values up to 64 bytes).
            mute_time: Mute the member for this long; 0 lifts the mute (not for work groups). Unit: seconds.
                Group types: Public, ChatRoom, Community.
        """
        return cast(
            "ModifyGroupMemberInfoResponse",
            self._client._call(
                "group_open_http_svc/modify_group_member_info",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_account": member_account,
                    "role": role,
                    "msg_flag": msg_flag,
                    "name_card": name_card,
                    "app_member_defined_data": app_member_defined_data,
                    "mute_time": mute_time,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_role_in_group(
        self,
        request: GetRoleInGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoleInGroupResponse: ...

    @overload
    def get_role_in_group(
        self,
        *,
        group_id: str,
        user_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoleInGroupResponse: ...

    def get_role_in_group(
        self,
        request: GetRoleInGroupRequest | None = None,
        *,
        group_id: str | None = None,
        user_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRoleInGroupResponse:
        """Get member roles.

        Returns the role (owner, administrator, member or not a member) of up to 500 users in one group.

        `POST /v4/group_open_http_svc/get_role_in_group` - https://trtc.io/document/34963
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group to query.
            user_account: User IDs to check.
        """
        return cast(
            "GetRoleInGroupResponse",
            self._client._call(
                "group_open_http_svc/get_role_in_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "user_account": user_account,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def get_role_in_group_in_batches(
            self,
            *,
            group_id: str,
            user_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def get_role_in_group_in_batches(
            self,
            *,
            group_id: str | None = None,
            user_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`get_role_in_group` for any number of user_account: 500 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/get_role_in_group",
                "user_account",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "user_account": user_account,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def forbid_send_msg(
        self,
        request: ForbidSendMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ForbidSendMsgResponse: ...

    @overload
    def forbid_send_msg(
        self,
        *,
        group_id: str,
        members_account: Sequence[str],
        mute_time: int,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ForbidSendMsgResponse: ...

    def forbid_send_msg(
        self,
        request: ForbidSendMsgRequest | None = None,
        *,
        group_id: str | None = None,
        members_account: Sequence[str] | None = None,
        mute_time: int | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ForbidSendMsgResponse:
        """Mute or unmute members.

        Mutes up to 500 members for a number of seconds, or unmutes them with 0, in the whole group or
        in one community topic.

        `POST /v4/group_open_http_svc/forbid_send_msg` - https://trtc.io/document/34951
        Idempotent: yes (Muting again keeps the members muted (the end is counted from the latest call); unmuting twice leaves them unmuted.)
        Rate limit: 200 requests/s.
        Group types: Public, ChatRoom, AVChatRoom, Community.

        Args:
            group_id: Group of the members.
            members_account: Members to mute or unmute (note the plural Members_).
            mute_time: Length of the mute; 0 unmutes, 4294967295 mutes for good. Unit: seconds.
            topic_id: Only in this topic of a topic-enabled community. Group types: Community.
        """
        return cast(
            "ForbidSendMsgResponse",
            self._client._call(
                "group_open_http_svc/forbid_send_msg",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "members_account": members_account,
                    "mute_time": mute_time,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def forbid_send_msg_in_batches(
            self,
            *,
            group_id: str,
            members_account: Sequence[str],
            mute_time: int,
            topic_id: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def forbid_send_msg_in_batches(
            self,
            *,
            group_id: str | None = None,
            members_account: Sequence[str] | None = None,
            mute_time: int | None = None,
            topic_id: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`forbid_send_msg` for any number of members_account: 500 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/forbid_send_msg",
                "members_account",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "members_account": members_account,
                    "mute_time": mute_time,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def get_group_muted_account(
        self,
        request: GetGroupMutedAccountRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupMutedAccountResponse: ...

    @overload
    def get_group_muted_account(
        self,
        *,
        group_id: str,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupMutedAccountResponse: ...

    def get_group_muted_account(
        self,
        request: GetGroupMutedAccountRequest | None = None,
        *,
        group_id: str | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupMutedAccountResponse:
        """List muted members.

        Returns the muted members of a group (or of one community topic) with the end of each mute.

        `POST /v4/group_open_http_svc/get_group_muted_account` - https://trtc.io/document/34964
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to read.
            topic_id: Only this topic of a topic-enabled community. Group types: Community.
        """
        return cast(
            "GetGroupMutedAccountResponse",
            self._client._call(
                "group_open_http_svc/get_group_muted_account",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_group_shutted_uin(
        self,
        request: GetGroupShuttedUinRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupShuttedUinResponse: ...

    @overload
    def get_group_shutted_uin(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupShuttedUinResponse: ...

    def get_group_shutted_uin(
        self,
        request: GetGroupShuttedUinRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupShuttedUinResponse:
        """List muted members (legacy name).

        The older name of get_group_muted_account, still on the English list page; replies with
        ShuttedUinList.

        `POST /v4/group_open_http_svc/get_group_shutted_uin` - https://trtc.io/document/34964
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.
        Group types: Private, Public, ChatRoom, AVChatRoom.

        Args:
            group_id: Group to read.
        """
        return cast(
            "GetGroupShuttedUinResponse",
            self._client._call(
                "group_open_http_svc/get_group_shutted_uin",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def change_group_owner(
        self,
        request: ChangeGroupOwnerRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ChangeGroupOwnerResponse: ...

    @overload
    def change_group_owner(
        self,
        *,
        group_id: str,
        new_owner_account: str,
        from_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ChangeGroupOwnerResponse: ...

    def change_group_owner(
        self,
        request: ChangeGroupOwnerRequest | None = None,
        *,
        group_id: str | None = None,
        new_owner_account: str | None = None,
        from_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ChangeGroupOwnerResponse:
        """Transfer group ownership.

        Makes a member the owner of the group (also gives an owner-less group an owner).

        `POST /v4/group_open_http_svc/change_group_owner` - https://trtc.io/document/34966
        Idempotent: yes (Transferring to the same user again leaves the same owner.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group to change.
            new_owner_account: New owner; must already be a member.
            from_account: User shown as the operator of the transfer (newer field).
        """
        return cast(
            "ChangeGroupOwnerResponse",
            self._client._call(
                "group_open_http_svc/change_group_owner",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "new_owner_account": new_owner_account,
                    "from_account": from_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def set_unread_msg_num(
        self,
        request: SetUnreadMsgNumRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetUnreadMsgNumResponse: ...

    @overload
    def set_unread_msg_num(
        self,
        *,
        group_id: str,
        member_account: str,
        unread_msg_num: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetUnreadMsgNumResponse: ...

    def set_unread_msg_num(
        self,
        request: SetUnreadMsgNumRequest | None = None,
        *,
        group_id: str | None = None,
        member_account: str | None = None,
        unread_msg_num: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetUnreadMsgNumResponse:
        """Set a member's unread count.

        Sets the unread message count of one member in a group, for example after a migration.

        `POST /v4/group_open_http_svc/set_unread_msg_num` - https://trtc.io/document/34909
        Idempotent: yes (Sets an absolute value.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, Community.

        Args:
            group_id: Group of the member.
            member_account: Member to change.
            unread_msg_num: Unread count; capped at the number of messages in the group. Unit: count.
        """
        return cast(
            "SetUnreadMsgNumResponse",
            self._client._call(
                "group_open_http_svc/set_unread_msg_num",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_account": member_account,
                    "unread_msg_num": unread_msg_num,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def send_group_msg(
        self,
        request: SendGroupMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendGroupMsgResponse: ...

    @overload
    def send_group_msg(
        self,
        *,
        group_id: str,
        msg_body: Sequence[MsgElementParam],
        random: int | None = None,
        msg_priority: GroupMsgPriority | Literal["High", "Normal", "Low"] | None = None,
        from_account: str | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        forbid_callback_control: Sequence[
            GroupForbidCallback | Literal["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]
        ]
        | None = None,
        online_only_flag: int | None = None,
        send_msg_control: Sequence[GroupSendMsgControl | Literal["NoLastMsg", "NoUnread"]] | None = None,
        cloud_custom_data: str | None = None,
        support_message_extension: GroupFlag | Literal[0, 1] | None = None,
        to_account: Sequence[str] | None = None,
        topic_id: str | None = None,
        group_at_info: Sequence[GroupAtInfoParam] | None = None,
        need_read_receipt: GroupFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendGroupMsgResponse: ...

    def send_group_msg(
        self,
        request: SendGroupMsgRequest | None = None,
        *,
        group_id: str | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        random: int | None = None,
        msg_priority: GroupMsgPriority | Literal["High", "Normal", "Low"] | None = None,
        from_account: str | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        forbid_callback_control: Sequence[
            GroupForbidCallback | Literal["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]
        ]
        | None = None,
        online_only_flag: int | None = None,
        send_msg_control: Sequence[GroupSendMsgControl | Literal["NoLastMsg", "NoUnread"]] | None = None,
        cloud_custom_data: str | None = None,
        support_message_extension: GroupFlag | Literal[0, 1] | None = None,
        to_account: Sequence[str] | None = None,
        topic_id: str | None = None,
        group_at_info: Sequence[GroupAtInfoParam] | None = None,
        need_read_receipt: GroupFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendGroupMsgResponse:
        """Send a group message.

        Posts an ordinary message into a group or community topic, as the administrator or as a named
        member, with push, @ mention, targeted delivery, read receipt and webhook options.

        `POST /v4/group_open_http_svc/send_group_msg` - https://trtc.io/document/34959
        Idempotent: no (Each call posts another message, except that the server drops a repeat with the same content and Random within five minutes.)
        De-duplicated on Random: a resend after an ambiguous failure is safe.
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to post in.
            msg_body: Body of the message: one or more elements (12 KB in total at most).
            random: Random number used for de-duplication; required by the server and filled by the SDK when
                omitted.
            msg_priority: Priority of the message. Server default when omitted: Normal.
            from_account: User shown as the sender; omitted, the calling administrator. Must exist.
            offline_push_info: Offline push settings.
            forbid_callback_control: Webhooks to skip for this message.
            online_only_flag: 1 (any value above 0) delivers only to online members and stores nothing for offline or
                roaming; not for AVChatRoom. Server default when omitted: 0. Group types: Private,
                Public, ChatRoom, Community.
            send_msg_control: Per-message delivery options; not together with OnlineOnlyFlag 1.
            cloud_custom_data: Custom data stored with the message and delivered to receivers.
            support_message_extension: 1 allows message extensions (key-values) on this message. Server default when omitted:
                0.
            to_account: Deliver only to these members (Ultimate edition); the message is then not counted as
                unread. Group types: Private, Public, ChatRoom.
            topic_id: Post in this topic of a topic-enabled community. Group types: Community.
            group_at_info: @ mentions, in the order of the @ tokens in the text (@all is not available in
                AVChatRoom).
            need_read_receipt: 1 asks members for read receipts (newer field; read receipts need the Ultimate edition
                and a console switch). Server default when omitted: 0. Group types: Private, Public,
                ChatRoom.
        """
        return cast(
            "SendGroupMsgResponse",
            self._client._call(
                "group_open_http_svc/send_group_msg",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_body": msg_body,
                    "random": random,
                    "msg_priority": msg_priority,
                    "from_account": from_account,
                    "offline_push_info": offline_push_info,
                    "forbid_callback_control": forbid_callback_control,
                    "online_only_flag": online_only_flag,
                    "send_msg_control": send_msg_control,
                    "cloud_custom_data": cloud_custom_data,
                    "support_message_extension": support_message_extension,
                    "to_account": to_account,
                    "topic_id": topic_id,
                    "group_at_info": group_at_info,
                    "need_read_receipt": need_read_receipt,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def send_group_system_notification(
        self,
        request: SendGroupSystemNotificationRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendGroupSystemNotificationResponse: ...

    @overload
    def send_group_system_notification(
        self,
        *,
        group_id: str,
        content: str,
        to_members_account: Sequence[str] | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendGroupSystemNotificationResponse: ...

    def send_group_system_notification(
        self,
        request: SendGroupSystemNotificationRequest | None = None,
        *,
        group_id: str | None = None,
        content: str | None = None,
        to_members_account: Sequence[str] | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendGroupSystemNotificationResponse:
        """Send a group system notification.

        Sends a text system notification to all or selected members of a group or topic; clients receive
        it as REST custom data (onReceiveRESTCustomData), not as a chat message.

        `POST /v4/group_open_http_svc/send_group_system_notification` - https://trtc.io/document/34958
        Idempotent: no (Each call delivers another notification and the page documents no de-duplication.)
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to notify.
            content: Text of the notification.
            to_members_account: Recipients; omitted or empty, every member (AVChatRoom supports only every member).
                Group types: Private, Public, ChatRoom, Community.
            topic_id: Send within this topic of a topic-enabled community. Group types: Community.
        """
        return cast(
            "SendGroupSystemNotificationResponse",
            self._client._call(
                "group_open_http_svc/send_group_system_notification",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "content": content,
                    "to_members_account": to_members_account,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def send_group_system_notification_in_batches(
            self,
            *,
            group_id: str,
            content: str,
            to_members_account: Sequence[str],
            topic_id: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def send_group_system_notification_in_batches(
            self,
            *,
            group_id: str | None = None,
            content: str | None = None,
            to_members_account: Sequence[str] | None = None,
            topic_id: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`send_group_system_notification` for any number of to_members_account: 500 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/send_group_system_notification",
                "to_members_account",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "content": content,
                    "to_members_account": to_members_account,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def group_msg_recall(
        self,
        request: GroupMsgRecallRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupMsgRecallResponse: ...

    @overload
    def group_msg_recall(
        self,
        *,
        group_id: str,
        msg_seq_list: Sequence[GroupMsgSeqItemParam],
        topic_id: str | None = None,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupMsgRecallResponse: ...

    def group_msg_recall(
        self,
        request: GroupMsgRecallRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq_list: Sequence[GroupMsgSeqItemParam] | None = None,
        topic_id: str | None = None,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupMsgRecallResponse:
        """Recall group messages.

        Recalls up to 10 stored messages of a group or topic by sequence number and reports the outcome
        per message.

        `POST /v4/group_open_http_svc/group_msg_recall` - https://trtc.io/document/34965
        Idempotent: yes (A recalled message stays recalled; a repeat only reports an error code for it.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.
        Partial success: results per item in RecallRetList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Group of the messages.
            msg_seq_list: Messages to recall.
            topic_id: Topic of the messages in a topic-enabled community. Group types: Community.
            reason: Reason of the recall (newer field).
        """
        return cast(
            "GroupMsgRecallResponse",
            self._client._call(
                "group_open_http_svc/group_msg_recall",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq_list": msg_seq_list,
                    "topic_id": topic_id,
                    "reason": reason,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def group_msg_recall_in_batches(
            self,
            *,
            group_id: str,
            msg_seq_list: Sequence[GroupMsgSeqItemParam],
            topic_id: str | None = None,
            reason: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[GroupMsgSeqItemParam]: ...

    else:

        def group_msg_recall_in_batches(
            self,
            *,
            group_id: str | None = None,
            msg_seq_list: Sequence[GroupMsgSeqItemParam] | None = None,
            topic_id: str | None = None,
            reason: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[GroupMsgSeqItemParam]:
            """`group_msg_recall` for any number of msg_seq_list: 10 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/group_msg_recall",
                "msg_seq_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq_list": msg_seq_list,
                    "topic_id": topic_id,
                    "reason": reason,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def delete_group_msg_by_sender(
        self,
        request: DeleteGroupMsgBySenderRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteGroupMsgBySenderResponse: ...

    @overload
    def delete_group_msg_by_sender(
        self,
        *,
        group_id: str,
        sender_account: str,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteGroupMsgBySenderResponse: ...

    def delete_group_msg_by_sender(
        self,
        request: DeleteGroupMsgBySenderRequest | None = None,
        *,
        group_id: str | None = None,
        sender_account: str | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteGroupMsgBySenderResponse:
        """Recall a user's recent messages.

        Silently marks as recalled every message one user posted among the latest 1,000 messages of a
        group or topic; clients notice only when they pull roaming messages.

        `POST /v4/group_open_http_svc/delete_group_msg_by_sender` - https://trtc.io/document/34970
        Idempotent: yes (Recalled messages stay recalled; a repeat changes nothing more.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group of the messages.
            sender_account: User whose messages are recalled.
            topic_id: Topic of a topic-enabled community. Group types: Community.
        """
        return cast(
            "DeleteGroupMsgBySenderResponse",
            self._client._call(
                "group_open_http_svc/delete_group_msg_by_sender",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "sender_account": sender_account,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def group_msg_get_simple(
        self,
        request: GroupMsgGetSimpleRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupMsgGetSimpleResponse: ...

    @overload
    def group_msg_get_simple(
        self,
        *,
        group_id: str,
        req_msg_number: int,
        req_msg_seq: int | None = None,
        with_recalled_msg: GroupFlag | Literal[0, 1] | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupMsgGetSimpleResponse: ...

    def group_msg_get_simple(
        self,
        request: GroupMsgGetSimpleRequest | None = None,
        *,
        group_id: str | None = None,
        req_msg_number: int | None = None,
        req_msg_seq: int | None = None,
        with_recalled_msg: GroupFlag | Literal[0, 1] | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupMsgGetSimpleResponse:
        """Pull group message history.

        Returns up to 20 stored messages of a group or topic with sequence numbers at or below a given
        one, newest first, for walking backwards through the history.

        `POST /v4/group_open_http_svc/group_msg_get_simple` - https://trtc.io/document/34971
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group to read.
            req_msg_number: Number of messages wanted.
            req_msg_seq: Highest sequence number to return (inclusive); omitted, the newest messages.
            with_recalled_msg: 1 includes recalled messages. Server default when omitted: 0.
            topic_id: Topic of a topic-enabled community. Group types: Community.
        """
        return cast(
            "GroupMsgGetSimpleResponse",
            self._client._call(
                "group_open_http_svc/group_msg_get_simple",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "req_msg_number": req_msg_number,
                    "req_msg_seq": req_msg_seq,
                    "with_recalled_msg": with_recalled_msg,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_group_msg_get_simple(
            self,
            *,
            group_id: str,
            req_msg_number: int,
            with_recalled_msg: GroupFlag | Literal[0, 1] | None = None,
            topic_id: str | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[GroupHistoryMsg]: ...

    else:

        def iter_group_msg_get_simple(
            self,
            *,
            group_id: str | None = None,
            req_msg_number: int | None = None,
            with_recalled_msg: GroupFlag | Literal[0, 1] | None = None,
            topic_id: str | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[GroupHistoryMsg]:
            """Every item of `group_msg_get_simple`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_http_svc/group_msg_get_simple",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "req_msg_number": req_msg_number,
                    "with_recalled_msg": with_recalled_msg,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            )

    @overload
    def clear_group_msg(
        self,
        request: ClearGroupMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ClearGroupMsgResponse: ...

    @overload
    def clear_group_msg(
        self,
        *,
        group_id: str,
        msg_seq: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ClearGroupMsgResponse: ...

    def clear_group_msg(
        self,
        request: ClearGroupMsgRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ClearGroupMsgResponse:
        """Clear group message history.

        Marks the stored messages of a group (all, or those up to a sequence number) as cleared so
        client SDKs can no longer pull them; administrators still can through group_msg_get_simple.

        `POST /v4/group_open_http_svc/clear_group_msg` - https://trtc.io/document/65970
        Idempotent: yes (Cleared messages stay cleared.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, AVChatRoom.

        Args:
            group_id: Group to clear.
            msg_seq: Clear messages with sequence numbers up to and including this one; omitted, all
                messages.
        """
        return cast(
            "ClearGroupMsgResponse",
            self._client._call(
                "group_open_http_svc/clear_group_msg",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def send_broadcast_msg(
        self,
        request: SendBroadcastMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendBroadcastMsgResponse: ...

    @overload
    def send_broadcast_msg(
        self,
        *,
        msg_body: Sequence[MsgElementParam],
        from_account: str | None = None,
        random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendBroadcastMsgResponse: ...

    def send_broadcast_msg(
        self,
        request: SendBroadcastMsgRequest | None = None,
        *,
        msg_body: Sequence[MsgElementParam] | None = None,
        from_account: str | None = None,
        random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendBroadcastMsgResponse:
        """Broadcast to all audio-video groups.

        Sends one message to every audio-video group (AVChatRoom) of the app at once.

        `POST /v4/group_open_http_svc/send_broadcast_msg` - https://trtc.io/document/49440
        Idempotent: no (Each call broadcasts another message, except that the server drops a repeat with the same content and Random within five minutes.)
        De-duplicated on Random: a resend after an ambiguous failure is safe.
        Rate limit: 1 requests/s.
        Group types: AVChatRoom.

        Args:
            msg_body: Body; several elements may be merged into one message of up to 12,000 bytes.
            from_account: User shown as the sender; omitted, the calling administrator. Must exist.
            random: Random number used for de-duplication; required by the server and filled by the SDK when
                omitted.
            cloud_custom_data: Custom data delivered with the message.
        """
        return cast(
            "SendBroadcastMsgResponse",
            self._client._call(
                "group_open_http_svc/send_broadcast_msg",
                request,
                {
                    **unknown_fields,
                    "msg_body": msg_body,
                    "from_account": from_account,
                    "random": random,
                    "cloud_custom_data": cloud_custom_data,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def import_group(
        self,
        request: ImportGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportGroupResponse: ...

    @overload
    def import_group(
        self,
        *,
        type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"],
        name: str,
        owner_account: str | None = None,
        group_id: str | None = None,
        introduction: str | None = None,
        notification: str | None = None,
        face_url: str | None = None,
        max_member_count: int | None = None,
        apply_join_option: ApplyJoinOption | Literal["FreeAccess", "NeedPermission", "DisableApply"] | None = None,
        app_defined_data: Sequence[AppDefinedDataItemParam] | None = None,
        create_time: int | None = None,
        support_topic: GroupFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportGroupResponse: ...

    def import_group(
        self,
        request: ImportGroupRequest | None = None,
        *,
        type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None = None,
        name: str | None = None,
        owner_account: str | None = None,
        group_id: str | None = None,
        introduction: str | None = None,
        notification: str | None = None,
        face_url: str | None = None,
        max_member_count: int | None = None,
        apply_join_option: ApplyJoinOption | Literal["FreeAccess", "NeedPermission", "DisableApply"] | None = None,
        app_defined_data: Sequence[AppDefinedDataItemParam] | None = None,
        create_time: int | None = None,
        support_topic: GroupFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImportGroupResponse:
        """Import a group.

        Creates a group for a migration, with an optional historical creation time, without webhooks or
        notifications (not for AVChatRoom).

        `POST /v4/group_open_http_svc/import_group` - https://trtc.io/document/34967
        Idempotent: no (Without a GroupId every call creates another group; with one, a repeat fails with 10021.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            type: Group type: Public, Private (Work), ChatRoom (Meeting) or Community.
            name: Group name.
            owner_account: User ID of the owner, who also becomes a member; omitted, no owner.
            group_id: Custom group ID (same rules as create_group).
            introduction: Introduction.
            notification: Notice.
            face_url: Avatar URL.
            max_member_count: Member cap: up to 6,000 (100,000 for communities). Unit: count. Server default when
                omitted: 2000.
            apply_join_option: Join-application policy (not for Community). Server default when omitted:
                NeedPermission. Group types: Private, Public, ChatRoom.
            app_defined_data: Group-level custom fields.
            create_time: Creation time; omitted, the time of the request. Unit: unix seconds.
            support_topic: Whether the community has topics. Group types: Community.
        """
        return cast(
            "ImportGroupResponse",
            self._client._call(
                "group_open_http_svc/import_group",
                request,
                {
                    **unknown_fields,
                    "type": type,
                    "name": name,
                    "owner_account": owner_account,
                    "group_id": group_id,
                    "introduction": introduction,
                    "notification": notification,
                    "face_url": face_url,
                    "max_member_count": max_member_count,
                    "apply_join_option": apply_join_option,
                    "app_defined_data": app_defined_data,
                    "create_time": create_time,
                    "support_topic": support_topic,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def import_group_member(
        self,
        request: ImportGroupMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportGroupMemberResponse: ...

    @overload
    def import_group_member(
        self,
        *,
        group_id: str,
        member_list: Sequence[ImportGroupMemberItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportGroupMemberResponse: ...

    def import_group_member(
        self,
        request: ImportGroupMemberRequest | None = None,
        *,
        group_id: str | None = None,
        member_list: Sequence[ImportGroupMemberItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImportGroupMemberResponse:
        """Import group members.

        Imports up to 300 members with join time, role and unread count for a migration, without
        webhooks or notifications, and reports the outcome per member.

        `POST /v4/group_open_http_svc/import_group_member` - https://trtc.io/document/34969
        Idempotent: yes (Importing a member again reports Result 2 (already a member) and changes nothing.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.
        Partial success: results per item in MemberList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Group to import into.
            member_list: Members to import.
        """
        return cast(
            "ImportGroupMemberResponse",
            self._client._call(
                "group_open_http_svc/import_group_member",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def import_group_member_in_batches(
            self,
            *,
            group_id: str,
            member_list: Sequence[ImportGroupMemberItemParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[ImportGroupMemberItemParam]: ...

    else:

        def import_group_member_in_batches(
            self,
            *,
            group_id: str | None = None,
            member_list: Sequence[ImportGroupMemberItemParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[ImportGroupMemberItemParam]:
            """`import_group_member` for any number of member_list: 300 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/import_group_member",
                "member_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def import_group_msg(
        self,
        request: ImportGroupMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportGroupMsgResponse: ...

    @overload
    def import_group_msg(
        self,
        *,
        group_id: str,
        msg_list: Sequence[ImportGroupMsgItemParam],
        recent_contact_flag: GroupFlag | Literal[0, 1] | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportGroupMsgResponse: ...

    def import_group_msg(
        self,
        request: ImportGroupMsgRequest | None = None,
        *,
        group_id: str | None = None,
        msg_list: Sequence[ImportGroupMsgItemParam] | None = None,
        recent_contact_flag: GroupFlag | Literal[0, 1] | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImportGroupMsgResponse:
        """Import group messages.

        Imports up to 7 historical messages per call into a group or topic for a migration, oldest
        first, without webhooks or notifications, and reports the outcome per message.

        `POST /v4/group_open_http_svc/import_group_msg` - https://trtc.io/document/34968
        Idempotent: no (Imports append messages; a resend after a success should be refused per message (its time is no longer after the newest message) but the page does not promise it, so the SDK does not resend.
        )
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.
        Partial success: results per item in ImportMsgResult; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Group to import into.
            msg_list: Messages in ascending SendTime order.
            recent_contact_flag: 1 updates the members' conversations (not for AVChatRoom or Community). Server default
                when omitted: 0. Group types: Private, Public, ChatRoom.
            topic_id: Topic of a topic-enabled community. Group types: Community.
        """
        return cast(
            "ImportGroupMsgResponse",
            self._client._call(
                "group_open_http_svc/import_group_msg",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_list": msg_list,
                    "recent_contact_flag": recent_contact_flag,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def import_group_msg_in_batches(
            self,
            *,
            group_id: str,
            msg_list: Sequence[ImportGroupMsgItemParam],
            recent_contact_flag: GroupFlag | Literal[0, 1] | None = None,
            topic_id: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[ImportGroupMsgItemParam]: ...

    else:

        def import_group_msg_in_batches(
            self,
            *,
            group_id: str | None = None,
            msg_list: Sequence[ImportGroupMsgItemParam] | None = None,
            recent_contact_flag: GroupFlag | Literal[0, 1] | None = None,
            topic_id: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[ImportGroupMsgItemParam]:
            """`import_group_msg` for any number of msg_list: 7 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/import_group_msg",
                "msg_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_list": msg_list,
                    "recent_contact_flag": recent_contact_flag,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def import_topic(
        self,
        request: ImportTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportTopicResponse: ...

    @overload
    def import_topic(
        self,
        *,
        group_id: str,
        topic_name: str,
        type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None = None,
        topic_id: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        create_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportTopicResponse: ...

    def import_topic(
        self,
        request: ImportTopicRequest | None = None,
        *,
        group_id: str | None = None,
        topic_name: str | None = None,
        type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None = None,
        topic_id: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        create_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImportTopicResponse:
        """Import a topic.

        Creates a topic in a topic-enabled community for a migration, with an optional historical
        creation time, without webhooks or notifications.

        `POST /v4/group_open_http_svc/import_topic` - https://trtc.io/document/53448
        Idempotent: no (Without a TopicId every call creates another topic; with one, a repeat fails with 10021.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: Community that owns the topic.
            topic_name: Topic name.
            type: Type of the owning group; only Community is accepted.
            topic_id: Custom topic ID: GroupId + @TOPIC#_ + a printable ASCII part, 96 bytes at most.
            from_account: User shown as the creator of the topic. The server may also send it as integer.
            custom_string: Custom data of the topic.
            face_url: Avatar URL.
            notification: Notice.
            introduction: Introduction.
            create_time: Creation time; omitted, the time of the request. Unit: unix seconds.
        """
        return cast(
            "ImportTopicResponse",
            self._client._call(
                "group_open_http_svc/import_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_name": topic_name,
                    "type": type,
                    "topic_id": topic_id,
                    "from_account": from_account,
                    "custom_string": custom_string,
                    "face_url": face_url,
                    "notification": notification,
                    "introduction": introduction,
                    "create_time": create_time,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_online_member_num(
        self,
        request: GroupGetOnlineMemberNumRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupGetOnlineMemberNumResponse: ...

    @overload
    def get_online_member_num(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupGetOnlineMemberNumResponse: ...

    def get_online_member_num(
        self,
        request: GroupGetOnlineMemberNumRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupGetOnlineMemberNumResponse:
        """Get the online member count.

        Returns the number of members currently online in a group (refreshed about every 10 seconds).

        `POST /v4/group_open_http_svc/get_online_member_num` - https://trtc.io/document/38521
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to read.
        """
        return cast(
            "GroupGetOnlineMemberNumResponse",
            self._client._call(
                "group_open_http_svc/get_online_member_num",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_group_ban_member(
        self,
        request: GetGroupBanMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupBanMemberResponse: ...

    @overload
    def get_group_ban_member(
        self,
        *,
        group_id: str,
        offset: int,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupBanMemberResponse: ...

    def get_group_ban_member(
        self,
        request: GetGroupBanMemberRequest | None = None,
        *,
        group_id: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupBanMemberResponse:
        """List banned members.

        Pages through the users banned from an audio-video group with the end of each ban.

        `POST /v4/group_open_http_svc/get_group_ban_member` - https://trtc.io/document/50295
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: Group to read.
            offset: 0 for the first page, then the NextOffset of the previous reply.
            limit: Users per page.
        """
        return cast(
            "GetGroupBanMemberResponse",
            self._client._call(
                "group_open_http_svc/get_group_ban_member",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "offset": offset,
                    "limit": limit,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_group_ban_member(
            self,
            *,
            group_id: str,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[BannedGroupMember]: ...

    else:

        def iter_get_group_ban_member(
            self,
            *,
            group_id: str | None = None,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[BannedGroupMember]:
            """Every item of `get_group_ban_member`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_http_svc/get_group_ban_member",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "limit": limit,
                },
                extra_body,
                request_options,
            )

    @overload
    def ban_group_member(
        self,
        request: BanGroupMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BanGroupMemberResponse: ...

    @overload
    def ban_group_member(
        self,
        *,
        group_id: str,
        members_account: Sequence[str],
        duration: int,
        description: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BanGroupMemberResponse: ...

    def ban_group_member(
        self,
        request: BanGroupMemberRequest | None = None,
        *,
        group_id: str | None = None,
        members_account: Sequence[str] | None = None,
        duration: int | None = None,
        description: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BanGroupMemberResponse:
        """Ban audio-video group members.

        Bans up to 20 members from an audio-video group for a time; banned users cannot receive its
        messages or rejoin meanwhile.

        `POST /v4/group_open_http_svc/ban_group_member` - https://trtc.io/document/50296
        Idempotent: yes (Banning again keeps the users banned (the end is counted from the latest call).)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: Group of the members.
            members_account: Users to ban.
            duration: Length of the ban. Unit: seconds.
            description: Reason shown to the banned users.
        """
        return cast(
            "BanGroupMemberResponse",
            self._client._call(
                "group_open_http_svc/ban_group_member",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "members_account": members_account,
                    "duration": duration,
                    "description": description,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def ban_group_member_in_batches(
            self,
            *,
            group_id: str,
            members_account: Sequence[str],
            duration: int,
            description: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def ban_group_member_in_batches(
            self,
            *,
            group_id: str | None = None,
            members_account: Sequence[str] | None = None,
            duration: int | None = None,
            description: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`ban_group_member` for any number of members_account: 20 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/ban_group_member",
                "members_account",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "members_account": members_account,
                    "duration": duration,
                    "description": description,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def unban_group_member(
        self,
        request: UnbanGroupMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UnbanGroupMemberResponse: ...

    @overload
    def unban_group_member(
        self,
        *,
        group_id: str,
        members_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UnbanGroupMemberResponse: ...

    def unban_group_member(
        self,
        request: UnbanGroupMemberRequest | None = None,
        *,
        group_id: str | None = None,
        members_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UnbanGroupMemberResponse:
        """Unban audio-video group members.

        Lifts the ban of up to 20 users of an audio-video group.

        `POST /v4/group_open_http_svc/unban_group_member` - https://trtc.io/document/50297
        Idempotent: yes (Lifting a ban twice leaves the users unbanned.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: Group of the users.
            members_account: Users to unban.
        """
        return cast(
            "UnbanGroupMemberResponse",
            self._client._call(
                "group_open_http_svc/unban_group_member",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "members_account": members_account,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def unban_group_member_in_batches(
            self,
            *,
            group_id: str,
            members_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def unban_group_member_in_batches(
            self,
            *,
            group_id: str | None = None,
            members_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`unban_group_member` for any number of members_account: 20 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/unban_group_member",
                "members_account",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "members_account": members_account,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def modify_group_attr(
        self,
        request: ModifyGroupAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyGroupAttrResponse: ...

    @overload
    def modify_group_attr(
        self,
        *,
        group_id: str,
        group_attr: Sequence[GroupAttrEntryParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyGroupAttrResponse: ...

    def modify_group_attr(
        self,
        request: ModifyGroupAttrRequest | None = None,
        *,
        group_id: str | None = None,
        group_attr: Sequence[GroupAttrEntryParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyGroupAttrResponse:
        """Change group attributes.

        Adds or overwrites the given custom attributes of a group and leaves the others alone.

        `POST /v4/group_open_http_svc/modify_group_attr` - https://trtc.io/document/44188
        Idempotent: yes (The given attributes are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to change.
            group_attr: Attributes to write; a group holds at most 16 keys and 16,000 bytes of values.
        """
        return cast(
            "ModifyGroupAttrResponse",
            self._client._call(
                "group_open_http_svc/modify_group_attr",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "group_attr": group_attr,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def set_group_attr(
        self,
        request: SetGroupAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetGroupAttrResponse: ...

    @overload
    def set_group_attr(
        self,
        *,
        group_id: str,
        group_attr: Sequence[GroupAttrEntryParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetGroupAttrResponse: ...

    def set_group_attr(
        self,
        request: SetGroupAttrRequest | None = None,
        *,
        group_id: str | None = None,
        group_attr: Sequence[GroupAttrEntryParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetGroupAttrResponse:
        """Replace group attributes.

        Replaces all custom attributes of a group with the given list.

        `POST /v4/group_open_http_svc/set_group_attr` - https://trtc.io/document/44190
        Idempotent: yes (The attribute set is replaced by the same list.)
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to change.
            group_attr: The new attribute set (16 keys and 16,000 bytes of values at most).
        """
        return cast(
            "SetGroupAttrResponse",
            self._client._call(
                "group_open_http_svc/set_group_attr",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "group_attr": group_attr,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def delete_group_attr(
        self,
        request: DeleteGroupAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteGroupAttrResponse: ...

    @overload
    def delete_group_attr(
        self,
        *,
        group_id: str,
        group_attr: Sequence[GroupAttrKeyParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteGroupAttrResponse: ...

    def delete_group_attr(
        self,
        request: DeleteGroupAttrRequest | None = None,
        *,
        group_id: str | None = None,
        group_attr: Sequence[GroupAttrKeyParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteGroupAttrResponse:
        """Delete group attributes.

        Deletes the given custom attribute keys of a group.

        `POST /v4/group_open_http_svc/delete_group_attr` - https://trtc.io/document/59499
        Idempotent: yes (Deleted keys stay absent; a repeat answers 10050.)
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to change.
            group_attr: Keys to delete.
        """
        return cast(
            "DeleteGroupAttrResponse",
            self._client._call(
                "group_open_http_svc/delete_group_attr",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "group_attr": group_attr,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def clear_group_attr(
        self,
        request: ClearGroupAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ClearGroupAttrResponse: ...

    @overload
    def clear_group_attr(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ClearGroupAttrResponse: ...

    def clear_group_attr(
        self,
        request: ClearGroupAttrRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ClearGroupAttrResponse:
        """Clear group attributes.

        Deletes every custom attribute of a group.

        `POST /v4/group_open_http_svc/clear_group_attr` - https://trtc.io/document/44189
        Idempotent: yes (A cleared group stays without attributes.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, AVChatRoom.

        Args:
            group_id: Group to clear.
        """
        return cast(
            "ClearGroupAttrResponse",
            self._client._call(
                "group_open_http_svc/clear_group_attr",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_group_counter(
        self,
        request: GetGroupCounterRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupCounterResponse: ...

    @overload
    def get_group_counter(
        self,
        *,
        group_id: str,
        group_counter_keys: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupCounterResponse: ...

    def get_group_counter(
        self,
        request: GetGroupCounterRequest | None = None,
        *,
        group_id: str | None = None,
        group_counter_keys: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupCounterResponse:
        """Get group counters.

        Returns the given or all integer counters of a group (Ultimate edition).

        `POST /v4/group_open_http_svc/get_group_counter` - https://trtc.io/document/53427
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, AVChatRoom.

        Args:
            group_id: Group to read.
            group_counter_keys: Counters to read; omitted, all of them.
        """
        return cast(
            "GetGroupCounterResponse",
            self._client._call(
                "group_open_http_svc/get_group_counter",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "group_counter_keys": group_counter_keys,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def update_group_counter(
        self,
        request: UpdateGroupCounterRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateGroupCounterResponse: ...

    @overload
    def update_group_counter(
        self,
        *,
        group_id: str,
        group_counter: Sequence[GroupCounterEntryParam],
        mode: GroupCounterMode | Literal["Set", "Increase", "Decrease"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateGroupCounterResponse: ...

    def update_group_counter(
        self,
        request: UpdateGroupCounterRequest | None = None,
        *,
        group_id: str | None = None,
        group_counter: Sequence[GroupCounterEntryParam] | None = None,
        mode: GroupCounterMode | Literal["Set", "Increase", "Decrease"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UpdateGroupCounterResponse:
        """Update group counters.

        Sets, increases or decreases up to 20 counters of a group and returns their new values (Ultimate
        edition).

        `POST /v4/group_open_http_svc/update_group_counter` - https://trtc.io/document/53428
        Idempotent: no (Increase and Decrease apply again on a resend (only Set is repeatable), so the SDK does not resend it.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, AVChatRoom.

        Args:
            group_id: Group to change.
            group_counter: Counters and their values or operands.
            mode: How the values apply; the page gives no default.
        """
        return cast(
            "UpdateGroupCounterResponse",
            self._client._call(
                "group_open_http_svc/update_group_counter",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "group_counter": group_counter,
                    "mode": mode,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def delete_group_counter(
        self,
        request: DeleteGroupCounterRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteGroupCounterResponse: ...

    @overload
    def delete_group_counter(
        self,
        *,
        group_id: str,
        group_counter_keys: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteGroupCounterResponse: ...

    def delete_group_counter(
        self,
        request: DeleteGroupCounterRequest | None = None,
        *,
        group_id: str | None = None,
        group_counter_keys: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteGroupCounterResponse:
        """Delete group counters.

        Deletes the given counters of a group, or all of them (Ultimate edition).

        `POST /v4/group_open_http_svc/delete_group_counter` - https://trtc.io/document/53429
        Idempotent: yes (Deleted counters stay absent.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, AVChatRoom.

        Args:
            group_id: Group to change.
            group_counter_keys: Counters to delete; omitted, every counter of the group.
        """
        return cast(
            "DeleteGroupCounterResponse",
            self._client._call(
                "group_open_http_svc/delete_group_counter",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "group_counter_keys": group_counter_keys,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def group_msg_receipt(
        self,
        request: GroupMsgReceiptRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupMsgReceiptResponse: ...

    @overload
    def group_msg_receipt(
        self,
        *,
        group_id: str,
        from_account: str,
        msg_seq_list: Sequence[GroupMsgSeqItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupMsgReceiptResponse: ...

    def group_msg_receipt(
        self,
        request: GroupMsgReceiptRequest | None = None,
        *,
        group_id: str | None = None,
        from_account: str | None = None,
        msg_seq_list: Sequence[GroupMsgSeqItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupMsgReceiptResponse:
        """Send group read receipts.

        Marks up to 50 group messages that asked for read receipts as read by one member.

        `POST /v4/group_open_http_svc/group_msg_receipt` - https://cloud.tencent.com/document/product/269/107478
        Idempotent: yes (A message read once stays read.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom.

        Args:
            group_id: Group of the messages.
            from_account: Member who read the messages.
            msg_seq_list: Messages read.
        """
        return cast(
            "GroupMsgReceiptResponse",
            self._client._call(
                "group_open_http_svc/group_msg_receipt",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "from_account": from_account,
                    "msg_seq_list": msg_seq_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def group_msg_receipt_in_batches(
            self,
            *,
            group_id: str,
            from_account: str,
            msg_seq_list: Sequence[GroupMsgSeqItemParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[GroupMsgSeqItemParam]: ...

    else:

        def group_msg_receipt_in_batches(
            self,
            *,
            group_id: str | None = None,
            from_account: str | None = None,
            msg_seq_list: Sequence[GroupMsgSeqItemParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[GroupMsgSeqItemParam]:
            """`group_msg_receipt` for any number of msg_seq_list: 50 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/group_msg_receipt",
                "msg_seq_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "from_account": from_account,
                    "msg_seq_list": msg_seq_list,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def get_group_msg_receipt(
        self,
        request: GetGroupMsgReceiptRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupMsgReceiptResponse: ...

    @overload
    def get_group_msg_receipt(
        self,
        *,
        group_id: str,
        msg_seq_list: Sequence[GroupMsgSeqItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupMsgReceiptResponse: ...

    def get_group_msg_receipt(
        self,
        request: GetGroupMsgReceiptRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq_list: Sequence[GroupMsgSeqItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupMsgReceiptResponse:
        """Get group message read counts.

        Returns how many members have and have not read each of the given group messages that asked for
        read receipts.

        `POST /v4/group_open_http_svc/get_group_msg_receipt` - https://trtc.io/document/49439
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom.
        Partial success: results per item in GroupMsgReceiptList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Group of the messages.
            msg_seq_list: Messages to read counts for.
        """
        return cast(
            "GetGroupMsgReceiptResponse",
            self._client._call(
                "group_open_http_svc/get_group_msg_receipt",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq_list": msg_seq_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_group_msg_receipt_detail(
        self,
        request: GetGroupMsgReceiptDetailRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupMsgReceiptDetailResponse: ...

    @overload
    def get_group_msg_receipt_detail(
        self,
        *,
        group_id: str,
        msg_seq: int,
        filter: GroupReceiptListFilter | Literal[0, 1],
        cursor: str,
        count: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupMsgReceiptDetailResponse: ...

    def get_group_msg_receipt_detail(
        self,
        request: GetGroupMsgReceiptDetailRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq: int | None = None,
        filter: GroupReceiptListFilter | Literal[0, 1] | None = None,
        cursor: str | None = None,
        count: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupMsgReceiptDetailResponse:
        """List readers of a group message.

        Pages through the members who have (or have not) read one group message that asked for read
        receipts.

        `POST /v4/group_open_http_svc/get_group_msg_receipt_detail` - https://trtc.io/document/49438
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom.

        Args:
            group_id: Group of the message.
            msg_seq: Sequence number of the message.
            filter: 0 lists readers (ReadList), 1 lists members who have not read it (UnreadList).
            cursor: Cursor: empty for the first call, then the Cursor of the previous reply.
            count: Members per call.
        """
        return cast(
            "GetGroupMsgReceiptDetailResponse",
            self._client._call(
                "group_open_http_svc/get_group_msg_receipt_detail",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                    "filter": filter,
                    "cursor": cursor,
                    "count": count,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_group_msg_receipt_detail(
            self,
            *,
            group_id: str,
            msg_seq: int,
            count: int,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[GroupMsgReader]: ...

    else:

        def iter_get_group_msg_receipt_detail(
            self,
            *,
            group_id: str | None = None,
            msg_seq: int | None = None,
            count: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[GroupMsgReader]:
            """Every item of `get_group_msg_receipt_detail`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_http_svc/get_group_msg_receipt_detail",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                    "count": count,
                },
                extra_body,
                request_options,
            )

    @overload
    def pin_message(
        self,
        request: PinMessageRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PinMessageResponse: ...

    @overload
    def pin_message(
        self,
        *,
        group_id: str,
        msg_seq: int,
        topic_id: str | None = None,
        pinner_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PinMessageResponse: ...

    def pin_message(
        self,
        request: PinMessageRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq: int | None = None,
        topic_id: str | None = None,
        pinner_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> PinMessageResponse:
        """Pin a group message.

        Pins a stored message of a group or community topic so clients show it on top.

        `POST /v4/group_open_http_svc/pin_message` - https://cloud.tencent.com/document/product/269/133874
        Idempotent: yes (Pinning a pinned message leaves it pinned.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group of the message.
            msg_seq: Sequence number of a message that exists and has not expired.
            topic_id: Topic of the message; required for communities. Group types: Community.
            pinner_account: User shown as having pinned it; omitted, the app administrator.
        """
        return cast(
            "PinMessageResponse",
            self._client._call(
                "group_open_http_svc/pin_message",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                    "topic_id": topic_id,
                    "pinner_account": pinner_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def unpin_message(
        self,
        request: UnpinMessageRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UnpinMessageResponse: ...

    @overload
    def unpin_message(
        self,
        *,
        group_id: str,
        msg_seq: int,
        topic_id: str | None = None,
        unpinner_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UnpinMessageResponse: ...

    def unpin_message(
        self,
        request: UnpinMessageRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq: int | None = None,
        topic_id: str | None = None,
        unpinner_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UnpinMessageResponse:
        """Unpin a group message.

        Removes the pin from a message of a group or community topic.

        `POST /v4/group_open_http_svc/unpin_message` - https://cloud.tencent.com/document/product/269/134119
        Idempotent: yes (An unpinned message stays unpinned.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group of the message.
            msg_seq: Sequence number of a pinned message.
            topic_id: Topic of the message; required for communities. Group types: Community.
            unpinner_account: User shown as having unpinned it; omitted, the caller (then an app administrator is
                required).
        """
        return cast(
            "UnpinMessageResponse",
            self._client._call(
                "group_open_http_svc/unpin_message",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                    "topic_id": topic_id,
                    "unpinner_account": unpinner_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_pinned_messages(
        self,
        request: GetPinnedMessagesRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetPinnedMessagesResponse: ...

    @overload
    def get_pinned_messages(
        self,
        *,
        group_id: str,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetPinnedMessagesResponse: ...

    def get_pinned_messages(
        self,
        request: GetPinnedMessagesRequest | None = None,
        *,
        group_id: str | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetPinnedMessagesResponse:
        """List pinned group messages.

        Returns the pinned messages of a group or community topic with who pinned them.

        `POST /v4/group_open_http_svc/get_pinned_messages` - https://cloud.tencent.com/document/product/269/134120
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group to read.
            topic_id: Topic to read; required for communities. Group types: Community.
        """
        return cast(
            "GetPinnedMessagesResponse",
            self._client._call(
                "group_open_http_svc/get_pinned_messages",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def create_permission_group(
        self,
        request: CreatePermissionGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreatePermissionGroupResponse: ...

    @overload
    def create_permission_group(
        self,
        *,
        group_id: str,
        permission_group_name: str,
        permission: int,
        permission_group_id: str | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreatePermissionGroupResponse: ...

    def create_permission_group(
        self,
        request: CreatePermissionGroupRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_name: str | None = None,
        permission: int | None = None,
        permission_group_id: str | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreatePermissionGroupResponse:
        """Create a permission group.

        Creates a permission group (a named set of permission bits) in a community, optionally with a
        custom ID.

        `POST /v4/group_open_http_svc/create_permission_group` - https://trtc.io/document/61232
        Idempotent: no (Without a PermissionGroupId every call creates another permission group; with one, a repeat is refused.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: Community that owns the permission group.
            permission_group_name: Name of the permission group.
            permission: Community-level permission bits (one bit per permission; see the permission bit table).
            permission_group_id: Custom ID (the samples use the prefix @PMG#_); omitted, the server generates one.
            custom_string: Custom data of the permission group.
        """
        return cast(
            "CreatePermissionGroupResponse",
            self._client._call(
                "group_open_http_svc/create_permission_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_name": permission_group_name,
                    "permission": permission,
                    "permission_group_id": permission_group_id,
                    "custom_string": custom_string,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def destroy_permission_group(
        self,
        request: DestroyPermissionGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyPermissionGroupResponse: ...

    @overload
    def destroy_permission_group(
        self,
        *,
        group_id: str,
        permission_group_id_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyPermissionGroupResponse: ...

    def destroy_permission_group(
        self,
        request: DestroyPermissionGroupRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DestroyPermissionGroupResponse:
        """Delete permission groups.

        Deletes up to 20 permission groups of a community and reports the outcome per permission group.

        `POST /v4/group_open_http_svc/destroy_permission_group` - https://trtc.io/document/61233
        Idempotent: yes (A deleted permission group stays deleted; a repeat only reports an error for it.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in PermissionGroupResultList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Community.
            permission_group_id_list: Permission groups to delete.
        """
        return cast(
            "DestroyPermissionGroupResponse",
            self._client._call(
                "group_open_http_svc/destroy_permission_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id_list": permission_group_id_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def destroy_permission_group_in_batches(
            self,
            *,
            group_id: str,
            permission_group_id_list: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def destroy_permission_group_in_batches(
            self,
            *,
            group_id: str | None = None,
            permission_group_id_list: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`destroy_permission_group` for any number of permission_group_id_list: 20 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/destroy_permission_group",
                "permission_group_id_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id_list": permission_group_id_list,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def modify_permission_group(
        self,
        request: ModifyPermissionGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyPermissionGroupResponse: ...

    @overload
    def modify_permission_group(
        self,
        *,
        group_id: str,
        permission_group_id: str,
        permission_group_name: str | None = None,
        permission: int | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyPermissionGroupResponse: ...

    def modify_permission_group(
        self,
        request: ModifyPermissionGroupRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id: str | None = None,
        permission_group_name: str | None = None,
        permission: int | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyPermissionGroupResponse:
        """Change a permission group.

        Changes the name, permission bits or custom data of a permission group.

        `POST /v4/group_open_http_svc/modify_permission_group` - https://trtc.io/document/61234
        Idempotent: yes (The given fields are overwritten with the same values.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: Community.
            permission_group_id: Permission group to change.
            permission_group_name: New name.
            permission: New community-level permission bits.
            custom_string: New custom data.
        """
        return cast(
            "ModifyPermissionGroupResponse",
            self._client._call(
                "group_open_http_svc/modify_permission_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "permission_group_name": permission_group_name,
                    "permission": permission,
                    "custom_string": custom_string,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_permission_group(
        self,
        request: GetPermissionGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetPermissionGroupResponse: ...

    @overload
    def get_permission_group(
        self,
        *,
        group_id: str,
        permission_group_id_list: Sequence[str] | None = None,
        limit: int | None = None,
        next: str | int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetPermissionGroupResponse: ...

    def get_permission_group(
        self,
        request: GetPermissionGroupRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id_list: Sequence[str] | None = None,
        limit: int | None = None,
        next: str | int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetPermissionGroupResponse:
        """Get permission groups.

        Returns the given permission groups of a community, or pages through all of them.

        `POST /v4/group_open_http_svc/get_permission_group` - https://trtc.io/document/61235
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: Community.
            permission_group_id_list: Permission groups to read; omitted or empty, all of them (paged).
            limit: Permission groups per page when reading all.
            next: Cursor: empty for the first call, then the Next of the previous reply. The server may
                also send it as integer.
        """
        return cast(
            "GetPermissionGroupResponse",
            self._client._call(
                "group_open_http_svc/get_permission_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id_list": permission_group_id_list,
                    "limit": limit,
                    "next": next,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_permission_group(
            self,
            *,
            group_id: str,
            permission_group_id_list: Sequence[str] | None = None,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[dict[str, Any]]: ...

    else:

        def iter_get_permission_group(
            self,
            *,
            group_id: str | None = None,
            permission_group_id_list: Sequence[str] | None = None,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[dict[str, Any]]:
            """Every item of `get_permission_group`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_http_svc/get_permission_group",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id_list": permission_group_id_list,
                    "limit": limit,
                },
                extra_body,
                request_options,
            )

    @overload
    def add_topic_permission_group(
        self,
        request: AddTopicPermissionGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddTopicPermissionGroupResponse: ...

    @overload
    def add_topic_permission_group(
        self,
        *,
        group_id: str,
        permission_group_id: str,
        topic_permission_list: Sequence[TopicPermissionParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddTopicPermissionGroupResponse: ...

    def add_topic_permission_group(
        self,
        request: AddTopicPermissionGroupRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id: str | None = None,
        topic_permission_list: Sequence[TopicPermissionParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddTopicPermissionGroupResponse:
        """Add topic permissions to a permission group.

        Gives a permission group permission bits in up to 50 topics and reports the outcome per topic.

        `POST /v4/group_open_http_svc/add_topic_permission_group` - https://trtc.io/document/61236
        Idempotent: no (Adding a topic that is already in the permission group presumably fails for that topic, so the SDK does not resend.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in TopicPermissionResultList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Community.
            permission_group_id: Permission group.
            topic_permission_list: Topics and their permission bits.
        """
        return cast(
            "AddTopicPermissionGroupResponse",
            self._client._call(
                "group_open_http_svc/add_topic_permission_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "topic_permission_list": topic_permission_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def add_topic_permission_group_in_batches(
            self,
            *,
            group_id: str,
            permission_group_id: str,
            topic_permission_list: Sequence[TopicPermissionParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[TopicPermissionParam]: ...

    else:

        def add_topic_permission_group_in_batches(
            self,
            *,
            group_id: str | None = None,
            permission_group_id: str | None = None,
            topic_permission_list: Sequence[TopicPermissionParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[TopicPermissionParam]:
            """`add_topic_permission_group` for any number of topic_permission_list: 50 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/add_topic_permission_group",
                "topic_permission_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "topic_permission_list": topic_permission_list,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def set_topic_permission_group(
        self,
        request: SetTopicPermissionGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetTopicPermissionGroupResponse: ...

    @overload
    def set_topic_permission_group(
        self,
        *,
        group_id: str,
        permission_group_id: str,
        topic_permission_list: Sequence[TopicPermissionParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetTopicPermissionGroupResponse: ...

    def set_topic_permission_group(
        self,
        request: SetTopicPermissionGroupRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id: str | None = None,
        topic_permission_list: Sequence[TopicPermissionParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetTopicPermissionGroupResponse:
        """Change topic permissions of a permission group.

        Changes the permission bits a permission group has in the given topics.

        `POST /v4/group_open_http_svc/set_topic_permission_group` - https://trtc.io/document/61237
        Idempotent: yes (The permission bits are overwritten with the same values.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in TopicPermissionResultList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Community.
            permission_group_id: Permission group.
            topic_permission_list: Topics and their new permission bits.
        """
        return cast(
            "SetTopicPermissionGroupResponse",
            self._client._call(
                "group_open_http_svc/set_topic_permission_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "topic_permission_list": topic_permission_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def delete_topic_permission_group(
        self,
        request: DeleteTopicPermissionGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteTopicPermissionGroupResponse: ...

    @overload
    def delete_topic_permission_group(
        self,
        *,
        group_id: str,
        permission_group_id: str,
        topic_id_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteTopicPermissionGroupResponse: ...

    def delete_topic_permission_group(
        self,
        request: DeleteTopicPermissionGroupRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id: str | None = None,
        topic_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteTopicPermissionGroupResponse:
        """Remove topic permissions from a permission group.

        Removes the permissions a permission group has in up to 50 topics and reports the outcome per
        topic.

        `POST /v4/group_open_http_svc/delete_topic_permission_group` - https://trtc.io/document/61238
        Idempotent: yes (Removed topic permissions stay removed; a repeat only reports an error per topic.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in TopicPermissionResultList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Community.
            permission_group_id: Permission group.
            topic_id_list: Topics to remove.
        """
        return cast(
            "DeleteTopicPermissionGroupResponse",
            self._client._call(
                "group_open_http_svc/delete_topic_permission_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "topic_id_list": topic_id_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def delete_topic_permission_group_in_batches(
            self,
            *,
            group_id: str,
            permission_group_id: str,
            topic_id_list: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def delete_topic_permission_group_in_batches(
            self,
            *,
            group_id: str | None = None,
            permission_group_id: str | None = None,
            topic_id_list: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`delete_topic_permission_group` for any number of topic_id_list: 50 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/delete_topic_permission_group",
                "topic_id_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "topic_id_list": topic_id_list,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def get_topic_permission_group(
        self,
        request: GetTopicPermissionGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetTopicPermissionGroupResponse: ...

    @overload
    def get_topic_permission_group(
        self,
        *,
        group_id: str,
        permission_group_id: str,
        topic_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetTopicPermissionGroupResponse: ...

    def get_topic_permission_group(
        self,
        request: GetTopicPermissionGroupRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id: str | None = None,
        topic_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetTopicPermissionGroupResponse:
        """Get topic permissions of a permission group.

        Returns the permission bits a permission group has in the given topics, or in all of them.

        `POST /v4/group_open_http_svc/get_topic_permission_group` - https://trtc.io/document/61239
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: Community.
            permission_group_id: Permission group.
            topic_id_list: Topics to read; omitted, all topics of the permission group.
        """
        return cast(
            "GetTopicPermissionGroupResponse",
            self._client._call(
                "group_open_http_svc/get_topic_permission_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "topic_id_list": topic_id_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def add_permission_group_member(
        self,
        request: AddPermissionGroupMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddPermissionGroupMemberResponse: ...

    @overload
    def add_permission_group_member(
        self,
        *,
        group_id: str,
        permission_group_id: str,
        member_list: Sequence[PermissionGroupMemberParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddPermissionGroupMemberResponse: ...

    def add_permission_group_member(
        self,
        request: AddPermissionGroupMemberRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id: str | None = None,
        member_list: Sequence[PermissionGroupMemberParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddPermissionGroupMemberResponse:
        """Add permission group members.

        Adds up to 100 community members to a permission group and reports the outcome per member.

        `POST /v4/group_open_http_svc/add_permission_group_member` - https://trtc.io/document/61240
        Idempotent: no (Whether a repeat succeeds for members already in the permission group is not documented, so the SDK does not resend.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in MemberList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Community.
            permission_group_id: Permission group.
            member_list: Members to add.
        """
        return cast(
            "AddPermissionGroupMemberResponse",
            self._client._call(
                "group_open_http_svc/add_permission_group_member",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def add_permission_group_member_in_batches(
            self,
            *,
            group_id: str,
            permission_group_id: str,
            member_list: Sequence[PermissionGroupMemberParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PermissionGroupMemberParam]: ...

    else:

        def add_permission_group_member_in_batches(
            self,
            *,
            group_id: str | None = None,
            permission_group_id: str | None = None,
            member_list: Sequence[PermissionGroupMemberParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PermissionGroupMemberParam]:
            """`add_permission_group_member` for any number of member_list: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/add_permission_group_member",
                "member_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def delete_permission_group_member(
        self,
        request: DeletePermissionGroupMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeletePermissionGroupMemberResponse: ...

    @overload
    def delete_permission_group_member(
        self,
        *,
        group_id: str,
        permission_group_id: str,
        member_list: Sequence[PermissionGroupMemberParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeletePermissionGroupMemberResponse: ...

    def delete_permission_group_member(
        self,
        request: DeletePermissionGroupMemberRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id: str | None = None,
        member_list: Sequence[PermissionGroupMemberParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeletePermissionGroupMemberResponse:
        """Remove permission group members.

        Removes up to 100 members from a permission group; users not in it do not cause an error.

        `POST /v4/group_open_http_svc/delete_permission_group_member` - https://trtc.io/document/61241
        Idempotent: yes (Removing a user who is not in the permission group still succeeds.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: Community.
            permission_group_id: Permission group.
            member_list: Members to remove.
        """
        return cast(
            "DeletePermissionGroupMemberResponse",
            self._client._call(
                "group_open_http_svc/delete_permission_group_member",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def delete_permission_group_member_in_batches(
            self,
            *,
            group_id: str,
            permission_group_id: str,
            member_list: Sequence[PermissionGroupMemberParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PermissionGroupMemberParam]: ...

    else:

        def delete_permission_group_member_in_batches(
            self,
            *,
            group_id: str | None = None,
            permission_group_id: str | None = None,
            member_list: Sequence[PermissionGroupMemberParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PermissionGroupMemberParam]:
            """`delete_permission_group_member` for any number of member_list: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_http_svc/delete_permission_group_member",
                "member_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def get_permission_group_member_list(
        self,
        request: GetPermissionGroupMemberListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetPermissionGroupMemberListResponse: ...

    @overload
    def get_permission_group_member_list(
        self,
        *,
        group_id: str,
        permission_group_id: str,
        limit: int | None = None,
        next: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetPermissionGroupMemberListResponse: ...

    def get_permission_group_member_list(
        self,
        request: GetPermissionGroupMemberListRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id: str | None = None,
        limit: int | None = None,
        next: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetPermissionGroupMemberListResponse:
        """List permission group members.

        Pages through the members of a permission group with a string cursor.

        `POST /v4/group_open_http_svc/get_permission_group_member_list` - https://trtc.io/document/61242
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: Community.
            permission_group_id: Permission group.
            limit: Members per call.
            next: Cursor: empty for the first call, then the Next of the previous reply.
        """
        return cast(
            "GetPermissionGroupMemberListResponse",
            self._client._call(
                "group_open_http_svc/get_permission_group_member_list",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "limit": limit,
                    "next": next,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_permission_group_member_list(
            self,
            *,
            group_id: str,
            permission_group_id: str,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[dict[str, Any]]: ...

    else:

        def iter_get_permission_group_member_list(
            self,
            *,
            group_id: str | None = None,
            permission_group_id: str | None = None,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[dict[str, Any]]:
            """Every item of `get_permission_group_member_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_http_svc/get_permission_group_member_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "limit": limit,
                },
                extra_body,
                request_options,
            )


class AsyncGroupService(AsyncService):
    """Groups and communities of a Chat app, their members, messages, attributes, counters and permission groups. (`group_open_http_svc`)"""

    __slots__ = ()

    @overload
    async def create_group(
        self,
        request: CreateGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateGroupResponse: ...

    @overload
    async def create_group(
        self,
        *,
        type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"],
        name: str,
        owner_account: str | None = None,
        group_id: str | None = None,
        introduction: str | None = None,
        notification: str | None = None,
        face_url: str | None = None,
        max_member_count: int | None = None,
        apply_join_option: ApplyJoinOption | Literal["FreeAccess", "NeedPermission", "DisableApply"] | None = None,
        invite_join_option: InviteJoinOption | Literal["FreeAccess", "NeedPermission", "DisableInvite"] | None = None,
        app_defined_data: Sequence[AppDefinedDataItemParam] | None = None,
        member_list: Sequence[NewGroupMemberParam] | None = None,
        support_topic: GroupFlag | Literal[0, 1] | None = None,
        enable_permission: GroupFlag | Literal[0, 1] | None = None,
        default_permission: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateGroupResponse: ...

    async def create_group(
        self,
        request: CreateGroupRequest | None = None,
        *,
        type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None = None,
        name: str | None = None,
        owner_account: str | None = None,
        group_id: str | None = None,
        introduction: str | None = None,
        notification: str | None = None,
        face_url: str | None = None,
        max_member_count: int | None = None,
        apply_join_option: ApplyJoinOption | Literal["FreeAccess", "NeedPermission", "DisableApply"] | None = None,
        invite_join_option: InviteJoinOption | Literal["FreeAccess", "NeedPermission", "DisableInvite"] | None = None,
        app_defined_data: Sequence[AppDefinedDataItemParam] | None = None,
        member_list: Sequence[NewGroupMemberParam] | None = None,
        support_topic: GroupFlag | Literal[0, 1] | None = None,
        enable_permission: GroupFlag | Literal[0, 1] | None = None,
        default_permission: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateGroupResponse:
        """Create a group.

        Creates a group of the given type, optionally with an owner, a custom group ID, profile fields,
        custom data and initial members (not for AVChatRoom, whose members must join through the client
        SDK).

        `POST /v4/group_open_http_svc/create_group` - https://trtc.io/document/34895
        Idempotent: no (Without a GroupId every call creates another group; with one, a repeat fails with 10025 or 10021.)
        Rate limit: 200 requests/s.

        Args:
            type: Group type (send Private for Work groups and ChatRoom for Meeting groups).
            name: Group name.
            owner_account: User ID of the owner (an imported account), who also becomes a member; omitted: the
                group has no owner.
            group_id: Custom group ID: printable ASCII, shorter than 48 bytes, not starting with @TGS# (the
                prefix of generated IDs); community IDs must start with @TGS#_. Omitted: the server
                generates one.
            introduction: Introduction.
            notification: Notice.
            face_url: Avatar URL.
            max_member_count: Member cap (note: MaxMemberNum in modify_group_base_info and in replies). Unit: count.
                Server default when omitted: the member limit of the package.
            apply_join_option: How applications to join are handled; meaningful only for types users can apply to, not
                supported for Community. Server default when omitted: NeedPermission. Group types:
                Private, Public, ChatRoom, AVChatRoom.
            invite_join_option: How invitations from the client SDK are handled (newer field; not for AVChatRoom). Group
                types: Private, Public, ChatRoom, Community.
            app_defined_data: Group-level custom fields (keys configured in the console first; up to 10 keys, values
                up to 512 bytes, binary allowed).
            member_list: Initial members (not for AVChatRoom: 10007). Group types: Private, Public, ChatRoom,
                Community.
            support_topic: Whether the community has topics. Group types: Community.
            enable_permission: Whether permission groups decide member permissions (topic-enabled communities; newer
                field). Group types: Community.
            default_permission: Default permission bits of members when EnablePermission is 1 (newer field). Group
                types: Community.
        """
        return cast(
            "CreateGroupResponse",
            await self._client._call(
                "group_open_http_svc/create_group",
                request,
                {
                    **unknown_fields,
                    "type": type,
                    "name": name,
                    "owner_account": owner_account,
                    "group_id": group_id,
                    "introduction": introduction,
                    "notification": notification,
                    "face_url": face_url,
                    "max_member_count": max_member_count,
                    "apply_join_option": apply_join_option,
                    "invite_join_option": invite_join_option,
                    "app_defined_data": app_defined_data,
                    "member_list": member_list,
                    "support_topic": support_topic,
                    "enable_permission": enable_permission,
                    "default_permission": default_permission,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_appid_group_list(
        self,
        request: GetAppidGroupListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetAppidGroupListResponse: ...

    @overload
    async def get_appid_group_list(
        self,
        *,
        limit: int | None = None,
        next: int | None = None,
        group_type: GroupListTypeFilter
        | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "BChatRoom", "Community"]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetAppidGroupListResponse: ...

    async def get_appid_group_list(
        self,
        request: GetAppidGroupListRequest | None = None,
        *,
        limit: int | None = None,
        next: int | None = None,
        group_type: GroupListTypeFilter
        | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "BChatRoom", "Community"]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetAppidGroupListResponse:
        """List the groups of the app.

        Pages through the IDs of all groups of the app, optionally of one type, with a 64-bit cursor.

        `POST /v4/group_open_http_svc/get_appid_group_list` - https://trtc.io/document/34960
        Idempotent: yes (Read-only.)
        Rate limit: 1 requests/s.

        Args:
            limit: Maximum number of group IDs in the reply. Server default when omitted: 10000.
            next: Cursor: 0 for the first page, then the Next of the previous reply. Server default when
                omitted: 0.
            group_type: Only groups of this type (TotalCount then counts that type only).
        """
        return cast(
            "GetAppidGroupListResponse",
            await self._client._call(
                "group_open_http_svc/get_appid_group_list",
                request,
                {
                    **unknown_fields,
                    "limit": limit,
                    "next": next,
                    "group_type": group_type,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_appid_group_list(
            self,
            *,
            limit: int | None = None,
            group_type: GroupListTypeFilter
            | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "BChatRoom", "Community"]
            | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[GroupIdEntry]: ...

    else:

        def iter_get_appid_group_list(
            self,
            *,
            limit: int | None = None,
            group_type: GroupListTypeFilter
            | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "BChatRoom", "Community"]
            | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[GroupIdEntry]:
            """Every item of `get_appid_group_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_http_svc/get_appid_group_list",
                {
                    **unknown_fields,
                    "limit": limit,
                    "group_type": group_type,
                },
                extra_body,
                request_options,
            )

    @overload
    async def destroy_group(
        self,
        request: DestroyGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyGroupResponse: ...

    @overload
    async def destroy_group(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyGroupResponse: ...

    async def destroy_group(
        self,
        request: DestroyGroupRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DestroyGroupResponse:
        """Dismiss a group.

        Dismisses a group for good.

        `POST /v4/group_open_http_svc/destroy_group` - https://trtc.io/document/34896
        Idempotent: yes (A dismissed group stays dismissed; a repeat answers 10010.)
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to dismiss.
        """
        return cast(
            "DestroyGroupResponse",
            await self._client._call(
                "group_open_http_svc/destroy_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_group_info(
        self,
        request: GetGroupInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupInfoResponse: ...

    @overload
    async def get_group_info(
        self,
        *,
        group_id_list: Sequence[str],
        response_filter: GroupInfoResponseFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupInfoResponse: ...

    async def get_group_info(
        self,
        request: GetGroupInfoRequest | None = None,
        *,
        group_id_list: Sequence[str] | None = None,
        response_filter: GroupInfoResponseFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupInfoResponse:
        """Get group profiles.

        Returns the profiles of up to 50 groups: basic fields, members and custom fields, optionally
        filtered; each group carries its own result code.

        `POST /v4/group_open_http_svc/get_group_info` - https://trtc.io/document/34961
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in GroupInfo; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id_list: Groups to read.
            response_filter: Which fields to return; omitted, everything is returned.
        """
        return cast(
            "GetGroupInfoResponse",
            await self._client._call(
                "group_open_http_svc/get_group_info",
                request,
                {
                    **unknown_fields,
                    "group_id_list": group_id_list,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def get_group_info_in_batches(
            self,
            *,
            group_id_list: Sequence[str],
            response_filter: GroupInfoResponseFilterParam | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def get_group_info_in_batches(
            self,
            *,
            group_id_list: Sequence[str] | None = None,
            response_filter: GroupInfoResponseFilterParam | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`get_group_info` for any number of group_id_list: 50 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/get_group_info",
                "group_id_list",
                {
                    **unknown_fields,
                    "group_id_list": group_id_list,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def modify_group_base_info(
        self,
        request: ModifyGroupBaseInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyGroupBaseInfoResponse: ...

    @overload
    async def modify_group_base_info(
        self,
        *,
        group_id: str,
        name: str | None = None,
        introduction: str | None = None,
        notification: str | None = None,
        face_url: str | None = None,
        max_member_num: int | None = None,
        apply_join_option: ApplyJoinOption | Literal["FreeAccess", "NeedPermission", "DisableApply"] | None = None,
        mute_all_member: GroupSwitch | Literal["On", "Off"] | None = None,
        app_defined_data: Sequence[AppDefinedDataItemParam] | None = None,
        invite_join_option: InviteJoinOption | Literal["FreeAccess", "NeedPermission", "DisableInvite"] | None = None,
        from_account: str | None = None,
        enable_permission: GroupFlag | Literal[0, 1] | None = None,
        default_permission: int | None = None,
        history_msg_before_join: GroupSwitch | Literal["On", "Off"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyGroupBaseInfoResponse: ...

    async def modify_group_base_info(
        self,
        request: ModifyGroupBaseInfoRequest | None = None,
        *,
        group_id: str | None = None,
        name: str | None = None,
        introduction: str | None = None,
        notification: str | None = None,
        face_url: str | None = None,
        max_member_num: int | None = None,
        apply_join_option: ApplyJoinOption | Literal["FreeAccess", "NeedPermission", "DisableApply"] | None = None,
        mute_all_member: GroupSwitch | Literal["On", "Off"] | None = None,
        app_defined_data: Sequence[AppDefinedDataItemParam] | None = None,
        invite_join_option: InviteJoinOption | Literal["FreeAccess", "NeedPermission", "DisableInvite"] | None = None,
        from_account: str | None = None,
        enable_permission: GroupFlag | Literal[0, 1] | None = None,
        default_permission: int | None = None,
        history_msg_before_join: GroupSwitch | Literal["On", "Off"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyGroupBaseInfoResponse:
        """Change a group profile.

        Changes the basic fields, the whole-group mute, join and invitation policies and group-level
        custom fields of a group.

        `POST /v4/group_open_http_svc/modify_group_base_info` - https://trtc.io/document/34962
        Idempotent: yes (The given fields are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to change.
            name: New name.
            introduction: New introduction.
            notification: New notice.
            face_url: New avatar URL.
            max_member_num: New member cap, within the package limit (ignored for AVChatRoom). Unit: count. Group
                types: Private, Public, ChatRoom, Community.
            apply_join_option: Join-application policy (not for Community). Group types: Private, Public, ChatRoom,
                AVChatRoom.
            mute_all_member: On mutes everyone except the owner, administrators and the app administrator.
            app_defined_data: Group-level custom fields to set; an empty Value deletes that key.
            invite_join_option: Invitation policy (newer field; not for AVChatRoom). Group types: Private, Public,
                ChatRoom, Community.
            from_account: User shown as the operator of the change instead of the administrator (newer field);
                must exist.
            enable_permission: Turn permission groups on or off for a topic-enabled community (newer field). Group
                types: Community.
            default_permission: Default permission bits of members (newer field). Group types: Community.
            history_msg_before_join: Whether new members see messages posted before they joined (newer field). Group types:
                Private, Public, ChatRoom.
        """
        return cast(
            "ModifyGroupBaseInfoResponse",
            await self._client._call(
                "group_open_http_svc/modify_group_base_info",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "name": name,
                    "introduction": introduction,
                    "notification": notification,
                    "face_url": face_url,
                    "max_member_num": max_member_num,
                    "apply_join_option": apply_join_option,
                    "mute_all_member": mute_all_member,
                    "app_defined_data": app_defined_data,
                    "invite_join_option": invite_join_option,
                    "from_account": from_account,
                    "enable_permission": enable_permission,
                    "default_permission": default_permission,
                    "history_msg_before_join": history_msg_before_join,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_joined_group_list(
        self,
        request: GetJoinedGroupListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetJoinedGroupListResponse: ...

    @overload
    async def get_joined_group_list(
        self,
        *,
        member_account: str,
        with_huge_groups: GroupFlag | Literal[0, 1] | None = None,
        with_no_active_groups: GroupFlag | Literal[0, 1] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        group_type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None = None,
        response_filter: JoinedGroupResponseFilterParam | None = None,
        support_topic: GroupFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetJoinedGroupListResponse: ...

    async def get_joined_group_list(
        self,
        request: GetJoinedGroupListRequest | None = None,
        *,
        member_account: str | None = None,
        with_huge_groups: GroupFlag | Literal[0, 1] | None = None,
        with_no_active_groups: GroupFlag | Literal[0, 1] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        group_type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None = None,
        response_filter: JoinedGroupResponseFilterParam | None = None,
        support_topic: GroupFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetJoinedGroupListResponse:
        """List the groups a user joined.

        Returns the groups a user belongs to, optionally of one type, with selected group fields and the
        user's own membership data; AVChatRoom and not-yet-activated work groups only on request.

        `POST /v4/group_open_http_svc/get_joined_group_list` - https://trtc.io/document/34925
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            member_account: User whose groups are listed.
            with_huge_groups: 1 includes AVChatRoom groups (their data may be incomplete). Server default when
                omitted: 0.
            with_no_active_groups: 1 includes work groups that are not activated yet. Server default when omitted: 0.
            limit: Groups per call; omitted, all groups are returned.
            offset: Position of the first group to return: (page - 1) x page size. Server default when
                omitted: 0.
            group_type: Only groups of this type.
            response_filter: Which group and membership fields to return.
            support_topic: Only communities with (1) or without (0) topics; the table says GroupType must then be
                Community. Group types: Community.
        """
        return cast(
            "GetJoinedGroupListResponse",
            await self._client._call(
                "group_open_http_svc/get_joined_group_list",
                request,
                {
                    **unknown_fields,
                    "member_account": member_account,
                    "with_huge_groups": with_huge_groups,
                    "with_no_active_groups": with_no_active_groups,
                    "limit": limit,
                    "offset": offset,
                    "group_type": group_type,
                    "response_filter": response_filter,
                    "support_topic": support_topic,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_joined_group_list(
            self,
            *,
            member_account: str,
            with_huge_groups: GroupFlag | Literal[0, 1] | None = None,
            with_no_active_groups: GroupFlag | Literal[0, 1] | None = None,
            limit: int | None = None,
            group_type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None = None,
            response_filter: JoinedGroupResponseFilterParam | None = None,
            support_topic: GroupFlag | Literal[0, 1] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[JoinedGroup]: ...

    else:

        def iter_get_joined_group_list(
            self,
            *,
            member_account: str | None = None,
            with_huge_groups: GroupFlag | Literal[0, 1] | None = None,
            with_no_active_groups: GroupFlag | Literal[0, 1] | None = None,
            limit: int | None = None,
            group_type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None = None,
            response_filter: JoinedGroupResponseFilterParam | None = None,
            support_topic: GroupFlag | Literal[0, 1] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[JoinedGroup]:
            """Every item of `get_joined_group_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_http_svc/get_joined_group_list",
                {
                    **unknown_fields,
                    "member_account": member_account,
                    "with_huge_groups": with_huge_groups,
                    "with_no_active_groups": with_no_active_groups,
                    "limit": limit,
                    "group_type": group_type,
                    "response_filter": response_filter,
                    "support_topic": support_topic,
                },
                extra_body,
                request_options,
            )

    @overload
    async def get_group_member_info(
        self,
        request: GetGroupMemberInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupMemberInfoResponse: ...

    @overload
    async def get_group_member_info(
        self,
        *,
        group_id: str,
        member_info_filter: Sequence[
            GroupMemberInfoField
            | Literal[
                "Member_Account",
                "Role",
                "JoinTime",
                "MsgSeq",
                "MsgFlag",
                "LastSendMsgTime",
                "MuteUntil",
                "NameCard",
                "OnlineStatus",
            ]
            | str
        ]
        | None = None,
        member_role_filter: Sequence[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None = None,
        app_defined_data_filter_group_member: Sequence[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        next: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupMemberInfoResponse: ...

    async def get_group_member_info(
        self,
        request: GetGroupMemberInfoRequest | None = None,
        *,
        group_id: str | None = None,
        member_info_filter: Sequence[
            GroupMemberInfoField
            | Literal[
                "Member_Account",
                "Role",
                "JoinTime",
                "MsgSeq",
                "MsgFlag",
                "LastSendMsgTime",
                "MuteUntil",
                "NameCard",
                "OnlineStatus",
            ]
            | str
        ]
        | None = None,
        member_role_filter: Sequence[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None = None,
        app_defined_data_filter_group_member: Sequence[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        next: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupMemberInfoResponse:
        """Get group member profiles.

        Returns the members of a group with their profiles and member-level custom fields, optionally
        filtered by field and role; communities page with a Next cursor, other groups with Limit and
        Offset.

        `POST /v4/group_open_http_svc/get_group_member_info` - https://trtc.io/document/34948
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group to read.
            member_info_filter: Member fields to return (Member_Account always comes back); omitted, all fields.
            member_role_filter: Only members with these roles; omitted, all roles.
            app_defined_data_filter_group_member: Keys of member-level custom fields to return.
            limit: Members per call (at most 100 with Next, 200 recommended with Offset); omitted, every
                member.
            offset: Position of the first member to return: (page - 1) x page size. Not supported for
                communities. Server default when omitted: 0. Group types: Private, Public, ChatRoom.
            next: Community cursor, required for communities: empty for the first call, then the Next of
                the previous reply. Group types: Community.
        """
        return cast(
            "GetGroupMemberInfoResponse",
            await self._client._call(
                "group_open_http_svc/get_group_member_info",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_info_filter": member_info_filter,
                    "member_role_filter": member_role_filter,
                    "app_defined_data_filter_group_member": app_defined_data_filter_group_member,
                    "limit": limit,
                    "offset": offset,
                    "next": next,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_group_member_info(
            self,
            *,
            group_id: str,
            member_info_filter: Sequence[
                GroupMemberInfoField
                | Literal[
                    "Member_Account",
                    "Role",
                    "JoinTime",
                    "MsgSeq",
                    "MsgFlag",
                    "LastSendMsgTime",
                    "MuteUntil",
                    "NameCard",
                    "OnlineStatus",
                ]
                | str
            ]
            | None = None,
            member_role_filter: Sequence[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None = None,
            app_defined_data_filter_group_member: Sequence[str] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[GroupMemberInfo]: ...

    else:

        def iter_get_group_member_info(
            self,
            *,
            group_id: str | None = None,
            member_info_filter: Sequence[
                GroupMemberInfoField
                | Literal[
                    "Member_Account",
                    "Role",
                    "JoinTime",
                    "MsgSeq",
                    "MsgFlag",
                    "LastSendMsgTime",
                    "MuteUntil",
                    "NameCard",
                    "OnlineStatus",
                ]
                | str
            ]
            | None = None,
            member_role_filter: Sequence[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None = None,
            app_defined_data_filter_group_member: Sequence[str] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[GroupMemberInfo]:
            """Every item of `get_group_member_info`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_http_svc/get_group_member_info",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_info_filter": member_info_filter,
                    "member_role_filter": member_role_filter,
                    "app_defined_data_filter_group_member": app_defined_data_filter_group_member,
                    "limit": limit,
                    "offset": offset,
                },
                extra_body,
                request_options,
            )

    @overload
    async def get_specified_group_member_info(
        self,
        request: GetSpecifiedGroupMemberInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSpecifiedGroupMemberInfoResponse: ...

    @overload
    async def get_specified_group_member_info(
        self,
        *,
        group_id: str,
        member_list_account: Sequence[str],
        member_info_filter: Sequence[
            GroupMemberInfoField
            | Literal[
                "Member_Account",
                "Role",
                "JoinTime",
                "MsgSeq",
                "MsgFlag",
                "LastSendMsgTime",
                "MuteUntil",
                "NameCard",
                "OnlineStatus",
            ]
            | str
        ]
        | None = None,
        member_role_filter: Sequence[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None = None,
        app_defined_data_filter_group_member: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSpecifiedGroupMemberInfoResponse: ...

    async def get_specified_group_member_info(
        self,
        request: GetSpecifiedGroupMemberInfoRequest | None = None,
        *,
        group_id: str | None = None,
        member_list_account: Sequence[str] | None = None,
        member_info_filter: Sequence[
            GroupMemberInfoField
            | Literal[
                "Member_Account",
                "Role",
                "JoinTime",
                "MsgSeq",
                "MsgFlag",
                "LastSendMsgTime",
                "MuteUntil",
                "NameCard",
                "OnlineStatus",
            ]
            | str
        ]
        | None = None,
        member_role_filter: Sequence[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None = None,
        app_defined_data_filter_group_member: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetSpecifiedGroupMemberInfoResponse:
        """Get profiles of given members.

        Returns the profiles and member-level custom fields of up to 50 named members of one group.

        `POST /v4/group_open_http_svc/get_specified_group_member_info` - https://trtc.io/document/64897
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group to read.
            member_list_account: Members to read.
            member_info_filter: Member fields to return (Member_Account always comes back; OnlineStatus needs the
                online-status feature).
            member_role_filter: Only members with these roles.
            app_defined_data_filter_group_member: Keys of member-level custom fields to return.
        """
        return cast(
            "GetSpecifiedGroupMemberInfoResponse",
            await self._client._call(
                "group_open_http_svc/get_specified_group_member_info",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_list_account": member_list_account,
                    "member_info_filter": member_info_filter,
                    "member_role_filter": member_role_filter,
                    "app_defined_data_filter_group_member": app_defined_data_filter_group_member,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def get_specified_group_member_info_in_batches(
            self,
            *,
            group_id: str,
            member_list_account: Sequence[str],
            member_info_filter: Sequence[
                GroupMemberInfoField
                | Literal[
                    "Member_Account",
                    "Role",
                    "JoinTime",
                    "MsgSeq",
                    "MsgFlag",
                    "LastSendMsgTime",
                    "MuteUntil",
                    "NameCard",
                    "OnlineStatus",
                ]
                | str
            ]
            | None = None,
            member_role_filter: Sequence[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None = None,
            app_defined_data_filter_group_member: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def get_specified_group_member_info_in_batches(
            self,
            *,
            group_id: str | None = None,
            member_list_account: Sequence[str] | None = None,
            member_info_filter: Sequence[
                GroupMemberInfoField
                | Literal[
                    "Member_Account",
                    "Role",
                    "JoinTime",
                    "MsgSeq",
                    "MsgFlag",
                    "LastSendMsgTime",
                    "MuteUntil",
                    "NameCard",
                    "OnlineStatus",
                ]
                | str
            ]
            | None = None,
            member_role_filter: Sequence[GroupMemberRole | Literal["Owner", "Admin", "Member"]] | None = None,
            app_defined_data_filter_group_member: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`get_specified_group_member_info` for any number of member_list_account: 50 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/get_specified_group_member_info",
                "member_list_account",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_list_account": member_list_account,
                    "member_info_filter": member_info_filter,
                    "member_role_filter": member_role_filter,
                    "app_defined_data_filter_group_member": app_defined_data_filter_group_member,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def add_group_member(
        self,
        request: AddGroupMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddGroupMemberResponse: ...

    @overload
    async def add_group_member(
        self,
        *,
        group_id: str,
        member_list: Sequence[GroupMemberToAddParam],
        silence: GroupFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddGroupMemberResponse: ...

    async def add_group_member(
        self,
        request: AddGroupMemberRequest | None = None,
        *,
        group_id: str | None = None,
        member_list: Sequence[GroupMemberToAddParam] | None = None,
        silence: GroupFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddGroupMemberResponse:
        """Add group members.

        Adds up to 300 users to a group, optionally without notifying anyone, and reports the outcome
        per user; not for AVChatRoom, which users can only join by applying.

        `POST /v4/group_open_http_svc/add_group_member` - https://trtc.io/document/34921
        Idempotent: yes (Adding a user who is already a member reports Result 2 and leaves the group unchanged.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.
        Partial success: results per item in MemberList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Group to add to.
            member_list: Users to add.
            silence: 1 adds the users without notifying anyone. Server default when omitted: 0.
        """
        return cast(
            "AddGroupMemberResponse",
            await self._client._call(
                "group_open_http_svc/add_group_member",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_list": member_list,
                    "silence": silence,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def add_group_member_in_batches(
            self,
            *,
            group_id: str,
            member_list: Sequence[GroupMemberToAddParam],
            silence: GroupFlag | Literal[0, 1] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[GroupMemberToAddParam]: ...

    else:

        async def add_group_member_in_batches(
            self,
            *,
            group_id: str | None = None,
            member_list: Sequence[GroupMemberToAddParam] | None = None,
            silence: GroupFlag | Literal[0, 1] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[GroupMemberToAddParam]:
            """`add_group_member` for any number of member_list: 300 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/add_group_member",
                "member_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_list": member_list,
                    "silence": silence,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def delete_group_member(
        self,
        request: DeleteGroupMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteGroupMemberResponse: ...

    @overload
    async def delete_group_member(
        self,
        *,
        group_id: str,
        member_to_del_account: Sequence[str],
        silence: GroupFlag | Literal[0, 1] | None = None,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteGroupMemberResponse: ...

    async def delete_group_member(
        self,
        request: DeleteGroupMemberRequest | None = None,
        *,
        group_id: str | None = None,
        member_to_del_account: Sequence[str] | None = None,
        silence: GroupFlag | Literal[0, 1] | None = None,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteGroupMemberResponse:
        """Remove group members.

        Removes up to 100 members from a group, optionally silently and with a reason shown in the
        notification.

        `POST /v4/group_open_http_svc/delete_group_member` - https://trtc.io/document/34949
        Idempotent: yes (Removing a user who is not a member still succeeds, so a repeat leaves the same members.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group to remove from.
            member_to_del_account: User IDs to remove.
            silence: 1 removes silently: only the removed members are told. Server default when omitted: 0.
            reason: Reason shown in the removal notification.
        """
        return cast(
            "DeleteGroupMemberResponse",
            await self._client._call(
                "group_open_http_svc/delete_group_member",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_to_del_account": member_to_del_account,
                    "silence": silence,
                    "reason": reason,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def delete_group_member_in_batches(
            self,
            *,
            group_id: str,
            member_to_del_account: Sequence[str],
            silence: GroupFlag | Literal[0, 1] | None = None,
            reason: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def delete_group_member_in_batches(
            self,
            *,
            group_id: str | None = None,
            member_to_del_account: Sequence[str] | None = None,
            silence: GroupFlag | Literal[0, 1] | None = None,
            reason: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`delete_group_member` for any number of member_to_del_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/delete_group_member",
                "member_to_del_account",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_to_del_account": member_to_del_account,
                    "silence": silence,
                    "reason": reason,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def modify_group_member_info(
        self,
        request: ModifyGroupMemberInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyGroupMemberInfoResponse: ...

    @overload
    async def modify_group_member_info(
        self,
        *,
        group_id: str,
        member_account: str,
        role: GroupMemberRoleSetting | Literal["Admin", "Member"] | None = None,
        msg_flag: GroupMsgFlag | Literal["AcceptAndNotify", "AcceptNotNotify", "Discard"] | None = None,
        name_card: str | None = None,
        app_member_defined_data: Sequence[AppDefinedDataItemParam] | None = None,
        mute_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyGroupMemberInfoResponse: ...

    async def modify_group_member_info(
        self,
        request: ModifyGroupMemberInfoRequest | None = None,
        *,
        group_id: str | None = None,
        member_account: str | None = None,
        role: GroupMemberRoleSetting | Literal["Admin", "Member"] | None = None,
        msg_flag: GroupMsgFlag | Literal["AcceptAndNotify", "AcceptNotNotify", "Discard"] | None = None,
        name_card: str | None = None,
        app_member_defined_data: Sequence[AppDefinedDataItemParam] | None = None,
        mute_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyGroupMemberInfoResponse:
        """Change a member profile.

        Changes one member's role (administrator or not), message option, name card, member-level custom
        fields or mute time.

        `POST /v4/group_open_http_svc/modify_group_member_info` - https://trtc.io/document/34900
        Idempotent: yes (The given fields are overwritten with the same values (a mute time counts again from the latest call).)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group of the member.
            member_account: Member to change.
            role: Admin grants, Member revokes the administrator role; the owner's role cannot be changed
                here.
            msg_flag: Message receiving option.
            name_card: Name card in the group.
            app_member_defined_data: Member-level custom fields to set (values up to 64 bytes).
            mute_time: Mute the member for this long; 0 lifts the mute (not for work groups). Unit: seconds.
                Group types: Public, ChatRoom, Community.
        """
        return cast(
            "ModifyGroupMemberInfoResponse",
            await self._client._call(
                "group_open_http_svc/modify_group_member_info",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_account": member_account,
                    "role": role,
                    "msg_flag": msg_flag,
                    "name_card": name_card,
                    "app_member_defined_data": app_member_defined_data,
                    "mute_time": mute_time,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_role_in_group(
        self,
        request: GetRoleInGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoleInGroupResponse: ...

    @overload
    async def get_role_in_group(
        self,
        *,
        group_id: str,
        user_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetRoleInGroupResponse: ...

    async def get_role_in_group(
        self,
        request: GetRoleInGroupRequest | None = None,
        *,
        group_id: str | None = None,
        user_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetRoleInGroupResponse:
        """Get member roles.

        Returns the role (owner, administrator, member or not a member) of up to 500 users in one group.

        `POST /v4/group_open_http_svc/get_role_in_group` - https://trtc.io/document/34963
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group to query.
            user_account: User IDs to check.
        """
        return cast(
            "GetRoleInGroupResponse",
            await self._client._call(
                "group_open_http_svc/get_role_in_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "user_account": user_account,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def get_role_in_group_in_batches(
            self,
            *,
            group_id: str,
            user_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def get_role_in_group_in_batches(
            self,
            *,
            group_id: str | None = None,
            user_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`get_role_in_group` for any number of user_account: 500 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/get_role_in_group",
                "user_account",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "user_account": user_account,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def forbid_send_msg(
        self,
        request: ForbidSendMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ForbidSendMsgResponse: ...

    @overload
    async def forbid_send_msg(
        self,
        *,
        group_id: str,
        members_account: Sequence[str],
        mute_time: int,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ForbidSendMsgResponse: ...

    async def forbid_send_msg(
        self,
        request: ForbidSendMsgRequest | None = None,
        *,
        group_id: str | None = None,
        members_account: Sequence[str] | None = None,
        mute_time: int | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ForbidSendMsgResponse:
        """Mute or unmute members.

        Mutes up to 500 members for a number of seconds, or unmutes them with 0, in the whole group or
        in one community topic.

        `POST /v4/group_open_http_svc/forbid_send_msg` - https://trtc.io/document/34951
        Idempotent: yes (Muting again keeps the members muted (the end is counted from the latest call); unmuting twice leaves them unmuted.)
        Rate limit: 200 requests/s.
        Group types: Public, ChatRoom, AVChatRoom, Community.

        Args:
            group_id: Group of the members.
            members_account: Members to mute or unmute (note the plural Members_).
            mute_time: Length of the mute; 0 unmutes, 4294967295 mutes for good. Unit: seconds.
            topic_id: Only in this topic of a topic-enabled community. Group types: Community.
        """
        return cast(
            "ForbidSendMsgResponse",
            await self._client._call(
                "group_open_http_svc/forbid_send_msg",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "members_account": members_account,
                    "mute_time": mute_time,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def forbid_send_msg_in_batches(
            self,
            *,
            group_id: str,
            members_account: Sequence[str],
            mute_time: int,
            topic_id: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def forbid_send_msg_in_batches(
            self,
            *,
            group_id: str | None = None,
            members_account: Sequence[str] | None = None,
            mute_time: int | None = None,
            topic_id: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`forbid_send_msg` for any number of members_account: 500 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/forbid_send_msg",
                "members_account",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "members_account": members_account,
                    "mute_time": mute_time,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def get_group_muted_account(
        self,
        request: GetGroupMutedAccountRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupMutedAccountResponse: ...

    @overload
    async def get_group_muted_account(
        self,
        *,
        group_id: str,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupMutedAccountResponse: ...

    async def get_group_muted_account(
        self,
        request: GetGroupMutedAccountRequest | None = None,
        *,
        group_id: str | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupMutedAccountResponse:
        """List muted members.

        Returns the muted members of a group (or of one community topic) with the end of each mute.

        `POST /v4/group_open_http_svc/get_group_muted_account` - https://trtc.io/document/34964
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to read.
            topic_id: Only this topic of a topic-enabled community. Group types: Community.
        """
        return cast(
            "GetGroupMutedAccountResponse",
            await self._client._call(
                "group_open_http_svc/get_group_muted_account",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_group_shutted_uin(
        self,
        request: GetGroupShuttedUinRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupShuttedUinResponse: ...

    @overload
    async def get_group_shutted_uin(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupShuttedUinResponse: ...

    async def get_group_shutted_uin(
        self,
        request: GetGroupShuttedUinRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupShuttedUinResponse:
        """List muted members (legacy name).

        The older name of get_group_muted_account, still on the English list page; replies with
        ShuttedUinList.

        `POST /v4/group_open_http_svc/get_group_shutted_uin` - https://trtc.io/document/34964
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.
        Group types: Private, Public, ChatRoom, AVChatRoom.

        Args:
            group_id: Group to read.
        """
        return cast(
            "GetGroupShuttedUinResponse",
            await self._client._call(
                "group_open_http_svc/get_group_shutted_uin",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def change_group_owner(
        self,
        request: ChangeGroupOwnerRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ChangeGroupOwnerResponse: ...

    @overload
    async def change_group_owner(
        self,
        *,
        group_id: str,
        new_owner_account: str,
        from_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ChangeGroupOwnerResponse: ...

    async def change_group_owner(
        self,
        request: ChangeGroupOwnerRequest | None = None,
        *,
        group_id: str | None = None,
        new_owner_account: str | None = None,
        from_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ChangeGroupOwnerResponse:
        """Transfer group ownership.

        Makes a member the owner of the group (also gives an owner-less group an owner).

        `POST /v4/group_open_http_svc/change_group_owner` - https://trtc.io/document/34966
        Idempotent: yes (Transferring to the same user again leaves the same owner.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group to change.
            new_owner_account: New owner; must already be a member.
            from_account: User shown as the operator of the transfer (newer field).
        """
        return cast(
            "ChangeGroupOwnerResponse",
            await self._client._call(
                "group_open_http_svc/change_group_owner",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "new_owner_account": new_owner_account,
                    "from_account": from_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def set_unread_msg_num(
        self,
        request: SetUnreadMsgNumRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetUnreadMsgNumResponse: ...

    @overload
    async def set_unread_msg_num(
        self,
        *,
        group_id: str,
        member_account: str,
        unread_msg_num: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetUnreadMsgNumResponse: ...

    async def set_unread_msg_num(
        self,
        request: SetUnreadMsgNumRequest | None = None,
        *,
        group_id: str | None = None,
        member_account: str | None = None,
        unread_msg_num: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetUnreadMsgNumResponse:
        """Set a member's unread count.

        Sets the unread message count of one member in a group, for example after a migration.

        `POST /v4/group_open_http_svc/set_unread_msg_num` - https://trtc.io/document/34909
        Idempotent: yes (Sets an absolute value.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, Community.

        Args:
            group_id: Group of the member.
            member_account: Member to change.
            unread_msg_num: Unread count; capped at the number of messages in the group. Unit: count.
        """
        return cast(
            "SetUnreadMsgNumResponse",
            await self._client._call(
                "group_open_http_svc/set_unread_msg_num",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_account": member_account,
                    "unread_msg_num": unread_msg_num,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def send_group_msg(
        self,
        request: SendGroupMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendGroupMsgResponse: ...

    @overload
    async def send_group_msg(
        self,
        *,
        group_id: str,
        msg_body: Sequence[MsgElementParam],
        random: int | None = None,
        msg_priority: GroupMsgPriority | Literal["High", "Normal", "Low"] | None = None,
        from_account: str | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        forbid_callback_control: Sequence[
            GroupForbidCallback | Literal["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]
        ]
        | None = None,
        online_only_flag: int | None = None,
        send_msg_control: Sequence[GroupSendMsgControl | Literal["NoLastMsg", "NoUnread"]] | None = None,
        cloud_custom_data: str | None = None,
        support_message_extension: GroupFlag | Literal[0, 1] | None = None,
        to_account: Sequence[str] | None = None,
        topic_id: str | None = None,
        group_at_info: Sequence[GroupAtInfoParam] | None = None,
        need_read_receipt: GroupFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendGroupMsgResponse: ...

    async def send_group_msg(
        self,
        request: SendGroupMsgRequest | None = None,
        *,
        group_id: str | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        random: int | None = None,
        msg_priority: GroupMsgPriority | Literal["High", "Normal", "Low"] | None = None,
        from_account: str | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        forbid_callback_control: Sequence[
            GroupForbidCallback | Literal["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]
        ]
        | None = None,
        online_only_flag: int | None = None,
        send_msg_control: Sequence[GroupSendMsgControl | Literal["NoLastMsg", "NoUnread"]] | None = None,
        cloud_custom_data: str | None = None,
        support_message_extension: GroupFlag | Literal[0, 1] | None = None,
        to_account: Sequence[str] | None = None,
        topic_id: str | None = None,
        group_at_info: Sequence[GroupAtInfoParam] | None = None,
        need_read_receipt: GroupFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendGroupMsgResponse:
        """Send a group message.

        Posts an ordinary message into a group or community topic, as the administrator or as a named
        member, with push, @ mention, targeted delivery, read receipt and webhook options.

        `POST /v4/group_open_http_svc/send_group_msg` - https://trtc.io/document/34959
        Idempotent: no (Each call posts another message, except that the server drops a repeat with the same content and Random within five minutes.)
        De-duplicated on Random: a resend after an ambiguous failure is safe.
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to post in.
            msg_body: Body of the message: one or more elements (12 KB in total at most).
            random: Random number used for de-duplication; required by the server and filled by the SDK when
                omitted.
            msg_priority: Priority of the message. Server default when omitted: Normal.
            from_account: User shown as the sender; omitted, the calling administrator. Must exist.
            offline_push_info: Offline push settings.
            forbid_callback_control: Webhooks to skip for this message.
            online_only_flag: 1 (any value above 0) delivers only to online members and stores nothing for offline or
                roaming; not for AVChatRoom. Server default when omitted: 0. Group types: Private,
                Public, ChatRoom, Community.
            send_msg_control: Per-message delivery options; not together with OnlineOnlyFlag 1.
            cloud_custom_data: Custom data stored with the message and delivered to receivers.
            support_message_extension: 1 allows message extensions (key-values) on this message. Server default when omitted:
                0.
            to_account: Deliver only to these members (Ultimate edition); the message is then not counted as
                unread. Group types: Private, Public, ChatRoom.
            topic_id: Post in this topic of a topic-enabled community. Group types: Community.
            group_at_info: @ mentions, in the order of the @ tokens in the text (@all is not available in
                AVChatRoom).
            need_read_receipt: 1 asks members for read receipts (newer field; read receipts need the Ultimate edition
                and a console switch). Server default when omitted: 0. Group types: Private, Public,
                ChatRoom.
        """
        return cast(
            "SendGroupMsgResponse",
            await self._client._call(
                "group_open_http_svc/send_group_msg",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_body": msg_body,
                    "random": random,
                    "msg_priority": msg_priority,
                    "from_account": from_account,
                    "offline_push_info": offline_push_info,
                    "forbid_callback_control": forbid_callback_control,
                    "online_only_flag": online_only_flag,
                    "send_msg_control": send_msg_control,
                    "cloud_custom_data": cloud_custom_data,
                    "support_message_extension": support_message_extension,
                    "to_account": to_account,
                    "topic_id": topic_id,
                    "group_at_info": group_at_info,
                    "need_read_receipt": need_read_receipt,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def send_group_system_notification(
        self,
        request: SendGroupSystemNotificationRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendGroupSystemNotificationResponse: ...

    @overload
    async def send_group_system_notification(
        self,
        *,
        group_id: str,
        content: str,
        to_members_account: Sequence[str] | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendGroupSystemNotificationResponse: ...

    async def send_group_system_notification(
        self,
        request: SendGroupSystemNotificationRequest | None = None,
        *,
        group_id: str | None = None,
        content: str | None = None,
        to_members_account: Sequence[str] | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendGroupSystemNotificationResponse:
        """Send a group system notification.

        Sends a text system notification to all or selected members of a group or topic; clients receive
        it as REST custom data (onReceiveRESTCustomData), not as a chat message.

        `POST /v4/group_open_http_svc/send_group_system_notification` - https://trtc.io/document/34958
        Idempotent: no (Each call delivers another notification and the page documents no de-duplication.)
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to notify.
            content: Text of the notification.
            to_members_account: Recipients; omitted or empty, every member (AVChatRoom supports only every member).
                Group types: Private, Public, ChatRoom, Community.
            topic_id: Send within this topic of a topic-enabled community. Group types: Community.
        """
        return cast(
            "SendGroupSystemNotificationResponse",
            await self._client._call(
                "group_open_http_svc/send_group_system_notification",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "content": content,
                    "to_members_account": to_members_account,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def send_group_system_notification_in_batches(
            self,
            *,
            group_id: str,
            content: str,
            to_members_account: Sequence[str],
            topic_id: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def send_group_system_notification_in_batches(
            self,
            *,
            group_id: str | None = None,
            content: str | None = None,
            to_members_account: Sequence[str] | None = None,
            topic_id: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`send_group_system_notification` for any number of to_members_account: 500 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/send_group_system_notification",
                "to_members_account",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "content": content,
                    "to_members_account": to_members_account,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def group_msg_recall(
        self,
        request: GroupMsgRecallRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupMsgRecallResponse: ...

    @overload
    async def group_msg_recall(
        self,
        *,
        group_id: str,
        msg_seq_list: Sequence[GroupMsgSeqItemParam],
        topic_id: str | None = None,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupMsgRecallResponse: ...

    async def group_msg_recall(
        self,
        request: GroupMsgRecallRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq_list: Sequence[GroupMsgSeqItemParam] | None = None,
        topic_id: str | None = None,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupMsgRecallResponse:
        """Recall group messages.

        Recalls up to 10 stored messages of a group or topic by sequence number and reports the outcome
        per message.

        `POST /v4/group_open_http_svc/group_msg_recall` - https://trtc.io/document/34965
        Idempotent: yes (A recalled message stays recalled; a repeat only reports an error code for it.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.
        Partial success: results per item in RecallRetList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Group of the messages.
            msg_seq_list: Messages to recall.
            topic_id: Topic of the messages in a topic-enabled community. Group types: Community.
            reason: Reason of the recall (newer field).
        """
        return cast(
            "GroupMsgRecallResponse",
            await self._client._call(
                "group_open_http_svc/group_msg_recall",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq_list": msg_seq_list,
                    "topic_id": topic_id,
                    "reason": reason,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def group_msg_recall_in_batches(
            self,
            *,
            group_id: str,
            msg_seq_list: Sequence[GroupMsgSeqItemParam],
            topic_id: str | None = None,
            reason: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[GroupMsgSeqItemParam]: ...

    else:

        async def group_msg_recall_in_batches(
            self,
            *,
            group_id: str | None = None,
            msg_seq_list: Sequence[GroupMsgSeqItemParam] | None = None,
            topic_id: str | None = None,
            reason: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[GroupMsgSeqItemParam]:
            """`group_msg_recall` for any number of msg_seq_list: 10 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/group_msg_recall",
                "msg_seq_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq_list": msg_seq_list,
                    "topic_id": topic_id,
                    "reason": reason,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def delete_group_msg_by_sender(
        self,
        request: DeleteGroupMsgBySenderRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteGroupMsgBySenderResponse: ...

    @overload
    async def delete_group_msg_by_sender(
        self,
        *,
        group_id: str,
        sender_account: str,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteGroupMsgBySenderResponse: ...

    async def delete_group_msg_by_sender(
        self,
        request: DeleteGroupMsgBySenderRequest | None = None,
        *,
        group_id: str | None = None,
        sender_account: str | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteGroupMsgBySenderResponse:
        """Recall a user's recent messages.

        Silently marks as recalled every message one user posted among the latest 1,000 messages of a
        group or topic; clients notice only when they pull roaming messages.

        `POST /v4/group_open_http_svc/delete_group_msg_by_sender` - https://trtc.io/document/34970
        Idempotent: yes (Recalled messages stay recalled; a repeat changes nothing more.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group of the messages.
            sender_account: User whose messages are recalled.
            topic_id: Topic of a topic-enabled community. Group types: Community.
        """
        return cast(
            "DeleteGroupMsgBySenderResponse",
            await self._client._call(
                "group_open_http_svc/delete_group_msg_by_sender",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "sender_account": sender_account,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def group_msg_get_simple(
        self,
        request: GroupMsgGetSimpleRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupMsgGetSimpleResponse: ...

    @overload
    async def group_msg_get_simple(
        self,
        *,
        group_id: str,
        req_msg_number: int,
        req_msg_seq: int | None = None,
        with_recalled_msg: GroupFlag | Literal[0, 1] | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupMsgGetSimpleResponse: ...

    async def group_msg_get_simple(
        self,
        request: GroupMsgGetSimpleRequest | None = None,
        *,
        group_id: str | None = None,
        req_msg_number: int | None = None,
        req_msg_seq: int | None = None,
        with_recalled_msg: GroupFlag | Literal[0, 1] | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupMsgGetSimpleResponse:
        """Pull group message history.

        Returns up to 20 stored messages of a group or topic with sequence numbers at or below a given
        one, newest first, for walking backwards through the history.

        `POST /v4/group_open_http_svc/group_msg_get_simple` - https://trtc.io/document/34971
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group to read.
            req_msg_number: Number of messages wanted.
            req_msg_seq: Highest sequence number to return (inclusive); omitted, the newest messages.
            with_recalled_msg: 1 includes recalled messages. Server default when omitted: 0.
            topic_id: Topic of a topic-enabled community. Group types: Community.
        """
        return cast(
            "GroupMsgGetSimpleResponse",
            await self._client._call(
                "group_open_http_svc/group_msg_get_simple",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "req_msg_number": req_msg_number,
                    "req_msg_seq": req_msg_seq,
                    "with_recalled_msg": with_recalled_msg,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_group_msg_get_simple(
            self,
            *,
            group_id: str,
            req_msg_number: int,
            with_recalled_msg: GroupFlag | Literal[0, 1] | None = None,
            topic_id: str | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[GroupHistoryMsg]: ...

    else:

        def iter_group_msg_get_simple(
            self,
            *,
            group_id: str | None = None,
            req_msg_number: int | None = None,
            with_recalled_msg: GroupFlag | Literal[0, 1] | None = None,
            topic_id: str | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[GroupHistoryMsg]:
            """Every item of `group_msg_get_simple`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_http_svc/group_msg_get_simple",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "req_msg_number": req_msg_number,
                    "with_recalled_msg": with_recalled_msg,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            )

    @overload
    async def clear_group_msg(
        self,
        request: ClearGroupMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ClearGroupMsgResponse: ...

    @overload
    async def clear_group_msg(
        self,
        *,
        group_id: str,
        msg_seq: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ClearGroupMsgResponse: ...

    async def clear_group_msg(
        self,
        request: ClearGroupMsgRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ClearGroupMsgResponse:
        """Clear group message history.

        Marks the stored messages of a group (all, or those up to a sequence number) as cleared so
        client SDKs can no longer pull them; administrators still can through group_msg_get_simple.

        `POST /v4/group_open_http_svc/clear_group_msg` - https://trtc.io/document/65970
        Idempotent: yes (Cleared messages stay cleared.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, AVChatRoom.

        Args:
            group_id: Group to clear.
            msg_seq: Clear messages with sequence numbers up to and including this one; omitted, all
                messages.
        """
        return cast(
            "ClearGroupMsgResponse",
            await self._client._call(
                "group_open_http_svc/clear_group_msg",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def send_broadcast_msg(
        self,
        request: SendBroadcastMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendBroadcastMsgResponse: ...

    @overload
    async def send_broadcast_msg(
        self,
        *,
        msg_body: Sequence[MsgElementParam],
        from_account: str | None = None,
        random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendBroadcastMsgResponse: ...

    async def send_broadcast_msg(
        self,
        request: SendBroadcastMsgRequest | None = None,
        *,
        msg_body: Sequence[MsgElementParam] | None = None,
        from_account: str | None = None,
        random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendBroadcastMsgResponse:
        """Broadcast to all audio-video groups.

        Sends one message to every audio-video group (AVChatRoom) of the app at once.

        `POST /v4/group_open_http_svc/send_broadcast_msg` - https://trtc.io/document/49440
        Idempotent: no (Each call broadcasts another message, except that the server drops a repeat with the same content and Random within five minutes.)
        De-duplicated on Random: a resend after an ambiguous failure is safe.
        Rate limit: 1 requests/s.
        Group types: AVChatRoom.

        Args:
            msg_body: Body; several elements may be merged into one message of up to 12,000 bytes.
            from_account: User shown as the sender; omitted, the calling administrator. Must exist.
            random: Random number used for de-duplication; required by the server and filled by the SDK when
                omitted.
            cloud_custom_data: Custom data delivered with the message.
        """
        return cast(
            "SendBroadcastMsgResponse",
            await self._client._call(
                "group_open_http_svc/send_broadcast_msg",
                request,
                {
                    **unknown_fields,
                    "msg_body": msg_body,
                    "from_account": from_account,
                    "random": random,
                    "cloud_custom_data": cloud_custom_data,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def import_group(
        self,
        request: ImportGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportGroupResponse: ...

    @overload
    async def import_group(
        self,
        *,
        type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"],
        name: str,
        owner_account: str | None = None,
        group_id: str | None = None,
        introduction: str | None = None,
        notification: str | None = None,
        face_url: str | None = None,
        max_member_count: int | None = None,
        apply_join_option: ApplyJoinOption | Literal["FreeAccess", "NeedPermission", "DisableApply"] | None = None,
        app_defined_data: Sequence[AppDefinedDataItemParam] | None = None,
        create_time: int | None = None,
        support_topic: GroupFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportGroupResponse: ...

    async def import_group(
        self,
        request: ImportGroupRequest | None = None,
        *,
        type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None = None,
        name: str | None = None,
        owner_account: str | None = None,
        group_id: str | None = None,
        introduction: str | None = None,
        notification: str | None = None,
        face_url: str | None = None,
        max_member_count: int | None = None,
        apply_join_option: ApplyJoinOption | Literal["FreeAccess", "NeedPermission", "DisableApply"] | None = None,
        app_defined_data: Sequence[AppDefinedDataItemParam] | None = None,
        create_time: int | None = None,
        support_topic: GroupFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImportGroupResponse:
        """Import a group.

        Creates a group for a migration, with an optional historical creation time, without webhooks or
        notifications (not for AVChatRoom).

        `POST /v4/group_open_http_svc/import_group` - https://trtc.io/document/34967
        Idempotent: no (Without a GroupId every call creates another group; with one, a repeat fails with 10021.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            type: Group type: Public, Private (Work), ChatRoom (Meeting) or Community.
            name: Group name.
            owner_account: User ID of the owner, who also becomes a member; omitted, no owner.
            group_id: Custom group ID (same rules as create_group).
            introduction: Introduction.
            notification: Notice.
            face_url: Avatar URL.
            max_member_count: Member cap: up to 6,000 (100,000 for communities). Unit: count. Server default when
                omitted: 2000.
            apply_join_option: Join-application policy (not for Community). Server default when omitted:
                NeedPermission. Group types: Private, Public, ChatRoom.
            app_defined_data: Group-level custom fields.
            create_time: Creation time; omitted, the time of the request. Unit: unix seconds.
            support_topic: Whether the community has topics. Group types: Community.
        """
        return cast(
            "ImportGroupResponse",
            await self._client._call(
                "group_open_http_svc/import_group",
                request,
                {
                    **unknown_fields,
                    "type": type,
                    "name": name,
                    "owner_account": owner_account,
                    "group_id": group_id,
                    "introduction": introduction,
                    "notification": notification,
                    "face_url": face_url,
                    "max_member_count": max_member_count,
                    "apply_join_option": apply_join_option,
                    "app_defined_data": app_defined_data,
                    "create_time": create_time,
                    "support_topic": support_topic,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def import_group_member(
        self,
        request: ImportGroupMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportGroupMemberResponse: ...

    @overload
    async def import_group_member(
        self,
        *,
        group_id: str,
        member_list: Sequence[ImportGroupMemberItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportGroupMemberResponse: ...

    async def import_group_member(
        self,
        request: ImportGroupMemberRequest | None = None,
        *,
        group_id: str | None = None,
        member_list: Sequence[ImportGroupMemberItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImportGroupMemberResponse:
        """Import group members.

        Imports up to 300 members with join time, role and unread count for a migration, without
        webhooks or notifications, and reports the outcome per member.

        `POST /v4/group_open_http_svc/import_group_member` - https://trtc.io/document/34969
        Idempotent: yes (Importing a member again reports Result 2 (already a member) and changes nothing.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.
        Partial success: results per item in MemberList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Group to import into.
            member_list: Members to import.
        """
        return cast(
            "ImportGroupMemberResponse",
            await self._client._call(
                "group_open_http_svc/import_group_member",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def import_group_member_in_batches(
            self,
            *,
            group_id: str,
            member_list: Sequence[ImportGroupMemberItemParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[ImportGroupMemberItemParam]: ...

    else:

        async def import_group_member_in_batches(
            self,
            *,
            group_id: str | None = None,
            member_list: Sequence[ImportGroupMemberItemParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[ImportGroupMemberItemParam]:
            """`import_group_member` for any number of member_list: 300 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/import_group_member",
                "member_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def import_group_msg(
        self,
        request: ImportGroupMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportGroupMsgResponse: ...

    @overload
    async def import_group_msg(
        self,
        *,
        group_id: str,
        msg_list: Sequence[ImportGroupMsgItemParam],
        recent_contact_flag: GroupFlag | Literal[0, 1] | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportGroupMsgResponse: ...

    async def import_group_msg(
        self,
        request: ImportGroupMsgRequest | None = None,
        *,
        group_id: str | None = None,
        msg_list: Sequence[ImportGroupMsgItemParam] | None = None,
        recent_contact_flag: GroupFlag | Literal[0, 1] | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImportGroupMsgResponse:
        """Import group messages.

        Imports up to 7 historical messages per call into a group or topic for a migration, oldest
        first, without webhooks or notifications, and reports the outcome per message.

        `POST /v4/group_open_http_svc/import_group_msg` - https://trtc.io/document/34968
        Idempotent: no (Imports append messages; a resend after a success should be refused per message (its time is no longer after the newest message) but the page does not promise it, so the SDK does not resend.
        )
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.
        Partial success: results per item in ImportMsgResult; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Group to import into.
            msg_list: Messages in ascending SendTime order.
            recent_contact_flag: 1 updates the members' conversations (not for AVChatRoom or Community). Server default
                when omitted: 0. Group types: Private, Public, ChatRoom.
            topic_id: Topic of a topic-enabled community. Group types: Community.
        """
        return cast(
            "ImportGroupMsgResponse",
            await self._client._call(
                "group_open_http_svc/import_group_msg",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_list": msg_list,
                    "recent_contact_flag": recent_contact_flag,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def import_group_msg_in_batches(
            self,
            *,
            group_id: str,
            msg_list: Sequence[ImportGroupMsgItemParam],
            recent_contact_flag: GroupFlag | Literal[0, 1] | None = None,
            topic_id: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[ImportGroupMsgItemParam]: ...

    else:

        async def import_group_msg_in_batches(
            self,
            *,
            group_id: str | None = None,
            msg_list: Sequence[ImportGroupMsgItemParam] | None = None,
            recent_contact_flag: GroupFlag | Literal[0, 1] | None = None,
            topic_id: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[ImportGroupMsgItemParam]:
            """`import_group_msg` for any number of msg_list: 7 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/import_group_msg",
                "msg_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_list": msg_list,
                    "recent_contact_flag": recent_contact_flag,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def import_topic(
        self,
        request: ImportTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportTopicResponse: ...

    @overload
    async def import_topic(
        self,
        *,
        group_id: str,
        topic_name: str,
        type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None = None,
        topic_id: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        create_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportTopicResponse: ...

    async def import_topic(
        self,
        request: ImportTopicRequest | None = None,
        *,
        group_id: str | None = None,
        topic_name: str | None = None,
        type: GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None = None,
        topic_id: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        create_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImportTopicResponse:
        """Import a topic.

        Creates a topic in a topic-enabled community for a migration, with an optional historical
        creation time, without webhooks or notifications.

        `POST /v4/group_open_http_svc/import_topic` - https://trtc.io/document/53448
        Idempotent: no (Without a TopicId every call creates another topic; with one, a repeat fails with 10021.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: Community that owns the topic.
            topic_name: Topic name.
            type: Type of the owning group; only Community is accepted.
            topic_id: Custom topic ID: GroupId + @TOPIC#_ + a printable ASCII part, 96 bytes at most.
            from_account: User shown as the creator of the topic. The server may also send it as integer.
            custom_string: Custom data of the topic.
            face_url: Avatar URL.
            notification: Notice.
            introduction: Introduction.
            create_time: Creation time; omitted, the time of the request. Unit: unix seconds.
        """
        return cast(
            "ImportTopicResponse",
            await self._client._call(
                "group_open_http_svc/import_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_name": topic_name,
                    "type": type,
                    "topic_id": topic_id,
                    "from_account": from_account,
                    "custom_string": custom_string,
                    "face_url": face_url,
                    "notification": notification,
                    "introduction": introduction,
                    "create_time": create_time,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_online_member_num(
        self,
        request: GroupGetOnlineMemberNumRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupGetOnlineMemberNumResponse: ...

    @overload
    async def get_online_member_num(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupGetOnlineMemberNumResponse: ...

    async def get_online_member_num(
        self,
        request: GroupGetOnlineMemberNumRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupGetOnlineMemberNumResponse:
        """Get the online member count.

        Returns the number of members currently online in a group (refreshed about every 10 seconds).

        `POST /v4/group_open_http_svc/get_online_member_num` - https://trtc.io/document/38521
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to read.
        """
        return cast(
            "GroupGetOnlineMemberNumResponse",
            await self._client._call(
                "group_open_http_svc/get_online_member_num",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_group_ban_member(
        self,
        request: GetGroupBanMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupBanMemberResponse: ...

    @overload
    async def get_group_ban_member(
        self,
        *,
        group_id: str,
        offset: int,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupBanMemberResponse: ...

    async def get_group_ban_member(
        self,
        request: GetGroupBanMemberRequest | None = None,
        *,
        group_id: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupBanMemberResponse:
        """List banned members.

        Pages through the users banned from an audio-video group with the end of each ban.

        `POST /v4/group_open_http_svc/get_group_ban_member` - https://trtc.io/document/50295
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: Group to read.
            offset: 0 for the first page, then the NextOffset of the previous reply.
            limit: Users per page.
        """
        return cast(
            "GetGroupBanMemberResponse",
            await self._client._call(
                "group_open_http_svc/get_group_ban_member",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "offset": offset,
                    "limit": limit,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_group_ban_member(
            self,
            *,
            group_id: str,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[BannedGroupMember]: ...

    else:

        def iter_get_group_ban_member(
            self,
            *,
            group_id: str | None = None,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[BannedGroupMember]:
            """Every item of `get_group_ban_member`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_http_svc/get_group_ban_member",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "limit": limit,
                },
                extra_body,
                request_options,
            )

    @overload
    async def ban_group_member(
        self,
        request: BanGroupMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BanGroupMemberResponse: ...

    @overload
    async def ban_group_member(
        self,
        *,
        group_id: str,
        members_account: Sequence[str],
        duration: int,
        description: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BanGroupMemberResponse: ...

    async def ban_group_member(
        self,
        request: BanGroupMemberRequest | None = None,
        *,
        group_id: str | None = None,
        members_account: Sequence[str] | None = None,
        duration: int | None = None,
        description: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BanGroupMemberResponse:
        """Ban audio-video group members.

        Bans up to 20 members from an audio-video group for a time; banned users cannot receive its
        messages or rejoin meanwhile.

        `POST /v4/group_open_http_svc/ban_group_member` - https://trtc.io/document/50296
        Idempotent: yes (Banning again keeps the users banned (the end is counted from the latest call).)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: Group of the members.
            members_account: Users to ban.
            duration: Length of the ban. Unit: seconds.
            description: Reason shown to the banned users.
        """
        return cast(
            "BanGroupMemberResponse",
            await self._client._call(
                "group_open_http_svc/ban_group_member",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "members_account": members_account,
                    "duration": duration,
                    "description": description,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def ban_group_member_in_batches(
            self,
            *,
            group_id: str,
            members_account: Sequence[str],
            duration: int,
            description: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def ban_group_member_in_batches(
            self,
            *,
            group_id: str | None = None,
            members_account: Sequence[str] | None = None,
            duration: int | None = None,
            description: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`ban_group_member` for any number of members_account: 20 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/ban_group_member",
                "members_account",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "members_account": members_account,
                    "duration": duration,
                    "description": description,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def unban_group_member(
        self,
        request: UnbanGroupMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UnbanGroupMemberResponse: ...

    @overload
    async def unban_group_member(
        self,
        *,
        group_id: str,
        members_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UnbanGroupMemberResponse: ...

    async def unban_group_member(
        self,
        request: UnbanGroupMemberRequest | None = None,
        *,
        group_id: str | None = None,
        members_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UnbanGroupMemberResponse:
        """Unban audio-video group members.

        Lifts the ban of up to 20 users of an audio-video group.

        `POST /v4/group_open_http_svc/unban_group_member` - https://trtc.io/document/50297
        Idempotent: yes (Lifting a ban twice leaves the users unbanned.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: Group of the users.
            members_account: Users to unban.
        """
        return cast(
            "UnbanGroupMemberResponse",
            await self._client._call(
                "group_open_http_svc/unban_group_member",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "members_account": members_account,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def unban_group_member_in_batches(
            self,
            *,
            group_id: str,
            members_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def unban_group_member_in_batches(
            self,
            *,
            group_id: str | None = None,
            members_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`unban_group_member` for any number of members_account: 20 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/unban_group_member",
                "members_account",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "members_account": members_account,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def modify_group_attr(
        self,
        request: ModifyGroupAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyGroupAttrResponse: ...

    @overload
    async def modify_group_attr(
        self,
        *,
        group_id: str,
        group_attr: Sequence[GroupAttrEntryParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyGroupAttrResponse: ...

    async def modify_group_attr(
        self,
        request: ModifyGroupAttrRequest | None = None,
        *,
        group_id: str | None = None,
        group_attr: Sequence[GroupAttrEntryParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyGroupAttrResponse:
        """Change group attributes.

        Adds or overwrites the given custom attributes of a group and leaves the others alone.

        `POST /v4/group_open_http_svc/modify_group_attr` - https://trtc.io/document/44188
        Idempotent: yes (The given attributes are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to change.
            group_attr: Attributes to write; a group holds at most 16 keys and 16,000 bytes of values.
        """
        return cast(
            "ModifyGroupAttrResponse",
            await self._client._call(
                "group_open_http_svc/modify_group_attr",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "group_attr": group_attr,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def set_group_attr(
        self,
        request: SetGroupAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetGroupAttrResponse: ...

    @overload
    async def set_group_attr(
        self,
        *,
        group_id: str,
        group_attr: Sequence[GroupAttrEntryParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetGroupAttrResponse: ...

    async def set_group_attr(
        self,
        request: SetGroupAttrRequest | None = None,
        *,
        group_id: str | None = None,
        group_attr: Sequence[GroupAttrEntryParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetGroupAttrResponse:
        """Replace group attributes.

        Replaces all custom attributes of a group with the given list.

        `POST /v4/group_open_http_svc/set_group_attr` - https://trtc.io/document/44190
        Idempotent: yes (The attribute set is replaced by the same list.)
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to change.
            group_attr: The new attribute set (16 keys and 16,000 bytes of values at most).
        """
        return cast(
            "SetGroupAttrResponse",
            await self._client._call(
                "group_open_http_svc/set_group_attr",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "group_attr": group_attr,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def delete_group_attr(
        self,
        request: DeleteGroupAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteGroupAttrResponse: ...

    @overload
    async def delete_group_attr(
        self,
        *,
        group_id: str,
        group_attr: Sequence[GroupAttrKeyParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteGroupAttrResponse: ...

    async def delete_group_attr(
        self,
        request: DeleteGroupAttrRequest | None = None,
        *,
        group_id: str | None = None,
        group_attr: Sequence[GroupAttrKeyParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteGroupAttrResponse:
        """Delete group attributes.

        Deletes the given custom attribute keys of a group.

        `POST /v4/group_open_http_svc/delete_group_attr` - https://trtc.io/document/59499
        Idempotent: yes (Deleted keys stay absent; a repeat answers 10050.)
        Rate limit: 200 requests/s.

        Args:
            group_id: Group to change.
            group_attr: Keys to delete.
        """
        return cast(
            "DeleteGroupAttrResponse",
            await self._client._call(
                "group_open_http_svc/delete_group_attr",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "group_attr": group_attr,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def clear_group_attr(
        self,
        request: ClearGroupAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ClearGroupAttrResponse: ...

    @overload
    async def clear_group_attr(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ClearGroupAttrResponse: ...

    async def clear_group_attr(
        self,
        request: ClearGroupAttrRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ClearGroupAttrResponse:
        """Clear group attributes.

        Deletes every custom attribute of a group.

        `POST /v4/group_open_http_svc/clear_group_attr` - https://trtc.io/document/44189
        Idempotent: yes (A cleared group stays without attributes.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, AVChatRoom.

        Args:
            group_id: Group to clear.
        """
        return cast(
            "ClearGroupAttrResponse",
            await self._client._call(
                "group_open_http_svc/clear_group_attr",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_group_counter(
        self,
        request: GetGroupCounterRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupCounterResponse: ...

    @overload
    async def get_group_counter(
        self,
        *,
        group_id: str,
        group_counter_keys: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupCounterResponse: ...

    async def get_group_counter(
        self,
        request: GetGroupCounterRequest | None = None,
        *,
        group_id: str | None = None,
        group_counter_keys: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupCounterResponse:
        """Get group counters.

        Returns the given or all integer counters of a group (Ultimate edition).

        `POST /v4/group_open_http_svc/get_group_counter` - https://trtc.io/document/53427
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, AVChatRoom.

        Args:
            group_id: Group to read.
            group_counter_keys: Counters to read; omitted, all of them.
        """
        return cast(
            "GetGroupCounterResponse",
            await self._client._call(
                "group_open_http_svc/get_group_counter",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "group_counter_keys": group_counter_keys,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def update_group_counter(
        self,
        request: UpdateGroupCounterRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateGroupCounterResponse: ...

    @overload
    async def update_group_counter(
        self,
        *,
        group_id: str,
        group_counter: Sequence[GroupCounterEntryParam],
        mode: GroupCounterMode | Literal["Set", "Increase", "Decrease"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateGroupCounterResponse: ...

    async def update_group_counter(
        self,
        request: UpdateGroupCounterRequest | None = None,
        *,
        group_id: str | None = None,
        group_counter: Sequence[GroupCounterEntryParam] | None = None,
        mode: GroupCounterMode | Literal["Set", "Increase", "Decrease"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UpdateGroupCounterResponse:
        """Update group counters.

        Sets, increases or decreases up to 20 counters of a group and returns their new values (Ultimate
        edition).

        `POST /v4/group_open_http_svc/update_group_counter` - https://trtc.io/document/53428
        Idempotent: no (Increase and Decrease apply again on a resend (only Set is repeatable), so the SDK does not resend it.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, AVChatRoom.

        Args:
            group_id: Group to change.
            group_counter: Counters and their values or operands.
            mode: How the values apply; the page gives no default.
        """
        return cast(
            "UpdateGroupCounterResponse",
            await self._client._call(
                "group_open_http_svc/update_group_counter",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "group_counter": group_counter,
                    "mode": mode,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def delete_group_counter(
        self,
        request: DeleteGroupCounterRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteGroupCounterResponse: ...

    @overload
    async def delete_group_counter(
        self,
        *,
        group_id: str,
        group_counter_keys: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteGroupCounterResponse: ...

    async def delete_group_counter(
        self,
        request: DeleteGroupCounterRequest | None = None,
        *,
        group_id: str | None = None,
        group_counter_keys: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteGroupCounterResponse:
        """Delete group counters.

        Deletes the given counters of a group, or all of them (Ultimate edition).

        `POST /v4/group_open_http_svc/delete_group_counter` - https://trtc.io/document/53429
        Idempotent: yes (Deleted counters stay absent.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, AVChatRoom.

        Args:
            group_id: Group to change.
            group_counter_keys: Counters to delete; omitted, every counter of the group.
        """
        return cast(
            "DeleteGroupCounterResponse",
            await self._client._call(
                "group_open_http_svc/delete_group_counter",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "group_counter_keys": group_counter_keys,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def group_msg_receipt(
        self,
        request: GroupMsgReceiptRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupMsgReceiptResponse: ...

    @overload
    async def group_msg_receipt(
        self,
        *,
        group_id: str,
        from_account: str,
        msg_seq_list: Sequence[GroupMsgSeqItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupMsgReceiptResponse: ...

    async def group_msg_receipt(
        self,
        request: GroupMsgReceiptRequest | None = None,
        *,
        group_id: str | None = None,
        from_account: str | None = None,
        msg_seq_list: Sequence[GroupMsgSeqItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupMsgReceiptResponse:
        """Send group read receipts.

        Marks up to 50 group messages that asked for read receipts as read by one member.

        `POST /v4/group_open_http_svc/group_msg_receipt` - https://cloud.tencent.com/document/product/269/107478
        Idempotent: yes (A message read once stays read.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom.

        Args:
            group_id: Group of the messages.
            from_account: Member who read the messages.
            msg_seq_list: Messages read.
        """
        return cast(
            "GroupMsgReceiptResponse",
            await self._client._call(
                "group_open_http_svc/group_msg_receipt",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "from_account": from_account,
                    "msg_seq_list": msg_seq_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def group_msg_receipt_in_batches(
            self,
            *,
            group_id: str,
            from_account: str,
            msg_seq_list: Sequence[GroupMsgSeqItemParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[GroupMsgSeqItemParam]: ...

    else:

        async def group_msg_receipt_in_batches(
            self,
            *,
            group_id: str | None = None,
            from_account: str | None = None,
            msg_seq_list: Sequence[GroupMsgSeqItemParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[GroupMsgSeqItemParam]:
            """`group_msg_receipt` for any number of msg_seq_list: 50 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/group_msg_receipt",
                "msg_seq_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "from_account": from_account,
                    "msg_seq_list": msg_seq_list,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def get_group_msg_receipt(
        self,
        request: GetGroupMsgReceiptRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupMsgReceiptResponse: ...

    @overload
    async def get_group_msg_receipt(
        self,
        *,
        group_id: str,
        msg_seq_list: Sequence[GroupMsgSeqItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupMsgReceiptResponse: ...

    async def get_group_msg_receipt(
        self,
        request: GetGroupMsgReceiptRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq_list: Sequence[GroupMsgSeqItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupMsgReceiptResponse:
        """Get group message read counts.

        Returns how many members have and have not read each of the given group messages that asked for
        read receipts.

        `POST /v4/group_open_http_svc/get_group_msg_receipt` - https://trtc.io/document/49439
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom.
        Partial success: results per item in GroupMsgReceiptList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Group of the messages.
            msg_seq_list: Messages to read counts for.
        """
        return cast(
            "GetGroupMsgReceiptResponse",
            await self._client._call(
                "group_open_http_svc/get_group_msg_receipt",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq_list": msg_seq_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_group_msg_receipt_detail(
        self,
        request: GetGroupMsgReceiptDetailRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupMsgReceiptDetailResponse: ...

    @overload
    async def get_group_msg_receipt_detail(
        self,
        *,
        group_id: str,
        msg_seq: int,
        filter: GroupReceiptListFilter | Literal[0, 1],
        cursor: str,
        count: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupMsgReceiptDetailResponse: ...

    async def get_group_msg_receipt_detail(
        self,
        request: GetGroupMsgReceiptDetailRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq: int | None = None,
        filter: GroupReceiptListFilter | Literal[0, 1] | None = None,
        cursor: str | None = None,
        count: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupMsgReceiptDetailResponse:
        """List readers of a group message.

        Pages through the members who have (or have not) read one group message that asked for read
        receipts.

        `POST /v4/group_open_http_svc/get_group_msg_receipt_detail` - https://trtc.io/document/49438
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom.

        Args:
            group_id: Group of the message.
            msg_seq: Sequence number of the message.
            filter: 0 lists readers (ReadList), 1 lists members who have not read it (UnreadList).
            cursor: Cursor: empty for the first call, then the Cursor of the previous reply.
            count: Members per call.
        """
        return cast(
            "GetGroupMsgReceiptDetailResponse",
            await self._client._call(
                "group_open_http_svc/get_group_msg_receipt_detail",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                    "filter": filter,
                    "cursor": cursor,
                    "count": count,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_group_msg_receipt_detail(
            self,
            *,
            group_id: str,
            msg_seq: int,
            count: int,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[GroupMsgReader]: ...

    else:

        def iter_get_group_msg_receipt_detail(
            self,
            *,
            group_id: str | None = None,
            msg_seq: int | None = None,
            count: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[GroupMsgReader]:
            """Every item of `get_group_msg_receipt_detail`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_http_svc/get_group_msg_receipt_detail",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                    "count": count,
                },
                extra_body,
                request_options,
            )

    @overload
    async def pin_message(
        self,
        request: PinMessageRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PinMessageResponse: ...

    @overload
    async def pin_message(
        self,
        *,
        group_id: str,
        msg_seq: int,
        topic_id: str | None = None,
        pinner_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PinMessageResponse: ...

    async def pin_message(
        self,
        request: PinMessageRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq: int | None = None,
        topic_id: str | None = None,
        pinner_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> PinMessageResponse:
        """Pin a group message.

        Pins a stored message of a group or community topic so clients show it on top.

        `POST /v4/group_open_http_svc/pin_message` - https://cloud.tencent.com/document/product/269/133874
        Idempotent: yes (Pinning a pinned message leaves it pinned.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group of the message.
            msg_seq: Sequence number of a message that exists and has not expired.
            topic_id: Topic of the message; required for communities. Group types: Community.
            pinner_account: User shown as having pinned it; omitted, the app administrator.
        """
        return cast(
            "PinMessageResponse",
            await self._client._call(
                "group_open_http_svc/pin_message",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                    "topic_id": topic_id,
                    "pinner_account": pinner_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def unpin_message(
        self,
        request: UnpinMessageRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UnpinMessageResponse: ...

    @overload
    async def unpin_message(
        self,
        *,
        group_id: str,
        msg_seq: int,
        topic_id: str | None = None,
        unpinner_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UnpinMessageResponse: ...

    async def unpin_message(
        self,
        request: UnpinMessageRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq: int | None = None,
        topic_id: str | None = None,
        unpinner_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UnpinMessageResponse:
        """Unpin a group message.

        Removes the pin from a message of a group or community topic.

        `POST /v4/group_open_http_svc/unpin_message` - https://cloud.tencent.com/document/product/269/134119
        Idempotent: yes (An unpinned message stays unpinned.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group of the message.
            msg_seq: Sequence number of a pinned message.
            topic_id: Topic of the message; required for communities. Group types: Community.
            unpinner_account: User shown as having unpinned it; omitted, the caller (then an app administrator is
                required).
        """
        return cast(
            "UnpinMessageResponse",
            await self._client._call(
                "group_open_http_svc/unpin_message",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                    "topic_id": topic_id,
                    "unpinner_account": unpinner_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_pinned_messages(
        self,
        request: GetPinnedMessagesRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetPinnedMessagesResponse: ...

    @overload
    async def get_pinned_messages(
        self,
        *,
        group_id: str,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetPinnedMessagesResponse: ...

    async def get_pinned_messages(
        self,
        request: GetPinnedMessagesRequest | None = None,
        *,
        group_id: str | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetPinnedMessagesResponse:
        """List pinned group messages.

        Returns the pinned messages of a group or community topic with who pinned them.

        `POST /v4/group_open_http_svc/get_pinned_messages` - https://cloud.tencent.com/document/product/269/134120
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group to read.
            topic_id: Topic to read; required for communities. Group types: Community.
        """
        return cast(
            "GetPinnedMessagesResponse",
            await self._client._call(
                "group_open_http_svc/get_pinned_messages",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def create_permission_group(
        self,
        request: CreatePermissionGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreatePermissionGroupResponse: ...

    @overload
    async def create_permission_group(
        self,
        *,
        group_id: str,
        permission_group_name: str,
        permission: int,
        permission_group_id: str | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreatePermissionGroupResponse: ...

    async def create_permission_group(
        self,
        request: CreatePermissionGroupRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_name: str | None = None,
        permission: int | None = None,
        permission_group_id: str | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreatePermissionGroupResponse:
        """Create a permission group.

        Creates a permission group (a named set of permission bits) in a community, optionally with a
        custom ID.

        `POST /v4/group_open_http_svc/create_permission_group` - https://trtc.io/document/61232
        Idempotent: no (Without a PermissionGroupId every call creates another permission group; with one, a repeat is refused.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: Community that owns the permission group.
            permission_group_name: Name of the permission group.
            permission: Community-level permission bits (one bit per permission; see the permission bit table).
            permission_group_id: Custom ID (the samples use the prefix @PMG#_); omitted, the server generates one.
            custom_string: Custom data of the permission group.
        """
        return cast(
            "CreatePermissionGroupResponse",
            await self._client._call(
                "group_open_http_svc/create_permission_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_name": permission_group_name,
                    "permission": permission,
                    "permission_group_id": permission_group_id,
                    "custom_string": custom_string,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def destroy_permission_group(
        self,
        request: DestroyPermissionGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyPermissionGroupResponse: ...

    @overload
    async def destroy_permission_group(
        self,
        *,
        group_id: str,
        permission_group_id_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyPermissionGroupResponse: ...

    async def destroy_permission_group(
        self,
        request: DestroyPermissionGroupRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DestroyPermissionGroupResponse:
        """Delete permission groups.

        Deletes up to 20 permission groups of a community and reports the outcome per permission group.

        `POST /v4/group_open_http_svc/destroy_permission_group` - https://trtc.io/document/61233
        Idempotent: yes (A deleted permission group stays deleted; a repeat only reports an error for it.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in PermissionGroupResultList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Community.
            permission_group_id_list: Permission groups to delete.
        """
        return cast(
            "DestroyPermissionGroupResponse",
            await self._client._call(
                "group_open_http_svc/destroy_permission_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id_list": permission_group_id_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def destroy_permission_group_in_batches(
            self,
            *,
            group_id: str,
            permission_group_id_list: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def destroy_permission_group_in_batches(
            self,
            *,
            group_id: str | None = None,
            permission_group_id_list: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`destroy_permission_group` for any number of permission_group_id_list: 20 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/destroy_permission_group",
                "permission_group_id_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id_list": permission_group_id_list,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def modify_permission_group(
        self,
        request: ModifyPermissionGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyPermissionGroupResponse: ...

    @overload
    async def modify_permission_group(
        self,
        *,
        group_id: str,
        permission_group_id: str,
        permission_group_name: str | None = None,
        permission: int | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyPermissionGroupResponse: ...

    async def modify_permission_group(
        self,
        request: ModifyPermissionGroupRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id: str | None = None,
        permission_group_name: str | None = None,
        permission: int | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyPermissionGroupResponse:
        """Change a permission group.

        Changes the name, permission bits or custom data of a permission group.

        `POST /v4/group_open_http_svc/modify_permission_group` - https://trtc.io/document/61234
        Idempotent: yes (The given fields are overwritten with the same values.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: Community.
            permission_group_id: Permission group to change.
            permission_group_name: New name.
            permission: New community-level permission bits.
            custom_string: New custom data.
        """
        return cast(
            "ModifyPermissionGroupResponse",
            await self._client._call(
                "group_open_http_svc/modify_permission_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "permission_group_name": permission_group_name,
                    "permission": permission,
                    "custom_string": custom_string,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_permission_group(
        self,
        request: GetPermissionGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetPermissionGroupResponse: ...

    @overload
    async def get_permission_group(
        self,
        *,
        group_id: str,
        permission_group_id_list: Sequence[str] | None = None,
        limit: int | None = None,
        next: str | int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetPermissionGroupResponse: ...

    async def get_permission_group(
        self,
        request: GetPermissionGroupRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id_list: Sequence[str] | None = None,
        limit: int | None = None,
        next: str | int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetPermissionGroupResponse:
        """Get permission groups.

        Returns the given permission groups of a community, or pages through all of them.

        `POST /v4/group_open_http_svc/get_permission_group` - https://trtc.io/document/61235
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: Community.
            permission_group_id_list: Permission groups to read; omitted or empty, all of them (paged).
            limit: Permission groups per page when reading all.
            next: Cursor: empty for the first call, then the Next of the previous reply. The server may
                also send it as integer.
        """
        return cast(
            "GetPermissionGroupResponse",
            await self._client._call(
                "group_open_http_svc/get_permission_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id_list": permission_group_id_list,
                    "limit": limit,
                    "next": next,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_permission_group(
            self,
            *,
            group_id: str,
            permission_group_id_list: Sequence[str] | None = None,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[dict[str, Any]]: ...

    else:

        def iter_get_permission_group(
            self,
            *,
            group_id: str | None = None,
            permission_group_id_list: Sequence[str] | None = None,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[dict[str, Any]]:
            """Every item of `get_permission_group`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_http_svc/get_permission_group",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id_list": permission_group_id_list,
                    "limit": limit,
                },
                extra_body,
                request_options,
            )

    @overload
    async def add_topic_permission_group(
        self,
        request: AddTopicPermissionGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddTopicPermissionGroupResponse: ...

    @overload
    async def add_topic_permission_group(
        self,
        *,
        group_id: str,
        permission_group_id: str,
        topic_permission_list: Sequence[TopicPermissionParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddTopicPermissionGroupResponse: ...

    async def add_topic_permission_group(
        self,
        request: AddTopicPermissionGroupRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id: str | None = None,
        topic_permission_list: Sequence[TopicPermissionParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddTopicPermissionGroupResponse:
        """Add topic permissions to a permission group.

        Gives a permission group permission bits in up to 50 topics and reports the outcome per topic.

        `POST /v4/group_open_http_svc/add_topic_permission_group` - https://trtc.io/document/61236
        Idempotent: no (Adding a topic that is already in the permission group presumably fails for that topic, so the SDK does not resend.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in TopicPermissionResultList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Community.
            permission_group_id: Permission group.
            topic_permission_list: Topics and their permission bits.
        """
        return cast(
            "AddTopicPermissionGroupResponse",
            await self._client._call(
                "group_open_http_svc/add_topic_permission_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "topic_permission_list": topic_permission_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def add_topic_permission_group_in_batches(
            self,
            *,
            group_id: str,
            permission_group_id: str,
            topic_permission_list: Sequence[TopicPermissionParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[TopicPermissionParam]: ...

    else:

        async def add_topic_permission_group_in_batches(
            self,
            *,
            group_id: str | None = None,
            permission_group_id: str | None = None,
            topic_permission_list: Sequence[TopicPermissionParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[TopicPermissionParam]:
            """`add_topic_permission_group` for any number of topic_permission_list: 50 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/add_topic_permission_group",
                "topic_permission_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "topic_permission_list": topic_permission_list,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def set_topic_permission_group(
        self,
        request: SetTopicPermissionGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetTopicPermissionGroupResponse: ...

    @overload
    async def set_topic_permission_group(
        self,
        *,
        group_id: str,
        permission_group_id: str,
        topic_permission_list: Sequence[TopicPermissionParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetTopicPermissionGroupResponse: ...

    async def set_topic_permission_group(
        self,
        request: SetTopicPermissionGroupRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id: str | None = None,
        topic_permission_list: Sequence[TopicPermissionParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetTopicPermissionGroupResponse:
        """Change topic permissions of a permission group.

        Changes the permission bits a permission group has in the given topics.

        `POST /v4/group_open_http_svc/set_topic_permission_group` - https://trtc.io/document/61237
        Idempotent: yes (The permission bits are overwritten with the same values.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in TopicPermissionResultList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Community.
            permission_group_id: Permission group.
            topic_permission_list: Topics and their new permission bits.
        """
        return cast(
            "SetTopicPermissionGroupResponse",
            await self._client._call(
                "group_open_http_svc/set_topic_permission_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "topic_permission_list": topic_permission_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def delete_topic_permission_group(
        self,
        request: DeleteTopicPermissionGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteTopicPermissionGroupResponse: ...

    @overload
    async def delete_topic_permission_group(
        self,
        *,
        group_id: str,
        permission_group_id: str,
        topic_id_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteTopicPermissionGroupResponse: ...

    async def delete_topic_permission_group(
        self,
        request: DeleteTopicPermissionGroupRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id: str | None = None,
        topic_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteTopicPermissionGroupResponse:
        """Remove topic permissions from a permission group.

        Removes the permissions a permission group has in up to 50 topics and reports the outcome per
        topic.

        `POST /v4/group_open_http_svc/delete_topic_permission_group` - https://trtc.io/document/61238
        Idempotent: yes (Removed topic permissions stay removed; a repeat only reports an error per topic.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in TopicPermissionResultList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Community.
            permission_group_id: Permission group.
            topic_id_list: Topics to remove.
        """
        return cast(
            "DeleteTopicPermissionGroupResponse",
            await self._client._call(
                "group_open_http_svc/delete_topic_permission_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "topic_id_list": topic_id_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def delete_topic_permission_group_in_batches(
            self,
            *,
            group_id: str,
            permission_group_id: str,
            topic_id_list: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def delete_topic_permission_group_in_batches(
            self,
            *,
            group_id: str | None = None,
            permission_group_id: str | None = None,
            topic_id_list: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`delete_topic_permission_group` for any number of topic_id_list: 50 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/delete_topic_permission_group",
                "topic_id_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "topic_id_list": topic_id_list,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def get_topic_permission_group(
        self,
        request: GetTopicPermissionGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetTopicPermissionGroupResponse: ...

    @overload
    async def get_topic_permission_group(
        self,
        *,
        group_id: str,
        permission_group_id: str,
        topic_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetTopicPermissionGroupResponse: ...

    async def get_topic_permission_group(
        self,
        request: GetTopicPermissionGroupRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id: str | None = None,
        topic_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetTopicPermissionGroupResponse:
        """Get topic permissions of a permission group.

        Returns the permission bits a permission group has in the given topics, or in all of them.

        `POST /v4/group_open_http_svc/get_topic_permission_group` - https://trtc.io/document/61239
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: Community.
            permission_group_id: Permission group.
            topic_id_list: Topics to read; omitted, all topics of the permission group.
        """
        return cast(
            "GetTopicPermissionGroupResponse",
            await self._client._call(
                "group_open_http_svc/get_topic_permission_group",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "topic_id_list": topic_id_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def add_permission_group_member(
        self,
        request: AddPermissionGroupMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddPermissionGroupMemberResponse: ...

    @overload
    async def add_permission_group_member(
        self,
        *,
        group_id: str,
        permission_group_id: str,
        member_list: Sequence[PermissionGroupMemberParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddPermissionGroupMemberResponse: ...

    async def add_permission_group_member(
        self,
        request: AddPermissionGroupMemberRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id: str | None = None,
        member_list: Sequence[PermissionGroupMemberParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddPermissionGroupMemberResponse:
        """Add permission group members.

        Adds up to 100 community members to a permission group and reports the outcome per member.

        `POST /v4/group_open_http_svc/add_permission_group_member` - https://trtc.io/document/61240
        Idempotent: no (Whether a repeat succeeds for members already in the permission group is not documented, so the SDK does not resend.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in MemberList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: Community.
            permission_group_id: Permission group.
            member_list: Members to add.
        """
        return cast(
            "AddPermissionGroupMemberResponse",
            await self._client._call(
                "group_open_http_svc/add_permission_group_member",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def add_permission_group_member_in_batches(
            self,
            *,
            group_id: str,
            permission_group_id: str,
            member_list: Sequence[PermissionGroupMemberParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PermissionGroupMemberParam]: ...

    else:

        async def add_permission_group_member_in_batches(
            self,
            *,
            group_id: str | None = None,
            permission_group_id: str | None = None,
            member_list: Sequence[PermissionGroupMemberParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PermissionGroupMemberParam]:
            """`add_permission_group_member` for any number of member_list: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/add_permission_group_member",
                "member_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def delete_permission_group_member(
        self,
        request: DeletePermissionGroupMemberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeletePermissionGroupMemberResponse: ...

    @overload
    async def delete_permission_group_member(
        self,
        *,
        group_id: str,
        permission_group_id: str,
        member_list: Sequence[PermissionGroupMemberParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeletePermissionGroupMemberResponse: ...

    async def delete_permission_group_member(
        self,
        request: DeletePermissionGroupMemberRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id: str | None = None,
        member_list: Sequence[PermissionGroupMemberParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeletePermissionGroupMemberResponse:
        """Remove permission group members.

        Removes up to 100 members from a permission group; users not in it do not cause an error.

        `POST /v4/group_open_http_svc/delete_permission_group_member` - https://trtc.io/document/61241
        Idempotent: yes (Removing a user who is not in the permission group still succeeds.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: Community.
            permission_group_id: Permission group.
            member_list: Members to remove.
        """
        return cast(
            "DeletePermissionGroupMemberResponse",
            await self._client._call(
                "group_open_http_svc/delete_permission_group_member",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def delete_permission_group_member_in_batches(
            self,
            *,
            group_id: str,
            permission_group_id: str,
            member_list: Sequence[PermissionGroupMemberParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PermissionGroupMemberParam]: ...

    else:

        async def delete_permission_group_member_in_batches(
            self,
            *,
            group_id: str | None = None,
            permission_group_id: str | None = None,
            member_list: Sequence[PermissionGroupMemberParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PermissionGroupMemberParam]:
            """`delete_permission_group_member` for any number of member_list: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_http_svc/delete_permission_group_member",
                "member_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def get_permission_group_member_list(
        self,
        request: GetPermissionGroupMemberListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetPermissionGroupMemberListResponse: ...

    @overload
    async def get_permission_group_member_list(
        self,
        *,
        group_id: str,
        permission_group_id: str,
        limit: int | None = None,
        next: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetPermissionGroupMemberListResponse: ...

    async def get_permission_group_member_list(
        self,
        request: GetPermissionGroupMemberListRequest | None = None,
        *,
        group_id: str | None = None,
        permission_group_id: str | None = None,
        limit: int | None = None,
        next: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetPermissionGroupMemberListResponse:
        """List permission group members.

        Pages through the members of a permission group with a string cursor.

        `POST /v4/group_open_http_svc/get_permission_group_member_list` - https://trtc.io/document/61242
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: Community.
            permission_group_id: Permission group.
            limit: Members per call.
            next: Cursor: empty for the first call, then the Next of the previous reply.
        """
        return cast(
            "GetPermissionGroupMemberListResponse",
            await self._client._call(
                "group_open_http_svc/get_permission_group_member_list",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "limit": limit,
                    "next": next,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_permission_group_member_list(
            self,
            *,
            group_id: str,
            permission_group_id: str,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[dict[str, Any]]: ...

    else:

        def iter_get_permission_group_member_list(
            self,
            *,
            group_id: str | None = None,
            permission_group_id: str | None = None,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[dict[str, Any]]:
            """Every item of `get_permission_group_member_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_http_svc/get_permission_group_member_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "permission_group_id": permission_group_id,
                    "limit": limit,
                },
                extra_body,
                request_options,
            )
