# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class AddGiftCategoryRequest(RequestModel):
    """
    Request of live_engine_http_srv/add_gift_category: Add a gift category.
    """

    category_id: Annotated[
        str,
        Field(
            alias="CategoryId",
            description="ID of the new category.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ]
    """ID of the new category."""

    extension_info: Annotated[
        str | None,
        Field(
            alias="ExtensionInfo",
            description="App-defined data; must be a JSON string.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """App-defined data; must be a JSON string."""

    default_name: Annotated[
        str,
        Field(
            alias="DefaultName",
            description="Default name.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ]
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


class AddGiftCategoryResponse(Envelope):
    """
    Reply of live_engine_http_srv/add_gift_category (envelope keys included).
    """
