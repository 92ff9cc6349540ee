# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.friend_delete_type import FriendDeleteType
from trtc_sdk.models.chat._shared.sns_result_item import SnsResultItem
from trtc_sdk.models.envelope import Envelope


class FriendDeleteRequest(RequestModel):
    """
    Request of sns/friend_delete: Delete friends.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user who deletes friends.")]
    """The user who deletes friends."""

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Friends to delete.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 1000}},
            max_length=1000,
            min_length=1,
        ),
    ]
    """Friends to delete."""

    delete_type: Annotated[
        FriendDeleteType | Literal["Delete_Type_Single", "Delete_Type_Both"] | None,
        Field(alias="DeleteType", description="One-way or two-way. Server default when omitted: Delete_Type_Single."),
    ] = None
    """One-way or two-way. Server default when omitted: Delete_Type_Single."""


class FriendDeleteResponse(Envelope):
    """
    Reply of sns/friend_delete (envelope keys included).
    """

    result_item: Annotated[list[SnsResultItem] | None, Field(alias="ResultItem", description="Outcome per friend.")] = (
        None
    )
    """Outcome per friend."""
