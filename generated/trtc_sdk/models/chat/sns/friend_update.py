# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.sns_result_item import SnsResultItem
from trtc_sdk.models.chat.sns._shared import SnsTagValueParam
from trtc_sdk.models.envelope import Envelope


class FriendUpdateResponse(Envelope):
    """
    Reply of sns/friend_update (envelope keys included).
    """

    result_item: Annotated[list[SnsResultItem] | None, Field(alias="ResultItem", description="Outcome per friend.")] = (
        None
    )
    """Outcome per friend."""

    fail_account: Annotated[
        list[str] | None, Field(alias="Fail_Account", description="Friends that failed; present only when one did.")
    ] = None
    """Friends that failed; present only when one did."""


class FriendUpdateItemParam(RequestModel):
    """
    A friend and the friend fields to write.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The friend.")]
    """The friend."""

    sns_item: Annotated[
        list[SnsTagValueParam],
        Field(
            alias="SnsItem",
            description="Fields to write: only Tag_SNS_IM_Remark, Tag_SNS_IM_Group and custom friend fields are writable.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Fields to write: only Tag_SNS_IM_Remark, Tag_SNS_IM_Group and custom friend fields are writable."""


class FriendUpdateRequest(RequestModel):
    """
    Request of sns/friend_update: Update friends.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose friends are updated.")]
    """The user whose friends are updated."""

    update_item: Annotated[
        list[FriendUpdateItemParam],
        Field(
            alias="UpdateItem",
            description="Friends and the fields to write.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Friends and the fields to write."""
