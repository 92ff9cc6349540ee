# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import ResponseModel


class PushErrorItem(ResponseModel):
    """
    A user for whom a Push service command failed while the call as a whole succeeded.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The user (UserID or RegistrationID).")]
    """The user (UserID or RegistrationID)."""

    error_code: Annotated[
        int,
        Field(alias="ErrorCode", description="Why it failed (such as 70107, the account does not exist, or 90035)."),
    ]
    """Why it failed (such as 70107, the account does not exist, or 90035)."""

    error_info: Annotated[str | None, Field(alias="ErrorInfo", description="Error text; may be empty.")] = None
    """Error text; may be empty."""
