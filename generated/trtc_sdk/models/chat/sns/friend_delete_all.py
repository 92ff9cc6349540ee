# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.friend_delete_type import FriendDeleteType
from trtc_sdk.models.envelope import Envelope


class FriendDeleteAllRequest(RequestModel):
    """
    Request of sns/friend_delete_all: Delete all friends.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose friends are removed.")]
    """The user whose friends are removed."""

    delete_type: Annotated[
        FriendDeleteType | Literal["Delete_Type_Single", "Delete_Type_Both"] | None,
        Field(alias="DeleteType", description="One-way or two-way. Server default when omitted: Delete_Type_Single."),
    ] = None
    """One-way or two-way. Server default when omitted: Delete_Type_Single."""


class FriendDeleteAllResponse(Envelope):
    """
    Reply of sns/friend_delete_all (envelope keys included).
    """
