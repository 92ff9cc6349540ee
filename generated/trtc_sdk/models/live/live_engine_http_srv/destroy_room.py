# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class DestroyRoomRequest(RequestModel):
    """
    Request of live_engine_http_srv/destroy_room: Dismiss a live room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to dismiss.")]
    """Room to dismiss."""


class DestroyRoomStats(ResponseModel):
    """
    Interaction totals reported when a room is dismissed.
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


class DestroyRoomResult(ResponseModel):
    """
    Final statistics of a dismissed room.
    """

    statistic: Annotated[
        DestroyRoomStats | None, Field(alias="Statistic", description="Totals of the live session.")
    ] = None
    """Totals of the live session."""


class DestroyRoomResponse(Envelope):
    """
    Reply of live_engine_http_srv/destroy_room (envelope keys included).
    """

    response: Annotated[
        DestroyRoomResult | None,
        Field(
            alias="Response",
            description="Final statistics (newer pages; the 2024 page replies with the envelope alone).",
        ),
    ] = None
    """Final statistics (newer pages; the 2024 page replies with the envelope alone)."""
