# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class DeleteRobotRequest(RequestModel):
    """
    Request of openim_robot_http_svc/delete_robot: Delete a chatbot account.
    """

    robot_account: Annotated[
        str,
        Field(
            alias="Robot_Account",
            description="User ID of the chatbot; starts with @RBT#.",
            json_schema_extra={"x-max-bytes": 32, "x-limits": {"max_bytes": 32}},
        ),
    ]
    """User ID of the chatbot; starts with @RBT#."""


class DeleteRobotResponse(Envelope):
    """
    Reply of openim_robot_http_svc/delete_robot (envelope keys included).
    """
