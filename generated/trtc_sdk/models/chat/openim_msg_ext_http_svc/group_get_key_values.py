# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat.openim_msg_ext_http_svc._shared import MsgExtension
from trtc_sdk.models.envelope import Envelope


class GroupGetKeyValuesRequest(RequestModel):
    """
    Request of openim_msg_ext_http_svc/group_get_key_values: Get group message extensions.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    msg_seq: Annotated[
        int, Field(alias="MsgSeq", description="Sequence number of the group message.", ge=0, le=4294967295)
    ]
    """Sequence number of the group message."""

    start_seq: Annotated[
        int | None,
        Field(
            alias="StartSeq",
            description="Return only pairs whose Seq is at least this.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ] = None
    """Return only pairs whose Seq is at least this."""


class GroupGetKeyValuesResponse(Envelope):
    """
    Reply of openim_msg_ext_http_svc/group_get_key_values (envelope keys included).
    """

    extension_list: Annotated[
        list[MsgExtension] | None, Field(alias="ExtensionList", description="The pairs, by Seq; at most 200 per call.")
    ] = None
    """The pairs, by Seq; at most 200 per call."""

    complete_flag: Annotated[
        int | None, Field(alias="CompleteFlag", description="1 when all pairs were returned, 0 when more remain.")
    ] = None
    """1 when all pairs were returned, 0 when more remain."""

    latest_seq: Annotated[
        int | None, Field(alias="LatestSeq", description="Highest Seq among all pairs of the message.")
    ] = None
    """Highest Seq among all pairs of the message."""

    clear_seq: Annotated[
        int | None,
        Field(
            alias="ClearSeq",
            description="Seq of the last clear; clients must drop cached pairs whose Seq is at or below it.",
        ),
    ] = None
    """Seq of the last clear; clients must drop cached pairs whose Seq is at or below it."""
