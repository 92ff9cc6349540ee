# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class CreateRobotRequest(RequestModel):
    """
    Request of openim_robot_http_svc/create_robot: Create a chatbot account.
    """

    user_id: Annotated[
        str,
        Field(
            alias="UserID",
            description="User ID of the chatbot; must start with @RBT#.",
            json_schema_extra={"x-max-bytes": 32, "x-limits": {"max_bytes": 32}},
        ),
    ]
    """User ID of the chatbot; must start with @RBT#."""

    nick: Annotated[str | None, Field(alias="Nick", description="Nickname of the chatbot.")] = None
    """Nickname of the chatbot."""

    face_url: Annotated[str | None, Field(alias="FaceUrl", description="URL of the chatbot's avatar.")] = None
    """URL of the chatbot's avatar."""

    self_signature: Annotated[
        str | None,
        Field(
            alias="SelfSignature",
            description="Status text of the chatbot.",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """Status text of the chatbot."""


class CreateRobotResponse(Envelope):
    """
    Reply of openim_robot_http_svc/create_robot (envelope keys included).
    """
