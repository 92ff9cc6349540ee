# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `openim_robot_http_svc`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.chat.openim_robot_http_svc.create_robot import (
        CreateRobotRequest,
        CreateRobotResponse,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc.delete_robot import (
        DeleteRobotRequest,
        DeleteRobotResponse,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc.get_all_robots import (
        GetAllRobotsRequest,
        GetAllRobotsResponse,
    )
    from trtc_sdk.models.chat.openim_robot_http_svc.send_stream_msg import (
        SendStreamMsgRequest,
        SendStreamMsgResponse,
    )

__all__ = [
    "AsyncBotService",
    "BotService",
]


class BotService(SyncService):
    """Chatbot accounts and their streamed replies. (`openim_robot_http_svc`)"""

    __slots__ = ()

    @overload
    def create_robot(
        self,
        request: CreateRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateRobotResponse: ...

    @overload
    def create_robot(
        self,
        *,
        user_id: str,
        nick: str | None = None,
        face_url: str | None = None,
        self_signature: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateRobotResponse: ...

    def create_robot(
        self,
        request: CreateRobotRequest | None = None,
        *,
        user_id: str | None = None,
        nick: str | None = None,
        face_url: str | None = None,
        self_signature: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateRobotResponse:
        """Create a chatbot account.

        Creates a chatbot account with an @RBT# user ID and an optional nickname, avatar and status
        text.

        `POST /v4/openim_robot_http_svc/create_robot` - https://trtc.io/document/55281
        Idempotent: yes (The page says that creating the same chatbot ID again still leaves a single chatbot.)
        Rate limit: 200 requests/s.

        Args:
            user_id: User ID of the chatbot; must start with @RBT#.
            nick: Nickname of the chatbot.
            face_url: URL of the chatbot's avatar.
            self_signature: Status text of the chatbot.
        """
        return cast(
            "CreateRobotResponse",
            self._client._call(
                "openim_robot_http_svc/create_robot",
                request,
                {
                    **unknown_fields,
                    "user_id": user_id,
                    "nick": nick,
                    "face_url": face_url,
                    "self_signature": self_signature,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def delete_robot(
        self,
        request: DeleteRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteRobotResponse: ...

    @overload
    def delete_robot(
        self,
        *,
        robot_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteRobotResponse: ...

    def delete_robot(
        self,
        request: DeleteRobotRequest | None = None,
        *,
        robot_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteRobotResponse:
        """Delete a chatbot account.

        Makes a chatbot account invalid; its user ID itself is not deleted.

        `POST /v4/openim_robot_http_svc/delete_robot` - https://trtc.io/document/55282
        Idempotent: yes (Marks the chatbot invalid; repeating it leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            robot_account: User ID of the chatbot; starts with @RBT#.
        """
        return cast(
            "DeleteRobotResponse",
            self._client._call(
                "openim_robot_http_svc/delete_robot",
                request,
                {
                    **unknown_fields,
                    "robot_account": robot_account,
                },
                extra_body,
                request_options,
            ),
        )

    def get_all_robots(
        self,
        request: GetAllRobotsRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetAllRobotsResponse:
        """List all chatbot accounts.

        Returns the user IDs of all chatbot accounts of the app.

        `POST /v4/openim_robot_http_svc/get_all_robots` - https://trtc.io/document/55280
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetAllRobotsResponse",
            self._client._call(
                "openim_robot_http_svc/get_all_robots",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def send_stream_msg(
        self,
        request: SendStreamMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendStreamMsgResponse: ...

    @overload
    def send_stream_msg(
        self,
        *,
        from_account: str,
        to_account: str,
        chunk: str,
        msg_key: str | None = None,
        finish: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendStreamMsgResponse: ...

    def send_stream_msg(
        self,
        request: SendStreamMsgRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: str | None = None,
        chunk: str | None = None,
        msg_key: str | None = None,
        finish: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendStreamMsgResponse:
        """Send a streaming chatbot reply.

        Sends the next piece of a chatbot's text reply to a user; the first call returns the MsgKey that
        later calls pass back.

        `POST /v4/openim_robot_http_svc/send_stream_msg` - https://trtc.io/document/71131
        Idempotent: no (Appends a piece of text to the streamed message; a resend would append it twice.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The chatbot sending the reply (an @RBT# user ID).
            to_account: The user receiving it.
            chunk: The next piece of text.
            msg_key: Omit on the first call; send the MsgKey of the first reply on every later call.
            finish: Set to 1 on the last call to end the stream.
        """
        return cast(
            "SendStreamMsgResponse",
            self._client._call(
                "openim_robot_http_svc/send_stream_msg",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "chunk": chunk,
                    "msg_key": msg_key,
                    "finish": finish,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncBotService(AsyncService):
    """Chatbot accounts and their streamed replies. (`openim_robot_http_svc`)"""

    __slots__ = ()

    @overload
    async def create_robot(
        self,
        request: CreateRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateRobotResponse: ...

    @overload
    async def create_robot(
        self,
        *,
        user_id: str,
        nick: str | None = None,
        face_url: str | None = None,
        self_signature: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreateRobotResponse: ...

    async def create_robot(
        self,
        request: CreateRobotRequest | None = None,
        *,
        user_id: str | None = None,
        nick: str | None = None,
        face_url: str | None = None,
        self_signature: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> CreateRobotResponse:
        """Create a chatbot account.

        Creates a chatbot account with an @RBT# user ID and an optional nickname, avatar and status
        text.

        `POST /v4/openim_robot_http_svc/create_robot` - https://trtc.io/document/55281
        Idempotent: yes (The page says that creating the same chatbot ID again still leaves a single chatbot.)
        Rate limit: 200 requests/s.

        Args:
            user_id: User ID of the chatbot; must start with @RBT#.
            nick: Nickname of the chatbot.
            face_url: URL of the chatbot's avatar.
            self_signature: Status text of the chatbot.
        """
        return cast(
            "CreateRobotResponse",
            await self._client._call(
                "openim_robot_http_svc/create_robot",
                request,
                {
                    **unknown_fields,
                    "user_id": user_id,
                    "nick": nick,
                    "face_url": face_url,
                    "self_signature": self_signature,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def delete_robot(
        self,
        request: DeleteRobotRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteRobotResponse: ...

    @overload
    async def delete_robot(
        self,
        *,
        robot_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteRobotResponse: ...

    async def delete_robot(
        self,
        request: DeleteRobotRequest | None = None,
        *,
        robot_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteRobotResponse:
        """Delete a chatbot account.

        Makes a chatbot account invalid; its user ID itself is not deleted.

        `POST /v4/openim_robot_http_svc/delete_robot` - https://trtc.io/document/55282
        Idempotent: yes (Marks the chatbot invalid; repeating it leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            robot_account: User ID of the chatbot; starts with @RBT#.
        """
        return cast(
            "DeleteRobotResponse",
            await self._client._call(
                "openim_robot_http_svc/delete_robot",
                request,
                {
                    **unknown_fields,
                    "robot_account": robot_account,
                },
                extra_body,
                request_options,
            ),
        )

    async def get_all_robots(
        self,
        request: GetAllRobotsRequest | None = None,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetAllRobotsResponse:
        """List all chatbot accounts.

        Returns the user IDs of all chatbot accounts of the app.

        `POST /v4/openim_robot_http_svc/get_all_robots` - https://trtc.io/document/55280
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        """
        return cast(
            "GetAllRobotsResponse",
            await self._client._call(
                "openim_robot_http_svc/get_all_robots",
                request,
                {
                    **unknown_fields,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def send_stream_msg(
        self,
        request: SendStreamMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendStreamMsgResponse: ...

    @overload
    async def send_stream_msg(
        self,
        *,
        from_account: str,
        to_account: str,
        chunk: str,
        msg_key: str | None = None,
        finish: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendStreamMsgResponse: ...

    async def send_stream_msg(
        self,
        request: SendStreamMsgRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: str | None = None,
        chunk: str | None = None,
        msg_key: str | None = None,
        finish: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendStreamMsgResponse:
        """Send a streaming chatbot reply.

        Sends the next piece of a chatbot's text reply to a user; the first call returns the MsgKey that
        later calls pass back.

        `POST /v4/openim_robot_http_svc/send_stream_msg` - https://trtc.io/document/71131
        Idempotent: no (Appends a piece of text to the streamed message; a resend would append it twice.)
        Rate limit: 200 requests/s.

        Args:
            from_account: The chatbot sending the reply (an @RBT# user ID).
            to_account: The user receiving it.
            chunk: The next piece of text.
            msg_key: Omit on the first call; send the MsgKey of the first reply on every later call.
            finish: Set to 1 on the last call to end the stream.
        """
        return cast(
            "SendStreamMsgResponse",
            await self._client._call(
                "openim_robot_http_svc/send_stream_msg",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "chunk": chunk,
                    "msg_key": msg_key,
                    "finish": finish,
                },
                extra_body,
                request_options,
            ),
        )
