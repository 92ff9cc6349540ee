# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class MillionGroupGetOnlineMemberNumRequest(RequestModel):
    """
    Request of million_group_open_http_svc/get_online_member_num: Get the online member count of a community.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The community.")]
    """The community."""


class MillionGroupGetOnlineMemberNumResponse(Envelope):
    """
    Reply of million_group_open_http_svc/get_online_member_num (envelope keys included).
    """

    online_member_num: Annotated[
        int | None,
        Field(alias="OnlineMemberNum", description="Number of online members at the last refresh. Unit: count."),
    ] = None
    """Number of online members at the last refresh. Unit: count."""
