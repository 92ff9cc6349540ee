# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.call._enums.media_type import MediaType
from trtc_sdk.models.call._enums.room_id_type import RoomIdType
from trtc_sdk.models.envelope import Envelope


class CalleeResult(ResponseModel):
    """
    Outcome of the invitation for one callee.
    """

    callee_account: Annotated[str, Field(alias="Callee_Account", description="User ID of the callee.")]
    """User ID of the callee."""

    result_code: Annotated[
        int, Field(alias="ResultCode", description="0 when the callee was invited; other values are not documented.")
    ]
    """0 when the callee was invited; other values are not documented."""


class OfflinePushInfoParam(RequestModel):
    """
    Offline push settings of the call invitation. The Call page documents only these four keys; the Chat message OfflinePushInfo it refers to has more, which can be sent through extra_body.
    """

    push_flag: Annotated[
        int | None, Field(alias="PushFlag", description="0 pushes the invitation offline (the default); 1 does not.")
    ] = None
    """0 pushes the invitation offline (the default); 1 does not."""

    title: Annotated[str | None, Field(alias="Title", description="Title of the push notification.")] = None
    """Title of the push notification."""

    desc: Annotated[str | None, Field(alias="Desc", description="Text of the push notification.")] = None
    """Text of the push notification."""

    ext: Annotated[str | None, Field(alias="Ext", description="Pass-through data delivered with the push.")] = None
    """Pass-through data delivered with the push."""


class StartCallByRobotResult(ResponseModel):
    """
    The new call and the per-callee outcome.
    """

    call_id: Annotated[str, Field(alias="CallId", description="ID of the new call.")]
    """ID of the new call."""

    call_result: Annotated[list[CalleeResult], Field(alias="CallResult", description="Outcome for each callee.")]
    """Outcome for each callee."""


class StartCallInfoParam(RequestModel):
    """
    Media type and optional TRTC room of a call placed by a robot.
    """

    media_type: Annotated[
        MediaType | Literal["Video", "Audio"], Field(alias="MediaType", description="Video or audio call.")
    ]
    """Video or audio call."""

    room_id: Annotated[str | None, Field(alias="RoomId", description="TRTC room to hold the call in.")] = None
    """TRTC room to hold the call in."""

    room_id_type: Annotated[
        RoomIdType | Literal[1, 2] | None, Field(alias="RoomIdType", description="How RoomId is written.")
    ] = None
    """How RoomId is written."""


class StartCallByRobotRequest(RequestModel):
    """
    Request of call_engine_http_srv/start_call_by_robot: Start a call from a robot account.
    """

    robot_account: Annotated[str, Field(alias="Robot_Account", description="User ID acting as the caller.")]
    """User ID acting as the caller."""

    callee_list_account: Annotated[list[str], Field(alias="CalleeList_Account", description="User IDs to call.")]
    """User IDs to call."""

    timeout: Annotated[
        int,
        Field(
            alias="Timeout",
            description="How long the invitation rings before it times out. Unit: milliseconds.",
            ge=10000,
            json_schema_extra={"x-limits": {"minimum": 10000, "maximum": 600000}},
            le=600000,
        ),
    ]
    """How long the invitation rings before it times out. Unit: milliseconds."""

    user_data: Annotated[
        str | None,
        Field(
            alias="UserData",
            description="Custom data passed to the callees with the invitation.",
            json_schema_extra={"x-max-bytes": 1000, "x-limits": {"max_bytes": 1000}},
        ),
    ] = None
    """Custom data passed to the callees with the invitation."""

    call_info: Annotated[StartCallInfoParam, Field(alias="CallInfo", description="Media type and optional TRTC room.")]
    """Media type and optional TRTC room."""

    offline_push_info: Annotated[
        OfflinePushInfoParam | None,
        Field(alias="OfflinePushInfo", description="Offline push settings of the invitation."),
    ] = None
    """Offline push settings of the invitation."""


class StartCallByRobotResponse(Envelope):
    """
    Reply of call_engine_http_srv/start_call_by_robot (envelope keys included).
    """

    response: Annotated[
        StartCallByRobotResult | None,
        Field(alias="Response", description="The new call; absent from the API page's sample, present in the guide's."),
    ] = None
    """The new call; absent from the API page's sample, present in the guide's."""
