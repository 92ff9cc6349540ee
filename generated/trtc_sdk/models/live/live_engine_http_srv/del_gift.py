# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class DelGiftRequest(RequestModel):
    """
    Request of live_engine_http_srv/del_gift: Delete a gift.
    """

    gift_id: Annotated[str, Field(alias="GiftId", description="Gift to delete.")]
    """Gift to delete."""


class DelGiftResponse(Envelope):
    """
    Reply of live_engine_http_srv/del_gift (envelope keys included).
    """
