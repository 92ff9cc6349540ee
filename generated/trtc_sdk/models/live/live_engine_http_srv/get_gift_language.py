# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live._enums.gift_language import GiftLanguage


class GetGiftLanguageRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_gift_language: Get a gift translation.
    """

    gift_id: Annotated[str, Field(alias="GiftId", description="Gift to read.")]
    """Gift to read."""

    language: Annotated[
        GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"], Field(alias="Language", description="Language to read.")
    ]
    """Language to read."""


class GiftText(ResponseModel):
    """
    Name and description of a gift in one language.
    """

    name: Annotated[str | None, Field(alias="Name", description="Name.")] = None
    """Name."""

    desc: Annotated[str | None, Field(alias="Desc", description="Description.")] = None
    """Description."""


class GiftLanguageWrapper(ResponseModel):
    """
    A gift translation under Response.Language (as Tencent's console code reads it).
    """

    language: Annotated[GiftText | None, Field(alias="Language", description="The translation.")] = None
    """The translation."""


class GetGiftLanguageResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_gift_language (envelope keys included).
    """

    gift_info: Annotated[
        GiftText | None,
        Field(
            alias="GiftInfo",
            description="The translation at the top level of the reply, as every official sample sends it.",
        ),
    ] = None
    """The translation at the top level of the reply, as every official sample sends it."""

    response: Annotated[
        GiftLanguageWrapper | None,
        Field(
            alias="Response",
            description="The translation under Response.Language, as Tencent's newer console code reads it.",
        ),
    ] = None
    """The translation under Response.Language, as Tencent's newer console code reads it."""
