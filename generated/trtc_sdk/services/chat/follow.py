# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `follow`: typed methods, sync and async.

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
    from trtc_sdk.models.chat._enums.follow_list_type import (
        FollowListType,
    )
    from trtc_sdk.models.chat.follow.follow_add import (
        FollowAddRequest,
        FollowAddResponse,
        FollowTargetParam,
    )
    from trtc_sdk.models.chat.follow.follow_check import (
        FollowCheckRequest,
        FollowCheckResponse,
    )
    from trtc_sdk.models.chat.follow.follow_delete import (
        FollowDeleteRequest,
        FollowDeleteResponse,
    )
    from trtc_sdk.models.chat.follow.follow_get import (
        FollowGetRequest,
        FollowGetResponse,
        FollowListItem,
    )
    from trtc_sdk.models.chat.follow.follow_get_info import (
        FollowGetInfoRequest,
        FollowGetInfoResponse,
    )

__all__ = [
    "AsyncFollowService",
    "FollowService",
]


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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def follow_add_in_batches(
            self,
            *,
            from_account: str,
            follow_item: Sequence[FollowTargetParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[FollowTargetParam]: ...

    else:

        def follow_add_in_batches(
            self,
            *,
            from_account: str | None = None,
            follow_item: Sequence[FollowTargetParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[FollowTargetParam]:
            """`follow_add` for any number of follow_item: 20 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "follow/follow_add",
                "follow_item",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "follow_item": follow_item,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def follow_delete_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def follow_delete_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`follow_delete` for any number of to_account: 20 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "follow/follow_delete",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def follow_check_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def follow_check_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`follow_check` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "follow/follow_check",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def follow_get_info_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def follow_get_info_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`follow_get_info` for any number of to_account: 20 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "follow/follow_get_info",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def follow_add_in_batches(
            self,
            *,
            from_account: str,
            follow_item: Sequence[FollowTargetParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[FollowTargetParam]: ...

    else:

        async def follow_add_in_batches(
            self,
            *,
            from_account: str | None = None,
            follow_item: Sequence[FollowTargetParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[FollowTargetParam]:
            """`follow_add` for any number of follow_item: 20 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "follow/follow_add",
                "follow_item",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "follow_item": follow_item,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def follow_delete_in_batches(
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

        async def follow_delete_in_batches(
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
            """`follow_delete` for any number of to_account: 20 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "follow/follow_delete",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def follow_check_in_batches(
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

        async def follow_check_in_batches(
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
            """`follow_check` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "follow/follow_check",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def follow_get_info_in_batches(
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

        async def follow_get_info_in_batches(
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
            """`follow_get_info` for any number of to_account: 20 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "follow/follow_get_info",
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
