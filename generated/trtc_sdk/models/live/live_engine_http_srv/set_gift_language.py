# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live._enums.gift_language import GiftLanguage


class SetGiftLanguageRequest(RequestModel):
    """
    Request of live_engine_http_srv/set_gift_language: Set a gift translation.
    """

    gift_id: Annotated[
        str,
        Field(
            alias="GiftId",
            description="Gift to translate.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ]
    """Gift to translate."""

    language: Annotated[
        GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        Field(alias="Language", description="Language of the texts."),
    ]
    """Language of the texts."""

    name: Annotated[
        str | None,
        Field(
            alias="Name",
            description="Name in that language; required the first time a language is set.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ] = None
    """Name in that language; required the first time a language is set."""

    desc: Annotated[
        str | None,
        Field(
            alias="Desc",
            description="Description in that language.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ] = None
    """Description in that language."""


class SetGiftLanguageResponse(Envelope):
    """
    Reply of live_engine_http_srv/set_gift_language (envelope keys included).
    """
