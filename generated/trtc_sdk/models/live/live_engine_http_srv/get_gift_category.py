# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetGiftCategoryRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_gift_category: Get a gift category.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category to read.")]
    """Category to read."""


class GiftCategoryInfo(ResponseModel):
    """
    A gift category definition.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category ID.")]
    """Category ID."""

    extension_info: Annotated[str | None, Field(alias="ExtensionInfo", description="App-defined JSON string.")] = None
    """App-defined JSON string."""

    default_name: Annotated[str | None, Field(alias="DefaultName", description="Default name.")] = None
    """Default name."""

    default_desc: Annotated[str | None, Field(alias="DefaultDesc", description="Default description.")] = None
    """Default description."""


class GetGiftCategoryResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_gift_category (envelope keys included).
    """

    gift_category_info: Annotated[
        GiftCategoryInfo,
        Field(alias="GiftCategoryInfo", description="The category; sent at the top level of the reply."),
    ]
    """The category; sent at the top level of the reply."""
