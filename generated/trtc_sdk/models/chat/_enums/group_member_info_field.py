# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class GroupMemberInfoField(StrEnum):
    """Name of a member field for MemberInfoFilter / SelfInfoFilter. Open: the get_group_info sample sends "Account" (apparently for Member_Account) and newer pages add fields."""

    __open__ = True  # the docs' list is incomplete: requests may send other values

    MEMBER_ACCOUNT = "Member_Account"
    ROLE = "Role"
    JOIN_TIME = "JoinTime"
    MSG_SEQ = "MsgSeq"
    MSG_FLAG = "MsgFlag"
    LAST_SEND_MSG_TIME = "LastSendMsgTime"
    MUTE_UNTIL = "MuteUntil"
    NAME_CARD = "NameCard"
    ONLINE_STATUS = "OnlineStatus"
