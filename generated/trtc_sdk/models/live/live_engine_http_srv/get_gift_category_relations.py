# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetGiftCategoryRelationsRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_gift_category_relations: List the gifts of a category.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category to read.")]
    """Category to read."""


class GiftCategoryRelation(ResponseModel):
    """
    Gifts linked to a category.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category ID.")]
    """Category ID."""

    gift_id_list: Annotated[list[str], Field(alias="GiftIdList", description="IDs of the linked gifts.")]
    """IDs of the linked gifts."""


class GetGiftCategoryRelationsResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_gift_category_relations (envelope keys included).
    """

    relation: Annotated[
        GiftCategoryRelation, Field(alias="Relation", description="The links; sent at the top level of the reply.")
    ]
    """The links; sent at the top level of the reply."""
