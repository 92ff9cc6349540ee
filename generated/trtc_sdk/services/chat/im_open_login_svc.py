# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `im_open_login_svc`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.batch import BatchProgress, BatchResult
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.chat.im_open_login_svc._shared import (
        AccountUserIdItemParam,
    )
    from trtc_sdk.models.chat.im_open_login_svc.account_check import (
        AccountCheckRequest,
        AccountCheckResponse,
    )
    from trtc_sdk.models.chat.im_open_login_svc.account_delete import (
        AccountDeleteRequest,
        AccountDeleteResponse,
    )
    from trtc_sdk.models.chat.im_open_login_svc.account_import import (
        AccountImportRequest,
        AccountImportResponse,
    )
    from trtc_sdk.models.chat.im_open_login_svc.kick import (
        KickRequest,
        KickResponse,
    )
    from trtc_sdk.models.chat.im_open_login_svc.multiaccount_import import (
        AccountImportItemParam,
        MultiaccountImportRequest,
        MultiaccountImportResponse,
    )

__all__ = [
    "AccountService",
    "AsyncAccountService",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def multiaccount_import_in_batches(
            self,
            *,
            accounts: Sequence[str] | None = None,
            account_list: Sequence[AccountImportItemParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[AccountImportItemParam]: ...

    else:

        def multiaccount_import_in_batches(
            self,
            *,
            accounts: Sequence[str] | None = None,
            account_list: Sequence[AccountImportItemParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[AccountImportItemParam]:
            """`multiaccount_import` for any number of account_list: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "im_open_login_svc/multiaccount_import",
                "account_list",
                {
                    **unknown_fields,
                    "accounts": accounts,
                    "account_list": account_list,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def account_delete_in_batches(
            self,
            *,
            delete_item: Sequence[AccountUserIdItemParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[AccountUserIdItemParam]: ...

    else:

        def account_delete_in_batches(
            self,
            *,
            delete_item: Sequence[AccountUserIdItemParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[AccountUserIdItemParam]:
            """`account_delete` for any number of delete_item: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "im_open_login_svc/account_delete",
                "delete_item",
                {
                    **unknown_fields,
                    "delete_item": delete_item,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def account_check_in_batches(
            self,
            *,
            check_item: Sequence[AccountUserIdItemParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[AccountUserIdItemParam]: ...

    else:

        def account_check_in_batches(
            self,
            *,
            check_item: Sequence[AccountUserIdItemParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[AccountUserIdItemParam]:
            """`account_check` for any number of check_item: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "im_open_login_svc/account_check",
                "check_item",
                {
                    **unknown_fields,
                    "check_item": check_item,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def multiaccount_import_in_batches(
            self,
            *,
            accounts: Sequence[str] | None = None,
            account_list: Sequence[AccountImportItemParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[AccountImportItemParam]: ...

    else:

        async def multiaccount_import_in_batches(
            self,
            *,
            accounts: Sequence[str] | None = None,
            account_list: Sequence[AccountImportItemParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[AccountImportItemParam]:
            """`multiaccount_import` for any number of account_list: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "im_open_login_svc/multiaccount_import",
                "account_list",
                {
                    **unknown_fields,
                    "accounts": accounts,
                    "account_list": account_list,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def account_delete_in_batches(
            self,
            *,
            delete_item: Sequence[AccountUserIdItemParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[AccountUserIdItemParam]: ...

    else:

        async def account_delete_in_batches(
            self,
            *,
            delete_item: Sequence[AccountUserIdItemParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[AccountUserIdItemParam]:
            """`account_delete` for any number of delete_item: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "im_open_login_svc/account_delete",
                "delete_item",
                {
                    **unknown_fields,
                    "delete_item": delete_item,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def account_check_in_batches(
            self,
            *,
            check_item: Sequence[AccountUserIdItemParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[AccountUserIdItemParam]: ...

    else:

        async def account_check_in_batches(
            self,
            *,
            check_item: Sequence[AccountUserIdItemParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[AccountUserIdItemParam]:
            """`account_check` for any number of check_item: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "im_open_login_svc/account_check",
                "check_item",
                {
                    **unknown_fields,
                    "check_item": check_item,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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
