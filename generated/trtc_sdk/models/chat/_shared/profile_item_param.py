# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Any, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.profile_tag import ProfileTag


class ProfileItemParam(RequestModel):
    """
    One profile field and its value.
    """

    tag: Annotated[
        ProfileTag
        | Literal[
            "Tag_Profile_IM_Nick",
            "Tag_Profile_IM_Gender",
            "Tag_Profile_IM_BirthDay",
            "Tag_Profile_IM_Location",
            "Tag_Profile_IM_SelfSignature",
            "Tag_Profile_IM_AllowType",
            "Tag_Profile_IM_Language",
            "Tag_Profile_IM_Image",
            "Tag_Profile_IM_AdminForbidType",
            "Tag_Profile_IM_Level",
            "Tag_Profile_IM_Role",
        ]
        | str,
        Field(alias="Tag", description="Name of the field (standard or Tag_Profile_Custom_*)."),
    ]
    """Name of the field (standard or Tag_Profile_Custom_*)."""

    value: Annotated[
        Any | None,
        Field(
            alias="Value",
            description="Its value: an integer (uint32 or uint64, standard fields only) or a string (at most 500 bytes); see the tag for which. The server needs it (see the notes).",
        ),
    ] = None
    """Its value: an integer (uint32 or uint64, standard fields only) or a string (at most 500 bytes); see the tag for which. The server needs it (see the notes)."""
