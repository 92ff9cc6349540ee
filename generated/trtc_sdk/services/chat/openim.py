# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `openim`: typed methods, sync and async.

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
    from trtc_sdk.models.chat._enums.c2c_forbid_callback import (
        C2CForbidCallback,
    )
    from trtc_sdk.models.chat._enums.c2c_import_mode import (
        C2CImportMode,
    )
    from trtc_sdk.models.chat._enums.c2c_send_msg_control import (
        C2CSendMsgControl,
    )
    from trtc_sdk.models.chat._enums.sender_sync_mode import (
        SenderSyncMode,
    )
    from trtc_sdk.models.chat._shared.msg_element_param import (
        MsgElementParam,
    )
    from trtc_sdk.models.chat._shared.offline_push_info_param import (
        OfflinePushInfoParam,
    )
    from trtc_sdk.models.chat.openim.admin_getroammsg import (
        AdminGetroammsgRequest,
        AdminGetroammsgResponse,
        RoamMessage,
    )
    from trtc_sdk.models.chat.openim.admin_msgwithdraw import (
        AdminMsgwithdrawRequest,
        AdminMsgwithdrawResponse,
    )
    from trtc_sdk.models.chat.openim.admin_set_msg_read import (
        AdminSetMsgReadRequest,
        AdminSetMsgReadResponse,
    )
    from trtc_sdk.models.chat.openim.batchsendmsg import (
        BatchsendmsgRequest,
        BatchsendmsgResponse,
    )
    from trtc_sdk.models.chat.openim.c2c_msg_read_receipt import (
        C2cMsgReadReceiptRequest,
        C2cMsgReadReceiptResponse,
        C2CReceiptMessageParam,
    )
    from trtc_sdk.models.chat.openim.delete_c2c_msg_ramble import (
        DeleteC2cMsgRambleRequest,
        DeleteC2cMsgRambleResponse,
    )
    from trtc_sdk.models.chat.openim.get_c2c_unread_msg_num import (
        GetC2cUnreadMsgNumRequest,
        GetC2cUnreadMsgNumResponse,
    )
    from trtc_sdk.models.chat.openim.importmsg import (
        ImportmsgRequest,
        ImportmsgResponse,
    )
    from trtc_sdk.models.chat.openim.modify_c2c_msg import (
        ModifyC2cMsgRequest,
        ModifyC2cMsgResponse,
    )
    from trtc_sdk.models.chat.openim.modify_group_msg import (
        ModifyGroupMsgRequest,
        ModifyGroupMsgResponse,
    )
    from trtc_sdk.models.chat.openim.query_online_status import (
        QueryOnlineStatusRequest,
        QueryOnlineStatusResponse,
    )
    from trtc_sdk.models.chat.openim.querystate import (
        QuerystateRequest,
        QuerystateResponse,
    )
    from trtc_sdk.models.chat.openim.sendmsg import (
        SendmsgRequest,
        SendmsgResponse,
    )

__all__ = [
    "AsyncMessageService",
    "MessageService",
]


