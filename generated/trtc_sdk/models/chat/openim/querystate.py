# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.online_status import OnlineStatus
from trtc_sdk.models.chat.openim._shared import OnlinePlatformStatus
from trtc_sdk.models.envelope import Envelope


class QuerystateRequest(RequestModel):
    """
    Request of openim/querystate: Get users' login state (legacy).
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


class LegacyStateResult(ResponseModel):
    """
    Login state of one user as the legacy querystate command reports it.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The user ID.")]
    """The user ID."""

    state: Annotated[
        OnlineStatus | None, Field(alias="State", description="Overall state; Online when any device is online.")
    ] = None
    """Overall state; Online when any device is online."""

    detail: Annotated[
        list[OnlinePlatformStatus] | None,
        Field(alias="Detail", description="Per-platform state (only with IsNeedDetail = 1)."),
    ] = None
    """Per-platform state (only with IsNeedDetail = 1)."""


class QuerystateResponse(Envelope):
    """
    Reply of openim/querystate (envelope keys included).
    """

    query_result: Annotated[
        list[LegacyStateResult] | None, Field(alias="QueryResult", description="State of each user.")
    ] = None
    """State of each user."""
