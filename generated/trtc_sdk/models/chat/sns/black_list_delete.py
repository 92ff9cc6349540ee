# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.sns_result_item import SnsResultItem
from trtc_sdk.models.envelope import Envelope


class BlackListDeleteRequest(RequestModel):
    """
    Request of sns/black_list_delete: Unblock users.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose blocklist is edited.")]
    """The user whose blocklist is edited."""

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users to unblock.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 1000}},
            max_length=1000,
            min_length=1,
        ),
    ]
    """Users to unblock."""


class BlackListDeleteResponse(Envelope):
    """
    Reply of sns/black_list_delete (envelope keys included).
    """

    result_item: Annotated[list[SnsResultItem] | None, Field(alias="ResultItem", description="Outcome per user.")] = (
        None
    )
    """Outcome per user."""

    fail_account: Annotated[
        list[str] | None, Field(alias="Fail_Account", description="Users that failed; present only when one did.")
    ] = None
    """Users that failed; present only when one did."""
