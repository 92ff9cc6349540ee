# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `sns`: typed methods, sync and async.

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
    from trtc_sdk.models.chat._enums.black_check_type import (
        BlackCheckType,
    )
    from trtc_sdk.models.chat._enums.friend_add_type import (
        FriendAddType,
    )
    from trtc_sdk.models.chat._enums.friend_check_type import (
        FriendCheckType,
    )
    from trtc_sdk.models.chat._enums.friend_delete_type import (
        FriendDeleteType,
    )
    from trtc_sdk.models.chat._enums.friend_force_add_flag import (
        FriendForceAddFlag,
    )
    from trtc_sdk.models.chat._enums.need_friend_type import (
        NeedFriendType,
    )
    from trtc_sdk.models.chat.sns.black_list_add import (
        BlackListAddRequest,
        BlackListAddResponse,
    )
    from trtc_sdk.models.chat.sns.black_list_check import (
        BlackListCheckRequest,
        BlackListCheckResponse,
    )
    from trtc_sdk.models.chat.sns.black_list_delete import (
        BlackListDeleteRequest,
        BlackListDeleteResponse,
    )
    from trtc_sdk.models.chat.sns.black_list_get import (
        BlackListGetRequest,
        BlackListGetResponse,
        BlackListItem,
    )
    from trtc_sdk.models.chat.sns.friend_add import (
        AddFriendItemParam,
        FriendAddRequest,
        FriendAddResponse,
    )
    from trtc_sdk.models.chat.sns.friend_check import (
        FriendCheckRequest,
        FriendCheckResponse,
    )
    from trtc_sdk.models.chat.sns.friend_delete import (
        FriendDeleteRequest,
        FriendDeleteResponse,
    )
    from trtc_sdk.models.chat.sns.friend_delete_all import (
        FriendDeleteAllRequest,
        FriendDeleteAllResponse,
    )
    from trtc_sdk.models.chat.sns.friend_get import (
        FriendDataItem,
        FriendGetRequest,
        FriendGetResponse,
    )
    from trtc_sdk.models.chat.sns.friend_get_list import (
        FriendGetListRequest,
        FriendGetListResponse,
    )
    from trtc_sdk.models.chat.sns.friend_import import (
        FriendImportRequest,
        FriendImportResponse,
        ImportFriendItemParam,
    )
    from trtc_sdk.models.chat.sns.friend_update import (
        FriendUpdateItemParam,
        FriendUpdateRequest,
        FriendUpdateResponse,
    )
    from trtc_sdk.models.chat.sns.group_add import (
        GroupAddRequest,
        GroupAddResponse,
    )
    from trtc_sdk.models.chat.sns.group_delete import (
        GroupDeleteRequest,
        GroupDeleteResponse,
    )
    from trtc_sdk.models.chat.sns.group_get import (
        GroupGetRequest,
        GroupGetResponse,
    )

__all__ = [
    "AsyncFriendsService",
    "FriendsService",
]


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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def friend_delete_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            delete_type: FriendDeleteType | Literal["Delete_Type_Single", "Delete_Type_Both"] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def friend_delete_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            delete_type: FriendDeleteType | Literal["Delete_Type_Single", "Delete_Type_Both"] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`friend_delete` for any number of to_account: 1000 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "sns/friend_delete",
                "to_account",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "delete_type": delete_type,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def friend_check_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            check_type: FriendCheckType | Literal["CheckResult_Type_Single", "CheckResult_Type_Both"],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def friend_check_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            check_type: FriendCheckType | Literal["CheckResult_Type_Single", "CheckResult_Type_Both"] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`friend_check` for any number of to_account: 1000 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "sns/friend_check",
                "to_account",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "check_type": check_type,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def friend_get_list_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            tag_list: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def friend_get_list_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            tag_list: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`friend_get_list` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "sns/friend_get_list",
                "to_account",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "tag_list": tag_list,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def black_list_add_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def black_list_add_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`black_list_add` for any number of to_account: 1000 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "sns/black_list_add",
                "to_account",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def black_list_delete_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def black_list_delete_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`black_list_delete` for any number of to_account: 1000 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "sns/black_list_delete",
                "to_account",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def black_list_check_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            check_type: BlackCheckType | Literal["BlackCheckResult_Type_Single", "BlackCheckResult_Type_Both"],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def black_list_check_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            check_type: BlackCheckType
            | Literal["BlackCheckResult_Type_Single", "BlackCheckResult_Type_Both"]
            | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`black_list_check` for any number of to_account: 1000 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "sns/black_list_check",
                "to_account",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "check_type": check_type,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def friend_delete_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            delete_type: FriendDeleteType | Literal["Delete_Type_Single", "Delete_Type_Both"] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def friend_delete_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            delete_type: FriendDeleteType | Literal["Delete_Type_Single", "Delete_Type_Both"] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`friend_delete` for any number of to_account: 1000 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "sns/friend_delete",
                "to_account",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "delete_type": delete_type,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def friend_check_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            check_type: FriendCheckType | Literal["CheckResult_Type_Single", "CheckResult_Type_Both"],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def friend_check_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            check_type: FriendCheckType | Literal["CheckResult_Type_Single", "CheckResult_Type_Both"] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`friend_check` for any number of to_account: 1000 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "sns/friend_check",
                "to_account",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "check_type": check_type,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def friend_get_list_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            tag_list: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def friend_get_list_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            tag_list: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`friend_get_list` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "sns/friend_get_list",
                "to_account",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "tag_list": tag_list,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def black_list_add_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def black_list_add_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`black_list_add` for any number of to_account: 1000 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "sns/black_list_add",
                "to_account",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def black_list_delete_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def black_list_delete_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`black_list_delete` for any number of to_account: 1000 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "sns/black_list_delete",
                "to_account",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def black_list_check_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            check_type: BlackCheckType | Literal["BlackCheckResult_Type_Single", "BlackCheckResult_Type_Both"],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def black_list_check_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            check_type: BlackCheckType
            | Literal["BlackCheckResult_Type_Single", "BlackCheckResult_Type_Both"]
            | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`black_list_check` for any number of to_account: 1000 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "sns/black_list_check",
                "to_account",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "check_type": check_type,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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
