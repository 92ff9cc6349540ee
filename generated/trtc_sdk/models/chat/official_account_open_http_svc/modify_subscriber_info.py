# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


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
