# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import ResponseModel
from trtc_sdk.models.call._enums.call_result import CallResult
from trtc_sdk.models.call._enums.call_type import CallType
from trtc_sdk.models.call._enums.media_type import MediaType
from trtc_sdk.models.call._enums.room_id_type import RoomIdType


class CallRecord(ResponseModel):
    """
    The stored record of a finished call.
    """

    call_id: Annotated[str, Field(alias="CallId", description="Call ID.")]
    """Call ID."""

    caller_account: Annotated[str, Field(alias="Caller_Account", description="User ID of the caller.")]
    """User ID of the caller."""

    media_type: Annotated[MediaType, Field(alias="MediaType", description="Video or audio call.")]
    """Video or audio call."""

    call_type: Annotated[CallType, Field(alias="CallType", description="One-to-one or group call.")]
    """One-to-one or group call."""

    start_time: Annotated[int, Field(alias="StartTime", description="When the call was placed. Unit: unix seconds.")]
    """When the call was placed. Unit: unix seconds."""

    end_time: Annotated[int, Field(alias="EndTime", description="When the call ended. Unit: unix seconds.")]
    """When the call ended. Unit: unix seconds."""

    accept_time: Annotated[
        int,
        Field(alias="AcceptTime", description="When the call was answered; 0 when it never was. Unit: unix seconds."),
    ]
    """When the call was answered; 0 when it never was. Unit: unix seconds."""

    call_result: Annotated[
        CallResult,
        Field(alias="CallResult", description="How the call finished. The server may also send it as integer."),
    ]
    """How the call finished. The server may also send it as integer."""

    callee_list_account: Annotated[
        list[str],
        Field(alias="CalleeList_Account", description="Members of the call (the samples include the caller)."),
    ]
    """Members of the call (the samples include the caller)."""

    room_id: Annotated[str | None, Field(alias="RoomId", description="TRTC room used by the call.")] = None
    """TRTC room used by the call."""

    room_id_type: Annotated[
        RoomIdType | None,
        Field(alias="RoomIdType", description="How RoomId is written. The server may also send it as string."),
    ] = None
    """How RoomId is written. The server may also send it as string."""
