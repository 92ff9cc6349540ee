# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetAdminListRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_admin_list: List room administrators.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""


class AdminList(ResponseModel):
    """
    Administrators of a room.
    """

    admin_account: Annotated[list[str], Field(alias="Admin_Account", description="User IDs of the administrators.")]
    """User IDs of the administrators."""


class GetAdminListResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_admin_list (envelope keys included).
    """

    response: Annotated[AdminList, Field(alias="Response", description="The administrators.")]
    """The administrators."""
