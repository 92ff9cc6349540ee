# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.app_info_field import AppInfoField
from trtc_sdk.models.envelope import Envelope


class GetappinfoRequest(RequestModel):
    """
    Request of openconfigsvr/getappinfo: Pull operations data.
    """

    request_field: Annotated[
        list[
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
        | None,
        Field(alias="RequestField", description="Statistics to return; all of them when omitted."),
    ] = None
    """Statistics to return; all of them when omitted."""


class AppInfoDay(ResponseModel):
    """
    Operations statistics of one day; every count arrives as a decimal string.
    """

    date: Annotated[str, Field(alias="Date", description="The day (YYYYMMDD).")]
    """The day (YYYYMMDD)."""

    app_name: Annotated[str | None, Field(alias="AppName", description="Name of the app.")] = None
    """Name of the app."""

    app_id: Annotated[str | None, Field(alias="AppId", description="SDKAppID of the app.")] = None
    """SDKAppID of the app."""

    company: Annotated[str | None, Field(alias="Company", description="Name of the customer.")] = None
    """Name of the customer."""

    active_user_num: Annotated[str | None, Field(alias="ActiveUserNum", description="Active users.")] = None
    """Active users."""

    regist_user_num_one_day: Annotated[
        str | None, Field(alias="RegistUserNumOneDay", description="Users registered that day.")
    ] = None
    """Users registered that day."""

    regist_user_num_total: Annotated[
        str | None, Field(alias="RegistUserNumTotal", description="Registered users in total.")
    ] = None
    """Registered users in total."""

    login_times: Annotated[str | None, Field(alias="LoginTimes", description="Logins.")] = None
    """Logins."""

    login_user_num: Annotated[str | None, Field(alias="LoginUserNum", description="Users who logged in.")] = None
    """Users who logged in."""

    up_msg_num: Annotated[str | None, Field(alias="UpMsgNum", description="Messages sent by clients.")] = None
    """Messages sent by clients."""

    send_msg_user_num: Annotated[str | None, Field(alias="SendMsgUserNum", description="Users who sent messages.")] = (
        None
    )
    """Users who sent messages."""

    apns_msg_num: Annotated[str | None, Field(alias="APNSMsgNum", description="APNs pushes.")] = None
    """APNs pushes."""

    c2c_up_msg_num: Annotated[str | None, Field(alias="C2CUpMsgNum", description="One-to-one messages sent.")] = None
    """One-to-one messages sent."""

    c2c_down_msg_num: Annotated[
        str | None, Field(alias="C2CDownMsgNum", description="One-to-one messages delivered.")
    ] = None
    """One-to-one messages delivered."""

    c2c_send_msg_user_num: Annotated[
        str | None, Field(alias="C2CSendMsgUserNum", description="Users who sent one-to-one messages.")
    ] = None
    """Users who sent one-to-one messages."""

    c2c_apns_msg_num: Annotated[
        str | None, Field(alias="C2CAPNSMsgNum", description="APNs pushes of one-to-one messages.")
    ] = None
    """APNs pushes of one-to-one messages."""

    max_online_num: Annotated[str | None, Field(alias="MaxOnlineNum", description="Peak of users online at once.")] = (
        None
    )
    """Peak of users online at once."""

    down_msg_num: Annotated[
        str | None, Field(alias="DownMsgNum", description="Messages delivered (one-to-one and group).")
    ] = None
    """Messages delivered (one-to-one and group)."""

    chain_increase: Annotated[str | None, Field(alias="ChainIncrease", description="Relationship pairs added.")] = None
    """Relationship pairs added."""

    chain_decrease: Annotated[str | None, Field(alias="ChainDecrease", description="Relationship pairs removed.")] = (
        None
    )
    """Relationship pairs removed."""

    group_up_msg_num: Annotated[str | None, Field(alias="GroupUpMsgNum", description="Group messages sent.")] = None
    """Group messages sent."""

    group_down_msg_num: Annotated[
        str | None, Field(alias="GroupDownMsgNum", description="Group messages delivered.")
    ] = None
    """Group messages delivered."""

    group_send_msg_user_num: Annotated[
        str | None, Field(alias="GroupSendMsgUserNum", description="Users who sent group messages.")
    ] = None
    """Users who sent group messages."""

    group_apns_msg_num: Annotated[
        str | None, Field(alias="GroupAPNSMsgNum", description="APNs pushes of group messages.")
    ] = None
    """APNs pushes of group messages."""

    group_send_msg_group_num: Annotated[
        str | None, Field(alias="GroupSendMsgGroupNum", description="Groups in which messages were sent.")
    ] = None
    """Groups in which messages were sent."""

    group_join_group_times: Annotated[str | None, Field(alias="GroupJoinGroupTimes", description="Group joins.")] = None
    """Group joins."""

    group_quit_group_times: Annotated[str | None, Field(alias="GroupQuitGroupTimes", description="Group exits.")] = None
    """Group exits."""

    group_new_group_num: Annotated[str | None, Field(alias="GroupNewGroupNum", description="Groups created.")] = None
    """Groups created."""

    group_all_group_num: Annotated[str | None, Field(alias="GroupAllGroupNum", description="Groups in total.")] = None
    """Groups in total."""

    group_destroy_group_num: Annotated[
        str | None, Field(alias="GroupDestroyGroupNum", description="Groups dismissed.")
    ] = None
    """Groups dismissed."""

    call_back_req: Annotated[str | None, Field(alias="CallBackReq", description="Webhook requests made.")] = None
    """Webhook requests made."""

    call_back_rsp: Annotated[str | None, Field(alias="CallBackRsp", description="Webhook answers received.")] = None
    """Webhook answers received."""


class GetappinfoResponse(Envelope):
    """
    Reply of openconfigsvr/getappinfo (envelope keys included).
    """

    result: Annotated[
        list[AppInfoDay] | None, Field(alias="Result", description="One entry per day of the last 30 days.")
    ] = None
    """One entry per day of the last 30 days."""
