# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.online_status import OnlineStatus
from trtc_sdk.models.chat.openim._shared import OnlinePlatformStatus
from trtc_sdk.models.envelope import Envelope


class QueryOnlineStatusRequest(RequestModel):
    """
    Request of openim/query_online_status: Get users' online status.
    """

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="User IDs to query.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 500}},
            max_length=500,
            min_length=1,
        ),
    ]
    """User IDs to query."""

    is_need_detail: Annotated[
        int | None,
        Field(
            alias="IsNeedDetail",
            description="1 adds the state per login platform. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """1 adds the state per login platform. Server default when omitted: 0."""

    is_return_instid: Annotated[
        int | None,
        Field(
            alias="IsReturnInstid",
            description="1 adds the device instance IDs (China-site page only; see notes). Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """1 adds the device instance IDs (China-site page only; see notes). Server default when omitted: 0."""

    is_return_custom_status: Annotated[
        int | None,
        Field(
            alias="IsReturnCustomStatus",
            description="1 adds each user's custom status (China-site page only; see notes). Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """1 adds each user's custom status (China-site page only; see notes). Server default when omitted: 0."""


class OnlineStatusError(ResponseModel):
    """
    A user whose state could not be read.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The user ID.")]
    """The user ID."""

    error_code: Annotated[int, Field(alias="ErrorCode", description="Why (70107: the user does not exist).")]
    """Why (70107: the user does not exist)."""


class OnlineStatusResult(ResponseModel):
    """
    Login state of one user.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The user ID.")]
    """The user ID."""

    status: Annotated[
        OnlineStatus | None,
        Field(
            alias="Status",
            description="Overall state; Online when any device is online (the key of the current pages).",
        ),
    ] = None
    """Overall state; Online when any device is online (the key of the current pages)."""

    state: Annotated[
        OnlineStatus | None,
        Field(
            alias="State",
            description="Overall state under the key the 2023 English samples use; see the command's notes.",
        ),
    ] = None
    """Overall state under the key the 2023 English samples use; see the command's notes."""

    detail: Annotated[
        list[OnlinePlatformStatus] | None,
        Field(alias="Detail", description="Per-platform state (only with IsNeedDetail = 1)."),
    ] = None
    """Per-platform state (only with IsNeedDetail = 1)."""


class QueryOnlineStatusResponse(Envelope):
    """
    Reply of openim/query_online_status (envelope keys included).
    """

    query_result: Annotated[
        list[OnlineStatusResult] | None,
        Field(alias="QueryResult", description="State of each user that could be queried."),
    ] = None
    """State of each user that could be queried."""

    error_list: Annotated[
        list[OnlineStatusError] | None,
        Field(alias="ErrorList", description="Users whose state could not be read (empty when all succeeded)."),
    ] = None
    """Users whose state could not be read (empty when all succeeded)."""
