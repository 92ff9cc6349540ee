# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class SetnospeakingRequest(RequestModel):
    """
    Request of openconfigsvr/setnospeaking: Set global mute.
    """

    set_account: Annotated[str, Field(alias="Set_Account", description="Account to mute or unmute.")]
    """Account to mute or unmute."""

    c2c_msg_nospeaking_time: Annotated[
        int | None,
        Field(
            alias="C2CmsgNospeakingTime",
            description="How long the account may not send one-to-one messages: 0 unmutes, 4294967295 mutes for good, any other value is a number of seconds. Senders get error 20012 meanwhile. Unit: seconds.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """How long the account may not send one-to-one messages: 0 unmutes, 4294967295 mutes for good, any other value is a number of seconds. Senders get error 20012 meanwhile. Unit: seconds."""

    group_msg_nospeaking_time: Annotated[
        int | None,
        Field(
            alias="GroupmsgNospeakingTime",
            description="How long the account may not send group messages: 0 unmutes, 4294967295 mutes for good, any other value is a number of seconds. Senders get error 10017 meanwhile. Unit: seconds.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """How long the account may not send group messages: 0 unmutes, 4294967295 mutes for good, any other value is a number of seconds. Senders get error 10017 meanwhile. Unit: seconds."""


class SetnospeakingResponse(Envelope):
    """
    Reply of openconfigsvr/setnospeaking (envelope keys included).
    """
