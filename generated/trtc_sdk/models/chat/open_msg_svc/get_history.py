# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.history_chat_type import HistoryChatType
from trtc_sdk.models.envelope import Envelope


class GetHistoryRequest(RequestModel):
    """
    Request of open_msg_svc/get_history: Download message history files.
    """

    chat_type: Annotated[
        HistoryChatType | Literal["C2C", "Group"], Field(alias="ChatType", description="One-to-one or group messages.")
    ]
    """One-to-one or group messages."""

    msg_time: Annotated[
        str,
        Field(
            alias="MsgTime",
            description="The hour to fetch as YYYYMMDDHH (2015120121 is 21:00-21:59 on 1 December 2015); within the last 7 days.",
            json_schema_extra={"x-limits": {"max_length": 10, "min_length": 10}},
            max_length=10,
            min_length=10,
        ),
    ]
    """The hour to fetch as YYYYMMDDHH (2015120121 is 21:00-21:59 on 1 December 2015); within the last 7 days."""


class HistoryFile(ResponseModel):
    """
    A downloadable gzip file of one hour of messages.
    """

    url: Annotated[str, Field(alias="URL", description="Download address (it expires; ask again for a new one).")]
    """Download address (it expires; ask again for a new one)."""

    expire_time: Annotated[
        str | None, Field(alias="ExpireTime", description="When the address stops working, as YYYY-MM-DD HH:MM:SS.")
    ] = None
    """When the address stops working, as YYYY-MM-DD HH:MM:SS."""

    file_size: Annotated[
        int | None, Field(alias="FileSize", description="Size of the file before compression. Unit: bytes.")
    ] = None
    """Size of the file before compression. Unit: bytes."""

    file_md5: Annotated[str | None, Field(alias="FileMD5", description="MD5 of the file before compression.")] = None
    """MD5 of the file before compression."""

    gzip_size: Annotated[int | None, Field(alias="GzipSize", description="Size of the gzip file. Unit: bytes.")] = None
    """Size of the gzip file. Unit: bytes."""

    gzip_md5: Annotated[str | None, Field(alias="GzipMD5", description="MD5 of the gzip file.")] = None
    """MD5 of the gzip file."""


class GetHistoryResponse(Envelope):
    """
    Reply of open_msg_svc/get_history (envelope keys included).
    """

    file: Annotated[list[HistoryFile] | None, Field(alias="File", description="The files of that hour.")] = None
    """The files of that hour."""
