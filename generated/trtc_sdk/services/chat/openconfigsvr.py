# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit
"""Chat (Tencent Cloud Chat), `openconfigsvr`: typed methods, sync and async.

Each method names its command and hands the arguments to the client's single request path. Models
are imported for type checkers only: the command's module loads when it is first called.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from trtc_sdk._core.services import AsyncService, SyncService

if TYPE_CHECKING:
    from trtc_sdk._core.client import RequestOptions
    from trtc_sdk.models.chat._enums.app_info_field import (
        AppInfoField,
    )
    from trtc_sdk.models.chat.openconfigsvr.getappinfo import (
        GetappinfoRequest,
        GetappinfoResponse,
    )
    from trtc_sdk.models.chat.openconfigsvr.getnospeaking import (
        GetnospeakingRequest,
        GetnospeakingResponse,
    )
    from trtc_sdk.models.chat.openconfigsvr.setnospeaking import (
        SetnospeakingRequest,
        SetnospeakingResponse,
    )

__all__ = [
    "AsyncChatConfigService",
    "ChatConfigService",
]


class ChatConfigService(SyncService):
    """App-wide settings and statistics of Chat, such as muting an account everywhere. (`openconfigsvr`)"""

    __slots__ = ()

    @overload
    def setnospeaking(
        self,
        request: SetnospeakingRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetnospeakingResponse: ...

    @overload
    def setnospeaking(
        self,
        *,
        set_account: str,
        c2c_msg_nospeaking_time: int | None = None,
        group_msg_nospeaking_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetnospeakingResponse: ...

    def setnospeaking(
        self,
        request: SetnospeakingRequest | None = None,
        *,
        set_account: str | None = None,
        c2c_msg_nospeaking_time: int | None = None,
        group_msg_nospeaking_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetnospeakingResponse:
        """Set global mute.

        Mutes or unmutes an account for all one-to-one messages and/or all group messages, for a time or
        for good.

        `POST /v4/openconfigsvr/setnospeaking` - https://trtc.io/document/34923
        Idempotent: yes (Sets the mute periods to given values; a repeat only restarts the countdown.)
        Rate limit: 200 requests/s.

        Args:
            set_account: Account to mute or unmute.
            c2c_msg_nospeaking_time: How long the account may not send one-to-one messages: 0 unmutes, 4294967295 mutes for
                good, any other value is a number of seconds. Senders get error 20012 meanwhile. Unit:
                seconds.
            group_msg_nospeaking_time: How long the account may not send group messages: 0 unmutes, 4294967295 mutes for good,
                any other value is a number of seconds. Senders get error 10017 meanwhile. Unit:
                seconds.
        """
        return cast(
            "SetnospeakingResponse",
            self._client._call(
                "openconfigsvr/setnospeaking",
                request,
                {
                    **unknown_fields,
                    "set_account": set_account,
                    "c2c_msg_nospeaking_time": c2c_msg_nospeaking_time,
                    "group_msg_nospeaking_time": group_msg_nospeaking_time,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def getnospeaking(
        self,
        request: GetnospeakingRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetnospeakingResponse: ...

    @overload
    def getnospeaking(
        self,
        *,
        get_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetnospeakingResponse: ...

    def getnospeaking(
        self,
        request: GetnospeakingRequest | None = None,
        *,
        get_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetnospeakingResponse:
        """Query global mute.

        Returns how long an account remains muted for one-to-one and for group messages.

        `POST /v4/openconfigsvr/getnospeaking` - https://trtc.io/document/34924
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            get_account: Account to query.
        """
        return cast(
            "GetnospeakingResponse",
            self._client._call(
                "openconfigsvr/getnospeaking",
                request,
                {
                    **unknown_fields,
                    "get_account": get_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    def getappinfo(
        self,
        request: GetappinfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetappinfoResponse: ...

    @overload
    def getappinfo(
        self,
        *,
        request_field: Sequence[
            AppInfoField
            | Literal[
                "AppName",
                "AppId",
                "Company",
                "ActiveUserNum",
                "RegistUserNumOneDay",
                "RegistUserNumTotal",
                "LoginTimes",
                "LoginUserNum",
                "UpMsgNum",
                "SendMsgUserNum",
                "APNSMsgNum",
                "C2CUpMsgNum",
                "C2CDownMsgNum",
                "C2CSendMsgUserNum",
                "C2CAPNSMsgNum",
                "MaxOnlineNum",
                "DownMsgNum",
                "ChainIncrease",
                "ChainDecrease",
                "GroupUpMsgNum",
                "GroupDownMsgNum",
                "GroupSendMsgUserNum",
                "GroupAPNSMsgNum",
                "GroupSendMsgGroupNum",
                "GroupJoinGroupTimes",
                "GroupQuitGroupTimes",
                "GroupNewGroupNum",
                "GroupAllGroupNum",
                "GroupDestroyGroupNum",
                "CallBackReq",
                "CallBackRsp",
                "Date",
            ]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetappinfoResponse: ...

    def getappinfo(
        self,
        request: GetappinfoRequest | None = None,
        *,
        request_field: Sequence[
            AppInfoField
            | Literal[
                "AppName",
                "AppId",
                "Company",
                "ActiveUserNum",
                "RegistUserNumOneDay",
                "RegistUserNumTotal",
                "LoginTimes",
                "LoginUserNum",
                "UpMsgNum",
                "SendMsgUserNum",
                "APNSMsgNum",
                "C2CUpMsgNum",
                "C2CDownMsgNum",
                "C2CSendMsgUserNum",
                "C2CAPNSMsgNum",
                "MaxOnlineNum",
                "DownMsgNum",
                "ChainIncrease",
                "ChainDecrease",
                "GroupUpMsgNum",
                "GroupDownMsgNum",
                "GroupSendMsgUserNum",
                "GroupAPNSMsgNum",
                "GroupSendMsgGroupNum",
                "GroupJoinGroupTimes",
                "GroupQuitGroupTimes",
                "GroupNewGroupNum",
                "GroupAllGroupNum",
                "GroupDestroyGroupNum",
                "CallBackReq",
                "CallBackRsp",
                "Date",
            ]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetappinfoResponse:
        """Pull operations data.

        Returns the app's daily operations statistics of the last 30 days, all of them or the fields
        asked for.

        `POST /v4/openconfigsvr/getappinfo` - https://trtc.io/document/34886
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            request_field: Statistics to return; all of them when omitted.
        """
        return cast(
            "GetappinfoResponse",
            self._client._call(
                "openconfigsvr/getappinfo",
                request,
                {
                    **unknown_fields,
                    "request_field": request_field,
                },
                extra_body,
                request_options,
            ),
        )


class AsyncChatConfigService(AsyncService):
    """App-wide settings and statistics of Chat, such as muting an account everywhere. (`openconfigsvr`)"""

    __slots__ = ()

    @overload
    async def setnospeaking(
        self,
        request: SetnospeakingRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetnospeakingResponse: ...

    @overload
    async def setnospeaking(
        self,
        *,
        set_account: str,
        c2c_msg_nospeaking_time: int | None = None,
        group_msg_nospeaking_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SetnospeakingResponse: ...

    async def setnospeaking(
        self,
        request: SetnospeakingRequest | None = None,
        *,
        set_account: str | None = None,
        c2c_msg_nospeaking_time: int | None = None,
        group_msg_nospeaking_time: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> SetnospeakingResponse:
        """Set global mute.

        Mutes or unmutes an account for all one-to-one messages and/or all group messages, for a time or
        for good.

        `POST /v4/openconfigsvr/setnospeaking` - https://trtc.io/document/34923
        Idempotent: yes (Sets the mute periods to given values; a repeat only restarts the countdown.)
        Rate limit: 200 requests/s.

        Args:
            set_account: Account to mute or unmute.
            c2c_msg_nospeaking_time: How long the account may not send one-to-one messages: 0 unmutes, 4294967295 mutes for
                good, any other value is a number of seconds. Senders get error 20012 meanwhile. Unit:
                seconds.
            group_msg_nospeaking_time: How long the account may not send group messages: 0 unmutes, 4294967295 mutes for good,
                any other value is a number of seconds. Senders get error 10017 meanwhile. Unit:
                seconds.
        """
        return cast(
            "SetnospeakingResponse",
            await self._client._call(
                "openconfigsvr/setnospeaking",
                request,
                {
                    **unknown_fields,
                    "set_account": set_account,
                    "c2c_msg_nospeaking_time": c2c_msg_nospeaking_time,
                    "group_msg_nospeaking_time": group_msg_nospeaking_time,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def getnospeaking(
        self,
        request: GetnospeakingRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetnospeakingResponse: ...

    @overload
    async def getnospeaking(
        self,
        *,
        get_account: str,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetnospeakingResponse: ...

    async def getnospeaking(
        self,
        request: GetnospeakingRequest | None = None,
        *,
        get_account: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetnospeakingResponse:
        """Query global mute.

        Returns how long an account remains muted for one-to-one and for group messages.

        `POST /v4/openconfigsvr/getnospeaking` - https://trtc.io/document/34924
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            get_account: Account to query.
        """
        return cast(
            "GetnospeakingResponse",
            await self._client._call(
                "openconfigsvr/getnospeaking",
                request,
                {
                    **unknown_fields,
                    "get_account": get_account,
                },
                extra_body,
                request_options,
            ),
        )

    @overload
    async def getappinfo(
        self,
        request: GetappinfoRequest,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetappinfoResponse: ...

    @overload
    async def getappinfo(
        self,
        *,
        request_field: Sequence[
            AppInfoField
            | Literal[
                "AppName",
                "AppId",
                "Company",
                "ActiveUserNum",
                "RegistUserNumOneDay",
                "RegistUserNumTotal",
                "LoginTimes",
                "LoginUserNum",
                "UpMsgNum",
                "SendMsgUserNum",
                "APNSMsgNum",
                "C2CUpMsgNum",
                "C2CDownMsgNum",
                "C2CSendMsgUserNum",
                "C2CAPNSMsgNum",
                "MaxOnlineNum",
                "DownMsgNum",
                "ChainIncrease",
                "ChainDecrease",
                "GroupUpMsgNum",
                "GroupDownMsgNum",
                "GroupSendMsgUserNum",
                "GroupAPNSMsgNum",
                "GroupSendMsgGroupNum",
                "GroupJoinGroupTimes",
                "GroupQuitGroupTimes",
                "GroupNewGroupNum",
                "GroupAllGroupNum",
                "GroupDestroyGroupNum",
                "CallBackReq",
                "CallBackRsp",
                "Date",
            ]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> GetappinfoResponse: ...

    async def getappinfo(
        self,
        request: GetappinfoRequest | None = None,
        *,
        request_field: Sequence[
            AppInfoField
            | Literal[
                "AppName",
                "AppId",
                "Company",
                "ActiveUserNum",
                "RegistUserNumOneDay",
                "RegistUserNumTotal",
                "LoginTimes",
                "LoginUserNum",
                "UpMsgNum",
                "SendMsgUserNum",
                "APNSMsgNum",
                "C2CUpMsgNum",
                "C2CDownMsgNum",
                "C2CSendMsgUserNum",
                "C2CAPNSMsgNum",
                "MaxOnlineNum",
                "DownMsgNum",
                "ChainIncrease",
                "ChainDecrease",
                "GroupUpMsgNum",
                "GroupDownMsgNum",
                "GroupSendMsgUserNum",
                "GroupAPNSMsgNum",
                "GroupSendMsgGroupNum",
                "GroupJoinGroupTimes",
                "GroupQuitGroupTimes",
                "GroupNewGroupNum",
                "GroupAllGroupNum",
                "GroupDestroyGroupNum",
                "CallBackReq",
                "CallBackRsp",
                "Date",
            ]
        ]
        | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_options: RequestOptions | None = None,
        **unknown_fields: Any,
    ) -> GetappinfoResponse:
        """Pull operations data.

        Returns the app's daily operations statistics of the last 30 days, all of them or the fields
        asked for.

        `POST /v4/openconfigsvr/getappinfo` - https://trtc.io/document/34886
        Idempotent: yes (Read-only.)
        Rate limit: 200 requests/s.

        Args:
            request_field: Statistics to return; all of them when omitted.
        """
        return cast(
            "GetappinfoResponse",
            await self._client._call(
                "openconfigsvr/getappinfo",
                request,
                {
                    **unknown_fields,
                    "request_field": request_field,
                },
                extra_body,
                request_options,
            ),
        )
