# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.moderation_config import ModerationConfig
from trtc_sdk.models.chat._enums.moderation_content_type import ModerationContentType
from trtc_sdk.models.chat._enums.moderation_label import ModerationLabel
from trtc_sdk.models.chat._enums.moderation_verdict import ModerationVerdict
from trtc_sdk.models.envelope import Envelope


class ContentModerationRequest(RequestModel):
    """
    Request of im_msg_audit/content_moderation: Moderate content on demand.
    """

    audit_name: Annotated[
        ModerationConfig | Literal["C2C", "Group", "UserInfo", "GroupInfo", "GroupMemberInfo", "RelationChain"] | str,
        Field(alias="AuditName", description="The moderation configuration to use."),
    ]
    """The moderation configuration to use."""

    content_type: Annotated[
        ModerationContentType | Literal["Text", "Image", "Audio", "Video"],
        Field(alias="ContentType", description="Kind of content."),
    ]
    """Kind of content."""

    content: Annotated[
        str,
        Field(
            alias="Content",
            description="The text, or the URL of the file (images up to 5 MB).",
            json_schema_extra={"x-max-bytes": 8192, "x-limits": {"max_bytes": 8192}},
        ),
    ]
    """The text, or the URL of the file (images up to 5 MB)."""

    ext_sender: Annotated[
        str | None,
        Field(
            alias="ExtSender",
            description="Sender to record with the moderation (a Chat user ID or the app's own ID); used for filtering in the console.",
        ),
    ] = None
    """Sender to record with the moderation (a Chat user ID or the app's own ID); used for filtering in the console."""

    ext_receiver: Annotated[
        str | None,
        Field(alias="ExtReceiver", description="Receiver to record (a user ID, group ID or the app's own ID)."),
    ] = None
    """Receiver to record (a user ID, group ID or the app's own ID)."""


class ContentModerationResponse(Envelope):
    """
    Reply of im_msg_audit/content_moderation (envelope keys included).
    """

    result: Annotated[
        ModerationVerdict | None, Field(alias="Result", description="Recommendation (text and images).")
    ] = None
    """Recommendation (text and images)."""

    score: Annotated[int | None, Field(alias="Score", description="Confidence of the verdict.")] = None
    """Confidence of the verdict."""

    label: Annotated[ModerationLabel | None, Field(alias="Label", description="Category found.")] = None
    """Category found."""

    keywords: Annotated[list[str] | None, Field(alias="Keywords", description="Words that matched.")] = None
    """Words that matched."""
