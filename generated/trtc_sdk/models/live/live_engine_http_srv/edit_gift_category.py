# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class EditGiftCategoryRequest(RequestModel):
    """
    Request of live_engine_http_srv/edit_gift_category: Change a gift category.
    """

    category_id: Annotated[
        str,
        Field(
            alias="CategoryId",
            description="Category to change.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ]
    """Category to change."""

    extension_info: Annotated[
        str | None,
        Field(
            alias="ExtensionInfo",
            description="App-defined JSON string.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """App-defined JSON string."""

    default_name: Annotated[
        str | None,
        Field(
            alias="DefaultName",
            description="Default name.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ] = None
    """Default name."""

    default_desc: Annotated[
        str | None,
        Field(
            alias="DefaultDesc",
            description="Default description.",
            json_schema_extra={"x-max-bytes": 60, "x-limits": {"max_bytes": 60}},
        ),
    ] = None
    """Default description."""


class EditGiftCategoryResponse(Envelope):
    """
    Reply of live_engine_http_srv/edit_gift_category (envelope keys included).
    """
