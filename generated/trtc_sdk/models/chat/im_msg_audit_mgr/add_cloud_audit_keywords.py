# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.moderation_label import ModerationLabel
from trtc_sdk.models.envelope import Envelope


class AddCloudAuditKeywordsResponse(Envelope):
    """
    Reply of im_msg_audit_mgr/add_cloud_audit_keywords (envelope keys included).
    """


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
