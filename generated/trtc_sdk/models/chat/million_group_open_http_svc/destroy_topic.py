# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class DestroyTopicRequest(RequestModel):
    """
    Request of million_group_open_http_svc/destroy_topic: Delete topics.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The community that owns the topics.")]
    """The community that owns the topics."""

    topic_id_list: Annotated[
        list[str],
        Field(
            alias="TopicIdList",
            description="Topics to delete.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Topics to delete."""


class MillionGroupTopicResult(ResponseModel):
    """
    Outcome of deleting one topic.
    """

    topic_id: Annotated[str, Field(alias="TopicId", description="The topic.")]
    """The topic."""

    error_code: Annotated[
        int,
        Field(
            alias="ErrorCode", description="0 when the topic was deleted; otherwise a code such as 110002 or 110003."
        ),
    ]
    """0 when the topic was deleted; otherwise a code such as 110002 or 110003."""

    error_info: Annotated[str | None, Field(alias="ErrorInfo", description='Result text ("ok" on success).')] = None
    """Result text ("ok" on success)."""


class DestroyTopicResponse(Envelope):
    """
    Reply of million_group_open_http_svc/destroy_topic (envelope keys included).
    """

    destroy_result_item: Annotated[
        list[MillionGroupTopicResult] | None, Field(alias="DestroyResultItem", description="One result per topic.")
    ] = None
    """One result per topic."""
