# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetGiftRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_gift: Get a gift.
    """

    gift_id: Annotated[str, Field(alias="GiftId", description="Gift to read.")]
    """Gift to read."""


class GiftInfo(ResponseModel):
    """
    A gift definition.
    """

    gift_id: Annotated[str, Field(alias="GiftId", description="Gift ID.")]
    """Gift ID."""

    icon_url: Annotated[
        str | None,
        Field(alias="IconUrl", description="Thumbnail URL (the field table spells it IconURL, the sample IconUrl)."),
    ] = None
    """Thumbnail URL (the field table spells it IconURL, the sample IconUrl)."""

    resource_url: Annotated[
        str | None, Field(alias="ResourceUrl", description="Effect resource URL (such as a full-screen mp4 or svga).")
    ] = None
    """Effect resource URL (such as a full-screen mp4 or svga)."""

    coins: Annotated[int | None, Field(alias="Coins", description="Price in virtual coins.")] = None
    """Price in virtual coins."""

    level: Annotated[int | None, Field(alias="Level", description="Gift level.")] = None
    """Gift level."""

    extension_info: Annotated[str | None, Field(alias="ExtensionInfo", description="App-defined JSON string.")] = None
    """App-defined JSON string."""

    default_name: Annotated[str | None, Field(alias="DefaultName", description="Default name.")] = None
    """Default name."""

    default_desc: Annotated[str | None, Field(alias="DefaultDesc", description="Default description.")] = None
    """Default description."""


class GetGiftResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_gift (envelope keys included).
    """

    gift_info: Annotated[
        GiftInfo,
        Field(alias="GiftInfo", description="The gift; sent at the top level of the reply, not under Response."),
    ]
    """The gift; sent at the top level of the reply, not under Response."""
