# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.moderation_config import ModerationConfig
from trtc_sdk.models.chat._enums.moderation_content_type import ModerationContentType
from trtc_sdk.models.chat._enums.moderation_label import ModerationLabel
from trtc_sdk.models.chat._enums.moderation_verdict import ModerationVerdict
from trtc_sdk.models.envelope import Envelope


class ModerationContentParam(RequestModel):
    """
    One item of a batch moderation request.
    """

    content_id: Annotated[int, Field(alias="ContentId", description="ID of the item; unique within the request.")]
    """ID of the item; unique within the request."""

    content_type: Annotated[
        ModerationContentType | Literal["Text", "Image", "Audio", "Video"],
        Field(alias="ContentType", description="Text or Image (audio and video need content_moderation)."),
    ]
    """Text or Image (audio and video need content_moderation)."""

    content: Annotated[
        str,
        Field(
            alias="Content",
            description="The text, or the URL of the image (images up to 5 MB).",
            json_schema_extra={"x-max-bytes": 8192, "x-limits": {"max_bytes": 8192}},
        ),
    ]
    """The text, or the URL of the image (images up to 5 MB)."""


class ModerationItemResult(ResponseModel):
    """
    The verdict on one item of a batch moderation request.
    """

    content_id: Annotated[int, Field(alias="ContentId", description="ID of the item.")]
    """ID of the item."""

    error_code: Annotated[
        int | None, Field(alias="ErrorCode", description="0 when the item was moderated; otherwise an error code.")
    ] = None
    """0 when the item was moderated; otherwise an error code."""

    error_info: Annotated[str | None, Field(alias="ErrorInfo", description="Error text for the item.")] = None
    """Error text for the item."""

    result: Annotated[ModerationVerdict | None, Field(alias="Result", description="Recommendation.")] = None
    """Recommendation."""

    score: Annotated[int | None, Field(alias="Score", description="Confidence of the verdict.")] = None
    """Confidence of the verdict."""

    label: Annotated[ModerationLabel | None, Field(alias="Label", description="Category found.")] = None
    """Category found."""

    sub_label: Annotated[str | None, Field(alias="SubLabel", description="Finer category.")] = None
    """Finer category."""

    keywords: Annotated[list[str] | None, Field(alias="Keywords", description="Words that matched.")] = None
    """Words that matched."""

    request_id: Annotated[str | None, Field(alias="RequestId", description="Request ID of the item's moderation.")] = (
        None
    )
    """Request ID of the item's moderation."""


class BatchContentModerationRequest(RequestModel):
    """
    Request of im_msg_audit/batch_content_moderation: Moderate content in a batch.
    """

    audit_name: Annotated[
        ModerationConfig | Literal["C2C", "Group", "UserInfo", "GroupInfo", "GroupMemberInfo", "RelationChain"] | str,
        Field(alias="AuditName", description="The moderation configuration to use."),
    ]
    """The moderation configuration to use."""

    contents: Annotated[
        list[ModerationContentParam],
        Field(
            alias="Contents",
            description="Items to moderate (at most 10; text and images only).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 10}},
            max_length=10,
            min_length=1,
        ),
    ]
    """Items to moderate (at most 10; text and images only)."""

    ext_sender: Annotated[str | None, Field(alias="ExtSender", description="Sender to record with the moderation.")] = (
        None
    )
    """Sender to record with the moderation."""

    ext_receiver: Annotated[
        str | None, Field(alias="ExtReceiver", description="Receiver to record with the moderation.")
    ] = None
    """Receiver to record with the moderation."""


class BatchContentModerationResponse(Envelope):
    """
    Reply of im_msg_audit/batch_content_moderation (envelope keys included).
    """

    audit_results: Annotated[
        list[ModerationItemResult] | None, Field(alias="AuditResults", description="Verdict per item.")
    ] = None
    """Verdict per item."""
