# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class C2CSendMsgControl(StrEnum):
    """Per-message delivery options of a one-to-one send."""

    NO_UNREAD = "NoUnread"
    NO_LAST_MSG = "NoLastMsg"
    WITH_MUTE_NOTIFICATIONS = "WithMuteNotifications"
