# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live._enums.gift_language import GiftLanguage


class SetGiftCategoryLanguageRequest(RequestModel):
    """
    Request of live_engine_http_srv/set_gift_category_language: Set a gift category translation.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category to translate.")]
    """Category to translate."""

    language: Annotated[
        GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        Field(alias="Language", description="Language of the texts."),
    ]
    """Language of the texts."""

    category_name: Annotated[
        str | None,
        Field(alias="CategoryName", description="Name in that language; required the first time a language is set."),
    ] = None
    """Name in that language; required the first time a language is set."""

    category_desc: Annotated[str | None, Field(alias="CategoryDesc", description="Description in that language.")] = (
        None
    )
    """Description in that language."""


class SetGiftCategoryLanguageResponse(Envelope):
    """
    Reply of live_engine_http_srv/set_gift_category_language (envelope keys included).
    """
