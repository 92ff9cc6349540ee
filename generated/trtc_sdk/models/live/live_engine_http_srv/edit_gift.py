# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class EditGiftRequest(RequestModel):
    """
    Request of live_engine_http_srv/edit_gift: Change a gift.
    """

    gift_id: Annotated[
        str,
        Field(
            alias="GiftId",
            description="Gift to change.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ]
    """Gift to change."""

    icon_url: Annotated[
        str | None,
        Field(
            alias="IconUrl",
            description="Thumbnail URL.",
            json_schema_extra={"x-max-bytes": 200, "x-limits": {"max_bytes": 200}},
        ),
    ] = None
    """Thumbnail URL."""

    resource_url: Annotated[
        str | None,
        Field(
            alias="ResourceUrl",
            description="Effect resource URL.",
            json_schema_extra={"x-max-bytes": 200, "x-limits": {"max_bytes": 200}},
        ),
    ] = None
    """Effect resource URL."""

    coins: Annotated[int | None, Field(alias="Coins", description="Price in virtual coins.")] = None
    """Price in virtual coins."""

    level: Annotated[int | None, Field(alias="Level", description="Gift level.")] = None
    """Gift level."""

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
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ] = None
    """Default description."""


class EditGiftResponse(Envelope):
    """
    Reply of live_engine_http_srv/edit_gift (envelope keys included).
    """
