# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.subscriber_msg_flag import SubscriberMsgFlag
from trtc_sdk.models.envelope import Envelope


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
