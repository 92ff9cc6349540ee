# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class SendStreamMsgRequest(RequestModel):
    """
    Request of openim_robot_http_svc/send_stream_msg: Send a streaming chatbot reply.
    """

    from_account: Annotated[
        str, Field(alias="From_Account", description="The chatbot sending the reply (an @RBT# user ID).")
    ]
    """The chatbot sending the reply (an @RBT# user ID)."""

    to_account: Annotated[str, Field(alias="To_Account", description="The user receiving it.")]
    """The user receiving it."""

    chunk: Annotated[str, Field(alias="Chunk", description="The next piece of text.")]
    """The next piece of text."""

    msg_key: Annotated[
        str | None,
        Field(
            alias="MsgKey",
            description="Omit on the first call; send the MsgKey of the first reply on every later call.",
        ),
    ] = None
    """Omit on the first call; send the MsgKey of the first reply on every later call."""

    finish: Annotated[
        int | None,
        Field(
            alias="Finish",
            description="Set to 1 on the last call to end the stream.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """Set to 1 on the last call to end the stream."""


class SendStreamMsgResponse(Envelope):
    """
    Reply of openim_robot_http_svc/send_stream_msg (envelope keys included).
    """

    msg_key: Annotated[
        str | None, Field(alias="MsgKey", description="Key of the streamed message; pass it on the following calls.")
    ] = None
    """Key of the streamed message; pass it on the following calls."""
