# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel


class MetadataItemParam(RequestModel):
    """
    One custom metadata entry of a room.
    """

    key: Annotated[
        str,
        Field(
            alias="Key",
            description="Metadata key.",
            json_schema_extra={"x-max-bytes": 50, "x-limits": {"max_bytes": 50}},
        ),
    ]
    """Metadata key."""

    value: Annotated[
        str,
        Field(
            alias="Value",
            description="Metadata value (at most 2 KB).",
            json_schema_extra={"x-max-bytes": 2048, "x-limits": {"max_bytes": 2048}},
        ),
    ]
    """Metadata value (at most 2 KB)."""


class MetadataItem(ResponseModel):
    """
    One custom metadata entry of a room.
    """

    key: Annotated[str, Field(alias="Key", description="Metadata key.")]
    """Metadata key."""

    value: Annotated[str, Field(alias="Value", description="Metadata value (at most 2 KB).")]
    """Metadata value (at most 2 KB)."""


class RoomStats(ResponseModel):
    """
    Interaction totals of a room, as get_room_stats reports them.
    """

    total_viewers: Annotated[
        int | None,
        Field(alias="TotalViewers", description="Room entries; repeated entries of one user all count. Unit: count."),
    ] = None
    """Room entries; repeated entries of one user all count. Unit: count."""

    total_gifts_sent: Annotated[
        int | None, Field(alias="TotalGiftsSent", description="Gifts sent in the room. Unit: count.")
    ] = None
    """Gifts sent in the room. Unit: count."""

    total_gift_coins: Annotated[
        int | None, Field(alias="TotalGiftCoins", description="Total coin value of those gifts.")
    ] = None
    """Total coin value of those gifts."""

    total_unique_gift_senders: Annotated[
        int | None, Field(alias="TotalUniqueGiftSenders", description="Distinct users who sent gifts. Unit: count.")
    ] = None
    """Distinct users who sent gifts. Unit: count."""

    total_likes_received: Annotated[
        int | None, Field(alias="TotalLikesReceived", description="Likes received. Unit: count.")
    ] = None
    """Likes received. Unit: count."""

    total_msg_count: Annotated[
        int | None, Field(alias="TotalMsgCount", description="Messages sent in the room. Unit: count.")
    ] = None
    """Messages sent in the room. Unit: count."""


class SendMsgResult(ResponseModel):
    """
    Where a room message landed.
    """

    msg_time: Annotated[
        int | None, Field(alias="MsgTime", description="Timestamp of the message. Unit: unix seconds.")
    ] = None
    """Timestamp of the message. Unit: unix seconds."""

    msg_seq: Annotated[int | None, Field(alias="MsgSeq", description="Sequence number of the message in the room.")] = (
        None
    )
    """Sequence number of the message in the room."""

    msg_drop_reason: Annotated[
        str | None,
        Field(
            alias="MsgDropReason",
            description="Why the message was dropped (such as MsgFreqCtrl); absent when delivered.",
        ),
    ] = None
    """Why the message was dropped (such as MsgFreqCtrl); absent when delivered."""
