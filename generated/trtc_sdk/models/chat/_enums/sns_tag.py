# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class SnsTag(StrEnum):
    """Name of a friend field. The standard fields are listed; custom friend fields are named Tag_SNS_Custom_<keyword> (letters only, at most 8 bytes) once configured in the console, so other names may be sent too."""

    __open__ = True  # the docs' list is incomplete: requests may send other values

    GROUP = "Tag_SNS_IM_Group"
    REMARK = "Tag_SNS_IM_Remark"
    ADD_SOURCE = "Tag_SNS_IM_AddSource"
    ADD_WORDING = "Tag_SNS_IM_AddWording"
    ADD_TIME = "Tag_SNS_IM_AddTime"
