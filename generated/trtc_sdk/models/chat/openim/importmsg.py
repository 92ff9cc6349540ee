# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.c2c_import_mode import C2CImportMode
from trtc_sdk.models.chat._shared.msg_element_param import MsgElementParam
from trtc_sdk.models.envelope import Envelope


class ImportmsgRequest(RequestModel):
    """
    Request of openim/importmsg: Import a one-to-one message.
    """

    sync_from_old_system: Annotated[
        C2CImportMode | Literal[2, 5],
        Field(alias="SyncFromOldSystem", description="Whether the message is stored as history or as a live message."),
    ]
    """Whether the message is stored as history or as a live message."""

    from_account: Annotated[str, Field(alias="From_Account", description="User ID of the sender.")]
    """User ID of the sender."""

    to_account: Annotated[str, Field(alias="To_Account", description="User ID of the receiver.")]
    """User ID of the receiver."""

    msg_seq: Annotated[
        int | None,
        Field(
            alias="MsgSeq",
            description="Sequence number; orders messages of the same second and is part of the de-duplication key. The server draws a random one when left out.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """Sequence number; orders messages of the same second and is part of the de-duplication key. The server draws a random one when left out."""

    msg_random: Annotated[
        int | None,
        Field(
            alias="MsgRandom",
            description="Random number, part of the de-duplication key. The server requires it; the SDK fills a random value when left out and keeps it across retries.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """Random number, part of the de-duplication key. The server requires it; the SDK fills a random value when left out and keeps it across retries."""

    msg_time_stamp: Annotated[
        int,
        Field(
            alias="MsgTimeStamp",
            description="Original send time of the message. Unit: unix seconds.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ]
    """Original send time of the message. Unit: unix seconds."""

    msg_body: Annotated[
        list[MsgElementParam],
        Field(
            alias="MsgBody", description="The message.", json_schema_extra={"x-limits": {"min_items": 1}}, min_length=1
        ),
    ]
    """The message."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""


class ImportmsgResponse(Envelope):
    """
    Reply of openim/importmsg (envelope keys included).
    """
