# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.group_type import GroupType
from trtc_sdk.models.envelope import Envelope


class ImportTopicRequest(RequestModel):
    """
    Request of group_open_http_svc/import_topic: Import a topic.
    """

    type: Annotated[
        GroupType | Literal["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] | None,
        Field(alias="Type", description="Type of the owning group; only Community is accepted."),
    ] = None
    """Type of the owning group; only Community is accepted."""

    group_id: Annotated[str, Field(alias="GroupId", description="Community that owns the topic.")]
    """Community that owns the topic."""

    topic_id: Annotated[
        str | None,
        Field(
            alias="TopicId",
            description="Custom topic ID: GroupId + @TOPIC#_ + a printable ASCII part, 96 bytes at most.",
            json_schema_extra={"x-max-bytes": 96, "x-limits": {"max_bytes": 96}},
        ),
    ] = None
    """Custom topic ID: GroupId + @TOPIC#_ + a printable ASCII part, 96 bytes at most."""

    topic_name: Annotated[
        str,
        Field(
            alias="TopicName",
            description="Topic name.",
            json_schema_extra={"x-max-bytes": 30, "x-limits": {"max_bytes": 30}},
        ),
    ]
    """Topic name."""

    from_account: Annotated[
        str | None,
        Field(
            alias="From_Account",
            description="User shown as the creator of the topic. The server may also send it as integer.",
            json_schema_extra={"x-send-as-string": True},
        ),
    ] = None
    """User shown as the creator of the topic. The server may also send it as integer."""

    custom_string: Annotated[
        str | None,
        Field(
            alias="CustomString",
            description="Custom data of the topic.",
            json_schema_extra={"x-max-bytes": 3000, "x-limits": {"max_bytes": 3000}},
        ),
    ] = None
    """Custom data of the topic."""

    face_url: Annotated[
        str | None,
        Field(
            alias="FaceUrl",
            description="Avatar URL.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """Avatar URL."""

    notification: Annotated[
        str | None,
        Field(
            alias="Notification",
            description="Notice.",
            json_schema_extra={"x-max-bytes": 300, "x-limits": {"max_bytes": 300}},
        ),
    ] = None
    """Notice."""

    introduction: Annotated[
        str | None,
        Field(
            alias="Introduction",
            description="Introduction.",
            json_schema_extra={"x-max-bytes": 240, "x-limits": {"max_bytes": 240}},
        ),
    ] = None
    """Introduction."""

    create_time: Annotated[
        int | None,
        Field(
            alias="CreateTime",
            description="Creation time; omitted, the time of the request. Unit: unix seconds.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    """Creation time; omitted, the time of the request. Unit: unix seconds."""


class ImportTopicResponse(Envelope):
    """
    Reply of group_open_http_svc/import_topic (envelope keys included).
    """

    topic_id: Annotated[str, Field(alias="TopicId", description="ID of the imported topic.")]
    """ID of the imported topic."""
