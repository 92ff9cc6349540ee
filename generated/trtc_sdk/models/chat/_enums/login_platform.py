# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class LoginPlatform(StrEnum):
    """Platform a user is logged in from."""

    __open__ = True  # the docs' list is incomplete: requests may send other values

    __response_only__ = frozenset(["IPhone"])  # reported by the server, never sent

    I_PHONE = "iPhone"
    IPHONE_LEGACY = "IPhone"
    ANDROID = "Android"
    WEB = "Web"
    PC = "PC"
    I_PAD = "iPad"
    MAC = "Mac"
