# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class SendGiftRequest(RequestModel):
    """
    Request of live_engine_http_srv/send_gift: Send a gift.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to send in.")]
    """Room to send in."""

    gift_id: Annotated[str, Field(alias="GiftId", description="Gift to send; it must exist in the catalogue.")]
    """Gift to send; it must exist in the catalogue."""

    count: Annotated[
        int | None,
        Field(
            alias="Count",
            description="Number of gifts (in the sample, not in the field table).",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """Number of gifts (in the sample, not in the field table)."""

    from_account: Annotated[str, Field(alias="From_Account", description="User who sends the gift.")]
    """User who sends the gift."""

    receiver_list_account: Annotated[
        list[str],
        Field(
            alias="ReceiverList_Account",
            description="Users who receive it.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Users who receive it."""


class SendGiftResponse(Envelope):
    """
    Reply of live_engine_http_srv/send_gift (envelope keys included).
    """
