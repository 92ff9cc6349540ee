# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.offline_push_info_param import OfflinePushInfoParam
from trtc_sdk.models.chat.timpush._shared import PushErrorItem
from trtc_sdk.models.envelope import Envelope


class BatchRequest(RequestModel):
    """
    Request of timpush/batch: Push to a list of users.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="Sender (a UserID or RegistrationID).")]
    """Sender (a UserID or RegistrationID)."""

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Recipients (UserIDs or RegistrationIDs).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 500}},
            max_length=500,
            min_length=1,
        ),
    ]
    """Recipients (UserIDs or RegistrationIDs)."""

    msg_random: Annotated[
        int,
        Field(
            alias="MsgRandom",
            description="Random number; the server drops a push with the same value within the same second.",
            ge=0,
            le=4294967295,
        ),
    ]
    """Random number; the server drops a push with the same value within the same second."""

    offline_push_info: Annotated[OfflinePushInfoParam, Field(alias="OfflinePushInfo", description="The notification.")]
    """The notification."""

    data_id: Annotated[
        str | None,
        Field(
            alias="DataId",
            description="App-defined identifier passed back to the app's push webhooks.",
            json_schema_extra={"x-max-bytes": 64, "x-limits": {"max_bytes": 64}},
        ),
    ] = None
    """App-defined identifier passed back to the app's push webhooks."""


class BatchResponse(Envelope):
    """
    Reply of timpush/batch (envelope keys included).
    """

    task_id: Annotated[
        str | None, Field(alias="TaskId", description="ID of the push task (empty when the call failed).")
    ] = None
    """ID of the push task (empty when the call failed)."""

    error_list: Annotated[
        list[PushErrorItem] | None,
        Field(
            alias="ErrorList",
            description="Recipients the push could not be sent to; empty or absent when all succeeded.",
        ),
    ] = None
    """Recipients the push could not be sent to; empty or absent when all succeeded."""
