# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._shared.msg_element import MsgElement
from trtc_sdk.models.envelope import Envelope


class OfficialAccountMsgGetSimpleRequest(RequestModel):
    """
    Request of official_account_open_http_svc/official_account_msg_get_simple: Pull official account message history.
    """

    official_account: Annotated[str, Field(alias="Official_Account", description="ID of the account.")]
    """ID of the account."""

    last_msg_key: Annotated[
        str | None,
        Field(
            alias="LastMsgKey",
            description="MsgKey to continue from (messages older than it); omit for the latest messages.",
        ),
    ] = None
    """MsgKey to continue from (messages older than it); omit for the latest messages."""

    req_msg_number: Annotated[
        int | None,
        Field(
            alias="ReqMsgNumber",
            description="Number of messages to return.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """Number of messages to return."""

    with_recalled_msg: Annotated[
        int | None,
        Field(
            alias="WithRecalledMsg",
            description="1 also returns recalled messages. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """1 also returns recalled messages. Server default when omitted: 0."""


class OfficialAccountMessage(ResponseModel):
    """
    One message of an official account's history.
    """

    from_account: Annotated[str | None, Field(alias="From_Account", description="Sender.")] = None
    """Sender."""

    is_place_msg: Annotated[
        int | None,
        Field(
            alias="IsPlaceMsg",
            description="1 when the message at this sequence has expired, failed to store or was deleted (then it has no body).",
        ),
    ] = None
    """1 when the message at this sequence has expired, failed to store or was deleted (then it has no body)."""

    msg_body: Annotated[list[MsgElement] | None, Field(alias="MsgBody", description="Body of the message.")] = None
    """Body of the message."""

    msg_seq: Annotated[
        int | None, Field(alias="MsgSeq", description="Sequence number (later messages have larger numbers).")
    ] = None
    """Sequence number (later messages have larger numbers)."""

    msg_key: Annotated[
        str | None, Field(alias="MsgKey", description="Key of the message (Seq_1_ServerTime), used to recall it.")
    ] = None
    """Key of the message (Seq_1_ServerTime), used to recall it."""

    msg_time_stamp: Annotated[
        int | None, Field(alias="MsgTimeStamp", description="When the message was sent. Unit: unix seconds.")
    ] = None
    """When the message was sent. Unit: unix seconds."""

    msg_random: Annotated[int | None, Field(alias="MsgRandom", description="Random number of the message.")] = None
    """Random number of the message."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""


class OfficialAccountMsgGetSimpleResponse(Envelope):
    """
    Reply of official_account_open_http_svc/official_account_msg_get_simple (envelope keys included).
    """

    official_account: Annotated[str | None, Field(alias="Official_Account", description="ID of the account.")] = None
    """ID of the account."""

    is_finished: Annotated[int | None, Field(alias="IsFinished", description="1 when no older messages remain.")] = None
    """1 when no older messages remain."""

    last_msg_key: Annotated[
        str | None, Field(alias="LastMsgKey", description="MsgKey to send as LastMsgKey for the next (older) page.")
    ] = None
    """MsgKey to send as LastMsgKey for the next (older) page."""

    rsp_msg_list: Annotated[
        list[OfficialAccountMessage] | None, Field(alias="RspMsgList", description="Messages on this page.")
    ] = None
    """Messages on this page."""
