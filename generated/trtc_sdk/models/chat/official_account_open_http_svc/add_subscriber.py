# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.subscriber_add_outcome import SubscriberAddOutcome
from trtc_sdk.models.envelope import Envelope


class SubscriberAddResult(ResponseModel):
    """
    Outcome for one user of add_subscriber.
    """

    subscriber_account: Annotated[str, Field(alias="Subscriber_Account", description="User ID.")]
    """User ID."""

    result: Annotated[SubscriberAddOutcome, Field(alias="Result", description="Outcome.")]
    """Outcome."""


class SubscriberRefParam(RequestModel):
    """
    A user to subscribe to an official account.
    """

    subscriber_account: Annotated[str, Field(alias="Subscriber_Account", description="User ID of the subscriber.")]
    """User ID of the subscriber."""


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
