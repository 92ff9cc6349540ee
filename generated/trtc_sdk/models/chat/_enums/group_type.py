# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class GroupType(StrEnum):
    """A Chat group type. Private is called Work (work group) and ChatRoom is called Meeting in newer consoles and client SDKs; the REST API keeps the old wire values."""

    __response_only__ = frozenset(["BChatRoom"])  # reported by the server, never sent

    PRIVATE = "Private"
    PUBLIC = "Public"
    CHAT_ROOM = "ChatRoom"
    AV_CHAT_ROOM = "AVChatRoom"
    COMMUNITY = "Community"
    B_CHAT_ROOM = "BChatRoom"
