# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class ChangeGroupOwnerRequest(RequestModel):
    """
    Request of group_open_http_svc/change_group_owner: Transfer group ownership.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to change.")]
    """Group to change."""

    new_owner_account: Annotated[
        str, Field(alias="NewOwner_Account", description="New owner; must already be a member.")
    ]
    """New owner; must already be a member."""

    from_account: Annotated[
        str | None, Field(alias="From_Account", description="User shown as the operator of the transfer (newer field).")
    ] = None
    """User shown as the operator of the transfer (newer field)."""


class ChangeGroupOwnerResponse(Envelope):
    """
    Reply of group_open_http_svc/change_group_owner (envelope keys included).
    """
