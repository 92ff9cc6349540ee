# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.offline_push_info_param import OfflinePushInfoParam
from trtc_sdk.models.envelope import Envelope


class RevokeRequest(RequestModel):
    """
    Request of timpush/revoke: Recall a push.
    """

    task_id: Annotated[
        str, Field(alias="TaskId", description="ID of a broadcast push task from timpush push, at most 24 hours old.")
    ]
    """ID of a broadcast push task from timpush push, at most 24 hours old."""

    offline_push_info: Annotated[
        OfflinePushInfoParam,
        Field(alias="OfflinePushInfo", description="The notification that overwrites the recalled one."),
    ]
    """The notification that overwrites the recalled one."""


class RevokeResponse(Envelope):
    """
    Reply of timpush/revoke (envelope keys included).
    """
