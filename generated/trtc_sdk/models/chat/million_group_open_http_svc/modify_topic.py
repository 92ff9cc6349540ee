# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.million_group_mute_all_member import MillionGroupMuteAllMember
from trtc_sdk.models.envelope import Envelope


class ModifyTopicRequest(RequestModel):
    """
    Request of million_group_open_http_svc/modify_topic: Change a topic.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The community that owns the topic.")]
    """The community that owns the topic."""

    topic_id: Annotated[str, Field(alias="TopicId", description="The topic to change.")]
    """The topic to change."""

    topic_name: Annotated[
        str | None,
        Field(
            alias="TopicName",
            description="New topic name (UTF-8).",
            json_schema_extra={"x-max-bytes": 30, "x-limits": {"max_bytes": 30}},
        ),
    ] = None
    """New topic name (UTF-8)."""

    from_account: Annotated[
        str | None,
        Field(
            alias="From_Account",
            description="User ID shown as the one who changed the topic. The server may also send it as integer.",
            json_schema_extra={"x-send-as-string": True},
        ),
    ] = None
    """User ID shown as the one who changed the topic. The server may also send it as integer."""

    custom_string: Annotated[
        str | None,
        Field(
            alias="CustomString",
            description="New app-defined string.",
            json_schema_extra={"x-max-bytes": 3000, "x-limits": {"max_bytes": 3000}},
        ),
    ] = None
    """New app-defined string."""

    face_url: Annotated[
        str | None,
        Field(
            alias="FaceUrl",
            description="New topic avatar URL.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """New topic avatar URL."""

    notification: Annotated[
        str | None,
        Field(
            alias="Notification",
            description="New topic notice (UTF-8).",
            json_schema_extra={"x-max-bytes": 300, "x-limits": {"max_bytes": 300}},
        ),
    ] = None
    """New topic notice (UTF-8)."""

    introduction: Annotated[
        str | None,
        Field(
            alias="Introduction",
            description="New topic introduction (UTF-8).",
            json_schema_extra={"x-max-bytes": 240, "x-limits": {"max_bytes": 240}},
        ),
    ] = None
    """New topic introduction (UTF-8)."""

    mute_all_member: Annotated[
        MillionGroupMuteAllMember | Literal["On", "Off"] | None,
        Field(alias="MuteAllMember", description="Mute or unmute all ordinary members of the topic."),
    ] = None
    """Mute or unmute all ordinary members of the topic."""


class ModifyTopicResponse(Envelope):
    """
    Reply of million_group_open_http_svc/modify_topic (envelope keys included).
    """
