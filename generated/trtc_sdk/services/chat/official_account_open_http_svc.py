# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `official_account_open_http_svc`: typed methods, sync and async.

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
    from trtc_sdk.models.chat._enums.official_account_msg_control import (
        OfficialAccountMsgControl,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        MsgElementParam,
    )
    from trtc_sdk.models.chat._shared.offline_push_info_param import (
        OfflinePushInfoParam,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.add_subscriber import (
        AddSubscriberRequest,
        AddSubscriberResponse,
        SubscriberRefParam,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.create_official_account import (
        CreateOfficialAccountRequest,
        CreateOfficialAccountResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.delete_subscriber import (
        DeleteSubscriberRequest,
        DeleteSubscriberResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.destroy_official_account import (
        DestroyOfficialAccountRequest,
        DestroyOfficialAccountResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.get_official_account_info import (
        GetOfficialAccountInfoRequest,
        GetOfficialAccountInfoResponse,
        OfficialAccountInfoFilterParam,
        OfficialAccountRefParam,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.get_subscribed_official_account_list import (
        GetSubscribedOfficialAccountListRequest,
        GetSubscribedOfficialAccountListResponse,
        SubscribedAccountFilterParam,
        SubscribedOfficialAccount,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.get_subscriber_info import (
        GetSubscriberInfoRequest,
        GetSubscriberInfoResponse,
        OfficialAccountSubscriber,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.modify_official_account_base_info import (
        ModifyOfficialAccountBaseInfoRequest,
        ModifyOfficialAccountBaseInfoResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.modify_subscriber_info import (
        ModifySubscriberInfoRequest,
        ModifySubscriberInfoResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.official_account_msg_get_simple import (
        OfficialAccountMessage,
        OfficialAccountMsgGetSimpleRequest,
        OfficialAccountMsgGetSimpleResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.official_account_msg_recall import (
        OfficialAccountMsgRecallRequest,
        OfficialAccountMsgRecallResponse,
    )
    from trtc_sdk.models.chat.official_account_open_http_svc.send_official_account_msg import (
        SendOfficialAccountMsgRequest,
        SendOfficialAccountMsgResponse,
    )

__all__ = [
    "AsyncOfficialAccountService",
    "OfficialAccountService",
]


class OfficialAccountService(SyncService):
    """Official accounts (official channels), their subscribers and their broadcast messages. (`official_account_open_http_svc`)"""

    __slots__ = ()

    @overload
    def create_official_account(
        self,
        request: CreateOfficialAccountRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateOfficialAccountResponse: ...

    @overload
    def create_official_account(
        self,
        *,
        owner_account: str,
        name: str,
        official_account_user_id: str | None = None,
        introduction: str | None = None,
        face_url: str | None = None,
        max_subscriber_num: int | None = None,
        organization: str | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateOfficialAccountResponse: ...

    def create_official_account(
        self,
        request: CreateOfficialAccountRequest | None = None,
        *,
        owner_account: str | None = None,
        name: str | None = None,
        official_account_user_id: str | None = None,
        introduction: str | None = None,
        face_url: str | None = None,
        max_subscriber_num: int | None = None,
        organization: str | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateOfficialAccountResponse:
        """Create an official account.

        Creates an official account owned by a user, with an optional custom ID, and returns its ID.

        `POST /v4/official_account_open_http_svc/create_official_account` - https://trtc.io/document/60755
        Idempotent: no (Without a custom ID a repeat creates a second account; with one, a repeat fails with 130008.)
        Rate limit: 200 requests/s.

        Args:
            owner_account: User who owns the account (must be imported).
            name: Name of the account.
            official_account_user_id: Custom ID of the account, starting with @TOA#_; generated when omitted.
            introduction: Introduction.
            face_url: Avatar URL.
            max_subscriber_num: Subscriber cap. Server default when omitted: 100000.
            organization: Organization the account belongs to.
            custom_string: The app's custom string of the account.
        """
        return cast(
            "CreateOfficialAccountResponse",
            self._client._call(
                "official_account_open_http_svc/create_official_account",
                request,
                {
                    **unknown_fields,
                    "owner_account": owner_account,
                    "name": name,
                    "official_account_user_id": official_account_user_id,
                    "introduction": introduction,
                    "face_url": face_url,
                    "max_subscriber_num": max_subscriber_num,
                    "organization": organization,
                    "custom_string": custom_string,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def destroy_official_account(
        self,
        request: DestroyOfficialAccountRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyOfficialAccountResponse: ...

    @overload
    def destroy_official_account(
        self,
        *,
        official_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyOfficialAccountResponse: ...

    def destroy_official_account(
        self,
        request: DestroyOfficialAccountRequest | None = None,
        *,
        official_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DestroyOfficialAccountResponse:
        """Destroy an official account.

        Destroys an official account.

        `POST /v4/official_account_open_http_svc/destroy_official_account` - https://trtc.io/document/60756
        Idempotent: no (A repeat after success fails with 130004 (the account no longer exists).)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account to destroy.
        """
        return cast(
            "DestroyOfficialAccountResponse",
            self._client._call(
                "official_account_open_http_svc/destroy_official_account",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def modify_official_account_base_info(
        self,
        request: ModifyOfficialAccountBaseInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyOfficialAccountBaseInfoResponse: ...

    @overload
    def modify_official_account_base_info(
        self,
        *,
        official_account: str,
        name: str | None = None,
        introduction: str | None = None,
        face_url: str | None = None,
        organization: str | None = None,
        custom_string: str | None = None,
        max_subscriber_num: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyOfficialAccountBaseInfoResponse: ...

    def modify_official_account_base_info(
        self,
        request: ModifyOfficialAccountBaseInfoRequest | None = None,
        *,
        official_account: str | None = None,
        name: str | None = None,
        introduction: str | None = None,
        face_url: str | None = None,
        organization: str | None = None,
        custom_string: str | None = None,
        max_subscriber_num: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyOfficialAccountBaseInfoResponse:
        """Change official account data.

        Changes the name, avatar, introduction, organization, custom string or subscriber cap of an
        official account.

        `POST /v4/official_account_open_http_svc/modify_official_account_base_info` - https://trtc.io/document/60757
        Idempotent: yes (Sets fields to given values.)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account to change.
            name: New name.
            introduction: New introduction.
            face_url: New avatar URL.
            organization: New organization.
            custom_string: New custom string.
            max_subscriber_num: New subscriber cap (sent by the sample; not in the field table).
        """
        return cast(
            "ModifyOfficialAccountBaseInfoResponse",
            self._client._call(
                "official_account_open_http_svc/modify_official_account_base_info",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "name": name,
                    "introduction": introduction,
                    "face_url": face_url,
                    "organization": organization,
                    "custom_string": custom_string,
                    "max_subscriber_num": max_subscriber_num,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_official_account_info(
        self,
        request: GetOfficialAccountInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetOfficialAccountInfoResponse: ...

    @overload
    def get_official_account_info(
        self,
        *,
        official_account_id_list: Sequence[OfficialAccountRefParam],
        response_filter: OfficialAccountInfoFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetOfficialAccountInfoResponse: ...

    def get_official_account_info(
        self,
        request: GetOfficialAccountInfoRequest | None = None,
        *,
        official_account_id_list: Sequence[OfficialAccountRefParam] | None = None,
        response_filter: OfficialAccountInfoFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetOfficialAccountInfoResponse:
        """Get official account data.

        Returns the data of up to 50 official accounts, optionally only the fields asked for.

        `POST /v4/official_account_open_http_svc/get_official_account_info` - https://trtc.io/document/60758
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in OfficialAccountInfoList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            official_account_id_list: Accounts to read (at most 50 per call).
            response_filter: Fields to return; all when omitted.
        """
        return cast(
            "GetOfficialAccountInfoResponse",
            self._client._call(
                "official_account_open_http_svc/get_official_account_info",
                request,
                {
                    **unknown_fields,
                    "official_account_id_list": official_account_id_list,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def get_official_account_info_in_batches(
            self,
            *,
            official_account_id_list: Sequence[OfficialAccountRefParam],
            response_filter: OfficialAccountInfoFilterParam | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[OfficialAccountRefParam]: ...

    else:

        def get_official_account_info_in_batches(
            self,
            *,
            official_account_id_list: Sequence[OfficialAccountRefParam] | None = None,
            response_filter: OfficialAccountInfoFilterParam | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[OfficialAccountRefParam]:
            """`get_official_account_info` for any number of official_account_id_list: 50 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "official_account_open_http_svc/get_official_account_info",
                "official_account_id_list",
                {
                    **unknown_fields,
                    "official_account_id_list": official_account_id_list,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def get_subscriber_info(
        self,
        request: GetSubscriberInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSubscriberInfoResponse: ...

    @overload
    def get_subscriber_info(
        self,
        *,
        official_account: str,
        next: str,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSubscriberInfoResponse: ...

    def get_subscriber_info(
        self,
        request: GetSubscriberInfoRequest | None = None,
        *,
        official_account: str | None = None,
        next: str | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetSubscriberInfoResponse:
        """Get the subscribers of an official account.

        Pages through the subscribers of an official account.

        `POST /v4/official_account_open_http_svc/get_subscriber_info` - https://trtc.io/document/60759
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account.
            next: Cursor: an empty string for the first page, then the Next of the previous reply.
            limit: Subscribers per page (at most 200; all of them when omitted).
        """
        return cast(
            "GetSubscriberInfoResponse",
            self._client._call(
                "official_account_open_http_svc/get_subscriber_info",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "next": next,
                    "limit": limit,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_subscriber_info(
            self,
            *,
            official_account: str,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[OfficialAccountSubscriber]: ...

    else:

        def iter_get_subscriber_info(
            self,
            *,
            official_account: str | None = None,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[OfficialAccountSubscriber]:
            """Every item of `get_subscriber_info`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "official_account_open_http_svc/get_subscriber_info",
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "limit": limit,
                },
                extra_body,
                request_options,
            )

    @overload
    def add_subscriber(
        self,
        request: AddSubscriberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddSubscriberResponse: ...

    @overload
    def add_subscriber(
        self,
        *,
        official_account: str,
        subscriber_list: Sequence[SubscriberRefParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddSubscriberResponse: ...

    def add_subscriber(
        self,
        request: AddSubscriberRequest | None = None,
        *,
        official_account: str | None = None,
        subscriber_list: Sequence[SubscriberRefParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddSubscriberResponse:
        """Add subscribers.

        Subscribes up to 100 users to an official account, with an outcome per user.

        `POST /v4/official_account_open_http_svc/add_subscriber` - https://trtc.io/document/60760
        Idempotent: yes (A repeat reports the users as already subscribed, which counts as success.)
        Rate limit: 200 requests/s.
        Partial success: results per item in SubscriberList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            official_account: ID of the account.
            subscriber_list: Users to subscribe (at most 100 per call).
        """
        return cast(
            "AddSubscriberResponse",
            self._client._call(
                "official_account_open_http_svc/add_subscriber",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "subscriber_list": subscriber_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def add_subscriber_in_batches(
            self,
            *,
            official_account: str,
            subscriber_list: Sequence[SubscriberRefParam],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[SubscriberRefParam]: ...

    else:

        def add_subscriber_in_batches(
            self,
            *,
            official_account: str | None = None,
            subscriber_list: Sequence[SubscriberRefParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[SubscriberRefParam]:
            """`add_subscriber` for any number of subscriber_list: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "official_account_open_http_svc/add_subscriber",
                "subscriber_list",
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "subscriber_list": subscriber_list,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def delete_subscriber(
        self,
        request: DeleteSubscriberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteSubscriberResponse: ...

    @overload
    def delete_subscriber(
        self,
        *,
        official_account: str,
        subscriber_to_del_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteSubscriberResponse: ...

    def delete_subscriber(
        self,
        request: DeleteSubscriberRequest | None = None,
        *,
        official_account: str | None = None,
        subscriber_to_del_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteSubscriberResponse:
        """Remove subscribers.

        Unsubscribes users from an official account, with an outcome per user.

        `POST /v4/official_account_open_http_svc/delete_subscriber` - https://trtc.io/document/60761
        Idempotent: yes (A repeat reports the users as not subscribed, which counts as success.)
        Rate limit: 200 requests/s.
        Partial success: results per item in SubscriberList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            official_account: ID of the account.
            subscriber_to_del_account: User IDs to unsubscribe.
        """
        return cast(
            "DeleteSubscriberResponse",
            self._client._call(
                "official_account_open_http_svc/delete_subscriber",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "subscriber_to_del_account": subscriber_to_del_account,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def delete_subscriber_in_batches(
            self,
            *,
            official_account: str,
            subscriber_to_del_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def delete_subscriber_in_batches(
            self,
            *,
            official_account: str | None = None,
            subscriber_to_del_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`delete_subscriber` for any number of subscriber_to_del_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "official_account_open_http_svc/delete_subscriber",
                "subscriber_to_del_account",
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "subscriber_to_del_account": subscriber_to_del_account,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def modify_subscriber_info(
        self,
        request: ModifySubscriberInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifySubscriberInfoResponse: ...

    @overload
    def modify_subscriber_info(
        self,
        *,
        official_account: str,
        subscriber_account: str,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifySubscriberInfoResponse: ...

    def modify_subscriber_info(
        self,
        request: ModifySubscriberInfoRequest | None = None,
        *,
        official_account: str | None = None,
        subscriber_account: str | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifySubscriberInfoResponse:
        """Change subscriber data.

        Changes the app's custom string stored for one subscriber of an official account.

        `POST /v4/official_account_open_http_svc/modify_subscriber_info` - https://trtc.io/document/60762
        Idempotent: yes (Sets a field to a given value.)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account.
            subscriber_account: User ID of the subscriber.
            custom_string: New custom string of the subscription.
        """
        return cast(
            "ModifySubscriberInfoResponse",
            self._client._call(
                "official_account_open_http_svc/modify_subscriber_info",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "subscriber_account": subscriber_account,
                    "custom_string": custom_string,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_subscribed_official_account_list(
        self,
        request: GetSubscribedOfficialAccountListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSubscribedOfficialAccountListResponse: ...

    @overload
    def get_subscribed_official_account_list(
        self,
        *,
        subscriber_account: str,
        limit: int | None = None,
        offset: int | None = None,
        response_filter: SubscribedAccountFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSubscribedOfficialAccountListResponse: ...

    def get_subscribed_official_account_list(
        self,
        request: GetSubscribedOfficialAccountListRequest | None = None,
        *,
        subscriber_account: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        response_filter: SubscribedAccountFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetSubscribedOfficialAccountListResponse:
        """List the official accounts a user subscribes to.

        Pages through the official accounts a user subscribes to, with the account data and the user's
        own subscription data.

        `POST /v4/official_account_open_http_svc/get_subscribed_official_account_list` - https://trtc.io/document/60763
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            subscriber_account: User whose subscriptions are listed.
            limit: Accounts per page. Server default when omitted: 200.
            offset: Position to start from. Server default when omitted: 0.
            response_filter: Fields to return; all when omitted.
        """
        return cast(
            "GetSubscribedOfficialAccountListResponse",
            self._client._call(
                "official_account_open_http_svc/get_subscribed_official_account_list",
                request,
                {
                    **unknown_fields,
                    "subscriber_account": subscriber_account,
                    "limit": limit,
                    "offset": offset,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_subscribed_official_account_list(
            self,
            *,
            subscriber_account: str,
            limit: int | None = None,
            response_filter: SubscribedAccountFilterParam | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[SubscribedOfficialAccount]: ...

    else:

        def iter_get_subscribed_official_account_list(
            self,
            *,
            subscriber_account: str | None = None,
            limit: int | None = None,
            response_filter: SubscribedAccountFilterParam | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[SubscribedOfficialAccount]:
            """Every item of `get_subscribed_official_account_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "official_account_open_http_svc/get_subscribed_official_account_list",
                {
                    **unknown_fields,
                    "subscriber_account": subscriber_account,
                    "limit": limit,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            )

    @overload
    def send_official_account_msg(
        self,
        request: SendOfficialAccountMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendOfficialAccountMsgResponse: ...

    @overload
    def send_official_account_msg(
        self,
        *,
        official_account: str,
        random: int,
        msg_body: Sequence[MsgElementParam],
        cloud_custom_data: str | None = None,
        send_msg_control: Sequence[OfficialAccountMsgControl | Literal["NoLastMsg", "NoUnread"] | str] | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendOfficialAccountMsgResponse: ...

    def send_official_account_msg(
        self,
        request: SendOfficialAccountMsgRequest | None = None,
        *,
        official_account: str | None = None,
        random: int | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        cloud_custom_data: str | None = None,
        send_msg_control: Sequence[OfficialAccountMsgControl | Literal["NoLastMsg", "NoUnread"] | str] | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendOfficialAccountMsgResponse:
        """Broadcast an official account message.

        Sends a message from an official account to all its subscribers.

        `POST /v4/official_account_open_http_svc/send_official_account_msg` - https://trtc.io/document/60810
        Idempotent: yes (The page says the server drops a message whose content equals one sent in the previous 5 minutes, so a resend of the same request after an ambiguous failure is not delivered twice.
        )
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the sending account.
            random: Random number of the message (any 32-bit unsigned value).
            msg_body: Body of the message.
            cloud_custom_data: Custom data stored with the message.
            send_msg_control: Options such as not updating the conversation's latest message.
            offline_push_info: How offline subscribers are notified.
        """
        return cast(
            "SendOfficialAccountMsgResponse",
            self._client._call(
                "official_account_open_http_svc/send_official_account_msg",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "random": random,
                    "msg_body": msg_body,
                    "cloud_custom_data": cloud_custom_data,
                    "send_msg_control": send_msg_control,
                    "offline_push_info": offline_push_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def official_account_msg_recall(
        self,
        request: OfficialAccountMsgRecallRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialAccountMsgRecallResponse: ...

    @overload
    def official_account_msg_recall(
        self,
        *,
        official_account: str,
        msg_key_list: Sequence[str],
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialAccountMsgRecallResponse: ...

    def official_account_msg_recall(
        self,
        request: OfficialAccountMsgRecallRequest | None = None,
        *,
        official_account: str | None = None,
        msg_key_list: Sequence[str] | None = None,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> OfficialAccountMsgRecallResponse:
        """Recall official account messages.

        Recalls up to 10 messages of an official account by MsgKey, with an outcome per message.

        `POST /v4/official_account_open_http_svc/official_account_msg_recall` - https://trtc.io/document/60811
        Idempotent: yes (A repeat only reports the messages as already recalled.)
        Rate limit: 200 requests/s.
        Partial success: results per item in RecallRetList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            official_account: ID of the account.
            msg_key_list: Keys of the messages to recall (at most 10 per call).
            reason: Why the messages are recalled.
        """
        return cast(
            "OfficialAccountMsgRecallResponse",
            self._client._call(
                "official_account_open_http_svc/official_account_msg_recall",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "msg_key_list": msg_key_list,
                    "reason": reason,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def official_account_msg_recall_in_batches(
            self,
            *,
            official_account: str,
            msg_key_list: Sequence[str],
            reason: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def official_account_msg_recall_in_batches(
            self,
            *,
            official_account: str | None = None,
            msg_key_list: Sequence[str] | None = None,
            reason: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`official_account_msg_recall` for any number of msg_key_list: 10 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "official_account_open_http_svc/official_account_msg_recall",
                "msg_key_list",
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "msg_key_list": msg_key_list,
                    "reason": reason,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def official_account_msg_get_simple(
        self,
        request: OfficialAccountMsgGetSimpleRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialAccountMsgGetSimpleResponse: ...

    @overload
    def official_account_msg_get_simple(
        self,
        *,
        official_account: str,
        last_msg_key: str | None = None,
        req_msg_number: int | None = None,
        with_recalled_msg: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialAccountMsgGetSimpleResponse: ...

    def official_account_msg_get_simple(
        self,
        request: OfficialAccountMsgGetSimpleRequest | None = None,
        *,
        official_account: str | None = None,
        last_msg_key: str | None = None,
        req_msg_number: int | None = None,
        with_recalled_msg: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> OfficialAccountMsgGetSimpleResponse:
        """Pull official account message history.

        Returns the latest messages of an official account, or those before a given MsgKey.

        `POST /v4/official_account_open_http_svc/official_account_msg_get_simple` - https://trtc.io/document/60812
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account.
            last_msg_key: MsgKey to continue from (messages older than it); omit for the latest messages.
            req_msg_number: Number of messages to return.
            with_recalled_msg: 1 also returns recalled messages. Server default when omitted: 0.
        """
        return cast(
            "OfficialAccountMsgGetSimpleResponse",
            self._client._call(
                "official_account_open_http_svc/official_account_msg_get_simple",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "last_msg_key": last_msg_key,
                    "req_msg_number": req_msg_number,
                    "with_recalled_msg": with_recalled_msg,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_official_account_msg_get_simple(
            self,
            *,
            official_account: str,
            req_msg_number: int | None = None,
            with_recalled_msg: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[OfficialAccountMessage]: ...

    else:

        def iter_official_account_msg_get_simple(
            self,
            *,
            official_account: str | None = None,
            req_msg_number: int | None = None,
            with_recalled_msg: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[OfficialAccountMessage]:
            """Every item of `official_account_msg_get_simple`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "official_account_open_http_svc/official_account_msg_get_simple",
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "req_msg_number": req_msg_number,
                    "with_recalled_msg": with_recalled_msg,
                },
                extra_body,
                request_options,
            )


class AsyncOfficialAccountService(AsyncService):
    """Official accounts (official channels), their subscribers and their broadcast messages. (`official_account_open_http_svc`)"""

    __slots__ = ()

    @overload
    async def create_official_account(
        self,
        request: CreateOfficialAccountRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateOfficialAccountResponse: ...

    @overload
    async def create_official_account(
        self,
        *,
        owner_account: str,
        name: str,
        official_account_user_id: str | None = None,
        introduction: str | None = None,
        face_url: str | None = None,
        max_subscriber_num: int | None = None,
        organization: str | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateOfficialAccountResponse: ...

    async def create_official_account(
        self,
        request: CreateOfficialAccountRequest | None = None,
        *,
        owner_account: str | None = None,
        name: str | None = None,
        official_account_user_id: str | None = None,
        introduction: str | None = None,
        face_url: str | None = None,
        max_subscriber_num: int | None = None,
        organization: str | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateOfficialAccountResponse:
        """Create an official account.

        Creates an official account owned by a user, with an optional custom ID, and returns its ID.

        `POST /v4/official_account_open_http_svc/create_official_account` - https://trtc.io/document/60755
        Idempotent: no (Without a custom ID a repeat creates a second account; with one, a repeat fails with 130008.)
        Rate limit: 200 requests/s.

        Args:
            owner_account: User who owns the account (must be imported).
            name: Name of the account.
            official_account_user_id: Custom ID of the account, starting with @TOA#_; generated when omitted.
            introduction: Introduction.
            face_url: Avatar URL.
            max_subscriber_num: Subscriber cap. Server default when omitted: 100000.
            organization: Organization the account belongs to.
            custom_string: The app's custom string of the account.
        """
        return cast(
            "CreateOfficialAccountResponse",
            await self._client._call(
                "official_account_open_http_svc/create_official_account",
                request,
                {
                    **unknown_fields,
                    "owner_account": owner_account,
                    "name": name,
                    "official_account_user_id": official_account_user_id,
                    "introduction": introduction,
                    "face_url": face_url,
                    "max_subscriber_num": max_subscriber_num,
                    "organization": organization,
                    "custom_string": custom_string,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def destroy_official_account(
        self,
        request: DestroyOfficialAccountRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyOfficialAccountResponse: ...

    @overload
    async def destroy_official_account(
        self,
        *,
        official_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyOfficialAccountResponse: ...

    async def destroy_official_account(
        self,
        request: DestroyOfficialAccountRequest | None = None,
        *,
        official_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DestroyOfficialAccountResponse:
        """Destroy an official account.

        Destroys an official account.

        `POST /v4/official_account_open_http_svc/destroy_official_account` - https://trtc.io/document/60756
        Idempotent: no (A repeat after success fails with 130004 (the account no longer exists).)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account to destroy.
        """
        return cast(
            "DestroyOfficialAccountResponse",
            await self._client._call(
                "official_account_open_http_svc/destroy_official_account",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def modify_official_account_base_info(
        self,
        request: ModifyOfficialAccountBaseInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyOfficialAccountBaseInfoResponse: ...

    @overload
    async def modify_official_account_base_info(
        self,
        *,
        official_account: str,
        name: str | None = None,
        introduction: str | None = None,
        face_url: str | None = None,
        organization: str | None = None,
        custom_string: str | None = None,
        max_subscriber_num: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyOfficialAccountBaseInfoResponse: ...

    async def modify_official_account_base_info(
        self,
        request: ModifyOfficialAccountBaseInfoRequest | None = None,
        *,
        official_account: str | None = None,
        name: str | None = None,
        introduction: str | None = None,
        face_url: str | None = None,
        organization: str | None = None,
        custom_string: str | None = None,
        max_subscriber_num: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyOfficialAccountBaseInfoResponse:
        """Change official account data.

        Changes the name, avatar, introduction, organization, custom string or subscriber cap of an
        official account.

        `POST /v4/official_account_open_http_svc/modify_official_account_base_info` - https://trtc.io/document/60757
        Idempotent: yes (Sets fields to given values.)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account to change.
            name: New name.
            introduction: New introduction.
            face_url: New avatar URL.
            organization: New organization.
            custom_string: New custom string.
            max_subscriber_num: New subscriber cap (sent by the sample; not in the field table).
        """
        return cast(
            "ModifyOfficialAccountBaseInfoResponse",
            await self._client._call(
                "official_account_open_http_svc/modify_official_account_base_info",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "name": name,
                    "introduction": introduction,
                    "face_url": face_url,
                    "organization": organization,
                    "custom_string": custom_string,
                    "max_subscriber_num": max_subscriber_num,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_official_account_info(
        self,
        request: GetOfficialAccountInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetOfficialAccountInfoResponse: ...

    @overload
    async def get_official_account_info(
        self,
        *,
        official_account_id_list: Sequence[OfficialAccountRefParam],
        response_filter: OfficialAccountInfoFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetOfficialAccountInfoResponse: ...

    async def get_official_account_info(
        self,
        request: GetOfficialAccountInfoRequest | None = None,
        *,
        official_account_id_list: Sequence[OfficialAccountRefParam] | None = None,
        response_filter: OfficialAccountInfoFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetOfficialAccountInfoResponse:
        """Get official account data.

        Returns the data of up to 50 official accounts, optionally only the fields asked for.

        `POST /v4/official_account_open_http_svc/get_official_account_info` - https://trtc.io/document/60758
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in OfficialAccountInfoList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            official_account_id_list: Accounts to read (at most 50 per call).
            response_filter: Fields to return; all when omitted.
        """
        return cast(
            "GetOfficialAccountInfoResponse",
            await self._client._call(
                "official_account_open_http_svc/get_official_account_info",
                request,
                {
                    **unknown_fields,
                    "official_account_id_list": official_account_id_list,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def get_official_account_info_in_batches(
            self,
            *,
            official_account_id_list: Sequence[OfficialAccountRefParam],
            response_filter: OfficialAccountInfoFilterParam | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[OfficialAccountRefParam]: ...

    else:

        async def get_official_account_info_in_batches(
            self,
            *,
            official_account_id_list: Sequence[OfficialAccountRefParam] | None = None,
            response_filter: OfficialAccountInfoFilterParam | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[OfficialAccountRefParam]:
            """`get_official_account_info` for any number of official_account_id_list: 50 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "official_account_open_http_svc/get_official_account_info",
                "official_account_id_list",
                {
                    **unknown_fields,
                    "official_account_id_list": official_account_id_list,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def get_subscriber_info(
        self,
        request: GetSubscriberInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSubscriberInfoResponse: ...

    @overload
    async def get_subscriber_info(
        self,
        *,
        official_account: str,
        next: str,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSubscriberInfoResponse: ...

    async def get_subscriber_info(
        self,
        request: GetSubscriberInfoRequest | None = None,
        *,
        official_account: str | None = None,
        next: str | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetSubscriberInfoResponse:
        """Get the subscribers of an official account.

        Pages through the subscribers of an official account.

        `POST /v4/official_account_open_http_svc/get_subscriber_info` - https://trtc.io/document/60759
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account.
            next: Cursor: an empty string for the first page, then the Next of the previous reply.
            limit: Subscribers per page (at most 200; all of them when omitted).
        """
        return cast(
            "GetSubscriberInfoResponse",
            await self._client._call(
                "official_account_open_http_svc/get_subscriber_info",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "next": next,
                    "limit": limit,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_subscriber_info(
            self,
            *,
            official_account: str,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[OfficialAccountSubscriber]: ...

    else:

        def iter_get_subscriber_info(
            self,
            *,
            official_account: str | None = None,
            limit: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[OfficialAccountSubscriber]:
            """Every item of `get_subscriber_info`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "official_account_open_http_svc/get_subscriber_info",
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "limit": limit,
                },
                extra_body,
                request_options,
            )

    @overload
    async def add_subscriber(
        self,
        request: AddSubscriberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddSubscriberResponse: ...

    @overload
    async def add_subscriber(
        self,
        *,
        official_account: str,
        subscriber_list: Sequence[SubscriberRefParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AddSubscriberResponse: ...

    async def add_subscriber(
        self,
        request: AddSubscriberRequest | None = None,
        *,
        official_account: str | None = None,
        subscriber_list: Sequence[SubscriberRefParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AddSubscriberResponse:
        """Add subscribers.

        Subscribes up to 100 users to an official account, with an outcome per user.

        `POST /v4/official_account_open_http_svc/add_subscriber` - https://trtc.io/document/60760
        Idempotent: yes (A repeat reports the users as already subscribed, which counts as success.)
        Rate limit: 200 requests/s.
        Partial success: results per item in SubscriberList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            official_account: ID of the account.
            subscriber_list: Users to subscribe (at most 100 per call).
        """
        return cast(
            "AddSubscriberResponse",
            await self._client._call(
                "official_account_open_http_svc/add_subscriber",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "subscriber_list": subscriber_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def add_subscriber_in_batches(
            self,
            *,
            official_account: str,
            subscriber_list: Sequence[SubscriberRefParam],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[SubscriberRefParam]: ...

    else:

        async def add_subscriber_in_batches(
            self,
            *,
            official_account: str | None = None,
            subscriber_list: Sequence[SubscriberRefParam] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[SubscriberRefParam]:
            """`add_subscriber` for any number of subscriber_list: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "official_account_open_http_svc/add_subscriber",
                "subscriber_list",
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "subscriber_list": subscriber_list,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def delete_subscriber(
        self,
        request: DeleteSubscriberRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteSubscriberResponse: ...

    @overload
    async def delete_subscriber(
        self,
        *,
        official_account: str,
        subscriber_to_del_account: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteSubscriberResponse: ...

    async def delete_subscriber(
        self,
        request: DeleteSubscriberRequest | None = None,
        *,
        official_account: str | None = None,
        subscriber_to_del_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteSubscriberResponse:
        """Remove subscribers.

        Unsubscribes users from an official account, with an outcome per user.

        `POST /v4/official_account_open_http_svc/delete_subscriber` - https://trtc.io/document/60761
        Idempotent: yes (A repeat reports the users as not subscribed, which counts as success.)
        Rate limit: 200 requests/s.
        Partial success: results per item in SubscriberList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            official_account: ID of the account.
            subscriber_to_del_account: User IDs to unsubscribe.
        """
        return cast(
            "DeleteSubscriberResponse",
            await self._client._call(
                "official_account_open_http_svc/delete_subscriber",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "subscriber_to_del_account": subscriber_to_del_account,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def delete_subscriber_in_batches(
            self,
            *,
            official_account: str,
            subscriber_to_del_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def delete_subscriber_in_batches(
            self,
            *,
            official_account: str | None = None,
            subscriber_to_del_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`delete_subscriber` for any number of subscriber_to_del_account: 100 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "official_account_open_http_svc/delete_subscriber",
                "subscriber_to_del_account",
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "subscriber_to_del_account": subscriber_to_del_account,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def modify_subscriber_info(
        self,
        request: ModifySubscriberInfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifySubscriberInfoResponse: ...

    @overload
    async def modify_subscriber_info(
        self,
        *,
        official_account: str,
        subscriber_account: str,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifySubscriberInfoResponse: ...

    async def modify_subscriber_info(
        self,
        request: ModifySubscriberInfoRequest | None = None,
        *,
        official_account: str | None = None,
        subscriber_account: str | None = None,
        custom_string: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifySubscriberInfoResponse:
        """Change subscriber data.

        Changes the app's custom string stored for one subscriber of an official account.

        `POST /v4/official_account_open_http_svc/modify_subscriber_info` - https://trtc.io/document/60762
        Idempotent: yes (Sets a field to a given value.)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account.
            subscriber_account: User ID of the subscriber.
            custom_string: New custom string of the subscription.
        """
        return cast(
            "ModifySubscriberInfoResponse",
            await self._client._call(
                "official_account_open_http_svc/modify_subscriber_info",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "subscriber_account": subscriber_account,
                    "custom_string": custom_string,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_subscribed_official_account_list(
        self,
        request: GetSubscribedOfficialAccountListRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSubscribedOfficialAccountListResponse: ...

    @overload
    async def get_subscribed_official_account_list(
        self,
        *,
        subscriber_account: str,
        limit: int | None = None,
        offset: int | None = None,
        response_filter: SubscribedAccountFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetSubscribedOfficialAccountListResponse: ...

    async def get_subscribed_official_account_list(
        self,
        request: GetSubscribedOfficialAccountListRequest | None = None,
        *,
        subscriber_account: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        response_filter: SubscribedAccountFilterParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetSubscribedOfficialAccountListResponse:
        """List the official accounts a user subscribes to.

        Pages through the official accounts a user subscribes to, with the account data and the user's
        own subscription data.

        `POST /v4/official_account_open_http_svc/get_subscribed_official_account_list` - https://trtc.io/document/60763
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            subscriber_account: User whose subscriptions are listed.
            limit: Accounts per page. Server default when omitted: 200.
            offset: Position to start from. Server default when omitted: 0.
            response_filter: Fields to return; all when omitted.
        """
        return cast(
            "GetSubscribedOfficialAccountListResponse",
            await self._client._call(
                "official_account_open_http_svc/get_subscribed_official_account_list",
                request,
                {
                    **unknown_fields,
                    "subscriber_account": subscriber_account,
                    "limit": limit,
                    "offset": offset,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_get_subscribed_official_account_list(
            self,
            *,
            subscriber_account: str,
            limit: int | None = None,
            response_filter: SubscribedAccountFilterParam | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[SubscribedOfficialAccount]: ...

    else:

        def iter_get_subscribed_official_account_list(
            self,
            *,
            subscriber_account: str | None = None,
            limit: int | None = None,
            response_filter: SubscribedAccountFilterParam | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[SubscribedOfficialAccount]:
            """Every item of `get_subscribed_official_account_list`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "official_account_open_http_svc/get_subscribed_official_account_list",
                {
                    **unknown_fields,
                    "subscriber_account": subscriber_account,
                    "limit": limit,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            )

    @overload
    async def send_official_account_msg(
        self,
        request: SendOfficialAccountMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendOfficialAccountMsgResponse: ...

    @overload
    async def send_official_account_msg(
        self,
        *,
        official_account: str,
        random: int,
        msg_body: Sequence[MsgElementParam],
        cloud_custom_data: str | None = None,
        send_msg_control: Sequence[OfficialAccountMsgControl | Literal["NoLastMsg", "NoUnread"] | str] | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendOfficialAccountMsgResponse: ...

    async def send_official_account_msg(
        self,
        request: SendOfficialAccountMsgRequest | None = None,
        *,
        official_account: str | None = None,
        random: int | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        cloud_custom_data: str | None = None,
        send_msg_control: Sequence[OfficialAccountMsgControl | Literal["NoLastMsg", "NoUnread"] | str] | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendOfficialAccountMsgResponse:
        """Broadcast an official account message.

        Sends a message from an official account to all its subscribers.

        `POST /v4/official_account_open_http_svc/send_official_account_msg` - https://trtc.io/document/60810
        Idempotent: yes (The page says the server drops a message whose content equals one sent in the previous 5 minutes, so a resend of the same request after an ambiguous failure is not delivered twice.
        )
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the sending account.
            random: Random number of the message (any 32-bit unsigned value).
            msg_body: Body of the message.
            cloud_custom_data: Custom data stored with the message.
            send_msg_control: Options such as not updating the conversation's latest message.
            offline_push_info: How offline subscribers are notified.
        """
        return cast(
            "SendOfficialAccountMsgResponse",
            await self._client._call(
                "official_account_open_http_svc/send_official_account_msg",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "random": random,
                    "msg_body": msg_body,
                    "cloud_custom_data": cloud_custom_data,
                    "send_msg_control": send_msg_control,
                    "offline_push_info": offline_push_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def official_account_msg_recall(
        self,
        request: OfficialAccountMsgRecallRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialAccountMsgRecallResponse: ...

    @overload
    async def official_account_msg_recall(
        self,
        *,
        official_account: str,
        msg_key_list: Sequence[str],
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialAccountMsgRecallResponse: ...

    async def official_account_msg_recall(
        self,
        request: OfficialAccountMsgRecallRequest | None = None,
        *,
        official_account: str | None = None,
        msg_key_list: Sequence[str] | None = None,
        reason: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> OfficialAccountMsgRecallResponse:
        """Recall official account messages.

        Recalls up to 10 messages of an official account by MsgKey, with an outcome per message.

        `POST /v4/official_account_open_http_svc/official_account_msg_recall` - https://trtc.io/document/60811
        Idempotent: yes (A repeat only reports the messages as already recalled.)
        Rate limit: 200 requests/s.
        Partial success: results per item in RecallRetList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            official_account: ID of the account.
            msg_key_list: Keys of the messages to recall (at most 10 per call).
            reason: Why the messages are recalled.
        """
        return cast(
            "OfficialAccountMsgRecallResponse",
            await self._client._call(
                "official_account_open_http_svc/official_account_msg_recall",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "msg_key_list": msg_key_list,
                    "reason": reason,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def official_account_msg_recall_in_batches(
            self,
            *,
            official_account: str,
            msg_key_list: Sequence[str],
            reason: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def official_account_msg_recall_in_batches(
            self,
            *,
            official_account: str | None = None,
            msg_key_list: Sequence[str] | None = None,
            reason: str | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`official_account_msg_recall` for any number of msg_key_list: 10 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "official_account_open_http_svc/official_account_msg_recall",
                "msg_key_list",
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "msg_key_list": msg_key_list,
                    "reason": reason,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def official_account_msg_get_simple(
        self,
        request: OfficialAccountMsgGetSimpleRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialAccountMsgGetSimpleResponse: ...

    @overload
    async def official_account_msg_get_simple(
        self,
        *,
        official_account: str,
        last_msg_key: str | None = None,
        req_msg_number: int | None = None,
        with_recalled_msg: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialAccountMsgGetSimpleResponse: ...

    async def official_account_msg_get_simple(
        self,
        request: OfficialAccountMsgGetSimpleRequest | None = None,
        *,
        official_account: str | None = None,
        last_msg_key: str | None = None,
        req_msg_number: int | None = None,
        with_recalled_msg: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> OfficialAccountMsgGetSimpleResponse:
        """Pull official account message history.

        Returns the latest messages of an official account, or those before a given MsgKey.

        `POST /v4/official_account_open_http_svc/official_account_msg_get_simple` - https://trtc.io/document/60812
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            official_account: ID of the account.
            last_msg_key: MsgKey to continue from (messages older than it); omit for the latest messages.
            req_msg_number: Number of messages to return.
            with_recalled_msg: 1 also returns recalled messages. Server default when omitted: 0.
        """
        return cast(
            "OfficialAccountMsgGetSimpleResponse",
            await self._client._call(
                "official_account_open_http_svc/official_account_msg_get_simple",
                request,
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "last_msg_key": last_msg_key,
                    "req_msg_number": req_msg_number,
                    "with_recalled_msg": with_recalled_msg,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_official_account_msg_get_simple(
            self,
            *,
            official_account: str,
            req_msg_number: int | None = None,
            with_recalled_msg: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[OfficialAccountMessage]: ...

    else:

        def iter_official_account_msg_get_simple(
            self,
            *,
            official_account: str | None = None,
            req_msg_number: int | None = None,
            with_recalled_msg: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[OfficialAccountMessage]:
            """Every item of `official_account_msg_get_simple`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "official_account_open_http_svc/official_account_msg_get_simple",
                {
                    **unknown_fields,
                    "official_account": official_account,
                    "req_msg_number": req_msg_number,
                    "with_recalled_msg": with_recalled_msg,
                },
                extra_body,
                request_options,
            )
