# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live._enums.gift_language import GiftLanguage


class GetGiftCategoryLanguageRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_gift_category_language: Get a gift category translation.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category to read.")]
    """Category to read."""

    language: Annotated[
        GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"], Field(alias="Language", description="Language to read.")
    ]
    """Language to read."""


class CategoryText(ResponseModel):
    """
    Name and description of a gift category in one language.
    """

    category_name: Annotated[str | None, Field(alias="CategoryName", description="Name.")] = None
    """Name."""

    category_desc: Annotated[str | None, Field(alias="CategoryDesc", description="Description.")] = None
    """Description."""


class CategoryLanguageWrapper(ResponseModel):
    """
    A category translation under Response.Language (as Tencent's console code reads it).
    """

    language: Annotated[CategoryText | None, Field(alias="Language", description="The translation.")] = None
    """The translation."""


class GetGiftCategoryLanguageResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_gift_category_language (envelope keys included).
    """

    category_info: Annotated[
        CategoryText | None,
        Field(
            alias="CategoryInfo",
            description="The translation at the top level of the reply, as every official sample sends it.",
        ),
    ] = None
    """The translation at the top level of the reply, as every official sample sends it."""

    response: Annotated[
        CategoryLanguageWrapper | None,
        Field(
            alias="Response",
            description="The translation under Response.Language, as Tencent's newer console code reads it.",
        ),
    ] = None
    """The translation under Response.Language, as Tencent's newer console code reads it."""
