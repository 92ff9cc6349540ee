# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.official_account_info_field import OfficialAccountInfoField
from trtc_sdk.models.chat._enums.subscriber_self_info_field import SubscriberSelfInfoField
from trtc_sdk.models.envelope import Envelope


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
