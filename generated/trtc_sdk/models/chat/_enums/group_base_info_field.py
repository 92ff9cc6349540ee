# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class GroupBaseInfoField(StrEnum):
    """Name of a basic group field for GroupBaseInfoFilter. Open: new group fields can be requested before this list knows them."""

    __open__ = True  # the docs' list is incomplete: requests may send other values

    TYPE = "Type"
    NAME = "Name"
    INTRODUCTION = "Introduction"
    NOTIFICATION = "Notification"
    FACE_URL = "FaceUrl"
    OWNER_ACCOUNT = "Owner_Account"
    CREATE_TIME = "CreateTime"
    INFO_SEQ = "InfoSeq"
    LAST_INFO_TIME = "LastInfoTime"
    LAST_MSG_TIME = "LastMsgTime"
    NEXT_MSG_SEQ = "NextMsgSeq"
    MEMBER_NUM = "MemberNum"
    MAX_MEMBER_NUM = "MaxMemberNum"
    APPLY_JOIN_OPTION = "ApplyJoinOption"
    MUTE_ALL_MEMBER = "MuteAllMember"
