# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class GetnospeakingRequest(RequestModel):
    """
    Request of openconfigsvr/getnospeaking: Query global mute.
    """

    get_account: Annotated[str, Field(alias="Get_Account", description="Account to query.")]
    """Account to query."""


class GetnospeakingResponse(Envelope):
    """
    Reply of openconfigsvr/getnospeaking (envelope keys included).
    """

    c2c_msg_nospeaking_time: Annotated[
        int | None,
        Field(
            alias="C2CmsgNospeakingTime",
            description="Remaining one-to-one mute: 0 not muted, 4294967295 muted for good. Unit: seconds.",
        ),
    ] = None
    """Remaining one-to-one mute: 0 not muted, 4294967295 muted for good. Unit: seconds."""

    group_msg_nospeaking_time: Annotated[
        int | None,
        Field(
            alias="GroupmsgNospeakingTime",
            description="Remaining group mute: 0 not muted, 4294967295 muted for good. Unit: seconds.",
        ),
    ] = None
    """Remaining group mute: 0 not muted, 4294967295 muted for good. Unit: seconds."""
