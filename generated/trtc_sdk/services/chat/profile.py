# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `profile`: typed methods, sync and async.

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
    from trtc_sdk.models.chat._enums.profile_tag import (
        ProfileTag,
    )
    from trtc_sdk.models.chat._shared.profile_item_param import (
        ProfileItemParam,
    )
    from trtc_sdk.models.chat.profile.portrait_get import (
        PortraitGetRequest,
        PortraitGetResponse,
    )
    from trtc_sdk.models.chat.profile.portrait_set import (
        PortraitSetRequest,
        PortraitSetResponse,
    )

__all__ = [
    "AsyncProfileService",
    "ProfileService",
]


class ProfileService(SyncService):
    """Reading and writing the standard and custom profile fields of users. (`profile`)"""

    __slots__ = ()

    @overload
    def portrait_set(
        self,
        request: PortraitSetRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PortraitSetResponse: ...

    @overload
    def portrait_set(
        self,
        *,
        from_account: str,
        profile_item: Sequence[ProfileItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PortraitSetResponse: ...

    def portrait_set(
        self,
        request: PortraitSetRequest | None = None,
        *,
        from_account: str | None = None,
        profile_item: Sequence[ProfileItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> PortraitSetResponse:
        """Set a user's profile.

        Writes standard and custom profile fields of one user as tag-value pairs.

        `POST /v4/profile/portrait_set` - https://trtc.io/document/34916
        Idempotent: yes (The fields are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The user whose profile is written.
            profile_item: Fields to set.
        """
        return cast(
            "PortraitSetResponse",
            self._client._call(
                "profile/portrait_set",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "profile_item": profile_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def portrait_get(
        self,
        request: PortraitGetRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PortraitGetResponse: ...

    @overload
    def portrait_get(
        self,
        *,
        to_account: Sequence[str],
        tag_list: Sequence[
            ProfileTag
            | Literal[
                "Tag_Profile_IM_Nick",
                "Tag_Profile_IM_Gender",
                "Tag_Profile_IM_BirthDay",
                "Tag_Profile_IM_Location",
                "Tag_Profile_IM_SelfSignature",
                "Tag_Profile_IM_AllowType",
                "Tag_Profile_IM_Language",
                "Tag_Profile_IM_Image",
                "Tag_Profile_IM_AdminForbidType",
                "Tag_Profile_IM_Level",
                "Tag_Profile_IM_Role",
            ]
            | str
        ],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PortraitGetResponse: ...

    def portrait_get(
        self,
        request: PortraitGetRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        tag_list: Sequence[
            ProfileTag
            | Literal[
                "Tag_Profile_IM_Nick",
                "Tag_Profile_IM_Gender",
                "Tag_Profile_IM_BirthDay",
                "Tag_Profile_IM_Location",
                "Tag_Profile_IM_SelfSignature",
                "Tag_Profile_IM_AllowType",
                "Tag_Profile_IM_Language",
                "Tag_Profile_IM_Image",
                "Tag_Profile_IM_AdminForbidType",
                "Tag_Profile_IM_Level",
                "Tag_Profile_IM_Role",
            ]
            | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> PortraitGetResponse:
        """Get user profiles.

        Reads chosen standard and custom profile fields of up to 100 users; users that fail carry their
        own result code.

        `POST /v4/profile/portrait_get` - https://trtc.io/document/34917
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in UserProfileItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: Users to read; every one must have been imported.
            tag_list: Fields to return.
        """
        return cast(
            "PortraitGetResponse",
            self._client._call(
                "profile/portrait_get",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "tag_list": tag_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def portrait_get_in_batches(
            self,
            *,
            to_account: Sequence[str],
            tag_list: Sequence[
                ProfileTag
                | Literal[
                    "Tag_Profile_IM_Nick",
                    "Tag_Profile_IM_Gender",
                    "Tag_Profile_IM_BirthDay",
                    "Tag_Profile_IM_Location",
                    "Tag_Profile_IM_SelfSignature",
                    "Tag_Profile_IM_AllowType",
                    "Tag_Profile_IM_Language",
                    "Tag_Profile_IM_Image",
                    "Tag_Profile_IM_AdminForbidType",
                    "Tag_Profile_IM_Level",
                    "Tag_Profile_IM_Role",
                ]
                | str
            ],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def portrait_get_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            tag_list: Sequence[
                ProfileTag
                | Literal[
                    "Tag_Profile_IM_Nick",
                    "Tag_Profile_IM_Gender",
                    "Tag_Profile_IM_BirthDay",
                    "Tag_Profile_IM_Location",
                    "Tag_Profile_IM_SelfSignature",
                    "Tag_Profile_IM_AllowType",
                    "Tag_Profile_IM_Language",
                    "Tag_Profile_IM_Image",
                    "Tag_Profile_IM_AdminForbidType",
                    "Tag_Profile_IM_Level",
                    "Tag_Profile_IM_Role",
                ]
                | str
            ]
            | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`portrait_get` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "profile/portrait_get",
                "to_account",
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "tag_list": tag_list,
                },
                extra_body,
                request_options,
                progress,
            )


class AsyncProfileService(AsyncService):
    """Reading and writing the standard and custom profile fields of users. (`profile`)"""

    __slots__ = ()

    @overload
    async def portrait_set(
        self,
        request: PortraitSetRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PortraitSetResponse: ...

    @overload
    async def portrait_set(
        self,
        *,
        from_account: str,
        profile_item: Sequence[ProfileItemParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PortraitSetResponse: ...

    async def portrait_set(
        self,
        request: PortraitSetRequest | None = None,
        *,
        from_account: str | None = None,
        profile_item: Sequence[ProfileItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> PortraitSetResponse:
        """Set a user's profile.

        Writes standard and custom profile fields of one user as tag-value pairs.

        `POST /v4/profile/portrait_set` - https://trtc.io/document/34916
        Idempotent: yes (The fields are overwritten with the same values.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The user whose profile is written.
            profile_item: Fields to set.
        """
        return cast(
            "PortraitSetResponse",
            await self._client._call(
                "profile/portrait_set",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "profile_item": profile_item,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def portrait_get(
        self,
        request: PortraitGetRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PortraitGetResponse: ...

    @overload
    async def portrait_get(
        self,
        *,
        to_account: Sequence[str],
        tag_list: Sequence[
            ProfileTag
            | Literal[
                "Tag_Profile_IM_Nick",
                "Tag_Profile_IM_Gender",
                "Tag_Profile_IM_BirthDay",
                "Tag_Profile_IM_Location",
                "Tag_Profile_IM_SelfSignature",
                "Tag_Profile_IM_AllowType",
                "Tag_Profile_IM_Language",
                "Tag_Profile_IM_Image",
                "Tag_Profile_IM_AdminForbidType",
                "Tag_Profile_IM_Level",
                "Tag_Profile_IM_Role",
            ]
            | str
        ],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> PortraitGetResponse: ...

    async def portrait_get(
        self,
        request: PortraitGetRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        tag_list: Sequence[
            ProfileTag
            | Literal[
                "Tag_Profile_IM_Nick",
                "Tag_Profile_IM_Gender",
                "Tag_Profile_IM_BirthDay",
                "Tag_Profile_IM_Location",
                "Tag_Profile_IM_SelfSignature",
                "Tag_Profile_IM_AllowType",
                "Tag_Profile_IM_Language",
                "Tag_Profile_IM_Image",
                "Tag_Profile_IM_AdminForbidType",
                "Tag_Profile_IM_Level",
                "Tag_Profile_IM_Role",
            ]
            | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> PortraitGetResponse:
        """Get user profiles.

        Reads chosen standard and custom profile fields of up to 100 users; users that fail carry their
        own result code.

        `POST /v4/profile/portrait_get` - https://trtc.io/document/34917
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in UserProfileItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: Users to read; every one must have been imported.
            tag_list: Fields to return.
        """
        return cast(
            "PortraitGetResponse",
            await self._client._call(
                "profile/portrait_get",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "tag_list": tag_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def portrait_get_in_batches(
            self,
            *,
            to_account: Sequence[str],
            tag_list: Sequence[
                ProfileTag
                | Literal[
                    "Tag_Profile_IM_Nick",
                    "Tag_Profile_IM_Gender",
                    "Tag_Profile_IM_BirthDay",
                    "Tag_Profile_IM_Location",
                    "Tag_Profile_IM_SelfSignature",
                    "Tag_Profile_IM_AllowType",
                    "Tag_Profile_IM_Language",
                    "Tag_Profile_IM_Image",
                    "Tag_Profile_IM_AdminForbidType",
                    "Tag_Profile_IM_Level",
                    "Tag_Profile_IM_Role",
                ]
                | str
            ],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def portrait_get_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            tag_list: Sequence[
                ProfileTag
                | Literal[
                    "Tag_Profile_IM_Nick",
                    "Tag_Profile_IM_Gender",
                    "Tag_Profile_IM_BirthDay",
                    "Tag_Profile_IM_Location",
                    "Tag_Profile_IM_SelfSignature",
                    "Tag_Profile_IM_AllowType",
                    "Tag_Profile_IM_Language",
                    "Tag_Profile_IM_Image",
                    "Tag_Profile_IM_AdminForbidType",
                    "Tag_Profile_IM_Level",
                    "Tag_Profile_IM_Role",
                ]
                | str
            ]
            | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`portrait_get` for any number of to_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "profile/portrait_get",
                "to_account",
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "tag_list": tag_list,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )
