# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class DestroyOfficialAccountRequest(RequestModel):
    """
    Request of official_account_open_http_svc/destroy_official_account: Destroy an official account.
    """

    official_account: Annotated[str, Field(alias="Official_Account", description="ID of the account to destroy.")]
    """ID of the account to destroy."""


class DestroyOfficialAccountResponse(Envelope):
    """
    Reply of official_account_open_http_svc/destroy_official_account (envelope keys included).
    """
