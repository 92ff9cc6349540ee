# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.group_flag import GroupFlag
from trtc_sdk.models.chat._shared.msg_element_param import MsgElementParam
from trtc_sdk.models.envelope import Envelope


class ImportGroupMsgItemParam(RequestModel):
    """
    A historical message to import into a group.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User ID of the sender.")]
    """User ID of the sender."""

    send_time: Annotated[
        int,
        Field(
            alias="SendTime",
            description="When it was sent; after the group's creation and its newest message, before now. Unit: unix seconds.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ]
    """When it was sent; after the group's creation and its newest message, before now. Unit: unix seconds."""

    random: Annotated[
        int | None,
        Field(
            alias="Random",
            description="Random number of the message; a repeat with the same number within five minutes is dropped.",
            ge=0,
            le=4294967295,
        ),
    ] = None
    """Random number of the message; a repeat with the same number within five minutes is dropped."""

    msg_body: Annotated[
        list[MsgElementParam],
        Field(
            alias="MsgBody",
            description="Body; the page allows TIMTextElem, TIMFaceElem, TIMLocationElem and TIMCustomElem.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Body; the page allows TIMTextElem, TIMFaceElem, TIMLocationElem and TIMCustomElem."""


class ImportGroupMsgResult(ResponseModel):
    """
    Outcome of importing one message.
    """

    msg_seq: Annotated[int | None, Field(alias="MsgSeq", description="Sequence number given to the message.")] = None
    """Sequence number given to the message."""

    msg_time: Annotated[
        int | None, Field(alias="MsgTime", description="Time of the message (its SendTime). Unit: unix seconds.")
    ] = None
    """Time of the message (its SendTime). Unit: unix seconds."""

    result: Annotated[
        int,
        Field(
            alias="Result",
            description="0 imported; 10004 the send time is not valid; 80002 the message exceeds 12,000 bytes.",
        ),
    ]
    """0 imported; 10004 the send time is not valid; 80002 the message exceeds 12,000 bytes."""


class ImportGroupMsgRequest(RequestModel):
    """
    Request of group_open_http_svc/import_group_msg: Import group messages.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to import into.")]
    """Group to import into."""

    recent_contact_flag: Annotated[
        GroupFlag | Literal[0, 1] | None,
        Field(
            alias="RecentContactFlag",
            description="1 updates the members' conversations (not for AVChatRoom or Community). Server default when omitted: 0. Group types: Private, Public, ChatRoom.",
        ),
    ] = None
    """1 updates the members' conversations (not for AVChatRoom or Community). Server default when omitted: 0. Group types: Private, Public, ChatRoom."""

    msg_list: Annotated[
        list[ImportGroupMsgItemParam],
        Field(
            alias="MsgList",
            description="Messages in ascending SendTime order.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 7}},
            max_length=7,
            min_length=1,
        ),
    ]
    """Messages in ascending SendTime order."""

    topic_id: Annotated[
        str | None, Field(alias="TopicId", description="Topic of a topic-enabled community. Group types: Community.")
    ] = None
    """Topic of a topic-enabled community. Group types: Community."""


class ImportGroupMsgResponse(Envelope):
    """
    Reply of group_open_http_svc/import_group_msg (envelope keys included).
    """

    import_msg_result: Annotated[
        list[ImportGroupMsgResult], Field(alias="ImportMsgResult", description="Outcome per message.")
    ]
    """Outcome per message."""
