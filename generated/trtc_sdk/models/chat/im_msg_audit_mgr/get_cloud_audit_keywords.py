# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class GetCloudAuditKeywordsRequest(RequestModel):
    """
    Request of im_msg_audit_mgr/get_cloud_audit_keywords: List blocked words.
    """

    sdk_app_id: Annotated[
        int, Field(alias="SdkAppId", description="SDKAppID of the app (repeated in the body).", ge=0, le=4294967295)
    ]
    """SDKAppID of the app (repeated in the body)."""

    offset: Annotated[
        int,
        Field(
            alias="Offset",
            description="Position of the first word to return.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ]
    """Position of the first word to return."""

    limit: Annotated[
        int,
        Field(
            alias="Limit",
            description="Words to return (at most 100).",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 100}},
            le=100,
        ),
    ]
    """Words to return (at most 100)."""

    lib_id: Annotated[str, Field(alias="LibID", description="ID of the library (from get_cloud_audit_keywords_ids).")]
    """ID of the library (from get_cloud_audit_keywords_ids)."""

    content: Annotated[
        str | None,
        Field(alias="Content", description="Fuzzy search for words containing this text; all words when empty."),
    ] = None
    """Fuzzy search for words containing this text; all words when empty."""


class BlockedWord(ResponseModel):
    """
    A blocked word of a keyword library.
    """

    id: Annotated[str, Field(alias="ID", description="ID of the word.")]
    """ID of the word."""

    content: Annotated[str | None, Field(alias="Content", description="The word.")] = None
    """The word."""

    create_time: Annotated[
        str | None,
        Field(alias="CreateTime", description="When the word was added, as text (such as 2023-06-24 23:45:04)."),
    ] = None
    """When the word was added, as text (such as 2023-06-24 23:45:04)."""


class GetCloudAuditKeywordsResponse(Envelope):
    """
    Reply of im_msg_audit_mgr/get_cloud_audit_keywords (envelope keys included).
    """

    total_count: Annotated[
        int | None, Field(alias="TotalCount", description="Number of matching words. Unit: count.")
    ] = None
    """Number of matching words. Unit: count."""

    infos: Annotated[list[BlockedWord] | None, Field(alias="Infos", description="Words in the range.")] = None
    """Words in the range."""
