# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat): typed methods, one class per servicename (sync and async).

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.chat._enums import (
        AppInfoField,
        ApplyJoinOption,
        AvchatroomAdminCommand,
        AvchatroomMarkCommand,
        BlackCheckType,
        C2CForbidCallback,
        C2CImportMode,
        C2CSendMsgControl,
        ConversationPinOperation,
        ConversationType,
        ExtensionOperation,
        FollowListType,
        FriendAddType,
        FriendCheckType,
        FriendDeleteType,
        FriendForceAddFlag,
        GroupCounterMode,
        GroupFlag,
        GroupForbidCallback,
        GroupListTypeFilter,
        GroupMemberInfoField,
        GroupMemberRole,
        GroupMemberRoleSetting,
        GroupMsgFlag,
        GroupMsgPriority,
        GroupReceiptListFilter,
        GroupSendMsgControl,
        GroupSwitch,
        GroupType,
        HistoryChatType,
        InviteJoinOption,
        MillionGroupMuteAllMember,
        MillionGroupTopicField,
        ModerationConfig,
        ModerationContentType,
        NeedFriendType,
        OfficialAccountMsgControl,
        ProfileTag,
        PushTagReplace,
        SenderSyncMode,
    )
    from trtc_sdk.models.chat._shared import (
        MsgElementParam,
        OfflinePushInfoParam,
        ProfileItemParam,
        PushConditionParam,
        PushUserAttrNamesParam,
        PushUserAttrsParam,
        PushUserTagsParam,
        StreamElementParam,
    )
    from trtc_sdk.models.chat.all_member_push import (
        ImAddTagRequest,
        ImAddTagResponse,
        ImGetAttrNameRequest,
        ImGetAttrNameResponse,
        ImGetAttrRequest,
        ImGetAttrResponse,
        ImGetTagRequest,
        ImGetTagResponse,
        ImPushRequest,
        ImPushResponse,
        ImRemoveAllTagsRequest,
        ImRemoveAllTagsResponse,
        ImRemoveAttrRequest,
        ImRemoveAttrResponse,
        ImRemoveTagRequest,
        ImRemoveTagResponse,
        ImSetAttrNameRequest,
        ImSetAttrNameResponse,
        ImSetAttrRequest,
        ImSetAttrResponse,
    )
    from trtc_sdk.models.chat.config_svc import (
        GetIpListRequest,
        GetIpListResponse,
    )
    from trtc_sdk.models.chat.follow import (
        FollowAddRequest,
        FollowAddResponse,
        FollowCheckRequest,
        FollowCheckResponse,
        FollowDeleteRequest,
        FollowDeleteResponse,
        FollowGetInfoRequest,
        FollowGetInfoResponse,
        FollowGetRequest,
        FollowGetResponse,
        FollowListItem,
        FollowTargetParam,
    )
    from trtc_sdk.models.chat.group_open_attr_http_svc import (
        GetGroupAttrRequest,
        GetGroupAttrResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc import (
        AddRobotsRequest,
        AddRobotsResponse,
        AvchatroomMemberMarksParam,
        AvchatroomOnlineMember,
        CheckMembersRequest,
        CheckMembersResponse,
        DelRobotsRequest,
        DelRobotsResponse,
        GetAdminListRequest,
        GetAdminListResponse,
        GetMembersRequest,
        GetMembersResponse,
        ModifyAdminRequest,
        ModifyAdminResponse,
        ModifyUserInfoRequest,
        ModifyUserInfoResponse,
    )
    from trtc_sdk.models.chat.group_open_http_svc import (
        AddGroupMemberRequest,
        AddGroupMemberResponse,
        AddPermissionGroupMemberRequest,
        AddPermissionGroupMemberResponse,
        AddTopicPermissionGroupRequest,
        AddTopicPermissionGroupResponse,
        AppDefinedDataItemParam,
        BanGroupMemberRequest,
        BanGroupMemberResponse,
        BannedGroupMember,
        ChangeGroupOwnerRequest,
        ChangeGroupOwnerResponse,
        ClearGroupAttrRequest,
        ClearGroupAttrResponse,
        ClearGroupMsgRequest,
        ClearGroupMsgResponse,
        CreateGroupRequest,
        CreateGroupResponse,
        CreatePermissionGroupRequest,
        CreatePermissionGroupResponse,
        DeleteGroupAttrRequest,
        DeleteGroupAttrResponse,
        DeleteGroupCounterRequest,
        DeleteGroupCounterResponse,
        DeleteGroupMemberRequest,
        DeleteGroupMemberResponse,
        DeleteGroupMsgBySenderRequest,
        DeleteGroupMsgBySenderResponse,
        DeletePermissionGroupMemberRequest,
        DeletePermissionGroupMemberResponse,
        DeleteTopicPermissionGroupRequest,
        DeleteTopicPermissionGroupResponse,
        DestroyGroupRequest,
        DestroyGroupResponse,
        DestroyPermissionGroupRequest,
        DestroyPermissionGroupResponse,
        ForbidSendMsgRequest,
        ForbidSendMsgResponse,
        GetAppidGroupListRequest,
        GetAppidGroupListResponse,
        GetGroupBanMemberRequest,
        GetGroupBanMemberResponse,
        GetGroupCounterRequest,
        GetGroupCounterResponse,
        GetGroupInfoRequest,
        GetGroupInfoResponse,
        GetGroupMemberInfoRequest,
        GetGroupMemberInfoResponse,
        GetGroupMsgReceiptDetailRequest,
        GetGroupMsgReceiptDetailResponse,
        GetGroupMsgReceiptRequest,
        GetGroupMsgReceiptResponse,
        GetGroupMutedAccountRequest,
        GetGroupMutedAccountResponse,
        GetGroupShuttedUinRequest,
        GetGroupShuttedUinResponse,
        GetJoinedGroupListRequest,
        GetJoinedGroupListResponse,
        GetPermissionGroupMemberListRequest,
        GetPermissionGroupMemberListResponse,
        GetPermissionGroupRequest,
        GetPermissionGroupResponse,
        GetPinnedMessagesRequest,
        GetPinnedMessagesResponse,
        GetRoleInGroupRequest,
        GetRoleInGroupResponse,
        GetSpecifiedGroupMemberInfoRequest,
        GetSpecifiedGroupMemberInfoResponse,
        GetTopicPermissionGroupRequest,
        GetTopicPermissionGroupResponse,
        GroupAtInfoParam,
        GroupAttrEntryParam,
        GroupAttrKeyParam,
        GroupCounterEntryParam,
        GroupGetOnlineMemberNumRequest,
        GroupGetOnlineMemberNumResponse,
        GroupHistoryMsg,
        GroupIdEntry,
        GroupInfoResponseFilterParam,
        GroupMemberInfo,
        GroupMemberToAddParam,
        GroupMsgGetSimpleRequest,
        GroupMsgGetSimpleResponse,
        GroupMsgReader,
        GroupMsgRecallRequest,
        GroupMsgRecallResponse,
        GroupMsgReceiptRequest,
        GroupMsgReceiptResponse,
        GroupMsgSeqItemParam,
        ImportGroupMemberItemParam,
        ImportGroupMemberRequest,
        ImportGroupMemberResponse,
        ImportGroupMsgItemParam,
        ImportGroupMsgRequest,
        ImportGroupMsgResponse,
        ImportGroupRequest,
        ImportGroupResponse,
        ImportTopicRequest,
        ImportTopicResponse,
        JoinedGroup,
        JoinedGroupResponseFilterParam,
        ModifyGroupAttrRequest,
        ModifyGroupAttrResponse,
        ModifyGroupBaseInfoRequest,
        ModifyGroupBaseInfoResponse,
        ModifyGroupMemberInfoRequest,
        ModifyGroupMemberInfoResponse,
        ModifyPermissionGroupRequest,
        ModifyPermissionGroupResponse,
        NewGroupMemberParam,
        PermissionGroupMemberParam,
        PinMessageRequest,
        PinMessageResponse,
        SendBroadcastMsgRequest,
        SendBroadcastMsgResponse,
        SendGroupMsgRequest,
        SendGroupMsgResponse,
        SendGroupSystemNotificationRequest,
        SendGroupSystemNotificationResponse,
        SetGroupAttrRequest,
        SetGroupAttrResponse,
        SetTopicPermissionGroupRequest,
        SetTopicPermissionGroupResponse,
        SetUnreadMsgNumRequest,
        SetUnreadMsgNumResponse,
        TopicPermissionParam,
        UnbanGroupMemberRequest,
        UnbanGroupMemberResponse,
        UnpinMessageRequest,
        UnpinMessageResponse,
        UpdateGroupCounterRequest,
        UpdateGroupCounterResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit import (
        BatchContentModerationRequest,
        BatchContentModerationResponse,
        ContentModerationRequest,
        ContentModerationResponse,
        ModerationContentParam,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr import (
        AddCloudAuditKeywordsRequest,
        AddCloudAuditKeywordsResponse,
        DeleteCloudAuditKeywordsRequest,
        DeleteCloudAuditKeywordsResponse,
        GetCloudAuditKeywordsIdsRequest,
        GetCloudAuditKeywordsIdsResponse,
        GetCloudAuditKeywordsRequest,
        GetCloudAuditKeywordsResponse,
        NewBlockedWordParam,
    )
    from trtc_sdk.models.chat.im_open_login_svc import (
        AccountCheckRequest,
        AccountCheckResponse,
        AccountDeleteRequest,
        AccountDeleteResponse,
        AccountImportItemParam,
        AccountImportRequest,
        AccountImportResponse,
        AccountUserIdItemParam,
        KickRequest,
        KickResponse,
        MultiaccountImportRequest,
        MultiaccountImportResponse,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc import (
        CreateTopicRequest,
        CreateTopicResponse,
        DestroyTopicRequest,
        DestroyTopicResponse,
        GetTopicRequest,
        GetTopicResponse,
        MillionGroupGetOnlineMemberNumRequest,
        MillionGroupGetOnlineMemberNumResponse,
        ModifyTopicRequest,
        ModifyTopicResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc import (
        AddSubscriberRequest,
        AddSubscriberResponse,
        CreateOfficialAccountRequest,
        CreateOfficialAccountResponse,
        DeleteSubscriberRequest,
        DeleteSubscriberResponse,
        DestroyOfficialAccountRequest,
        DestroyOfficialAccountResponse,
        GetOfficialAccountInfoRequest,
        GetOfficialAccountInfoResponse,
        GetSubscribedOfficialAccountListRequest,
        GetSubscribedOfficialAccountListResponse,
        GetSubscriberInfoRequest,
        GetSubscriberInfoResponse,
        ModifyOfficialAccountBaseInfoRequest,
        ModifyOfficialAccountBaseInfoResponse,
        ModifySubscriberInfoRequest,
        ModifySubscriberInfoResponse,
        OfficialAccountInfoFilterParam,
        OfficialAccountMessage,
        OfficialAccountMsgGetSimpleRequest,
        OfficialAccountMsgGetSimpleResponse,
        OfficialAccountMsgRecallRequest,
        OfficialAccountMsgRecallResponse,
        OfficialAccountRefParam,
        OfficialAccountSubscriber,
        SendOfficialAccountMsgRequest,
        SendOfficialAccountMsgResponse,
        SubscribedAccountFilterParam,
        SubscribedOfficialAccount,
        SubscriberRefParam,
    )
    from trtc_sdk.models.chat.open_msg_svc import (
        GetHistoryRequest,
        GetHistoryResponse,
    )
    from trtc_sdk.models.chat.openconfigsvr import (
        GetappinfoRequest,
        GetappinfoResponse,
        GetnospeakingRequest,
        GetnospeakingResponse,
        SetnospeakingRequest,
        SetnospeakingResponse,
    )
    from trtc_sdk.models.chat.openim import (
        AdminGetroammsgRequest,
        AdminGetroammsgResponse,
        AdminMsgwithdrawRequest,
        AdminMsgwithdrawResponse,
        AdminSetMsgReadRequest,
        AdminSetMsgReadResponse,
        BatchsendmsgRequest,
        BatchsendmsgResponse,
        C2cMsgReadReceiptRequest,
        C2cMsgReadReceiptResponse,
        C2CReceiptMessageParam,
        DeleteC2cMsgRambleRequest,
        DeleteC2cMsgRambleResponse,
        GetC2cUnreadMsgNumRequest,
        GetC2cUnreadMsgNumResponse,
        ImportmsgRequest,
        ImportmsgResponse,
        ModifyC2cMsgRequest,
        ModifyC2cMsgResponse,
        QueryOnlineStatusRequest,
        QueryOnlineStatusResponse,
        QuerystateRequest,
        QuerystateResponse,
        RoamMessage,
        SendmsgRequest,
        SendmsgResponse,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc import (
        GetKeyValuesRequest,
        GetKeyValuesResponse,
        GroupGetKeyValuesRequest,
        GroupGetKeyValuesResponse,
        GroupSetKeyValuesRequest,
        GroupSetKeyValuesResponse,
        MsgExtension,
        MsgExtensionParam,
        SetKeyValuesRequest,
        SetKeyValuesResponse,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc import (
        CreateRobotRequest,
        CreateRobotResponse,
        DeleteRobotRequest,
        DeleteRobotResponse,
        GetAllRobotsRequest,
        GetAllRobotsResponse,
        SendStreamMsgRequest,
        SendStreamMsgResponse,
    )
    from trtc_sdk.models.chat.profile import (
        PortraitGetRequest,
        PortraitGetResponse,
        PortraitSetRequest,
        PortraitSetResponse,
    )
    from trtc_sdk.models.chat.recentcontact import (
        ContactGroupUpdateParam,
        ContactItemParam,
        ContactMarkChangeParam,
        ContactMarkItem,
        ConversationItem,
        CreateContactGroupRequest,
        CreateContactGroupResponse,
        DelContactGroupRequest,
        DelContactGroupResponse,
        DeleteRequest,
        DeleteResponse,
        GetContactGroupRequest,
        GetContactGroupResponse,
        GetListRequest,
        GetListResponse,
        MarkContactRequest,
        MarkContactResponse,
        NewContactGroupParam,
        RecentContactItemParam,
        SearchContactGroupRequest,
        SearchContactGroupResponse,
        TopRequest,
        TopResponse,
        UpdateContactGroupRequest,
        UpdateContactGroupResponse,
    )
    from trtc_sdk.models.chat.sns import (
        AddFriendItemParam,
        BlackListAddRequest,
        BlackListAddResponse,
        BlackListCheckRequest,
        BlackListCheckResponse,
        BlackListDeleteRequest,
        BlackListDeleteResponse,
        BlackListGetRequest,
        BlackListGetResponse,
        BlackListItem,
        FriendAddRequest,
        FriendAddResponse,
        FriendCheckRequest,
        FriendCheckResponse,
        FriendDataItem,
        FriendDeleteAllRequest,
        FriendDeleteAllResponse,
        FriendDeleteRequest,
        FriendDeleteResponse,
        FriendGetListRequest,
        FriendGetListResponse,
        FriendGetRequest,
        FriendGetResponse,
        FriendImportRequest,
        FriendImportResponse,
        FriendUpdateItemParam,
        FriendUpdateRequest,
        FriendUpdateResponse,
        GroupAddRequest,
        GroupAddResponse,
        GroupDeleteRequest,
        GroupDeleteResponse,
        GroupGetRequest,
        GroupGetResponse,
        ImportFriendItemParam,
    )
    from trtc_sdk.models.chat.stream_msg import (
        SendC2cStreamMsgRequest,
        SendC2cStreamMsgResponse,
        SendGroupStreamMsgRequest,
        SendGroupStreamMsgResponse,
    )
    from trtc_sdk.models.chat.timpush import (
        AddTagRequest,
        AddTagResponse,
        BatchRequest,
        BatchResponse,
        ClearAllTagsRequest,
        ClearAllTagsResponse,
        GetAttrNameRequest,
        GetAttrNameResponse,
        GetAttrRequest,
        GetAttrResponse,
        GetTagRequest,
        GetTagResponse,
        PushRequest,
        PushResponse,
        RemoveAttrRequest,
        RemoveAttrResponse,
        RemoveTagRequest,
        RemoveTagResponse,
        RevokeRequest,
        RevokeResponse,
        SetAttrNameRequest,
        SetAttrNameResponse,
        SetAttrRequest,
        SetAttrResponse,
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


class AccountService(SyncService):
    """Registering, checking and deleting the app's user accounts in Chat and invalidating their login state. (`im_open_login_svc`)"""

    __slots__ = ()

    @overload
    def account_import(
        self,
        request: AccountImportRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountImportResponse: ...

    @overload
    def account_import(
        self,
        *,
        user_id: str,
        nick: str | None = None,
        face_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountImportResponse: ...

    def account_import(
        self,
        request: AccountImportRequest | None = None,
        *,
        user_id: str | None = None,
        nick: str | None = None,
        face_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AccountImportResponse:
        """Import a single account.

        Registers one of the app's user IDs with Chat so that it can sign in and be messaged, optionally
        storing a nickname and an avatar URL in its profile. Importing an ID that already exists creates
        no second account.

        `POST /v4/im_open_login_svc/account_import` - https://trtc.io/document/34953
        Idempotent: yes (Importing the same user ID again keeps a single account and writes the same profile values.)
        Rate limit: 200 requests/s.

        Args:
            user_id: The app's user ID to register.
            nick: Nickname to store in the profile (limit from error 40601).
            face_url: Avatar URL to store in the profile (limit from error 40601).
        """
        return cast(
            "AccountImportResponse",
            self._client._call(
                "im_open_login_svc/account_import",
                request,
                {
                    **unknown_fields,
                    "user_id": user_id,
                    "nick": nick,
                    "face_url": face_url,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def multiaccount_import(
        self,
        request: MultiaccountImportRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MultiaccountImportResponse: ...

    @overload
    def multiaccount_import(
        self,
        *,
        accounts: Sequence[str] | None = None,
        account_list: Sequence[AccountImportItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MultiaccountImportResponse: ...

    def multiaccount_import(
        self,
        request: MultiaccountImportRequest | None = None,
        *,
        accounts: Sequence[str] | None = None,
        account_list: Sequence[AccountImportItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> MultiaccountImportResponse:
        """Import multiple accounts.

        Registers up to 100 user IDs in one call. The original form takes a list of IDs (Accounts); the
        newer form (AccountList) also carries a nickname and an avatar URL per user and updates them for
        IDs that already exist. IDs that could not be imported come back in FailAccounts.

        `POST /v4/im_open_login_svc/multiaccount_import` - https://trtc.io/document/34954
        Idempotent: yes (Importing an ID again keeps one account per ID; with AccountList the same profile values are written again.)
        Rate limit: 100 requests/s.
        Partial success: results per item in FailAccounts; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            accounts: Original form: the user IDs to register. Send either Accounts or AccountList, not both.
            account_list: Newer form: the users to register, each with an optional nickname and avatar. Send
                either Accounts or AccountList, not both.
        """
        return cast(
            "MultiaccountImportResponse",
            self._client._call(
                "im_open_login_svc/multiaccount_import",
                request,
                {
                    **unknown_fields,
                    "accounts": accounts,
                    "account_list": account_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def account_delete(
        self,
        request: AccountDeleteRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountDeleteResponse: ...

    @overload
    def account_delete(
        self,
        *,
        delete_item: Sequence[AccountUserIdItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountDeleteResponse: ...

    def account_delete(
        self,
        request: AccountDeleteRequest | None = None,
        *,
        delete_item: Sequence[AccountUserIdItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AccountDeleteResponse:
        """Delete accounts.

        Deletes up to 100 accounts together with their profiles and relationship data; this cannot be
        undone. Only apps on the trial (free) edition may delete accounts. Each account's outcome is
        reported in ResultItem while the call as a whole succeeds.

        `POST /v4/im_open_login_svc/account_delete` - https://trtc.io/document/34955
        Idempotent: yes (Deleting an account that is already gone leaves the same state; that entry reports 70107.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            delete_item: The accounts to delete.
        """
        return cast(
            "AccountDeleteResponse",
            self._client._call(
                "im_open_login_svc/account_delete",
                request,
                {
                    **unknown_fields,
                    "delete_item": delete_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def account_check(
        self,
        request: AccountCheckRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountCheckResponse: ...

    @overload
    def account_check(
        self,
        *,
        check_item: Sequence[AccountUserIdItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountCheckResponse: ...

    def account_check(
        self,
        request: AccountCheckRequest | None = None,
        *,
        check_item: Sequence[AccountUserIdItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AccountCheckResponse:
        """Check accounts.

        Tells, for up to 100 user IDs, whether each one has been imported into Chat.

        `POST /v4/im_open_login_svc/account_check` - https://trtc.io/document/34956
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            check_item: The user IDs to check.
        """
        return cast(
            "AccountCheckResponse",
            self._client._call(
                "im_open_login_svc/account_check",
                request,
                {
                    **unknown_fields,
                    "check_item": check_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def kick(
        self,
        request: KickRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> KickResponse: ...

    @overload
    def kick(
        self,
        *,
        user_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> KickResponse: ...

    def kick(
        self,
        request: KickRequest | None = None,
        *,
        user_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> KickResponse:
        """Invalidate a user's login state.

        Makes the user's current UserSig unusable, so that the user must sign in again with a newly
        generated UserSig (for example to lock out a misbehaving account). One user per call.

        `POST /v4/im_open_login_svc/kick` - https://trtc.io/document/34957
        Idempotent: yes (Invalidating a login state that is already invalid changes nothing.)
        Rate limit: 200 requests/s.

        Args:
            user_id: The user whose login state is invalidated.
        """
        return cast(
            "KickResponse",
            self._client._call(
                "im_open_login_svc/kick",
                request,
                {
                    **unknown_fields,
                    "user_id": user_id,
                },
                extra_body,
                request_options,
            ),
        )


class AvchatroomService(SyncService):
    """Online members, member marks, robot accounts and administrators of live-stream (AVChatRoom) groups. (`group_open_avchatroom_http_svc`)"""

    __slots__ = ()

    @overload
    def get_members(
        self,
        request: GetMembersRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetMembersResponse: ...

    @overload
    def get_members(
        self,
        *,
        group_id: str,
        timestamp: int,
        mark: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetMembersResponse: ...

    def get_members(
        self,
        request: GetMembersRequest | None = None,
        *,
        group_id: str | None = None,
        timestamp: int | None = None,
        mark: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetMembersResponse:
        """List the online members of a live-stream group.

        Pages through the members currently online in a live-stream group, newest arrivals first, with
        their join time, nickname and avatar; a mark narrows the list to the members carrying it.

        `POST /v4/group_open_avchatroom_http_svc/get_members` - https://www.tencentcloud.com/document/product/1047/50293
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom, Community.

        Args:
            group_id: The live-stream group to read.
            timestamp: Paging cursor: 0 for the first call, then the NextTimestamp of the previous reply.
                Despite its name it is an opaque value, not a time to choose. Server default when
                omitted: 0.
            mark: Return only the members carrying this mark (see modify_user_info); members marked 600
                appear only this way.
        """
        return cast(
            "GetMembersResponse",
            self._client._call(
                "group_open_avchatroom_http_svc/get_members",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "timestamp": timestamp,
                    "mark": mark,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_members(
            self,
            *,
            group_id: str,
            mark: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[AvchatroomOnlineMember]: ...

    else:

        def iter_get_members(
            self,
            *,
            group_id: str | None = None,
            mark: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[AvchatroomOnlineMember]:
            """Every item of `get_members`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_avchatroom_http_svc/get_members",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "mark": mark,
                },
                extra_body,
                request_options,
            )

    @overload
    def modify_user_info(
        self,
        request: ModifyUserInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyUserInfoResponse: ...

    @overload
    def modify_user_info(
        self,
        *,
        group_id: str,
        command_type: AvchatroomMarkCommand | Literal[1, 2],
        member_list: Sequence[AvchatroomMemberMarksParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyUserInfoResponse: ...

    def modify_user_info(
        self,
        request: ModifyUserInfoRequest | None = None,
        *,
        group_id: str | None = None,
        command_type: AvchatroomMarkCommand | Literal[1, 2] | None = None,
        member_list: Sequence[AvchatroomMemberMarksParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyUserInfoResponse:
        """Set or remove marks on live-group members.

        Adds numeric marks to, or removes them from, online members of a live-stream group so that
        members can be told apart (and listed by mark); the reply lists the members that were changed.

        `POST /v4/group_open_avchatroom_http_svc/modify_user_info` - https://www.tencentcloud.com/document/product/1047/50294
        Idempotent: yes (Adding or removing the same marks again leaves the members with the same marks.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: The live-stream group.
            command_type: Add or remove the marks.
            member_list: Members and their marks, at most 500 per call. A group uses at most 10 distinct marks
                and a mark is held by at most 1000 members (a limit separate from the 1000-member online
                list).
        """
        return cast(
            "ModifyUserInfoResponse",
            self._client._call(
                "group_open_avchatroom_http_svc/modify_user_info",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "command_type": command_type,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def check_members(
        self,
        request: CheckMembersRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CheckMembersResponse: ...

    @overload
    def check_members(
        self,
        *,
        group_id: str,
        member_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CheckMembersResponse: ...

    def check_members(
        self,
        request: CheckMembersRequest | None = None,
        *,
        group_id: str | None = None,
        member_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CheckMembersResponse:
        """Check which users are in a live-stream group.

        Given a list of user IDs, returns those currently inside a live-stream group; unlike the online
        member list it also finds members beyond the 1000 newest.

        `POST /v4/group_open_avchatroom_http_svc/check_members` - https://www.tencentcloud.com/document/product/1047/60523
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: The live-stream group.
            member_account: User IDs to check.
        """
        return cast(
            "CheckMembersResponse",
            self._client._call(
                "group_open_avchatroom_http_svc/check_members",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_account": member_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def modify_admin(
        self,
        request: ModifyAdminRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyAdminResponse: ...

    @overload
    def modify_admin(
        self,
        *,
        group_id: str,
        command_type: AvchatroomAdminCommand | Literal[1, 2],
        admin_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyAdminResponse: ...

    def modify_admin(
        self,
        request: ModifyAdminRequest | None = None,
        *,
        group_id: str | None = None,
        command_type: AvchatroomAdminCommand | Literal[1, 2] | None = None,
        admin_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyAdminResponse:
        """Set or remove live-group administrators.

        Grants or revokes the administrator role of a live-stream group. Administrators can mute members
        and keep speaking while the group is muted; the role survives leaving and rejoining the group,
        and the account need not be in the group.

        `POST /v4/group_open_avchatroom_http_svc/modify_admin` - https://www.tencentcloud.com/document/product/1047/60525
        Idempotent: yes (Granting or revoking the role again leaves the same administrators.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: The live-stream group.
            command_type: Grant or revoke the role.
            admin_account: User IDs to change; a live-stream group has at most 5 administrators.
        """
        return cast(
            "ModifyAdminResponse",
            self._client._call(
                "group_open_avchatroom_http_svc/modify_admin",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "command_type": command_type,
                    "admin_account": admin_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_admin_list(
        self,
        request: GetAdminListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetAdminListResponse: ...

    @overload
    def get_admin_list(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetAdminListResponse: ...

    def get_admin_list(
        self,
        request: GetAdminListRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetAdminListResponse:
        """List live-group administrators.

        Returns the administrators of a live-stream group with their nickname and avatar.

        `POST /v4/group_open_avchatroom_http_svc/get_admin_list` - https://www.tencentcloud.com/document/product/1047/60524
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: The live-stream group.
        """
        return cast(
            "GetAdminListResponse",
            self._client._call(
                "group_open_avchatroom_http_svc/get_admin_list",
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
    def add_robots(
        self,
        request: AddRobotsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddRobotsResponse: ...

    @overload
    def add_robots(
        self,
        *,
        group_id: str,
        member_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddRobotsResponse: ...

    def add_robots(
        self,
        request: AddRobotsRequest | None = None,
        *,
        group_id: str | None = None,
        member_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddRobotsResponse:
        """Pin robot accounts to a live group's online list.

        Puts robot accounts on the online member list of a live-stream group without their joining or
        being online; this sets the preset mark 500 on them (see modify_user_info).

        `POST /v4/group_open_avchatroom_http_svc/add_robots` - https://www.tencentcloud.com/document/product/1047/60527
        Idempotent: yes (Marking the same accounts as robots again leaves the same robots.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: The live-stream group.
            member_account: User IDs of the robot accounts to add.
        """
        return cast(
            "AddRobotsResponse",
            self._client._call(
                "group_open_avchatroom_http_svc/add_robots",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_account": member_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def del_robots(
        self,
        request: DelRobotsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelRobotsResponse: ...

    @overload
    def del_robots(
        self,
        *,
        group_id: str,
        member_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelRobotsResponse: ...

    def del_robots(
        self,
        request: DelRobotsRequest | None = None,
        *,
        group_id: str | None = None,
        member_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelRobotsResponse:
        """Remove robot accounts from a live group's online list.

        Takes robot accounts added with add_robots off the online member list of a live-stream group
        (clears their mark 500).

        `POST /v4/group_open_avchatroom_http_svc/del_robots` - https://www.tencentcloud.com/document/product/1047/60526
        Idempotent: yes (Removing the same robots again leaves none of them on the list.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: The live-stream group.
            member_account: User IDs of the robot accounts to remove.
        """
        return cast(
            "DelRobotsResponse",
            self._client._call(
                "group_open_avchatroom_http_svc/del_robots",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_account": member_account,
                },
                extra_body,
                request_options,
            ),
        )


class BotService(SyncService):
    """Chatbot accounts and their streamed replies. (`openim_robot_http_svc`)"""

    __slots__ = ()

    @overload
    def create_robot(
        self,
        request: CreateRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateRobotResponse: ...

    @overload
    def create_robot(
        self,
        *,
        user_id: str,
        nick: str | None = None,
        face_url: str | None = None,
        self_signature: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateRobotResponse: ...

    def create_robot(
        self,
        request: CreateRobotRequest | None = None,
        *,
        user_id: str | None = None,
        nick: str | None = None,
        face_url: str | None = None,
        self_signature: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateRobotResponse:
        """Create a chatbot account.

        Creates a chatbot account with an @RBT# user ID and an optional nickname, avatar and status
        text.

        `POST /v4/openim_robot_http_svc/create_robot` - https://trtc.io/document/55281
        Idempotent: yes (The page says that creating the same chatbot ID again still leaves a single chatbot.)
        Rate limit: 200 requests/s.

        Args:
            user_id: User ID of the chatbot; must start with @RBT#.
            nick: Nickname of the chatbot.
            face_url: URL of the chatbot's avatar.
            self_signature: Status text of the chatbot.
        """
        return cast(
            "CreateRobotResponse",
            self._client._call(
                "openim_robot_http_svc/create_robot",
                request,
                {
                    **unknown_fields,
                    "user_id": user_id,
                    "nick": nick,
                    "face_url": face_url,
                    "self_signature": self_signature,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def delete_robot(
        self,
        request: DeleteRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteRobotResponse: ...

    @overload
    def delete_robot(
        self,
        *,
        robot_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteRobotResponse: ...

    def delete_robot(
        self,
        request: DeleteRobotRequest | None = None,
        *,
        robot_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteRobotResponse:
        """Delete a chatbot account.

        Makes a chatbot account invalid; its user ID itself is not deleted.

        `POST /v4/openim_robot_http_svc/delete_robot` - https://trtc.io/document/55282
        Idempotent: yes (Marks the chatbot invalid; repeating it leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            robot_account: User ID of the chatbot; starts with @RBT#.
        """
        return cast(
            "DeleteRobotResponse",
            self._client._call(
                "openim_robot_http_svc/delete_robot",
                request,
                {
                    **unknown_fields,
                    "robot_account": robot_account,
                },
                extra_body,
                request_options,
            ),
        )

    def get_all_robots(
        self,
        request: GetAllRobotsRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetAllRobotsResponse:
        """List all chatbot accounts.

        Returns the user IDs of all chatbot accounts of the app.

        `POST /v4/openim_robot_http_svc/get_all_robots` - https://trtc.io/document/55280
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetAllRobotsResponse",
            self._client._call(
                "openim_robot_http_svc/get_all_robots",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def send_stream_msg(
        self,
        request: SendStreamMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendStreamMsgResponse: ...

    @overload
    def send_stream_msg(
        self,
        *,
        from_account: str,
        to_account: str,
        chunk: str,
        msg_key: str | None = None,
        finish: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendStreamMsgResponse: ...

    def send_stream_msg(
        self,
        request: SendStreamMsgRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: str | None = None,
        chunk: str | None = None,
        msg_key: str | None = None,
        finish: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendStreamMsgResponse:
        """Send a streaming chatbot reply.

        Sends the next piece of a chatbot's text reply to a user; the first call returns the MsgKey that
        later calls pass back.

        `POST /v4/openim_robot_http_svc/send_stream_msg` - https://trtc.io/document/71131
        Idempotent: no (Appends a piece of text to the streamed message; a resend would append it twice.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The chatbot sending the reply (an @RBT# user ID).
            to_account: The user receiving it.
            chunk: The next piece of text.
            msg_key: Omit on the first call; send the MsgKey of the first reply on every later call.
            finish: Set to 1 on the last call to end the stream.
        """
        return cast(
            "SendStreamMsgResponse",
            self._client._call(
                "openim_robot_http_svc/send_stream_msg",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "chunk": chunk,
                    "msg_key": msg_key,
                    "finish": finish,
                },
                extra_body,
                request_options,
            ),
        )


class ConversationService(SyncService):
    """A user's conversation list as the server keeps it, with pinning, conversation groups and marks. (`recentcontact`)"""

    __slots__ = ()

    @overload
    def get_list(
        self,
        request: GetListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetListResponse: ...

    @overload
    def get_list(
        self,
        *,
        from_account: str,
        time_stamp: int,
        start_index: int,
        top_time_stamp: int,
        top_start_index: int,
        assist_flags: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetListResponse: ...

    def get_list(
        self,
        request: GetListRequest | None = None,
        *,
        from_account: str | None = None,
        time_stamp: int | None = None,
        start_index: int | None = None,
        top_time_stamp: int | None = None,
        top_start_index: int | None = None,
        assist_flags: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetListResponse:
        """Pull a conversation list.

        Returns one page of a user's conversations; pinned conversations are paged with their own
        cursor.

        `POST /v4/recentcontact/get_list` - https://trtc.io/document/43087
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            from_account: User whose conversations are listed.
            time_stamp: Time cursor of the normal conversations: 0 for the first page, then TimeStamp of the
                previous reply.
            start_index: Index cursor of the normal conversations: 0 first, then StartIndex of the previous
                reply.
            top_time_stamp: Time cursor of the pinned conversations: 0 first, then TopTimeStamp of the previous
                reply.
            top_start_index: Index cursor of the pinned conversations: 0 first, then TopStartIndex of the previous
                reply.
            assist_flags: Bit mask of what to return. The 2023 page defines bit 0 (support pinned conversations),
                bit 1 (include empty conversations) and bit 2 (page the pinned conversations); the
                current pages say to always send 63 to get complete data, including marks and
                conversation groups.
        """
        return cast(
            "GetListResponse",
            self._client._call(
                "recentcontact/get_list",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "time_stamp": time_stamp,
                    "start_index": start_index,
                    "top_time_stamp": top_time_stamp,
                    "top_start_index": top_start_index,
                    "assist_flags": assist_flags,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_list(
            self,
            *,
            from_account: str,
            start_index: int,
            top_time_stamp: int,
            top_start_index: int,
            assist_flags: int,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[ConversationItem]: ...

    else:

        def iter_get_list(
            self,
            *,
            from_account: str | None = None,
            start_index: int | None = None,
            top_time_stamp: int | None = None,
            top_start_index: int | None = None,
            assist_flags: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[ConversationItem]:
            """Every item of `get_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "recentcontact/get_list",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "start_index": start_index,
                    "top_time_stamp": top_time_stamp,
                    "top_start_index": top_start_index,
                    "assist_flags": assist_flags,
                },
                extra_body,
                request_options,
            )

    @overload
    def delete(
        self,
        request: DeleteRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteResponse: ...

    @overload
    def delete(
        self,
        *,
        from_account: str,
        type: ConversationType | Literal[1, 2],
        to_account: str | None = None,
        to_group_id: str | None = None,
        clear_ramble: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteResponse: ...

    def delete(
        self,
        request: DeleteRequest | None = None,
        *,
        from_account: str | None = None,
        type: ConversationType | Literal[1, 2] | None = None,
        to_account: str | None = None,
        to_group_id: str | None = None,
        clear_ramble: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteResponse:
        """Delete a conversation.

        Removes one conversation from a user's list, and optionally the user's roaming messages of it.

        `POST /v4/recentcontact/delete` - https://trtc.io/document/43088
        Idempotent: yes (Deleting a conversation that is already gone leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            from_account: User whose conversation is deleted.
            type: One-to-one or group.
            to_account: The peer's user ID (one-to-one conversations only).
            to_group_id: The group ID (group conversations only); spelled ToGroupid with a lower-case i.
            clear_ramble: 1 also deletes the user's roaming messages of the conversation (admin_getroammsg no
                longer returns them); 0 keeps them. Server default when omitted: 0.
        """
        return cast(
            "DeleteResponse",
            self._client._call(
                "recentcontact/delete",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "type": type,
                    "to_account": to_account,
                    "to_group_id": to_group_id,
                    "clear_ramble": clear_ramble,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def top(
        self,
        request: TopRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TopResponse: ...

    @overload
    def top(
        self,
        *,
        from_account: str,
        operation_type: ConversationPinOperation | Literal[1, 2],
        recent_contact_item: Sequence[RecentContactItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TopResponse: ...

    def top(
        self,
        request: TopRequest | None = None,
        *,
        from_account: str | None = None,
        operation_type: ConversationPinOperation | Literal[1, 2] | None = None,
        recent_contact_item: Sequence[RecentContactItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> TopResponse:
        """Pin or unpin conversations.

        Pins conversations to the top of a user's list, or unpins them.

        `POST /v4/recentcontact/top` - https://trtc.io/document/78304
        Idempotent: yes (Sets the pinned state; repeating it leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            from_account: User whose conversations are pinned or unpinned.
            operation_type: Pin or unpin.
            recent_contact_item: Conversations to pin or unpin.
        """
        return cast(
            "TopResponse",
            self._client._call(
                "recentcontact/top",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "operation_type": operation_type,
                    "recent_contact_item": recent_contact_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def create_contact_group(
        self,
        request: CreateContactGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateContactGroupResponse: ...

    @overload
    def create_contact_group(
        self,
        *,
        from_account: str,
        group_contact_item: Sequence[NewContactGroupParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateContactGroupResponse: ...

    def create_contact_group(
        self,
        request: CreateContactGroupRequest | None = None,
        *,
        from_account: str | None = None,
        group_contact_item: Sequence[NewContactGroupParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateContactGroupResponse:
        """Create a conversation group.

        Creates one conversation group (folder) for a user and puts conversations in it (Ultimate
        edition).

        `POST /v4/recentcontact/create_contact_group` - https://trtc.io/document/53437
        Idempotent: no (Creates a group; a repeat would try to create it again.)
        Rate limit: 200 requests/s.

        Args:
            from_account: User who owns the conversation groups.
            group_contact_item: The group to create (exactly one per call).
        """
        return cast(
            "CreateContactGroupResponse",
            self._client._call(
                "recentcontact/create_contact_group",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "group_contact_item": group_contact_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def del_contact_group(
        self,
        request: DelContactGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelContactGroupResponse: ...

    @overload
    def del_contact_group(
        self,
        *,
        from_account: str,
        group_name: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelContactGroupResponse: ...

    def del_contact_group(
        self,
        request: DelContactGroupRequest | None = None,
        *,
        from_account: str | None = None,
        group_name: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelContactGroupResponse:
        """Delete a conversation group.

        Deletes one conversation group of a user and returns its name and ID.

        `POST /v4/recentcontact/del_contact_group` - https://trtc.io/document/53441
        Idempotent: no (A repeat after success fails with 51009 (the group no longer exists).)
        Rate limit: 200 requests/s.

        Args:
            from_account: User who owns the conversation group.
            group_name: Name of the group to delete (exactly one per call for now).
        """
        return cast(
            "DelContactGroupResponse",
            self._client._call(
                "recentcontact/del_contact_group",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "group_name": group_name,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def update_contact_group(
        self,
        request: UpdateContactGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateContactGroupResponse: ...

    @overload
    def update_contact_group(
        self,
        *,
        from_account: str,
        update_type: int,
        update_group: ContactGroupUpdateParam,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateContactGroupResponse: ...

    def update_contact_group(
        self,
        request: UpdateContactGroupRequest | None = None,
        *,
        from_account: str | None = None,
        update_type: int | None = None,
        update_group: ContactGroupUpdateParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UpdateContactGroupResponse:
        """Update a conversation group.

        Renames a conversation group, or adds conversations to it and removes conversations from it.

        `POST /v4/recentcontact/update_contact_group` - https://trtc.io/document/53439
        Idempotent: no (A repeated rename fails because the old name no longer exists.)
        Rate limit: 200 requests/s.
        Partial success: results per item in UpdateGroupResult.ContactResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: User who owns the conversation group.
            update_type: Kind of update; 1 (update a group) is the only documented value.
            update_group: The change to make.
        """
        return cast(
            "UpdateContactGroupResponse",
            self._client._call(
                "recentcontact/update_contact_group",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "update_type": update_type,
                    "update_group": update_group,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def search_contact_group(
        self,
        request: SearchContactGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SearchContactGroupResponse: ...

    @overload
    def search_contact_group(
        self,
        *,
        from_account: str,
        contact_item: Sequence[ContactItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SearchContactGroupResponse: ...

    def search_contact_group(
        self,
        request: SearchContactGroupRequest | None = None,
        *,
        from_account: str | None = None,
        contact_item: Sequence[ContactItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SearchContactGroupResponse:
        """Look up conversation marks and groups.

        Returns the marks and conversation groups of given conversations, plus the user's list of
        conversation groups.

        `POST /v4/recentcontact/search_contact_group` - https://trtc.io/document/53442
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            from_account: User who owns the conversations.
            contact_item: Conversations to look up (at most 300 per call).
        """
        return cast(
            "SearchContactGroupResponse",
            self._client._call(
                "recentcontact/search_contact_group",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "contact_item": contact_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def mark_contact(
        self,
        request: MarkContactRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MarkContactResponse: ...

    @overload
    def mark_contact(
        self,
        *,
        from_account: str,
        mark_item: Sequence[ContactMarkChangeParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MarkContactResponse: ...

    def mark_contact(
        self,
        request: MarkContactRequest | None = None,
        *,
        from_account: str | None = None,
        mark_item: Sequence[ContactMarkChangeParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> MarkContactResponse:
        """Set conversation marks.

        Sets or clears standard mark bits and sets the custom mark of up to 100 conversations of a user.

        `POST /v4/recentcontact/mark_contact` - https://trtc.io/document/53438
        Idempotent: yes (Sets and clears mark bits to given values; repeating it leaves the same state.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: User who owns the conversations.
            mark_item: Mark changes (at most 100 per call).
        """
        return cast(
            "MarkContactResponse",
            self._client._call(
                "recentcontact/mark_contact",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "mark_item": mark_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_contact_group(
        self,
        request: GetContactGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetContactGroupResponse: ...

    @overload
    def get_contact_group(
        self,
        *,
        from_account: str,
        start_index: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetContactGroupResponse: ...

    def get_contact_group(
        self,
        request: GetContactGroupRequest | None = None,
        *,
        from_account: str | None = None,
        start_index: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetContactGroupResponse:
        """Pull conversation marks and groups.

        Pages through all conversations of a user that carry marks or belong to conversation groups,
        with the user's groups.

        `POST /v4/recentcontact/get_contact_group` - https://trtc.io/document/53440
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            from_account: User who owns the conversations.
            start_index: 0 for the first page, then NextStartIndex of the previous reply.
        """
        return cast(
            "GetContactGroupResponse",
            self._client._call(
                "recentcontact/get_contact_group",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "start_index": start_index,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_contact_group(
            self,
            *,
            from_account: str,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[ContactMarkItem]: ...

    else:

        def iter_get_contact_group(
            self,
            *,
            from_account: str | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[ContactMarkItem]:
            """Every item of `get_contact_group`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "recentcontact/get_contact_group",
                {
                    **unknown_fields,
                    "from_account": from_account,
                },
                extra_body,
                request_options,
            )


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
            filter: GroupReceiptListFilter | Literal[0, 1],
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
            filter: GroupReceiptListFilter | Literal[0, 1] | None = None,
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
                    "filter": filter,
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


class GroupAttributeService(SyncService):
    """Reading the custom key-value attributes of a group. (`group_open_attr_http_svc`)"""

    __slots__ = ()

    @overload
    def get_group_attr(
        self,
        request: GetGroupAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupAttrResponse: ...

    @overload
    def get_group_attr(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupAttrResponse: ...

    def get_group_attr(
        self,
        request: GetGroupAttrRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupAttrResponse:
        """Get group custom attributes.

        Returns every custom attribute (key and value) of a group.

        `POST /v4/group_open_attr_http_svc/get_group_attr` - https://www.tencentcloud.com/document/product/1047/44187
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, AVChatRoom, Community.

        Args:
            group_id: The group to read.
        """
        return cast(
            "GetGroupAttrResponse",
            self._client._call(
                "group_open_attr_http_svc/get_group_attr",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                },
                extra_body,
                request_options,
            ),
        )


class MessageService(SyncService):
    """One-to-one messages (send, batch send, import, history, recall, edit, read state, receipts, unread counts) and users' online status. (`openim`)"""

    __slots__ = ()

    @overload
    def sendmsg(
        self,
        request: SendmsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendmsgResponse: ...

    @overload
    def sendmsg(
        self,
        *,
        to_account: str,
        msg_body: Sequence[MsgElementParam],
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_life_time: int | None = None,
        msg_seq: int | None = None,
        msg_random: int | None = None,
        forbid_callback_control: Sequence[
            C2CForbidCallback | Literal["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]
        ]
        | None = None,
        send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
        | None = None,
        cloud_custom_data: str | None = None,
        support_message_extension: int | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        is_need_read_receipt: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendmsgResponse: ...

    def sendmsg(
        self,
        request: SendmsgRequest | None = None,
        *,
        to_account: str | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_life_time: int | None = None,
        msg_seq: int | None = None,
        msg_random: int | None = None,
        forbid_callback_control: Sequence[
            C2CForbidCallback | Literal["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]
        ]
        | None = None,
        send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
        | None = None,
        cloud_custom_data: str | None = None,
        support_message_extension: int | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        is_need_read_receipt: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendmsgResponse:
        """Send a one-to-one message.

        Sends a message to one user, either as the administrator or in the name of a chosen account
        (From_Account). Friendship, block lists and mutes are not checked; the receiver's do-not-disturb
        setting only applies with SendMsgControl WithMuteNotifications. SyncOtherMachine decides whether
        the sender's own devices get the message too.

        `POST /v4/openim/sendmsg` - https://trtc.io/document/34919
        Idempotent: no (Every accepted call delivers a message; a resend is safe only through the server's de-duplication described below.)
        De-duplicated on MsgRandom: a resend after an ambiguous failure is safe.
        Rate limit: 200 requests/s.

        Args:
            to_account: User ID of the receiver.
            msg_body: The message: one or more elements (at most one custom element).
            sync_other_machine: Whether the sender gets the message too. Left out, it is stored in the sender's history
                but not pushed to the sender's devices.
            from_account: User ID shown as the sender; the administrator when left out.
            msg_life_time: How long the message is kept for an offline receiver; 0 delivers it to online devices
                only and keeps nothing. Unit: seconds. Server default when omitted: 604800.
            msg_seq: Caller-chosen sequence number; orders messages of the same second and is part of the de-
                duplication key. The server draws a random one when left out.
            msg_random: Random number identifying the message for de-duplication. The server requires it; the
                SDK fills a random value when left out and keeps it across retries.
            forbid_callback_control: Webhooks to skip for this message.
            send_msg_control: Delivery options for this message.
            cloud_custom_data: Custom data stored with the message and delivered to the receiver.
            support_message_extension: 1 allows key-value extensions (message_extension.set_key_values) on this message. Server
                default when omitted: 0.
            offline_push_info: How an offline receiver is notified.
            is_need_read_receipt: 1 asks the receiver's client for a read receipt. Server default when omitted: 0.
        """
        return cast(
            "SendmsgResponse",
            self._client._call(
                "openim/sendmsg",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_body": msg_body,
                    "sync_other_machine": sync_other_machine,
                    "from_account": from_account,
                    "msg_life_time": msg_life_time,
                    "msg_seq": msg_seq,
                    "msg_random": msg_random,
                    "forbid_callback_control": forbid_callback_control,
                    "send_msg_control": send_msg_control,
                    "cloud_custom_data": cloud_custom_data,
                    "support_message_extension": support_message_extension,
                    "offline_push_info": offline_push_info,
                    "is_need_read_receipt": is_need_read_receipt,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def batchsendmsg(
        self,
        request: BatchsendmsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchsendmsgResponse: ...

    @overload
    def batchsendmsg(
        self,
        *,
        to_account: Sequence[str],
        msg_random: int,
        msg_body: Sequence[MsgElementParam],
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_seq: int | None = None,
        msg_life_time: int | None = None,
        cloud_custom_data: str | None = None,
        send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
        | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        is_need_read_receipt: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchsendmsgResponse: ...

    def batchsendmsg(
        self,
        request: BatchsendmsgRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        msg_random: int | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_seq: int | None = None,
        msg_life_time: int | None = None,
        cloud_custom_data: str | None = None,
        send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
        | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        is_need_read_receipt: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BatchsendmsgResponse:
        """Send a one-to-one message to many users.

        Sends the same message to up to 500 users in one call, as the administrator or a chosen account;
        meant for notifications and marketing. No webhooks are triggered. The call succeeds when at
        least one recipient was reached; unreachable recipients are listed in ErrorList (ActionStatus is
        then "SomeError").

        `POST /v4/openim/batchsendmsg` - https://trtc.io/document/34920
        Idempotent: no (Every accepted call delivers the message again; the page promises de-duplication only "within one second", too short to cover a retry, so the SDK does not resend it.
        )
        Rate limit: 200 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: User IDs of the receivers.
            msg_random: Random number identifying the message.
            msg_body: The message.
            sync_other_machine: Whether the sender gets the message too. Left out, it is stored in the sender's history
                only.
            from_account: User ID shown as the sender; the administrator when left out.
            msg_seq: Caller-chosen sequence number; the server draws a random one when left out.
            msg_life_time: How long the message is kept for offline receivers; 0 delivers it to online devices only
                (faster, not counted as unread, not stored). Unit: seconds. Server default when omitted:
                604800.
            cloud_custom_data: Custom data stored with the message and delivered to the receivers.
            send_msg_control: Delivery options for this request.
            offline_push_info: How offline receivers are notified.
            is_need_read_receipt: 1 asks the receivers' clients for read receipts. Server default when omitted: 0.
        """
        return cast(
            "BatchsendmsgResponse",
            self._client._call(
                "openim/batchsendmsg",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_random": msg_random,
                    "msg_body": msg_body,
                    "sync_other_machine": sync_other_machine,
                    "from_account": from_account,
                    "msg_seq": msg_seq,
                    "msg_life_time": msg_life_time,
                    "cloud_custom_data": cloud_custom_data,
                    "send_msg_control": send_msg_control,
                    "offline_push_info": offline_push_info,
                    "is_need_read_receipt": is_need_read_receipt,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def importmsg(
        self,
        request: ImportmsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportmsgResponse: ...

    @overload
    def importmsg(
        self,
        *,
        sync_from_old_system: C2CImportMode | Literal[2, 5],
        from_account: str,
        to_account: str,
        msg_time_stamp: int,
        msg_body: Sequence[MsgElementParam],
        msg_seq: int | None = None,
        msg_random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportmsgResponse: ...

    def importmsg(
        self,
        request: ImportmsgRequest | None = None,
        *,
        sync_from_old_system: C2CImportMode | Literal[2, 5] | None = None,
        from_account: str | None = None,
        to_account: str | None = None,
        msg_time_stamp: int | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        msg_seq: int | None = None,
        msg_random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImportmsgResponse:
        """Import a one-to-one message.

        Stores one one-to-one message with its original time, for migrating history from another system
        in chronological order (as read and not pushed) or for forwarding live messages during a
        migration (as unread and pushed). The conversation is updated; no webhooks are triggered.

        `POST /v4/openim/importmsg` - https://trtc.io/document/35014
        Idempotent: no (Each accepted call stores a message; a resend is safe only through the de-duplication below.)
        De-duplicated on MsgRandom: a resend after an ambiguous failure is safe.
        Rate limit: 200 requests/s.

        Args:
            sync_from_old_system: Whether the message is stored as history or as a live message.
            from_account: User ID of the sender.
            to_account: User ID of the receiver.
            msg_time_stamp: Original send time of the message. Unit: unix seconds.
            msg_body: The message.
            msg_seq: Sequence number; orders messages of the same second and is part of the de-duplication
                key. The server draws a random one when left out.
            msg_random: Random number, part of the de-duplication key. The server requires it; the SDK fills a
                random value when left out and keeps it across retries.
            cloud_custom_data: Custom data stored with the message.
        """
        return cast(
            "ImportmsgResponse",
            self._client._call(
                "openim/importmsg",
                request,
                {
                    **unknown_fields,
                    "sync_from_old_system": sync_from_old_system,
                    "from_account": from_account,
                    "to_account": to_account,
                    "msg_time_stamp": msg_time_stamp,
                    "msg_body": msg_body,
                    "msg_seq": msg_seq,
                    "msg_random": msg_random,
                    "cloud_custom_data": cloud_custom_data,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def admin_getroammsg(
        self,
        request: AdminGetroammsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminGetroammsgResponse: ...

    @overload
    def admin_getroammsg(
        self,
        *,
        operator_account: str,
        peer_account: str,
        max_cnt: int,
        min_time: int,
        max_time: int,
        last_msg_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminGetroammsgResponse: ...

    def admin_getroammsg(
        self,
        request: AdminGetroammsgRequest | None = None,
        *,
        operator_account: str | None = None,
        peer_account: str | None = None,
        max_cnt: int | None = None,
        min_time: int | None = None,
        max_time: int | None = None,
        last_msg_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AdminGetroammsgResponse:
        """Get one-to-one message history.

        Returns the stored messages of one one-to-one conversation between MinTime and MaxTime, newest
        first, as one of its two participants sees them (clearing, deleting or SyncOtherMachine = 2 can
        make the two views differ). Recalled messages are included with MsgFlagBits 8. Only messages
        within the roaming storage period (7 days by default) can be read.

        `POST /v4/openim/admin_getroammsg` - https://trtc.io/document/35478
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            operator_account: Participant whose view of the conversation is read.
            peer_account: The other participant.
            max_cnt: Maximum number of messages to return.
            min_time: Start of the time window. Unit: unix seconds.
            max_time: End of the time window; when continuing, the LastMsgTime of the previous page. Unit:
                unix seconds.
            last_msg_key: MsgKey of the last message of the previous page; required when continuing, left out on
                the first call.
        """
        return cast(
            "AdminGetroammsgResponse",
            self._client._call(
                "openim/admin_getroammsg",
                request,
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "max_cnt": max_cnt,
                    "min_time": min_time,
                    "max_time": max_time,
                    "last_msg_key": last_msg_key,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_admin_getroammsg(
            self,
            *,
            operator_account: str,
            peer_account: str,
            max_cnt: int,
            min_time: int,
            max_time: int,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[RoamMessage]: ...

    else:

        def iter_admin_getroammsg(
            self,
            *,
            operator_account: str | None = None,
            peer_account: str | None = None,
            max_cnt: int | None = None,
            min_time: int | None = None,
            max_time: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[RoamMessage]:
            """Every item of `admin_getroammsg`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "openim/admin_getroammsg",
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "max_cnt": max_cnt,
                    "min_time": min_time,
                    "max_time": max_time,
                },
                extra_body,
                request_options,
            )

    @overload
    def admin_msgwithdraw(
        self,
        request: AdminMsgwithdrawRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminMsgwithdrawResponse: ...

    @overload
    def admin_msgwithdraw(
        self,
        *,
        from_account: str,
        to_account: str,
        msg_key: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminMsgwithdrawResponse: ...

    def admin_msgwithdraw(
        self,
        request: AdminMsgwithdrawRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: str | None = None,
        msg_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AdminMsgwithdrawResponse:
        """Recall a one-to-one message.

        Recalls any one-to-one message by its MsgKey, whenever it was sent, removing it from offline and
        roaming storage and from both clients' caches. Recalled messages cannot be restored.

        `POST /v4/openim/admin_msgwithdraw` - https://trtc.io/document/35015
        Idempotent: no (A repeat after a successful recall fails with 20023 (already recalled), which callers may treat as success.)
        Rate limit: 200 requests/s.

        Args:
            from_account: Sender of the message.
            to_account: Receiver of the message.
            msg_key: Key of the message, from sendmsg / batchsendmsg replies, the send webhooks or
                admin_getroammsg.
        """
        return cast(
            "AdminMsgwithdrawResponse",
            self._client._call(
                "openim/admin_msgwithdraw",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "msg_key": msg_key,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def admin_set_msg_read(
        self,
        request: AdminSetMsgReadRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminSetMsgReadResponse: ...

    @overload
    def admin_set_msg_read(
        self,
        *,
        report_account: str,
        peer_account: str,
        msg_read_time: str | int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminSetMsgReadResponse: ...

    def admin_set_msg_read(
        self,
        request: AdminSetMsgReadRequest | None = None,
        *,
        report_account: str | None = None,
        peer_account: str | None = None,
        msg_read_time: str | int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AdminSetMsgReadResponse:
        """Mark one-to-one messages as read.

        Marks the messages of one one-to-one conversation as read for one participant, up to a given
        time (now by default).

        `POST /v4/openim/admin_set_msg_read` - https://trtc.io/document/38996
        Idempotent: yes (Marking the same messages read again leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            report_account: User for whom the messages are marked read.
            peer_account: The other side of the conversation.
            msg_read_time: Unix time in seconds; messages before it become read. Now when left out. The server may
                also send it as integer.
        """
        return cast(
            "AdminSetMsgReadResponse",
            self._client._call(
                "openim/admin_set_msg_read",
                request,
                {
                    **unknown_fields,
                    "report_account": report_account,
                    "peer_account": peer_account,
                    "msg_read_time": msg_read_time,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_c2c_unread_msg_num(
        self,
        request: GetC2cUnreadMsgNumRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetC2cUnreadMsgNumResponse: ...

    @overload
    def get_c2c_unread_msg_num(
        self,
        *,
        to_account: str,
        peer_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetC2cUnreadMsgNumResponse: ...

    def get_c2c_unread_msg_num(
        self,
        request: GetC2cUnreadMsgNumRequest | None = None,
        *,
        to_account: str | None = None,
        peer_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetC2cUnreadMsgNumResponse:
        """Get one-to-one unread counts.

        Returns a user's total unread count over all one-to-one conversations, or, when Peer_Account is
        given, the unread counts of up to 10 particular conversations.

        `POST /v4/openim/get_c2c_unread_msg_num` - https://trtc.io/document/41046
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: User whose unread counts are read.
            peer_account: Other sides of the conversations to count; leave out for the total over all
                conversations.
        """
        return cast(
            "GetC2cUnreadMsgNumResponse",
            self._client._call(
                "openim/get_c2c_unread_msg_num",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "peer_account": peer_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def modify_c2c_msg(
        self,
        request: ModifyC2cMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyC2cMsgResponse: ...

    @overload
    def modify_c2c_msg(
        self,
        *,
        from_account: str,
        to_account: str,
        msg_key: str,
        msg_body: Sequence[MsgElementParam] | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyC2cMsgResponse: ...

    def modify_c2c_msg(
        self,
        request: ModifyC2cMsgRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: str | None = None,
        msg_key: str | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyC2cMsgResponse:
        """Edit a one-to-one message.

        Overwrites the body and / or the cloud custom data of a stored one-to-one message identified by
        its MsgKey. The old values cannot be restored.

        `POST /v4/openim/modify_c2c_msg` - https://trtc.io/document/47722
        Idempotent: yes (Writing the same body or custom data again leaves the same message.)
        Rate limit: 200 requests/s.

        Args:
            from_account: Sender of the message.
            to_account: Receiver of the message.
            msg_key: Key of the message to edit.
            msg_body: New body; replaces the old one.
            cloud_custom_data: New custom data; replaces the old value.
        """
        return cast(
            "ModifyC2cMsgResponse",
            self._client._call(
                "openim/modify_c2c_msg",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "msg_key": msg_key,
                    "msg_body": msg_body,
                    "cloud_custom_data": cloud_custom_data,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def c2c_msg_read_receipt(
        self,
        request: C2cMsgReadReceiptRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> C2cMsgReadReceiptResponse: ...

    @overload
    def c2c_msg_read_receipt(
        self,
        *,
        operator_account: str,
        peer_account: str,
        c2c_msg_info: Sequence[C2CReceiptMessageParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> C2cMsgReadReceiptResponse: ...

    def c2c_msg_read_receipt(
        self,
        request: C2cMsgReadReceiptRequest | None = None,
        *,
        operator_account: str | None = None,
        peer_account: str | None = None,
        c2c_msg_info: Sequence[C2CReceiptMessageParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> C2cMsgReadReceiptResponse:
        """Send read receipts for one-to-one messages.

        Sends read receipts for messages of one one-to-one conversation in the name of their receiver
        (Operator_Account), so that the sender (Peer_Account) sees them as read.

        `POST /v4/openim/c2c_msg_read_receipt` - https://trtc.io/document/77776
        Idempotent: yes (A receipt for a message that is already marked read changes nothing (the sender may be notified again).)

        Args:
            operator_account: The receiver who sends the receipts.
            peer_account: The sender of the messages.
            c2c_msg_info: The messages the receipts are for.
        """
        return cast(
            "C2cMsgReadReceiptResponse",
            self._client._call(
                "openim/c2c_msg_read_receipt",
                request,
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "c2c_msg_info": c2c_msg_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def delete_c2c_msg_ramble(
        self,
        request: DeleteC2cMsgRambleRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteC2cMsgRambleResponse: ...

    @overload
    def delete_c2c_msg_ramble(
        self,
        *,
        operator_account: str,
        peer_account: str,
        msg_key_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteC2cMsgRambleResponse: ...

    def delete_c2c_msg_ramble(
        self,
        request: DeleteC2cMsgRambleRequest | None = None,
        *,
        operator_account: str | None = None,
        peer_account: str | None = None,
        msg_key_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteC2cMsgRambleResponse:
        """Delete one-to-one messages for one side.

        Deletes up to 30 messages of a one-to-one conversation from the history of one participant only
        (Operator_Account); the other participant still sees them. MsgKeys come from the send replies,
        the send webhooks or admin_getroammsg.

        `POST /v4/openim/delete_c2c_msg_ramble` - https://cloud.tencent.com/document/product/269/101439
        Idempotent: yes (Deleting messages that are already gone from that side's history leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            operator_account: Participant in whose history the messages are deleted.
            peer_account: The other participant.
            msg_key_list: Keys of the messages to delete.
        """
        return cast(
            "DeleteC2cMsgRambleResponse",
            self._client._call(
                "openim/delete_c2c_msg_ramble",
                request,
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "msg_key_list": msg_key_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def query_online_status(
        self,
        request: QueryOnlineStatusRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> QueryOnlineStatusResponse: ...

    @overload
    def query_online_status(
        self,
        *,
        to_account: Sequence[str],
        is_need_detail: int | None = None,
        is_return_instid: int | None = None,
        is_return_custom_status: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> QueryOnlineStatusResponse: ...

    def query_online_status(
        self,
        request: QueryOnlineStatusRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        is_need_detail: int | None = None,
        is_return_instid: int | None = None,
        is_return_custom_status: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> QueryOnlineStatusResponse:
        """Get users' online status.

        Returns the login state (Online, PushOnline or Offline) of up to 500 users, optionally per
        platform. The call succeeds when at least one user could be queried; the others are listed in
        ErrorList.

        `POST /v4/openim/query_online_status` - https://trtc.io/document/35477
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: User IDs to query.
            is_need_detail: 1 adds the state per login platform. Server default when omitted: 0.
            is_return_instid: 1 adds the device instance IDs (China-site page only; see notes). Server default when
                omitted: 0.
            is_return_custom_status: 1 adds each user's custom status (China-site page only; see notes). Server default when
                omitted: 0.
        """
        return cast(
            "QueryOnlineStatusResponse",
            self._client._call(
                "openim/query_online_status",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "is_need_detail": is_need_detail,
                    "is_return_instid": is_return_instid,
                    "is_return_custom_status": is_return_custom_status,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def querystate(
        self,
        request: QuerystateRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> QuerystateResponse: ...

    @overload
    def querystate(
        self,
        *,
        to_account: Sequence[str],
        is_need_detail: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> QuerystateResponse: ...

    def querystate(
        self,
        request: QuerystateRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        is_need_detail: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> QuerystateResponse:
        """Get users' login state (legacy).

        Older twin of query_online_status kept in the "online status" documentation folder: the same
        input, a reply that reports State per user and has no ErrorList. Use query_online_status in new
        code.

        `POST /v4/openim/querystate` - https://intl.cloud.tencent.com/document/product/1047/35477
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            to_account: User IDs to query.
            is_need_detail: 1 adds the state per login platform. Server default when omitted: 0.
        """
        return cast(
            "QuerystateResponse",
            self._client._call(
                "openim/querystate",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "is_need_detail": is_need_detail,
                },
                extra_body,
                request_options,
            ),
        )


class MessageExtensionService(SyncService):
    """Key-value extensions attached to individual one-to-one and group messages (for example reactions or vote counts). (`openim_msg_ext_http_svc`)"""

    __slots__ = ()

    @overload
    def set_key_values(
        self,
        request: SetKeyValuesRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetKeyValuesResponse: ...

    @overload
    def set_key_values(
        self,
        *,
        to_account: str,
        msg_key: str,
        operate_type: ExtensionOperation | Literal[1, 2, 3],
        from_account: str | None = None,
        extension_list: Sequence[MsgExtensionParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetKeyValuesResponse: ...

    def set_key_values(
        self,
        request: SetKeyValuesRequest | None = None,
        *,
        to_account: str | None = None,
        msg_key: str | None = None,
        operate_type: ExtensionOperation | Literal[1, 2, 3] | None = None,
        from_account: str | None = None,
        extension_list: Sequence[MsgExtensionParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetKeyValuesResponse:
        """Set one-to-one message extensions.

        Sets, deletes or clears the key-value pairs attached to a one-to-one message that was sent with
        SupportMessageExtension = 1. Each pair's outcome is reported in ExtensionList. Needs the
        Ultimate edition and the console switch; a message holds at most 300 pairs.

        `POST /v4/openim_msg_ext_http_svc/set_key_values` - https://trtc.io/document/51195
        Idempotent: yes (Administrator writes skip the Seq check, so setting or deleting the same pairs again gives the same values (their Seq advances).)
        Rate limit: 200 requests/s.
        Partial success: results per item in ExtensionList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: Receiver of the message.
            msg_key: Key of the message.
            operate_type: Set, delete or clear.
            from_account: Sender of the message.
            extension_list: The pairs to set or delete; required for SET and DELETE, left out for CLEAR.
        """
        return cast(
            "SetKeyValuesResponse",
            self._client._call(
                "openim_msg_ext_http_svc/set_key_values",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_key": msg_key,
                    "operate_type": operate_type,
                    "from_account": from_account,
                    "extension_list": extension_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_key_values(
        self,
        request: GetKeyValuesRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetKeyValuesResponse: ...

    @overload
    def get_key_values(
        self,
        *,
        to_account: str,
        msg_key: str,
        from_account: str | None = None,
        start_seq: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetKeyValuesResponse: ...

    def get_key_values(
        self,
        request: GetKeyValuesRequest | None = None,
        *,
        to_account: str | None = None,
        msg_key: str | None = None,
        from_account: str | None = None,
        start_seq: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetKeyValuesResponse:
        """Get one-to-one message extensions.

        Returns the key-value pairs of a one-to-one message ordered by Seq, at most 200 per call,
        optionally only those with Seq at or above StartSeq. ClearSeq tells clients which locally cached
        pairs to drop.

        `POST /v4/openim_msg_ext_http_svc/get_key_values` - https://trtc.io/document/51194
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            to_account: Receiver of the message.
            msg_key: Key of the message.
            from_account: Sender of the message.
            start_seq: Return only pairs whose Seq is at least this.
        """
        return cast(
            "GetKeyValuesResponse",
            self._client._call(
                "openim_msg_ext_http_svc/get_key_values",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_key": msg_key,
                    "from_account": from_account,
                    "start_seq": start_seq,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_key_values(
            self,
            *,
            to_account: str,
            msg_key: str,
            from_account: str | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[MsgExtension]: ...

    else:

        def iter_get_key_values(
            self,
            *,
            to_account: str | None = None,
            msg_key: str | None = None,
            from_account: str | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[MsgExtension]:
            """Every item of `get_key_values`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "openim_msg_ext_http_svc/get_key_values",
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_key": msg_key,
                    "from_account": from_account,
                },
                extra_body,
                request_options,
            )

    @overload
    def group_set_key_values(
        self,
        request: GroupSetKeyValuesRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupSetKeyValuesResponse: ...

    @overload
    def group_set_key_values(
        self,
        *,
        group_id: str,
        msg_seq: int,
        operate_type: ExtensionOperation | Literal[1, 2, 3],
        extension_list: Sequence[MsgExtensionParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupSetKeyValuesResponse: ...

    def group_set_key_values(
        self,
        request: GroupSetKeyValuesRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq: int | None = None,
        operate_type: ExtensionOperation | Literal[1, 2, 3] | None = None,
        extension_list: Sequence[MsgExtensionParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupSetKeyValuesResponse:
        """Set group message extensions.

        Sets, deletes or clears the key-value pairs attached to a group message (identified by its
        MsgSeq) that was sent with extension support. Each pair's outcome is reported in ExtensionList.
        Needs the Ultimate edition and the console switch; a message holds at most 300 pairs.

        `POST /v4/openim_msg_ext_http_svc/group_set_key_values` - https://www.tencentcloud.com/document/product/1047/52170
        Idempotent: yes (Administrator writes skip the Seq check, so setting or deleting the same pairs again gives the same values (their Seq advances).)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom.
        Partial success: results per item in ExtensionList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: The group.
            msg_seq: Sequence number of the group message.
            operate_type: Set, delete or clear.
            extension_list: The pairs to set or delete; required for SET and DELETE, left out for CLEAR.
        """
        return cast(
            "GroupSetKeyValuesResponse",
            self._client._call(
                "openim_msg_ext_http_svc/group_set_key_values",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                    "operate_type": operate_type,
                    "extension_list": extension_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def group_get_key_values(
        self,
        request: GroupGetKeyValuesRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupGetKeyValuesResponse: ...

    @overload
    def group_get_key_values(
        self,
        *,
        group_id: str,
        msg_seq: int,
        start_seq: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupGetKeyValuesResponse: ...

    def group_get_key_values(
        self,
        request: GroupGetKeyValuesRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq: int | None = None,
        start_seq: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupGetKeyValuesResponse:
        """Get group message extensions.

        Returns the key-value pairs of a group message ordered by Seq, at most 200 per call, optionally
        only those with Seq at or above StartSeq. ClearSeq tells clients which locally cached pairs to
        drop.

        `POST /v4/openim_msg_ext_http_svc/group_get_key_values` - https://www.tencentcloud.com/document/product/1047/52169
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom.

        Args:
            group_id: The group.
            msg_seq: Sequence number of the group message.
            start_seq: Return only pairs whose Seq is at least this.
        """
        return cast(
            "GroupGetKeyValuesResponse",
            self._client._call(
                "openim_msg_ext_http_svc/group_get_key_values",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                    "start_seq": start_seq,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_group_get_key_values(
            self,
            *,
            group_id: str,
            msg_seq: int,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[MsgExtension]: ...

    else:

        def iter_group_get_key_values(
            self,
            *,
            group_id: str | None = None,
            msg_seq: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[MsgExtension]:
            """Every item of `group_get_key_values`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "openim_msg_ext_http_svc/group_get_key_values",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                },
                extra_body,
                request_options,
            )


class StreamMessageService(SyncService):
    """Streamed messages (TIMStreamElem) to a user or a group, sent chunk by chunk, such as AI assistant replies. (`stream_msg`)"""

    __slots__ = ()

    @overload
    def send_c2c_stream_msg(
        self,
        request: SendC2cStreamMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendC2cStreamMsgResponse: ...

    @overload
    def send_c2c_stream_msg(
        self,
        *,
        to_account: str,
        msg_body: Sequence[StreamElementParam],
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_seq: int | None = None,
        msg_random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendC2cStreamMsgResponse: ...

    def send_c2c_stream_msg(
        self,
        request: SendC2cStreamMsgRequest | None = None,
        *,
        to_account: str | None = None,
        msg_body: Sequence[StreamElementParam] | None = None,
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_seq: int | None = None,
        msg_random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendC2cStreamMsgResponse:
        """Send a streamed one-to-one message.

        Starts or continues a streamed message from one account to another. The first call carries the
        first chunks and returns the stream's ID; each later call carries that ID and the next chunks,
        and the chunk with IsLast = true ends the stream. At most 15 seconds may pass between calls, the
        whole message must stay under 128 KB, and follow-up calls are limited to 5 per second per stream
        (one every 200 ms is recommended). Friendship, block lists and mutes are not checked.

        `POST /v4/stream_msg/send_c2c_stream_msg` - https://cloud.tencent.com/document/product/269/128596
        Idempotent: no (Each accepted call appends chunks to the stream (or starts a new one); no de-duplication is documented.)
        Rate limit: 5 requests/s.

        Args:
            to_account: User ID of the receiver.
            msg_body: One streamed element carrying this call's chunks (and, after the first call, the
                stream's ID).
            sync_other_machine: Whether the sender gets the message too (as for sendmsg).
            from_account: User ID shown as the sender; the administrator when left out.
            msg_seq: Caller-chosen sequence number (may repeat; not generated by the server).
            msg_random: Random number of the message.
            cloud_custom_data: Custom data stored with the message.
        """
        return cast(
            "SendC2cStreamMsgResponse",
            self._client._call(
                "stream_msg/send_c2c_stream_msg",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_body": msg_body,
                    "sync_other_machine": sync_other_machine,
                    "from_account": from_account,
                    "msg_seq": msg_seq,
                    "msg_random": msg_random,
                    "cloud_custom_data": cloud_custom_data,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def send_group_stream_msg(
        self,
        request: SendGroupStreamMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendGroupStreamMsgResponse: ...

    @overload
    def send_group_stream_msg(
        self,
        *,
        group_id: str,
        msg_body: Sequence[StreamElementParam],
        from_account: str | None = None,
        msg_random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendGroupStreamMsgResponse: ...

    def send_group_stream_msg(
        self,
        request: SendGroupStreamMsgRequest | None = None,
        *,
        group_id: str | None = None,
        msg_body: Sequence[StreamElementParam] | None = None,
        from_account: str | None = None,
        msg_random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendGroupStreamMsgResponse:
        """Send a streamed group message.

        Starts or continues a streamed message in a group, with the same rules as send_c2c_stream_msg:
        the first call returns the stream's ID, later calls carry it with the next chunks, IsLast = true
        ends the stream, at most 15 seconds between calls, under 128 KB in total, 5 follow-up calls per
        second.

        `POST /v4/stream_msg/send_group_stream_msg` - https://cloud.tencent.com/document/product/269/128597
        Idempotent: no (Each accepted call appends chunks to the stream (or starts a new one); no de-duplication is documented.)
        Rate limit: 5 requests/s.

        Args:
            group_id: The group.
            msg_body: One streamed element carrying this call's chunks (and, after the first call, the
                stream's ID).
            from_account: User ID shown as the sender (used by the TIMBot plugin; see notes).
            msg_random: Random number of the message.
            cloud_custom_data: Custom data stored with the message.
        """
        return cast(
            "SendGroupStreamMsgResponse",
            self._client._call(
                "stream_msg/send_group_stream_msg",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_body": msg_body,
                    "from_account": from_account,
                    "msg_random": msg_random,
                    "cloud_custom_data": cloud_custom_data,
                },
                extra_body,
                request_options,
            ),
        )


class MillionGroupService(SyncService):
    """Topics of topic-enabled communities and the online member count of communities. (`million_group_open_http_svc`)"""

    __slots__ = ()

    @overload
    def create_topic(
        self,
        request: CreateTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateTopicResponse: ...

    @overload
    def create_topic(
        self,
        *,
        group_id: str,
        topic_name: str,
        topic_id: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateTopicResponse: ...

    def create_topic(
        self,
        request: CreateTopicRequest | None = None,
        *,
        group_id: str | None = None,
        topic_name: str | None = None,
        topic_id: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateTopicResponse:
        """Create a topic.

        Creates a topic in a topic-enabled community, with a server-assigned or custom topic ID, a name
        and optional avatar, notice, introduction, custom string and creator.

        `POST /v4/million_group_open_http_svc/create_topic` - https://www.tencentcloud.com/document/product/1047/49471
        Idempotent: no (Without a custom TopicId every call creates another topic; with one, a resend after a success fails with 10025 (ID already used). Not repeated automatically.
        )
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: The topic-enabled community that will own the topic.
            topic_name: Topic name (UTF-8).
            topic_id: Custom topic ID: the community ID, then "@TOPIC#_", then a printable-ASCII part of your
                choice. Omit it to let the server assign one.
            from_account: User ID shown as the creator of the topic. The server may also send it as integer.
            custom_string: App-defined string stored with the topic.
            face_url: Topic avatar URL.
            notification: Topic notice (UTF-8).
            introduction: Topic introduction (UTF-8).
        """
        return cast(
            "CreateTopicResponse",
            self._client._call(
                "million_group_open_http_svc/create_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_name": topic_name,
                    "topic_id": topic_id,
                    "from_account": from_account,
                    "custom_string": custom_string,
                    "face_url": face_url,
                    "notification": notification,
                    "introduction": introduction,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def destroy_topic(
        self,
        request: DestroyTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyTopicResponse: ...

    @overload
    def destroy_topic(
        self,
        *,
        group_id: str,
        topic_id_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyTopicResponse: ...

    def destroy_topic(
        self,
        request: DestroyTopicRequest | None = None,
        *,
        group_id: str | None = None,
        topic_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DestroyTopicResponse:
        """Delete topics.

        Permanently deletes topics of a community; the reply gives a result per topic.

        `POST /v4/million_group_open_http_svc/destroy_topic` - https://www.tencentcloud.com/document/product/1047/49470
        Idempotent: yes (A deleted topic stays deleted; deleting it again reports 110003 for that topic.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in DestroyResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: The community that owns the topics.
            topic_id_list: Topics to delete.
        """
        return cast(
            "DestroyTopicResponse",
            self._client._call(
                "million_group_open_http_svc/destroy_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_id_list": topic_id_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_topic(
        self,
        request: GetTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetTopicResponse: ...

    @overload
    def get_topic(
        self,
        *,
        group_id: str,
        from_account: str | int,
        topic_id_list: Sequence[str] | None = None,
        response_filter: Sequence[
            MillionGroupTopicField | Literal["TopicName", "FaceUrl", "Notification", "Introduction"] | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetTopicResponse: ...

    def get_topic(
        self,
        request: GetTopicRequest | None = None,
        *,
        group_id: str | None = None,
        from_account: str | int | None = None,
        topic_id_list: Sequence[str] | None = None,
        response_filter: Sequence[
            MillionGroupTopicField | Literal["TopicName", "FaceUrl", "Notification", "Introduction"] | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetTopicResponse:
        """Get topic profiles.

        Returns the profiles of some or all topics of a community, together with one user's state in
        each topic (mute, read position, receive option); a filter limits the returned topic fields.

        `POST /v4/million_group_open_http_svc/get_topic` - https://www.tencentcloud.com/document/product/1047/49469
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in TopicAndSelfInfo; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: The community.
            from_account: User whose own state (SelfInfo) is returned for each topic. The server may also send it
                as integer.
            topic_id_list: Topics to read; all topics of the community when omitted or empty.
            response_filter: Topic fields to return; all fields when omitted.
        """
        return cast(
            "GetTopicResponse",
            self._client._call(
                "million_group_open_http_svc/get_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "from_account": from_account,
                    "topic_id_list": topic_id_list,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def modify_topic(
        self,
        request: ModifyTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyTopicResponse: ...

    @overload
    def modify_topic(
        self,
        *,
        group_id: str,
        topic_id: str,
        topic_name: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        mute_all_member: MillionGroupMuteAllMember | Literal["On", "Off"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyTopicResponse: ...

    def modify_topic(
        self,
        request: ModifyTopicRequest | None = None,
        *,
        group_id: str | None = None,
        topic_id: str | None = None,
        topic_name: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        mute_all_member: MillionGroupMuteAllMember | Literal["On", "Off"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyTopicResponse:
        """Change a topic.

        Changes the name, avatar, notice, introduction, custom string or all-member mute of a topic;
        omitted fields keep their value.

        `POST /v4/million_group_open_http_svc/modify_topic` - https://www.tencentcloud.com/document/product/1047/49468
        Idempotent: yes (The given fields are overwritten with the same values.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: The community that owns the topic.
            topic_id: The topic to change.
            topic_name: New topic name (UTF-8).
            from_account: User ID shown as the one who changed the topic. The server may also send it as integer.
            custom_string: New app-defined string.
            face_url: New topic avatar URL.
            notification: New topic notice (UTF-8).
            introduction: New topic introduction (UTF-8).
            mute_all_member: Mute or unmute all ordinary members of the topic.
        """
        return cast(
            "ModifyTopicResponse",
            self._client._call(
                "million_group_open_http_svc/modify_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_id": topic_id,
                    "topic_name": topic_name,
                    "from_account": from_account,
                    "custom_string": custom_string,
                    "face_url": face_url,
                    "notification": notification,
                    "introduction": introduction,
                    "mute_all_member": mute_all_member,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_online_member_num(
        self,
        request: MillionGroupGetOnlineMemberNumRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MillionGroupGetOnlineMemberNumResponse: ...

    @overload
    def get_online_member_num(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MillionGroupGetOnlineMemberNumResponse: ...

    def get_online_member_num(
        self,
        request: MillionGroupGetOnlineMemberNumRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> MillionGroupGetOnlineMemberNumResponse:
        """Get the online member count of a community.

        Returns the approximate number of online members of a community, refreshed every four minutes.

        `POST /v4/million_group_open_http_svc/get_online_member_num` - https://www.tencentcloud.com/document/product/1047/66883
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: The community.
        """
        return cast(
            "MillionGroupGetOnlineMemberNumResponse",
            self._client._call(
                "million_group_open_http_svc/get_online_member_num",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                },
                extra_body,
                request_options,
            ),
        )


class ModerationService(SyncService):
    """On-demand content moderation of Content Understanding (Singapore data centre only). (`im_msg_audit`)"""

    __slots__ = ()

    @overload
    def content_moderation(
        self,
        request: ContentModerationRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ContentModerationResponse: ...

    @overload
    def content_moderation(
        self,
        *,
        audit_name: ModerationConfig
        | Literal["C2C", "Group", "UserInfo", "GroupInfo", "GroupMemberInfo", "RelationChain"]
        | str,
        content_type: ModerationContentType | Literal["Text", "Image", "Audio", "Video"],
        content: str,
        ext_sender: str | None = None,
        ext_receiver: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ContentModerationResponse: ...

    def content_moderation(
        self,
        request: ContentModerationRequest | None = None,
        *,
        audit_name: ModerationConfig
        | Literal["C2C", "Group", "UserInfo", "GroupInfo", "GroupMemberInfo", "RelationChain"]
        | str
        | None = None,
        content_type: ModerationContentType | Literal["Text", "Image", "Audio", "Video"] | None = None,
        content: str | None = None,
        ext_sender: str | None = None,
        ext_receiver: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ContentModerationResponse:
        """Moderate content on demand.

        Submits one text, image, audio or video for moderation; text and images get the verdict in the
        reply, audio and video by webhook.

        `POST /v4/im_msg_audit/content_moderation` - https://trtc.io/document/77827
        Idempotent: yes (Judges content without changing app data; a repeat returns a verdict again (for audio and video it may trigger a second webhook).)
        Rate limit: 200 requests/s.

        Args:
            audit_name: The moderation configuration to use.
            content_type: Kind of content.
            content: The text, or the URL of the file (images up to 5 MB).
            ext_sender: Sender to record with the moderation (a Chat user ID or the app's own ID); used for
                filtering in the console.
            ext_receiver: Receiver to record (a user ID, group ID or the app's own ID).
        """
        return cast(
            "ContentModerationResponse",
            self._client._call(
                "im_msg_audit/content_moderation",
                request,
                {
                    **unknown_fields,
                    "audit_name": audit_name,
                    "content_type": content_type,
                    "content": content,
                    "ext_sender": ext_sender,
                    "ext_receiver": ext_receiver,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def batch_content_moderation(
        self,
        request: BatchContentModerationRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchContentModerationResponse: ...

    @overload
    def batch_content_moderation(
        self,
        *,
        audit_name: ModerationConfig
        | Literal["C2C", "Group", "UserInfo", "GroupInfo", "GroupMemberInfo", "RelationChain"]
        | str,
        contents: Sequence[ModerationContentParam],
        ext_sender: str | None = None,
        ext_receiver: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchContentModerationResponse: ...

    def batch_content_moderation(
        self,
        request: BatchContentModerationRequest | None = None,
        *,
        audit_name: ModerationConfig
        | Literal["C2C", "Group", "UserInfo", "GroupInfo", "GroupMemberInfo", "RelationChain"]
        | str
        | None = None,
        contents: Sequence[ModerationContentParam] | None = None,
        ext_sender: str | None = None,
        ext_receiver: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BatchContentModerationResponse:
        """Moderate content in a batch.

        Submits up to 10 texts or images for moderation and returns a verdict per item.

        `POST /v4/im_msg_audit/batch_content_moderation` - https://trtc.io/document/77828
        Idempotent: yes (Judges content without changing app data.)
        Rate limit: 200 requests/s.
        Partial success: results per item in AuditResults; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            audit_name: The moderation configuration to use.
            contents: Items to moderate (at most 10; text and images only).
            ext_sender: Sender to record with the moderation.
            ext_receiver: Receiver to record with the moderation.
        """
        return cast(
            "BatchContentModerationResponse",
            self._client._call(
                "im_msg_audit/batch_content_moderation",
                request,
                {
                    **unknown_fields,
                    "audit_name": audit_name,
                    "contents": contents,
                    "ext_sender": ext_sender,
                    "ext_receiver": ext_receiver,
                },
                extra_body,
                request_options,
            ),
        )


class ModerationKeywordsService(SyncService):
    """Keyword libraries and blocked words of Content Understanding (Singapore data centre only). (`im_msg_audit_mgr`)"""

    __slots__ = ()

    @overload
    def get_cloud_audit_keywords_ids(
        self,
        request: GetCloudAuditKeywordsIdsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetCloudAuditKeywordsIdsResponse: ...

    @overload
    def get_cloud_audit_keywords_ids(
        self,
        *,
        sdk_app_id: int,
        offset: int,
        limit: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetCloudAuditKeywordsIdsResponse: ...

    def get_cloud_audit_keywords_ids(
        self,
        request: GetCloudAuditKeywordsIdsRequest | None = None,
        *,
        sdk_app_id: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetCloudAuditKeywordsIdsResponse:
        """List keyword libraries.

        Returns the app's keyword libraries, a range at a time.

        `POST /v4/im_msg_audit_mgr/get_cloud_audit_keywords_ids` - https://trtc.io/document/77829
        Idempotent: yes (Read-only.)

        Args:
            sdk_app_id: SDKAppID of the app (repeated in the body).
            offset: Position of the first library to return.
            limit: Libraries to return (at most 100).
        """
        return cast(
            "GetCloudAuditKeywordsIdsResponse",
            self._client._call(
                "im_msg_audit_mgr/get_cloud_audit_keywords_ids",
                request,
                {
                    **unknown_fields,
                    "sdk_app_id": sdk_app_id,
                    "offset": offset,
                    "limit": limit,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_cloud_audit_keywords(
        self,
        request: GetCloudAuditKeywordsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetCloudAuditKeywordsResponse: ...

    @overload
    def get_cloud_audit_keywords(
        self,
        *,
        sdk_app_id: int,
        offset: int,
        limit: int,
        lib_id: str,
        content: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetCloudAuditKeywordsResponse: ...

    def get_cloud_audit_keywords(
        self,
        request: GetCloudAuditKeywordsRequest | None = None,
        *,
        sdk_app_id: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        lib_id: str | None = None,
        content: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetCloudAuditKeywordsResponse:
        """List blocked words.

        Returns the blocked words of a keyword library, a range at a time, optionally filtered by a
        fuzzy match.

        `POST /v4/im_msg_audit_mgr/get_cloud_audit_keywords` - https://trtc.io/document/77830
        Idempotent: yes (Read-only.)

        Args:
            sdk_app_id: SDKAppID of the app (repeated in the body).
            offset: Position of the first word to return.
            limit: Words to return (at most 100).
            lib_id: ID of the library (from get_cloud_audit_keywords_ids).
            content: Fuzzy search for words containing this text; all words when empty.
        """
        return cast(
            "GetCloudAuditKeywordsResponse",
            self._client._call(
                "im_msg_audit_mgr/get_cloud_audit_keywords",
                request,
                {
                    **unknown_fields,
                    "sdk_app_id": sdk_app_id,
                    "offset": offset,
                    "limit": limit,
                    "lib_id": lib_id,
                    "content": content,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def add_cloud_audit_keywords(
        self,
        request: AddCloudAuditKeywordsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddCloudAuditKeywordsResponse: ...

    @overload
    def add_cloud_audit_keywords(
        self,
        *,
        sdk_app_id: int,
        lib_id: str,
        user_keywords: Sequence[NewBlockedWordParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddCloudAuditKeywordsResponse: ...

    def add_cloud_audit_keywords(
        self,
        request: AddCloudAuditKeywordsRequest | None = None,
        *,
        sdk_app_id: int | None = None,
        lib_id: str | None = None,
        user_keywords: Sequence[NewBlockedWordParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddCloudAuditKeywordsResponse:
        """Add blocked words.

        Adds blocked words, each with an optional category, to a keyword library.

        `POST /v4/im_msg_audit_mgr/add_cloud_audit_keywords` - https://trtc.io/document/77831
        Idempotent: no (Adds words; the page does not say what a repeat of an existing word does.)

        Args:
            sdk_app_id: SDKAppID of the app (repeated in the body).
            lib_id: ID of the library (from get_cloud_audit_keywords_ids).
            user_keywords: Words to add.
        """
        return cast(
            "AddCloudAuditKeywordsResponse",
            self._client._call(
                "im_msg_audit_mgr/add_cloud_audit_keywords",
                request,
                {
                    **unknown_fields,
                    "sdk_app_id": sdk_app_id,
                    "lib_id": lib_id,
                    "user_keywords": user_keywords,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def delete_cloud_audit_keywords(
        self,
        request: DeleteCloudAuditKeywordsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteCloudAuditKeywordsResponse: ...

    @overload
    def delete_cloud_audit_keywords(
        self,
        *,
        sdk_app_id: int,
        lib_id: str,
        keywords: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteCloudAuditKeywordsResponse: ...

    def delete_cloud_audit_keywords(
        self,
        request: DeleteCloudAuditKeywordsRequest | None = None,
        *,
        sdk_app_id: int | None = None,
        lib_id: str | None = None,
        keywords: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteCloudAuditKeywordsResponse:
        """Delete blocked words.

        Deletes up to 10 blocked words from a keyword library, with an outcome per word.

        `POST /v4/im_msg_audit_mgr/delete_cloud_audit_keywords` - https://trtc.io/document/77832
        Idempotent: yes (A repeat only reports the words as not deleted.)
        Rate limit: 200 requests/s.
        Partial success: results per item in Details; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            sdk_app_id: SDKAppID of the app (repeated in the body).
            lib_id: ID of the library (from get_cloud_audit_keywords_ids).
            keywords: Words to delete (at most 10 per call).
        """
        return cast(
            "DeleteCloudAuditKeywordsResponse",
            self._client._call(
                "im_msg_audit_mgr/delete_cloud_audit_keywords",
                request,
                {
                    **unknown_fields,
                    "sdk_app_id": sdk_app_id,
                    "lib_id": lib_id,
                    "keywords": keywords,
                },
                extra_body,
                request_options,
            ),
        )


class OfficialAccountService(SyncService):
    """Official accounts (official channels), their subscribers and their broadcast messages. (`official_account_open_http_svc`)"""

    __slots__ = ()

    @overload
    def create_official_account(
        self,
        request: CreateOfficialAccountRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateOfficialAccountResponse: ...

    @overload
    def create_official_account(
        self,
        *,
        owner_account: str,
        name: str,
        official_account_user_id: str | None = None,
        introduction: str | None = None,
        face_url: str | None = None,
        max_subscriber_num: int | None = None,
        organization: str | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateOfficialAccountResponse: ...

    def create_official_account(
        self,
        request: CreateOfficialAccountRequest | None = None,
        *,
        owner_account: str | None = None,
        name: str | None = None,
        official_account_user_id: str | None = None,
        introduction: str | None = None,
        face_url: str | None = None,
        max_subscriber_num: int | None = None,
        organization: str | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateOfficialAccountResponse:
        """Create an official account.

        Creates an official account owned by a user, with an optional custom ID, and returns its ID.

        `POST /v4/official_account_open_http_svc/create_official_account` - https://trtc.io/document/60755
        Idempotent: no (Without a custom ID a repeat creates a second account; with one, a repeat fails with 130008.)
        Rate limit: 200 requests/s.

        Args:
            owner_account: User who owns the account (must be imported).
            name: Name of the account.
            official_account_user_id: Custom ID of the account, starting with @TOA#_; generated when omitted.
            introduction: Introduction.
            face_url: Avatar URL.
            max_subscriber_num: Subscriber cap. Server default when omitted: 100000.
            organization: Organization the account belongs to.
            custom_string: The app's custom string of the account.
        """
        return cast(
            "CreateOfficialAccountResponse",
            self._client._call(
                "official_account_open_http_svc/create_official_account",
                request,
                {
                    **unknown_fields,
                    "owner_account": owner_account,
                    "name": name,
                    "official_account_user_id": official_account_user_id,
                    "introduction": introduction,
                    "face_url": face_url,
                    "max_subscriber_num": max_subscriber_num,
                    "organization": organization,
                    "custom_string": custom_string,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def destroy_official_account(
        self,
        request: DestroyOfficialAccountRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyOfficialAccountResponse: ...

    @overload
    def destroy_official_account(
        self,
        *,
        official_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyOfficialAccountResponse: ...

    def destroy_official_account(
        self,
        request: DestroyOfficialAccountRequest | None = None,
        *,
        official_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DestroyOfficialAccountResponse:
        """Destroy an official account.

        Destroys an official account.

        `POST /v4/official_account_open_http_svc/destroy_official_account` - https://trtc.io/document/60756
        Idempotent: no (A repeat after success fails with 130004 (the account no longer exists).)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account to destroy.
        """
        return cast(
            "DestroyOfficialAccountResponse",
            self._client._call(
                "official_account_open_http_svc/destroy_official_account",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def modify_official_account_base_info(
        self,
        request: ModifyOfficialAccountBaseInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyOfficialAccountBaseInfoResponse: ...

    @overload
    def modify_official_account_base_info(
        self,
        *,
        official_account: str,
        name: str | None = None,
        introduction: str | None = None,
        face_url: str | None = None,
        organization: str | None = None,
        custom_string: str | None = None,
        max_subscriber_num: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyOfficialAccountBaseInfoResponse: ...

    def modify_official_account_base_info(
        self,
        request: ModifyOfficialAccountBaseInfoRequest | None = None,
        *,
        official_account: str | None = None,
        name: str | None = None,
        introduction: str | None = None,
        face_url: str | None = None,
        organization: str | None = None,
        custom_string: str | None = None,
        max_subscriber_num: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyOfficialAccountBaseInfoResponse:
        """Change official account data.

        Changes the name, avatar, introduction, organization, custom string or subscriber cap of an
        official account.

        `POST /v4/official_account_open_http_svc/modify_official_account_base_info` - https://trtc.io/document/60757
        Idempotent: yes (Sets fields to given values.)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account to change.
            name: New name.
            introduction: New introduction.
            face_url: New avatar URL.
            organization: New organization.
            custom_string: New custom string.
            max_subscriber_num: New subscriber cap (sent by the sample; not in the field table).
        """
        return cast(
            "ModifyOfficialAccountBaseInfoResponse",
            self._client._call(
                "official_account_open_http_svc/modify_official_account_base_info",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "name": name,
                    "introduction": introduction,
                    "face_url": face_url,
                    "organization": organization,
                    "custom_string": custom_string,
                    "max_subscriber_num": max_subscriber_num,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_official_account_info(
        self,
        request: GetOfficialAccountInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetOfficialAccountInfoResponse: ...

    @overload
    def get_official_account_info(
        self,
        *,
        official_account_id_list: Sequence[OfficialAccountRefParam],
        response_filter: OfficialAccountInfoFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetOfficialAccountInfoResponse: ...

    def get_official_account_info(
        self,
        request: GetOfficialAccountInfoRequest | None = None,
        *,
        official_account_id_list: Sequence[OfficialAccountRefParam] | None = None,
        response_filter: OfficialAccountInfoFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetOfficialAccountInfoResponse:
        """Get official account data.

        Returns the data of up to 50 official accounts, optionally only the fields asked for.

        `POST /v4/official_account_open_http_svc/get_official_account_info` - https://trtc.io/document/60758
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in OfficialAccountInfoList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            official_account_id_list: Accounts to read (at most 50 per call).
            response_filter: Fields to return; all when omitted.
        """
        return cast(
            "GetOfficialAccountInfoResponse",
            self._client._call(
                "official_account_open_http_svc/get_official_account_info",
                request,
                {
                    **unknown_fields,
                    "official_account_id_list": official_account_id_list,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_subscriber_info(
        self,
        request: GetSubscriberInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSubscriberInfoResponse: ...

    @overload
    def get_subscriber_info(
        self,
        *,
        official_account: str,
        next: str,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSubscriberInfoResponse: ...

    def get_subscriber_info(
        self,
        request: GetSubscriberInfoRequest | None = None,
        *,
        official_account: str | None = None,
        next: str | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetSubscriberInfoResponse:
        """Get the subscribers of an official account.

        Pages through the subscribers of an official account.

        `POST /v4/official_account_open_http_svc/get_subscriber_info` - https://trtc.io/document/60759
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account.
            next: Cursor: an empty string for the first page, then the Next of the previous reply.
            limit: Subscribers per page (at most 200; all of them when omitted).
        """
        return cast(
            "GetSubscriberInfoResponse",
            self._client._call(
                "official_account_open_http_svc/get_subscriber_info",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "next": next,
                    "limit": limit,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_subscriber_info(
            self,
            *,
            official_account: str,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[OfficialAccountSubscriber]: ...

    else:

        def iter_get_subscriber_info(
            self,
            *,
            official_account: str | None = None,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[OfficialAccountSubscriber]:
            """Every item of `get_subscriber_info`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "official_account_open_http_svc/get_subscriber_info",
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "limit": limit,
                },
                extra_body,
                request_options,
            )

    @overload
    def add_subscriber(
        self,
        request: AddSubscriberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddSubscriberResponse: ...

    @overload
    def add_subscriber(
        self,
        *,
        official_account: str,
        subscriber_list: Sequence[SubscriberRefParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddSubscriberResponse: ...

    def add_subscriber(
        self,
        request: AddSubscriberRequest | None = None,
        *,
        official_account: str | None = None,
        subscriber_list: Sequence[SubscriberRefParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddSubscriberResponse:
        """Add subscribers.

        Subscribes up to 100 users to an official account, with an outcome per user.

        `POST /v4/official_account_open_http_svc/add_subscriber` - https://trtc.io/document/60760
        Idempotent: yes (A repeat reports the users as already subscribed, which counts as success.)
        Rate limit: 200 requests/s.
        Partial success: results per item in SubscriberList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            official_account: ID of the account.
            subscriber_list: Users to subscribe (at most 100 per call).
        """
        return cast(
            "AddSubscriberResponse",
            self._client._call(
                "official_account_open_http_svc/add_subscriber",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "subscriber_list": subscriber_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def delete_subscriber(
        self,
        request: DeleteSubscriberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteSubscriberResponse: ...

    @overload
    def delete_subscriber(
        self,
        *,
        official_account: str,
        subscriber_to_del_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteSubscriberResponse: ...

    def delete_subscriber(
        self,
        request: DeleteSubscriberRequest | None = None,
        *,
        official_account: str | None = None,
        subscriber_to_del_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteSubscriberResponse:
        """Remove subscribers.

        Unsubscribes users from an official account, with an outcome per user.

        `POST /v4/official_account_open_http_svc/delete_subscriber` - https://trtc.io/document/60761
        Idempotent: yes (A repeat reports the users as not subscribed, which counts as success.)
        Rate limit: 200 requests/s.
        Partial success: results per item in SubscriberList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            official_account: ID of the account.
            subscriber_to_del_account: User IDs to unsubscribe.
        """
        return cast(
            "DeleteSubscriberResponse",
            self._client._call(
                "official_account_open_http_svc/delete_subscriber",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "subscriber_to_del_account": subscriber_to_del_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def modify_subscriber_info(
        self,
        request: ModifySubscriberInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifySubscriberInfoResponse: ...

    @overload
    def modify_subscriber_info(
        self,
        *,
        official_account: str,
        subscriber_account: str,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifySubscriberInfoResponse: ...

    def modify_subscriber_info(
        self,
        request: ModifySubscriberInfoRequest | None = None,
        *,
        official_account: str | None = None,
        subscriber_account: str | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifySubscriberInfoResponse:
        """Change subscriber data.

        Changes the app's custom string stored for one subscriber of an official account.

        `POST /v4/official_account_open_http_svc/modify_subscriber_info` - https://trtc.io/document/60762
        Idempotent: yes (Sets a field to a given value.)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account.
            subscriber_account: User ID of the subscriber.
            custom_string: New custom string of the subscription.
        """
        return cast(
            "ModifySubscriberInfoResponse",
            self._client._call(
                "official_account_open_http_svc/modify_subscriber_info",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "subscriber_account": subscriber_account,
                    "custom_string": custom_string,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_subscribed_official_account_list(
        self,
        request: GetSubscribedOfficialAccountListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSubscribedOfficialAccountListResponse: ...

    @overload
    def get_subscribed_official_account_list(
        self,
        *,
        subscriber_account: str,
        limit: int | None = None,
        offset: int | None = None,
        response_filter: SubscribedAccountFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSubscribedOfficialAccountListResponse: ...

    def get_subscribed_official_account_list(
        self,
        request: GetSubscribedOfficialAccountListRequest | None = None,
        *,
        subscriber_account: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        response_filter: SubscribedAccountFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetSubscribedOfficialAccountListResponse:
        """List the official accounts a user subscribes to.

        Pages through the official accounts a user subscribes to, with the account data and the user's
        own subscription data.

        `POST /v4/official_account_open_http_svc/get_subscribed_official_account_list` - https://trtc.io/document/60763
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            subscriber_account: User whose subscriptions are listed.
            limit: Accounts per page. Server default when omitted: 200.
            offset: Position to start from. Server default when omitted: 0.
            response_filter: Fields to return; all when omitted.
        """
        return cast(
            "GetSubscribedOfficialAccountListResponse",
            self._client._call(
                "official_account_open_http_svc/get_subscribed_official_account_list",
                request,
                {
                    **unknown_fields,
                    "subscriber_account": subscriber_account,
                    "limit": limit,
                    "offset": offset,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_subscribed_official_account_list(
            self,
            *,
            subscriber_account: str,
            limit: int | None = None,
            response_filter: SubscribedAccountFilterParam | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[SubscribedOfficialAccount]: ...

    else:

        def iter_get_subscribed_official_account_list(
            self,
            *,
            subscriber_account: str | None = None,
            limit: int | None = None,
            response_filter: SubscribedAccountFilterParam | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[SubscribedOfficialAccount]:
            """Every item of `get_subscribed_official_account_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "official_account_open_http_svc/get_subscribed_official_account_list",
                {
                    **unknown_fields,
                    "subscriber_account": subscriber_account,
                    "limit": limit,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            )

    @overload
    def send_official_account_msg(
        self,
        request: SendOfficialAccountMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendOfficialAccountMsgResponse: ...

    @overload
    def send_official_account_msg(
        self,
        *,
        official_account: str,
        random: int,
        msg_body: Sequence[MsgElementParam],
        cloud_custom_data: str | None = None,
        send_msg_control: Sequence[OfficialAccountMsgControl | Literal["NoLastMsg", "NoUnread"] | str] | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendOfficialAccountMsgResponse: ...

    def send_official_account_msg(
        self,
        request: SendOfficialAccountMsgRequest | None = None,
        *,
        official_account: str | None = None,
        random: int | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        cloud_custom_data: str | None = None,
        send_msg_control: Sequence[OfficialAccountMsgControl | Literal["NoLastMsg", "NoUnread"] | str] | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendOfficialAccountMsgResponse:
        """Broadcast an official account message.

        Sends a message from an official account to all its subscribers.

        `POST /v4/official_account_open_http_svc/send_official_account_msg` - https://trtc.io/document/60810
        Idempotent: yes (The page says the server drops a message whose content equals one sent in the previous 5 minutes, so a resend of the same request after an ambiguous failure is not delivered twice.
        )
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the sending account.
            random: Random number of the message (any 32-bit unsigned value).
            msg_body: Body of the message.
            cloud_custom_data: Custom data stored with the message.
            send_msg_control: Options such as not updating the conversation's latest message.
            offline_push_info: How offline subscribers are notified.
        """
        return cast(
            "SendOfficialAccountMsgResponse",
            self._client._call(
                "official_account_open_http_svc/send_official_account_msg",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "random": random,
                    "msg_body": msg_body,
                    "cloud_custom_data": cloud_custom_data,
                    "send_msg_control": send_msg_control,
                    "offline_push_info": offline_push_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def official_account_msg_recall(
        self,
        request: OfficialAccountMsgRecallRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialAccountMsgRecallResponse: ...

    @overload
    def official_account_msg_recall(
        self,
        *,
        official_account: str,
        msg_key_list: Sequence[str],
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialAccountMsgRecallResponse: ...

    def official_account_msg_recall(
        self,
        request: OfficialAccountMsgRecallRequest | None = None,
        *,
        official_account: str | None = None,
        msg_key_list: Sequence[str] | None = None,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> OfficialAccountMsgRecallResponse:
        """Recall official account messages.

        Recalls up to 10 messages of an official account by MsgKey, with an outcome per message.

        `POST /v4/official_account_open_http_svc/official_account_msg_recall` - https://trtc.io/document/60811
        Idempotent: yes (A repeat only reports the messages as already recalled.)
        Rate limit: 200 requests/s.
        Partial success: results per item in RecallRetList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            official_account: ID of the account.
            msg_key_list: Keys of the messages to recall (at most 10 per call).
            reason: Why the messages are recalled.
        """
        return cast(
            "OfficialAccountMsgRecallResponse",
            self._client._call(
                "official_account_open_http_svc/official_account_msg_recall",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "msg_key_list": msg_key_list,
                    "reason": reason,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def official_account_msg_get_simple(
        self,
        request: OfficialAccountMsgGetSimpleRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialAccountMsgGetSimpleResponse: ...

    @overload
    def official_account_msg_get_simple(
        self,
        *,
        official_account: str,
        last_msg_key: str | None = None,
        req_msg_number: int | None = None,
        with_recalled_msg: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialAccountMsgGetSimpleResponse: ...

    def official_account_msg_get_simple(
        self,
        request: OfficialAccountMsgGetSimpleRequest | None = None,
        *,
        official_account: str | None = None,
        last_msg_key: str | None = None,
        req_msg_number: int | None = None,
        with_recalled_msg: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> OfficialAccountMsgGetSimpleResponse:
        """Pull official account message history.

        Returns the latest messages of an official account, or those before a given MsgKey.

        `POST /v4/official_account_open_http_svc/official_account_msg_get_simple` - https://trtc.io/document/60812
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account.
            last_msg_key: MsgKey to continue from (messages older than it); omit for the latest messages.
            req_msg_number: Number of messages to return.
            with_recalled_msg: 1 also returns recalled messages. Server default when omitted: 0.
        """
        return cast(
            "OfficialAccountMsgGetSimpleResponse",
            self._client._call(
                "official_account_open_http_svc/official_account_msg_get_simple",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "last_msg_key": last_msg_key,
                    "req_msg_number": req_msg_number,
                    "with_recalled_msg": with_recalled_msg,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_official_account_msg_get_simple(
            self,
            *,
            official_account: str,
            req_msg_number: int | None = None,
            with_recalled_msg: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[OfficialAccountMessage]: ...

    else:

        def iter_official_account_msg_get_simple(
            self,
            *,
            official_account: str | None = None,
            req_msg_number: int | None = None,
            with_recalled_msg: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[OfficialAccountMessage]:
            """Every item of `official_account_msg_get_simple`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "official_account_open_http_svc/official_account_msg_get_simple",
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "req_msg_number": req_msg_number,
                    "with_recalled_msg": with_recalled_msg,
                },
                extra_body,
                request_options,
            )


class ChatConfigService(SyncService):
    """App-wide settings and statistics of Chat, such as muting an account everywhere. (`openconfigsvr`)"""

    __slots__ = ()

    @overload
    def setnospeaking(
        self,
        request: SetnospeakingRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetnospeakingResponse: ...

    @overload
    def setnospeaking(
        self,
        *,
        set_account: str,
        c2c_msg_nospeaking_time: int | None = None,
        group_msg_nospeaking_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetnospeakingResponse: ...

    def setnospeaking(
        self,
        request: SetnospeakingRequest | None = None,
        *,
        set_account: str | None = None,
        c2c_msg_nospeaking_time: int | None = None,
        group_msg_nospeaking_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetnospeakingResponse:
        """Set global mute.

        Mutes or unmutes an account for all one-to-one messages and/or all group messages, for a time or
        for good.

        `POST /v4/openconfigsvr/setnospeaking` - https://trtc.io/document/34923
        Idempotent: yes (Sets the mute periods to given values; a repeat only restarts the countdown.)
        Rate limit: 200 requests/s.

        Args:
            set_account: Account to mute or unmute.
            c2c_msg_nospeaking_time: How long the account may not send one-to-one messages: 0 unmutes, 4294967295 mutes for
                good, any other value is a number of seconds. Senders get error 20012 meanwhile. Unit:
                seconds.
            group_msg_nospeaking_time: How long the account may not send group messages: 0 unmutes, 4294967295 mutes for good,
                any other value is a number of seconds. Senders get error 10017 meanwhile. Unit:
                seconds.
        """
        return cast(
            "SetnospeakingResponse",
            self._client._call(
                "openconfigsvr/setnospeaking",
                request,
                {
                    **unknown_fields,
                    "set_account": set_account,
                    "c2c_msg_nospeaking_time": c2c_msg_nospeaking_time,
                    "group_msg_nospeaking_time": group_msg_nospeaking_time,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def getnospeaking(
        self,
        request: GetnospeakingRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetnospeakingResponse: ...

    @overload
    def getnospeaking(
        self,
        *,
        get_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetnospeakingResponse: ...

    def getnospeaking(
        self,
        request: GetnospeakingRequest | None = None,
        *,
        get_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetnospeakingResponse:
        """Query global mute.

        Returns how long an account remains muted for one-to-one and for group messages.

        `POST /v4/openconfigsvr/getnospeaking` - https://trtc.io/document/34924
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            get_account: Account to query.
        """
        return cast(
            "GetnospeakingResponse",
            self._client._call(
                "openconfigsvr/getnospeaking",
                request,
                {
                    **unknown_fields,
                    "get_account": get_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def getappinfo(
        self,
        request: GetappinfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetappinfoResponse: ...

    @overload
    def getappinfo(
        self,
        *,
        request_field: Sequence[
            AppInfoField
            | Literal[
                "AppName",
                "AppId",
                "Company",
                "ActiveUserNum",
                "RegistUserNumOneDay",
                "RegistUserNumTotal",
                "LoginTimes",
                "LoginUserNum",
                "UpMsgNum",
                "SendMsgUserNum",
                "APNSMsgNum",
                "C2CUpMsgNum",
                "C2CDownMsgNum",
                "C2CSendMsgUserNum",
                "C2CAPNSMsgNum",
                "MaxOnlineNum",
                "DownMsgNum",
                "ChainIncrease",
                "ChainDecrease",
                "GroupUpMsgNum",
                "GroupDownMsgNum",
                "GroupSendMsgUserNum",
                "GroupAPNSMsgNum",
                "GroupSendMsgGroupNum",
                "GroupJoinGroupTimes",
                "GroupQuitGroupTimes",
                "GroupNewGroupNum",
                "GroupAllGroupNum",
                "GroupDestroyGroupNum",
                "CallBackReq",
                "CallBackRsp",
                "Date",
            ]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetappinfoResponse: ...

    def getappinfo(
        self,
        request: GetappinfoRequest | None = None,
        *,
        request_field: Sequence[
            AppInfoField
            | Literal[
                "AppName",
                "AppId",
                "Company",
                "ActiveUserNum",
                "RegistUserNumOneDay",
                "RegistUserNumTotal",
                "LoginTimes",
                "LoginUserNum",
                "UpMsgNum",
                "SendMsgUserNum",
                "APNSMsgNum",
                "C2CUpMsgNum",
                "C2CDownMsgNum",
                "C2CSendMsgUserNum",
                "C2CAPNSMsgNum",
                "MaxOnlineNum",
                "DownMsgNum",
                "ChainIncrease",
                "ChainDecrease",
                "GroupUpMsgNum",
                "GroupDownMsgNum",
                "GroupSendMsgUserNum",
                "GroupAPNSMsgNum",
                "GroupSendMsgGroupNum",
                "GroupJoinGroupTimes",
                "GroupQuitGroupTimes",
                "GroupNewGroupNum",
                "GroupAllGroupNum",
                "GroupDestroyGroupNum",
                "CallBackReq",
                "CallBackRsp",
                "Date",
            ]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetappinfoResponse:
        """Pull operations data.

        Returns the app's daily operations statistics of the last 30 days, all of them or the fields
        asked for.

        `POST /v4/openconfigsvr/getappinfo` - https://trtc.io/document/34886
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            request_field: Statistics to return; all of them when omitted.
        """
        return cast(
            "GetappinfoResponse",
            self._client._call(
                "openconfigsvr/getappinfo",
                request,
                {
                    **unknown_fields,
                    "request_field": request_field,
                },
                extra_body,
                request_options,
            ),
        )


class ChatHistoryService(SyncService):
    """Hourly archive files of all one-to-one or all group messages of the app. (`open_msg_svc`)"""

    __slots__ = ()

    @overload
    def get_history(
        self,
        request: GetHistoryRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetHistoryResponse: ...

    @overload
    def get_history(
        self,
        *,
        chat_type: HistoryChatType | Literal["C2C", "Group"],
        msg_time: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetHistoryResponse: ...

    def get_history(
        self,
        request: GetHistoryRequest | None = None,
        *,
        chat_type: HistoryChatType | Literal["C2C", "Group"] | None = None,
        msg_time: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetHistoryResponse:
        """Download message history files.

        Returns download links of the gzip files holding all one-to-one or all group messages of one
        hour within the last 7 days.

        `POST /v4/open_msg_svc/get_history` - https://trtc.io/document/34885
        Idempotent: yes (Read-only.)
        Rate limit: 10 requests/s.

        Args:
            chat_type: One-to-one or group messages.
            msg_time: The hour to fetch as YYYYMMDDHH (2015120121 is 21:00-21:59 on 1 December 2015); within
                the last 7 days.
        """
        return cast(
            "GetHistoryResponse",
            self._client._call(
                "open_msg_svc/get_history",
                request,
                {
                    **unknown_fields,
                    "chat_type": chat_type,
                    "msg_time": msg_time,
                },
                extra_body,
                request_options,
            ),
        )


class ChatNetworkService(SyncService):
    """The IP addresses and ranges of Chat servers and webhook senders, for firewall allow lists. (`ConfigSvc`)"""

    __slots__ = ()

    def get_ip_list(
        self,
        request: GetIpListRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetIpListResponse:
        """Get server IP addresses.

        Returns the IP addresses or ranges that Chat SDKs connect to and that Chat webhooks come from.

        `POST /v4/ConfigSvc/GetIPList` - https://trtc.io/document/36742
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetIpListResponse",
            self._client._call(
                "ConfigSvc/GetIPList",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )


class ProfileService(SyncService):
    """Reading and writing the standard and custom profile fields of users. (`profile`)"""

    __slots__ = ()

    @overload
    def portrait_set(
        self,
        request: PortraitSetRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PortraitSetResponse: ...

    @overload
    def portrait_set(
        self,
        *,
        from_account: str,
        profile_item: Sequence[ProfileItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PortraitSetResponse: ...

    def portrait_set(
        self,
        request: PortraitSetRequest | None = None,
        *,
        from_account: str | None = None,
        profile_item: Sequence[ProfileItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> PortraitSetResponse:
        """Set a user's profile.

        Writes standard and custom profile fields of one user as tag-value pairs.

        `POST /v4/profile/portrait_set` - https://trtc.io/document/34916
        Idempotent: yes (The fields are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The user whose profile is written.
            profile_item: Fields to set.
        """
        return cast(
            "PortraitSetResponse",
            self._client._call(
                "profile/portrait_set",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "profile_item": profile_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def portrait_get(
        self,
        request: PortraitGetRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PortraitGetResponse: ...

    @overload
    def portrait_get(
        self,
        *,
        to_account: Sequence[str],
        tag_list: Sequence[
            ProfileTag
            | Literal[
                "Tag_Profile_IM_Nick",
                "Tag_Profile_IM_Gender",
                "Tag_Profile_IM_BirthDay",
                "Tag_Profile_IM_Location",
                "Tag_Profile_IM_SelfSignature",
                "Tag_Profile_IM_AllowType",
                "Tag_Profile_IM_Language",
                "Tag_Profile_IM_Image",
                "Tag_Profile_IM_AdminForbidType",
                "Tag_Profile_IM_Level",
                "Tag_Profile_IM_Role",
            ]
            | str
        ],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PortraitGetResponse: ...

    def portrait_get(
        self,
        request: PortraitGetRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        tag_list: Sequence[
            ProfileTag
            | Literal[
                "Tag_Profile_IM_Nick",
                "Tag_Profile_IM_Gender",
                "Tag_Profile_IM_BirthDay",
                "Tag_Profile_IM_Location",
                "Tag_Profile_IM_SelfSignature",
                "Tag_Profile_IM_AllowType",
                "Tag_Profile_IM_Language",
                "Tag_Profile_IM_Image",
                "Tag_Profile_IM_AdminForbidType",
                "Tag_Profile_IM_Level",
                "Tag_Profile_IM_Role",
            ]
            | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> PortraitGetResponse:
        """Get user profiles.

        Reads chosen standard and custom profile fields of up to 100 users; users that fail carry their
        own result code.

        `POST /v4/profile/portrait_get` - https://trtc.io/document/34917
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in UserProfileItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: Users to read; every one must have been imported.
            tag_list: Fields to return.
        """
        return cast(
            "PortraitGetResponse",
            self._client._call(
                "profile/portrait_get",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "tag_list": tag_list,
                },
                extra_body,
                request_options,
            ),
        )


class PushService(SyncService):
    """The older push-to-all commands of Chat, which deliver a message to every user or to users selected by tags or attributes, and manage those tags and attributes. (`all_member_push`)"""

    __slots__ = ()

    @overload
    def im_push(
        self,
        request: ImPushRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImPushResponse: ...

    @overload
    def im_push(
        self,
        *,
        msg_random: int,
        msg_body: Sequence[MsgElementParam],
        from_account: str | None = None,
        msg_life_time: int | None = None,
        condition: PushConditionParam | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImPushResponse: ...

    def im_push(
        self,
        request: ImPushRequest | None = None,
        *,
        msg_random: int | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        from_account: str | None = None,
        msg_life_time: int | None = None,
        condition: PushConditionParam | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImPushResponse:
        """Push to all users, by tag or by attribute.

        Delivers one message to every user of the app, or only to users matching tag or attribute
        conditions, and returns the ID of the push task. Offline users can get it later when a lifetime
        is set; there is no roaming.

        `POST /v4/all_member_push/im_push` - https://trtc.io/document/37166
        Idempotent: no (Each call starts another push task. The server drops a repeat with the same MsgRandom only within the same second, too short to cover a resend after a timeout, so the SDK does not resend it.
        )
        Rate limit: 1 requests/s.

        Args:
            msg_random: Random number of the message; the server drops a push with the same value within the
                same second.
            msg_body: Body of the message (the page lists every element kind but merged-forward ones).
            from_account: Sender recipients see; an administrator when omitted. Server default when omitted: the
                calling administrator.
            msg_life_time: How long the message is kept for users who are offline (at most seven days); 0 pushes to
                online users only. Unit: seconds. Server default when omitted: 0.
            condition: Tag or attribute conditions; omitted to push to everyone.
            offline_push_info: Offline push settings.
        """
        return cast(
            "ImPushResponse",
            self._client._call(
                "all_member_push/im_push",
                request,
                {
                    **unknown_fields,
                    "msg_random": msg_random,
                    "msg_body": msg_body,
                    "from_account": from_account,
                    "msg_life_time": msg_life_time,
                    "condition": condition,
                    "offline_push_info": offline_push_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def im_set_attr_name(
        self,
        request: ImSetAttrNameRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImSetAttrNameResponse: ...

    @overload
    def im_set_attr_name(
        self,
        *,
        attr_names: dict[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImSetAttrNameResponse: ...

    def im_set_attr_name(
        self,
        request: ImSetAttrNameRequest | None = None,
        *,
        attr_names: dict[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImSetAttrNameResponse:
        """Set the names of the app's push attributes.

        Names up to ten attribute slots ("0" to "9") so that user attributes can be set and pushes
        targeted by them.

        `POST /v4/all_member_push/im_set_attr_name` - https://trtc.io/document/37167
        Idempotent: yes (The names of the slots are overwritten with the same values.)
        Rate limit: 100 requests/s.

        Args:
            attr_names: Slot number ("0" to "9") to attribute name; a name is at most 50 bytes.
        """
        return cast(
            "ImSetAttrNameResponse",
            self._client._call(
                "all_member_push/im_set_attr_name",
                request,
                {
                    **unknown_fields,
                    "attr_names": attr_names,
                },
                extra_body,
                request_options,
            ),
        )

    def im_get_attr_name(
        self,
        request: ImGetAttrNameRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImGetAttrNameResponse:
        """Get the names of the app's push attributes.

        Returns the name of each attribute slot that has been named.

        `POST /v4/all_member_push/im_get_attr_name` - https://trtc.io/document/37168
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.
        """
        return cast(
            "ImGetAttrNameResponse",
            self._client._call(
                "all_member_push/im_get_attr_name",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def im_get_attr(
        self,
        request: ImGetAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImGetAttrResponse: ...

    @overload
    def im_get_attr(
        self,
        *,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImGetAttrResponse: ...

    def im_get_attr(
        self,
        request: ImGetAttrRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImGetAttrResponse:
        """Get user attributes.

        Returns the push attribute values of up to 100 users.

        `POST /v4/all_member_push/im_get_attr` - https://trtc.io/document/37169
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.

        Args:
            to_account: Users to read.
        """
        return cast(
            "ImGetAttrResponse",
            self._client._call(
                "all_member_push/im_get_attr",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def im_set_attr(
        self,
        request: ImSetAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImSetAttrResponse: ...

    @overload
    def im_set_attr(
        self,
        *,
        user_attrs: Sequence[PushUserAttrsParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImSetAttrResponse: ...

    def im_set_attr(
        self,
        request: ImSetAttrRequest | None = None,
        *,
        user_attrs: Sequence[PushUserAttrsParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImSetAttrResponse:
        """Set user attributes.

        Sets attribute values of up to 100 users; the attribute names must have been set with
        im_set_attr_name.

        `POST /v4/all_member_push/im_set_attr` - https://trtc.io/document/37170
        Idempotent: yes (The values are overwritten with the same values.)
        Rate limit: 100 requests/s.

        Args:
            user_attrs: Users and the attribute values to set.
        """
        return cast(
            "ImSetAttrResponse",
            self._client._call(
                "all_member_push/im_set_attr",
                request,
                {
                    **unknown_fields,
                    "user_attrs": user_attrs,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def im_remove_attr(
        self,
        request: ImRemoveAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImRemoveAttrResponse: ...

    @overload
    def im_remove_attr(
        self,
        *,
        user_attrs: Sequence[PushUserAttrNamesParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImRemoveAttrResponse: ...

    def im_remove_attr(
        self,
        request: ImRemoveAttrRequest | None = None,
        *,
        user_attrs: Sequence[PushUserAttrNamesParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImRemoveAttrResponse:
        """Delete user attributes.

        Removes named attributes from up to 100 users.

        `POST /v4/all_member_push/im_remove_attr` - https://trtc.io/document/37171
        Idempotent: yes (Removing twice leaves the attributes absent.)
        Rate limit: 100 requests/s.

        Args:
            user_attrs: Users and the names of the attributes to remove.
        """
        return cast(
            "ImRemoveAttrResponse",
            self._client._call(
                "all_member_push/im_remove_attr",
                request,
                {
                    **unknown_fields,
                    "user_attrs": user_attrs,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def im_get_tag(
        self,
        request: ImGetTagRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImGetTagResponse: ...

    @overload
    def im_get_tag(
        self,
        *,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImGetTagResponse: ...

    def im_get_tag(
        self,
        request: ImGetTagRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImGetTagResponse:
        """Get user tags.

        Returns the push tags of up to 100 users.

        `POST /v4/all_member_push/im_get_tag` - https://trtc.io/document/37172
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.

        Args:
            to_account: Users to read.
        """
        return cast(
            "ImGetTagResponse",
            self._client._call(
                "all_member_push/im_get_tag",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def im_add_tag(
        self,
        request: ImAddTagRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImAddTagResponse: ...

    @overload
    def im_add_tag(
        self,
        *,
        user_tags: Sequence[PushUserTagsParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImAddTagResponse: ...

    def im_add_tag(
        self,
        request: ImAddTagRequest | None = None,
        *,
        user_tags: Sequence[PushUserTagsParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImAddTagResponse:
        """Add user tags.

        Adds push tags to up to 100 users, at most 10 tags per user in one call; a user holds at most
        100 tags.

        `POST /v4/all_member_push/im_add_tag` - https://trtc.io/document/37173
        Idempotent: yes (Tags form a set per user; adding the same tags again leaves the same tags.)
        Rate limit: 100 requests/s.

        Args:
            user_tags: Users and the tags to add (at most 10 per user, each at most 50 bytes).
        """
        return cast(
            "ImAddTagResponse",
            self._client._call(
                "all_member_push/im_add_tag",
                request,
                {
                    **unknown_fields,
                    "user_tags": user_tags,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def im_remove_tag(
        self,
        request: ImRemoveTagRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImRemoveTagResponse: ...

    @overload
    def im_remove_tag(
        self,
        *,
        user_tags: Sequence[PushUserTagsParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImRemoveTagResponse: ...

    def im_remove_tag(
        self,
        request: ImRemoveTagRequest | None = None,
        *,
        user_tags: Sequence[PushUserTagsParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImRemoveTagResponse:
        """Delete user tags.

        Removes the given push tags from up to 100 users.

        `POST /v4/all_member_push/im_remove_tag` - https://trtc.io/document/37174
        Idempotent: yes (Removing twice leaves the tags absent.)
        Rate limit: 100 requests/s.

        Args:
            user_tags: Users and the tags to remove.
        """
        return cast(
            "ImRemoveTagResponse",
            self._client._call(
                "all_member_push/im_remove_tag",
                request,
                {
                    **unknown_fields,
                    "user_tags": user_tags,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def im_remove_all_tags(
        self,
        request: ImRemoveAllTagsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImRemoveAllTagsResponse: ...

    @overload
    def im_remove_all_tags(
        self,
        *,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImRemoveAllTagsResponse: ...

    def im_remove_all_tags(
        self,
        request: ImRemoveAllTagsRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImRemoveAllTagsResponse:
        """Delete all tags of users.

        Removes every push tag of up to 100 users.

        `POST /v4/all_member_push/im_remove_all_tags` - https://trtc.io/document/37175
        Idempotent: yes (Clearing twice leaves the users without tags.)
        Rate limit: 100 requests/s.

        Args:
            to_account: Users whose tags are removed.
        """
        return cast(
            "ImRemoveAllTagsResponse",
            self._client._call(
                "all_member_push/im_remove_all_tags",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )


class TimpushService(SyncService):
    """The Push service, which sends notifications to all users, to tagged or attributed users or to lists of users through the online and phone-vendor channels, recalls broadcast pushes, and manages the users' push attributes and tags. (`timpush`)"""

    __slots__ = ()

    @overload
    def push(
        self,
        request: PushRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PushResponse: ...

    @overload
    def push(
        self,
        *,
        msg_random: int,
        from_account: str | None = None,
        condition: PushConditionParam | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        online_only_flag: int | None = None,
        data_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PushResponse: ...

    def push(
        self,
        request: PushRequest | None = None,
        *,
        msg_random: int | None = None,
        from_account: str | None = None,
        condition: PushConditionParam | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        online_only_flag: int | None = None,
        data_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> PushResponse:
        """Push to all users, by tag or by attribute.

        Starts a push task that notifies every user, or users matching tag or attribute conditions,
        through the online channel and the phone vendors' channels, and returns its task ID.

        `POST /v4/timpush/push` - https://trtc.io/document/67814
        Idempotent: no (Each call starts another push task. The server drops a repeat with the same MsgRandom only within the same second, too short to cover a resend after a timeout, so the SDK does not resend it.
        )
        Rate limit: 1 requests/s.

        Args:
            msg_random: Random number; the server drops a push with the same value within the same second.
            from_account: Sender recipients see (the samples always send one; an administrator otherwise).
            condition: Tag or attribute conditions; omitted to push to everyone.
            offline_push_info: The notification: title, text, pass-through data, vendor options; PushFlag 1 sends it
                online only.
            msg_body: A Chat message delivered with the push (2024 version of the page only).
            online_only_flag: 2024 version only: 1 pushes without keeping conversation, roaming or unread state; 0
                keeps them (then about 200 users a second). Server default when omitted: 0.
            data_id: App-defined identifier passed back to the app's push webhooks.
        """
        return cast(
            "PushResponse",
            self._client._call(
                "timpush/push",
                request,
                {
                    **unknown_fields,
                    "msg_random": msg_random,
                    "from_account": from_account,
                    "condition": condition,
                    "offline_push_info": offline_push_info,
                    "msg_body": msg_body,
                    "online_only_flag": online_only_flag,
                    "data_id": data_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def batch(
        self,
        request: BatchRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResponse: ...

    @overload
    def batch(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        msg_random: int,
        offline_push_info: OfflinePushInfoParam,
        data_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResponse: ...

    def batch(
        self,
        request: BatchRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        msg_random: int | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        data_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BatchResponse:
        """Push to a list of users.

        Pushes one notification to 1 to 500 given users (UserIDs or RegistrationIDs) and returns the
        task ID; users it could not reach are listed in ErrorList.

        `POST /v4/timpush/batch` - https://trtc.io/document/67553
        Idempotent: no (Each call pushes again. The server drops a repeat with the same MsgRandom only within the same second, too short to cover a resend after a timeout, so the SDK does not resend it.
        )
        Rate limit: 10 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: Sender (a UserID or RegistrationID).
            to_account: Recipients (UserIDs or RegistrationIDs).
            msg_random: Random number; the server drops a push with the same value within the same second.
            offline_push_info: The notification.
            data_id: App-defined identifier passed back to the app's push webhooks.
        """
        return cast(
            "BatchResponse",
            self._client._call(
                "timpush/batch",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "msg_random": msg_random,
                    "offline_push_info": offline_push_info,
                    "data_id": data_id,
                },
                extra_body,
                request_options,
            ),
        )

    def get_attr_name(
        self,
        request: GetAttrNameRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetAttrNameResponse:
        """Get the names of the app's push attributes.

        Returns the name and the account type of each attribute slot that has been named.

        `POST /v4/timpush/get_attr_name` - https://trtc.io/document/67815
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.
        """
        return cast(
            "GetAttrNameResponse",
            self._client._call(
                "timpush/get_attr_name",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def set_attr_name(
        self,
        request: SetAttrNameRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetAttrNameResponse: ...

    @overload
    def set_attr_name(
        self,
        *,
        attr_names: dict[str, Any],
        attr_types: dict[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetAttrNameResponse: ...

    def set_attr_name(
        self,
        request: SetAttrNameRequest | None = None,
        *,
        attr_names: dict[str, Any] | None = None,
        attr_types: dict[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetAttrNameResponse:
        """Set the names of the app's push attributes.

        Names up to ten attribute slots and, optionally, the account type each slot applies to.

        `POST /v4/timpush/set_attr_name` - https://trtc.io/document/67816
        Idempotent: yes (Setting the same names and types again leaves them as they are.)
        Rate limit: 100 requests/s.

        Args:
            attr_names: Slot number ("0" to "9") to attribute name (at most 50 bytes; a name may be used by one
                slot only).
            attr_types: Slot number (one of those in AttrNames) to account type: 0 UserID (the default), 1
                RegistrationID. It cannot be changed once set.
        """
        return cast(
            "SetAttrNameResponse",
            self._client._call(
                "timpush/set_attr_name",
                request,
                {
                    **unknown_fields,
                    "attr_names": attr_names,
                    "attr_types": attr_types,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_attr(
        self,
        request: GetAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetAttrResponse: ...

    @overload
    def get_attr(
        self,
        *,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetAttrResponse: ...

    def get_attr(
        self,
        request: GetAttrRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetAttrResponse:
        """Get user attributes.

        Returns the push attribute values of up to 100 users; users it could not read are listed in
        ErrorList.

        `POST /v4/timpush/get_attr` - https://trtc.io/document/67817
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: Users to read (UserIDs or RegistrationIDs).
        """
        return cast(
            "GetAttrResponse",
            self._client._call(
                "timpush/get_attr",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def set_attr(
        self,
        request: SetAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetAttrResponse: ...

    @overload
    def set_attr(
        self,
        *,
        user_attrs: Sequence[PushUserAttrsParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetAttrResponse: ...

    def set_attr(
        self,
        request: SetAttrRequest | None = None,
        *,
        user_attrs: Sequence[PushUserAttrsParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetAttrResponse:
        """Set user attributes.

        Sets attribute values of up to 100 users (UserIDs or RegistrationIDs); users it could not update
        are listed in ErrorList.

        `POST /v4/timpush/set_attr` - https://trtc.io/document/67818
        Idempotent: yes (The values are overwritten with the same values.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            user_attrs: Users and the attribute values to set (each value at most 50 bytes).
        """
        return cast(
            "SetAttrResponse",
            self._client._call(
                "timpush/set_attr",
                request,
                {
                    **unknown_fields,
                    "user_attrs": user_attrs,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def remove_attr(
        self,
        request: RemoveAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RemoveAttrResponse: ...

    @overload
    def remove_attr(
        self,
        *,
        user_attrs: Sequence[PushUserAttrNamesParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RemoveAttrResponse: ...

    def remove_attr(
        self,
        request: RemoveAttrRequest | None = None,
        *,
        user_attrs: Sequence[PushUserAttrNamesParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> RemoveAttrResponse:
        """Delete user attributes.

        Removes named attributes from up to 100 users; users it could not update are listed in
        ErrorList.

        `POST /v4/timpush/remove_attr` - https://trtc.io/document/67819
        Idempotent: yes (Removing twice leaves the attributes absent.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            user_attrs: Users and the names of the attributes to remove.
        """
        return cast(
            "RemoveAttrResponse",
            self._client._call(
                "timpush/remove_attr",
                request,
                {
                    **unknown_fields,
                    "user_attrs": user_attrs,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_tag(
        self,
        request: GetTagRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetTagResponse: ...

    @overload
    def get_tag(
        self,
        *,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetTagResponse: ...

    def get_tag(
        self,
        request: GetTagRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetTagResponse:
        """Get user tags.

        Returns the push tags of up to 100 users; users it could not read are listed in ErrorList.

        `POST /v4/timpush/get_tag` - https://trtc.io/document/67820
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: Users to read (UserIDs or RegistrationIDs).
        """
        return cast(
            "GetTagResponse",
            self._client._call(
                "timpush/get_tag",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def add_tag(
        self,
        request: AddTagRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddTagResponse: ...

    @overload
    def add_tag(
        self,
        *,
        user_tags: Sequence[PushUserTagsParam],
        replace: PushTagReplace | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddTagResponse: ...

    def add_tag(
        self,
        request: AddTagRequest | None = None,
        *,
        user_tags: Sequence[PushUserTagsParam] | None = None,
        replace: PushTagReplace | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddTagResponse:
        """Add user tags.

        Adds tags to, or replaces the tags of, up to 100 users. A user holds at most 100 tags and the
        app at most 1000 distinct tags; users it could not update are listed in ErrorList.

        `POST /v4/timpush/add_tag` - https://trtc.io/document/67821
        Idempotent: yes (Tags form a set per user, and Replace overwrites them; the same call again leaves the same tags.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            user_tags: Users and their tags: at most 10 per user when adding, 100 when replacing; each tag at
                most 50 bytes.
            replace: Add to the user's tags (0) or replace them all (1). Server default when omitted: 0.
        """
        return cast(
            "AddTagResponse",
            self._client._call(
                "timpush/add_tag",
                request,
                {
                    **unknown_fields,
                    "user_tags": user_tags,
                    "replace": replace,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def remove_tag(
        self,
        request: RemoveTagRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RemoveTagResponse: ...

    @overload
    def remove_tag(
        self,
        *,
        user_tags: Sequence[PushUserTagsParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RemoveTagResponse: ...

    def remove_tag(
        self,
        request: RemoveTagRequest | None = None,
        *,
        user_tags: Sequence[PushUserTagsParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> RemoveTagResponse:
        """Delete user tags.

        Removes the given tags from up to 100 users; users it could not update are listed in ErrorList.

        `POST /v4/timpush/remove_tag` - https://trtc.io/document/67822
        Idempotent: yes (Removing twice leaves the tags absent.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            user_tags: Users and the tags to remove.
        """
        return cast(
            "RemoveTagResponse",
            self._client._call(
                "timpush/remove_tag",
                request,
                {
                    **unknown_fields,
                    "user_tags": user_tags,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def clear_all_tags(
        self,
        request: ClearAllTagsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ClearAllTagsResponse: ...

    @overload
    def clear_all_tags(
        self,
        *,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ClearAllTagsResponse: ...

    def clear_all_tags(
        self,
        request: ClearAllTagsRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ClearAllTagsResponse:
        """Clear all tags of users.

        Removes every tag of up to 100 users; users it could not update are listed in ErrorList.

        `POST /v4/timpush/clear_all_tags` - https://trtc.io/document/67823
        Idempotent: yes (Clearing twice leaves the users without tags.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: Users whose tags are removed.
        """
        return cast(
            "ClearAllTagsResponse",
            self._client._call(
                "timpush/clear_all_tags",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def revoke(
        self,
        request: RevokeRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RevokeResponse: ...

    @overload
    def revoke(
        self,
        *,
        task_id: str,
        offline_push_info: OfflinePushInfoParam,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RevokeResponse: ...

    def revoke(
        self,
        request: RevokeRequest | None = None,
        *,
        task_id: str | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> RevokeResponse:
        """Recall a push.

        Within 24 hours of a broadcast push, stops delivery to the users not reached yet, withdraws
        unread or roaming copies where kept, and overwrites the notification already shown where the
        vendor allows it (APNs, FCM notification mode, Huawei, Honor).

        `POST /v4/timpush/revoke` - https://trtc.io/document/67824
        Idempotent: no (A second recall of the same task is refused with 90050.)
        Rate limit: 1 requests/s.

        Args:
            task_id: ID of a broadcast push task from timpush push, at most 24 hours old.
            offline_push_info: The notification that overwrites the recalled one.
        """
        return cast(
            "RevokeResponse",
            self._client._call(
                "timpush/revoke",
                request,
                {
                    **unknown_fields,
                    "task_id": task_id,
                    "offline_push_info": offline_push_info,
                },
                extra_body,
                request_options,
            ),
        )


class FriendsService(SyncService):
    """A user's friends, friend lists and blocklist, managed on the user's behalf. (`sns`)"""

    __slots__ = ()

    @overload
    def friend_add(
        self,
        request: FriendAddRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendAddResponse: ...

    @overload
    def friend_add(
        self,
        *,
        from_account: str,
        add_friend_item: Sequence[AddFriendItemParam],
        add_type: FriendAddType | Literal["Add_Type_Single", "Add_Type_Both"] | None = None,
        force_add_flags: FriendForceAddFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendAddResponse: ...

    def friend_add(
        self,
        request: FriendAddRequest | None = None,
        *,
        from_account: str | None = None,
        add_friend_item: Sequence[AddFriendItemParam] | None = None,
        add_type: FriendAddType | Literal["Add_Type_Single", "Add_Type_Both"] | None = None,
        force_add_flags: FriendForceAddFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FriendAddResponse:
        """Add friends.

        Adds one or more users as friends of a user, two-way by default, subject to each target's friend
        request policy unless the administrator forces the add; the outcome is reported per target.

        `POST /v4/sns/friend_add` - https://trtc.io/document/34902
        Idempotent: no (A resend after a success reports the targets as failed (already friends or a pending request), so it is not repeated automatically.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user who adds friends.
            add_friend_item: Users to add.
            add_type: One-way or two-way. Server default when omitted: Add_Type_Both.
            force_add_flags: Add regardless of the targets' friend request policy. Server default when omitted: 0.
        """
        return cast(
            "FriendAddResponse",
            self._client._call(
                "sns/friend_add",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "add_friend_item": add_friend_item,
                    "add_type": add_type,
                    "force_add_flags": force_add_flags,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def friend_import(
        self,
        request: FriendImportRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendImportResponse: ...

    @overload
    def friend_import(
        self,
        *,
        from_account: str,
        add_friend_item: Sequence[ImportFriendItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendImportResponse: ...

    def friend_import(
        self,
        request: FriendImportRequest | None = None,
        *,
        from_account: str | None = None,
        add_friend_item: Sequence[ImportFriendItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FriendImportResponse:
        """Import friends.

        Writes one-way friend records for a user, with remarks, lists, add source and times and custom
        friend fields, typically when migrating; the outcome is reported per friend.

        `POST /v4/sns/friend_import` - https://trtc.io/document/34903
        Idempotent: no (A resend after a success reports the friends as failed (already friends), so it is not repeated automatically.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user whose friends are imported.
            add_friend_item: Friend records.
        """
        return cast(
            "FriendImportResponse",
            self._client._call(
                "sns/friend_import",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "add_friend_item": add_friend_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def friend_update(
        self,
        request: FriendUpdateRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendUpdateResponse: ...

    @overload
    def friend_update(
        self,
        *,
        from_account: str,
        update_item: Sequence[FriendUpdateItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendUpdateResponse: ...

    def friend_update(
        self,
        request: FriendUpdateRequest | None = None,
        *,
        from_account: str | None = None,
        update_item: Sequence[FriendUpdateItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FriendUpdateResponse:
        """Update friends.

        Writes the remark, friend lists and custom friend fields of several friends of a user; the
        outcome is reported per friend.

        `POST /v4/sns/friend_update` - https://trtc.io/document/34904
        Idempotent: yes (The fields are overwritten with the same values.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user whose friends are updated.
            update_item: Friends and the fields to write.
        """
        return cast(
            "FriendUpdateResponse",
            self._client._call(
                "sns/friend_update",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "update_item": update_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def friend_delete(
        self,
        request: FriendDeleteRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendDeleteResponse: ...

    @overload
    def friend_delete(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        delete_type: FriendDeleteType | Literal["Delete_Type_Single", "Delete_Type_Both"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendDeleteResponse: ...

    def friend_delete(
        self,
        request: FriendDeleteRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        delete_type: FriendDeleteType | Literal["Delete_Type_Single", "Delete_Type_Both"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FriendDeleteResponse:
        """Delete friends.

        Removes up to 1000 friends of a user, one-way or two-way; the outcome is reported per friend.

        `POST /v4/sns/friend_delete` - https://trtc.io/document/34905
        Idempotent: yes (Deleting twice leaves the users out of the friend list; the repeat reports 31704 per user.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user who deletes friends.
            to_account: Friends to delete.
            delete_type: One-way or two-way. Server default when omitted: Delete_Type_Single.
        """
        return cast(
            "FriendDeleteResponse",
            self._client._call(
                "sns/friend_delete",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "delete_type": delete_type,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def friend_delete_all(
        self,
        request: FriendDeleteAllRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendDeleteAllResponse: ...

    @overload
    def friend_delete_all(
        self,
        *,
        from_account: str,
        delete_type: FriendDeleteType | Literal["Delete_Type_Single", "Delete_Type_Both"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendDeleteAllResponse: ...

    def friend_delete_all(
        self,
        request: FriendDeleteAllRequest | None = None,
        *,
        from_account: str | None = None,
        delete_type: FriendDeleteType | Literal["Delete_Type_Single", "Delete_Type_Both"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FriendDeleteAllResponse:
        """Delete all friends.

        Removes all friends of a user with their standard and custom friend data, one-way by default.

        `POST /v4/sns/friend_delete_all` - https://trtc.io/document/34906
        Idempotent: yes (Clearing twice leaves the user without friends.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The user whose friends are removed.
            delete_type: One-way or two-way. Server default when omitted: Delete_Type_Single.
        """
        return cast(
            "FriendDeleteAllResponse",
            self._client._call(
                "sns/friend_delete_all",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "delete_type": delete_type,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def friend_check(
        self,
        request: FriendCheckRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendCheckResponse: ...

    @overload
    def friend_check(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        check_type: FriendCheckType | Literal["CheckResult_Type_Single", "CheckResult_Type_Both"],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendCheckResponse: ...

    def friend_check(
        self,
        request: FriendCheckRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        check_type: FriendCheckType | Literal["CheckResult_Type_Single", "CheckResult_Type_Both"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FriendCheckResponse:
        """Check friendships.

        Tells, for up to 1000 users, whether they are friends of a user, one direction or both.

        `POST /v4/sns/friend_check` - https://trtc.io/document/34907
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in InfoItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user whose friends are checked.
            to_account: Users to check.
            check_type: One-way or two-way check.
        """
        return cast(
            "FriendCheckResponse",
            self._client._call(
                "sns/friend_check",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "check_type": check_type,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def friend_get(
        self,
        request: FriendGetRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendGetResponse: ...

    @overload
    def friend_get(
        self,
        *,
        from_account: str,
        start_index: int,
        standard_sequence: int | None = None,
        custom_sequence: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendGetResponse: ...

    def friend_get(
        self,
        request: FriendGetRequest | None = None,
        *,
        from_account: str | None = None,
        start_index: int | None = None,
        standard_sequence: int | None = None,
        custom_sequence: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FriendGetResponse:
        """List friends.

        Pages through all friends of a user with their standard and custom friend fields (no profile
        data).

        `POST /v4/sns/friend_get` - https://trtc.io/document/34908
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The user whose friends are listed.
            start_index: Where the page starts: 0 first, then the NextStartIndex of the previous page.
            standard_sequence: StandardSequence of an earlier listing; when unchanged, standard friend fields are left
                out of the reply.
            custom_sequence: CustomSequence of an earlier listing; when unchanged, custom friend fields are left out
                of the reply.
        """
        return cast(
            "FriendGetResponse",
            self._client._call(
                "sns/friend_get",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "start_index": start_index,
                    "standard_sequence": standard_sequence,
                    "custom_sequence": custom_sequence,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_friend_get(
            self,
            *,
            from_account: str,
            standard_sequence: int | None = None,
            custom_sequence: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[FriendDataItem]: ...

    else:

        def iter_friend_get(
            self,
            *,
            from_account: str | None = None,
            standard_sequence: int | None = None,
            custom_sequence: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[FriendDataItem]:
            """Every item of `friend_get`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "sns/friend_get",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "standard_sequence": standard_sequence,
                    "custom_sequence": custom_sequence,
                },
                extra_body,
                request_options,
            )

    @overload
    def friend_get_list(
        self,
        request: FriendGetListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendGetListResponse: ...

    @overload
    def friend_get_list(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        tag_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendGetListResponse: ...

    def friend_get_list(
        self,
        request: FriendGetListRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        tag_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FriendGetListResponse:
        """Get chosen friends.

        Returns chosen friend fields and profile fields of up to 100 given friends of a user; users that
        fail carry their own result code.

        `POST /v4/sns/friend_get_list` - https://trtc.io/document/34910
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in InfoItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user whose friends are read.
            to_account: Friends to read.
            tag_list: Fields to return: standard and custom profile fields (Tag_Profile_*) and friend fields
                (Tag_SNS_*).
        """
        return cast(
            "FriendGetListResponse",
            self._client._call(
                "sns/friend_get_list",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "tag_list": tag_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def black_list_add(
        self,
        request: BlackListAddRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlackListAddResponse: ...

    @overload
    def black_list_add(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlackListAddResponse: ...

    def black_list_add(
        self,
        request: BlackListAddRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BlackListAddResponse:
        """Block users.

        Puts up to 1000 users on a user's blocklist; a friendship between them ends and neither can send
        the other a friend request. The outcome is reported per user.

        `POST /v4/sns/black_list_add` - https://trtc.io/document/34911
        Idempotent: no (A resend after a success reports the users as already blocked (30001 per user), so it is not repeated automatically.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user who blocks.
            to_account: Users to block.
        """
        return cast(
            "BlackListAddResponse",
            self._client._call(
                "sns/black_list_add",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def black_list_delete(
        self,
        request: BlackListDeleteRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlackListDeleteResponse: ...

    @overload
    def black_list_delete(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlackListDeleteResponse: ...

    def black_list_delete(
        self,
        request: BlackListDeleteRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BlackListDeleteResponse:
        """Unblock users.

        Takes up to 1000 users off a user's blocklist; the outcome is reported per user.

        `POST /v4/sns/black_list_delete` - https://trtc.io/document/34912
        Idempotent: yes (Unblocking twice leaves the users off the blocklist.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user whose blocklist is edited.
            to_account: Users to unblock.
        """
        return cast(
            "BlackListDeleteResponse",
            self._client._call(
                "sns/black_list_delete",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def black_list_get(
        self,
        request: BlackListGetRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlackListGetResponse: ...

    @overload
    def black_list_get(
        self,
        *,
        from_account: str,
        start_index: int,
        max_limited: int,
        last_sequence: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlackListGetResponse: ...

    def black_list_get(
        self,
        request: BlackListGetRequest | None = None,
        *,
        from_account: str | None = None,
        start_index: int | None = None,
        max_limited: int | None = None,
        last_sequence: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BlackListGetResponse:
        """List the blocklist.

        Pages through a user's blocklist with the time each user was blocked.

        `POST /v4/sns/black_list_get` - https://trtc.io/document/34914
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The user whose blocklist is read.
            start_index: Where the page starts: 0 first, then the StartIndex of the previous reply.
            max_limited: Most users per page.
            last_sequence: Blocklist version of an earlier listing; REST callers send 0. Server default when
                omitted: 0.
        """
        return cast(
            "BlackListGetResponse",
            self._client._call(
                "sns/black_list_get",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "start_index": start_index,
                    "max_limited": max_limited,
                    "last_sequence": last_sequence,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_black_list_get(
            self,
            *,
            from_account: str,
            max_limited: int,
            last_sequence: int,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[BlackListItem]: ...

    else:

        def iter_black_list_get(
            self,
            *,
            from_account: str | None = None,
            max_limited: int | None = None,
            last_sequence: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[BlackListItem]:
            """Every item of `black_list_get`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "sns/black_list_get",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "max_limited": max_limited,
                    "last_sequence": last_sequence,
                },
                extra_body,
                request_options,
            )

    @overload
    def black_list_check(
        self,
        request: BlackListCheckRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlackListCheckResponse: ...

    @overload
    def black_list_check(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        check_type: BlackCheckType | Literal["BlackCheckResult_Type_Single", "BlackCheckResult_Type_Both"],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlackListCheckResponse: ...

    def black_list_check(
        self,
        request: BlackListCheckRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        check_type: BlackCheckType
        | Literal["BlackCheckResult_Type_Single", "BlackCheckResult_Type_Both"]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BlackListCheckResponse:
        """Check the blocklist.

        Tells, for up to 1000 users, whether they are on a user's blocklist, one direction or both.

        `POST /v4/sns/black_list_check` - https://trtc.io/document/34913
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in BlackListCheckItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user whose blocklist is checked.
            to_account: Users to check.
            check_type: One-way or two-way check.
        """
        return cast(
            "BlackListCheckResponse",
            self._client._call(
                "sns/black_list_check",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "check_type": check_type,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def group_add(
        self,
        request: GroupAddRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupAddResponse: ...

    @overload
    def group_add(
        self,
        *,
        from_account: str,
        group_name: Sequence[str],
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupAddResponse: ...

    def group_add(
        self,
        request: GroupAddRequest | None = None,
        *,
        from_account: str | None = None,
        group_name: Sequence[str] | None = None,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupAddResponse:
        """Create friend lists.

        Creates named friend lists for a user (at most 32 per user) and can put existing friends into
        them at once; the outcome of placing each friend is reported per friend.

        `POST /v4/sns/group_add` - https://trtc.io/document/34950
        Idempotent: no (A resend after a success would find the lists already there, so it is not repeated automatically.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user who gets the lists.
            group_name: Names of the new lists (not empty, at most 30 bytes).
            to_account: Friends to put into the new lists.
        """
        return cast(
            "GroupAddResponse",
            self._client._call(
                "sns/group_add",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "group_name": group_name,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def group_delete(
        self,
        request: GroupDeleteRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupDeleteResponse: ...

    @overload
    def group_delete(
        self,
        *,
        from_account: str,
        group_name: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupDeleteResponse: ...

    def group_delete(
        self,
        request: GroupDeleteRequest | None = None,
        *,
        from_account: str | None = None,
        group_name: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupDeleteResponse:
        """Delete friend lists.

        Deletes named friend lists of a user.

        `POST /v4/sns/group_delete` - https://trtc.io/document/34926
        Idempotent: yes (Deleting twice leaves the lists absent.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The user whose lists are deleted.
            group_name: Lists to delete.
        """
        return cast(
            "GroupDeleteResponse",
            self._client._call(
                "sns/group_delete",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "group_name": group_name,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def group_get(
        self,
        request: GroupGetRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupGetResponse: ...

    @overload
    def group_get(
        self,
        *,
        from_account: str,
        need_friend: NeedFriendType | Literal["Need_Friend_Type_Yes"] | None = None,
        group_name: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupGetResponse: ...

    def group_get(
        self,
        request: GroupGetRequest | None = None,
        *,
        from_account: str | None = None,
        need_friend: NeedFriendType | Literal["Need_Friend_Type_Yes"] | None = None,
        group_name: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupGetResponse:
        """Get friend lists.

        Returns a user's friend lists (all, or the named ones) with their friend counts and, when asked,
        their members.

        `POST /v4/sns/group_get` - https://trtc.io/document/40123
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The user whose lists are read.
            need_friend: Also return the members of each list.
            group_name: Only these lists; all when omitted.
        """
        return cast(
            "GroupGetResponse",
            self._client._call(
                "sns/group_get",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "need_friend": need_friend,
                    "group_name": group_name,
                },
                extra_body,
                request_options,
            ),
        )


class FollowService(SyncService):
    """Follow relationships between users (following, followers, mutual follows), managed on a user's behalf. (`follow`)"""

    __slots__ = ()

    @overload
    def follow_add(
        self,
        request: FollowAddRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowAddResponse: ...

    @overload
    def follow_add(
        self,
        *,
        from_account: str,
        follow_item: Sequence[FollowTargetParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowAddResponse: ...

    def follow_add(
        self,
        request: FollowAddRequest | None = None,
        *,
        from_account: str | None = None,
        follow_item: Sequence[FollowTargetParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FollowAddResponse:
        """Follow users.

        Makes a user follow up to 20 other users; the outcome is reported per target.

        `POST /v4/follow/follow_add` - https://trtc.io/document/70345
        Idempotent: no (A resend after a success may report the targets as already followed, so it is not repeated automatically.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user who follows.
            follow_item: Users to follow.
        """
        return cast(
            "FollowAddResponse",
            self._client._call(
                "follow/follow_add",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "follow_item": follow_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def follow_delete(
        self,
        request: FollowDeleteRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowDeleteResponse: ...

    @overload
    def follow_delete(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowDeleteResponse: ...

    def follow_delete(
        self,
        request: FollowDeleteRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FollowDeleteResponse:
        """Unfollow users.

        Makes a user stop following up to 20 users; the outcome is reported per target.

        `POST /v4/follow/follow_delete` - https://trtc.io/document/70346
        Idempotent: yes (Unfollowing twice leaves the users unfollowed.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user who unfollows.
            to_account: Users to unfollow.
        """
        return cast(
            "FollowDeleteResponse",
            self._client._call(
                "follow/follow_delete",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def follow_check(
        self,
        request: FollowCheckRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowCheckResponse: ...

    @overload
    def follow_check(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowCheckResponse: ...

    def follow_check(
        self,
        request: FollowCheckRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FollowCheckResponse:
        """Check follow relationships.

        Tells, for up to 100 users, how each relates to a user in the follow graph (none, follower,
        following or mutual).

        `POST /v4/follow/follow_check` - https://trtc.io/document/70349
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user whose relationships are checked.
            to_account: Users to check.
        """
        return cast(
            "FollowCheckResponse",
            self._client._call(
                "follow/follow_check",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def follow_get(
        self,
        request: FollowGetRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowGetResponse: ...

    @overload
    def follow_get(
        self,
        *,
        from_account: str,
        follow_type: FollowListType | Literal[1, 2, 3],
        start_cursor: str,
        want_num: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowGetResponse: ...

    def follow_get(
        self,
        request: FollowGetRequest | None = None,
        *,
        from_account: str | None = None,
        follow_type: FollowListType | Literal[1, 2, 3] | None = None,
        start_cursor: str | None = None,
        want_num: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FollowGetResponse:
        """List followers, followings or mutual follows.

        Pages through a user's followers, followings or mutual follows, with profile fields of each
        listed user.

        `POST /v4/follow/follow_get` - https://trtc.io/document/70347
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The user whose list is read.
            follow_type: Which list.
            start_cursor: Where the page starts: empty first, then the NextCursor of the previous page.
            want_num: Users per page. Unit: count. Server default when omitted: 100.
        """
        return cast(
            "FollowGetResponse",
            self._client._call(
                "follow/follow_get",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "follow_type": follow_type,
                    "start_cursor": start_cursor,
                    "want_num": want_num,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_follow_get(
            self,
            *,
            from_account: str,
            follow_type: FollowListType | Literal[1, 2, 3],
            want_num: int,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[FollowListItem]: ...

    else:

        def iter_follow_get(
            self,
            *,
            from_account: str | None = None,
            follow_type: FollowListType | Literal[1, 2, 3] | None = None,
            want_num: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[FollowListItem]:
            """Every item of `follow_get`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "follow/follow_get",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "follow_type": follow_type,
                    "want_num": want_num,
                },
                extra_body,
                request_options,
            )

    @overload
    def follow_get_info(
        self,
        request: FollowGetInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowGetInfoResponse: ...

    @overload
    def follow_get_info(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowGetInfoResponse: ...

    def follow_get_info(
        self,
        request: FollowGetInfoRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FollowGetInfoResponse:
        """Get follow counts.

        Returns the follower, following and mutual-follow counts of up to 20 users; users that fail
        carry their own result code.

        `POST /v4/follow/follow_get_info` - https://trtc.io/document/70350
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in FollowInfo; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The requesting user.
            to_account: Users whose counts are wanted.
        """
        return cast(
            "FollowGetInfoResponse",
            self._client._call(
                "follow/follow_get_info",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncAccountService(AsyncService):
    """Registering, checking and deleting the app's user accounts in Chat and invalidating their login state. (`im_open_login_svc`)"""

    __slots__ = ()

    @overload
    async def account_import(
        self,
        request: AccountImportRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountImportResponse: ...

    @overload
    async def account_import(
        self,
        *,
        user_id: str,
        nick: str | None = None,
        face_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountImportResponse: ...

    async def account_import(
        self,
        request: AccountImportRequest | None = None,
        *,
        user_id: str | None = None,
        nick: str | None = None,
        face_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AccountImportResponse:
        """Import a single account.

        Registers one of the app's user IDs with Chat so that it can sign in and be messaged, optionally
        storing a nickname and an avatar URL in its profile. Importing an ID that already exists creates
        no second account.

        `POST /v4/im_open_login_svc/account_import` - https://trtc.io/document/34953
        Idempotent: yes (Importing the same user ID again keeps a single account and writes the same profile values.)
        Rate limit: 200 requests/s.

        Args:
            user_id: The app's user ID to register.
            nick: Nickname to store in the profile (limit from error 40601).
            face_url: Avatar URL to store in the profile (limit from error 40601).
        """
        return cast(
            "AccountImportResponse",
            await self._client._call(
                "im_open_login_svc/account_import",
                request,
                {
                    **unknown_fields,
                    "user_id": user_id,
                    "nick": nick,
                    "face_url": face_url,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def multiaccount_import(
        self,
        request: MultiaccountImportRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MultiaccountImportResponse: ...

    @overload
    async def multiaccount_import(
        self,
        *,
        accounts: Sequence[str] | None = None,
        account_list: Sequence[AccountImportItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MultiaccountImportResponse: ...

    async def multiaccount_import(
        self,
        request: MultiaccountImportRequest | None = None,
        *,
        accounts: Sequence[str] | None = None,
        account_list: Sequence[AccountImportItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> MultiaccountImportResponse:
        """Import multiple accounts.

        Registers up to 100 user IDs in one call. The original form takes a list of IDs (Accounts); the
        newer form (AccountList) also carries a nickname and an avatar URL per user and updates them for
        IDs that already exist. IDs that could not be imported come back in FailAccounts.

        `POST /v4/im_open_login_svc/multiaccount_import` - https://trtc.io/document/34954
        Idempotent: yes (Importing an ID again keeps one account per ID; with AccountList the same profile values are written again.)
        Rate limit: 100 requests/s.
        Partial success: results per item in FailAccounts; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            accounts: Original form: the user IDs to register. Send either Accounts or AccountList, not both.
            account_list: Newer form: the users to register, each with an optional nickname and avatar. Send
                either Accounts or AccountList, not both.
        """
        return cast(
            "MultiaccountImportResponse",
            await self._client._call(
                "im_open_login_svc/multiaccount_import",
                request,
                {
                    **unknown_fields,
                    "accounts": accounts,
                    "account_list": account_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def account_delete(
        self,
        request: AccountDeleteRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountDeleteResponse: ...

    @overload
    async def account_delete(
        self,
        *,
        delete_item: Sequence[AccountUserIdItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountDeleteResponse: ...

    async def account_delete(
        self,
        request: AccountDeleteRequest | None = None,
        *,
        delete_item: Sequence[AccountUserIdItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AccountDeleteResponse:
        """Delete accounts.

        Deletes up to 100 accounts together with their profiles and relationship data; this cannot be
        undone. Only apps on the trial (free) edition may delete accounts. Each account's outcome is
        reported in ResultItem while the call as a whole succeeds.

        `POST /v4/im_open_login_svc/account_delete` - https://trtc.io/document/34955
        Idempotent: yes (Deleting an account that is already gone leaves the same state; that entry reports 70107.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            delete_item: The accounts to delete.
        """
        return cast(
            "AccountDeleteResponse",
            await self._client._call(
                "im_open_login_svc/account_delete",
                request,
                {
                    **unknown_fields,
                    "delete_item": delete_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def account_check(
        self,
        request: AccountCheckRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountCheckResponse: ...

    @overload
    async def account_check(
        self,
        *,
        check_item: Sequence[AccountUserIdItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountCheckResponse: ...

    async def account_check(
        self,
        request: AccountCheckRequest | None = None,
        *,
        check_item: Sequence[AccountUserIdItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AccountCheckResponse:
        """Check accounts.

        Tells, for up to 100 user IDs, whether each one has been imported into Chat.

        `POST /v4/im_open_login_svc/account_check` - https://trtc.io/document/34956
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            check_item: The user IDs to check.
        """
        return cast(
            "AccountCheckResponse",
            await self._client._call(
                "im_open_login_svc/account_check",
                request,
                {
                    **unknown_fields,
                    "check_item": check_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def kick(
        self,
        request: KickRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> KickResponse: ...

    @overload
    async def kick(
        self,
        *,
        user_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> KickResponse: ...

    async def kick(
        self,
        request: KickRequest | None = None,
        *,
        user_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> KickResponse:
        """Invalidate a user's login state.

        Makes the user's current UserSig unusable, so that the user must sign in again with a newly
        generated UserSig (for example to lock out a misbehaving account). One user per call.

        `POST /v4/im_open_login_svc/kick` - https://trtc.io/document/34957
        Idempotent: yes (Invalidating a login state that is already invalid changes nothing.)
        Rate limit: 200 requests/s.

        Args:
            user_id: The user whose login state is invalidated.
        """
        return cast(
            "KickResponse",
            await self._client._call(
                "im_open_login_svc/kick",
                request,
                {
                    **unknown_fields,
                    "user_id": user_id,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncAvchatroomService(AsyncService):
    """Online members, member marks, robot accounts and administrators of live-stream (AVChatRoom) groups. (`group_open_avchatroom_http_svc`)"""

    __slots__ = ()

    @overload
    async def get_members(
        self,
        request: GetMembersRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetMembersResponse: ...

    @overload
    async def get_members(
        self,
        *,
        group_id: str,
        timestamp: int,
        mark: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetMembersResponse: ...

    async def get_members(
        self,
        request: GetMembersRequest | None = None,
        *,
        group_id: str | None = None,
        timestamp: int | None = None,
        mark: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetMembersResponse:
        """List the online members of a live-stream group.

        Pages through the members currently online in a live-stream group, newest arrivals first, with
        their join time, nickname and avatar; a mark narrows the list to the members carrying it.

        `POST /v4/group_open_avchatroom_http_svc/get_members` - https://www.tencentcloud.com/document/product/1047/50293
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom, Community.

        Args:
            group_id: The live-stream group to read.
            timestamp: Paging cursor: 0 for the first call, then the NextTimestamp of the previous reply.
                Despite its name it is an opaque value, not a time to choose. Server default when
                omitted: 0.
            mark: Return only the members carrying this mark (see modify_user_info); members marked 600
                appear only this way.
        """
        return cast(
            "GetMembersResponse",
            await self._client._call(
                "group_open_avchatroom_http_svc/get_members",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "timestamp": timestamp,
                    "mark": mark,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_members(
            self,
            *,
            group_id: str,
            mark: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[AvchatroomOnlineMember]: ...

    else:

        def iter_get_members(
            self,
            *,
            group_id: str | None = None,
            mark: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[AvchatroomOnlineMember]:
            """Every item of `get_members`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "group_open_avchatroom_http_svc/get_members",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "mark": mark,
                },
                extra_body,
                request_options,
            )

    @overload
    async def modify_user_info(
        self,
        request: ModifyUserInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyUserInfoResponse: ...

    @overload
    async def modify_user_info(
        self,
        *,
        group_id: str,
        command_type: AvchatroomMarkCommand | Literal[1, 2],
        member_list: Sequence[AvchatroomMemberMarksParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyUserInfoResponse: ...

    async def modify_user_info(
        self,
        request: ModifyUserInfoRequest | None = None,
        *,
        group_id: str | None = None,
        command_type: AvchatroomMarkCommand | Literal[1, 2] | None = None,
        member_list: Sequence[AvchatroomMemberMarksParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyUserInfoResponse:
        """Set or remove marks on live-group members.

        Adds numeric marks to, or removes them from, online members of a live-stream group so that
        members can be told apart (and listed by mark); the reply lists the members that were changed.

        `POST /v4/group_open_avchatroom_http_svc/modify_user_info` - https://www.tencentcloud.com/document/product/1047/50294
        Idempotent: yes (Adding or removing the same marks again leaves the members with the same marks.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: The live-stream group.
            command_type: Add or remove the marks.
            member_list: Members and their marks, at most 500 per call. A group uses at most 10 distinct marks
                and a mark is held by at most 1000 members (a limit separate from the 1000-member online
                list).
        """
        return cast(
            "ModifyUserInfoResponse",
            await self._client._call(
                "group_open_avchatroom_http_svc/modify_user_info",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "command_type": command_type,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def check_members(
        self,
        request: CheckMembersRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CheckMembersResponse: ...

    @overload
    async def check_members(
        self,
        *,
        group_id: str,
        member_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CheckMembersResponse: ...

    async def check_members(
        self,
        request: CheckMembersRequest | None = None,
        *,
        group_id: str | None = None,
        member_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CheckMembersResponse:
        """Check which users are in a live-stream group.

        Given a list of user IDs, returns those currently inside a live-stream group; unlike the online
        member list it also finds members beyond the 1000 newest.

        `POST /v4/group_open_avchatroom_http_svc/check_members` - https://www.tencentcloud.com/document/product/1047/60523
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: The live-stream group.
            member_account: User IDs to check.
        """
        return cast(
            "CheckMembersResponse",
            await self._client._call(
                "group_open_avchatroom_http_svc/check_members",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_account": member_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def modify_admin(
        self,
        request: ModifyAdminRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyAdminResponse: ...

    @overload
    async def modify_admin(
        self,
        *,
        group_id: str,
        command_type: AvchatroomAdminCommand | Literal[1, 2],
        admin_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyAdminResponse: ...

    async def modify_admin(
        self,
        request: ModifyAdminRequest | None = None,
        *,
        group_id: str | None = None,
        command_type: AvchatroomAdminCommand | Literal[1, 2] | None = None,
        admin_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyAdminResponse:
        """Set or remove live-group administrators.

        Grants or revokes the administrator role of a live-stream group. Administrators can mute members
        and keep speaking while the group is muted; the role survives leaving and rejoining the group,
        and the account need not be in the group.

        `POST /v4/group_open_avchatroom_http_svc/modify_admin` - https://www.tencentcloud.com/document/product/1047/60525
        Idempotent: yes (Granting or revoking the role again leaves the same administrators.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: The live-stream group.
            command_type: Grant or revoke the role.
            admin_account: User IDs to change; a live-stream group has at most 5 administrators.
        """
        return cast(
            "ModifyAdminResponse",
            await self._client._call(
                "group_open_avchatroom_http_svc/modify_admin",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "command_type": command_type,
                    "admin_account": admin_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_admin_list(
        self,
        request: GetAdminListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetAdminListResponse: ...

    @overload
    async def get_admin_list(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetAdminListResponse: ...

    async def get_admin_list(
        self,
        request: GetAdminListRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetAdminListResponse:
        """List live-group administrators.

        Returns the administrators of a live-stream group with their nickname and avatar.

        `POST /v4/group_open_avchatroom_http_svc/get_admin_list` - https://www.tencentcloud.com/document/product/1047/60524
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: The live-stream group.
        """
        return cast(
            "GetAdminListResponse",
            await self._client._call(
                "group_open_avchatroom_http_svc/get_admin_list",
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
    async def add_robots(
        self,
        request: AddRobotsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddRobotsResponse: ...

    @overload
    async def add_robots(
        self,
        *,
        group_id: str,
        member_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddRobotsResponse: ...

    async def add_robots(
        self,
        request: AddRobotsRequest | None = None,
        *,
        group_id: str | None = None,
        member_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddRobotsResponse:
        """Pin robot accounts to a live group's online list.

        Puts robot accounts on the online member list of a live-stream group without their joining or
        being online; this sets the preset mark 500 on them (see modify_user_info).

        `POST /v4/group_open_avchatroom_http_svc/add_robots` - https://www.tencentcloud.com/document/product/1047/60527
        Idempotent: yes (Marking the same accounts as robots again leaves the same robots.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: The live-stream group.
            member_account: User IDs of the robot accounts to add.
        """
        return cast(
            "AddRobotsResponse",
            await self._client._call(
                "group_open_avchatroom_http_svc/add_robots",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_account": member_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def del_robots(
        self,
        request: DelRobotsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelRobotsResponse: ...

    @overload
    async def del_robots(
        self,
        *,
        group_id: str,
        member_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelRobotsResponse: ...

    async def del_robots(
        self,
        request: DelRobotsRequest | None = None,
        *,
        group_id: str | None = None,
        member_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelRobotsResponse:
        """Remove robot accounts from a live group's online list.

        Takes robot accounts added with add_robots off the online member list of a live-stream group
        (clears their mark 500).

        `POST /v4/group_open_avchatroom_http_svc/del_robots` - https://www.tencentcloud.com/document/product/1047/60526
        Idempotent: yes (Removing the same robots again leaves none of them on the list.)
        Rate limit: 200 requests/s.
        Group types: AVChatRoom.

        Args:
            group_id: The live-stream group.
            member_account: User IDs of the robot accounts to remove.
        """
        return cast(
            "DelRobotsResponse",
            await self._client._call(
                "group_open_avchatroom_http_svc/del_robots",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "member_account": member_account,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncBotService(AsyncService):
    """Chatbot accounts and their streamed replies. (`openim_robot_http_svc`)"""

    __slots__ = ()

    @overload
    async def create_robot(
        self,
        request: CreateRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateRobotResponse: ...

    @overload
    async def create_robot(
        self,
        *,
        user_id: str,
        nick: str | None = None,
        face_url: str | None = None,
        self_signature: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateRobotResponse: ...

    async def create_robot(
        self,
        request: CreateRobotRequest | None = None,
        *,
        user_id: str | None = None,
        nick: str | None = None,
        face_url: str | None = None,
        self_signature: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateRobotResponse:
        """Create a chatbot account.

        Creates a chatbot account with an @RBT# user ID and an optional nickname, avatar and status
        text.

        `POST /v4/openim_robot_http_svc/create_robot` - https://trtc.io/document/55281
        Idempotent: yes (The page says that creating the same chatbot ID again still leaves a single chatbot.)
        Rate limit: 200 requests/s.

        Args:
            user_id: User ID of the chatbot; must start with @RBT#.
            nick: Nickname of the chatbot.
            face_url: URL of the chatbot's avatar.
            self_signature: Status text of the chatbot.
        """
        return cast(
            "CreateRobotResponse",
            await self._client._call(
                "openim_robot_http_svc/create_robot",
                request,
                {
                    **unknown_fields,
                    "user_id": user_id,
                    "nick": nick,
                    "face_url": face_url,
                    "self_signature": self_signature,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def delete_robot(
        self,
        request: DeleteRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteRobotResponse: ...

    @overload
    async def delete_robot(
        self,
        *,
        robot_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteRobotResponse: ...

    async def delete_robot(
        self,
        request: DeleteRobotRequest | None = None,
        *,
        robot_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteRobotResponse:
        """Delete a chatbot account.

        Makes a chatbot account invalid; its user ID itself is not deleted.

        `POST /v4/openim_robot_http_svc/delete_robot` - https://trtc.io/document/55282
        Idempotent: yes (Marks the chatbot invalid; repeating it leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            robot_account: User ID of the chatbot; starts with @RBT#.
        """
        return cast(
            "DeleteRobotResponse",
            await self._client._call(
                "openim_robot_http_svc/delete_robot",
                request,
                {
                    **unknown_fields,
                    "robot_account": robot_account,
                },
                extra_body,
                request_options,
            ),
        )

    async def get_all_robots(
        self,
        request: GetAllRobotsRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetAllRobotsResponse:
        """List all chatbot accounts.

        Returns the user IDs of all chatbot accounts of the app.

        `POST /v4/openim_robot_http_svc/get_all_robots` - https://trtc.io/document/55280
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetAllRobotsResponse",
            await self._client._call(
                "openim_robot_http_svc/get_all_robots",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def send_stream_msg(
        self,
        request: SendStreamMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendStreamMsgResponse: ...

    @overload
    async def send_stream_msg(
        self,
        *,
        from_account: str,
        to_account: str,
        chunk: str,
        msg_key: str | None = None,
        finish: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendStreamMsgResponse: ...

    async def send_stream_msg(
        self,
        request: SendStreamMsgRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: str | None = None,
        chunk: str | None = None,
        msg_key: str | None = None,
        finish: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendStreamMsgResponse:
        """Send a streaming chatbot reply.

        Sends the next piece of a chatbot's text reply to a user; the first call returns the MsgKey that
        later calls pass back.

        `POST /v4/openim_robot_http_svc/send_stream_msg` - https://trtc.io/document/71131
        Idempotent: no (Appends a piece of text to the streamed message; a resend would append it twice.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The chatbot sending the reply (an @RBT# user ID).
            to_account: The user receiving it.
            chunk: The next piece of text.
            msg_key: Omit on the first call; send the MsgKey of the first reply on every later call.
            finish: Set to 1 on the last call to end the stream.
        """
        return cast(
            "SendStreamMsgResponse",
            await self._client._call(
                "openim_robot_http_svc/send_stream_msg",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "chunk": chunk,
                    "msg_key": msg_key,
                    "finish": finish,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncConversationService(AsyncService):
    """A user's conversation list as the server keeps it, with pinning, conversation groups and marks. (`recentcontact`)"""

    __slots__ = ()

    @overload
    async def get_list(
        self,
        request: GetListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetListResponse: ...

    @overload
    async def get_list(
        self,
        *,
        from_account: str,
        time_stamp: int,
        start_index: int,
        top_time_stamp: int,
        top_start_index: int,
        assist_flags: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetListResponse: ...

    async def get_list(
        self,
        request: GetListRequest | None = None,
        *,
        from_account: str | None = None,
        time_stamp: int | None = None,
        start_index: int | None = None,
        top_time_stamp: int | None = None,
        top_start_index: int | None = None,
        assist_flags: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetListResponse:
        """Pull a conversation list.

        Returns one page of a user's conversations; pinned conversations are paged with their own
        cursor.

        `POST /v4/recentcontact/get_list` - https://trtc.io/document/43087
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            from_account: User whose conversations are listed.
            time_stamp: Time cursor of the normal conversations: 0 for the first page, then TimeStamp of the
                previous reply.
            start_index: Index cursor of the normal conversations: 0 first, then StartIndex of the previous
                reply.
            top_time_stamp: Time cursor of the pinned conversations: 0 first, then TopTimeStamp of the previous
                reply.
            top_start_index: Index cursor of the pinned conversations: 0 first, then TopStartIndex of the previous
                reply.
            assist_flags: Bit mask of what to return. The 2023 page defines bit 0 (support pinned conversations),
                bit 1 (include empty conversations) and bit 2 (page the pinned conversations); the
                current pages say to always send 63 to get complete data, including marks and
                conversation groups.
        """
        return cast(
            "GetListResponse",
            await self._client._call(
                "recentcontact/get_list",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "time_stamp": time_stamp,
                    "start_index": start_index,
                    "top_time_stamp": top_time_stamp,
                    "top_start_index": top_start_index,
                    "assist_flags": assist_flags,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_list(
            self,
            *,
            from_account: str,
            start_index: int,
            top_time_stamp: int,
            top_start_index: int,
            assist_flags: int,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[ConversationItem]: ...

    else:

        def iter_get_list(
            self,
            *,
            from_account: str | None = None,
            start_index: int | None = None,
            top_time_stamp: int | None = None,
            top_start_index: int | None = None,
            assist_flags: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[ConversationItem]:
            """Every item of `get_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "recentcontact/get_list",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "start_index": start_index,
                    "top_time_stamp": top_time_stamp,
                    "top_start_index": top_start_index,
                    "assist_flags": assist_flags,
                },
                extra_body,
                request_options,
            )

    @overload
    async def delete(
        self,
        request: DeleteRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteResponse: ...

    @overload
    async def delete(
        self,
        *,
        from_account: str,
        type: ConversationType | Literal[1, 2],
        to_account: str | None = None,
        to_group_id: str | None = None,
        clear_ramble: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteResponse: ...

    async def delete(
        self,
        request: DeleteRequest | None = None,
        *,
        from_account: str | None = None,
        type: ConversationType | Literal[1, 2] | None = None,
        to_account: str | None = None,
        to_group_id: str | None = None,
        clear_ramble: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteResponse:
        """Delete a conversation.

        Removes one conversation from a user's list, and optionally the user's roaming messages of it.

        `POST /v4/recentcontact/delete` - https://trtc.io/document/43088
        Idempotent: yes (Deleting a conversation that is already gone leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            from_account: User whose conversation is deleted.
            type: One-to-one or group.
            to_account: The peer's user ID (one-to-one conversations only).
            to_group_id: The group ID (group conversations only); spelled ToGroupid with a lower-case i.
            clear_ramble: 1 also deletes the user's roaming messages of the conversation (admin_getroammsg no
                longer returns them); 0 keeps them. Server default when omitted: 0.
        """
        return cast(
            "DeleteResponse",
            await self._client._call(
                "recentcontact/delete",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "type": type,
                    "to_account": to_account,
                    "to_group_id": to_group_id,
                    "clear_ramble": clear_ramble,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def top(
        self,
        request: TopRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TopResponse: ...

    @overload
    async def top(
        self,
        *,
        from_account: str,
        operation_type: ConversationPinOperation | Literal[1, 2],
        recent_contact_item: Sequence[RecentContactItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TopResponse: ...

    async def top(
        self,
        request: TopRequest | None = None,
        *,
        from_account: str | None = None,
        operation_type: ConversationPinOperation | Literal[1, 2] | None = None,
        recent_contact_item: Sequence[RecentContactItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> TopResponse:
        """Pin or unpin conversations.

        Pins conversations to the top of a user's list, or unpins them.

        `POST /v4/recentcontact/top` - https://trtc.io/document/78304
        Idempotent: yes (Sets the pinned state; repeating it leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            from_account: User whose conversations are pinned or unpinned.
            operation_type: Pin or unpin.
            recent_contact_item: Conversations to pin or unpin.
        """
        return cast(
            "TopResponse",
            await self._client._call(
                "recentcontact/top",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "operation_type": operation_type,
                    "recent_contact_item": recent_contact_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def create_contact_group(
        self,
        request: CreateContactGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateContactGroupResponse: ...

    @overload
    async def create_contact_group(
        self,
        *,
        from_account: str,
        group_contact_item: Sequence[NewContactGroupParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateContactGroupResponse: ...

    async def create_contact_group(
        self,
        request: CreateContactGroupRequest | None = None,
        *,
        from_account: str | None = None,
        group_contact_item: Sequence[NewContactGroupParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateContactGroupResponse:
        """Create a conversation group.

        Creates one conversation group (folder) for a user and puts conversations in it (Ultimate
        edition).

        `POST /v4/recentcontact/create_contact_group` - https://trtc.io/document/53437
        Idempotent: no (Creates a group; a repeat would try to create it again.)
        Rate limit: 200 requests/s.

        Args:
            from_account: User who owns the conversation groups.
            group_contact_item: The group to create (exactly one per call).
        """
        return cast(
            "CreateContactGroupResponse",
            await self._client._call(
                "recentcontact/create_contact_group",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "group_contact_item": group_contact_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def del_contact_group(
        self,
        request: DelContactGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelContactGroupResponse: ...

    @overload
    async def del_contact_group(
        self,
        *,
        from_account: str,
        group_name: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DelContactGroupResponse: ...

    async def del_contact_group(
        self,
        request: DelContactGroupRequest | None = None,
        *,
        from_account: str | None = None,
        group_name: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DelContactGroupResponse:
        """Delete a conversation group.

        Deletes one conversation group of a user and returns its name and ID.

        `POST /v4/recentcontact/del_contact_group` - https://trtc.io/document/53441
        Idempotent: no (A repeat after success fails with 51009 (the group no longer exists).)
        Rate limit: 200 requests/s.

        Args:
            from_account: User who owns the conversation group.
            group_name: Name of the group to delete (exactly one per call for now).
        """
        return cast(
            "DelContactGroupResponse",
            await self._client._call(
                "recentcontact/del_contact_group",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "group_name": group_name,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def update_contact_group(
        self,
        request: UpdateContactGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateContactGroupResponse: ...

    @overload
    async def update_contact_group(
        self,
        *,
        from_account: str,
        update_type: int,
        update_group: ContactGroupUpdateParam,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> UpdateContactGroupResponse: ...

    async def update_contact_group(
        self,
        request: UpdateContactGroupRequest | None = None,
        *,
        from_account: str | None = None,
        update_type: int | None = None,
        update_group: ContactGroupUpdateParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> UpdateContactGroupResponse:
        """Update a conversation group.

        Renames a conversation group, or adds conversations to it and removes conversations from it.

        `POST /v4/recentcontact/update_contact_group` - https://trtc.io/document/53439
        Idempotent: no (A repeated rename fails because the old name no longer exists.)
        Rate limit: 200 requests/s.
        Partial success: results per item in UpdateGroupResult.ContactResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: User who owns the conversation group.
            update_type: Kind of update; 1 (update a group) is the only documented value.
            update_group: The change to make.
        """
        return cast(
            "UpdateContactGroupResponse",
            await self._client._call(
                "recentcontact/update_contact_group",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "update_type": update_type,
                    "update_group": update_group,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def search_contact_group(
        self,
        request: SearchContactGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SearchContactGroupResponse: ...

    @overload
    async def search_contact_group(
        self,
        *,
        from_account: str,
        contact_item: Sequence[ContactItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SearchContactGroupResponse: ...

    async def search_contact_group(
        self,
        request: SearchContactGroupRequest | None = None,
        *,
        from_account: str | None = None,
        contact_item: Sequence[ContactItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SearchContactGroupResponse:
        """Look up conversation marks and groups.

        Returns the marks and conversation groups of given conversations, plus the user's list of
        conversation groups.

        `POST /v4/recentcontact/search_contact_group` - https://trtc.io/document/53442
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            from_account: User who owns the conversations.
            contact_item: Conversations to look up (at most 300 per call).
        """
        return cast(
            "SearchContactGroupResponse",
            await self._client._call(
                "recentcontact/search_contact_group",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "contact_item": contact_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def mark_contact(
        self,
        request: MarkContactRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MarkContactResponse: ...

    @overload
    async def mark_contact(
        self,
        *,
        from_account: str,
        mark_item: Sequence[ContactMarkChangeParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MarkContactResponse: ...

    async def mark_contact(
        self,
        request: MarkContactRequest | None = None,
        *,
        from_account: str | None = None,
        mark_item: Sequence[ContactMarkChangeParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> MarkContactResponse:
        """Set conversation marks.

        Sets or clears standard mark bits and sets the custom mark of up to 100 conversations of a user.

        `POST /v4/recentcontact/mark_contact` - https://trtc.io/document/53438
        Idempotent: yes (Sets and clears mark bits to given values; repeating it leaves the same state.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: User who owns the conversations.
            mark_item: Mark changes (at most 100 per call).
        """
        return cast(
            "MarkContactResponse",
            await self._client._call(
                "recentcontact/mark_contact",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "mark_item": mark_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_contact_group(
        self,
        request: GetContactGroupRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetContactGroupResponse: ...

    @overload
    async def get_contact_group(
        self,
        *,
        from_account: str,
        start_index: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetContactGroupResponse: ...

    async def get_contact_group(
        self,
        request: GetContactGroupRequest | None = None,
        *,
        from_account: str | None = None,
        start_index: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetContactGroupResponse:
        """Pull conversation marks and groups.

        Pages through all conversations of a user that carry marks or belong to conversation groups,
        with the user's groups.

        `POST /v4/recentcontact/get_contact_group` - https://trtc.io/document/53440
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            from_account: User who owns the conversations.
            start_index: 0 for the first page, then NextStartIndex of the previous reply.
        """
        return cast(
            "GetContactGroupResponse",
            await self._client._call(
                "recentcontact/get_contact_group",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "start_index": start_index,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_contact_group(
            self,
            *,
            from_account: str,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[ContactMarkItem]: ...

    else:

        def iter_get_contact_group(
            self,
            *,
            from_account: str | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[ContactMarkItem]:
            """Every item of `get_contact_group`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "recentcontact/get_contact_group",
                {
                    **unknown_fields,
                    "from_account": from_account,
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
            filter: GroupReceiptListFilter | Literal[0, 1],
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
            filter: GroupReceiptListFilter | Literal[0, 1] | None = None,
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
                    "filter": filter,
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


class AsyncGroupAttributeService(AsyncService):
    """Reading the custom key-value attributes of a group. (`group_open_attr_http_svc`)"""

    __slots__ = ()

    @overload
    async def get_group_attr(
        self,
        request: GetGroupAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupAttrResponse: ...

    @overload
    async def get_group_attr(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetGroupAttrResponse: ...

    async def get_group_attr(
        self,
        request: GetGroupAttrRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetGroupAttrResponse:
        """Get group custom attributes.

        Returns every custom attribute (key and value) of a group.

        `POST /v4/group_open_attr_http_svc/get_group_attr` - https://www.tencentcloud.com/document/product/1047/44187
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, AVChatRoom, Community.

        Args:
            group_id: The group to read.
        """
        return cast(
            "GetGroupAttrResponse",
            await self._client._call(
                "group_open_attr_http_svc/get_group_attr",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncMessageService(AsyncService):
    """One-to-one messages (send, batch send, import, history, recall, edit, read state, receipts, unread counts) and users' online status. (`openim`)"""

    __slots__ = ()

    @overload
    async def sendmsg(
        self,
        request: SendmsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendmsgResponse: ...

    @overload
    async def sendmsg(
        self,
        *,
        to_account: str,
        msg_body: Sequence[MsgElementParam],
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_life_time: int | None = None,
        msg_seq: int | None = None,
        msg_random: int | None = None,
        forbid_callback_control: Sequence[
            C2CForbidCallback | Literal["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]
        ]
        | None = None,
        send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
        | None = None,
        cloud_custom_data: str | None = None,
        support_message_extension: int | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        is_need_read_receipt: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendmsgResponse: ...

    async def sendmsg(
        self,
        request: SendmsgRequest | None = None,
        *,
        to_account: str | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_life_time: int | None = None,
        msg_seq: int | None = None,
        msg_random: int | None = None,
        forbid_callback_control: Sequence[
            C2CForbidCallback | Literal["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]
        ]
        | None = None,
        send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
        | None = None,
        cloud_custom_data: str | None = None,
        support_message_extension: int | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        is_need_read_receipt: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendmsgResponse:
        """Send a one-to-one message.

        Sends a message to one user, either as the administrator or in the name of a chosen account
        (From_Account). Friendship, block lists and mutes are not checked; the receiver's do-not-disturb
        setting only applies with SendMsgControl WithMuteNotifications. SyncOtherMachine decides whether
        the sender's own devices get the message too.

        `POST /v4/openim/sendmsg` - https://trtc.io/document/34919
        Idempotent: no (Every accepted call delivers a message; a resend is safe only through the server's de-duplication described below.)
        De-duplicated on MsgRandom: a resend after an ambiguous failure is safe.
        Rate limit: 200 requests/s.

        Args:
            to_account: User ID of the receiver.
            msg_body: The message: one or more elements (at most one custom element).
            sync_other_machine: Whether the sender gets the message too. Left out, it is stored in the sender's history
                but not pushed to the sender's devices.
            from_account: User ID shown as the sender; the administrator when left out.
            msg_life_time: How long the message is kept for an offline receiver; 0 delivers it to online devices
                only and keeps nothing. Unit: seconds. Server default when omitted: 604800.
            msg_seq: Caller-chosen sequence number; orders messages of the same second and is part of the de-
                duplication key. The server draws a random one when left out.
            msg_random: Random number identifying the message for de-duplication. The server requires it; the
                SDK fills a random value when left out and keeps it across retries.
            forbid_callback_control: Webhooks to skip for this message.
            send_msg_control: Delivery options for this message.
            cloud_custom_data: Custom data stored with the message and delivered to the receiver.
            support_message_extension: 1 allows key-value extensions (message_extension.set_key_values) on this message. Server
                default when omitted: 0.
            offline_push_info: How an offline receiver is notified.
            is_need_read_receipt: 1 asks the receiver's client for a read receipt. Server default when omitted: 0.
        """
        return cast(
            "SendmsgResponse",
            await self._client._call(
                "openim/sendmsg",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_body": msg_body,
                    "sync_other_machine": sync_other_machine,
                    "from_account": from_account,
                    "msg_life_time": msg_life_time,
                    "msg_seq": msg_seq,
                    "msg_random": msg_random,
                    "forbid_callback_control": forbid_callback_control,
                    "send_msg_control": send_msg_control,
                    "cloud_custom_data": cloud_custom_data,
                    "support_message_extension": support_message_extension,
                    "offline_push_info": offline_push_info,
                    "is_need_read_receipt": is_need_read_receipt,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def batchsendmsg(
        self,
        request: BatchsendmsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchsendmsgResponse: ...

    @overload
    async def batchsendmsg(
        self,
        *,
        to_account: Sequence[str],
        msg_random: int,
        msg_body: Sequence[MsgElementParam],
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_seq: int | None = None,
        msg_life_time: int | None = None,
        cloud_custom_data: str | None = None,
        send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
        | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        is_need_read_receipt: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchsendmsgResponse: ...

    async def batchsendmsg(
        self,
        request: BatchsendmsgRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        msg_random: int | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_seq: int | None = None,
        msg_life_time: int | None = None,
        cloud_custom_data: str | None = None,
        send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
        | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        is_need_read_receipt: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BatchsendmsgResponse:
        """Send a one-to-one message to many users.

        Sends the same message to up to 500 users in one call, as the administrator or a chosen account;
        meant for notifications and marketing. No webhooks are triggered. The call succeeds when at
        least one recipient was reached; unreachable recipients are listed in ErrorList (ActionStatus is
        then "SomeError").

        `POST /v4/openim/batchsendmsg` - https://trtc.io/document/34920
        Idempotent: no (Every accepted call delivers the message again; the page promises de-duplication only "within one second", too short to cover a retry, so the SDK does not resend it.
        )
        Rate limit: 200 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: User IDs of the receivers.
            msg_random: Random number identifying the message.
            msg_body: The message.
            sync_other_machine: Whether the sender gets the message too. Left out, it is stored in the sender's history
                only.
            from_account: User ID shown as the sender; the administrator when left out.
            msg_seq: Caller-chosen sequence number; the server draws a random one when left out.
            msg_life_time: How long the message is kept for offline receivers; 0 delivers it to online devices only
                (faster, not counted as unread, not stored). Unit: seconds. Server default when omitted:
                604800.
            cloud_custom_data: Custom data stored with the message and delivered to the receivers.
            send_msg_control: Delivery options for this request.
            offline_push_info: How offline receivers are notified.
            is_need_read_receipt: 1 asks the receivers' clients for read receipts. Server default when omitted: 0.
        """
        return cast(
            "BatchsendmsgResponse",
            await self._client._call(
                "openim/batchsendmsg",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_random": msg_random,
                    "msg_body": msg_body,
                    "sync_other_machine": sync_other_machine,
                    "from_account": from_account,
                    "msg_seq": msg_seq,
                    "msg_life_time": msg_life_time,
                    "cloud_custom_data": cloud_custom_data,
                    "send_msg_control": send_msg_control,
                    "offline_push_info": offline_push_info,
                    "is_need_read_receipt": is_need_read_receipt,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def importmsg(
        self,
        request: ImportmsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportmsgResponse: ...

    @overload
    async def importmsg(
        self,
        *,
        sync_from_old_system: C2CImportMode | Literal[2, 5],
        from_account: str,
        to_account: str,
        msg_time_stamp: int,
        msg_body: Sequence[MsgElementParam],
        msg_seq: int | None = None,
        msg_random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportmsgResponse: ...

    async def importmsg(
        self,
        request: ImportmsgRequest | None = None,
        *,
        sync_from_old_system: C2CImportMode | Literal[2, 5] | None = None,
        from_account: str | None = None,
        to_account: str | None = None,
        msg_time_stamp: int | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        msg_seq: int | None = None,
        msg_random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImportmsgResponse:
        """Import a one-to-one message.

        Stores one one-to-one message with its original time, for migrating history from another system
        in chronological order (as read and not pushed) or for forwarding live messages during a
        migration (as unread and pushed). The conversation is updated; no webhooks are triggered.

        `POST /v4/openim/importmsg` - https://trtc.io/document/35014
        Idempotent: no (Each accepted call stores a message; a resend is safe only through the de-duplication below.)
        De-duplicated on MsgRandom: a resend after an ambiguous failure is safe.
        Rate limit: 200 requests/s.

        Args:
            sync_from_old_system: Whether the message is stored as history or as a live message.
            from_account: User ID of the sender.
            to_account: User ID of the receiver.
            msg_time_stamp: Original send time of the message. Unit: unix seconds.
            msg_body: The message.
            msg_seq: Sequence number; orders messages of the same second and is part of the de-duplication
                key. The server draws a random one when left out.
            msg_random: Random number, part of the de-duplication key. The server requires it; the SDK fills a
                random value when left out and keeps it across retries.
            cloud_custom_data: Custom data stored with the message.
        """
        return cast(
            "ImportmsgResponse",
            await self._client._call(
                "openim/importmsg",
                request,
                {
                    **unknown_fields,
                    "sync_from_old_system": sync_from_old_system,
                    "from_account": from_account,
                    "to_account": to_account,
                    "msg_time_stamp": msg_time_stamp,
                    "msg_body": msg_body,
                    "msg_seq": msg_seq,
                    "msg_random": msg_random,
                    "cloud_custom_data": cloud_custom_data,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def admin_getroammsg(
        self,
        request: AdminGetroammsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminGetroammsgResponse: ...

    @overload
    async def admin_getroammsg(
        self,
        *,
        operator_account: str,
        peer_account: str,
        max_cnt: int,
        min_time: int,
        max_time: int,
        last_msg_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminGetroammsgResponse: ...

    async def admin_getroammsg(
        self,
        request: AdminGetroammsgRequest | None = None,
        *,
        operator_account: str | None = None,
        peer_account: str | None = None,
        max_cnt: int | None = None,
        min_time: int | None = None,
        max_time: int | None = None,
        last_msg_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AdminGetroammsgResponse:
        """Get one-to-one message history.

        Returns the stored messages of one one-to-one conversation between MinTime and MaxTime, newest
        first, as one of its two participants sees them (clearing, deleting or SyncOtherMachine = 2 can
        make the two views differ). Recalled messages are included with MsgFlagBits 8. Only messages
        within the roaming storage period (7 days by default) can be read.

        `POST /v4/openim/admin_getroammsg` - https://trtc.io/document/35478
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            operator_account: Participant whose view of the conversation is read.
            peer_account: The other participant.
            max_cnt: Maximum number of messages to return.
            min_time: Start of the time window. Unit: unix seconds.
            max_time: End of the time window; when continuing, the LastMsgTime of the previous page. Unit:
                unix seconds.
            last_msg_key: MsgKey of the last message of the previous page; required when continuing, left out on
                the first call.
        """
        return cast(
            "AdminGetroammsgResponse",
            await self._client._call(
                "openim/admin_getroammsg",
                request,
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "max_cnt": max_cnt,
                    "min_time": min_time,
                    "max_time": max_time,
                    "last_msg_key": last_msg_key,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_admin_getroammsg(
            self,
            *,
            operator_account: str,
            peer_account: str,
            max_cnt: int,
            min_time: int,
            max_time: int,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[RoamMessage]: ...

    else:

        def iter_admin_getroammsg(
            self,
            *,
            operator_account: str | None = None,
            peer_account: str | None = None,
            max_cnt: int | None = None,
            min_time: int | None = None,
            max_time: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[RoamMessage]:
            """Every item of `admin_getroammsg`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "openim/admin_getroammsg",
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "max_cnt": max_cnt,
                    "min_time": min_time,
                    "max_time": max_time,
                },
                extra_body,
                request_options,
            )

    @overload
    async def admin_msgwithdraw(
        self,
        request: AdminMsgwithdrawRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminMsgwithdrawResponse: ...

    @overload
    async def admin_msgwithdraw(
        self,
        *,
        from_account: str,
        to_account: str,
        msg_key: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminMsgwithdrawResponse: ...

    async def admin_msgwithdraw(
        self,
        request: AdminMsgwithdrawRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: str | None = None,
        msg_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AdminMsgwithdrawResponse:
        """Recall a one-to-one message.

        Recalls any one-to-one message by its MsgKey, whenever it was sent, removing it from offline and
        roaming storage and from both clients' caches. Recalled messages cannot be restored.

        `POST /v4/openim/admin_msgwithdraw` - https://trtc.io/document/35015
        Idempotent: no (A repeat after a successful recall fails with 20023 (already recalled), which callers may treat as success.)
        Rate limit: 200 requests/s.

        Args:
            from_account: Sender of the message.
            to_account: Receiver of the message.
            msg_key: Key of the message, from sendmsg / batchsendmsg replies, the send webhooks or
                admin_getroammsg.
        """
        return cast(
            "AdminMsgwithdrawResponse",
            await self._client._call(
                "openim/admin_msgwithdraw",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "msg_key": msg_key,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def admin_set_msg_read(
        self,
        request: AdminSetMsgReadRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminSetMsgReadResponse: ...

    @overload
    async def admin_set_msg_read(
        self,
        *,
        report_account: str,
        peer_account: str,
        msg_read_time: str | int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminSetMsgReadResponse: ...

    async def admin_set_msg_read(
        self,
        request: AdminSetMsgReadRequest | None = None,
        *,
        report_account: str | None = None,
        peer_account: str | None = None,
        msg_read_time: str | int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AdminSetMsgReadResponse:
        """Mark one-to-one messages as read.

        Marks the messages of one one-to-one conversation as read for one participant, up to a given
        time (now by default).

        `POST /v4/openim/admin_set_msg_read` - https://trtc.io/document/38996
        Idempotent: yes (Marking the same messages read again leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            report_account: User for whom the messages are marked read.
            peer_account: The other side of the conversation.
            msg_read_time: Unix time in seconds; messages before it become read. Now when left out. The server may
                also send it as integer.
        """
        return cast(
            "AdminSetMsgReadResponse",
            await self._client._call(
                "openim/admin_set_msg_read",
                request,
                {
                    **unknown_fields,
                    "report_account": report_account,
                    "peer_account": peer_account,
                    "msg_read_time": msg_read_time,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_c2c_unread_msg_num(
        self,
        request: GetC2cUnreadMsgNumRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetC2cUnreadMsgNumResponse: ...

    @overload
    async def get_c2c_unread_msg_num(
        self,
        *,
        to_account: str,
        peer_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetC2cUnreadMsgNumResponse: ...

    async def get_c2c_unread_msg_num(
        self,
        request: GetC2cUnreadMsgNumRequest | None = None,
        *,
        to_account: str | None = None,
        peer_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetC2cUnreadMsgNumResponse:
        """Get one-to-one unread counts.

        Returns a user's total unread count over all one-to-one conversations, or, when Peer_Account is
        given, the unread counts of up to 10 particular conversations.

        `POST /v4/openim/get_c2c_unread_msg_num` - https://trtc.io/document/41046
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: User whose unread counts are read.
            peer_account: Other sides of the conversations to count; leave out for the total over all
                conversations.
        """
        return cast(
            "GetC2cUnreadMsgNumResponse",
            await self._client._call(
                "openim/get_c2c_unread_msg_num",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "peer_account": peer_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def modify_c2c_msg(
        self,
        request: ModifyC2cMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyC2cMsgResponse: ...

    @overload
    async def modify_c2c_msg(
        self,
        *,
        from_account: str,
        to_account: str,
        msg_key: str,
        msg_body: Sequence[MsgElementParam] | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyC2cMsgResponse: ...

    async def modify_c2c_msg(
        self,
        request: ModifyC2cMsgRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: str | None = None,
        msg_key: str | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyC2cMsgResponse:
        """Edit a one-to-one message.

        Overwrites the body and / or the cloud custom data of a stored one-to-one message identified by
        its MsgKey. The old values cannot be restored.

        `POST /v4/openim/modify_c2c_msg` - https://trtc.io/document/47722
        Idempotent: yes (Writing the same body or custom data again leaves the same message.)
        Rate limit: 200 requests/s.

        Args:
            from_account: Sender of the message.
            to_account: Receiver of the message.
            msg_key: Key of the message to edit.
            msg_body: New body; replaces the old one.
            cloud_custom_data: New custom data; replaces the old value.
        """
        return cast(
            "ModifyC2cMsgResponse",
            await self._client._call(
                "openim/modify_c2c_msg",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "msg_key": msg_key,
                    "msg_body": msg_body,
                    "cloud_custom_data": cloud_custom_data,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def c2c_msg_read_receipt(
        self,
        request: C2cMsgReadReceiptRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> C2cMsgReadReceiptResponse: ...

    @overload
    async def c2c_msg_read_receipt(
        self,
        *,
        operator_account: str,
        peer_account: str,
        c2c_msg_info: Sequence[C2CReceiptMessageParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> C2cMsgReadReceiptResponse: ...

    async def c2c_msg_read_receipt(
        self,
        request: C2cMsgReadReceiptRequest | None = None,
        *,
        operator_account: str | None = None,
        peer_account: str | None = None,
        c2c_msg_info: Sequence[C2CReceiptMessageParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> C2cMsgReadReceiptResponse:
        """Send read receipts for one-to-one messages.

        Sends read receipts for messages of one one-to-one conversation in the name of their receiver
        (Operator_Account), so that the sender (Peer_Account) sees them as read.

        `POST /v4/openim/c2c_msg_read_receipt` - https://trtc.io/document/77776
        Idempotent: yes (A receipt for a message that is already marked read changes nothing (the sender may be notified again).)

        Args:
            operator_account: The receiver who sends the receipts.
            peer_account: The sender of the messages.
            c2c_msg_info: The messages the receipts are for.
        """
        return cast(
            "C2cMsgReadReceiptResponse",
            await self._client._call(
                "openim/c2c_msg_read_receipt",
                request,
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "c2c_msg_info": c2c_msg_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def delete_c2c_msg_ramble(
        self,
        request: DeleteC2cMsgRambleRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteC2cMsgRambleResponse: ...

    @overload
    async def delete_c2c_msg_ramble(
        self,
        *,
        operator_account: str,
        peer_account: str,
        msg_key_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteC2cMsgRambleResponse: ...

    async def delete_c2c_msg_ramble(
        self,
        request: DeleteC2cMsgRambleRequest | None = None,
        *,
        operator_account: str | None = None,
        peer_account: str | None = None,
        msg_key_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteC2cMsgRambleResponse:
        """Delete one-to-one messages for one side.

        Deletes up to 30 messages of a one-to-one conversation from the history of one participant only
        (Operator_Account); the other participant still sees them. MsgKeys come from the send replies,
        the send webhooks or admin_getroammsg.

        `POST /v4/openim/delete_c2c_msg_ramble` - https://cloud.tencent.com/document/product/269/101439
        Idempotent: yes (Deleting messages that are already gone from that side's history leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            operator_account: Participant in whose history the messages are deleted.
            peer_account: The other participant.
            msg_key_list: Keys of the messages to delete.
        """
        return cast(
            "DeleteC2cMsgRambleResponse",
            await self._client._call(
                "openim/delete_c2c_msg_ramble",
                request,
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "msg_key_list": msg_key_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def query_online_status(
        self,
        request: QueryOnlineStatusRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> QueryOnlineStatusResponse: ...

    @overload
    async def query_online_status(
        self,
        *,
        to_account: Sequence[str],
        is_need_detail: int | None = None,
        is_return_instid: int | None = None,
        is_return_custom_status: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> QueryOnlineStatusResponse: ...

    async def query_online_status(
        self,
        request: QueryOnlineStatusRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        is_need_detail: int | None = None,
        is_return_instid: int | None = None,
        is_return_custom_status: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> QueryOnlineStatusResponse:
        """Get users' online status.

        Returns the login state (Online, PushOnline or Offline) of up to 500 users, optionally per
        platform. The call succeeds when at least one user could be queried; the others are listed in
        ErrorList.

        `POST /v4/openim/query_online_status` - https://trtc.io/document/35477
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: User IDs to query.
            is_need_detail: 1 adds the state per login platform. Server default when omitted: 0.
            is_return_instid: 1 adds the device instance IDs (China-site page only; see notes). Server default when
                omitted: 0.
            is_return_custom_status: 1 adds each user's custom status (China-site page only; see notes). Server default when
                omitted: 0.
        """
        return cast(
            "QueryOnlineStatusResponse",
            await self._client._call(
                "openim/query_online_status",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "is_need_detail": is_need_detail,
                    "is_return_instid": is_return_instid,
                    "is_return_custom_status": is_return_custom_status,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def querystate(
        self,
        request: QuerystateRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> QuerystateResponse: ...

    @overload
    async def querystate(
        self,
        *,
        to_account: Sequence[str],
        is_need_detail: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> QuerystateResponse: ...

    async def querystate(
        self,
        request: QuerystateRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        is_need_detail: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> QuerystateResponse:
        """Get users' login state (legacy).

        Older twin of query_online_status kept in the "online status" documentation folder: the same
        input, a reply that reports State per user and has no ErrorList. Use query_online_status in new
        code.

        `POST /v4/openim/querystate` - https://intl.cloud.tencent.com/document/product/1047/35477
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            to_account: User IDs to query.
            is_need_detail: 1 adds the state per login platform. Server default when omitted: 0.
        """
        return cast(
            "QuerystateResponse",
            await self._client._call(
                "openim/querystate",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "is_need_detail": is_need_detail,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncMessageExtensionService(AsyncService):
    """Key-value extensions attached to individual one-to-one and group messages (for example reactions or vote counts). (`openim_msg_ext_http_svc`)"""

    __slots__ = ()

    @overload
    async def set_key_values(
        self,
        request: SetKeyValuesRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetKeyValuesResponse: ...

    @overload
    async def set_key_values(
        self,
        *,
        to_account: str,
        msg_key: str,
        operate_type: ExtensionOperation | Literal[1, 2, 3],
        from_account: str | None = None,
        extension_list: Sequence[MsgExtensionParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetKeyValuesResponse: ...

    async def set_key_values(
        self,
        request: SetKeyValuesRequest | None = None,
        *,
        to_account: str | None = None,
        msg_key: str | None = None,
        operate_type: ExtensionOperation | Literal[1, 2, 3] | None = None,
        from_account: str | None = None,
        extension_list: Sequence[MsgExtensionParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetKeyValuesResponse:
        """Set one-to-one message extensions.

        Sets, deletes or clears the key-value pairs attached to a one-to-one message that was sent with
        SupportMessageExtension = 1. Each pair's outcome is reported in ExtensionList. Needs the
        Ultimate edition and the console switch; a message holds at most 300 pairs.

        `POST /v4/openim_msg_ext_http_svc/set_key_values` - https://trtc.io/document/51195
        Idempotent: yes (Administrator writes skip the Seq check, so setting or deleting the same pairs again gives the same values (their Seq advances).)
        Rate limit: 200 requests/s.
        Partial success: results per item in ExtensionList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: Receiver of the message.
            msg_key: Key of the message.
            operate_type: Set, delete or clear.
            from_account: Sender of the message.
            extension_list: The pairs to set or delete; required for SET and DELETE, left out for CLEAR.
        """
        return cast(
            "SetKeyValuesResponse",
            await self._client._call(
                "openim_msg_ext_http_svc/set_key_values",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_key": msg_key,
                    "operate_type": operate_type,
                    "from_account": from_account,
                    "extension_list": extension_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_key_values(
        self,
        request: GetKeyValuesRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetKeyValuesResponse: ...

    @overload
    async def get_key_values(
        self,
        *,
        to_account: str,
        msg_key: str,
        from_account: str | None = None,
        start_seq: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetKeyValuesResponse: ...

    async def get_key_values(
        self,
        request: GetKeyValuesRequest | None = None,
        *,
        to_account: str | None = None,
        msg_key: str | None = None,
        from_account: str | None = None,
        start_seq: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetKeyValuesResponse:
        """Get one-to-one message extensions.

        Returns the key-value pairs of a one-to-one message ordered by Seq, at most 200 per call,
        optionally only those with Seq at or above StartSeq. ClearSeq tells clients which locally cached
        pairs to drop.

        `POST /v4/openim_msg_ext_http_svc/get_key_values` - https://trtc.io/document/51194
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            to_account: Receiver of the message.
            msg_key: Key of the message.
            from_account: Sender of the message.
            start_seq: Return only pairs whose Seq is at least this.
        """
        return cast(
            "GetKeyValuesResponse",
            await self._client._call(
                "openim_msg_ext_http_svc/get_key_values",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_key": msg_key,
                    "from_account": from_account,
                    "start_seq": start_seq,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_key_values(
            self,
            *,
            to_account: str,
            msg_key: str,
            from_account: str | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[MsgExtension]: ...

    else:

        def iter_get_key_values(
            self,
            *,
            to_account: str | None = None,
            msg_key: str | None = None,
            from_account: str | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[MsgExtension]:
            """Every item of `get_key_values`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "openim_msg_ext_http_svc/get_key_values",
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_key": msg_key,
                    "from_account": from_account,
                },
                extra_body,
                request_options,
            )

    @overload
    async def group_set_key_values(
        self,
        request: GroupSetKeyValuesRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupSetKeyValuesResponse: ...

    @overload
    async def group_set_key_values(
        self,
        *,
        group_id: str,
        msg_seq: int,
        operate_type: ExtensionOperation | Literal[1, 2, 3],
        extension_list: Sequence[MsgExtensionParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupSetKeyValuesResponse: ...

    async def group_set_key_values(
        self,
        request: GroupSetKeyValuesRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq: int | None = None,
        operate_type: ExtensionOperation | Literal[1, 2, 3] | None = None,
        extension_list: Sequence[MsgExtensionParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupSetKeyValuesResponse:
        """Set group message extensions.

        Sets, deletes or clears the key-value pairs attached to a group message (identified by its
        MsgSeq) that was sent with extension support. Each pair's outcome is reported in ExtensionList.
        Needs the Ultimate edition and the console switch; a message holds at most 300 pairs.

        `POST /v4/openim_msg_ext_http_svc/group_set_key_values` - https://www.tencentcloud.com/document/product/1047/52170
        Idempotent: yes (Administrator writes skip the Seq check, so setting or deleting the same pairs again gives the same values (their Seq advances).)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom.
        Partial success: results per item in ExtensionList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: The group.
            msg_seq: Sequence number of the group message.
            operate_type: Set, delete or clear.
            extension_list: The pairs to set or delete; required for SET and DELETE, left out for CLEAR.
        """
        return cast(
            "GroupSetKeyValuesResponse",
            await self._client._call(
                "openim_msg_ext_http_svc/group_set_key_values",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                    "operate_type": operate_type,
                    "extension_list": extension_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def group_get_key_values(
        self,
        request: GroupGetKeyValuesRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupGetKeyValuesResponse: ...

    @overload
    async def group_get_key_values(
        self,
        *,
        group_id: str,
        msg_seq: int,
        start_seq: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupGetKeyValuesResponse: ...

    async def group_get_key_values(
        self,
        request: GroupGetKeyValuesRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq: int | None = None,
        start_seq: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupGetKeyValuesResponse:
        """Get group message extensions.

        Returns the key-value pairs of a group message ordered by Seq, at most 200 per call, optionally
        only those with Seq at or above StartSeq. ClearSeq tells clients which locally cached pairs to
        drop.

        `POST /v4/openim_msg_ext_http_svc/group_get_key_values` - https://www.tencentcloud.com/document/product/1047/52169
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom.

        Args:
            group_id: The group.
            msg_seq: Sequence number of the group message.
            start_seq: Return only pairs whose Seq is at least this.
        """
        return cast(
            "GroupGetKeyValuesResponse",
            await self._client._call(
                "openim_msg_ext_http_svc/group_get_key_values",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                    "start_seq": start_seq,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_group_get_key_values(
            self,
            *,
            group_id: str,
            msg_seq: int,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[MsgExtension]: ...

    else:

        def iter_group_get_key_values(
            self,
            *,
            group_id: str | None = None,
            msg_seq: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[MsgExtension]:
            """Every item of `group_get_key_values`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "openim_msg_ext_http_svc/group_get_key_values",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                },
                extra_body,
                request_options,
            )


class AsyncStreamMessageService(AsyncService):
    """Streamed messages (TIMStreamElem) to a user or a group, sent chunk by chunk, such as AI assistant replies. (`stream_msg`)"""

    __slots__ = ()

    @overload
    async def send_c2c_stream_msg(
        self,
        request: SendC2cStreamMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendC2cStreamMsgResponse: ...

    @overload
    async def send_c2c_stream_msg(
        self,
        *,
        to_account: str,
        msg_body: Sequence[StreamElementParam],
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_seq: int | None = None,
        msg_random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendC2cStreamMsgResponse: ...

    async def send_c2c_stream_msg(
        self,
        request: SendC2cStreamMsgRequest | None = None,
        *,
        to_account: str | None = None,
        msg_body: Sequence[StreamElementParam] | None = None,
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_seq: int | None = None,
        msg_random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendC2cStreamMsgResponse:
        """Send a streamed one-to-one message.

        Starts or continues a streamed message from one account to another. The first call carries the
        first chunks and returns the stream's ID; each later call carries that ID and the next chunks,
        and the chunk with IsLast = true ends the stream. At most 15 seconds may pass between calls, the
        whole message must stay under 128 KB, and follow-up calls are limited to 5 per second per stream
        (one every 200 ms is recommended). Friendship, block lists and mutes are not checked.

        `POST /v4/stream_msg/send_c2c_stream_msg` - https://cloud.tencent.com/document/product/269/128596
        Idempotent: no (Each accepted call appends chunks to the stream (or starts a new one); no de-duplication is documented.)
        Rate limit: 5 requests/s.

        Args:
            to_account: User ID of the receiver.
            msg_body: One streamed element carrying this call's chunks (and, after the first call, the
                stream's ID).
            sync_other_machine: Whether the sender gets the message too (as for sendmsg).
            from_account: User ID shown as the sender; the administrator when left out.
            msg_seq: Caller-chosen sequence number (may repeat; not generated by the server).
            msg_random: Random number of the message.
            cloud_custom_data: Custom data stored with the message.
        """
        return cast(
            "SendC2cStreamMsgResponse",
            await self._client._call(
                "stream_msg/send_c2c_stream_msg",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_body": msg_body,
                    "sync_other_machine": sync_other_machine,
                    "from_account": from_account,
                    "msg_seq": msg_seq,
                    "msg_random": msg_random,
                    "cloud_custom_data": cloud_custom_data,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def send_group_stream_msg(
        self,
        request: SendGroupStreamMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendGroupStreamMsgResponse: ...

    @overload
    async def send_group_stream_msg(
        self,
        *,
        group_id: str,
        msg_body: Sequence[StreamElementParam],
        from_account: str | None = None,
        msg_random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendGroupStreamMsgResponse: ...

    async def send_group_stream_msg(
        self,
        request: SendGroupStreamMsgRequest | None = None,
        *,
        group_id: str | None = None,
        msg_body: Sequence[StreamElementParam] | None = None,
        from_account: str | None = None,
        msg_random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendGroupStreamMsgResponse:
        """Send a streamed group message.

        Starts or continues a streamed message in a group, with the same rules as send_c2c_stream_msg:
        the first call returns the stream's ID, later calls carry it with the next chunks, IsLast = true
        ends the stream, at most 15 seconds between calls, under 128 KB in total, 5 follow-up calls per
        second.

        `POST /v4/stream_msg/send_group_stream_msg` - https://cloud.tencent.com/document/product/269/128597
        Idempotent: no (Each accepted call appends chunks to the stream (or starts a new one); no de-duplication is documented.)
        Rate limit: 5 requests/s.

        Args:
            group_id: The group.
            msg_body: One streamed element carrying this call's chunks (and, after the first call, the
                stream's ID).
            from_account: User ID shown as the sender (used by the TIMBot plugin; see notes).
            msg_random: Random number of the message.
            cloud_custom_data: Custom data stored with the message.
        """
        return cast(
            "SendGroupStreamMsgResponse",
            await self._client._call(
                "stream_msg/send_group_stream_msg",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_body": msg_body,
                    "from_account": from_account,
                    "msg_random": msg_random,
                    "cloud_custom_data": cloud_custom_data,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncMillionGroupService(AsyncService):
    """Topics of topic-enabled communities and the online member count of communities. (`million_group_open_http_svc`)"""

    __slots__ = ()

    @overload
    async def create_topic(
        self,
        request: CreateTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateTopicResponse: ...

    @overload
    async def create_topic(
        self,
        *,
        group_id: str,
        topic_name: str,
        topic_id: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateTopicResponse: ...

    async def create_topic(
        self,
        request: CreateTopicRequest | None = None,
        *,
        group_id: str | None = None,
        topic_name: str | None = None,
        topic_id: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateTopicResponse:
        """Create a topic.

        Creates a topic in a topic-enabled community, with a server-assigned or custom topic ID, a name
        and optional avatar, notice, introduction, custom string and creator.

        `POST /v4/million_group_open_http_svc/create_topic` - https://www.tencentcloud.com/document/product/1047/49471
        Idempotent: no (Without a custom TopicId every call creates another topic; with one, a resend after a success fails with 10025 (ID already used). Not repeated automatically.
        )
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: The topic-enabled community that will own the topic.
            topic_name: Topic name (UTF-8).
            topic_id: Custom topic ID: the community ID, then "@TOPIC#_", then a printable-ASCII part of your
                choice. Omit it to let the server assign one.
            from_account: User ID shown as the creator of the topic. The server may also send it as integer.
            custom_string: App-defined string stored with the topic.
            face_url: Topic avatar URL.
            notification: Topic notice (UTF-8).
            introduction: Topic introduction (UTF-8).
        """
        return cast(
            "CreateTopicResponse",
            await self._client._call(
                "million_group_open_http_svc/create_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_name": topic_name,
                    "topic_id": topic_id,
                    "from_account": from_account,
                    "custom_string": custom_string,
                    "face_url": face_url,
                    "notification": notification,
                    "introduction": introduction,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def destroy_topic(
        self,
        request: DestroyTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyTopicResponse: ...

    @overload
    async def destroy_topic(
        self,
        *,
        group_id: str,
        topic_id_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyTopicResponse: ...

    async def destroy_topic(
        self,
        request: DestroyTopicRequest | None = None,
        *,
        group_id: str | None = None,
        topic_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DestroyTopicResponse:
        """Delete topics.

        Permanently deletes topics of a community; the reply gives a result per topic.

        `POST /v4/million_group_open_http_svc/destroy_topic` - https://www.tencentcloud.com/document/product/1047/49470
        Idempotent: yes (A deleted topic stays deleted; deleting it again reports 110003 for that topic.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in DestroyResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: The community that owns the topics.
            topic_id_list: Topics to delete.
        """
        return cast(
            "DestroyTopicResponse",
            await self._client._call(
                "million_group_open_http_svc/destroy_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_id_list": topic_id_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_topic(
        self,
        request: GetTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetTopicResponse: ...

    @overload
    async def get_topic(
        self,
        *,
        group_id: str,
        from_account: str | int,
        topic_id_list: Sequence[str] | None = None,
        response_filter: Sequence[
            MillionGroupTopicField | Literal["TopicName", "FaceUrl", "Notification", "Introduction"] | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetTopicResponse: ...

    async def get_topic(
        self,
        request: GetTopicRequest | None = None,
        *,
        group_id: str | None = None,
        from_account: str | int | None = None,
        topic_id_list: Sequence[str] | None = None,
        response_filter: Sequence[
            MillionGroupTopicField | Literal["TopicName", "FaceUrl", "Notification", "Introduction"] | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetTopicResponse:
        """Get topic profiles.

        Returns the profiles of some or all topics of a community, together with one user's state in
        each topic (mute, read position, receive option); a filter limits the returned topic fields.

        `POST /v4/million_group_open_http_svc/get_topic` - https://www.tencentcloud.com/document/product/1047/49469
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in TopicAndSelfInfo; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: The community.
            from_account: User whose own state (SelfInfo) is returned for each topic. The server may also send it
                as integer.
            topic_id_list: Topics to read; all topics of the community when omitted or empty.
            response_filter: Topic fields to return; all fields when omitted.
        """
        return cast(
            "GetTopicResponse",
            await self._client._call(
                "million_group_open_http_svc/get_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "from_account": from_account,
                    "topic_id_list": topic_id_list,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def modify_topic(
        self,
        request: ModifyTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyTopicResponse: ...

    @overload
    async def modify_topic(
        self,
        *,
        group_id: str,
        topic_id: str,
        topic_name: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        mute_all_member: MillionGroupMuteAllMember | Literal["On", "Off"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyTopicResponse: ...

    async def modify_topic(
        self,
        request: ModifyTopicRequest | None = None,
        *,
        group_id: str | None = None,
        topic_id: str | None = None,
        topic_name: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        mute_all_member: MillionGroupMuteAllMember | Literal["On", "Off"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyTopicResponse:
        """Change a topic.

        Changes the name, avatar, notice, introduction, custom string or all-member mute of a topic;
        omitted fields keep their value.

        `POST /v4/million_group_open_http_svc/modify_topic` - https://www.tencentcloud.com/document/product/1047/49468
        Idempotent: yes (The given fields are overwritten with the same values.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: The community that owns the topic.
            topic_id: The topic to change.
            topic_name: New topic name (UTF-8).
            from_account: User ID shown as the one who changed the topic. The server may also send it as integer.
            custom_string: New app-defined string.
            face_url: New topic avatar URL.
            notification: New topic notice (UTF-8).
            introduction: New topic introduction (UTF-8).
            mute_all_member: Mute or unmute all ordinary members of the topic.
        """
        return cast(
            "ModifyTopicResponse",
            await self._client._call(
                "million_group_open_http_svc/modify_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_id": topic_id,
                    "topic_name": topic_name,
                    "from_account": from_account,
                    "custom_string": custom_string,
                    "face_url": face_url,
                    "notification": notification,
                    "introduction": introduction,
                    "mute_all_member": mute_all_member,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_online_member_num(
        self,
        request: MillionGroupGetOnlineMemberNumRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MillionGroupGetOnlineMemberNumResponse: ...

    @overload
    async def get_online_member_num(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MillionGroupGetOnlineMemberNumResponse: ...

    async def get_online_member_num(
        self,
        request: MillionGroupGetOnlineMemberNumRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> MillionGroupGetOnlineMemberNumResponse:
        """Get the online member count of a community.

        Returns the approximate number of online members of a community, refreshed every four minutes.

        `POST /v4/million_group_open_http_svc/get_online_member_num` - https://www.tencentcloud.com/document/product/1047/66883
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: The community.
        """
        return cast(
            "MillionGroupGetOnlineMemberNumResponse",
            await self._client._call(
                "million_group_open_http_svc/get_online_member_num",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncModerationService(AsyncService):
    """On-demand content moderation of Content Understanding (Singapore data centre only). (`im_msg_audit`)"""

    __slots__ = ()

    @overload
    async def content_moderation(
        self,
        request: ContentModerationRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ContentModerationResponse: ...

    @overload
    async def content_moderation(
        self,
        *,
        audit_name: ModerationConfig
        | Literal["C2C", "Group", "UserInfo", "GroupInfo", "GroupMemberInfo", "RelationChain"]
        | str,
        content_type: ModerationContentType | Literal["Text", "Image", "Audio", "Video"],
        content: str,
        ext_sender: str | None = None,
        ext_receiver: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ContentModerationResponse: ...

    async def content_moderation(
        self,
        request: ContentModerationRequest | None = None,
        *,
        audit_name: ModerationConfig
        | Literal["C2C", "Group", "UserInfo", "GroupInfo", "GroupMemberInfo", "RelationChain"]
        | str
        | None = None,
        content_type: ModerationContentType | Literal["Text", "Image", "Audio", "Video"] | None = None,
        content: str | None = None,
        ext_sender: str | None = None,
        ext_receiver: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ContentModerationResponse:
        """Moderate content on demand.

        Submits one text, image, audio or video for moderation; text and images get the verdict in the
        reply, audio and video by webhook.

        `POST /v4/im_msg_audit/content_moderation` - https://trtc.io/document/77827
        Idempotent: yes (Judges content without changing app data; a repeat returns a verdict again (for audio and video it may trigger a second webhook).)
        Rate limit: 200 requests/s.

        Args:
            audit_name: The moderation configuration to use.
            content_type: Kind of content.
            content: The text, or the URL of the file (images up to 5 MB).
            ext_sender: Sender to record with the moderation (a Chat user ID or the app's own ID); used for
                filtering in the console.
            ext_receiver: Receiver to record (a user ID, group ID or the app's own ID).
        """
        return cast(
            "ContentModerationResponse",
            await self._client._call(
                "im_msg_audit/content_moderation",
                request,
                {
                    **unknown_fields,
                    "audit_name": audit_name,
                    "content_type": content_type,
                    "content": content,
                    "ext_sender": ext_sender,
                    "ext_receiver": ext_receiver,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def batch_content_moderation(
        self,
        request: BatchContentModerationRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchContentModerationResponse: ...

    @overload
    async def batch_content_moderation(
        self,
        *,
        audit_name: ModerationConfig
        | Literal["C2C", "Group", "UserInfo", "GroupInfo", "GroupMemberInfo", "RelationChain"]
        | str,
        contents: Sequence[ModerationContentParam],
        ext_sender: str | None = None,
        ext_receiver: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchContentModerationResponse: ...

    async def batch_content_moderation(
        self,
        request: BatchContentModerationRequest | None = None,
        *,
        audit_name: ModerationConfig
        | Literal["C2C", "Group", "UserInfo", "GroupInfo", "GroupMemberInfo", "RelationChain"]
        | str
        | None = None,
        contents: Sequence[ModerationContentParam] | None = None,
        ext_sender: str | None = None,
        ext_receiver: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BatchContentModerationResponse:
        """Moderate content in a batch.

        Submits up to 10 texts or images for moderation and returns a verdict per item.

        `POST /v4/im_msg_audit/batch_content_moderation` - https://trtc.io/document/77828
        Idempotent: yes (Judges content without changing app data.)
        Rate limit: 200 requests/s.
        Partial success: results per item in AuditResults; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            audit_name: The moderation configuration to use.
            contents: Items to moderate (at most 10; text and images only).
            ext_sender: Sender to record with the moderation.
            ext_receiver: Receiver to record with the moderation.
        """
        return cast(
            "BatchContentModerationResponse",
            await self._client._call(
                "im_msg_audit/batch_content_moderation",
                request,
                {
                    **unknown_fields,
                    "audit_name": audit_name,
                    "contents": contents,
                    "ext_sender": ext_sender,
                    "ext_receiver": ext_receiver,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncModerationKeywordsService(AsyncService):
    """Keyword libraries and blocked words of Content Understanding (Singapore data centre only). (`im_msg_audit_mgr`)"""

    __slots__ = ()

    @overload
    async def get_cloud_audit_keywords_ids(
        self,
        request: GetCloudAuditKeywordsIdsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetCloudAuditKeywordsIdsResponse: ...

    @overload
    async def get_cloud_audit_keywords_ids(
        self,
        *,
        sdk_app_id: int,
        offset: int,
        limit: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetCloudAuditKeywordsIdsResponse: ...

    async def get_cloud_audit_keywords_ids(
        self,
        request: GetCloudAuditKeywordsIdsRequest | None = None,
        *,
        sdk_app_id: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetCloudAuditKeywordsIdsResponse:
        """List keyword libraries.

        Returns the app's keyword libraries, a range at a time.

        `POST /v4/im_msg_audit_mgr/get_cloud_audit_keywords_ids` - https://trtc.io/document/77829
        Idempotent: yes (Read-only.)

        Args:
            sdk_app_id: SDKAppID of the app (repeated in the body).
            offset: Position of the first library to return.
            limit: Libraries to return (at most 100).
        """
        return cast(
            "GetCloudAuditKeywordsIdsResponse",
            await self._client._call(
                "im_msg_audit_mgr/get_cloud_audit_keywords_ids",
                request,
                {
                    **unknown_fields,
                    "sdk_app_id": sdk_app_id,
                    "offset": offset,
                    "limit": limit,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_cloud_audit_keywords(
        self,
        request: GetCloudAuditKeywordsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetCloudAuditKeywordsResponse: ...

    @overload
    async def get_cloud_audit_keywords(
        self,
        *,
        sdk_app_id: int,
        offset: int,
        limit: int,
        lib_id: str,
        content: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetCloudAuditKeywordsResponse: ...

    async def get_cloud_audit_keywords(
        self,
        request: GetCloudAuditKeywordsRequest | None = None,
        *,
        sdk_app_id: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        lib_id: str | None = None,
        content: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetCloudAuditKeywordsResponse:
        """List blocked words.

        Returns the blocked words of a keyword library, a range at a time, optionally filtered by a
        fuzzy match.

        `POST /v4/im_msg_audit_mgr/get_cloud_audit_keywords` - https://trtc.io/document/77830
        Idempotent: yes (Read-only.)

        Args:
            sdk_app_id: SDKAppID of the app (repeated in the body).
            offset: Position of the first word to return.
            limit: Words to return (at most 100).
            lib_id: ID of the library (from get_cloud_audit_keywords_ids).
            content: Fuzzy search for words containing this text; all words when empty.
        """
        return cast(
            "GetCloudAuditKeywordsResponse",
            await self._client._call(
                "im_msg_audit_mgr/get_cloud_audit_keywords",
                request,
                {
                    **unknown_fields,
                    "sdk_app_id": sdk_app_id,
                    "offset": offset,
                    "limit": limit,
                    "lib_id": lib_id,
                    "content": content,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def add_cloud_audit_keywords(
        self,
        request: AddCloudAuditKeywordsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddCloudAuditKeywordsResponse: ...

    @overload
    async def add_cloud_audit_keywords(
        self,
        *,
        sdk_app_id: int,
        lib_id: str,
        user_keywords: Sequence[NewBlockedWordParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddCloudAuditKeywordsResponse: ...

    async def add_cloud_audit_keywords(
        self,
        request: AddCloudAuditKeywordsRequest | None = None,
        *,
        sdk_app_id: int | None = None,
        lib_id: str | None = None,
        user_keywords: Sequence[NewBlockedWordParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddCloudAuditKeywordsResponse:
        """Add blocked words.

        Adds blocked words, each with an optional category, to a keyword library.

        `POST /v4/im_msg_audit_mgr/add_cloud_audit_keywords` - https://trtc.io/document/77831
        Idempotent: no (Adds words; the page does not say what a repeat of an existing word does.)

        Args:
            sdk_app_id: SDKAppID of the app (repeated in the body).
            lib_id: ID of the library (from get_cloud_audit_keywords_ids).
            user_keywords: Words to add.
        """
        return cast(
            "AddCloudAuditKeywordsResponse",
            await self._client._call(
                "im_msg_audit_mgr/add_cloud_audit_keywords",
                request,
                {
                    **unknown_fields,
                    "sdk_app_id": sdk_app_id,
                    "lib_id": lib_id,
                    "user_keywords": user_keywords,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def delete_cloud_audit_keywords(
        self,
        request: DeleteCloudAuditKeywordsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteCloudAuditKeywordsResponse: ...

    @overload
    async def delete_cloud_audit_keywords(
        self,
        *,
        sdk_app_id: int,
        lib_id: str,
        keywords: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteCloudAuditKeywordsResponse: ...

    async def delete_cloud_audit_keywords(
        self,
        request: DeleteCloudAuditKeywordsRequest | None = None,
        *,
        sdk_app_id: int | None = None,
        lib_id: str | None = None,
        keywords: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteCloudAuditKeywordsResponse:
        """Delete blocked words.

        Deletes up to 10 blocked words from a keyword library, with an outcome per word.

        `POST /v4/im_msg_audit_mgr/delete_cloud_audit_keywords` - https://trtc.io/document/77832
        Idempotent: yes (A repeat only reports the words as not deleted.)
        Rate limit: 200 requests/s.
        Partial success: results per item in Details; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            sdk_app_id: SDKAppID of the app (repeated in the body).
            lib_id: ID of the library (from get_cloud_audit_keywords_ids).
            keywords: Words to delete (at most 10 per call).
        """
        return cast(
            "DeleteCloudAuditKeywordsResponse",
            await self._client._call(
                "im_msg_audit_mgr/delete_cloud_audit_keywords",
                request,
                {
                    **unknown_fields,
                    "sdk_app_id": sdk_app_id,
                    "lib_id": lib_id,
                    "keywords": keywords,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncOfficialAccountService(AsyncService):
    """Official accounts (official channels), their subscribers and their broadcast messages. (`official_account_open_http_svc`)"""

    __slots__ = ()

    @overload
    async def create_official_account(
        self,
        request: CreateOfficialAccountRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateOfficialAccountResponse: ...

    @overload
    async def create_official_account(
        self,
        *,
        owner_account: str,
        name: str,
        official_account_user_id: str | None = None,
        introduction: str | None = None,
        face_url: str | None = None,
        max_subscriber_num: int | None = None,
        organization: str | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateOfficialAccountResponse: ...

    async def create_official_account(
        self,
        request: CreateOfficialAccountRequest | None = None,
        *,
        owner_account: str | None = None,
        name: str | None = None,
        official_account_user_id: str | None = None,
        introduction: str | None = None,
        face_url: str | None = None,
        max_subscriber_num: int | None = None,
        organization: str | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateOfficialAccountResponse:
        """Create an official account.

        Creates an official account owned by a user, with an optional custom ID, and returns its ID.

        `POST /v4/official_account_open_http_svc/create_official_account` - https://trtc.io/document/60755
        Idempotent: no (Without a custom ID a repeat creates a second account; with one, a repeat fails with 130008.)
        Rate limit: 200 requests/s.

        Args:
            owner_account: User who owns the account (must be imported).
            name: Name of the account.
            official_account_user_id: Custom ID of the account, starting with @TOA#_; generated when omitted.
            introduction: Introduction.
            face_url: Avatar URL.
            max_subscriber_num: Subscriber cap. Server default when omitted: 100000.
            organization: Organization the account belongs to.
            custom_string: The app's custom string of the account.
        """
        return cast(
            "CreateOfficialAccountResponse",
            await self._client._call(
                "official_account_open_http_svc/create_official_account",
                request,
                {
                    **unknown_fields,
                    "owner_account": owner_account,
                    "name": name,
                    "official_account_user_id": official_account_user_id,
                    "introduction": introduction,
                    "face_url": face_url,
                    "max_subscriber_num": max_subscriber_num,
                    "organization": organization,
                    "custom_string": custom_string,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def destroy_official_account(
        self,
        request: DestroyOfficialAccountRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyOfficialAccountResponse: ...

    @overload
    async def destroy_official_account(
        self,
        *,
        official_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyOfficialAccountResponse: ...

    async def destroy_official_account(
        self,
        request: DestroyOfficialAccountRequest | None = None,
        *,
        official_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DestroyOfficialAccountResponse:
        """Destroy an official account.

        Destroys an official account.

        `POST /v4/official_account_open_http_svc/destroy_official_account` - https://trtc.io/document/60756
        Idempotent: no (A repeat after success fails with 130004 (the account no longer exists).)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account to destroy.
        """
        return cast(
            "DestroyOfficialAccountResponse",
            await self._client._call(
                "official_account_open_http_svc/destroy_official_account",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def modify_official_account_base_info(
        self,
        request: ModifyOfficialAccountBaseInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyOfficialAccountBaseInfoResponse: ...

    @overload
    async def modify_official_account_base_info(
        self,
        *,
        official_account: str,
        name: str | None = None,
        introduction: str | None = None,
        face_url: str | None = None,
        organization: str | None = None,
        custom_string: str | None = None,
        max_subscriber_num: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyOfficialAccountBaseInfoResponse: ...

    async def modify_official_account_base_info(
        self,
        request: ModifyOfficialAccountBaseInfoRequest | None = None,
        *,
        official_account: str | None = None,
        name: str | None = None,
        introduction: str | None = None,
        face_url: str | None = None,
        organization: str | None = None,
        custom_string: str | None = None,
        max_subscriber_num: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyOfficialAccountBaseInfoResponse:
        """Change official account data.

        Changes the name, avatar, introduction, organization, custom string or subscriber cap of an
        official account.

        `POST /v4/official_account_open_http_svc/modify_official_account_base_info` - https://trtc.io/document/60757
        Idempotent: yes (Sets fields to given values.)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account to change.
            name: New name.
            introduction: New introduction.
            face_url: New avatar URL.
            organization: New organization.
            custom_string: New custom string.
            max_subscriber_num: New subscriber cap (sent by the sample; not in the field table).
        """
        return cast(
            "ModifyOfficialAccountBaseInfoResponse",
            await self._client._call(
                "official_account_open_http_svc/modify_official_account_base_info",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "name": name,
                    "introduction": introduction,
                    "face_url": face_url,
                    "organization": organization,
                    "custom_string": custom_string,
                    "max_subscriber_num": max_subscriber_num,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_official_account_info(
        self,
        request: GetOfficialAccountInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetOfficialAccountInfoResponse: ...

    @overload
    async def get_official_account_info(
        self,
        *,
        official_account_id_list: Sequence[OfficialAccountRefParam],
        response_filter: OfficialAccountInfoFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetOfficialAccountInfoResponse: ...

    async def get_official_account_info(
        self,
        request: GetOfficialAccountInfoRequest | None = None,
        *,
        official_account_id_list: Sequence[OfficialAccountRefParam] | None = None,
        response_filter: OfficialAccountInfoFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetOfficialAccountInfoResponse:
        """Get official account data.

        Returns the data of up to 50 official accounts, optionally only the fields asked for.

        `POST /v4/official_account_open_http_svc/get_official_account_info` - https://trtc.io/document/60758
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in OfficialAccountInfoList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            official_account_id_list: Accounts to read (at most 50 per call).
            response_filter: Fields to return; all when omitted.
        """
        return cast(
            "GetOfficialAccountInfoResponse",
            await self._client._call(
                "official_account_open_http_svc/get_official_account_info",
                request,
                {
                    **unknown_fields,
                    "official_account_id_list": official_account_id_list,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_subscriber_info(
        self,
        request: GetSubscriberInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSubscriberInfoResponse: ...

    @overload
    async def get_subscriber_info(
        self,
        *,
        official_account: str,
        next: str,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSubscriberInfoResponse: ...

    async def get_subscriber_info(
        self,
        request: GetSubscriberInfoRequest | None = None,
        *,
        official_account: str | None = None,
        next: str | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetSubscriberInfoResponse:
        """Get the subscribers of an official account.

        Pages through the subscribers of an official account.

        `POST /v4/official_account_open_http_svc/get_subscriber_info` - https://trtc.io/document/60759
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account.
            next: Cursor: an empty string for the first page, then the Next of the previous reply.
            limit: Subscribers per page (at most 200; all of them when omitted).
        """
        return cast(
            "GetSubscriberInfoResponse",
            await self._client._call(
                "official_account_open_http_svc/get_subscriber_info",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "next": next,
                    "limit": limit,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_subscriber_info(
            self,
            *,
            official_account: str,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[OfficialAccountSubscriber]: ...

    else:

        def iter_get_subscriber_info(
            self,
            *,
            official_account: str | None = None,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[OfficialAccountSubscriber]:
            """Every item of `get_subscriber_info`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "official_account_open_http_svc/get_subscriber_info",
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "limit": limit,
                },
                extra_body,
                request_options,
            )

    @overload
    async def add_subscriber(
        self,
        request: AddSubscriberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddSubscriberResponse: ...

    @overload
    async def add_subscriber(
        self,
        *,
        official_account: str,
        subscriber_list: Sequence[SubscriberRefParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddSubscriberResponse: ...

    async def add_subscriber(
        self,
        request: AddSubscriberRequest | None = None,
        *,
        official_account: str | None = None,
        subscriber_list: Sequence[SubscriberRefParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddSubscriberResponse:
        """Add subscribers.

        Subscribes up to 100 users to an official account, with an outcome per user.

        `POST /v4/official_account_open_http_svc/add_subscriber` - https://trtc.io/document/60760
        Idempotent: yes (A repeat reports the users as already subscribed, which counts as success.)
        Rate limit: 200 requests/s.
        Partial success: results per item in SubscriberList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            official_account: ID of the account.
            subscriber_list: Users to subscribe (at most 100 per call).
        """
        return cast(
            "AddSubscriberResponse",
            await self._client._call(
                "official_account_open_http_svc/add_subscriber",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "subscriber_list": subscriber_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def delete_subscriber(
        self,
        request: DeleteSubscriberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteSubscriberResponse: ...

    @overload
    async def delete_subscriber(
        self,
        *,
        official_account: str,
        subscriber_to_del_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteSubscriberResponse: ...

    async def delete_subscriber(
        self,
        request: DeleteSubscriberRequest | None = None,
        *,
        official_account: str | None = None,
        subscriber_to_del_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteSubscriberResponse:
        """Remove subscribers.

        Unsubscribes users from an official account, with an outcome per user.

        `POST /v4/official_account_open_http_svc/delete_subscriber` - https://trtc.io/document/60761
        Idempotent: yes (A repeat reports the users as not subscribed, which counts as success.)
        Rate limit: 200 requests/s.
        Partial success: results per item in SubscriberList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            official_account: ID of the account.
            subscriber_to_del_account: User IDs to unsubscribe.
        """
        return cast(
            "DeleteSubscriberResponse",
            await self._client._call(
                "official_account_open_http_svc/delete_subscriber",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "subscriber_to_del_account": subscriber_to_del_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def modify_subscriber_info(
        self,
        request: ModifySubscriberInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifySubscriberInfoResponse: ...

    @overload
    async def modify_subscriber_info(
        self,
        *,
        official_account: str,
        subscriber_account: str,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifySubscriberInfoResponse: ...

    async def modify_subscriber_info(
        self,
        request: ModifySubscriberInfoRequest | None = None,
        *,
        official_account: str | None = None,
        subscriber_account: str | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifySubscriberInfoResponse:
        """Change subscriber data.

        Changes the app's custom string stored for one subscriber of an official account.

        `POST /v4/official_account_open_http_svc/modify_subscriber_info` - https://trtc.io/document/60762
        Idempotent: yes (Sets a field to a given value.)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account.
            subscriber_account: User ID of the subscriber.
            custom_string: New custom string of the subscription.
        """
        return cast(
            "ModifySubscriberInfoResponse",
            await self._client._call(
                "official_account_open_http_svc/modify_subscriber_info",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "subscriber_account": subscriber_account,
                    "custom_string": custom_string,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_subscribed_official_account_list(
        self,
        request: GetSubscribedOfficialAccountListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSubscribedOfficialAccountListResponse: ...

    @overload
    async def get_subscribed_official_account_list(
        self,
        *,
        subscriber_account: str,
        limit: int | None = None,
        offset: int | None = None,
        response_filter: SubscribedAccountFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSubscribedOfficialAccountListResponse: ...

    async def get_subscribed_official_account_list(
        self,
        request: GetSubscribedOfficialAccountListRequest | None = None,
        *,
        subscriber_account: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        response_filter: SubscribedAccountFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetSubscribedOfficialAccountListResponse:
        """List the official accounts a user subscribes to.

        Pages through the official accounts a user subscribes to, with the account data and the user's
        own subscription data.

        `POST /v4/official_account_open_http_svc/get_subscribed_official_account_list` - https://trtc.io/document/60763
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            subscriber_account: User whose subscriptions are listed.
            limit: Accounts per page. Server default when omitted: 200.
            offset: Position to start from. Server default when omitted: 0.
            response_filter: Fields to return; all when omitted.
        """
        return cast(
            "GetSubscribedOfficialAccountListResponse",
            await self._client._call(
                "official_account_open_http_svc/get_subscribed_official_account_list",
                request,
                {
                    **unknown_fields,
                    "subscriber_account": subscriber_account,
                    "limit": limit,
                    "offset": offset,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_subscribed_official_account_list(
            self,
            *,
            subscriber_account: str,
            limit: int | None = None,
            response_filter: SubscribedAccountFilterParam | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[SubscribedOfficialAccount]: ...

    else:

        def iter_get_subscribed_official_account_list(
            self,
            *,
            subscriber_account: str | None = None,
            limit: int | None = None,
            response_filter: SubscribedAccountFilterParam | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[SubscribedOfficialAccount]:
            """Every item of `get_subscribed_official_account_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "official_account_open_http_svc/get_subscribed_official_account_list",
                {
                    **unknown_fields,
                    "subscriber_account": subscriber_account,
                    "limit": limit,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            )

    @overload
    async def send_official_account_msg(
        self,
        request: SendOfficialAccountMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendOfficialAccountMsgResponse: ...

    @overload
    async def send_official_account_msg(
        self,
        *,
        official_account: str,
        random: int,
        msg_body: Sequence[MsgElementParam],
        cloud_custom_data: str | None = None,
        send_msg_control: Sequence[OfficialAccountMsgControl | Literal["NoLastMsg", "NoUnread"] | str] | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendOfficialAccountMsgResponse: ...

    async def send_official_account_msg(
        self,
        request: SendOfficialAccountMsgRequest | None = None,
        *,
        official_account: str | None = None,
        random: int | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        cloud_custom_data: str | None = None,
        send_msg_control: Sequence[OfficialAccountMsgControl | Literal["NoLastMsg", "NoUnread"] | str] | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendOfficialAccountMsgResponse:
        """Broadcast an official account message.

        Sends a message from an official account to all its subscribers.

        `POST /v4/official_account_open_http_svc/send_official_account_msg` - https://trtc.io/document/60810
        Idempotent: yes (The page says the server drops a message whose content equals one sent in the previous 5 minutes, so a resend of the same request after an ambiguous failure is not delivered twice.
        )
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the sending account.
            random: Random number of the message (any 32-bit unsigned value).
            msg_body: Body of the message.
            cloud_custom_data: Custom data stored with the message.
            send_msg_control: Options such as not updating the conversation's latest message.
            offline_push_info: How offline subscribers are notified.
        """
        return cast(
            "SendOfficialAccountMsgResponse",
            await self._client._call(
                "official_account_open_http_svc/send_official_account_msg",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "random": random,
                    "msg_body": msg_body,
                    "cloud_custom_data": cloud_custom_data,
                    "send_msg_control": send_msg_control,
                    "offline_push_info": offline_push_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def official_account_msg_recall(
        self,
        request: OfficialAccountMsgRecallRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialAccountMsgRecallResponse: ...

    @overload
    async def official_account_msg_recall(
        self,
        *,
        official_account: str,
        msg_key_list: Sequence[str],
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialAccountMsgRecallResponse: ...

    async def official_account_msg_recall(
        self,
        request: OfficialAccountMsgRecallRequest | None = None,
        *,
        official_account: str | None = None,
        msg_key_list: Sequence[str] | None = None,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> OfficialAccountMsgRecallResponse:
        """Recall official account messages.

        Recalls up to 10 messages of an official account by MsgKey, with an outcome per message.

        `POST /v4/official_account_open_http_svc/official_account_msg_recall` - https://trtc.io/document/60811
        Idempotent: yes (A repeat only reports the messages as already recalled.)
        Rate limit: 200 requests/s.
        Partial success: results per item in RecallRetList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            official_account: ID of the account.
            msg_key_list: Keys of the messages to recall (at most 10 per call).
            reason: Why the messages are recalled.
        """
        return cast(
            "OfficialAccountMsgRecallResponse",
            await self._client._call(
                "official_account_open_http_svc/official_account_msg_recall",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "msg_key_list": msg_key_list,
                    "reason": reason,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def official_account_msg_get_simple(
        self,
        request: OfficialAccountMsgGetSimpleRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialAccountMsgGetSimpleResponse: ...

    @overload
    async def official_account_msg_get_simple(
        self,
        *,
        official_account: str,
        last_msg_key: str | None = None,
        req_msg_number: int | None = None,
        with_recalled_msg: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialAccountMsgGetSimpleResponse: ...

    async def official_account_msg_get_simple(
        self,
        request: OfficialAccountMsgGetSimpleRequest | None = None,
        *,
        official_account: str | None = None,
        last_msg_key: str | None = None,
        req_msg_number: int | None = None,
        with_recalled_msg: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> OfficialAccountMsgGetSimpleResponse:
        """Pull official account message history.

        Returns the latest messages of an official account, or those before a given MsgKey.

        `POST /v4/official_account_open_http_svc/official_account_msg_get_simple` - https://trtc.io/document/60812
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account.
            last_msg_key: MsgKey to continue from (messages older than it); omit for the latest messages.
            req_msg_number: Number of messages to return.
            with_recalled_msg: 1 also returns recalled messages. Server default when omitted: 0.
        """
        return cast(
            "OfficialAccountMsgGetSimpleResponse",
            await self._client._call(
                "official_account_open_http_svc/official_account_msg_get_simple",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "last_msg_key": last_msg_key,
                    "req_msg_number": req_msg_number,
                    "with_recalled_msg": with_recalled_msg,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_official_account_msg_get_simple(
            self,
            *,
            official_account: str,
            req_msg_number: int | None = None,
            with_recalled_msg: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[OfficialAccountMessage]: ...

    else:

        def iter_official_account_msg_get_simple(
            self,
            *,
            official_account: str | None = None,
            req_msg_number: int | None = None,
            with_recalled_msg: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[OfficialAccountMessage]:
            """Every item of `official_account_msg_get_simple`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "official_account_open_http_svc/official_account_msg_get_simple",
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "req_msg_number": req_msg_number,
                    "with_recalled_msg": with_recalled_msg,
                },
                extra_body,
                request_options,
            )


class AsyncChatConfigService(AsyncService):
    """App-wide settings and statistics of Chat, such as muting an account everywhere. (`openconfigsvr`)"""

    __slots__ = ()

    @overload
    async def setnospeaking(
        self,
        request: SetnospeakingRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetnospeakingResponse: ...

    @overload
    async def setnospeaking(
        self,
        *,
        set_account: str,
        c2c_msg_nospeaking_time: int | None = None,
        group_msg_nospeaking_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetnospeakingResponse: ...

    async def setnospeaking(
        self,
        request: SetnospeakingRequest | None = None,
        *,
        set_account: str | None = None,
        c2c_msg_nospeaking_time: int | None = None,
        group_msg_nospeaking_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetnospeakingResponse:
        """Set global mute.

        Mutes or unmutes an account for all one-to-one messages and/or all group messages, for a time or
        for good.

        `POST /v4/openconfigsvr/setnospeaking` - https://trtc.io/document/34923
        Idempotent: yes (Sets the mute periods to given values; a repeat only restarts the countdown.)
        Rate limit: 200 requests/s.

        Args:
            set_account: Account to mute or unmute.
            c2c_msg_nospeaking_time: How long the account may not send one-to-one messages: 0 unmutes, 4294967295 mutes for
                good, any other value is a number of seconds. Senders get error 20012 meanwhile. Unit:
                seconds.
            group_msg_nospeaking_time: How long the account may not send group messages: 0 unmutes, 4294967295 mutes for good,
                any other value is a number of seconds. Senders get error 10017 meanwhile. Unit:
                seconds.
        """
        return cast(
            "SetnospeakingResponse",
            await self._client._call(
                "openconfigsvr/setnospeaking",
                request,
                {
                    **unknown_fields,
                    "set_account": set_account,
                    "c2c_msg_nospeaking_time": c2c_msg_nospeaking_time,
                    "group_msg_nospeaking_time": group_msg_nospeaking_time,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def getnospeaking(
        self,
        request: GetnospeakingRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetnospeakingResponse: ...

    @overload
    async def getnospeaking(
        self,
        *,
        get_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetnospeakingResponse: ...

    async def getnospeaking(
        self,
        request: GetnospeakingRequest | None = None,
        *,
        get_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetnospeakingResponse:
        """Query global mute.

        Returns how long an account remains muted for one-to-one and for group messages.

        `POST /v4/openconfigsvr/getnospeaking` - https://trtc.io/document/34924
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            get_account: Account to query.
        """
        return cast(
            "GetnospeakingResponse",
            await self._client._call(
                "openconfigsvr/getnospeaking",
                request,
                {
                    **unknown_fields,
                    "get_account": get_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def getappinfo(
        self,
        request: GetappinfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetappinfoResponse: ...

    @overload
    async def getappinfo(
        self,
        *,
        request_field: Sequence[
            AppInfoField
            | Literal[
                "AppName",
                "AppId",
                "Company",
                "ActiveUserNum",
                "RegistUserNumOneDay",
                "RegistUserNumTotal",
                "LoginTimes",
                "LoginUserNum",
                "UpMsgNum",
                "SendMsgUserNum",
                "APNSMsgNum",
                "C2CUpMsgNum",
                "C2CDownMsgNum",
                "C2CSendMsgUserNum",
                "C2CAPNSMsgNum",
                "MaxOnlineNum",
                "DownMsgNum",
                "ChainIncrease",
                "ChainDecrease",
                "GroupUpMsgNum",
                "GroupDownMsgNum",
                "GroupSendMsgUserNum",
                "GroupAPNSMsgNum",
                "GroupSendMsgGroupNum",
                "GroupJoinGroupTimes",
                "GroupQuitGroupTimes",
                "GroupNewGroupNum",
                "GroupAllGroupNum",
                "GroupDestroyGroupNum",
                "CallBackReq",
                "CallBackRsp",
                "Date",
            ]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetappinfoResponse: ...

    async def getappinfo(
        self,
        request: GetappinfoRequest | None = None,
        *,
        request_field: Sequence[
            AppInfoField
            | Literal[
                "AppName",
                "AppId",
                "Company",
                "ActiveUserNum",
                "RegistUserNumOneDay",
                "RegistUserNumTotal",
                "LoginTimes",
                "LoginUserNum",
                "UpMsgNum",
                "SendMsgUserNum",
                "APNSMsgNum",
                "C2CUpMsgNum",
                "C2CDownMsgNum",
                "C2CSendMsgUserNum",
                "C2CAPNSMsgNum",
                "MaxOnlineNum",
                "DownMsgNum",
                "ChainIncrease",
                "ChainDecrease",
                "GroupUpMsgNum",
                "GroupDownMsgNum",
                "GroupSendMsgUserNum",
                "GroupAPNSMsgNum",
                "GroupSendMsgGroupNum",
                "GroupJoinGroupTimes",
                "GroupQuitGroupTimes",
                "GroupNewGroupNum",
                "GroupAllGroupNum",
                "GroupDestroyGroupNum",
                "CallBackReq",
                "CallBackRsp",
                "Date",
            ]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetappinfoResponse:
        """Pull operations data.

        Returns the app's daily operations statistics of the last 30 days, all of them or the fields
        asked for.

        `POST /v4/openconfigsvr/getappinfo` - https://trtc.io/document/34886
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            request_field: Statistics to return; all of them when omitted.
        """
        return cast(
            "GetappinfoResponse",
            await self._client._call(
                "openconfigsvr/getappinfo",
                request,
                {
                    **unknown_fields,
                    "request_field": request_field,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncChatHistoryService(AsyncService):
    """Hourly archive files of all one-to-one or all group messages of the app. (`open_msg_svc`)"""

    __slots__ = ()

    @overload
    async def get_history(
        self,
        request: GetHistoryRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetHistoryResponse: ...

    @overload
    async def get_history(
        self,
        *,
        chat_type: HistoryChatType | Literal["C2C", "Group"],
        msg_time: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetHistoryResponse: ...

    async def get_history(
        self,
        request: GetHistoryRequest | None = None,
        *,
        chat_type: HistoryChatType | Literal["C2C", "Group"] | None = None,
        msg_time: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetHistoryResponse:
        """Download message history files.

        Returns download links of the gzip files holding all one-to-one or all group messages of one
        hour within the last 7 days.

        `POST /v4/open_msg_svc/get_history` - https://trtc.io/document/34885
        Idempotent: yes (Read-only.)
        Rate limit: 10 requests/s.

        Args:
            chat_type: One-to-one or group messages.
            msg_time: The hour to fetch as YYYYMMDDHH (2015120121 is 21:00-21:59 on 1 December 2015); within
                the last 7 days.
        """
        return cast(
            "GetHistoryResponse",
            await self._client._call(
                "open_msg_svc/get_history",
                request,
                {
                    **unknown_fields,
                    "chat_type": chat_type,
                    "msg_time": msg_time,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncChatNetworkService(AsyncService):
    """The IP addresses and ranges of Chat servers and webhook senders, for firewall allow lists. (`ConfigSvc`)"""

    __slots__ = ()

    async def get_ip_list(
        self,
        request: GetIpListRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetIpListResponse:
        """Get server IP addresses.

        Returns the IP addresses or ranges that Chat SDKs connect to and that Chat webhooks come from.

        `POST /v4/ConfigSvc/GetIPList` - https://trtc.io/document/36742
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetIpListResponse",
            await self._client._call(
                "ConfigSvc/GetIPList",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncProfileService(AsyncService):
    """Reading and writing the standard and custom profile fields of users. (`profile`)"""

    __slots__ = ()

    @overload
    async def portrait_set(
        self,
        request: PortraitSetRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PortraitSetResponse: ...

    @overload
    async def portrait_set(
        self,
        *,
        from_account: str,
        profile_item: Sequence[ProfileItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PortraitSetResponse: ...

    async def portrait_set(
        self,
        request: PortraitSetRequest | None = None,
        *,
        from_account: str | None = None,
        profile_item: Sequence[ProfileItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> PortraitSetResponse:
        """Set a user's profile.

        Writes standard and custom profile fields of one user as tag-value pairs.

        `POST /v4/profile/portrait_set` - https://trtc.io/document/34916
        Idempotent: yes (The fields are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The user whose profile is written.
            profile_item: Fields to set.
        """
        return cast(
            "PortraitSetResponse",
            await self._client._call(
                "profile/portrait_set",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "profile_item": profile_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def portrait_get(
        self,
        request: PortraitGetRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PortraitGetResponse: ...

    @overload
    async def portrait_get(
        self,
        *,
        to_account: Sequence[str],
        tag_list: Sequence[
            ProfileTag
            | Literal[
                "Tag_Profile_IM_Nick",
                "Tag_Profile_IM_Gender",
                "Tag_Profile_IM_BirthDay",
                "Tag_Profile_IM_Location",
                "Tag_Profile_IM_SelfSignature",
                "Tag_Profile_IM_AllowType",
                "Tag_Profile_IM_Language",
                "Tag_Profile_IM_Image",
                "Tag_Profile_IM_AdminForbidType",
                "Tag_Profile_IM_Level",
                "Tag_Profile_IM_Role",
            ]
            | str
        ],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PortraitGetResponse: ...

    async def portrait_get(
        self,
        request: PortraitGetRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        tag_list: Sequence[
            ProfileTag
            | Literal[
                "Tag_Profile_IM_Nick",
                "Tag_Profile_IM_Gender",
                "Tag_Profile_IM_BirthDay",
                "Tag_Profile_IM_Location",
                "Tag_Profile_IM_SelfSignature",
                "Tag_Profile_IM_AllowType",
                "Tag_Profile_IM_Language",
                "Tag_Profile_IM_Image",
                "Tag_Profile_IM_AdminForbidType",
                "Tag_Profile_IM_Level",
                "Tag_Profile_IM_Role",
            ]
            | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> PortraitGetResponse:
        """Get user profiles.

        Reads chosen standard and custom profile fields of up to 100 users; users that fail carry their
        own result code.

        `POST /v4/profile/portrait_get` - https://trtc.io/document/34917
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in UserProfileItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: Users to read; every one must have been imported.
            tag_list: Fields to return.
        """
        return cast(
            "PortraitGetResponse",
            await self._client._call(
                "profile/portrait_get",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "tag_list": tag_list,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncPushService(AsyncService):
    """The older push-to-all commands of Chat, which deliver a message to every user or to users selected by tags or attributes, and manage those tags and attributes. (`all_member_push`)"""

    __slots__ = ()

    @overload
    async def im_push(
        self,
        request: ImPushRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImPushResponse: ...

    @overload
    async def im_push(
        self,
        *,
        msg_random: int,
        msg_body: Sequence[MsgElementParam],
        from_account: str | None = None,
        msg_life_time: int | None = None,
        condition: PushConditionParam | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImPushResponse: ...

    async def im_push(
        self,
        request: ImPushRequest | None = None,
        *,
        msg_random: int | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        from_account: str | None = None,
        msg_life_time: int | None = None,
        condition: PushConditionParam | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImPushResponse:
        """Push to all users, by tag or by attribute.

        Delivers one message to every user of the app, or only to users matching tag or attribute
        conditions, and returns the ID of the push task. Offline users can get it later when a lifetime
        is set; there is no roaming.

        `POST /v4/all_member_push/im_push` - https://trtc.io/document/37166
        Idempotent: no (Each call starts another push task. The server drops a repeat with the same MsgRandom only within the same second, too short to cover a resend after a timeout, so the SDK does not resend it.
        )
        Rate limit: 1 requests/s.

        Args:
            msg_random: Random number of the message; the server drops a push with the same value within the
                same second.
            msg_body: Body of the message (the page lists every element kind but merged-forward ones).
            from_account: Sender recipients see; an administrator when omitted. Server default when omitted: the
                calling administrator.
            msg_life_time: How long the message is kept for users who are offline (at most seven days); 0 pushes to
                online users only. Unit: seconds. Server default when omitted: 0.
            condition: Tag or attribute conditions; omitted to push to everyone.
            offline_push_info: Offline push settings.
        """
        return cast(
            "ImPushResponse",
            await self._client._call(
                "all_member_push/im_push",
                request,
                {
                    **unknown_fields,
                    "msg_random": msg_random,
                    "msg_body": msg_body,
                    "from_account": from_account,
                    "msg_life_time": msg_life_time,
                    "condition": condition,
                    "offline_push_info": offline_push_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def im_set_attr_name(
        self,
        request: ImSetAttrNameRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImSetAttrNameResponse: ...

    @overload
    async def im_set_attr_name(
        self,
        *,
        attr_names: dict[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImSetAttrNameResponse: ...

    async def im_set_attr_name(
        self,
        request: ImSetAttrNameRequest | None = None,
        *,
        attr_names: dict[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImSetAttrNameResponse:
        """Set the names of the app's push attributes.

        Names up to ten attribute slots ("0" to "9") so that user attributes can be set and pushes
        targeted by them.

        `POST /v4/all_member_push/im_set_attr_name` - https://trtc.io/document/37167
        Idempotent: yes (The names of the slots are overwritten with the same values.)
        Rate limit: 100 requests/s.

        Args:
            attr_names: Slot number ("0" to "9") to attribute name; a name is at most 50 bytes.
        """
        return cast(
            "ImSetAttrNameResponse",
            await self._client._call(
                "all_member_push/im_set_attr_name",
                request,
                {
                    **unknown_fields,
                    "attr_names": attr_names,
                },
                extra_body,
                request_options,
            ),
        )

    async def im_get_attr_name(
        self,
        request: ImGetAttrNameRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImGetAttrNameResponse:
        """Get the names of the app's push attributes.

        Returns the name of each attribute slot that has been named.

        `POST /v4/all_member_push/im_get_attr_name` - https://trtc.io/document/37168
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.
        """
        return cast(
            "ImGetAttrNameResponse",
            await self._client._call(
                "all_member_push/im_get_attr_name",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def im_get_attr(
        self,
        request: ImGetAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImGetAttrResponse: ...

    @overload
    async def im_get_attr(
        self,
        *,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImGetAttrResponse: ...

    async def im_get_attr(
        self,
        request: ImGetAttrRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImGetAttrResponse:
        """Get user attributes.

        Returns the push attribute values of up to 100 users.

        `POST /v4/all_member_push/im_get_attr` - https://trtc.io/document/37169
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.

        Args:
            to_account: Users to read.
        """
        return cast(
            "ImGetAttrResponse",
            await self._client._call(
                "all_member_push/im_get_attr",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def im_set_attr(
        self,
        request: ImSetAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImSetAttrResponse: ...

    @overload
    async def im_set_attr(
        self,
        *,
        user_attrs: Sequence[PushUserAttrsParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImSetAttrResponse: ...

    async def im_set_attr(
        self,
        request: ImSetAttrRequest | None = None,
        *,
        user_attrs: Sequence[PushUserAttrsParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImSetAttrResponse:
        """Set user attributes.

        Sets attribute values of up to 100 users; the attribute names must have been set with
        im_set_attr_name.

        `POST /v4/all_member_push/im_set_attr` - https://trtc.io/document/37170
        Idempotent: yes (The values are overwritten with the same values.)
        Rate limit: 100 requests/s.

        Args:
            user_attrs: Users and the attribute values to set.
        """
        return cast(
            "ImSetAttrResponse",
            await self._client._call(
                "all_member_push/im_set_attr",
                request,
                {
                    **unknown_fields,
                    "user_attrs": user_attrs,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def im_remove_attr(
        self,
        request: ImRemoveAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImRemoveAttrResponse: ...

    @overload
    async def im_remove_attr(
        self,
        *,
        user_attrs: Sequence[PushUserAttrNamesParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImRemoveAttrResponse: ...

    async def im_remove_attr(
        self,
        request: ImRemoveAttrRequest | None = None,
        *,
        user_attrs: Sequence[PushUserAttrNamesParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImRemoveAttrResponse:
        """Delete user attributes.

        Removes named attributes from up to 100 users.

        `POST /v4/all_member_push/im_remove_attr` - https://trtc.io/document/37171
        Idempotent: yes (Removing twice leaves the attributes absent.)
        Rate limit: 100 requests/s.

        Args:
            user_attrs: Users and the names of the attributes to remove.
        """
        return cast(
            "ImRemoveAttrResponse",
            await self._client._call(
                "all_member_push/im_remove_attr",
                request,
                {
                    **unknown_fields,
                    "user_attrs": user_attrs,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def im_get_tag(
        self,
        request: ImGetTagRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImGetTagResponse: ...

    @overload
    async def im_get_tag(
        self,
        *,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImGetTagResponse: ...

    async def im_get_tag(
        self,
        request: ImGetTagRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImGetTagResponse:
        """Get user tags.

        Returns the push tags of up to 100 users.

        `POST /v4/all_member_push/im_get_tag` - https://trtc.io/document/37172
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.

        Args:
            to_account: Users to read.
        """
        return cast(
            "ImGetTagResponse",
            await self._client._call(
                "all_member_push/im_get_tag",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def im_add_tag(
        self,
        request: ImAddTagRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImAddTagResponse: ...

    @overload
    async def im_add_tag(
        self,
        *,
        user_tags: Sequence[PushUserTagsParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImAddTagResponse: ...

    async def im_add_tag(
        self,
        request: ImAddTagRequest | None = None,
        *,
        user_tags: Sequence[PushUserTagsParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImAddTagResponse:
        """Add user tags.

        Adds push tags to up to 100 users, at most 10 tags per user in one call; a user holds at most
        100 tags.

        `POST /v4/all_member_push/im_add_tag` - https://trtc.io/document/37173
        Idempotent: yes (Tags form a set per user; adding the same tags again leaves the same tags.)
        Rate limit: 100 requests/s.

        Args:
            user_tags: Users and the tags to add (at most 10 per user, each at most 50 bytes).
        """
        return cast(
            "ImAddTagResponse",
            await self._client._call(
                "all_member_push/im_add_tag",
                request,
                {
                    **unknown_fields,
                    "user_tags": user_tags,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def im_remove_tag(
        self,
        request: ImRemoveTagRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImRemoveTagResponse: ...

    @overload
    async def im_remove_tag(
        self,
        *,
        user_tags: Sequence[PushUserTagsParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImRemoveTagResponse: ...

    async def im_remove_tag(
        self,
        request: ImRemoveTagRequest | None = None,
        *,
        user_tags: Sequence[PushUserTagsParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImRemoveTagResponse:
        """Delete user tags.

        Removes the given push tags from up to 100 users.

        `POST /v4/all_member_push/im_remove_tag` - https://trtc.io/document/37174
        Idempotent: yes (Removing twice leaves the tags absent.)
        Rate limit: 100 requests/s.

        Args:
            user_tags: Users and the tags to remove.
        """
        return cast(
            "ImRemoveTagResponse",
            await self._client._call(
                "all_member_push/im_remove_tag",
                request,
                {
                    **unknown_fields,
                    "user_tags": user_tags,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def im_remove_all_tags(
        self,
        request: ImRemoveAllTagsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImRemoveAllTagsResponse: ...

    @overload
    async def im_remove_all_tags(
        self,
        *,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImRemoveAllTagsResponse: ...

    async def im_remove_all_tags(
        self,
        request: ImRemoveAllTagsRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImRemoveAllTagsResponse:
        """Delete all tags of users.

        Removes every push tag of up to 100 users.

        `POST /v4/all_member_push/im_remove_all_tags` - https://trtc.io/document/37175
        Idempotent: yes (Clearing twice leaves the users without tags.)
        Rate limit: 100 requests/s.

        Args:
            to_account: Users whose tags are removed.
        """
        return cast(
            "ImRemoveAllTagsResponse",
            await self._client._call(
                "all_member_push/im_remove_all_tags",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncTimpushService(AsyncService):
    """The Push service, which sends notifications to all users, to tagged or attributed users or to lists of users through the online and phone-vendor channels, recalls broadcast pushes, and manages the users' push attributes and tags. (`timpush`)"""

    __slots__ = ()

    @overload
    async def push(
        self,
        request: PushRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PushResponse: ...

    @overload
    async def push(
        self,
        *,
        msg_random: int,
        from_account: str | None = None,
        condition: PushConditionParam | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        online_only_flag: int | None = None,
        data_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PushResponse: ...

    async def push(
        self,
        request: PushRequest | None = None,
        *,
        msg_random: int | None = None,
        from_account: str | None = None,
        condition: PushConditionParam | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        online_only_flag: int | None = None,
        data_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> PushResponse:
        """Push to all users, by tag or by attribute.

        Starts a push task that notifies every user, or users matching tag or attribute conditions,
        through the online channel and the phone vendors' channels, and returns its task ID.

        `POST /v4/timpush/push` - https://trtc.io/document/67814
        Idempotent: no (Each call starts another push task. The server drops a repeat with the same MsgRandom only within the same second, too short to cover a resend after a timeout, so the SDK does not resend it.
        )
        Rate limit: 1 requests/s.

        Args:
            msg_random: Random number; the server drops a push with the same value within the same second.
            from_account: Sender recipients see (the samples always send one; an administrator otherwise).
            condition: Tag or attribute conditions; omitted to push to everyone.
            offline_push_info: The notification: title, text, pass-through data, vendor options; PushFlag 1 sends it
                online only.
            msg_body: A Chat message delivered with the push (2024 version of the page only).
            online_only_flag: 2024 version only: 1 pushes without keeping conversation, roaming or unread state; 0
                keeps them (then about 200 users a second). Server default when omitted: 0.
            data_id: App-defined identifier passed back to the app's push webhooks.
        """
        return cast(
            "PushResponse",
            await self._client._call(
                "timpush/push",
                request,
                {
                    **unknown_fields,
                    "msg_random": msg_random,
                    "from_account": from_account,
                    "condition": condition,
                    "offline_push_info": offline_push_info,
                    "msg_body": msg_body,
                    "online_only_flag": online_only_flag,
                    "data_id": data_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def batch(
        self,
        request: BatchRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResponse: ...

    @overload
    async def batch(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        msg_random: int,
        offline_push_info: OfflinePushInfoParam,
        data_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResponse: ...

    async def batch(
        self,
        request: BatchRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        msg_random: int | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        data_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BatchResponse:
        """Push to a list of users.

        Pushes one notification to 1 to 500 given users (UserIDs or RegistrationIDs) and returns the
        task ID; users it could not reach are listed in ErrorList.

        `POST /v4/timpush/batch` - https://trtc.io/document/67553
        Idempotent: no (Each call pushes again. The server drops a repeat with the same MsgRandom only within the same second, too short to cover a resend after a timeout, so the SDK does not resend it.
        )
        Rate limit: 10 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: Sender (a UserID or RegistrationID).
            to_account: Recipients (UserIDs or RegistrationIDs).
            msg_random: Random number; the server drops a push with the same value within the same second.
            offline_push_info: The notification.
            data_id: App-defined identifier passed back to the app's push webhooks.
        """
        return cast(
            "BatchResponse",
            await self._client._call(
                "timpush/batch",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "msg_random": msg_random,
                    "offline_push_info": offline_push_info,
                    "data_id": data_id,
                },
                extra_body,
                request_options,
            ),
        )

    async def get_attr_name(
        self,
        request: GetAttrNameRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetAttrNameResponse:
        """Get the names of the app's push attributes.

        Returns the name and the account type of each attribute slot that has been named.

        `POST /v4/timpush/get_attr_name` - https://trtc.io/document/67815
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.
        """
        return cast(
            "GetAttrNameResponse",
            await self._client._call(
                "timpush/get_attr_name",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def set_attr_name(
        self,
        request: SetAttrNameRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetAttrNameResponse: ...

    @overload
    async def set_attr_name(
        self,
        *,
        attr_names: dict[str, Any],
        attr_types: dict[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetAttrNameResponse: ...

    async def set_attr_name(
        self,
        request: SetAttrNameRequest | None = None,
        *,
        attr_names: dict[str, Any] | None = None,
        attr_types: dict[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetAttrNameResponse:
        """Set the names of the app's push attributes.

        Names up to ten attribute slots and, optionally, the account type each slot applies to.

        `POST /v4/timpush/set_attr_name` - https://trtc.io/document/67816
        Idempotent: yes (Setting the same names and types again leaves them as they are.)
        Rate limit: 100 requests/s.

        Args:
            attr_names: Slot number ("0" to "9") to attribute name (at most 50 bytes; a name may be used by one
                slot only).
            attr_types: Slot number (one of those in AttrNames) to account type: 0 UserID (the default), 1
                RegistrationID. It cannot be changed once set.
        """
        return cast(
            "SetAttrNameResponse",
            await self._client._call(
                "timpush/set_attr_name",
                request,
                {
                    **unknown_fields,
                    "attr_names": attr_names,
                    "attr_types": attr_types,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_attr(
        self,
        request: GetAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetAttrResponse: ...

    @overload
    async def get_attr(
        self,
        *,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetAttrResponse: ...

    async def get_attr(
        self,
        request: GetAttrRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetAttrResponse:
        """Get user attributes.

        Returns the push attribute values of up to 100 users; users it could not read are listed in
        ErrorList.

        `POST /v4/timpush/get_attr` - https://trtc.io/document/67817
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: Users to read (UserIDs or RegistrationIDs).
        """
        return cast(
            "GetAttrResponse",
            await self._client._call(
                "timpush/get_attr",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def set_attr(
        self,
        request: SetAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetAttrResponse: ...

    @overload
    async def set_attr(
        self,
        *,
        user_attrs: Sequence[PushUserAttrsParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetAttrResponse: ...

    async def set_attr(
        self,
        request: SetAttrRequest | None = None,
        *,
        user_attrs: Sequence[PushUserAttrsParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetAttrResponse:
        """Set user attributes.

        Sets attribute values of up to 100 users (UserIDs or RegistrationIDs); users it could not update
        are listed in ErrorList.

        `POST /v4/timpush/set_attr` - https://trtc.io/document/67818
        Idempotent: yes (The values are overwritten with the same values.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            user_attrs: Users and the attribute values to set (each value at most 50 bytes).
        """
        return cast(
            "SetAttrResponse",
            await self._client._call(
                "timpush/set_attr",
                request,
                {
                    **unknown_fields,
                    "user_attrs": user_attrs,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def remove_attr(
        self,
        request: RemoveAttrRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RemoveAttrResponse: ...

    @overload
    async def remove_attr(
        self,
        *,
        user_attrs: Sequence[PushUserAttrNamesParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RemoveAttrResponse: ...

    async def remove_attr(
        self,
        request: RemoveAttrRequest | None = None,
        *,
        user_attrs: Sequence[PushUserAttrNamesParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> RemoveAttrResponse:
        """Delete user attributes.

        Removes named attributes from up to 100 users; users it could not update are listed in
        ErrorList.

        `POST /v4/timpush/remove_attr` - https://trtc.io/document/67819
        Idempotent: yes (Removing twice leaves the attributes absent.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            user_attrs: Users and the names of the attributes to remove.
        """
        return cast(
            "RemoveAttrResponse",
            await self._client._call(
                "timpush/remove_attr",
                request,
                {
                    **unknown_fields,
                    "user_attrs": user_attrs,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_tag(
        self,
        request: GetTagRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetTagResponse: ...

    @overload
    async def get_tag(
        self,
        *,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetTagResponse: ...

    async def get_tag(
        self,
        request: GetTagRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetTagResponse:
        """Get user tags.

        Returns the push tags of up to 100 users; users it could not read are listed in ErrorList.

        `POST /v4/timpush/get_tag` - https://trtc.io/document/67820
        Idempotent: yes (Read-only.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: Users to read (UserIDs or RegistrationIDs).
        """
        return cast(
            "GetTagResponse",
            await self._client._call(
                "timpush/get_tag",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def add_tag(
        self,
        request: AddTagRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddTagResponse: ...

    @overload
    async def add_tag(
        self,
        *,
        user_tags: Sequence[PushUserTagsParam],
        replace: PushTagReplace | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddTagResponse: ...

    async def add_tag(
        self,
        request: AddTagRequest | None = None,
        *,
        user_tags: Sequence[PushUserTagsParam] | None = None,
        replace: PushTagReplace | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddTagResponse:
        """Add user tags.

        Adds tags to, or replaces the tags of, up to 100 users. A user holds at most 100 tags and the
        app at most 1000 distinct tags; users it could not update are listed in ErrorList.

        `POST /v4/timpush/add_tag` - https://trtc.io/document/67821
        Idempotent: yes (Tags form a set per user, and Replace overwrites them; the same call again leaves the same tags.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            user_tags: Users and their tags: at most 10 per user when adding, 100 when replacing; each tag at
                most 50 bytes.
            replace: Add to the user's tags (0) or replace them all (1). Server default when omitted: 0.
        """
        return cast(
            "AddTagResponse",
            await self._client._call(
                "timpush/add_tag",
                request,
                {
                    **unknown_fields,
                    "user_tags": user_tags,
                    "replace": replace,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def remove_tag(
        self,
        request: RemoveTagRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RemoveTagResponse: ...

    @overload
    async def remove_tag(
        self,
        *,
        user_tags: Sequence[PushUserTagsParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RemoveTagResponse: ...

    async def remove_tag(
        self,
        request: RemoveTagRequest | None = None,
        *,
        user_tags: Sequence[PushUserTagsParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> RemoveTagResponse:
        """Delete user tags.

        Removes the given tags from up to 100 users; users it could not update are listed in ErrorList.

        `POST /v4/timpush/remove_tag` - https://trtc.io/document/67822
        Idempotent: yes (Removing twice leaves the tags absent.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            user_tags: Users and the tags to remove.
        """
        return cast(
            "RemoveTagResponse",
            await self._client._call(
                "timpush/remove_tag",
                request,
                {
                    **unknown_fields,
                    "user_tags": user_tags,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def clear_all_tags(
        self,
        request: ClearAllTagsRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ClearAllTagsResponse: ...

    @overload
    async def clear_all_tags(
        self,
        *,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ClearAllTagsResponse: ...

    async def clear_all_tags(
        self,
        request: ClearAllTagsRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ClearAllTagsResponse:
        """Clear all tags of users.

        Removes every tag of up to 100 users; users it could not update are listed in ErrorList.

        `POST /v4/timpush/clear_all_tags` - https://trtc.io/document/67823
        Idempotent: yes (Clearing twice leaves the users without tags.)
        Rate limit: 100 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: Users whose tags are removed.
        """
        return cast(
            "ClearAllTagsResponse",
            await self._client._call(
                "timpush/clear_all_tags",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def revoke(
        self,
        request: RevokeRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RevokeResponse: ...

    @overload
    async def revoke(
        self,
        *,
        task_id: str,
        offline_push_info: OfflinePushInfoParam,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RevokeResponse: ...

    async def revoke(
        self,
        request: RevokeRequest | None = None,
        *,
        task_id: str | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> RevokeResponse:
        """Recall a push.

        Within 24 hours of a broadcast push, stops delivery to the users not reached yet, withdraws
        unread or roaming copies where kept, and overwrites the notification already shown where the
        vendor allows it (APNs, FCM notification mode, Huawei, Honor).

        `POST /v4/timpush/revoke` - https://trtc.io/document/67824
        Idempotent: no (A second recall of the same task is refused with 90050.)
        Rate limit: 1 requests/s.

        Args:
            task_id: ID of a broadcast push task from timpush push, at most 24 hours old.
            offline_push_info: The notification that overwrites the recalled one.
        """
        return cast(
            "RevokeResponse",
            await self._client._call(
                "timpush/revoke",
                request,
                {
                    **unknown_fields,
                    "task_id": task_id,
                    "offline_push_info": offline_push_info,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncFriendsService(AsyncService):
    """A user's friends, friend lists and blocklist, managed on the user's behalf. (`sns`)"""

    __slots__ = ()

    @overload
    async def friend_add(
        self,
        request: FriendAddRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendAddResponse: ...

    @overload
    async def friend_add(
        self,
        *,
        from_account: str,
        add_friend_item: Sequence[AddFriendItemParam],
        add_type: FriendAddType | Literal["Add_Type_Single", "Add_Type_Both"] | None = None,
        force_add_flags: FriendForceAddFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendAddResponse: ...

    async def friend_add(
        self,
        request: FriendAddRequest | None = None,
        *,
        from_account: str | None = None,
        add_friend_item: Sequence[AddFriendItemParam] | None = None,
        add_type: FriendAddType | Literal["Add_Type_Single", "Add_Type_Both"] | None = None,
        force_add_flags: FriendForceAddFlag | Literal[0, 1] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FriendAddResponse:
        """Add friends.

        Adds one or more users as friends of a user, two-way by default, subject to each target's friend
        request policy unless the administrator forces the add; the outcome is reported per target.

        `POST /v4/sns/friend_add` - https://trtc.io/document/34902
        Idempotent: no (A resend after a success reports the targets as failed (already friends or a pending request), so it is not repeated automatically.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user who adds friends.
            add_friend_item: Users to add.
            add_type: One-way or two-way. Server default when omitted: Add_Type_Both.
            force_add_flags: Add regardless of the targets' friend request policy. Server default when omitted: 0.
        """
        return cast(
            "FriendAddResponse",
            await self._client._call(
                "sns/friend_add",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "add_friend_item": add_friend_item,
                    "add_type": add_type,
                    "force_add_flags": force_add_flags,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def friend_import(
        self,
        request: FriendImportRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendImportResponse: ...

    @overload
    async def friend_import(
        self,
        *,
        from_account: str,
        add_friend_item: Sequence[ImportFriendItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendImportResponse: ...

    async def friend_import(
        self,
        request: FriendImportRequest | None = None,
        *,
        from_account: str | None = None,
        add_friend_item: Sequence[ImportFriendItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FriendImportResponse:
        """Import friends.

        Writes one-way friend records for a user, with remarks, lists, add source and times and custom
        friend fields, typically when migrating; the outcome is reported per friend.

        `POST /v4/sns/friend_import` - https://trtc.io/document/34903
        Idempotent: no (A resend after a success reports the friends as failed (already friends), so it is not repeated automatically.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user whose friends are imported.
            add_friend_item: Friend records.
        """
        return cast(
            "FriendImportResponse",
            await self._client._call(
                "sns/friend_import",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "add_friend_item": add_friend_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def friend_update(
        self,
        request: FriendUpdateRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendUpdateResponse: ...

    @overload
    async def friend_update(
        self,
        *,
        from_account: str,
        update_item: Sequence[FriendUpdateItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendUpdateResponse: ...

    async def friend_update(
        self,
        request: FriendUpdateRequest | None = None,
        *,
        from_account: str | None = None,
        update_item: Sequence[FriendUpdateItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FriendUpdateResponse:
        """Update friends.

        Writes the remark, friend lists and custom friend fields of several friends of a user; the
        outcome is reported per friend.

        `POST /v4/sns/friend_update` - https://trtc.io/document/34904
        Idempotent: yes (The fields are overwritten with the same values.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user whose friends are updated.
            update_item: Friends and the fields to write.
        """
        return cast(
            "FriendUpdateResponse",
            await self._client._call(
                "sns/friend_update",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "update_item": update_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def friend_delete(
        self,
        request: FriendDeleteRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendDeleteResponse: ...

    @overload
    async def friend_delete(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        delete_type: FriendDeleteType | Literal["Delete_Type_Single", "Delete_Type_Both"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendDeleteResponse: ...

    async def friend_delete(
        self,
        request: FriendDeleteRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        delete_type: FriendDeleteType | Literal["Delete_Type_Single", "Delete_Type_Both"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FriendDeleteResponse:
        """Delete friends.

        Removes up to 1000 friends of a user, one-way or two-way; the outcome is reported per friend.

        `POST /v4/sns/friend_delete` - https://trtc.io/document/34905
        Idempotent: yes (Deleting twice leaves the users out of the friend list; the repeat reports 31704 per user.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user who deletes friends.
            to_account: Friends to delete.
            delete_type: One-way or two-way. Server default when omitted: Delete_Type_Single.
        """
        return cast(
            "FriendDeleteResponse",
            await self._client._call(
                "sns/friend_delete",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "delete_type": delete_type,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def friend_delete_all(
        self,
        request: FriendDeleteAllRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendDeleteAllResponse: ...

    @overload
    async def friend_delete_all(
        self,
        *,
        from_account: str,
        delete_type: FriendDeleteType | Literal["Delete_Type_Single", "Delete_Type_Both"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendDeleteAllResponse: ...

    async def friend_delete_all(
        self,
        request: FriendDeleteAllRequest | None = None,
        *,
        from_account: str | None = None,
        delete_type: FriendDeleteType | Literal["Delete_Type_Single", "Delete_Type_Both"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FriendDeleteAllResponse:
        """Delete all friends.

        Removes all friends of a user with their standard and custom friend data, one-way by default.

        `POST /v4/sns/friend_delete_all` - https://trtc.io/document/34906
        Idempotent: yes (Clearing twice leaves the user without friends.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The user whose friends are removed.
            delete_type: One-way or two-way. Server default when omitted: Delete_Type_Single.
        """
        return cast(
            "FriendDeleteAllResponse",
            await self._client._call(
                "sns/friend_delete_all",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "delete_type": delete_type,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def friend_check(
        self,
        request: FriendCheckRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendCheckResponse: ...

    @overload
    async def friend_check(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        check_type: FriendCheckType | Literal["CheckResult_Type_Single", "CheckResult_Type_Both"],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendCheckResponse: ...

    async def friend_check(
        self,
        request: FriendCheckRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        check_type: FriendCheckType | Literal["CheckResult_Type_Single", "CheckResult_Type_Both"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FriendCheckResponse:
        """Check friendships.

        Tells, for up to 1000 users, whether they are friends of a user, one direction or both.

        `POST /v4/sns/friend_check` - https://trtc.io/document/34907
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in InfoItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user whose friends are checked.
            to_account: Users to check.
            check_type: One-way or two-way check.
        """
        return cast(
            "FriendCheckResponse",
            await self._client._call(
                "sns/friend_check",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "check_type": check_type,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def friend_get(
        self,
        request: FriendGetRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendGetResponse: ...

    @overload
    async def friend_get(
        self,
        *,
        from_account: str,
        start_index: int,
        standard_sequence: int | None = None,
        custom_sequence: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendGetResponse: ...

    async def friend_get(
        self,
        request: FriendGetRequest | None = None,
        *,
        from_account: str | None = None,
        start_index: int | None = None,
        standard_sequence: int | None = None,
        custom_sequence: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FriendGetResponse:
        """List friends.

        Pages through all friends of a user with their standard and custom friend fields (no profile
        data).

        `POST /v4/sns/friend_get` - https://trtc.io/document/34908
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The user whose friends are listed.
            start_index: Where the page starts: 0 first, then the NextStartIndex of the previous page.
            standard_sequence: StandardSequence of an earlier listing; when unchanged, standard friend fields are left
                out of the reply.
            custom_sequence: CustomSequence of an earlier listing; when unchanged, custom friend fields are left out
                of the reply.
        """
        return cast(
            "FriendGetResponse",
            await self._client._call(
                "sns/friend_get",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "start_index": start_index,
                    "standard_sequence": standard_sequence,
                    "custom_sequence": custom_sequence,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_friend_get(
            self,
            *,
            from_account: str,
            standard_sequence: int | None = None,
            custom_sequence: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[FriendDataItem]: ...

    else:

        def iter_friend_get(
            self,
            *,
            from_account: str | None = None,
            standard_sequence: int | None = None,
            custom_sequence: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[FriendDataItem]:
            """Every item of `friend_get`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "sns/friend_get",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "standard_sequence": standard_sequence,
                    "custom_sequence": custom_sequence,
                },
                extra_body,
                request_options,
            )

    @overload
    async def friend_get_list(
        self,
        request: FriendGetListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendGetListResponse: ...

    @overload
    async def friend_get_list(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        tag_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FriendGetListResponse: ...

    async def friend_get_list(
        self,
        request: FriendGetListRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        tag_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FriendGetListResponse:
        """Get chosen friends.

        Returns chosen friend fields and profile fields of up to 100 given friends of a user; users that
        fail carry their own result code.

        `POST /v4/sns/friend_get_list` - https://trtc.io/document/34910
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in InfoItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user whose friends are read.
            to_account: Friends to read.
            tag_list: Fields to return: standard and custom profile fields (Tag_Profile_*) and friend fields
                (Tag_SNS_*).
        """
        return cast(
            "FriendGetListResponse",
            await self._client._call(
                "sns/friend_get_list",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "tag_list": tag_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def black_list_add(
        self,
        request: BlackListAddRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlackListAddResponse: ...

    @overload
    async def black_list_add(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlackListAddResponse: ...

    async def black_list_add(
        self,
        request: BlackListAddRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BlackListAddResponse:
        """Block users.

        Puts up to 1000 users on a user's blocklist; a friendship between them ends and neither can send
        the other a friend request. The outcome is reported per user.

        `POST /v4/sns/black_list_add` - https://trtc.io/document/34911
        Idempotent: no (A resend after a success reports the users as already blocked (30001 per user), so it is not repeated automatically.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user who blocks.
            to_account: Users to block.
        """
        return cast(
            "BlackListAddResponse",
            await self._client._call(
                "sns/black_list_add",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def black_list_delete(
        self,
        request: BlackListDeleteRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlackListDeleteResponse: ...

    @overload
    async def black_list_delete(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlackListDeleteResponse: ...

    async def black_list_delete(
        self,
        request: BlackListDeleteRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BlackListDeleteResponse:
        """Unblock users.

        Takes up to 1000 users off a user's blocklist; the outcome is reported per user.

        `POST /v4/sns/black_list_delete` - https://trtc.io/document/34912
        Idempotent: yes (Unblocking twice leaves the users off the blocklist.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user whose blocklist is edited.
            to_account: Users to unblock.
        """
        return cast(
            "BlackListDeleteResponse",
            await self._client._call(
                "sns/black_list_delete",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def black_list_get(
        self,
        request: BlackListGetRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlackListGetResponse: ...

    @overload
    async def black_list_get(
        self,
        *,
        from_account: str,
        start_index: int,
        max_limited: int,
        last_sequence: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlackListGetResponse: ...

    async def black_list_get(
        self,
        request: BlackListGetRequest | None = None,
        *,
        from_account: str | None = None,
        start_index: int | None = None,
        max_limited: int | None = None,
        last_sequence: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BlackListGetResponse:
        """List the blocklist.

        Pages through a user's blocklist with the time each user was blocked.

        `POST /v4/sns/black_list_get` - https://trtc.io/document/34914
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The user whose blocklist is read.
            start_index: Where the page starts: 0 first, then the StartIndex of the previous reply.
            max_limited: Most users per page.
            last_sequence: Blocklist version of an earlier listing; REST callers send 0. Server default when
                omitted: 0.
        """
        return cast(
            "BlackListGetResponse",
            await self._client._call(
                "sns/black_list_get",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "start_index": start_index,
                    "max_limited": max_limited,
                    "last_sequence": last_sequence,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_black_list_get(
            self,
            *,
            from_account: str,
            max_limited: int,
            last_sequence: int,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[BlackListItem]: ...

    else:

        def iter_black_list_get(
            self,
            *,
            from_account: str | None = None,
            max_limited: int | None = None,
            last_sequence: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[BlackListItem]:
            """Every item of `black_list_get`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "sns/black_list_get",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "max_limited": max_limited,
                    "last_sequence": last_sequence,
                },
                extra_body,
                request_options,
            )

    @overload
    async def black_list_check(
        self,
        request: BlackListCheckRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlackListCheckResponse: ...

    @overload
    async def black_list_check(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        check_type: BlackCheckType | Literal["BlackCheckResult_Type_Single", "BlackCheckResult_Type_Both"],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BlackListCheckResponse: ...

    async def black_list_check(
        self,
        request: BlackListCheckRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        check_type: BlackCheckType
        | Literal["BlackCheckResult_Type_Single", "BlackCheckResult_Type_Both"]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BlackListCheckResponse:
        """Check the blocklist.

        Tells, for up to 1000 users, whether they are on a user's blocklist, one direction or both.

        `POST /v4/sns/black_list_check` - https://trtc.io/document/34913
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in BlackListCheckItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user whose blocklist is checked.
            to_account: Users to check.
            check_type: One-way or two-way check.
        """
        return cast(
            "BlackListCheckResponse",
            await self._client._call(
                "sns/black_list_check",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "check_type": check_type,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def group_add(
        self,
        request: GroupAddRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupAddResponse: ...

    @overload
    async def group_add(
        self,
        *,
        from_account: str,
        group_name: Sequence[str],
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupAddResponse: ...

    async def group_add(
        self,
        request: GroupAddRequest | None = None,
        *,
        from_account: str | None = None,
        group_name: Sequence[str] | None = None,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupAddResponse:
        """Create friend lists.

        Creates named friend lists for a user (at most 32 per user) and can put existing friends into
        them at once; the outcome of placing each friend is reported per friend.

        `POST /v4/sns/group_add` - https://trtc.io/document/34950
        Idempotent: no (A resend after a success would find the lists already there, so it is not repeated automatically.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user who gets the lists.
            group_name: Names of the new lists (not empty, at most 30 bytes).
            to_account: Friends to put into the new lists.
        """
        return cast(
            "GroupAddResponse",
            await self._client._call(
                "sns/group_add",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "group_name": group_name,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def group_delete(
        self,
        request: GroupDeleteRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupDeleteResponse: ...

    @overload
    async def group_delete(
        self,
        *,
        from_account: str,
        group_name: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupDeleteResponse: ...

    async def group_delete(
        self,
        request: GroupDeleteRequest | None = None,
        *,
        from_account: str | None = None,
        group_name: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupDeleteResponse:
        """Delete friend lists.

        Deletes named friend lists of a user.

        `POST /v4/sns/group_delete` - https://trtc.io/document/34926
        Idempotent: yes (Deleting twice leaves the lists absent.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The user whose lists are deleted.
            group_name: Lists to delete.
        """
        return cast(
            "GroupDeleteResponse",
            await self._client._call(
                "sns/group_delete",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "group_name": group_name,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def group_get(
        self,
        request: GroupGetRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupGetResponse: ...

    @overload
    async def group_get(
        self,
        *,
        from_account: str,
        need_friend: NeedFriendType | Literal["Need_Friend_Type_Yes"] | None = None,
        group_name: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupGetResponse: ...

    async def group_get(
        self,
        request: GroupGetRequest | None = None,
        *,
        from_account: str | None = None,
        need_friend: NeedFriendType | Literal["Need_Friend_Type_Yes"] | None = None,
        group_name: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GroupGetResponse:
        """Get friend lists.

        Returns a user's friend lists (all, or the named ones) with their friend counts and, when asked,
        their members.

        `POST /v4/sns/group_get` - https://trtc.io/document/40123
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The user whose lists are read.
            need_friend: Also return the members of each list.
            group_name: Only these lists; all when omitted.
        """
        return cast(
            "GroupGetResponse",
            await self._client._call(
                "sns/group_get",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "need_friend": need_friend,
                    "group_name": group_name,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncFollowService(AsyncService):
    """Follow relationships between users (following, followers, mutual follows), managed on a user's behalf. (`follow`)"""

    __slots__ = ()

    @overload
    async def follow_add(
        self,
        request: FollowAddRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowAddResponse: ...

    @overload
    async def follow_add(
        self,
        *,
        from_account: str,
        follow_item: Sequence[FollowTargetParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowAddResponse: ...

    async def follow_add(
        self,
        request: FollowAddRequest | None = None,
        *,
        from_account: str | None = None,
        follow_item: Sequence[FollowTargetParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FollowAddResponse:
        """Follow users.

        Makes a user follow up to 20 other users; the outcome is reported per target.

        `POST /v4/follow/follow_add` - https://trtc.io/document/70345
        Idempotent: no (A resend after a success may report the targets as already followed, so it is not repeated automatically.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user who follows.
            follow_item: Users to follow.
        """
        return cast(
            "FollowAddResponse",
            await self._client._call(
                "follow/follow_add",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "follow_item": follow_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def follow_delete(
        self,
        request: FollowDeleteRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowDeleteResponse: ...

    @overload
    async def follow_delete(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowDeleteResponse: ...

    async def follow_delete(
        self,
        request: FollowDeleteRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FollowDeleteResponse:
        """Unfollow users.

        Makes a user stop following up to 20 users; the outcome is reported per target.

        `POST /v4/follow/follow_delete` - https://trtc.io/document/70346
        Idempotent: yes (Unfollowing twice leaves the users unfollowed.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user who unfollows.
            to_account: Users to unfollow.
        """
        return cast(
            "FollowDeleteResponse",
            await self._client._call(
                "follow/follow_delete",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def follow_check(
        self,
        request: FollowCheckRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowCheckResponse: ...

    @overload
    async def follow_check(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowCheckResponse: ...

    async def follow_check(
        self,
        request: FollowCheckRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FollowCheckResponse:
        """Check follow relationships.

        Tells, for up to 100 users, how each relates to a user in the follow graph (none, follower,
        following or mutual).

        `POST /v4/follow/follow_check` - https://trtc.io/document/70349
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The user whose relationships are checked.
            to_account: Users to check.
        """
        return cast(
            "FollowCheckResponse",
            await self._client._call(
                "follow/follow_check",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def follow_get(
        self,
        request: FollowGetRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowGetResponse: ...

    @overload
    async def follow_get(
        self,
        *,
        from_account: str,
        follow_type: FollowListType | Literal[1, 2, 3],
        start_cursor: str,
        want_num: int,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowGetResponse: ...

    async def follow_get(
        self,
        request: FollowGetRequest | None = None,
        *,
        from_account: str | None = None,
        follow_type: FollowListType | Literal[1, 2, 3] | None = None,
        start_cursor: str | None = None,
        want_num: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FollowGetResponse:
        """List followers, followings or mutual follows.

        Pages through a user's followers, followings or mutual follows, with profile fields of each
        listed user.

        `POST /v4/follow/follow_get` - https://trtc.io/document/70347
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The user whose list is read.
            follow_type: Which list.
            start_cursor: Where the page starts: empty first, then the NextCursor of the previous page.
            want_num: Users per page. Unit: count. Server default when omitted: 100.
        """
        return cast(
            "FollowGetResponse",
            await self._client._call(
                "follow/follow_get",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "follow_type": follow_type,
                    "start_cursor": start_cursor,
                    "want_num": want_num,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_follow_get(
            self,
            *,
            from_account: str,
            follow_type: FollowListType | Literal[1, 2, 3],
            want_num: int,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[FollowListItem]: ...

    else:

        def iter_follow_get(
            self,
            *,
            from_account: str | None = None,
            follow_type: FollowListType | Literal[1, 2, 3] | None = None,
            want_num: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[FollowListItem]:
            """Every item of `follow_get`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "follow/follow_get",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "follow_type": follow_type,
                    "want_num": want_num,
                },
                extra_body,
                request_options,
            )

    @overload
    async def follow_get_info(
        self,
        request: FollowGetInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowGetInfoResponse: ...

    @overload
    async def follow_get_info(
        self,
        *,
        from_account: str,
        to_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FollowGetInfoResponse: ...

    async def follow_get_info(
        self,
        request: FollowGetInfoRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> FollowGetInfoResponse:
        """Get follow counts.

        Returns the follower, following and mutual-follow counts of up to 20 users; users that fail
        carry their own result code.

        `POST /v4/follow/follow_get_info` - https://trtc.io/document/70350
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in FollowInfo; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            from_account: The requesting user.
            to_account: Users whose counts are wanted.
        """
        return cast(
            "FollowGetInfoResponse",
            await self._client._call(
                "follow/follow_get_info",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
            ),
        )
