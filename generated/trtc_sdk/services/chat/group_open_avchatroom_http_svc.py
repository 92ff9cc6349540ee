# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `group_open_avchatroom_http_svc`: typed methods, sync and async.

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
    from trtc_sdk.models.chat._enums.avchatroom_admin_command import (
        AvchatroomAdminCommand,
    )
    from trtc_sdk.models.chat._enums.avchatroom_mark_command import (
        AvchatroomMarkCommand,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.add_robots import (
        AddRobotsRequest,
        AddRobotsResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.check_members import (
        CheckMembersRequest,
        CheckMembersResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.del_robots import (
        DelRobotsRequest,
        DelRobotsResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.get_admin_list import (
        GetAdminListRequest,
        GetAdminListResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.get_members import (
        AvchatroomOnlineMember,
        GetMembersRequest,
        GetMembersResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.modify_admin import (
        ModifyAdminRequest,
        ModifyAdminResponse,
    )
    from trtc_sdk.models.chat.group_open_avchatroom_http_svc.modify_user_info import (
        AvchatroomMemberMarksParam,
        ModifyUserInfoRequest,
        ModifyUserInfoResponse,
    )

__all__ = [
    "AsyncAvchatroomService",
    "AvchatroomService",
]


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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def modify_user_info_in_batches(
            self,
            *,
            group_id: str,
            command_type: AvchatroomMarkCommand | Literal[1, 2],
            member_list: Sequence[AvchatroomMemberMarksParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[AvchatroomMemberMarksParam]: ...

    else:

        def modify_user_info_in_batches(
            self,
            *,
            group_id: str | None = None,
            command_type: AvchatroomMarkCommand | Literal[1, 2] | None = None,
            member_list: Sequence[AvchatroomMemberMarksParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[AvchatroomMemberMarksParam]:
            """`modify_user_info` for any number of member_list: 500 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_avchatroom_http_svc/modify_user_info",
                "member_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "command_type": command_type,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def modify_admin_in_batches(
            self,
            *,
            group_id: str,
            command_type: AvchatroomAdminCommand | Literal[1, 2],
            admin_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def modify_admin_in_batches(
            self,
            *,
            group_id: str | None = None,
            command_type: AvchatroomAdminCommand | Literal[1, 2] | None = None,
            admin_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`modify_admin` for any number of admin_account: 5 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "group_open_avchatroom_http_svc/modify_admin",
                "admin_account",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "command_type": command_type,
                    "admin_account": admin_account,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def modify_user_info_in_batches(
            self,
            *,
            group_id: str,
            command_type: AvchatroomMarkCommand | Literal[1, 2],
            member_list: Sequence[AvchatroomMemberMarksParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[AvchatroomMemberMarksParam]: ...

    else:

        async def modify_user_info_in_batches(
            self,
            *,
            group_id: str | None = None,
            command_type: AvchatroomMarkCommand | Literal[1, 2] | None = None,
            member_list: Sequence[AvchatroomMemberMarksParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[AvchatroomMemberMarksParam]:
            """`modify_user_info` for any number of member_list: 500 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_avchatroom_http_svc/modify_user_info",
                "member_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "command_type": command_type,
                    "member_list": member_list,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def modify_admin_in_batches(
            self,
            *,
            group_id: str,
            command_type: AvchatroomAdminCommand | Literal[1, 2],
            admin_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def modify_admin_in_batches(
            self,
            *,
            group_id: str | None = None,
            command_type: AvchatroomAdminCommand | Literal[1, 2] | None = None,
            admin_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`modify_admin` for any number of admin_account: 5 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "group_open_avchatroom_http_svc/modify_admin",
                "admin_account",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "command_type": command_type,
                    "admin_account": admin_account,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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
