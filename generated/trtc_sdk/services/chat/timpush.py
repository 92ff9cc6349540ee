# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `timpush`: typed methods, sync and async.

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
    from trtc_sdk.models.chat._enums.push_tag_replace import (
        PushTagReplace,
    )
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
    from trtc_sdk.models.chat.timpush.add_tag import (
        AddTagRequest,
        AddTagResponse,
    )
    from trtc_sdk.models.chat.timpush.batch import (
        BatchRequest,
        BatchResponse,
    )
    from trtc_sdk.models.chat.timpush.clear_all_tags import (
        ClearAllTagsRequest,
        ClearAllTagsResponse,
    )
    from trtc_sdk.models.chat.timpush.get_attr import (
        GetAttrRequest,
        GetAttrResponse,
    )
    from trtc_sdk.models.chat.timpush.get_attr_name import (
        GetAttrNameRequest,
        GetAttrNameResponse,
    )
    from trtc_sdk.models.chat.timpush.get_tag import (
        GetTagRequest,
        GetTagResponse,
    )
    from trtc_sdk.models.chat.timpush.push import (
        PushRequest,
        PushResponse,
    )
    from trtc_sdk.models.chat.timpush.remove_attr import (
        RemoveAttrRequest,
        RemoveAttrResponse,
    )
    from trtc_sdk.models.chat.timpush.remove_tag import (
        RemoveTagRequest,
        RemoveTagResponse,
    )
    from trtc_sdk.models.chat.timpush.revoke import (
        RevokeRequest,
        RevokeResponse,
    )
    from trtc_sdk.models.chat.timpush.set_attr import (
        SetAttrRequest,
        SetAttrResponse,
    )
    from trtc_sdk.models.chat.timpush.set_attr_name import (
        SetAttrNameRequest,
        SetAttrNameResponse,
    )

__all__ = [
    "AsyncTimpushService",
    "TimpushService",
]


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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def batch_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            msg_random: int,
            offline_push_info: OfflinePushInfoParam,
            data_id: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def batch_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            msg_random: int | None = None,
            offline_push_info: OfflinePushInfoParam | None = None,
            data_id: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`batch` for any number of to_account: 500 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "timpush/batch",
                "to_account",
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
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def get_attr_in_batches(
            self,
            *,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def get_attr_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`get_attr` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "timpush/get_attr",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def set_attr_in_batches(
            self,
            *,
            user_attrs: Sequence[PushUserAttrsParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PushUserAttrsParam]: ...

    else:

        def set_attr_in_batches(
            self,
            *,
            user_attrs: Sequence[PushUserAttrsParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PushUserAttrsParam]:
            """`set_attr` for any number of user_attrs: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "timpush/set_attr",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def remove_attr_in_batches(
            self,
            *,
            user_attrs: Sequence[PushUserAttrNamesParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PushUserAttrNamesParam]: ...

    else:

        def remove_attr_in_batches(
            self,
            *,
            user_attrs: Sequence[PushUserAttrNamesParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PushUserAttrNamesParam]:
            """`remove_attr` for any number of user_attrs: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "timpush/remove_attr",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def get_tag_in_batches(
            self,
            *,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def get_tag_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`get_tag` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "timpush/get_tag",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def add_tag_in_batches(
            self,
            *,
            user_tags: Sequence[PushUserTagsParam],
            replace: PushTagReplace | Literal[0, 1] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PushUserTagsParam]: ...

    else:

        def add_tag_in_batches(
            self,
            *,
            user_tags: Sequence[PushUserTagsParam] | None = None,
            replace: PushTagReplace | Literal[0, 1] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PushUserTagsParam]:
            """`add_tag` for any number of user_tags: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "timpush/add_tag",
                "user_tags",
                {
                    **unknown_fields,
                    "user_tags": user_tags,
                    "replace": replace,
                },
                extra_body,
                request_options,
                progress,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def remove_tag_in_batches(
            self,
            *,
            user_tags: Sequence[PushUserTagsParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PushUserTagsParam]: ...

    else:

        def remove_tag_in_batches(
            self,
            *,
            user_tags: Sequence[PushUserTagsParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PushUserTagsParam]:
            """`remove_tag` for any number of user_tags: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "timpush/remove_tag",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def clear_all_tags_in_batches(
            self,
            *,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def clear_all_tags_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`clear_all_tags` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "timpush/clear_all_tags",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def batch_in_batches(
            self,
            *,
            from_account: str,
            to_account: Sequence[str],
            msg_random: int,
            offline_push_info: OfflinePushInfoParam,
            data_id: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def batch_in_batches(
            self,
            *,
            from_account: str | None = None,
            to_account: Sequence[str] | None = None,
            msg_random: int | None = None,
            offline_push_info: OfflinePushInfoParam | None = None,
            data_id: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`batch` for any number of to_account: 500 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "timpush/batch",
                "to_account",
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
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def get_attr_in_batches(
            self,
            *,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def get_attr_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`get_attr` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "timpush/get_attr",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def set_attr_in_batches(
            self,
            *,
            user_attrs: Sequence[PushUserAttrsParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PushUserAttrsParam]: ...

    else:

        async def set_attr_in_batches(
            self,
            *,
            user_attrs: Sequence[PushUserAttrsParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PushUserAttrsParam]:
            """`set_attr` for any number of user_attrs: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "timpush/set_attr",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def remove_attr_in_batches(
            self,
            *,
            user_attrs: Sequence[PushUserAttrNamesParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PushUserAttrNamesParam]: ...

    else:

        async def remove_attr_in_batches(
            self,
            *,
            user_attrs: Sequence[PushUserAttrNamesParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PushUserAttrNamesParam]:
            """`remove_attr` for any number of user_attrs: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "timpush/remove_attr",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def get_tag_in_batches(
            self,
            *,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def get_tag_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`get_tag` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "timpush/get_tag",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def add_tag_in_batches(
            self,
            *,
            user_tags: Sequence[PushUserTagsParam],
            replace: PushTagReplace | Literal[0, 1] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PushUserTagsParam]: ...

    else:

        async def add_tag_in_batches(
            self,
            *,
            user_tags: Sequence[PushUserTagsParam] | None = None,
            replace: PushTagReplace | Literal[0, 1] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PushUserTagsParam]:
            """`add_tag` for any number of user_tags: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "timpush/add_tag",
                "user_tags",
                {
                    **unknown_fields,
                    "user_tags": user_tags,
                    "replace": replace,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def remove_tag_in_batches(
            self,
            *,
            user_tags: Sequence[PushUserTagsParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[PushUserTagsParam]: ...

    else:

        async def remove_tag_in_batches(
            self,
            *,
            user_tags: Sequence[PushUserTagsParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[PushUserTagsParam]:
            """`remove_tag` for any number of user_tags: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "timpush/remove_tag",
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

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def clear_all_tags_in_batches(
            self,
            *,
            to_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def clear_all_tags_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`clear_all_tags` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "timpush/clear_all_tags",
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
