# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live._enums.gift_language import GiftLanguage


class DelGiftLanguageRequest(RequestModel):
    """
    Request of live_engine_http_srv/del_gift_language: Delete a gift translation.
    """

    gift_id: Annotated[str, Field(alias="GiftId", description="Gift to change.")]
    """Gift to change."""

    language: Annotated[
        GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"], Field(alias="Language", description="Language to remove.")
    ]
    """Language to remove."""


class DelGiftLanguageResponse(Envelope):
    """
    Reply of live_engine_http_srv/del_gift_language (envelope keys included).
    """
