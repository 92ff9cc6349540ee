# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class DelGiftCategoryRequest(RequestModel):
    """
    Request of live_engine_http_srv/del_gift_category: Delete a gift category.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category to delete.")]
    """Category to delete."""


class DelGiftCategoryResponse(Envelope):
    """
    Reply of live_engine_http_srv/del_gift_category (envelope keys included).
    """
