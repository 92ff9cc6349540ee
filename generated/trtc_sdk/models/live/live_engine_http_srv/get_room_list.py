# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetRoomListRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_room_list: List public live rooms.
    """

    next: Annotated[
        str, Field(alias="Next", description="Cursor: empty for the first page, then the Next of the previous reply.")
    ]
    """Cursor: empty for the first page, then the Next of the previous reply."""

    count: Annotated[
        int,
        Field(
            alias="Count",
            description="Rooms per page. Server default when omitted: 20.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 20}},
            le=20,
        ),
    ]
    """Rooms per page. Server default when omitted: 20."""


class LiveRoomListItem(ResponseModel):
    """
    A public room in the room list.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room ID.")]
    """Room ID."""

    room_name: Annotated[str | None, Field(alias="RoomName", description="Display name.")] = None
    """Display name."""

    owner_account: Annotated[
        str | None,
        Field(alias="Owner_Account", description="User ID of the owner. The server may also send it as integer."),
    ] = None
    """User ID of the owner. The server may also send it as integer."""

    cover_url: Annotated[str | None, Field(alias="CoverURL", description="Cover image URL.")] = None
    """Cover image URL."""

    category: Annotated[list[int] | None, Field(alias="Category", description="Category tags.")] = None
    """Category tags."""

    create_time: Annotated[
        int | None, Field(alias="CreateTime", description="When the room was created. Unit: unix seconds.")
    ] = None
    """When the room was created. Unit: unix seconds."""

    activity_status: Annotated[int | None, Field(alias="ActivityStatus", description="App-defined status value.")] = (
        None
    )
    """App-defined status value."""

    view_count: Annotated[
        int | None, Field(alias="ViewCount", description="Number of views; the list is sorted on it. Unit: count.")
    ] = None
    """Number of views; the list is sorted on it. Unit: count."""


class RoomListPage(ResponseModel):
    """
    One page of the room list.
    """

    next: Annotated[str, Field(alias="Next", description="Cursor of the next page; empty when the list is complete.")]
    """Cursor of the next page; empty when the list is complete."""

    room_list: Annotated[list[LiveRoomListItem], Field(alias="RoomList", description="Rooms on this page.")]
    """Rooms on this page."""


class GetRoomListResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_room_list (envelope keys included).
    """

    response: Annotated[RoomListPage, Field(alias="Response", description="One page of rooms.")]
    """One page of rooms."""
