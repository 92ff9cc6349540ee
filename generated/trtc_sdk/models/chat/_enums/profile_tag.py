# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class ProfileTag(StrEnum):
    """Name of a profile field. The standard fields are listed; custom fields are named Tag_Profile_Custom_<keyword> (letters only, at most 8 bytes) once configured in the console, so any other name may be sent too."""

    __open__ = True  # the docs' list is incomplete: requests may send other values

    NICK = "Tag_Profile_IM_Nick"
    GENDER = "Tag_Profile_IM_Gender"
    BIRTHDAY = "Tag_Profile_IM_BirthDay"
    LOCATION = "Tag_Profile_IM_Location"
    SELF_SIGNATURE = "Tag_Profile_IM_SelfSignature"
    ALLOW_TYPE = "Tag_Profile_IM_AllowType"
    LANGUAGE = "Tag_Profile_IM_Language"
    IMAGE = "Tag_Profile_IM_Image"
    ADMIN_FORBID_TYPE = "Tag_Profile_IM_AdminForbidType"
    LEVEL = "Tag_Profile_IM_Level"
    ROLE = "Tag_Profile_IM_Role"
