# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `recentcontact`: typed methods, sync and async.

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
    from trtc_sdk.models.chat._enums.conversation_pin_operation import (
        ConversationPinOperation,
    )
    from trtc_sdk.models.chat._enums.conversation_type import (
        ConversationType,
    )
    from trtc_sdk.models.chat.recentcontact._shared import (
        ContactItemParam,
        ContactMarkItem,
    )
    from trtc_sdk.models.chat.recentcontact.create_contact_group import (
        CreateContactGroupRequest,
        CreateContactGroupResponse,
        NewContactGroupParam,
    )
    from trtc_sdk.models.chat.recentcontact.del_contact_group import (
        DelContactGroupRequest,
        DelContactGroupResponse,
    )
    from trtc_sdk.models.chat.recentcontact.delete import (
        DeleteRequest,
        DeleteResponse,
    )
    from trtc_sdk.models.chat.recentcontact.get_contact_group import (
        GetContactGroupRequest,
        GetContactGroupResponse,
    )
    from trtc_sdk.models.chat.recentcontact.get_list import (
        ConversationItem,
        GetListRequest,
        GetListResponse,
    )
    from trtc_sdk.models.chat.recentcontact.mark_contact import (
        ContactMarkChangeParam,
        MarkContactRequest,
        MarkContactResponse,
    )
    from trtc_sdk.models.chat.recentcontact.search_contact_group import (
        SearchContactGroupRequest,
        SearchContactGroupResponse,
    )
    from trtc_sdk.models.chat.recentcontact.top import (
        RecentContactItemParam,
        TopRequest,
        TopResponse,
    )
    from trtc_sdk.models.chat.recentcontact.update_contact_group import (
        ContactGroupUpdateParam,
        UpdateContactGroupRequest,
        UpdateContactGroupResponse,
    )

__all__ = [
    "AsyncConversationService",
    "ConversationService",
]


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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def search_contact_group_in_batches(
            self,
            *,
            from_account: str,
            contact_item: Sequence[ContactItemParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[ContactItemParam]: ...

    else:

        def search_contact_group_in_batches(
            self,
            *,
            from_account: str | None = None,
            contact_item: Sequence[ContactItemParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[ContactItemParam]:
            """`search_contact_group` for any number of contact_item: 300 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "recentcontact/search_contact_group",
                "contact_item",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "contact_item": contact_item,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def mark_contact_in_batches(
            self,
            *,
            from_account: str,
            mark_item: Sequence[ContactMarkChangeParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[ContactMarkChangeParam]: ...

    else:

        def mark_contact_in_batches(
            self,
            *,
            from_account: str | None = None,
            mark_item: Sequence[ContactMarkChangeParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[ContactMarkChangeParam]:
            """`mark_contact` for any number of mark_item: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "recentcontact/mark_contact",
                "mark_item",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "mark_item": mark_item,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def search_contact_group_in_batches(
            self,
            *,
            from_account: str,
            contact_item: Sequence[ContactItemParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[ContactItemParam]: ...

    else:

        async def search_contact_group_in_batches(
            self,
            *,
            from_account: str | None = None,
            contact_item: Sequence[ContactItemParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[ContactItemParam]:
            """`search_contact_group` for any number of contact_item: 300 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "recentcontact/search_contact_group",
                "contact_item",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "contact_item": contact_item,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def mark_contact_in_batches(
            self,
            *,
            from_account: str,
            mark_item: Sequence[ContactMarkChangeParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[ContactMarkChangeParam]: ...

    else:

        async def mark_contact_in_batches(
            self,
            *,
            from_account: str | None = None,
            mark_item: Sequence[ContactMarkChangeParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[ContactMarkChangeParam]:
            """`mark_contact` for any number of mark_item: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "recentcontact/mark_contact",
                "mark_item",
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "mark_item": mark_item,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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
