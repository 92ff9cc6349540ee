# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class PinMessageRequest(RequestModel):
    """
    Request of group_open_http_svc/pin_message: Pin a group message.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the message.")]
    """Group of the message."""

    topic_id: Annotated[
        str | None,
        Field(alias="TopicId", description="Topic of the message; required for communities. Group types: Community."),
    ] = None
    """Topic of the message; required for communities. Group types: Community."""

    msg_seq: Annotated[
        int,
        Field(
            alias="MsgSeq",
            description="Sequence number of a message that exists and has not expired.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
            le=4294967295,
        ),
    ]
    """Sequence number of a message that exists and has not expired."""

    pinner_account: Annotated[
        str | None,
        Field(alias="Pinner_Account", description="User shown as having pinned it; omitted, the app administrator."),
    ] = None
    """User shown as having pinned it; omitted, the app administrator."""


class PinMessageResponse(Envelope):
    """
    Reply of group_open_http_svc/pin_message (envelope keys included).
    """
