# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class AddGiftRequest(RequestModel):
    """
    Request of live_engine_http_srv/add_gift: Add a gift.
    """

    gift_id: Annotated[
        str,
        Field(
            alias="GiftId",
            description="ID of the new gift.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ]
    """ID of the new gift."""

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
            description="Effect resource URL (such as a full-screen mp4 or svga).",
            json_schema_extra={"x-max-bytes": 200, "x-limits": {"max_bytes": 200}},
        ),
    ] = None
    """Effect resource URL (such as a full-screen mp4 or svga)."""

    coins: Annotated[int, Field(alias="Coins", description="Price in virtual coins.")]
    """Price in virtual coins."""

    level: Annotated[int | None, Field(alias="Level", description="Gift level. Server default when omitted: 0.")] = None
    """Gift level. Server default when omitted: 0."""

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
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ] = None
    """Default description."""


class AddGiftResponse(Envelope):
    """
    Reply of live_engine_http_srv/add_gift (envelope keys included).
    """
