# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `openim_msg_ext_http_svc`: typed methods, sync and async.

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
    from trtc_sdk.models.chat._enums.extension_operation import (
        ExtensionOperation,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc._shared import (
        MsgExtension,
        MsgExtensionParam,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc.get_key_values import (
        GetKeyValuesRequest,
        GetKeyValuesResponse,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc.group_get_key_values import (
        GroupGetKeyValuesRequest,
        GroupGetKeyValuesResponse,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc.group_set_key_values import (
        GroupSetKeyValuesRequest,
        GroupSetKeyValuesResponse,
    )
    from trtc_sdk.models.chat.openim_msg_ext_http_svc.set_key_values import (
        SetKeyValuesRequest,
        SetKeyValuesResponse,
    )

__all__ = [
    "AsyncMessageExtensionService",
    "MessageExtensionService",
]


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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def set_key_values_in_batches(
            self,
            *,
            to_account: str,
            msg_key: str,
            operate_type: ExtensionOperation | Literal[1, 2, 3],
            from_account: str | None = None,
            extension_list: Sequence[MsgExtensionParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[MsgExtensionParam]: ...

    else:

        def set_key_values_in_batches(
            self,
            *,
            to_account: str | None = None,
            msg_key: str | None = None,
            operate_type: ExtensionOperation | Literal[1, 2, 3] | None = None,
            from_account: str | None = None,
            extension_list: Sequence[MsgExtensionParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[MsgExtensionParam]:
            """`set_key_values` for any number of extension_list: 20 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "openim_msg_ext_http_svc/set_key_values",
                "extension_list",
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
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def group_set_key_values_in_batches(
            self,
            *,
            group_id: str,
            msg_seq: int,
            operate_type: ExtensionOperation | Literal[1, 2, 3],
            extension_list: Sequence[MsgExtensionParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[MsgExtensionParam]: ...

    else:

        def group_set_key_values_in_batches(
            self,
            *,
            group_id: str | None = None,
            msg_seq: int | None = None,
            operate_type: ExtensionOperation | Literal[1, 2, 3] | None = None,
            extension_list: Sequence[MsgExtensionParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[MsgExtensionParam]:
            """`group_set_key_values` for any number of extension_list: 20 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "openim_msg_ext_http_svc/group_set_key_values",
                "extension_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                    "operate_type": operate_type,
                    "extension_list": extension_list,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def set_key_values_in_batches(
            self,
            *,
            to_account: str,
            msg_key: str,
            operate_type: ExtensionOperation | Literal[1, 2, 3],
            from_account: str | None = None,
            extension_list: Sequence[MsgExtensionParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[MsgExtensionParam]: ...

    else:

        async def set_key_values_in_batches(
            self,
            *,
            to_account: str | None = None,
            msg_key: str | None = None,
            operate_type: ExtensionOperation | Literal[1, 2, 3] | None = None,
            from_account: str | None = None,
            extension_list: Sequence[MsgExtensionParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[MsgExtensionParam]:
            """`set_key_values` for any number of extension_list: 20 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "openim_msg_ext_http_svc/set_key_values",
                "extension_list",
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
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def group_set_key_values_in_batches(
            self,
            *,
            group_id: str,
            msg_seq: int,
            operate_type: ExtensionOperation | Literal[1, 2, 3],
            extension_list: Sequence[MsgExtensionParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[MsgExtensionParam]: ...

    else:

        async def group_set_key_values_in_batches(
            self,
            *,
            group_id: str | None = None,
            msg_seq: int | None = None,
            operate_type: ExtensionOperation | Literal[1, 2, 3] | None = None,
            extension_list: Sequence[MsgExtensionParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[MsgExtensionParam]:
            """`group_set_key_values` for any number of extension_list: 20 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "openim_msg_ext_http_svc/group_set_key_values",
                "extension_list",
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                    "operate_type": operate_type,
                    "extension_list": extension_list,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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
