# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `im_msg_audit`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.batch import BatchProgress, BatchResult
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.chat._enums.moderation_config import (
        ModerationConfig,
    )
    from trtc_sdk.models.chat._enums.moderation_content_type import (
        ModerationContentType,
    )
    from trtc_sdk.models.chat.im_msg_audit.batch_content_moderation import (
        BatchContentModerationRequest,
        BatchContentModerationResponse,
        ModerationContentParam,
    )
    from trtc_sdk.models.chat.im_msg_audit.content_moderation import (
        ContentModerationRequest,
        ContentModerationResponse,
    )

__all__ = [
    "AsyncModerationService",
    "ModerationService",
]


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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def batch_content_moderation_in_batches(
            self,
            *,
            audit_name: ModerationConfig
            | Literal["C2C", "Group", "UserInfo", "GroupInfo", "GroupMemberInfo", "RelationChain"]
            | str,
            contents: Sequence[ModerationContentParam],
            ext_sender: str | None = None,
            ext_receiver: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[ModerationContentParam]: ...

    else:

        def batch_content_moderation_in_batches(
            self,
            *,
            audit_name: ModerationConfig
            | Literal["C2C", "Group", "UserInfo", "GroupInfo", "GroupMemberInfo", "RelationChain"]
            | str
            | None = None,
            contents: Sequence[ModerationContentParam] | None = None,
            ext_sender: str | None = None,
            ext_receiver: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[ModerationContentParam]:
            """`batch_content_moderation` for any number of contents: 10 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "im_msg_audit/batch_content_moderation",
                "contents",
                {
                    **unknown_fields,
                    "audit_name": audit_name,
                    "contents": contents,
                    "ext_sender": ext_sender,
                    "ext_receiver": ext_receiver,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def batch_content_moderation_in_batches(
            self,
            *,
            audit_name: ModerationConfig
            | Literal["C2C", "Group", "UserInfo", "GroupInfo", "GroupMemberInfo", "RelationChain"]
            | str,
            contents: Sequence[ModerationContentParam],
            ext_sender: str | None = None,
            ext_receiver: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[ModerationContentParam]: ...

    else:

        async def batch_content_moderation_in_batches(
            self,
            *,
            audit_name: ModerationConfig
            | Literal["C2C", "Group", "UserInfo", "GroupInfo", "GroupMemberInfo", "RelationChain"]
            | str
            | None = None,
            contents: Sequence[ModerationContentParam] | None = None,
            ext_sender: str | None = None,
            ext_receiver: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[ModerationContentParam]:
            """`batch_content_moderation` for any number of contents: 10 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "im_msg_audit/batch_content_moderation",
                "contents",
                {
                    **unknown_fields,
                    "audit_name": audit_name,
                    "contents": contents,
                    "ext_sender": ext_sender,
                    "ext_receiver": ext_receiver,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )
