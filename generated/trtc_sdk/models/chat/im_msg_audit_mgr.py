# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums import ModerationLabel, ModerationVerdict
from trtc_sdk.models.envelope import Envelope


class GetCloudAuditKeywordsIdsRequest(RequestModel):
    """
    Request of im_msg_audit_mgr/get_cloud_audit_keywords_ids: List keyword libraries.
    """

    sdk_app_id: Annotated[
        int, Field(alias="SdkAppId", description="SDKAppID of the app (repeated in the body).", ge=0, le=4294967295)
    ]
    """SDKAppID of the app (repeated in the body)."""

    offset: Annotated[
        int,
        Field(
            alias="Offset",
            description="Position of the first library to return.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ]
    """Position of the first library to return."""

    limit: Annotated[
        int,
        Field(
            alias="Limit",
            description="Libraries to return (at most 100).",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 100}},
            le=100,
        ),
    ]
    """Libraries to return (at most 100)."""


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


class AddCloudAuditKeywordsResponse(Envelope):
    """
    Reply of im_msg_audit_mgr/add_cloud_audit_keywords (envelope keys included).
    """


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


class KeywordLibrary(ResponseModel):
    """
    A keyword library of the app.
    """

    id: Annotated[str, Field(alias="ID", description="ID of the library (LibID of the other commands).")]
    """ID of the library (LibID of the other commands)."""

    lib_name: Annotated[str | None, Field(alias="LibName", description="Name of the library.")] = None
    """Name of the library."""

    describe: Annotated[str | None, Field(alias="Describe", description="Description of the library.")] = None
    """Description of the library."""

    create_time: Annotated[
        str | None,
        Field(
            alias="CreateTime",
            description="When the library was created, as text (such as 2023-02-20 13:53:44 +0800 CST).",
        ),
    ] = None
    """When the library was created, as text (such as 2023-02-20 13:53:44 +0800 CST)."""

    suggestion: Annotated[
        ModerationVerdict | None,
        Field(alias="Suggestion", description="What a match in this library leads to (such as Block)."),
    ] = None
    """What a match in this library leads to (such as Block)."""


class NewBlockedWordParam(RequestModel):
    """
    A blocked word to add.
    """

    content: Annotated[str, Field(alias="Content", description="The word.")]
    """The word."""

    label: Annotated[
        ModerationLabel
        | Literal["Normal", "Illegal", "Abuse", "Polity", "Ad", "Porn", "Sexy", "Terror", "Composite"]
        | None,
        Field(alias="Label", description="Its category."),
    ] = None
    """Its category."""


class GetCloudAuditKeywordsIdsResponse(Envelope):
    """
    Reply of im_msg_audit_mgr/get_cloud_audit_keywords_ids (envelope keys included).
    """

    total_count: Annotated[int | None, Field(alias="TotalCount", description="Number of libraries. Unit: count.")] = (
        None
    )
    """Number of libraries. Unit: count."""

    infos: Annotated[list[KeywordLibrary] | None, Field(alias="Infos", description="Libraries in the range.")] = None
    """Libraries in the range."""


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


class AddCloudAuditKeywordsRequest(RequestModel):
    """
    Request of im_msg_audit_mgr/add_cloud_audit_keywords: Add blocked words.
    """

    sdk_app_id: Annotated[
        int, Field(alias="SdkAppId", description="SDKAppID of the app (repeated in the body).", ge=0, le=4294967295)
    ]
    """SDKAppID of the app (repeated in the body)."""

    lib_id: Annotated[str, Field(alias="LibID", description="ID of the library (from get_cloud_audit_keywords_ids).")]
    """ID of the library (from get_cloud_audit_keywords_ids)."""

    user_keywords: Annotated[
        list[NewBlockedWordParam],
        Field(
            alias="UserKeywords",
            description="Words to add.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Words to add."""


class DeleteCloudAuditKeywordsResponse(Envelope):
    """
    Reply of im_msg_audit_mgr/delete_cloud_audit_keywords (envelope keys included).
    """

    details: Annotated[list[BlockedWordDeletion] | None, Field(alias="Details", description="Outcome per word.")] = None
    """Outcome per word."""

    count: Annotated[int | None, Field(alias="Count", description="Number of words deleted. Unit: count.")] = None
    """Number of words deleted. Unit: count."""
