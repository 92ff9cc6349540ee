# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.official_account_msg_control import OfficialAccountMsgControl
from trtc_sdk.models.chat._shared.msg_element_param import MsgElementParam
from trtc_sdk.models.chat._shared.offline_push_info_param import OfflinePushInfoParam
from trtc_sdk.models.envelope import Envelope


class SendOfficialAccountMsgRequest(RequestModel):
    """
    Request of official_account_open_http_svc/send_official_account_msg: Broadcast an official account message.
    """

    official_account: Annotated[str, Field(alias="Official_Account", description="ID of the sending account.")]
    """ID of the sending account."""

    random: Annotated[
        int,
        Field(
            alias="Random", description="Random number of the message (any 32-bit unsigned value).", ge=0, le=4294967295
        ),
    ]
    """Random number of the message (any 32-bit unsigned value)."""

    msg_body: Annotated[
        list[MsgElementParam],
        Field(
            alias="MsgBody",
            description="Body of the message.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Body of the message."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""

    send_msg_control: Annotated[
        list[OfficialAccountMsgControl | Literal["NoLastMsg", "NoUnread"] | str] | None,
        Field(alias="SendMsgControl", description="Options such as not updating the conversation's latest message."),
    ] = None
    """Options such as not updating the conversation's latest message."""

    offline_push_info: Annotated[
        OfflinePushInfoParam | None, Field(alias="OfflinePushInfo", description="How offline subscribers are notified.")
    ] = None
    """How offline subscribers are notified."""


class SendOfficialAccountMsgResponse(Envelope):
    """
    Reply of official_account_open_http_svc/send_official_account_msg (envelope keys included).
    """

    msg_time: Annotated[
        int | None, Field(alias="MsgTime", description="When the message was sent. Unit: unix seconds.")
    ] = None
    """When the message was sent. Unit: unix seconds."""

    msg_key: Annotated[
        str | None, Field(alias="MsgKey", description="Key of the message; keep it to recall the message.")
    ] = None
    """Key of the message; keep it to recall the message."""
