# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Any, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.sns_tag import SnsTag


class SnsTagValueParam(RequestModel):
    """
    One friend field and its value.
    """

    tag: Annotated[
        SnsTag
        | Literal[
            "Tag_SNS_IM_Group",
            "Tag_SNS_IM_Remark",
            "Tag_SNS_IM_AddSource",
            "Tag_SNS_IM_AddWording",
            "Tag_SNS_IM_AddTime",
        ]
        | str,
        Field(alias="Tag", description="Name of the field (standard or Tag_SNS_Custom_*)."),
    ]
    """Name of the field (standard or Tag_SNS_Custom_*)."""

    value: Annotated[
        Any | None,
        Field(
            alias="Value",
            description="Its value: a string, an integer, or an array of strings for Tag_SNS_IM_Group. The server needs it (see the notes).",
        ),
    ] = None
    """Its value: a string, an integer, or an array of strings for Tag_SNS_IM_Group. The server needs it (see the notes)."""


class SnsTagValue(ResponseModel):
    """
    One friend field and its value.
    """

    tag: Annotated[SnsTag, Field(alias="Tag", description="Name of the field (standard or Tag_SNS_Custom_*).")]
    """Name of the field (standard or Tag_SNS_Custom_*)."""

    value: Annotated[
        Any | None,
        Field(
            alias="Value",
            description="Its value: a string, an integer, or an array of strings for Tag_SNS_IM_Group. The server needs it (see the notes).",
        ),
    ] = None
    """Its value: a string, an integer, or an array of strings for Tag_SNS_IM_Group. The server needs it (see the notes)."""
