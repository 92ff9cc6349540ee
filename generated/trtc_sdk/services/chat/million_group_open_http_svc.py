# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `million_group_open_http_svc`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.chat._enums.million_group_mute_all_member import (
        MillionGroupMuteAllMember,
    )
    from trtc_sdk.models.chat._enums.million_group_topic_field import (
        MillionGroupTopicField,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.create_topic import (
        CreateTopicRequest,
        CreateTopicResponse,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.destroy_topic import (
        DestroyTopicRequest,
        DestroyTopicResponse,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.get_online_member_num import (
        MillionGroupGetOnlineMemberNumRequest,
        MillionGroupGetOnlineMemberNumResponse,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.get_topic import (
        GetTopicRequest,
        GetTopicResponse,
    )
    from trtc_sdk.models.chat.million_group_open_http_svc.modify_topic import (
        ModifyTopicRequest,
        ModifyTopicResponse,
    )

__all__ = [
    "AsyncMillionGroupService",
    "MillionGroupService",
]


class MillionGroupService(SyncService):
    """Topics of topic-enabled communities and the online member count of communities. (`million_group_open_http_svc`)"""

    __slots__ = ()

    @overload
    def create_topic(
        self,
        request: CreateTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateTopicResponse: ...

    @overload
    def create_topic(
        self,
        *,
        group_id: str,
        topic_name: str,
        topic_id: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateTopicResponse: ...

    def create_topic(
        self,
        request: CreateTopicRequest | None = None,
        *,
        group_id: str | None = None,
        topic_name: str | None = None,
        topic_id: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateTopicResponse:
        """Create a topic.

        Creates a topic in a topic-enabled community, with a server-assigned or custom topic ID, a name
        and optional avatar, notice, introduction, custom string and creator.

        `POST /v4/million_group_open_http_svc/create_topic` - https://www.tencentcloud.com/document/product/1047/49471
        Idempotent: no (Without a custom TopicId every call creates another topic; with one, a resend after a success fails with 10025 (ID already used). Not repeated automatically.
        )
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: The topic-enabled community that will own the topic.
            topic_name: Topic name (UTF-8).
            topic_id: Custom topic ID: the community ID, then "@TOPIC#_", then a printable-ASCII part of your
                choice. Omit it to let the server assign one.
            from_account: User ID shown as the creator of the topic. The server may also send it as integer.
            custom_string: App-defined string stored with the topic.
            face_url: Topic avatar URL.
            notification: Topic notice (UTF-8).
            introduction: Topic introduction (UTF-8).
        """
        return cast(
            "CreateTopicResponse",
            self._client._call(
                "million_group_open_http_svc/create_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_name": topic_name,
                    "topic_id": topic_id,
                    "from_account": from_account,
                    "custom_string": custom_string,
                    "face_url": face_url,
                    "notification": notification,
                    "introduction": introduction,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def destroy_topic(
        self,
        request: DestroyTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyTopicResponse: ...

    @overload
    def destroy_topic(
        self,
        *,
        group_id: str,
        topic_id_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyTopicResponse: ...

    def destroy_topic(
        self,
        request: DestroyTopicRequest | None = None,
        *,
        group_id: str | None = None,
        topic_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DestroyTopicResponse:
        """Delete topics.

        Permanently deletes topics of a community; the reply gives a result per topic.

        `POST /v4/million_group_open_http_svc/destroy_topic` - https://www.tencentcloud.com/document/product/1047/49470
        Idempotent: yes (A deleted topic stays deleted; deleting it again reports 110003 for that topic.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in DestroyResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: The community that owns the topics.
            topic_id_list: Topics to delete.
        """
        return cast(
            "DestroyTopicResponse",
            self._client._call(
                "million_group_open_http_svc/destroy_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_id_list": topic_id_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_topic(
        self,
        request: GetTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetTopicResponse: ...

    @overload
    def get_topic(
        self,
        *,
        group_id: str,
        from_account: str | int,
        topic_id_list: Sequence[str] | None = None,
        response_filter: Sequence[
            MillionGroupTopicField | Literal["TopicName", "FaceUrl", "Notification", "Introduction"] | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetTopicResponse: ...

    def get_topic(
        self,
        request: GetTopicRequest | None = None,
        *,
        group_id: str | None = None,
        from_account: str | int | None = None,
        topic_id_list: Sequence[str] | None = None,
        response_filter: Sequence[
            MillionGroupTopicField | Literal["TopicName", "FaceUrl", "Notification", "Introduction"] | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetTopicResponse:
        """Get topic profiles.

        Returns the profiles of some or all topics of a community, together with one user's state in
        each topic (mute, read position, receive option); a filter limits the returned topic fields.

        `POST /v4/million_group_open_http_svc/get_topic` - https://www.tencentcloud.com/document/product/1047/49469
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in TopicAndSelfInfo; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: The community.
            from_account: User whose own state (SelfInfo) is returned for each topic. The server may also send it
                as integer.
            topic_id_list: Topics to read; all topics of the community when omitted or empty.
            response_filter: Topic fields to return; all fields when omitted.
        """
        return cast(
            "GetTopicResponse",
            self._client._call(
                "million_group_open_http_svc/get_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "from_account": from_account,
                    "topic_id_list": topic_id_list,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def modify_topic(
        self,
        request: ModifyTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyTopicResponse: ...

    @overload
    def modify_topic(
        self,
        *,
        group_id: str,
        topic_id: str,
        topic_name: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        mute_all_member: MillionGroupMuteAllMember | Literal["On", "Off"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyTopicResponse: ...

    def modify_topic(
        self,
        request: ModifyTopicRequest | None = None,
        *,
        group_id: str | None = None,
        topic_id: str | None = None,
        topic_name: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        mute_all_member: MillionGroupMuteAllMember | Literal["On", "Off"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyTopicResponse:
        """Change a topic.

        Changes the name, avatar, notice, introduction, custom string or all-member mute of a topic;
        omitted fields keep their value.

        `POST /v4/million_group_open_http_svc/modify_topic` - https://www.tencentcloud.com/document/product/1047/49468
        Idempotent: yes (The given fields are overwritten with the same values.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: The community that owns the topic.
            topic_id: The topic to change.
            topic_name: New topic name (UTF-8).
            from_account: User ID shown as the one who changed the topic. The server may also send it as integer.
            custom_string: New app-defined string.
            face_url: New topic avatar URL.
            notification: New topic notice (UTF-8).
            introduction: New topic introduction (UTF-8).
            mute_all_member: Mute or unmute all ordinary members of the topic.
        """
        return cast(
            "ModifyTopicResponse",
            self._client._call(
                "million_group_open_http_svc/modify_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_id": topic_id,
                    "topic_name": topic_name,
                    "from_account": from_account,
                    "custom_string": custom_string,
                    "face_url": face_url,
                    "notification": notification,
                    "introduction": introduction,
                    "mute_all_member": mute_all_member,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_online_member_num(
        self,
        request: MillionGroupGetOnlineMemberNumRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MillionGroupGetOnlineMemberNumResponse: ...

    @overload
    def get_online_member_num(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MillionGroupGetOnlineMemberNumResponse: ...

    def get_online_member_num(
        self,
        request: MillionGroupGetOnlineMemberNumRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> MillionGroupGetOnlineMemberNumResponse:
        """Get the online member count of a community.

        Returns the approximate number of online members of a community, refreshed every four minutes.

        `POST /v4/million_group_open_http_svc/get_online_member_num` - https://www.tencentcloud.com/document/product/1047/66883
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: The community.
        """
        return cast(
            "MillionGroupGetOnlineMemberNumResponse",
            self._client._call(
                "million_group_open_http_svc/get_online_member_num",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncMillionGroupService(AsyncService):
    """Topics of topic-enabled communities and the online member count of communities. (`million_group_open_http_svc`)"""

    __slots__ = ()

    @overload
    async def create_topic(
        self,
        request: CreateTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateTopicResponse: ...

    @overload
    async def create_topic(
        self,
        *,
        group_id: str,
        topic_name: str,
        topic_id: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateTopicResponse: ...

    async def create_topic(
        self,
        request: CreateTopicRequest | None = None,
        *,
        group_id: str | None = None,
        topic_name: str | None = None,
        topic_id: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateTopicResponse:
        """Create a topic.

        Creates a topic in a topic-enabled community, with a server-assigned or custom topic ID, a name
        and optional avatar, notice, introduction, custom string and creator.

        `POST /v4/million_group_open_http_svc/create_topic` - https://www.tencentcloud.com/document/product/1047/49471
        Idempotent: no (Without a custom TopicId every call creates another topic; with one, a resend after a success fails with 10025 (ID already used). Not repeated automatically.
        )
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: The topic-enabled community that will own the topic.
            topic_name: Topic name (UTF-8).
            topic_id: Custom topic ID: the community ID, then "@TOPIC#_", then a printable-ASCII part of your
                choice. Omit it to let the server assign one.
            from_account: User ID shown as the creator of the topic. The server may also send it as integer.
            custom_string: App-defined string stored with the topic.
            face_url: Topic avatar URL.
            notification: Topic notice (UTF-8).
            introduction: Topic introduction (UTF-8).
        """
        return cast(
            "CreateTopicResponse",
            await self._client._call(
                "million_group_open_http_svc/create_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_name": topic_name,
                    "topic_id": topic_id,
                    "from_account": from_account,
                    "custom_string": custom_string,
                    "face_url": face_url,
                    "notification": notification,
                    "introduction": introduction,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def destroy_topic(
        self,
        request: DestroyTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyTopicResponse: ...

    @overload
    async def destroy_topic(
        self,
        *,
        group_id: str,
        topic_id_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DestroyTopicResponse: ...

    async def destroy_topic(
        self,
        request: DestroyTopicRequest | None = None,
        *,
        group_id: str | None = None,
        topic_id_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DestroyTopicResponse:
        """Delete topics.

        Permanently deletes topics of a community; the reply gives a result per topic.

        `POST /v4/million_group_open_http_svc/destroy_topic` - https://www.tencentcloud.com/document/product/1047/49470
        Idempotent: yes (A deleted topic stays deleted; deleting it again reports 110003 for that topic.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in DestroyResultItem; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: The community that owns the topics.
            topic_id_list: Topics to delete.
        """
        return cast(
            "DestroyTopicResponse",
            await self._client._call(
                "million_group_open_http_svc/destroy_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_id_list": topic_id_list,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_topic(
        self,
        request: GetTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetTopicResponse: ...

    @overload
    async def get_topic(
        self,
        *,
        group_id: str,
        from_account: str | int,
        topic_id_list: Sequence[str] | None = None,
        response_filter: Sequence[
            MillionGroupTopicField | Literal["TopicName", "FaceUrl", "Notification", "Introduction"] | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetTopicResponse: ...

    async def get_topic(
        self,
        request: GetTopicRequest | None = None,
        *,
        group_id: str | None = None,
        from_account: str | int | None = None,
        topic_id_list: Sequence[str] | None = None,
        response_filter: Sequence[
            MillionGroupTopicField | Literal["TopicName", "FaceUrl", "Notification", "Introduction"] | str
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetTopicResponse:
        """Get topic profiles.

        Returns the profiles of some or all topics of a community, together with one user's state in
        each topic (mute, read position, receive option); a filter limits the returned topic fields.

        `POST /v4/million_group_open_http_svc/get_topic` - https://www.tencentcloud.com/document/product/1047/49469
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Community.
        Partial success: results per item in TopicAndSelfInfo; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            group_id: The community.
            from_account: User whose own state (SelfInfo) is returned for each topic. The server may also send it
                as integer.
            topic_id_list: Topics to read; all topics of the community when omitted or empty.
            response_filter: Topic fields to return; all fields when omitted.
        """
        return cast(
            "GetTopicResponse",
            await self._client._call(
                "million_group_open_http_svc/get_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "from_account": from_account,
                    "topic_id_list": topic_id_list,
                    "response_filter": response_filter,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def modify_topic(
        self,
        request: ModifyTopicRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyTopicResponse: ...

    @overload
    async def modify_topic(
        self,
        *,
        group_id: str,
        topic_id: str,
        topic_name: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        mute_all_member: MillionGroupMuteAllMember | Literal["On", "Off"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyTopicResponse: ...

    async def modify_topic(
        self,
        request: ModifyTopicRequest | None = None,
        *,
        group_id: str | None = None,
        topic_id: str | None = None,
        topic_name: str | None = None,
        from_account: str | int | None = None,
        custom_string: str | None = None,
        face_url: str | None = None,
        notification: str | None = None,
        introduction: str | None = None,
        mute_all_member: MillionGroupMuteAllMember | Literal["On", "Off"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyTopicResponse:
        """Change a topic.

        Changes the name, avatar, notice, introduction, custom string or all-member mute of a topic;
        omitted fields keep their value.

        `POST /v4/million_group_open_http_svc/modify_topic` - https://www.tencentcloud.com/document/product/1047/49468
        Idempotent: yes (The given fields are overwritten with the same values.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: The community that owns the topic.
            topic_id: The topic to change.
            topic_name: New topic name (UTF-8).
            from_account: User ID shown as the one who changed the topic. The server may also send it as integer.
            custom_string: New app-defined string.
            face_url: New topic avatar URL.
            notification: New topic notice (UTF-8).
            introduction: New topic introduction (UTF-8).
            mute_all_member: Mute or unmute all ordinary members of the topic.
        """
        return cast(
            "ModifyTopicResponse",
            await self._client._call(
                "million_group_open_http_svc/modify_topic",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "topic_id": topic_id,
                    "topic_name": topic_name,
                    "from_account": from_account,
                    "custom_string": custom_string,
                    "face_url": face_url,
                    "notification": notification,
                    "introduction": introduction,
                    "mute_all_member": mute_all_member,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_online_member_num(
        self,
        request: MillionGroupGetOnlineMemberNumRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MillionGroupGetOnlineMemberNumResponse: ...

    @overload
    async def get_online_member_num(
        self,
        *,
        group_id: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> MillionGroupGetOnlineMemberNumResponse: ...

    async def get_online_member_num(
        self,
        request: MillionGroupGetOnlineMemberNumRequest | None = None,
        *,
        group_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> MillionGroupGetOnlineMemberNumResponse:
        """Get the online member count of a community.

        Returns the approximate number of online members of a community, refreshed every four minutes.

        `POST /v4/million_group_open_http_svc/get_online_member_num` - https://www.tencentcloud.com/document/product/1047/66883
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Group types: Community.

        Args:
            group_id: The community.
        """
        return cast(
            "MillionGroupGetOnlineMemberNumResponse",
            await self._client._call(
                "million_group_open_http_svc/get_online_member_num",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                },
                extra_body,
                request_options,
            ),
        )
