# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class ModerationConfig(StrEnum):
    """The moderation configuration (AuditName) to apply: one of the general scenes, or the ID of a custom configuration created in the console."""

    __open__ = True  # the docs' list is incomplete: requests may send other values

    C2C = "C2C"
    GROUP = "Group"
    USER_INFO = "UserInfo"
    GROUP_INFO = "GroupInfo"
    GROUP_MEMBER_INFO = "GroupMemberInfo"
    RELATION_CHAIN = "RelationChain"
