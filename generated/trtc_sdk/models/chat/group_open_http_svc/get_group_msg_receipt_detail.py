# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.group_flag import GroupFlag
from trtc_sdk.models.chat._enums.group_receipt_list_filter import GroupReceiptListFilter
from trtc_sdk.models.envelope import Envelope


class GetGroupMsgReceiptDetailRequest(RequestModel):
    """
    Request of group_open_http_svc/get_group_msg_receipt_detail: List readers of a group message.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the message.")]
    """Group of the message."""

    msg_seq: Annotated[int, Field(alias="MsgSeq", description="Sequence number of the message.", ge=0, le=4294967295)]
    """Sequence number of the message."""

    filter: Annotated[
        GroupReceiptListFilter | Literal[0, 1],
        Field(
            alias="Filter", description="0 lists readers (ReadList), 1 lists members who have not read it (UnreadList)."
        ),
    ]
    """0 lists readers (ReadList), 1 lists members who have not read it (UnreadList)."""

    cursor: Annotated[
        str,
        Field(alias="Cursor", description="Cursor: empty for the first call, then the Cursor of the previous reply."),
    ]
    """Cursor: empty for the first call, then the Cursor of the previous reply."""

    count: Annotated[
        int,
        Field(
            alias="Count",
            description="Members per call.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 200}},
            le=200,
        ),
    ]
    """Members per call."""


class GroupMsgNonReader(ResponseModel):
    """
    A member who has not read the message.
    """

    unread_account: Annotated[str, Field(alias="Unread_Account", description="User ID.")]
    """User ID."""


class GroupMsgReader(ResponseModel):
    """
    A member who read the message.
    """

    read_account: Annotated[str, Field(alias="Read_Account", description="User ID.")]
    """User ID."""


class GetGroupMsgReceiptDetailResponse(Envelope):
    """
    Reply of group_open_http_svc/get_group_msg_receipt_detail (envelope keys included).
    """

    is_finish: Annotated[
        GroupFlag | None, Field(alias="IsFinish", description="1 when the list is complete (spelling of the samples).")
    ] = None
    """1 when the list is complete (spelling of the samples)."""

    is_finished: Annotated[
        GroupFlag | None,
        Field(
            alias="IsFinished",
            description="1 when the list is complete (spelling of the field table and the doocs SDK).",
        ),
    ] = None
    """1 when the list is complete (spelling of the field table and the doocs SDK)."""

    msg_seq: Annotated[int | None, Field(alias="MsgSeq", description="Sequence number of the message.")] = None
    """Sequence number of the message."""

    read_list: Annotated[list[GroupMsgReader] | None, Field(alias="ReadList", description="Readers (Filter 0).")] = None
    """Readers (Filter 0)."""

    unread_list: Annotated[
        list[GroupMsgNonReader] | None,
        Field(alias="UnreadList", description="Members who have not read it (Filter 1)."),
    ] = None
    """Members who have not read it (Filter 1)."""

    cursor: Annotated[
        str | None, Field(alias="Cursor", description='Cursor of the next call ("0" in the sample of a complete list).')
    ] = None
    """Cursor of the next call ("0" in the sample of a complete list)."""