class MessageService(SyncService):
    """One-to-one messages (send, batch send, import, history, recall, edit, read state, receipts, unread counts) and users' online status. (`openim`)"""

    __slots__ = ()

    @overload
    def sendmsg(
        self,
        request: SendmsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendmsgResponse: ...

    @overload
    def sendmsg(
        self,
        *,
        to_account: str,
        msg_body: Sequence[MsgElementParam],
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_life_time: int | None = None,
        msg_seq: int | None = None,
        msg_random: int | None = None,
        forbid_callback_control: Sequence[
            C2CForbidCallback | Literal["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]
        ]
        | None = None,
        send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
        | None = None,
        cloud_custom_data: str | None = None,
        support_message_extension: int | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        is_need_read_receipt: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendmsgResponse: ...

    def sendmsg(
        self,
        request: SendmsgRequest | None = None,
        *,
        to_account: str | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_life_time: int | None = None,
        msg_seq: int | None = None,
        msg_random: int | None = None,
        forbid_callback_control: Sequence[
            C2CForbidCallback | Literal["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]
        ]
        | None = None,
        send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
        | None = None,
        cloud_custom_data: str | None = None,
        support_message_extension: int | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        is_need_read_receipt: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendmsgResponse:
        """Send a one-to-one message.

        Sends a message to one user, either as the administrator or in the name of a chosen account
        (From_Account). Friendship, block lists and mutes are not checked; the receiver's do-not-disturb
        setting only applies with SendMsgControl WithMuteNotifications. SyncOtherMachine decides whether
        the sender's own devices get the message too.

        `POST /v4/openim/sendmsg` - https://trtc.io/document/34919
        Idempotent: no (Every accepted call delivers a message; a resend is safe only through the server's de-duplication described below.)
        De-duplicated on MsgRandom: a resend after an ambiguous failure is safe.
        Rate limit: 200 requests/s.

        Args:
            to_account: User ID of the receiver.
            msg_body: The message: one or more elements (at most one custom element).
            sync_other_machine: Whether the sender gets the message too. Left out, it is stored in the sender's history
                but not pushed to the sender's devices.
            from_account: User ID shown as the sender; the administrator when left out.
            msg_life_time: How long the message is kept for an offline receiver; 0 delivers it to online devices
                only and keeps nothing. Unit: seconds. Server default when omitted: 604800.
            msg_seq: Caller-chosen sequence number; orders messages of the same second and is part of the de-
                duplication key. The server draws a random one when left out.
            msg_random: Random number identifying the message for de-duplication. The server requires it; the
                SDK fills a random value when left out and keeps it across retries.
            forbid_callback_control: Webhooks to skip for this message.
            send_msg_control: Delivery options for this message.
            cloud_custom_data: Custom data stored with the message and delivered to the receiver.
            support_message_extension: 1 allows key-value extensions (message_extension.set_key_values) on this message. Server
                default when omitted: 0.
            offline_push_info: How an offline receiver is notified.
            is_need_read_receipt: 1 asks the receiver's client for a read receipt. Server default when omitted: 0.
        """
        return cast(
            "SendmsgResponse",
            self._client._call(
                "openim/sendmsg",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_body": msg_body,
                    "sync_other_machine": sync_other_machine,
                    "from_account": from_account,
                    "msg_life_time": msg_life_time,
                    "msg_seq": msg_seq,
                    "msg_random": msg_random,
                    "forbid_callback_control": forbid_callback_control,
                    "send_msg_control": send_msg_control,
                    "cloud_custom_data": cloud_custom_data,
                    "support_message_extension": support_message_extension,
                    "offline_push_info": offline_push_info,
                    "is_need_read_receipt": is_need_read_receipt,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def batchsendmsg(
        self,
        request: BatchsendmsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchsendmsgResponse: ...

    @overload
    def batchsendmsg(
        self,
        *,
        to_account: Sequence[str],
        msg_random: int,
        msg_body: Sequence[MsgElementParam],
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_seq: int | None = None,
        msg_life_time: int | None = None,
        cloud_custom_data: str | None = None,
        send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
        | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        is_need_read_receipt: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchsendmsgResponse: ...

    def batchsendmsg(
        self,
        request: BatchsendmsgRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        msg_random: int | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_seq: int | None = None,
        msg_life_time: int | None = None,
        cloud_custom_data: str | None = None,
        send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
        | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        is_need_read_receipt: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BatchsendmsgResponse:
        """Send a one-to-one message to many users.

        Sends the same message to up to 500 users in one call, as the administrator or a chosen account;
        meant for notifications and marketing. No webhooks are triggered. The call succeeds when at
        least one recipient was reached; unreachable recipients are listed in ErrorList (ActionStatus is
        then "SomeError").

        `POST /v4/openim/batchsendmsg` - https://trtc.io/document/34920
        Idempotent: no (Every accepted call delivers the message again; the page promises de-duplication only "within one second", too short to cover a retry, so the SDK does not resend it.
        )
        Rate limit: 200 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: User IDs of the receivers.
            msg_random: Random number identifying the message.
            msg_body: The message.
            sync_other_machine: Whether the sender gets the message too. Left out, it is stored in the sender's history
                only.
            from_account: User ID shown as the sender; the administrator when left out.
            msg_seq: Caller-chosen sequence number; the server draws a random one when left out.
            msg_life_time: How long the message is kept for offline receivers; 0 delivers it to online devices only
                (faster, not counted as unread, not stored). Unit: seconds. Server default when omitted:
                604800.
            cloud_custom_data: Custom data stored with the message and delivered to the receivers.
            send_msg_control: Delivery options for this request.
            offline_push_info: How offline receivers are notified.
            is_need_read_receipt: 1 asks the receivers' clients for read receipts. Server default when omitted: 0.
        """
        return cast(
            "BatchsendmsgResponse",
            self._client._call(
                "openim/batchsendmsg",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_random": msg_random,
                    "msg_body": msg_body,
                    "sync_other_machine": sync_other_machine,
                    "from_account": from_account,
                    "msg_seq": msg_seq,
                    "msg_life_time": msg_life_time,
                    "cloud_custom_data": cloud_custom_data,
                    "send_msg_control": send_msg_control,
                    "offline_push_info": offline_push_info,
                    "is_need_read_receipt": is_need_read_receipt,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def batchsendmsg_in_batches(
            self,
            *,
            to_account: Sequence[str],
            msg_random: int,
            msg_body: Sequence[MsgElementParam],
            sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
            from_account: str | None = None,
            msg_seq: int | None = None,
            msg_life_time: int | None = None,
            cloud_custom_data: str | None = None,
            send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
            | None = None,
            offline_push_info: OfflinePushInfoParam | None = None,
            is_need_read_receipt: int | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def batchsendmsg_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            msg_random: int | None = None,
            msg_body: Sequence[MsgElementParam] | None = None,
            sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
            from_account: str | None = None,
            msg_seq: int | None = None,
            msg_life_time: int | None = None,
            cloud_custom_data: str | None = None,
            send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
            | None = None,
            offline_push_info: OfflinePushInfoParam | None = None,
            is_need_read_receipt: int | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`batchsendmsg` for any number of to_account: 500 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "openim/batchsendmsg",
                "to_account",
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_random": msg_random,
                    "msg_body": msg_body,
                    "sync_other_machine": sync_other_machine,
                    "from_account": from_account,
                    "msg_seq": msg_seq,
                    "msg_life_time": msg_life_time,
                    "cloud_custom_data": cloud_custom_data,
                    "send_msg_control": send_msg_control,
                    "offline_push_info": offline_push_info,
                    "is_need_read_receipt": is_need_read_receipt,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def importmsg(
        self,
        request: ImportmsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportmsgResponse: ...

    @overload
    def importmsg(
        self,
        *,
        sync_from_old_system: C2CImportMode | Literal[2, 5],
        from_account: str,
        to_account: str,
        msg_time_stamp: int,
        msg_body: Sequence[MsgElementParam],
        msg_seq: int | None = None,
        msg_random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportmsgResponse: ...

    def importmsg(
        self,
        request: ImportmsgRequest | None = None,
        *,
        sync_from_old_system: C2CImportMode | Literal[2, 5] | None = None,
        from_account: str | None = None,
        to_account: str | None = None,
        msg_time_stamp: int | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        msg_seq: int | None = None,
        msg_random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImportmsgResponse:
        """Import a one-to-one message.

        Stores one one-to-one message with its original time, for migrating history from another system
        in chronological order (as read and not pushed) or for forwarding live messages during a
        migration (as unread and pushed). The conversation is updated; no webhooks are triggered.

        `POST /v4/openim/importmsg` - https://trtc.io/document/35014
        Idempotent: no (Each accepted call stores a message; a resend is safe only through the de-duplication below.)
        De-duplicated on MsgRandom: a resend after an ambiguous failure is safe.
        Rate limit: 200 requests/s.

        Args:
            sync_from_old_system: Whether the message is stored as history or as a live message.
            from_account: User ID of the sender.
            to_account: User ID of the receiver.
            msg_time_stamp: Original send time of the message. Unit: unix seconds.
            msg_body: The message.
            msg_seq: Sequence number; orders messages of the same second and is part of the de-duplication
                key. The server draws a random one when left out.
            msg_random: Random number, part of the de-duplication key. The server requires it; the SDK fills a
                random value when left out and keeps it across retries.
            cloud_custom_data: Custom data stored with the message.
        """
        return cast(
            "ImportmsgResponse",
            self._client._call(
                "openim/importmsg",
                request,
                {
                    **unknown_fields,
                    "sync_from_old_system": sync_from_old_system,
                    "from_account": from_account,
                    "to_account": to_account,
                    "msg_time_stamp": msg_time_stamp,
                    "msg_body": msg_body,
                    "msg_seq": msg_seq,
                    "msg_random": msg_random,
                    "cloud_custom_data": cloud_custom_data,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def admin_getroammsg(
        self,
        request: AdminGetroammsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminGetroammsgResponse: ...

    @overload
    def admin_getroammsg(
        self,
        *,
        operator_account: str,
        peer_account: str,
        max_cnt: int,
        min_time: int,
        max_time: int,
        last_msg_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminGetroammsgResponse: ...

    def admin_getroammsg(
        self,
        request: AdminGetroammsgRequest | None = None,
        *,
        operator_account: str | None = None,
        peer_account: str | None = None,
        max_cnt: int | None = None,
        min_time: int | None = None,
        max_time: int | None = None,
        last_msg_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AdminGetroammsgResponse:
        """Get one-to-one message history.

        Returns the stored messages of one one-to-one conversation between MinTime and MaxTime, newest
        first, as one of its two participants sees them (clearing, deleting or SyncOtherMachine = 2 can
        make the two views differ). Recalled messages are included with MsgFlagBits 8. Only messages
        within the roaming storage period (7 days by default) can be read.

        `POST /v4/openim/admin_getroammsg` - https://trtc.io/document/35478
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            operator_account: Participant whose view of the conversation is read.
            peer_account: The other participant.
            max_cnt: Maximum number of messages to return.
            min_time: Start of the time window. Unit: unix seconds.
            max_time: End of the time window; when continuing, the LastMsgTime of the previous page. Unit:
                unix seconds.
            last_msg_key: MsgKey of the last message of the previous page; required when continuing, left out on
                the first call.
        """
        return cast(
            "AdminGetroammsgResponse",
            self._client._call(
                "openim/admin_getroammsg",
                request,
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "max_cnt": max_cnt,
                    "min_time": min_time,
                    "max_time": max_time,
                    "last_msg_key": last_msg_key,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_admin_getroammsg(
            self,
            *,
            operator_account: str,
            peer_account: str,
            max_cnt: int,
            min_time: int,
            max_time: int,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> Iterator[RoamMessage]: ...

    else:

        def iter_admin_getroammsg(
            self,
            *,
            operator_account: str | None = None,
            peer_account: str | None = None,
            max_cnt: int | None = None,
            min_time: int | None = None,
            max_time: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> Iterator[RoamMessage]:
            """Every item of `admin_getroammsg`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "openim/admin_getroammsg",
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "max_cnt": max_cnt,
                    "min_time": min_time,
                    "max_time": max_time,
                },
                extra_body,
                request_options,
            )

    @overload
    def admin_msgwithdraw(
        self,
        request: AdminMsgwithdrawRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminMsgwithdrawResponse: ...

    @overload
    def admin_msgwithdraw(
        self,
        *,
        from_account: str,
        to_account: str,
        msg_key: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminMsgwithdrawResponse: ...

    def admin_msgwithdraw(
        self,
        request: AdminMsgwithdrawRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: str | None = None,
        msg_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AdminMsgwithdrawResponse:
        """Recall a one-to-one message.

        Recalls any one-to-one message by its MsgKey, whenever it was sent, removing it from offline and
        roaming storage and from both clients' caches. Recalled messages cannot be restored.

        `POST /v4/openim/admin_msgwithdraw` - https://trtc.io/document/35015
        Idempotent: no (A repeat after a successful recall fails with 20023 (already recalled), which callers may treat as success.)
        Rate limit: 200 requests/s.

        Args:
            from_account: Sender of the message.
            to_account: Receiver of the message.
            msg_key: Key of the message, from sendmsg / batchsendmsg replies, the send webhooks or
                admin_getroammsg.
        """
        return cast(
            "AdminMsgwithdrawResponse",
            self._client._call(
                "openim/admin_msgwithdraw",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "msg_key": msg_key,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def admin_set_msg_read(
        self,
        request: AdminSetMsgReadRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminSetMsgReadResponse: ...

    @overload
    def admin_set_msg_read(
        self,
        *,
        report_account: str,
        peer_account: str,
        msg_read_time: str | int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminSetMsgReadResponse: ...

    def admin_set_msg_read(
        self,
        request: AdminSetMsgReadRequest | None = None,
        *,
        report_account: str | None = None,
        peer_account: str | None = None,
        msg_read_time: str | int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AdminSetMsgReadResponse:
        """Mark one-to-one messages as read.

        Marks the messages of one one-to-one conversation as read for one participant, up to a given
        time (now by default).

        `POST /v4/openim/admin_set_msg_read` - https://trtc.io/document/38996
        Idempotent: yes (Marking the same messages read again leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            report_account: User for whom the messages are marked read.
            peer_account: The other side of the conversation.
            msg_read_time: Unix time in seconds; messages before it become read. Now when left out. The server may
                also send it as integer.
        """
        return cast(
            "AdminSetMsgReadResponse",
            self._client._call(
                "openim/admin_set_msg_read",
                request,
                {
                    **unknown_fields,
                    "report_account": report_account,
                    "peer_account": peer_account,
                    "msg_read_time": msg_read_time,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def get_c2c_unread_msg_num(
        self,
        request: GetC2cUnreadMsgNumRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetC2cUnreadMsgNumResponse: ...

    @overload
    def get_c2c_unread_msg_num(
        self,
        *,
        to_account: str,
        peer_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetC2cUnreadMsgNumResponse: ...

    def get_c2c_unread_msg_num(
        self,
        request: GetC2cUnreadMsgNumRequest | None = None,
        *,
        to_account: str | None = None,
        peer_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetC2cUnreadMsgNumResponse:
        """Get one-to-one unread counts.

        Returns a user's total unread count over all one-to-one conversations, or, when Peer_Account is
        given, the unread counts of up to 10 particular conversations.

        `POST /v4/openim/get_c2c_unread_msg_num` - https://trtc.io/document/41046
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: User whose unread counts are read.
            peer_account: Other sides of the conversations to count; leave out for the total over all
                conversations.
        """
        return cast(
            "GetC2cUnreadMsgNumResponse",
            self._client._call(
                "openim/get_c2c_unread_msg_num",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "peer_account": peer_account,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def get_c2c_unread_msg_num_in_batches(
            self,
            *,
            to_account: str,
            peer_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def get_c2c_unread_msg_num_in_batches(
            self,
            *,
            to_account: str | None = None,
            peer_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`get_c2c_unread_msg_num` for any number of peer_account: 10 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "openim/get_c2c_unread_msg_num",
                "peer_account",
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "peer_account": peer_account,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def modify_c2c_msg(
        self,
        request: ModifyC2cMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyC2cMsgResponse: ...

    @overload
    def modify_c2c_msg(
        self,
        *,
        from_account: str,
        to_account: str,
        msg_key: str,
        msg_body: Sequence[MsgElementParam] | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyC2cMsgResponse: ...

    def modify_c2c_msg(
        self,
        request: ModifyC2cMsgRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: str | None = None,
        msg_key: str | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyC2cMsgResponse:
        """Edit a one-to-one message.

        Overwrites the body and / or the cloud custom data of a stored one-to-one message identified by
        its MsgKey. The old values cannot be restored.

        `POST /v4/openim/modify_c2c_msg` - https://trtc.io/document/47722
        Idempotent: yes (Writing the same body or custom data again leaves the same message.)
        Rate limit: 200 requests/s.

        Args:
            from_account: Sender of the message.
            to_account: Receiver of the message.
            msg_key: Key of the message to edit.
            msg_body: New body; replaces the old one.
            cloud_custom_data: New custom data; replaces the old value.
        """
        return cast(
            "ModifyC2cMsgResponse",
            self._client._call(
                "openim/modify_c2c_msg",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "msg_key": msg_key,
                    "msg_body": msg_body,
                    "cloud_custom_data": cloud_custom_data,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def modify_group_msg(
        self,
        request: ModifyGroupMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyGroupMsgResponse: ...

    @overload
    def modify_group_msg(
        self,
        *,
        group_id: str,
        msg_seq: int,
        msg_body: Sequence[MsgElementParam] | None = None,
        cloud_custom_data: str | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyGroupMsgResponse: ...

    def modify_group_msg(
        self,
        request: ModifyGroupMsgRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq: int | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        cloud_custom_data: str | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyGroupMsgResponse:
        """Edit a group message.

        Overwrites the body and / or the cloud custom data of a stored group (or topic) message
        identified by its sequence number. Not for audio-video groups; the old values cannot be
        restored.

        `POST /v4/openim/modify_group_msg` - https://trtc.io/document/47948
        Idempotent: yes (Writing the same body or custom data again leaves the same message.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group holding the message.
            msg_seq: Sequence number of the message to edit.
            msg_body: New body; replaces the old one.
            cloud_custom_data: New custom data; replaces the old value.
            topic_id: Topic holding the message (topic-enabled communities only).
        """
        return cast(
            "ModifyGroupMsgResponse",
            self._client._call(
                "openim/modify_group_msg",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                    "msg_body": msg_body,
                    "cloud_custom_data": cloud_custom_data,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def c2c_msg_read_receipt(
        self,
        request: C2cMsgReadReceiptRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> C2cMsgReadReceiptResponse: ...

    @overload
    def c2c_msg_read_receipt(
        self,
        *,
        operator_account: str,
        peer_account: str,
        c2c_msg_info: Sequence[C2CReceiptMessageParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> C2cMsgReadReceiptResponse: ...

    def c2c_msg_read_receipt(
        self,
        request: C2cMsgReadReceiptRequest | None = None,
        *,
        operator_account: str | None = None,
        peer_account: str | None = None,
        c2c_msg_info: Sequence[C2CReceiptMessageParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> C2cMsgReadReceiptResponse:
        """Send read receipts for one-to-one messages.

        Sends read receipts for messages of one one-to-one conversation in the name of their receiver
        (Operator_Account), so that the sender (Peer_Account) sees them as read.

        `POST /v4/openim/c2c_msg_read_receipt` - https://trtc.io/document/77776
        Idempotent: yes (A receipt for a message that is already marked read changes nothing (the sender may be notified again).)

        Args:
            operator_account: The receiver who sends the receipts.
            peer_account: The sender of the messages.
            c2c_msg_info: The messages the receipts are for.
        """
        return cast(
            "C2cMsgReadReceiptResponse",
            self._client._call(
                "openim/c2c_msg_read_receipt",
                request,
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "c2c_msg_info": c2c_msg_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def delete_c2c_msg_ramble(
        self,
        request: DeleteC2cMsgRambleRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteC2cMsgRambleResponse: ...

    @overload
    def delete_c2c_msg_ramble(
        self,
        *,
        operator_account: str,
        peer_account: str,
        msg_key_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteC2cMsgRambleResponse: ...

    def delete_c2c_msg_ramble(
        self,
        request: DeleteC2cMsgRambleRequest | None = None,
        *,
        operator_account: str | None = None,
        peer_account: str | None = None,
        msg_key_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteC2cMsgRambleResponse:
        """Delete one-to-one messages for one side.

        Deletes up to 30 messages of a one-to-one conversation from the history of one participant only
        (Operator_Account); the other participant still sees them. MsgKeys come from the send replies,
        the send webhooks or admin_getroammsg.

        `POST /v4/openim/delete_c2c_msg_ramble` - https://cloud.tencent.com/document/product/269/101439
        Idempotent: yes (Deleting messages that are already gone from that side's history leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            operator_account: Participant in whose history the messages are deleted.
            peer_account: The other participant.
            msg_key_list: Keys of the messages to delete.
        """
        return cast(
            "DeleteC2cMsgRambleResponse",
            self._client._call(
                "openim/delete_c2c_msg_ramble",
                request,
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "msg_key_list": msg_key_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def delete_c2c_msg_ramble_in_batches(
            self,
            *,
            operator_account: str,
            peer_account: str,
            msg_key_list: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def delete_c2c_msg_ramble_in_batches(
            self,
            *,
            operator_account: str | None = None,
            peer_account: str | None = None,
            msg_key_list: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`delete_c2c_msg_ramble` for any number of msg_key_list: 30 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "openim/delete_c2c_msg_ramble",
                "msg_key_list",
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "msg_key_list": msg_key_list,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def query_online_status(
        self,
        request: QueryOnlineStatusRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> QueryOnlineStatusResponse: ...

    @overload
    def query_online_status(
        self,
        *,
        to_account: Sequence[str],
        is_need_detail: int | None = None,
        is_return_instid: int | None = None,
        is_return_custom_status: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> QueryOnlineStatusResponse: ...

    def query_online_status(
        self,
        request: QueryOnlineStatusRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        is_need_detail: int | None = None,
        is_return_instid: int | None = None,
        is_return_custom_status: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> QueryOnlineStatusResponse:
        """Get users' online status.

        Returns the login state (Online, PushOnline or Offline) of up to 500 users, optionally per
        platform. The call succeeds when at least one user could be queried; the others are listed in
        ErrorList.

        `POST /v4/openim/query_online_status` - https://trtc.io/document/35477
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: User IDs to query.
            is_need_detail: 1 adds the state per login platform. Server default when omitted: 0.
            is_return_instid: 1 adds the device instance IDs (China-site page only; see notes). Server default when
                omitted: 0.
            is_return_custom_status: 1 adds each user's custom status (China-site page only; see notes). Server default when
                omitted: 0.
        """
        return cast(
            "QueryOnlineStatusResponse",
            self._client._call(
                "openim/query_online_status",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "is_need_detail": is_need_detail,
                    "is_return_instid": is_return_instid,
                    "is_return_custom_status": is_return_custom_status,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def query_online_status_in_batches(
            self,
            *,
            to_account: Sequence[str],
            is_need_detail: int | None = None,
            is_return_instid: int | None = None,
            is_return_custom_status: int | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def query_online_status_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            is_need_detail: int | None = None,
            is_return_instid: int | None = None,
            is_return_custom_status: int | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`query_online_status` for any number of to_account: 500 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "openim/query_online_status",
                "to_account",
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "is_need_detail": is_need_detail,
                    "is_return_instid": is_return_instid,
                    "is_return_custom_status": is_return_custom_status,
                },
                extra_body,
                request_options,
                progress,
            )

    @overload
    def querystate(
        self,
        request: QuerystateRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> QuerystateResponse: ...

    @overload
    def querystate(
        self,
        *,
        to_account: Sequence[str],
        is_need_detail: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> QuerystateResponse: ...

    def querystate(
        self,
        request: QuerystateRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        is_need_detail: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> QuerystateResponse:
        """Get users' login state (legacy).

        Older twin of query_online_status kept in the "online status" documentation folder: the same
        input, a reply that reports State per user and has no ErrorList. Use query_online_status in new
        code.

        `POST /v4/openim/querystate` - https://intl.cloud.tencent.com/document/product/1047/35477
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            to_account: User IDs to query.
            is_need_detail: 1 adds the state per login platform. Server default when omitted: 0.
        """
        return cast(
            "QuerystateResponse",
            self._client._call(
                "openim/querystate",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "is_need_detail": is_need_detail,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def querystate_in_batches(
            self,
            *,
            to_account: Sequence[str],
            is_need_detail: int | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        def querystate_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            is_need_detail: int | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`querystate` for any number of to_account: 500 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). `progress` is called after each call.
            """
            return self._client._run_batches(
                "openim/querystate",
                "to_account",
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "is_need_detail": is_need_detail,
                },
                extra_body,
                request_options,
                progress,
            )


class AsyncMessageService(AsyncService):
    """One-to-one messages (send, batch send, import, history, recall, edit, read state, receipts, unread counts) and users' online status. (`openim`)"""

    __slots__ = ()

    @overload
    async def sendmsg(
        self,
        request: SendmsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendmsgResponse: ...

    @overload
    async def sendmsg(
        self,
        *,
        to_account: str,
        msg_body: Sequence[MsgElementParam],
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_life_time: int | None = None,
        msg_seq: int | None = None,
        msg_random: int | None = None,
        forbid_callback_control: Sequence[
            C2CForbidCallback | Literal["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]
        ]
        | None = None,
        send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
        | None = None,
        cloud_custom_data: str | None = None,
        support_message_extension: int | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        is_need_read_receipt: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendmsgResponse: ...

    async def sendmsg(
        self,
        request: SendmsgRequest | None = None,
        *,
        to_account: str | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_life_time: int | None = None,
        msg_seq: int | None = None,
        msg_random: int | None = None,
        forbid_callback_control: Sequence[
            C2CForbidCallback | Literal["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]
        ]
        | None = None,
        send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
        | None = None,
        cloud_custom_data: str | None = None,
        support_message_extension: int | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        is_need_read_receipt: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SendmsgResponse:
        """Send a one-to-one message.

        Sends a message to one user, either as the administrator or in the name of a chosen account
        (From_Account). Friendship, block lists and mutes are not checked; the receiver's do-not-disturb
        setting only applies with SendMsgControl WithMuteNotifications. SyncOtherMachine decides whether
        the sender's own devices get the message too.

        `POST /v4/openim/sendmsg` - https://trtc.io/document/34919
        Idempotent: no (Every accepted call delivers a message; a resend is safe only through the server's de-duplication described below.)
        De-duplicated on MsgRandom: a resend after an ambiguous failure is safe.
        Rate limit: 200 requests/s.

        Args:
            to_account: User ID of the receiver.
            msg_body: The message: one or more elements (at most one custom element).
            sync_other_machine: Whether the sender gets the message too. Left out, it is stored in the sender's history
                but not pushed to the sender's devices.
            from_account: User ID shown as the sender; the administrator when left out.
            msg_life_time: How long the message is kept for an offline receiver; 0 delivers it to online devices
                only and keeps nothing. Unit: seconds. Server default when omitted: 604800.
            msg_seq: Caller-chosen sequence number; orders messages of the same second and is part of the de-
                duplication key. The server draws a random one when left out.
            msg_random: Random number identifying the message for de-duplication. The server requires it; the
                SDK fills a random value when left out and keeps it across retries.
            forbid_callback_control: Webhooks to skip for this message.
            send_msg_control: Delivery options for this message.
            cloud_custom_data: Custom data stored with the message and delivered to the receiver.
            support_message_extension: 1 allows key-value extensions (message_extension.set_key_values) on this message. Server
                default when omitted: 0.
            offline_push_info: How an offline receiver is notified.
            is_need_read_receipt: 1 asks the receiver's client for a read receipt. Server default when omitted: 0.
        """
        return cast(
            "SendmsgResponse",
            await self._client._call(
                "openim/sendmsg",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_body": msg_body,
                    "sync_other_machine": sync_other_machine,
                    "from_account": from_account,
                    "msg_life_time": msg_life_time,
                    "msg_seq": msg_seq,
                    "msg_random": msg_random,
                    "forbid_callback_control": forbid_callback_control,
                    "send_msg_control": send_msg_control,
                    "cloud_custom_data": cloud_custom_data,
                    "support_message_extension": support_message_extension,
                    "offline_push_info": offline_push_info,
                    "is_need_read_receipt": is_need_read_receipt,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def batchsendmsg(
        self,
        request: BatchsendmsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchsendmsgResponse: ...

    @overload
    async def batchsendmsg(
        self,
        *,
        to_account: Sequence[str],
        msg_random: int,
        msg_body: Sequence[MsgElementParam],
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_seq: int | None = None,
        msg_life_time: int | None = None,
        cloud_custom_data: str | None = None,
        send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
        | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        is_need_read_receipt: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchsendmsgResponse: ...

    async def batchsendmsg(
        self,
        request: BatchsendmsgRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        msg_random: int | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
        from_account: str | None = None,
        msg_seq: int | None = None,
        msg_life_time: int | None = None,
        cloud_custom_data: str | None = None,
        send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
        | None = None,
        offline_push_info: OfflinePushInfoParam | None = None,
        is_need_read_receipt: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> BatchsendmsgResponse:
        """Send a one-to-one message to many users.

        Sends the same message to up to 500 users in one call, as the administrator or a chosen account;
        meant for notifications and marketing. No webhooks are triggered. The call succeeds when at
        least one recipient was reached; unreachable recipients are listed in ErrorList (ActionStatus is
        then "SomeError").

        `POST /v4/openim/batchsendmsg` - https://trtc.io/document/34920
        Idempotent: no (Every accepted call delivers the message again; the page promises de-duplication only "within one second", too short to cover a retry, so the SDK does not resend it.
        )
        Rate limit: 200 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: User IDs of the receivers.
            msg_random: Random number identifying the message.
            msg_body: The message.
            sync_other_machine: Whether the sender gets the message too. Left out, it is stored in the sender's history
                only.
            from_account: User ID shown as the sender; the administrator when left out.
            msg_seq: Caller-chosen sequence number; the server draws a random one when left out.
            msg_life_time: How long the message is kept for offline receivers; 0 delivers it to online devices only
                (faster, not counted as unread, not stored). Unit: seconds. Server default when omitted:
                604800.
            cloud_custom_data: Custom data stored with the message and delivered to the receivers.
            send_msg_control: Delivery options for this request.
            offline_push_info: How offline receivers are notified.
            is_need_read_receipt: 1 asks the receivers' clients for read receipts. Server default when omitted: 0.
        """
        return cast(
            "BatchsendmsgResponse",
            await self._client._call(
                "openim/batchsendmsg",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_random": msg_random,
                    "msg_body": msg_body,
                    "sync_other_machine": sync_other_machine,
                    "from_account": from_account,
                    "msg_seq": msg_seq,
                    "msg_life_time": msg_life_time,
                    "cloud_custom_data": cloud_custom_data,
                    "send_msg_control": send_msg_control,
                    "offline_push_info": offline_push_info,
                    "is_need_read_receipt": is_need_read_receipt,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def batchsendmsg_in_batches(
            self,
            *,
            to_account: Sequence[str],
            msg_random: int,
            msg_body: Sequence[MsgElementParam],
            sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
            from_account: str | None = None,
            msg_seq: int | None = None,
            msg_life_time: int | None = None,
            cloud_custom_data: str | None = None,
            send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
            | None = None,
            offline_push_info: OfflinePushInfoParam | None = None,
            is_need_read_receipt: int | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def batchsendmsg_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            msg_random: int | None = None,
            msg_body: Sequence[MsgElementParam] | None = None,
            sync_other_machine: SenderSyncMode | Literal[1, 2] | None = None,
            from_account: str | None = None,
            msg_seq: int | None = None,
            msg_life_time: int | None = None,
            cloud_custom_data: str | None = None,
            send_msg_control: Sequence[C2CSendMsgControl | Literal["NoUnread", "NoLastMsg", "WithMuteNotifications"]]
            | None = None,
            offline_push_info: OfflinePushInfoParam | None = None,
            is_need_read_receipt: int | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`batchsendmsg` for any number of to_account: 500 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "openim/batchsendmsg",
                "to_account",
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "msg_random": msg_random,
                    "msg_body": msg_body,
                    "sync_other_machine": sync_other_machine,
                    "from_account": from_account,
                    "msg_seq": msg_seq,
                    "msg_life_time": msg_life_time,
                    "cloud_custom_data": cloud_custom_data,
                    "send_msg_control": send_msg_control,
                    "offline_push_info": offline_push_info,
                    "is_need_read_receipt": is_need_read_receipt,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def importmsg(
        self,
        request: ImportmsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportmsgResponse: ...

    @overload
    async def importmsg(
        self,
        *,
        sync_from_old_system: C2CImportMode | Literal[2, 5],
        from_account: str,
        to_account: str,
        msg_time_stamp: int,
        msg_body: Sequence[MsgElementParam],
        msg_seq: int | None = None,
        msg_random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ImportmsgResponse: ...

    async def importmsg(
        self,
        request: ImportmsgRequest | None = None,
        *,
        sync_from_old_system: C2CImportMode | Literal[2, 5] | None = None,
        from_account: str | None = None,
        to_account: str | None = None,
        msg_time_stamp: int | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        msg_seq: int | None = None,
        msg_random: int | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ImportmsgResponse:
        """Import a one-to-one message.

        Stores one one-to-one message with its original time, for migrating history from another system
        in chronological order (as read and not pushed) or for forwarding live messages during a
        migration (as unread and pushed). The conversation is updated; no webhooks are triggered.

        `POST /v4/openim/importmsg` - https://trtc.io/document/35014
        Idempotent: no (Each accepted call stores a message; a resend is safe only through the de-duplication below.)
        De-duplicated on MsgRandom: a resend after an ambiguous failure is safe.
        Rate limit: 200 requests/s.

        Args:
            sync_from_old_system: Whether the message is stored as history or as a live message.
            from_account: User ID of the sender.
            to_account: User ID of the receiver.
            msg_time_stamp: Original send time of the message. Unit: unix seconds.
            msg_body: The message.
            msg_seq: Sequence number; orders messages of the same second and is part of the de-duplication
                key. The server draws a random one when left out.
            msg_random: Random number, part of the de-duplication key. The server requires it; the SDK fills a
                random value when left out and keeps it across retries.
            cloud_custom_data: Custom data stored with the message.
        """
        return cast(
            "ImportmsgResponse",
            await self._client._call(
                "openim/importmsg",
                request,
                {
                    **unknown_fields,
                    "sync_from_old_system": sync_from_old_system,
                    "from_account": from_account,
                    "to_account": to_account,
                    "msg_time_stamp": msg_time_stamp,
                    "msg_body": msg_body,
                    "msg_seq": msg_seq,
                    "msg_random": msg_random,
                    "cloud_custom_data": cloud_custom_data,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def admin_getroammsg(
        self,
        request: AdminGetroammsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminGetroammsgResponse: ...

    @overload
    async def admin_getroammsg(
        self,
        *,
        operator_account: str,
        peer_account: str,
        max_cnt: int,
        min_time: int,
        max_time: int,
        last_msg_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminGetroammsgResponse: ...

    async def admin_getroammsg(
        self,
        request: AdminGetroammsgRequest | None = None,
        *,
        operator_account: str | None = None,
        peer_account: str | None = None,
        max_cnt: int | None = None,
        min_time: int | None = None,
        max_time: int | None = None,
        last_msg_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AdminGetroammsgResponse:
        """Get one-to-one message history.

        Returns the stored messages of one one-to-one conversation between MinTime and MaxTime, newest
        first, as one of its two participants sees them (clearing, deleting or SyncOtherMachine = 2 can
        make the two views differ). Recalled messages are included with MsgFlagBits 8. Only messages
        within the roaming storage period (7 days by default) can be read.

        `POST /v4/openim/admin_getroammsg` - https://trtc.io/document/35478
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            operator_account: Participant whose view of the conversation is read.
            peer_account: The other participant.
            max_cnt: Maximum number of messages to return.
            min_time: Start of the time window. Unit: unix seconds.
            max_time: End of the time window; when continuing, the LastMsgTime of the previous page. Unit:
                unix seconds.
            last_msg_key: MsgKey of the last message of the previous page; required when continuing, left out on
                the first call.
        """
        return cast(
            "AdminGetroammsgResponse",
            await self._client._call(
                "openim/admin_getroammsg",
                request,
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "max_cnt": max_cnt,
                    "min_time": min_time,
                    "max_time": max_time,
                    "last_msg_key": last_msg_key,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        def iter_admin_getroammsg(
            self,
            *,
            operator_account: str,
            peer_account: str,
            max_cnt: int,
            min_time: int,
            max_time: int,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> AsyncIterator[RoamMessage]: ...

    else:

        def iter_admin_getroammsg(
            self,
            *,
            operator_account: str | None = None,
            peer_account: str | None = None,
            max_cnt: int | None = None,
            min_time: int | None = None,
            max_time: int | None = None,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> AsyncIterator[RoamMessage]:
            """Every item of `admin_getroammsg`, fetching page after page as the iteration goes."""
            return self._client._paginate(
                "openim/admin_getroammsg",
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "max_cnt": max_cnt,
                    "min_time": min_time,
                    "max_time": max_time,
                },
                extra_body,
                request_options,
            )

    @overload
    async def admin_msgwithdraw(
        self,
        request: AdminMsgwithdrawRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminMsgwithdrawResponse: ...

    @overload
    async def admin_msgwithdraw(
        self,
        *,
        from_account: str,
        to_account: str,
        msg_key: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminMsgwithdrawResponse: ...

    async def admin_msgwithdraw(
        self,
        request: AdminMsgwithdrawRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: str | None = None,
        msg_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AdminMsgwithdrawResponse:
        """Recall a one-to-one message.

        Recalls any one-to-one message by its MsgKey, whenever it was sent, removing it from offline and
        roaming storage and from both clients' caches. Recalled messages cannot be restored.

        `POST /v4/openim/admin_msgwithdraw` - https://trtc.io/document/35015
        Idempotent: no (A repeat after a successful recall fails with 20023 (already recalled), which callers may treat as success.)
        Rate limit: 200 requests/s.

        Args:
            from_account: Sender of the message.
            to_account: Receiver of the message.
            msg_key: Key of the message, from sendmsg / batchsendmsg replies, the send webhooks or
                admin_getroammsg.
        """
        return cast(
            "AdminMsgwithdrawResponse",
            await self._client._call(
                "openim/admin_msgwithdraw",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "msg_key": msg_key,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def admin_set_msg_read(
        self,
        request: AdminSetMsgReadRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminSetMsgReadResponse: ...

    @overload
    async def admin_set_msg_read(
        self,
        *,
        report_account: str,
        peer_account: str,
        msg_read_time: str | int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AdminSetMsgReadResponse: ...

    async def admin_set_msg_read(
        self,
        request: AdminSetMsgReadRequest | None = None,
        *,
        report_account: str | None = None,
        peer_account: str | None = None,
        msg_read_time: str | int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> AdminSetMsgReadResponse:
        """Mark one-to-one messages as read.

        Marks the messages of one one-to-one conversation as read for one participant, up to a given
        time (now by default).

        `POST /v4/openim/admin_set_msg_read` - https://trtc.io/document/38996
        Idempotent: yes (Marking the same messages read again leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            report_account: User for whom the messages are marked read.
            peer_account: The other side of the conversation.
            msg_read_time: Unix time in seconds; messages before it become read. Now when left out. The server may
                also send it as integer.
        """
        return cast(
            "AdminSetMsgReadResponse",
            await self._client._call(
                "openim/admin_set_msg_read",
                request,
                {
                    **unknown_fields,
                    "report_account": report_account,
                    "peer_account": peer_account,
                    "msg_read_time": msg_read_time,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def get_c2c_unread_msg_num(
        self,
        request: GetC2cUnreadMsgNumRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetC2cUnreadMsgNumResponse: ...

    @overload
    async def get_c2c_unread_msg_num(
        self,
        *,
        to_account: str,
        peer_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetC2cUnreadMsgNumResponse: ...

    async def get_c2c_unread_msg_num(
        self,
        request: GetC2cUnreadMsgNumRequest | None = None,
        *,
        to_account: str | None = None,
        peer_account: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetC2cUnreadMsgNumResponse:
        """Get one-to-one unread counts.

        Returns a user's total unread count over all one-to-one conversations, or, when Peer_Account is
        given, the unread counts of up to 10 particular conversations.

        `POST /v4/openim/get_c2c_unread_msg_num` - https://trtc.io/document/41046
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: User whose unread counts are read.
            peer_account: Other sides of the conversations to count; leave out for the total over all
                conversations.
        """
        return cast(
            "GetC2cUnreadMsgNumResponse",
            await self._client._call(
                "openim/get_c2c_unread_msg_num",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "peer_account": peer_account,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def get_c2c_unread_msg_num_in_batches(
            self,
            *,
            to_account: str,
            peer_account: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def get_c2c_unread_msg_num_in_batches(
            self,
            *,
            to_account: str | None = None,
            peer_account: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`get_c2c_unread_msg_num` for any number of peer_account: 10 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "openim/get_c2c_unread_msg_num",
                "peer_account",
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "peer_account": peer_account,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def modify_c2c_msg(
        self,
        request: ModifyC2cMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyC2cMsgResponse: ...

    @overload
    async def modify_c2c_msg(
        self,
        *,
        from_account: str,
        to_account: str,
        msg_key: str,
        msg_body: Sequence[MsgElementParam] | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyC2cMsgResponse: ...

    async def modify_c2c_msg(
        self,
        request: ModifyC2cMsgRequest | None = None,
        *,
        from_account: str | None = None,
        to_account: str | None = None,
        msg_key: str | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        cloud_custom_data: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyC2cMsgResponse:
        """Edit a one-to-one message.

        Overwrites the body and / or the cloud custom data of a stored one-to-one message identified by
        its MsgKey. The old values cannot be restored.

        `POST /v4/openim/modify_c2c_msg` - https://trtc.io/document/47722
        Idempotent: yes (Writing the same body or custom data again leaves the same message.)
        Rate limit: 200 requests/s.

        Args:
            from_account: Sender of the message.
            to_account: Receiver of the message.
            msg_key: Key of the message to edit.
            msg_body: New body; replaces the old one.
            cloud_custom_data: New custom data; replaces the old value.
        """
        return cast(
            "ModifyC2cMsgResponse",
            await self._client._call(
                "openim/modify_c2c_msg",
                request,
                {
                    **unknown_fields,
                    "from_account": from_account,
                    "to_account": to_account,
                    "msg_key": msg_key,
                    "msg_body": msg_body,
                    "cloud_custom_data": cloud_custom_data,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def modify_group_msg(
        self,
        request: ModifyGroupMsgRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyGroupMsgResponse: ...

    @overload
    async def modify_group_msg(
        self,
        *,
        group_id: str,
        msg_seq: int,
        msg_body: Sequence[MsgElementParam] | None = None,
        cloud_custom_data: str | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModifyGroupMsgResponse: ...

    async def modify_group_msg(
        self,
        request: ModifyGroupMsgRequest | None = None,
        *,
        group_id: str | None = None,
        msg_seq: int | None = None,
        msg_body: Sequence[MsgElementParam] | None = None,
        cloud_custom_data: str | None = None,
        topic_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> ModifyGroupMsgResponse:
        """Edit a group message.

        Overwrites the body and / or the cloud custom data of a stored group (or topic) message
        identified by its sequence number. Not for audio-video groups; the old values cannot be
        restored.

        `POST /v4/openim/modify_group_msg` - https://trtc.io/document/47948
        Idempotent: yes (Writing the same body or custom data again leaves the same message.)
        Rate limit: 200 requests/s.
        Group types: Private, Public, ChatRoom, Community.

        Args:
            group_id: Group holding the message.
            msg_seq: Sequence number of the message to edit.
            msg_body: New body; replaces the old one.
            cloud_custom_data: New custom data; replaces the old value.
            topic_id: Topic holding the message (topic-enabled communities only).
        """
        return cast(
            "ModifyGroupMsgResponse",
            await self._client._call(
                "openim/modify_group_msg",
                request,
                {
                    **unknown_fields,
                    "group_id": group_id,
                    "msg_seq": msg_seq,
                    "msg_body": msg_body,
                    "cloud_custom_data": cloud_custom_data,
                    "topic_id": topic_id,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def c2c_msg_read_receipt(
        self,
        request: C2cMsgReadReceiptRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> C2cMsgReadReceiptResponse: ...

    @overload
    async def c2c_msg_read_receipt(
        self,
        *,
        operator_account: str,
        peer_account: str,
        c2c_msg_info: Sequence[C2CReceiptMessageParam],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> C2cMsgReadReceiptResponse: ...

    async def c2c_msg_read_receipt(
        self,
        request: C2cMsgReadReceiptRequest | None = None,
        *,
        operator_account: str | None = None,
        peer_account: str | None = None,
        c2c_msg_info: Sequence[C2CReceiptMessageParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> C2cMsgReadReceiptResponse:
        """Send read receipts for one-to-one messages.

        Sends read receipts for messages of one one-to-one conversation in the name of their receiver
        (Operator_Account), so that the sender (Peer_Account) sees them as read.

        `POST /v4/openim/c2c_msg_read_receipt` - https://trtc.io/document/77776
        Idempotent: yes (A receipt for a message that is already marked read changes nothing (the sender may be notified again).)

        Args:
            operator_account: The receiver who sends the receipts.
            peer_account: The sender of the messages.
            c2c_msg_info: The messages the receipts are for.
        """
        return cast(
            "C2cMsgReadReceiptResponse",
            await self._client._call(
                "openim/c2c_msg_read_receipt",
                request,
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "c2c_msg_info": c2c_msg_info,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def delete_c2c_msg_ramble(
        self,
        request: DeleteC2cMsgRambleRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteC2cMsgRambleResponse: ...

    @overload
    async def delete_c2c_msg_ramble(
        self,
        *,
        operator_account: str,
        peer_account: str,
        msg_key_list: Sequence[str],
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeleteC2cMsgRambleResponse: ...

    async def delete_c2c_msg_ramble(
        self,
        request: DeleteC2cMsgRambleRequest | None = None,
        *,
        operator_account: str | None = None,
        peer_account: str | None = None,
        msg_key_list: Sequence[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> DeleteC2cMsgRambleResponse:
        """Delete one-to-one messages for one side.

        Deletes up to 30 messages of a one-to-one conversation from the history of one participant only
        (Operator_Account); the other participant still sees them. MsgKeys come from the send replies,
        the send webhooks or admin_getroammsg.

        `POST /v4/openim/delete_c2c_msg_ramble` - https://cloud.tencent.com/document/product/269/101439
        Idempotent: yes (Deleting messages that are already gone from that side's history leaves the same state.)
        Rate limit: 200 requests/s.

        Args:
            operator_account: Participant in whose history the messages are deleted.
            peer_account: The other participant.
            msg_key_list: Keys of the messages to delete.
        """
        return cast(
            "DeleteC2cMsgRambleResponse",
            await self._client._call(
                "openim/delete_c2c_msg_ramble",
                request,
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "msg_key_list": msg_key_list,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def delete_c2c_msg_ramble_in_batches(
            self,
            *,
            operator_account: str,
            peer_account: str,
            msg_key_list: Sequence[str],
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def delete_c2c_msg_ramble_in_batches(
            self,
            *,
            operator_account: str | None = None,
            peer_account: str | None = None,
            msg_key_list: Sequence[str] | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`delete_c2c_msg_ramble` for any number of msg_key_list: 30 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "openim/delete_c2c_msg_ramble",
                "msg_key_list",
                {
                    **unknown_fields,
                    "operator_account": operator_account,
                    "peer_account": peer_account,
                    "msg_key_list": msg_key_list,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def query_online_status(
        self,
        request: QueryOnlineStatusRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> QueryOnlineStatusResponse: ...

    @overload
    async def query_online_status(
        self,
        *,
        to_account: Sequence[str],
        is_need_detail: int | None = None,
        is_return_instid: int | None = None,
        is_return_custom_status: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> QueryOnlineStatusResponse: ...

    async def query_online_status(
        self,
        request: QueryOnlineStatusRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        is_need_detail: int | None = None,
        is_return_instid: int | None = None,
        is_return_custom_status: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> QueryOnlineStatusResponse:
        """Get users' online status.

        Returns the login state (Online, PushOnline or Offline) of up to 500 users, optionally per
        platform. The call succeeds when at least one user could be queried; the others are listed in
        ErrorList.

        `POST /v4/openim/query_online_status` - https://trtc.io/document/35477
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.
        Partial success: results per item in ErrorList; trtc_sdk.failed_items(reply) lists the failures.

        Args:
            to_account: User IDs to query.
            is_need_detail: 1 adds the state per login platform. Server default when omitted: 0.
            is_return_instid: 1 adds the device instance IDs (China-site page only; see notes). Server default when
                omitted: 0.
            is_return_custom_status: 1 adds each user's custom status (China-site page only; see notes). Server default when
                omitted: 0.
        """
        return cast(
            "QueryOnlineStatusResponse",
            await self._client._call(
                "openim/query_online_status",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "is_need_detail": is_need_detail,
                    "is_return_instid": is_return_instid,
                    "is_return_custom_status": is_return_custom_status,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def query_online_status_in_batches(
            self,
            *,
            to_account: Sequence[str],
            is_need_detail: int | None = None,
            is_return_instid: int | None = None,
            is_return_custom_status: int | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def query_online_status_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            is_need_detail: int | None = None,
            is_return_instid: int | None = None,
            is_return_custom_status: int | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`query_online_status` for any number of to_account: 500 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "openim/query_online_status",
                "to_account",
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "is_need_detail": is_need_detail,
                    "is_return_instid": is_return_instid,
                    "is_return_custom_status": is_return_custom_status,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )

    @overload
    async def querystate(
        self,
        request: QuerystateRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> QuerystateResponse: ...

    @overload
    async def querystate(
        self,
        *,
        to_account: Sequence[str],
        is_need_detail: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> QuerystateResponse: ...

    async def querystate(
        self,
        request: QuerystateRequest | None = None,
        *,
        to_account: Sequence[str] | None = None,
        is_need_detail: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> QuerystateResponse:
        """Get users' login state (legacy).

        Older twin of query_online_status kept in the "online status" documentation folder: the same
        input, a reply that reports State per user and has no ErrorList. Use query_online_status in new
        code.

        `POST /v4/openim/querystate` - https://intl.cloud.tencent.com/document/product/1047/35477
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            to_account: User IDs to query.
            is_need_detail: 1 adds the state per login platform. Server default when omitted: 0.
        """
        return cast(
            "QuerystateResponse",
            await self._client._call(
                "openim/querystate",
                request,
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "is_need_detail": is_need_detail,
                },
                extra_body,
                request_options,
            ),
        )

    if TYPE_CHECKING:  # what type checkers see; at run time an unknown keyword gets a did-you-mean instead

        async def querystate_in_batches(
            self,
            *,
            to_account: Sequence[str],
            is_need_detail: int | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
        ) -> BatchResult[str]: ...

    else:

        async def querystate_in_batches(
            self,
            *,
            to_account: Sequence[str] | None = None,
            is_need_detail: int | None = None,
            progress: Callable[[BatchProgress], None] | None = None,
            concurrency: int = 4,
            extra_body: Mapping[str, Any] | None = None,
            request_options: RequestOptions | None = None,
            **unknown_fields: Any,
        ) -> BatchResult[str]:
            """`querystate` for any number of to_account: 500 per call, one result for all.

            Every call is checked before the first is sent. Items end up in `succeeded`, `failed` (refused: safe to
            send again) or `unknown` (their call may have run: check them before sending again). At most
            `concurrency` calls run at once. `progress` is called after each call.
            """
            return await self._client._run_batches(
                "openim/querystate",
                "to_account",
                {
                    **unknown_fields,
                    "to_account": to_account,
                    "is_need_detail": is_need_detail,
                },
                extra_body,
                request_options,
                progress,
                concurrency,
            )
