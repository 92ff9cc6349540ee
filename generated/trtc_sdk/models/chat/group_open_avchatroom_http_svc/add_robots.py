# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class AddRobotsRequest(RequestModel):
    """
    Request of group_open_avchatroom_http_svc/add_robots: Pin robot accounts to a live group's online list.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The live-stream group.")]
    """The live-stream group."""

    member_account: Annotated[
        list[str],
        Field(
            alias="Member_Account",
            description="User IDs of the robot accounts to add.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """User IDs of the robot accounts to add."""


class AddRobotsResponse(Envelope):
    """
    Reply of group_open_avchatroom_http_svc/add_robots (envelope keys included).
    """
