# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums import (
    OfficialAccountInfoField,
    OfficialAccountMsgControl,
    SubscriberAddOutcome,
    SubscriberDeleteOutcome,
    SubscriberMsgFlag,
    SubscriberSelfInfoField,
)
from trtc_sdk.models.chat._shared import MsgElement, MsgElementParam, OfflinePushInfoParam
from trtc_sdk.models.envelope import Envelope


class CreateOfficialAccountRequest(RequestModel):
    """
    Request of official_account_open_http_svc/create_official_account: Create an official account.
    """

    owner_account: Annotated[
        str, Field(alias="Owner_Account", description="User who owns the account (must be imported).")
    ]
    """User who owns the account (must be imported)."""

    official_account_user_id: Annotated[
        str | None,
        Field(
            alias="OfficialAccountUserID",
            description="Custom ID of the account, starting with @TOA#_; generated when omitted.",
        ),
    ] = None
    """Custom ID of the account, starting with @TOA#_; generated when omitted."""

    name: Annotated[
        str,
        Field(
            alias="Name",
            description="Name of the account.",
            json_schema_extra={"x-max-bytes": 150, "x-limits": {"max_bytes": 150}},
        ),
    ]
    """Name of the account."""

    introduction: Annotated[
        str | None,
        Field(
            alias="Introduction",
            description="Introduction.",
            json_schema_extra={"x-max-bytes": 400, "x-limits": {"max_bytes": 400}},
        ),
    ] = None
    """Introduction."""

    face_url: Annotated[
        str | None,
        Field(
            alias="FaceUrl",
            description="Avatar URL.",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """Avatar URL."""

    max_subscriber_num: Annotated[
        int | None,
        Field(
            alias="MaxSubscriberNum",
            description="Subscriber cap. Server default when omitted: 100000.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """Subscriber cap. Server default when omitted: 100000."""

    organization: Annotated[
        str | None,
        Field(
            alias="Organization",
            description="Organization the account belongs to.",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """Organization the account belongs to."""

    custom_string: Annotated[
        str | None,
        Field(
            alias="CustomString",
            description="The app's custom string of the account.",
            json_schema_extra={"x-max-bytes": 3000, "x-limits": {"max_bytes": 3000}},
        ),
    ] = None
    """The app's custom string of the account."""


class CreateOfficialAccountResponse(Envelope):
    """
    Reply of official_account_open_http_svc/create_official_account (envelope keys included).
    """

    official_account_user_id: Annotated[
        str | None, Field(alias="OfficialAccountUserID", description="ID of the new account.")
    ] = None
    """ID of the new account."""


class DestroyOfficialAccountRequest(RequestModel):
    """
    Request of official_account_open_http_svc/destroy_official_account: Destroy an official account.
    """

    official_account: Annotated[str, Field(alias="Official_Account", description="ID of the account to destroy.")]
    """ID of the account to destroy."""


class DestroyOfficialAccountResponse(Envelope):
    """
    Reply of official_account_open_http_svc/destroy_official_account (envelope keys included).
    """


class ModifyOfficialAccountBaseInfoRequest(RequestModel):
    """
    Request of official_account_open_http_svc/modify_official_account_base_info: Change official account data.
    """

    official_account: Annotated[str, Field(alias="Official_Account", description="ID of the account to change.")]
    """ID of the account to change."""

    name: Annotated[
        str | None,
        Field(
            alias="Name",
            description="New name.",
            json_schema_extra={"x-max-bytes": 150, "x-limits": {"max_bytes": 150}},
        ),
    ] = None
    """New name."""

    introduction: Annotated[
        str | None,
        Field(
            alias="Introduction",
            description="New introduction.",
            json_schema_extra={"x-max-bytes": 400, "x-limits": {"max_bytes": 400}},
        ),
    ] = None
    """New introduction."""

    face_url: Annotated[
        str | None,
        Field(
            alias="FaceUrl",
            description="New avatar URL.",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """New avatar URL."""

    organization: Annotated[
        str | None,
        Field(
            alias="Organization",
            description="New organization.",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """New organization."""

    custom_string: Annotated[
        str | None,
        Field(
            alias="CustomString",
            description="New custom string.",
            json_schema_extra={"x-max-bytes": 3000, "x-limits": {"max_bytes": 3000}},
        ),
    ] = None
    """New custom string."""

    max_subscriber_num: Annotated[
        int | None,
        Field(
            alias="MaxSubscriberNum",
            description="New subscriber cap (sent by the sample; not in the field table).",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """New subscriber cap (sent by the sample; not in the field table)."""


class ModifyOfficialAccountBaseInfoResponse(Envelope):
    """
    Reply of official_account_open_http_svc/modify_official_account_base_info (envelope keys included).
    """


class GetSubscriberInfoRequest(RequestModel):
    """
    Request of official_account_open_http_svc/get_subscriber_info: Get the subscribers of an official account.
    """

    official_account: Annotated[str, Field(alias="Official_Account", description="ID of the account.")]
    """ID of the account."""

    limit: Annotated[
        int | None,
        Field(
            alias="Limit",
            description="Subscribers per page (at most 200; all of them when omitted).",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 200}},
            le=200,
        ),
    ] = None
    """Subscribers per page (at most 200; all of them when omitted)."""

    next: Annotated[
        str,
        Field(
            alias="Next", description="Cursor: an empty string for the first page, then the Next of the previous reply."
        ),
    ]
    """Cursor: an empty string for the first page, then the Next of the previous reply."""


class DeleteSubscriberRequest(RequestModel):
    """
    Request of official_account_open_http_svc/delete_subscriber: Remove subscribers.
    """

    official_account: Annotated[str, Field(alias="Official_Account", description="ID of the account.")]
    """ID of the account."""

    subscriber_to_del_account: Annotated[
        list[str],
        Field(
            alias="SubscriberToDel_Account",
            description="User IDs to unsubscribe.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """User IDs to unsubscribe."""


class ModifySubscriberInfoRequest(RequestModel):
    """
    Request of official_account_open_http_svc/modify_subscriber_info: Change subscriber data.
    """

    official_account: Annotated[str, Field(alias="Official_Account", description="ID of the account.")]
    """ID of the account."""

    subscriber_account: Annotated[str, Field(alias="Subscriber_Account", description="User ID of the subscriber.")]
    """User ID of the subscriber."""

    custom_string: Annotated[
        str | None, Field(alias="CustomString", description="New custom string of the subscription.")
    ] = None
    """New custom string of the subscription."""


class ModifySubscriberInfoResponse(Envelope):
    """
    Reply of official_account_open_http_svc/modify_subscriber_info (envelope keys included).
    """


class SendOfficialAccountMsgRequest(RequestModel):
    """
    Request of official_account_open_http_svc/send_official_account_msg: Broadcast an official account message.
    """

    official_account: Annotated[str, Field(alias="Official_Account", description="ID of the sending account.")]
    """ID of the sending account."""

    random: Annotated[
        int,
        Field(
            alias="Random", description="Random number of the message (any 32-bit unsigned value).", ge=0, le=4294967295
        ),
    ]
    """Random number of the message (any 32-bit unsigned value)."""

    msg_body: Annotated[
        list[MsgElementParam],
        Field(
            alias="MsgBody",
            description="Body of the message.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Body of the message."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""

    send_msg_control: Annotated[
        list[OfficialAccountMsgControl | Literal["NoLastMsg", "NoUnread"] | str] | None,
        Field(alias="SendMsgControl", description="Options such as not updating the conversation's latest message."),
    ] = None
    """Options such as not updating the conversation's latest message."""

    offline_push_info: Annotated[
        OfflinePushInfoParam | None, Field(alias="OfflinePushInfo", description="How offline subscribers are notified.")
    ] = None
    """How offline subscribers are notified."""


class SendOfficialAccountMsgResponse(Envelope):
    """
    Reply of official_account_open_http_svc/send_official_account_msg (envelope keys included).
    """

    msg_time: Annotated[
        int | None, Field(alias="MsgTime", description="When the message was sent. Unit: unix seconds.")
    ] = None
    """When the message was sent. Unit: unix seconds."""

    msg_key: Annotated[
        str | None, Field(alias="MsgKey", description="Key of the message; keep it to recall the message.")
    ] = None
    """Key of the message; keep it to recall the message."""


class OfficialAccountMsgRecallRequest(RequestModel):
    """
    Request of official_account_open_http_svc/official_account_msg_recall: Recall official account messages.
    """

    official_account: Annotated[str, Field(alias="Official_Account", description="ID of the account.")]
    """ID of the account."""

    msg_key_list: Annotated[
        list[str],
        Field(
            alias="MsgKeyList",
            description="Keys of the messages to recall (at most 10 per call).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 10}},
            max_length=10,
            min_length=1,
        ),
    ]
    """Keys of the messages to recall (at most 10 per call)."""

    reason: Annotated[
        str | None,
        Field(
            alias="Reason",
            description="Why the messages are recalled.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """Why the messages are recalled."""


class OfficialAccountMsgGetSimpleRequest(RequestModel):
    """
    Request of official_account_open_http_svc/official_account_msg_get_simple: Pull official account message history.
    """

    official_account: Annotated[str, Field(alias="Official_Account", description="ID of the account.")]
    """ID of the account."""

    last_msg_key: Annotated[
        str | None,
        Field(
            alias="LastMsgKey",
            description="MsgKey to continue from (messages older than it); omit for the latest messages.",
        ),
    ] = None
    """MsgKey to continue from (messages older than it); omit for the latest messages."""

    req_msg_number: Annotated[
        int | None,
        Field(
            alias="ReqMsgNumber",
            description="Number of messages to return.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """Number of messages to return."""

    with_recalled_msg: Annotated[
        int | None,
        Field(
            alias="WithRecalledMsg",
            description="1 also returns recalled messages. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """1 also returns recalled messages. Server default when omitted: 0."""


class OfficialAccountInfo(ResponseModel):
    """
    Data of one official account, with the outcome of looking it up.
    """

    official_account: Annotated[
        str | None, Field(alias="Official_Account", description="ID of the official account.")
    ] = None
    """ID of the official account."""

    error_code: Annotated[
        int | None, Field(alias="ErrorCode", description="0 when this account was found; otherwise an error code.")
    ] = None
    """0 when this account was found; otherwise an error code."""

    error_info: Annotated[str | None, Field(alias="ErrorInfo", description="Error text for this account.")] = None
    """Error text for this account."""

    name: Annotated[str | None, Field(alias="Name", description="Name.")] = None
    """Name."""

    owner_account: Annotated[str | None, Field(alias="Owner_Account", description="User who owns the account.")] = None
    """User who owns the account."""

    create_time: Annotated[
        int | None, Field(alias="CreateTime", description="When the account was created. Unit: unix seconds.")
    ] = None
    """When the account was created. Unit: unix seconds."""

    last_msg_time: Annotated[
        int | None, Field(alias="LastMsgTime", description="Time of the latest message. Unit: unix seconds.")
    ] = None
    """Time of the latest message. Unit: unix seconds."""

    subscriber_num: Annotated[
        int | None, Field(alias="SubscriberNum", description="Current number of subscribers. Unit: count.")
    ] = None
    """Current number of subscribers. Unit: count."""

    max_subscriber_num: Annotated[
        int | None, Field(alias="MaxSubscriberNum", description="Subscriber cap. Unit: count.")
    ] = None
    """Subscriber cap. Unit: count."""

    introduction: Annotated[str | None, Field(alias="Introduction", description="Introduction.")] = None
    """Introduction."""

    face_url: Annotated[str | None, Field(alias="FaceUrl", description="Avatar URL.")] = None
    """Avatar URL."""

    organization: Annotated[str | None, Field(alias="Organization", description="Organization.")] = None
    """Organization."""

    custom_string: Annotated[
        str | None, Field(alias="CustomString", description="The app's custom string of the account.")
    ] = None
    """The app's custom string of the account."""


class OfficialAccountInfoFilterParam(RequestModel):
    """
    Which official-account fields to return (all when omitted).
    """

    official_account_base_info_filter: Annotated[
        list[
            OfficialAccountInfoField
            | Literal[
                "CreateTime",
                "Name",
                "Owner_Account",
                "LastMsgTime",
                "SubscriberNum",
                "Introduction",
                "FaceUrl",
                "Organization",
                "CustomString",
            ]
        ]
        | None,
        Field(alias="OfficialAccountBaseInfoFilter", description="Account fields to return."),
    ] = None
    """Account fields to return."""


class OfficialAccountMessage(ResponseModel):
    """
    One message of an official account's history.
    """

    from_account: Annotated[str | None, Field(alias="From_Account", description="Sender.")] = None
    """Sender."""

    is_place_msg: Annotated[
        int | None,
        Field(
            alias="IsPlaceMsg",
            description="1 when the message at this sequence has expired, failed to store or was deleted (then it has no body).",
        ),
    ] = None
    """1 when the message at this sequence has expired, failed to store or was deleted (then it has no body)."""

    msg_body: Annotated[list[MsgElement] | None, Field(alias="MsgBody", description="Body of the message.")] = None
    """Body of the message."""

    msg_seq: Annotated[
        int | None, Field(alias="MsgSeq", description="Sequence number (later messages have larger numbers).")
    ] = None
    """Sequence number (later messages have larger numbers)."""

    msg_key: Annotated[
        str | None, Field(alias="MsgKey", description="Key of the message (Seq_1_ServerTime), used to recall it.")
    ] = None
    """Key of the message (Seq_1_ServerTime), used to recall it."""

    msg_time_stamp: Annotated[
        int | None, Field(alias="MsgTimeStamp", description="When the message was sent. Unit: unix seconds.")
    ] = None
    """When the message was sent. Unit: unix seconds."""

    msg_random: Annotated[int | None, Field(alias="MsgRandom", description="Random number of the message.")] = None
    """Random number of the message."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""


class OfficialAccountRecallResult(ResponseModel):
    """
    Outcome of recalling one message.
    """

    msg_key: Annotated[str, Field(alias="MsgKey", description="Key of the message.")]
    """Key of the message."""

    ret_code: Annotated[
        int,
        Field(alias="RetCode", description="0 when recalled; otherwise an error code (such as 10030 in the sample)."),
    ]
    """0 when recalled; otherwise an error code (such as 10030 in the sample)."""


class OfficialAccountRefParam(RequestModel):
    """
    An official account named by its ID.
    """

    official_account: Annotated[
        str,
        Field(
            alias="Official_Account",
            description="ID of the official account (the OfficialAccountUserID returned at creation).",
        ),
    ]
    """ID of the official account (the OfficialAccountUserID returned at creation)."""


class OfficialAccountSubscriber(ResponseModel):
    """
    A subscriber of an official account.
    """

    subscriber_account: Annotated[str, Field(alias="Subscriber_Account", description="User ID of the subscriber.")]
    """User ID of the subscriber."""

    subscribe_time: Annotated[
        int | None, Field(alias="SubscribeTime", description="When the user subscribed. Unit: unix seconds.")
    ] = None
    """When the user subscribed. Unit: unix seconds."""

    custom_string: Annotated[
        str | None, Field(alias="CustomString", description="The app's custom string of the subscription.")
    ] = None
    """The app's custom string of the subscription."""

    msg_flag: Annotated[
        SubscriberMsgFlag | None, Field(alias="MsgFlag", description="How the subscriber receives messages.")
    ] = None
    """How the subscriber receives messages."""

    last_send_msg_time: Annotated[
        int | None,
        Field(
            alias="LastSendMsgTime",
            description="When the subscriber last sent a message (0 never). Unit: unix seconds.",
        ),
    ] = None
    """When the subscriber last sent a message (0 never). Unit: unix seconds."""


class SubscribedAccountFilterParam(RequestModel):
    """
    Which account fields and which of the subscriber's own fields to return (all when omitted).
    """

    official_account_base_info_filter: Annotated[
        list[
            OfficialAccountInfoField
            | Literal[
                "CreateTime",
                "Name",
                "Owner_Account",
                "LastMsgTime",
                "SubscriberNum",
                "Introduction",
                "FaceUrl",
                "Organization",
                "CustomString",
            ]
        ]
        | None,
        Field(alias="OfficialAccountBaseInfoFilter", description="Account fields to return."),
    ] = None
    """Account fields to return."""

    self_info_filter: Annotated[
        list[SubscriberSelfInfoField | Literal["SubscribeTime", "CustomString"]] | None,
        Field(alias="SelfInfoFilter", description="Fields of the subscriber's own data to return."),
    ] = None
    """Fields of the subscriber's own data to return."""


class SubscriberAddResult(ResponseModel):
    """
    Outcome for one user of add_subscriber.
    """

    subscriber_account: Annotated[str, Field(alias="Subscriber_Account", description="User ID.")]
    """User ID."""

    result: Annotated[SubscriberAddOutcome, Field(alias="Result", description="Outcome.")]
    """Outcome."""


class SubscriberDeleteResult(ResponseModel):
    """
    Outcome for one user of delete_subscriber.
    """

    subscriber_account: Annotated[str, Field(alias="Subscriber_Account", description="User ID.")]
    """User ID."""

    result: Annotated[SubscriberDeleteOutcome, Field(alias="Result", description="Outcome.")]
    """Outcome."""


class SubscriberRefParam(RequestModel):
    """
    A user to subscribe to an official account.
    """

    subscriber_account: Annotated[str, Field(alias="Subscriber_Account", description="User ID of the subscriber.")]
    """User ID of the subscriber."""


class SubscriberSelfInfo(ResponseModel):
    """
    The subscriber's own data about a subscribed account.
    """

    subscribe_time: Annotated[
        int | None, Field(alias="SubscribeTime", description="When the user subscribed. Unit: unix seconds.")
    ] = None
    """When the user subscribed. Unit: unix seconds."""

    custom_string: Annotated[
        str | None, Field(alias="CustomString", description="The app's custom string of the subscription.")
    ] = None
    """The app's custom string of the subscription."""


class GetOfficialAccountInfoRequest(RequestModel):
    """
    Request of official_account_open_http_svc/get_official_account_info: Get official account data.
    """

    official_account_id_list: Annotated[
        list[OfficialAccountRefParam],
        Field(
            alias="OfficialAccountIdList",
            description="Accounts to read (at most 50 per call).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 50}},
            max_length=50,
            min_length=1,
        ),
    ]
    """Accounts to read (at most 50 per call)."""

    response_filter: Annotated[
        OfficialAccountInfoFilterParam | None,
        Field(alias="ResponseFilter", description="Fields to return; all when omitted."),
    ] = None
    """Fields to return; all when omitted."""


class GetOfficialAccountInfoResponse(Envelope):
    """
    Reply of official_account_open_http_svc/get_official_account_info (envelope keys included).
    """

    official_account_info_list: Annotated[
        list[OfficialAccountInfo] | None,
        Field(alias="OfficialAccountInfoList", description="One entry per account asked for."),
    ] = None
    """One entry per account asked for."""


class GetSubscriberInfoResponse(Envelope):
    """
    Reply of official_account_open_http_svc/get_subscriber_info (envelope keys included).
    """

    next: Annotated[
        str | None, Field(alias="Next", description="Cursor of the next page; empty when the list is complete.")
    ] = None
    """Cursor of the next page; empty when the list is complete."""

    subscriber_num: Annotated[
        int | None, Field(alias="SubscriberNum", description="Total number of subscribers. Unit: count.")
    ] = None
    """Total number of subscribers. Unit: count."""

    subscriber_list: Annotated[
        list[OfficialAccountSubscriber] | None, Field(alias="SubscriberList", description="Subscribers on this page.")
    ] = None
    """Subscribers on this page."""


class AddSubscriberRequest(RequestModel):
    """
    Request of official_account_open_http_svc/add_subscriber: Add subscribers.
    """

    official_account: Annotated[str, Field(alias="Official_Account", description="ID of the account.")]
    """ID of the account."""

    subscriber_list: Annotated[
        list[SubscriberRefParam],
        Field(
            alias="SubscriberList",
            description="Users to subscribe (at most 100 per call).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users to subscribe (at most 100 per call)."""


class AddSubscriberResponse(Envelope):
    """
    Reply of official_account_open_http_svc/add_subscriber (envelope keys included).
    """

    subscriber_list: Annotated[
        list[SubscriberAddResult] | None, Field(alias="SubscriberList", description="Outcome per user.")
    ] = None
    """Outcome per user."""


class DeleteSubscriberResponse(Envelope):
    """
    Reply of official_account_open_http_svc/delete_subscriber (envelope keys included).
    """

    subscriber_list: Annotated[
        list[SubscriberDeleteResult] | None, Field(alias="SubscriberList", description="Outcome per user.")
    ] = None
    """Outcome per user."""


class GetSubscribedOfficialAccountListRequest(RequestModel):
    """
    Request of official_account_open_http_svc/get_subscribed_official_account_list: List the official accounts a user subscribes to.
    """

    subscriber_account: Annotated[
        str, Field(alias="Subscriber_Account", description="User whose subscriptions are listed.")
    ]
    """User whose subscriptions are listed."""

    limit: Annotated[
        int | None,
        Field(
            alias="Limit",
            description="Accounts per page. Server default when omitted: 200.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 200}},
            le=200,
        ),
    ] = None
    """Accounts per page. Server default when omitted: 200."""

    offset: Annotated[
        int | None,
        Field(
            alias="Offset",
            description="Position to start from. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ] = None
    """Position to start from. Server default when omitted: 0."""

    response_filter: Annotated[
        SubscribedAccountFilterParam | None,
        Field(alias="ResponseFilter", description="Fields to return; all when omitted."),
    ] = None
    """Fields to return; all when omitted."""


class OfficialAccountMsgRecallResponse(Envelope):
    """
    Reply of official_account_open_http_svc/official_account_msg_recall (envelope keys included).
    """

    recall_ret_list: Annotated[
        list[OfficialAccountRecallResult] | None, Field(alias="RecallRetList", description="Outcome per message.")
    ] = None
    """Outcome per message."""


class OfficialAccountMsgGetSimpleResponse(Envelope):
    """
    Reply of official_account_open_http_svc/official_account_msg_get_simple (envelope keys included).
    """

    official_account: Annotated[str | None, Field(alias="Official_Account", description="ID of the account.")] = None
    """ID of the account."""

    is_finished: Annotated[int | None, Field(alias="IsFinished", description="1 when no older messages remain.")] = None
    """1 when no older messages remain."""

    last_msg_key: Annotated[
        str | None, Field(alias="LastMsgKey", description="MsgKey to send as LastMsgKey for the next (older) page.")
    ] = None
    """MsgKey to send as LastMsgKey for the next (older) page."""

    rsp_msg_list: Annotated[
        list[OfficialAccountMessage] | None, Field(alias="RspMsgList", description="Messages on this page.")
    ] = None
    """Messages on this page."""


class SubscribedOfficialAccount(ResponseModel):
    """
    An official account a user subscribes to.
    """

    official_account: Annotated[
        str | None, Field(alias="Official_Account", description="ID of the official account.")
    ] = None
    """ID of the official account."""

    name: Annotated[str | None, Field(alias="Name", description="Name.")] = None
    """Name."""

    owner_account: Annotated[str | None, Field(alias="Owner_Account", description="User who owns the account.")] = None
    """User who owns the account."""

    create_time: Annotated[
        int | None, Field(alias="CreateTime", description="When the account was created. Unit: unix seconds.")
    ] = None
    """When the account was created. Unit: unix seconds."""

    last_msg_time: Annotated[
        int | None, Field(alias="LastMsgTime", description="Time of the latest message. Unit: unix seconds.")
    ] = None
    """Time of the latest message. Unit: unix seconds."""

    subscriber_num: Annotated[
        int | None, Field(alias="SubscriberNum", description="Current number of subscribers. Unit: count.")
    ] = None
    """Current number of subscribers. Unit: count."""

    introduction: Annotated[str | None, Field(alias="Introduction", description="Introduction.")] = None
    """Introduction."""

    face_url: Annotated[str | None, Field(alias="FaceUrl", description="Avatar URL.")] = None
    """Avatar URL."""

    organization: Annotated[str | None, Field(alias="Organization", description="Organization.")] = None
    """Organization."""

    custom_string: Annotated[
        str | None, Field(alias="CustomString", description="The app's custom string of the account.")
    ] = None
    """The app's custom string of the account."""

    self_info: Annotated[
        SubscriberSelfInfo | None, Field(alias="SelfInfo", description="The subscriber's own data.")
    ] = None
    """The subscriber's own data."""


class GetSubscribedOfficialAccountListResponse(Envelope):
    """
    Reply of official_account_open_http_svc/get_subscribed_official_account_list (envelope keys included).
    """

    official_account_info_list: Annotated[
        list[SubscribedOfficialAccount] | None,
        Field(alias="OfficialAccountInfoList", description="Accounts on this page."),
    ] = None
    """Accounts on this page."""

    total_count: Annotated[
        int | None, Field(alias="TotalCount", description="Number of subscribed accounts. Unit: count.")
    ] = None
    """Number of subscribed accounts. Unit: count."""

    complete_flag: Annotated[int | None, Field(alias="CompleteFlag", description="1 when the list is complete.")] = None
    """1 when the list is complete."""

    next: Annotated[int | None, Field(alias="Next", description="Offset of the next page.")] = None
    """Offset of the next page."""
