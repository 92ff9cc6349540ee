# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import ResponseModel


class SnsResultItem(ResponseModel):
    """
    The outcome for one user of a batched relationship operation.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The user.")]
    """The user."""

    result_code: Annotated[
        int,
        Field(
            alias="ResultCode",
            description="0 on success; otherwise an error code (30539 means the friend request awaits approval).",
        ),
    ]
    """0 on success; otherwise an error code (30539 means the friend request awaits approval)."""

    result_info: Annotated[str, Field(alias="ResultInfo", description="Error text; empty on success.")]
    """Error text; empty on success."""
