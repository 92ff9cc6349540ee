# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class BlackRelation(StrEnum):
    """The blocking between the user (A) and a checked user (B)."""

    BLACK_CHECK_RESULT_TYPE_BOTH_WAY = "BlackCheckResult_Type_BothWay"
    BLACK_CHECK_RESULT_TYPE_A_WITH_B = "BlackCheckResult_Type_AWithB"
    BLACK_CHECK_RESULT_TYPE_B_WITH_A = "BlackCheckResult_Type_BWithA"
    BLACK_CHECK_RESULT_TYPE_NO = "BlackCheckResult_Type_NO"
