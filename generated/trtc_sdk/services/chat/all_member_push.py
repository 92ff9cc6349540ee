# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `all_member_push`: typed methods, sync and async.

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
    from trtc_sdk.models.chat._shared.msg_element_param import (
        MsgElementParam,
    )
    from trtc_sdk.models.chat._shared.offline_push_info_param import (
        OfflinePushInfoParam,
    )
    from trtc_sdk.models.chat._shared.push_condition_param import (
        PushConditionParam,
    )
    from trtc_sdk.models.chat._shared.push_user_attr_names_param import (
        PushUserAttrNamesParam,
    )
    from trtc_sdk.models.chat._shared.push_user_attrs_param import (
        PushUserAttrsParam,
    )
    from trtc_sdk.models.chat._shared.push_user_tags_param import (
        PushUserTagsParam,
    )
    from trtc_sdk.models.chat.all_member_push.im_add_tag import (
        ImAddTagRequest,
        ImAddTagResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_get_attr import (
        ImGetAttrRequest,
        ImGetAttrResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_get_attr_name import (
        ImGetAttrNameRequest,
        ImGetAttrNameResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_get_tag import (
        ImGetTagRequest,
        ImGetTagResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_push import (
        ImPushRequest,
        ImPushResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_remove_all_tags import (
        ImRemoveAllTagsRequest,
        ImRemoveAllTagsResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_remove_attr import (
        ImRemoveAttrRequest,
        ImRemoveAttrResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_remove_tag import (
        ImRemoveTagRequest,
        ImRemoveTagResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_set_attr import (
        ImSetAttrRequest,
        ImSetAttrResponse,
    )
    from trtc_sdk.models.chat.all_member_push.im_set_attr_name import (
        ImSetAttrNameRequest,
        ImSetAttrNameResponse,
    )

__all__ = [
    "AsyncPushService",
    "PushService",
]


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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def im_get_attr_in_batches(
            self,
            *,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def im_get_attr_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`im_get_attr` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "all_member_push/im_get_attr",
                "to_account",
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def im_set_attr_in_batches(
            self,
            *,
            user_attrs: Sequence[PushUserAttrsParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PushUserAttrsParam]: ...

    else:

        def im_set_attr_in_batches(
            self,
            *,
            user_attrs: Sequence[PushUserAttrsParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PushUserAttrsParam]:
            """`im_set_attr` for any number of user_attrs: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "all_member_push/im_set_attr",
                "user_attrs",
                {
                    **unknown_fields,
                    "user_attrs": user_attrs,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def im_remove_attr_in_batches(
            self,
            *,
            user_attrs: Sequence[PushUserAttrNamesParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PushUserAttrNamesParam]: ...

    else:

        def im_remove_attr_in_batches(
            self,
            *,
            user_attrs: Sequence[PushUserAttrNamesParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PushUserAttrNamesParam]:
            """`im_remove_attr` for any number of user_attrs: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "all_member_push/im_remove_attr",
                "user_attrs",
                {
                    **unknown_fields,
                    "user_attrs": user_attrs,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def im_get_tag_in_batches(
            self,
            *,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def im_get_tag_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`im_get_tag` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "all_member_push/im_get_tag",
                "to_account",
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def im_add_tag_in_batches(
            self,
            *,
            user_tags: Sequence[PushUserTagsParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PushUserTagsParam]: ...

    else:

        def im_add_tag_in_batches(
            self,
            *,
            user_tags: Sequence[PushUserTagsParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PushUserTagsParam]:
            """`im_add_tag` for any number of user_tags: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "all_member_push/im_add_tag",
                "user_tags",
                {
                    **unknown_fields,
                    "user_tags": user_tags,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def im_remove_tag_in_batches(
            self,
            *,
            user_tags: Sequence[PushUserTagsParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PushUserTagsParam]: ...

    else:

        def im_remove_tag_in_batches(
            self,
            *,
            user_tags: Sequence[PushUserTagsParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PushUserTagsParam]:
            """`im_remove_tag` for any number of user_tags: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "all_member_push/im_remove_tag",
                "user_tags",
                {
                    **unknown_fields,
                    "user_tags": user_tags,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def im_remove_all_tags_in_batches(
            self,
            *,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def im_remove_all_tags_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`im_remove_all_tags` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "all_member_push/im_remove_all_tags",
                "to_account",
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def im_get_attr_in_batches(
            self,
            *,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def im_get_attr_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`im_get_attr` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "all_member_push/im_get_attr",
                "to_account",
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def im_set_attr_in_batches(
            self,
            *,
            user_attrs: Sequence[PushUserAttrsParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PushUserAttrsParam]: ...

    else:

        async def im_set_attr_in_batches(
            self,
            *,
            user_attrs: Sequence[PushUserAttrsParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PushUserAttrsParam]:
            """`im_set_attr` for any number of user_attrs: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "all_member_push/im_set_attr",
                "user_attrs",
                {
                    **unknown_fields,
                    "user_attrs": user_attrs,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def im_remove_attr_in_batches(
            self,
            *,
            user_attrs: Sequence[PushUserAttrNamesParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PushUserAttrNamesParam]: ...

    else:

        async def im_remove_attr_in_batches(
            self,
            *,
            user_attrs: Sequence[PushUserAttrNamesParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PushUserAttrNamesParam]:
            """`im_remove_attr` for any number of user_attrs: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "all_member_push/im_remove_attr",
                "user_attrs",
                {
                    **unknown_fields,
                    "user_attrs": user_attrs,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def im_get_tag_in_batches(
            self,
            *,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def im_get_tag_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`im_get_tag` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "all_member_push/im_get_tag",
                "to_account",
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def im_add_tag_in_batches(
            self,
            *,
            user_tags: Sequence[PushUserTagsParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PushUserTagsParam]: ...

    else:

        async def im_add_tag_in_batches(
            self,
            *,
            user_tags: Sequence[PushUserTagsParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PushUserTagsParam]:
            """`im_add_tag` for any number of user_tags: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "all_member_push/im_add_tag",
                "user_tags",
                {
                    **unknown_fields,
                    "user_tags": user_tags,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def im_remove_tag_in_batches(
            self,
            *,
            user_tags: Sequence[PushUserTagsParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PushUserTagsParam]: ...

    else:

        async def im_remove_tag_in_batches(
            self,
            *,
            user_tags: Sequence[PushUserTagsParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PushUserTagsParam]:
            """`im_remove_tag` for any number of user_tags: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "all_member_push/im_remove_tag",
                "user_tags",
                {
                    **unknown_fields,
                    "user_tags": user_tags,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def im_remove_all_tags_in_batches(
            self,
            *,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def im_remove_all_tags_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`im_remove_all_tags` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "all_member_push/im_remove_all_tags",
                "to_account",
                {
                    **unknown_fields,
                    "to_account": to_account,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )
