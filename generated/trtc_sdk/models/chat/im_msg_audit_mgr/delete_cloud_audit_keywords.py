# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class DeleteCloudAuditKeywordsRequest(RequestModel):
    """
    Request of im_msg_audit_mgr/delete_cloud_audit_keywords: Delete blocked words.
    """

    sdk_app_id: Annotated[
        int, Field(alias="SdkAppId", description="SDKAppID of the app (repeated in the body).", ge=0, le=4294967295)
    ]
    """SDKAppID of the app (repeated in the body)."""

    lib_id: Annotated[str, Field(alias="LibID", description="ID of the library (from get_cloud_audit_keywords_ids).")]
    """ID of the library (from get_cloud_audit_keywords_ids)."""

    keywords: Annotated[
        list[str],
        Field(
            alias="Keywords",
            description="Words to delete (at most 10 per call).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 10}},
            max_length=10,
            min_length=1,
        ),
    ]
    """Words to delete (at most 10 per call)."""


class BlockedWordDeletion(ResponseModel):
    """
    The outcome of deleting one blocked word.
    """

    keyword_id: Annotated[str | None, Field(alias="KeywordID", description="ID of the word.")] = None
    """ID of the word."""

    keyword: Annotated[str, Field(alias="Keyword", description="The word.")]
    """The word."""

    deleted: Annotated[bool, Field(alias="Deleted", description="Whether it was deleted.")]
    """Whether it was deleted."""

    error_info: Annotated[str | None, Field(alias="ErrorInfo", description="Why it was not deleted.")] = None
    """Why it was not deleted."""


class DeleteCloudAuditKeywordsResponse(Envelope):
    """
    Reply of im_msg_audit_mgr/delete_cloud_audit_keywords (envelope keys included).
    """

    details: Annotated[list[BlockedWordDeletion] | None, Field(alias="Details", description="Outcome per word.")] = None
    """Outcome per word."""

    count: Annotated[int | None, Field(alias="Count", description="Number of words deleted. Unit: count.")] = None
    """Number of words deleted. Unit: count."""
