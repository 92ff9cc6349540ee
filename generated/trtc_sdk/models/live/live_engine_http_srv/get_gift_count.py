# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetGiftCountRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_gift_count: Get gift totals of a user.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""

    from_account: Annotated[str, Field(alias="From_Account", description="User the totals are for.")]
    """User the totals are for."""


class GiftCount(ResponseModel):
    """
    Gift totals of a user in a room.
    """

    sequence: Annotated[
        int | None,
        Field(
            alias="Sequence", description="Sequence number of the statistics (in the sample, not in the field table)."
        ),
    ] = None
    """Sequence number of the statistics (in the sample, not in the field table)."""

    total_count: Annotated[int | None, Field(alias="TotalCount", description="Gifts in total. Unit: count.")] = None
    """Gifts in total. Unit: count."""

    total_coins: Annotated[int | None, Field(alias="TotalCoins", description="Total coin value.")] = None
    """Total coin value."""

    gift_sender_count: Annotated[
        int | None, Field(alias="GiftSenderCount", description="Distinct gift senders. Unit: count.")
    ] = None
    """Distinct gift senders. Unit: count."""


class GetGiftCountResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_gift_count (envelope keys included).
    """

    response: Annotated[GiftCount, Field(alias="Response", description="The totals.")]
    """The totals."""
