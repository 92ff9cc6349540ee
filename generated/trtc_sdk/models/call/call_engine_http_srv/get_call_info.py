# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.call._enums.call_user_status import CallUserStatus
from trtc_sdk.models.call._enums.media_type import MediaType
from trtc_sdk.models.call._enums.room_id_type import RoomIdType
from trtc_sdk.models.envelope import Envelope


class GetCallInfoRequest(RequestModel):
    """
    Request of call_engine_http_srv/get_call_info: Get real-time call status.
    """

    call_id: Annotated[str, Field(alias="CallId", description="ID of the call.")]
    """ID of the call."""


class CallInfo(ResponseModel):
    """
    Media and room settings of a running call.
    """

    call_id: Annotated[str, Field(alias="CallId", description="Call ID.")]
    """Call ID."""

    media_type: Annotated[MediaType, Field(alias="MediaType", description="Video or audio call.")]
    """Video or audio call."""

    chat_group_id: Annotated[
        str | None, Field(alias="ChatGroupId", description="Chat group bound to the call; empty when none.")
    ] = None
    """Chat group bound to the call; empty when none."""

    room_id: Annotated[
        str | None, Field(alias="RoomId", description="TRTC room used by the call; empty when none.")
    ] = None
    """TRTC room used by the call; empty when none."""

    room_id_type: Annotated[
        RoomIdType | None,
        Field(alias="RoomIdType", description="How RoomId is written. The sample sends 0 when RoomId is empty."),
    ] = None
    """How RoomId is written. The sample sends 0 when RoomId is empty."""


class CallUser(ResponseModel):
    """
    A participant of a running call.
    """

    user_account: Annotated[str, Field(alias="User_Account", description="User ID of the participant.")]
    """User ID of the participant."""

    status: Annotated[CallUserStatus, Field(alias="Status", description="State of the participant.")]
    """State of the participant."""


class GetCallInfoResult(ResponseModel):
    """
    A running call and its participants.
    """

    call_info: Annotated[CallInfo, Field(alias="CallInfo", description="Media and room settings.")]
    """Media and room settings."""

    user_list: Annotated[list[CallUser], Field(alias="UserList", description="Participants and their state.")]
    """Participants and their state."""


class GetCallInfoResponse(Envelope):
    """
    Reply of call_engine_http_srv/get_call_info (envelope keys included).
    """

    response: Annotated[GetCallInfoResult, Field(alias="Response", description="The call and its participants.")]
    """The call and its participants."""
