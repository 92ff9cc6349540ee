# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class CreateTopicRequest(RequestModel):
    """
    Request of million_group_open_http_svc/create_topic: Create a topic.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The topic-enabled community that will own the topic.")]
    """The topic-enabled community that will own the topic."""

    topic_id: Annotated[
        str | None,
        Field(
            alias="TopicId",
            description='Custom topic ID: the community ID, then "@TOPIC#_", then a printable-ASCII part of your choice. Omit it to let the server assign one.',
        ),
    ] = None
    """Custom topic ID: the community ID, then "@TOPIC#_", then a printable-ASCII part of your choice. Omit it to let the server assign one."""

    topic_name: Annotated[
        str,
        Field(
            alias="TopicName",
            description="Topic name (UTF-8).",
            json_schema_extra={"x-max-bytes": 30, "x-limits": {"max_bytes": 30}},
        ),
    ]
    """Topic name (UTF-8)."""

    from_account: Annotated[
        str | None,
        Field(
            alias="From_Account",
            description="User ID shown as the creator of the topic. The server may also send it as integer.",
            json_schema_extra={"x-send-as-string": True},
        ),
    ] = None
    """User ID shown as the creator of the topic. The server may also send it as integer."""

    custom_string: Annotated[
        str | None,
        Field(
            alias="CustomString",
            description="App-defined string stored with the topic.",
            json_schema_extra={"x-max-bytes": 3000, "x-limits": {"max_bytes": 3000}},
        ),
    ] = None
    """App-defined string stored with the topic."""

    face_url: Annotated[
        str | None,
        Field(
            alias="FaceUrl",
            description="Topic avatar URL.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """Topic avatar URL."""

    notification: Annotated[
        str | None,
        Field(
            alias="Notification",
            description="Topic notice (UTF-8).",
            json_schema_extra={"x-max-bytes": 300, "x-limits": {"max_bytes": 300}},
        ),
    ] = None
    """Topic notice (UTF-8)."""

    introduction: Annotated[
        str | None,
        Field(
            alias="Introduction",
            description="Topic introduction (UTF-8).",
            json_schema_extra={"x-max-bytes": 240, "x-limits": {"max_bytes": 240}},
        ),
    ] = None
    """Topic introduction (UTF-8)."""


class CreateTopicResponse(Envelope):
    """
    Reply of million_group_open_http_svc/create_topic (envelope keys included).
    """

    topic_id: Annotated[
        str, Field(alias="TopicId", description="ID of the new topic (the custom one or the assigned one).")
    ]
    """ID of the new topic (the custom one or the assigned one)."""
