# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.moderation_verdict import ModerationVerdict
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
