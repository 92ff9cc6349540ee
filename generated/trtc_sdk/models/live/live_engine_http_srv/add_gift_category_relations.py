# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class AddGiftCategoryRelationsRequest(RequestModel):
    """
    Request of live_engine_http_srv/add_gift_category_relations: Link gifts to a category.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category to change.")]
    """Category to change."""

    gift_id_list: Annotated[
        list[str],
        Field(
            alias="GiftIdList",
            description="Gifts to link.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Gifts to link."""


class AddGiftCategoryRelationsResponse(Envelope):
    """
    Reply of live_engine_http_srv/add_gift_category_relations (envelope keys included).
    """

    invalid_gift_id_list: Annotated[
        list[str] | None,
        Field(alias="InvalidGiftIdList", description="Gift IDs that were not linked; drop them from the request."),
    ] = None
    """Gift IDs that were not linked; drop them from the request."""
