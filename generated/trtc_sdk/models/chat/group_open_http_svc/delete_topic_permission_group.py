# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat.group_open_http_svc._shared import TopicPermissionResult
from trtc_sdk.models.envelope import Envelope


class DeleteTopicPermissionGroupRequest(RequestModel):
    """
    Request of group_open_http_svc/delete_topic_permission_group: Remove topic permissions from a permission group.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Community.")]
    """Community."""

    permission_group_id: Annotated[str, Field(alias="PermissionGroupId", description="Permission group.")]
    """Permission group."""

    topic_id_list: Annotated[
        list[str],
        Field(
            alias="TopicIdList",
            description="Topics to remove.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 50}},
            max_length=50,
            min_length=1,
        ),
    ]
    """Topics to remove."""


class DeleteTopicPermissionGroupResponse(Envelope):
    """
    Reply of group_open_http_svc/delete_topic_permission_group (envelope keys included).
    """

    topic_permission_result_list: Annotated[
        list[TopicPermissionResult], Field(alias="TopicPermissionResultList", description="Outcome per topic.")
    ]
    """Outcome per topic."""
