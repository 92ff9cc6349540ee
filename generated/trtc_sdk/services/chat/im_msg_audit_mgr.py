# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `im_msg_audit_mgr`: typed methods, sync and async.

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
    from trtc_sdk.models.chat.im_msg_audit_mgr.add_cloud_audit_keywords import (
        AddCloudAuditKeywordsRequest,
        AddCloudAuditKeywordsResponse,
        NewBlockedWordParam,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr.delete_cloud_audit_keywords import (
        DeleteCloudAuditKeywordsRequest,
        DeleteCloudAuditKeywordsResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr.get_cloud_audit_keywords import (
        GetCloudAuditKeywordsRequest,
        GetCloudAuditKeywordsResponse,
    )
    from trtc_sdk.models.chat.im_msg_audit_mgr.get_cloud_audit_keywords_ids import (
        GetCloudAuditKeywordsIdsRequest,
        GetCloudAuditKeywordsIdsResponse,
    )

__all__ = [
    "AsyncModerationKeywordsService",
    "ModerationKeywordsService",
]


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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def delete_cloud_audit_keywords_in_batches(
            self,
            *,
            sdk_app_id: int,
            lib_id: str,
            keywords: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def delete_cloud_audit_keywords_in_batches(
            self,
            *,
            sdk_app_id: int | None = None,
            lib_id: str | None = None,
            keywords: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`delete_cloud_audit_keywords` for any number of keywords: 10 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "im_msg_audit_mgr/delete_cloud_audit_keywords",
                "keywords",
                {
                    **unknown_fields,
                    "sdk_app_id": sdk_app_id,
                    "lib_id": lib_id,
                    "keywords": keywords,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def delete_cloud_audit_keywords_in_batches(
            self,
            *,
            sdk_app_id: int,
            lib_id: str,
            keywords: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def delete_cloud_audit_keywords_in_batches(
            self,
            *,
            sdk_app_id: int | None = None,
            lib_id: str | None = None,
            keywords: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`delete_cloud_audit_keywords` for any number of keywords: 10 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "im_msg_audit_mgr/delete_cloud_audit_keywords",
                "keywords",
                {
                    **unknown_fields,
                    "sdk_app_id": sdk_app_id,
                    "lib_id": lib_id,
                    "keywords": keywords,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )
