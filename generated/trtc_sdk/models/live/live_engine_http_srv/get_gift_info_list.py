# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Any

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetGiftInfoListRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_gift_info_list: List the gift catalogue.
    """

    language: Annotated[
        str | None,
        Field(
            alias="Language",
            description="Language of Name/Desc in the reply; older console code sends zh, newer code an empty body.",
        ),
    ] = None
    """Language of Name/Desc in the reply; older console code sends zh, newer code an empty body."""


class CategoryTextEntry(ResponseModel):
    """
    A category translation inside the undocumented catalogue listing.
    """

    language: Annotated[str, Field(alias="Language", description="Language code.")]
    """Language code."""

    category_name: Annotated[str | None, Field(alias="CategoryName", description="Name.")] = None
    """Name."""

    category_desc: Annotated[str | None, Field(alias="CategoryDesc", description="Description.")] = None
    """Description."""


class GiftTextEntry(ResponseModel):
    """
    A gift translation inside the undocumented catalogue listing.
    """

    language: Annotated[str, Field(alias="Language", description="Language code.")]
    """Language code."""

    name: Annotated[str | None, Field(alias="Name", description="Name.")] = None
    """Name."""

    desc: Annotated[str | None, Field(alias="Desc", description="Description.")] = None
    """Description."""


class CategoryCatalogItem(ResponseModel):
    """
    A gift category inside the undocumented catalogue listing.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category ID.")]
    """Category ID."""

    category_name: Annotated[str | None, Field(alias="CategoryName", description="Name in the requested language.")] = (
        None
    )
    """Name in the requested language."""

    category_desc: Annotated[
        str | None, Field(alias="CategoryDesc", description="Description in the requested language.")
    ] = None
    """Description in the requested language."""

    category_extension: Annotated[
        str | None, Field(alias="CategoryExtension", description="App-defined JSON string.")
    ] = None
    """App-defined JSON string."""

    gift_id_list: Annotated[list[str] | None, Field(alias="GiftIdList", description="IDs of the linked gifts.")] = None
    """IDs of the linked gifts."""

    language_list: Annotated[
        list[CategoryTextEntry] | None, Field(alias="LanguageList", description="Translations.")
    ] = None
    """Translations."""


class GiftCatalogItem(ResponseModel):
    """
    A gift inside the undocumented catalogue listing.
    """

    gift_id: Annotated[str, Field(alias="GiftId", description="Gift ID.")]
    """Gift ID."""

    name: Annotated[str | None, Field(alias="Name", description="Name in the requested language.")] = None
    """Name in the requested language."""

    desc: Annotated[str | None, Field(alias="Desc", description="Description in the requested language.")] = None
    """Description in the requested language."""

    icon_url: Annotated[str | None, Field(alias="IconUrl", description="Thumbnail URL.")] = None
    """Thumbnail URL."""

    resource_url: Annotated[str | None, Field(alias="ResourceUrl", description="Effect resource URL.")] = None
    """Effect resource URL."""

    coins: Annotated[int | None, Field(alias="Coins", description="Price in virtual coins.")] = None
    """Price in virtual coins."""

    level: Annotated[int | None, Field(alias="Level", description="Gift level.")] = None
    """Gift level."""

    extension_info: Annotated[str | None, Field(alias="ExtensionInfo", description="App-defined JSON string.")] = None
    """App-defined JSON string."""

    language_list: Annotated[list[GiftTextEntry] | None, Field(alias="LanguageList", description="Translations.")] = (
        None
    )
    """Translations."""

    create_time: Annotated[
        Any | None, Field(alias="CreateTime", description="Creation time; its JSON type is unknown.")
    ] = None
    """Creation time; its JSON type is unknown."""


class GiftCatalog(ResponseModel):
    """
    The whole gift catalogue as the undocumented get_gift_info_list returns it.
    """

    gift_list: Annotated[list[GiftCatalogItem] | None, Field(alias="GiftList", description="Gifts.")] = None
    """Gifts."""

    category_list: Annotated[
        list[CategoryCatalogItem] | None, Field(alias="CategoryList", description="Categories.")
    ] = None
    """Categories."""

    total_count: Annotated[int | None, Field(alias="TotalCount", description="Number of gifts. Unit: count.")] = None
    """Number of gifts. Unit: count."""


class GetGiftInfoListResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_gift_info_list (envelope keys included).
    """

    response: Annotated[GiftCatalog | None, Field(alias="Response", description="The catalogue.")] = None
    """The catalogue."""
