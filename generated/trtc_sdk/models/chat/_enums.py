# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import IntEnum, StrEnum


class AccountImportStatus(StrEnum):
    """Whether a user ID has been imported into Chat."""

    IMPORTED = "Imported"
    NOT_IMPORTED = "NotImported"


class AddGroupMemberResultCode(IntEnum):
    """Outcome of adding one user to a group."""

    FAILED = 0
    ADDED = 1
    ALREADY_MEMBER = 2
    PENDING_APPROVAL = 3


class AppInfoField(StrEnum):
    """A statistic getappinfo can return (RequestField selects them)."""

    APP_NAME = "AppName"
    APP_ID = "AppId"
    COMPANY = "Company"
    ACTIVE_USER_NUM = "ActiveUserNum"
    REGIST_USER_NUM_ONE_DAY = "RegistUserNumOneDay"
    REGIST_USER_NUM_TOTAL = "RegistUserNumTotal"
    LOGIN_TIMES = "LoginTimes"
    LOGIN_USER_NUM = "LoginUserNum"
    UP_MSG_NUM = "UpMsgNum"
    SEND_MSG_USER_NUM = "SendMsgUserNum"
    APNS_MSG_NUM = "APNSMsgNum"
    C2C_UP_MSG_NUM = "C2CUpMsgNum"
    C2C_DOWN_MSG_NUM = "C2CDownMsgNum"
    C2C_SEND_MSG_USER_NUM = "C2CSendMsgUserNum"
    C2CAPNS_MSG_NUM = "C2CAPNSMsgNum"
    MAX_ONLINE_NUM = "MaxOnlineNum"
    DOWN_MSG_NUM = "DownMsgNum"
    CHAIN_INCREASE = "ChainIncrease"
    CHAIN_DECREASE = "ChainDecrease"
    GROUP_UP_MSG_NUM = "GroupUpMsgNum"
    GROUP_DOWN_MSG_NUM = "GroupDownMsgNum"
    GROUP_SEND_MSG_USER_NUM = "GroupSendMsgUserNum"
    GROUP_APNS_MSG_NUM = "GroupAPNSMsgNum"
    GROUP_SEND_MSG_GROUP_NUM = "GroupSendMsgGroupNum"
    GROUP_JOIN_GROUP_TIMES = "GroupJoinGroupTimes"
    GROUP_QUIT_GROUP_TIMES = "GroupQuitGroupTimes"
    GROUP_NEW_GROUP_NUM = "GroupNewGroupNum"
    GROUP_ALL_GROUP_NUM = "GroupAllGroupNum"
    GROUP_DESTROY_GROUP_NUM = "GroupDestroyGroupNum"
    CALL_BACK_REQ = "CallBackReq"
    CALL_BACK_RSP = "CallBackRsp"
    DATE = "Date"


class ApplyJoinOption(StrEnum):
    """How applications to join a group are handled."""

    FREE_ACCESS = "FreeAccess"
    NEED_PERMISSION = "NeedPermission"
    DISABLE_APPLY = "DisableApply"


class AvchatroomAdminCommand(IntEnum):
    """Whether modify_admin grants or revokes the live-group administrator role."""

    SET = 1
    REMOVE = 2


class AvchatroomMarkCommand(IntEnum):
    """Whether modify_user_info adds or removes the given marks."""

    SET = 1
    REMOVE = 2


class BlackCheckType(StrEnum):
    """Whether a blocklist check looks at one direction or both."""

    BLACK_CHECK_RESULT_TYPE_SINGLE = "BlackCheckResult_Type_Single"
    BLACK_CHECK_RESULT_TYPE_BOTH = "BlackCheckResult_Type_Both"


class BlackRelation(StrEnum):
    """The blocking between the user (A) and a checked user (B)."""

    BLACK_CHECK_RESULT_TYPE_BOTH_WAY = "BlackCheckResult_Type_BothWay"
    BLACK_CHECK_RESULT_TYPE_A_WITH_B = "BlackCheckResult_Type_AWithB"
    BLACK_CHECK_RESULT_TYPE_B_WITH_A = "BlackCheckResult_Type_BWithA"
    BLACK_CHECK_RESULT_TYPE_NO = "BlackCheckResult_Type_NO"


class C2CForbidCallback(StrEnum):
    """Webhooks to skip for this one message."""

    FORBID_BEFORE_SEND_MSG_CALLBACK = "ForbidBeforeSendMsgCallback"
    FORBID_AFTER_SEND_MSG_CALLBACK = "ForbidAfterSendMsgCallback"


class C2CImportMode(IntEnum):
    """How an imported one-to-one message is treated."""

    HISTORY = 2
    REALTIME = 5


class C2CMsgFlag(IntEnum):
    """State of a stored one-to-one message."""

    NORMAL = 0
    RECALLED = 8


class C2CSendMsgControl(StrEnum):
    """Per-message delivery options of a one-to-one send."""

    NO_UNREAD = "NoUnread"
    NO_LAST_MSG = "NoLastMsg"
    WITH_MUTE_NOTIFICATIONS = "WithMuteNotifications"


class ContactGroupMemberOperation(IntEnum):
    """Whether a conversation is added to or removed from a conversation group."""

    ADD = 1
    REMOVE = 2


class ContactGroupUpdateKind(IntEnum):
    """What update_contact_group changes."""

    RENAME = 1
    MEMBERS = 2


class ContactMarkOperation(IntEnum):
    """Which marks mark_contact sets."""

    STANDARD = 1
    CUSTOM = 2
    BOTH = 3


class ConversationListCompleteFlag(IntEnum):
    """Whether a reply holds the last page."""

    MORE = 0
    COMPLETE = 1


class ConversationPinFlag(IntEnum):
    """Whether a conversation of the list is pinned."""

    NORMAL = 0
    PINNED = 1


class ConversationPinOperation(IntEnum):
    """What recentcontact/top does with the listed conversations."""

    PIN = 1
    UNPIN = 2


class ConversationType(IntEnum):
    """Kind of conversation."""

    C2C = 1
    GROUP = 2


class EventAddType(StrEnum):
    """Whether a friend request adds one way or both ways."""

    ADD_TYPE_SINGLE = "Add_Type_Single"
    ADD_TYPE_BOTH = "Add_Type_Both"


class EventContactType(IntEnum):
    """Whether moderated content was addressed to a user or a group."""

    C2C = 1
    GROUP = 2


class EventDevicePlatform(StrEnum):
    """Platform of a device forced offline by a new login."""

    I_OS = "iOS"
    ANDROID = "Android"
    WEB = "Web"
    WINDOWS = "Windows"
    I_PAD = "iPad"
    MAC = "Mac"
    LINUX = "Linux"


class EventExtensionOperation(IntEnum):
    """How message extension key-values were changed."""

    SET = 1
    DELETE = 2
    CLEAR = 3


class EventFriendClientCmd(StrEnum):
    """Which operation created a friendship."""

    FRIEND_ADD = "friend_add"
    FRIEND_ADD_CAMEL = "FriendAdd"
    FRIEND_RESPONSE = "friend_response"
    FRIEND_RESPONSE_CAMEL = "FriendResponse"


class EventGroupAttrOption(StrEnum):
    """How group custom attributes were changed."""

    SET = "set"
    MODIFY = "modify"
    CLEAR = "clear"
    DELETE = "delete"


class EventGroupExitType(StrEnum):
    """How members left a group."""

    KICKED = "Kicked"
    QUIT = "Quit"


class EventGroupJoinType(StrEnum):
    """How members joined a group."""

    APPLY = "Apply"
    INVITED = "Invited"


class EventGroupMemberRole(StrEnum):
    """Role a member was given."""

    ADMIN = "Admin"
    MEMBER = "Member"


class EventGroupMemberState(StrEnum):
    """Online state of audio-video group members."""

    ONLINE = "Online"
    OFFLINE = "Offline"


class EventGroupMemberStateCause(StrEnum):
    """Why the online state of audio-video group members changed."""

    HEARTBEAT_INTERRUPT = "HeartbeatInterrupt"
    HEARTBEAT_RECOVER = "HeartbeatRecover"
    JOIN = "Join"
    QUIT = "Quit"


class EventMessagePushKind(IntEnum):
    """Whether a push result is about a one-to-one or a group message."""

    C2C = 1
    GROUP = 2


class EventModerationContentType(StrEnum):
    """Kind of moderated content."""

    TEXT = "Text"
    IMAGE = "Image"
    AUDIO = "Audio"
    VIDEO = "Video"


class EventModerationResult(IntEnum):
    """Verdict of cloud moderation."""

    PASSED = 0
    BLOCKED = 1


class EventModerationScene(StrEnum):
    """What kind of content cloud moderation checked."""

    C2C = "C2C"
    C2C_CUSTOM = "C2CCustom"
    GROUP = "Group"
    GROUP_CUSTOM = "GroupCustom"
    GROUP_INFO = "GroupInfo"
    GROUP_MEMBER_INFO = "GroupMemberInfo"
    RELATION_CHAIN = "RelationChain"
    USER_INFO = "UserInfo"


class EventPushChannel(IntEnum):
    """Whether a push result is about an offline or an online push."""

    OFFLINE = 1
    ONLINE = 2


class EventPushPlatform(IntEnum):
    """Push vendor or device kind of a push result."""

    UNKNOWN = 0
    APNS = 1
    XIAOMI = 2
    HUAWEI = 3
    FCM = 4
    MEIZU = 5
    OPPO = 6
    VIVO = 7
    HONOR = 8


class EventPushStage(IntEnum):
    """Stage a push result reports."""

    SENT = 1
    DELIVERED = 2
    CLICKED = 3


class EventResponseAction(StrEnum):
    """How a friend request is answered."""

    RESPONSE_ACTION_AGREE_AND_ADD = "Response_Action_AgreeAndAdd"
    RESPONSE_ACTION_AGREE = "Response_Action_Agree"
    RESPONSE_ACTION_REJECT = "Response_Action_Reject"


class EventStateAction(StrEnum):
    """Kind of online-state change."""

    LOGIN = "Login"
    LOGOUT = "Logout"
    DISCONNECT = "Disconnect"


class EventStateReason(StrEnum):
    """Cause of an online-state change."""

    REGISTER = "Register"
    UNREGISTER = "Unregister"
    LINK_CLOSE = "LinkClose"
    TIME_OUT = "TimeOut"


class ExtensionOperation(IntEnum):
    """What set_key_values does with the given pairs."""

    SET = 1
    DELETE = 2
    CLEAR = 3


class FollowListType(IntEnum):
    """Which follow list follow_get returns."""

    FOLLOWERS = 1
    FOLLOWING = 2
    MUTUAL = 3


class FollowRelation(IntEnum):
    """The follow relationship between the user (A) and a checked user (B), as follow_check reports it."""

    NONE = 0
    FOLLOWER = 1
    FOLLOWING = 2
    MUTUAL = 3


class FriendAddType(StrEnum):
    """Whether adding a friend makes a one-way or a two-way friendship."""

    ADD_TYPE_SINGLE = "Add_Type_Single"
    ADD_TYPE_BOTH = "Add_Type_Both"


class FriendCheckType(StrEnum):
    """Whether a friend check looks at one direction or both."""

    CHECK_RESULT_TYPE_SINGLE = "CheckResult_Type_Single"
    CHECK_RESULT_TYPE_BOTH = "CheckResult_Type_Both"


class FriendDeleteType(StrEnum):
    """Whether deleting a friend is one-way or two-way."""

    DELETE_TYPE_SINGLE = "Delete_Type_Single"
    DELETE_TYPE_BOTH = "Delete_Type_Both"


class FriendForceAddFlag(IntEnum):
    """Whether an administrator adds the friend regardless of the target's friend request policy."""

    NORMAL = 0
    FORCE = 1


class FriendRelation(StrEnum):
    """The friendship between the user (A) and a checked user (B)."""

    CHECK_RESULT_TYPE_BOTH_WAY = "CheckResult_Type_BothWay"
    CHECK_RESULT_TYPE_A_WITH_B = "CheckResult_Type_AWithB"
    CHECK_RESULT_TYPE_B_WITH_A = "CheckResult_Type_BWithA"
    CHECK_RESULT_TYPE_NO_RELATION = "CheckResult_Type_NoRelation"


class GroupAtAllFlag(IntEnum):
    """Whether an @ mention targets everybody or one member."""

    MEMBER = 0
    ALL = 1


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


class GroupCounterMode(StrEnum):
    """How update_group_counter applies the given values."""

    SET = "Set"
    INCREASE = "Increase"
    DECREASE = "Decrease"


class GroupFlag(IntEnum):
    """A 0/1 switch of a request."""

    NO = 0
    YES = 1


class GroupForbidCallback(StrEnum):
    """A webhook to skip for one group message."""

    FORBID_BEFORE_SEND_MSG_CALLBACK = "ForbidBeforeSendMsgCallback"
    FORBID_AFTER_SEND_MSG_CALLBACK = "ForbidAfterSendMsgCallback"


class GroupHistoryCompleteness(IntEnum):
    """Whether group_msg_get_simple returned the whole requested range."""

    PARTIAL = 0
    COMPLETE = 1
    PARTIAL_ALL_EXPIRED = 2


class GroupHistoryPlaceholder(IntEnum):
    """Whether a stored group message is a placeholder."""

    NORMAL = 0
    DELETED_OR_EXPIRED = 1
    RECALLED = 2


class GroupListTypeFilter(StrEnum):
    """Group types get_appid_group_list can filter on (the legacy BChatRoom included)."""

    PRIVATE = "Private"
    PUBLIC = "Public"
    CHAT_ROOM = "ChatRoom"
    AV_CHAT_ROOM = "AVChatRoom"
    B_CHAT_ROOM = "BChatRoom"
    COMMUNITY = "Community"


class OnlineStatus(StrEnum):
    """A user's login state."""

    ONLINE = "Online"
    PUSH_ONLINE = "PushOnline"
    OFFLINE = "Offline"


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


class GroupMemberRole(StrEnum):
    """Role of a member in a group."""

    OWNER = "Owner"
    ADMIN = "Admin"
    MEMBER = "Member"


class GroupMemberRoleSetting(StrEnum):
    """Role that a request may give to a member (the owner role is transferred with change_group_owner)."""

    ADMIN = "Admin"
    MEMBER = "Member"


class GroupMsgFlag(StrEnum):
    """How a member receives the group's messages."""

    ACCEPT_AND_NOTIFY = "AcceptAndNotify"
    ACCEPT_NOT_NOTIFY = "AcceptNotNotify"
    DISCARD = "Discard"


class GroupMsgPriority(StrEnum):
    """Priority of a group message (case-sensitive)."""

    HIGH = "High"
    NORMAL = "Normal"
    LOW = "Low"


class GroupMsgPriorityLevel(IntEnum):
    """Priority of a stored group message as group_msg_get_simple reports it."""

    HIGH = 1
    NORMAL = 2
    LOW = 3
    LOWEST = 4


class GroupReceiptListFilter(IntEnum):
    """Which member list get_group_msg_receipt_detail returns."""

    READ = 0
    UNREAD = 1


class GroupRoleQueryResult(StrEnum):
    """Role of a user as reported by get_role_in_group."""

    OWNER = "Owner"
    ADMIN = "Admin"
    MEMBER = "Member"
    NOT_MEMBER = "NotMember"


class GroupSendMsgControl(StrEnum):
    """Per-message delivery control of a group message."""

    NO_LAST_MSG = "NoLastMsg"
    NO_UNREAD = "NoUnread"


class GroupSwitch(StrEnum):
    """An on/off setting of a group (MuteAllMember, HistoryMsgBeforeJoin)."""

    ON = "On"
    OFF = "Off"


class GroupType(StrEnum):
    """A Chat group type. Private is called Work (work group) and ChatRoom is called Meeting in newer consoles and client SDKs; the REST API keeps the old wire values."""

    __response_only__ = frozenset(["BChatRoom"])  # reported by the server, never sent

    PRIVATE = "Private"
    PUBLIC = "Public"
    CHAT_ROOM = "ChatRoom"
    AV_CHAT_ROOM = "AVChatRoom"
    COMMUNITY = "Community"
    B_CHAT_ROOM = "BChatRoom"


class HistoryChatType(StrEnum):
    """Which messages a history file holds."""

    C2C = "C2C"
    GROUP = "Group"


class ImageFormat(IntEnum):
    """Format of an image."""

    JPG = 1
    GIF = 2
    PNG = 3
    BMP = 4
    OTHER = 255


class ImageSize(IntEnum):
    """Which size of an image an ImageInfo describes."""

    ORIGINAL = 1
    LARGE = 2
    THUMBNAIL = 3


class ImportGroupMemberResultCode(IntEnum):
    """Outcome of importing one member."""

    FAILED = 0
    IMPORTED = 1
    ALREADY_MEMBER = 2


class InviteJoinOption(StrEnum):
    """How invitations made with the client SDK are handled."""

    FREE_ACCESS = "FreeAccess"
    NEED_PERMISSION = "NeedPermission"
    DISABLE_INVITE = "DisableInvite"


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


class MillionGroupMuteAllMember(StrEnum):
    """Whether everyone but the owner, administrators and app administrators is muted in a topic."""

    ON = "On"
    OFF = "Off"


class MillionGroupTopicField(StrEnum):
    """Topic fields get_topic can be limited to. The page names these four as examples, so the list is open: other TopicInfo keys may be sent."""

    __open__ = True  # the docs' list is incomplete: requests may send other values

    TOPIC_NAME = "TopicName"
    FACE_URL = "FaceUrl"
    NOTIFICATION = "Notification"
    INTRODUCTION = "Introduction"


class ModerationConfig(StrEnum):
    """The moderation configuration (AuditName) to apply: one of the general scenes, or the ID of a custom configuration created in the console."""

    __open__ = True  # the docs' list is incomplete: requests may send other values

    C2C = "C2C"
    GROUP = "Group"
    USER_INFO = "UserInfo"
    GROUP_INFO = "GroupInfo"
    GROUP_MEMBER_INFO = "GroupMemberInfo"
    RELATION_CHAIN = "RelationChain"


class ModerationContentType(StrEnum):
    """Kind of content submitted for moderation."""

    TEXT = "Text"
    IMAGE = "Image"
    AUDIO = "Audio"
    VIDEO = "Video"


class ModerationLabel(StrEnum):
    """Category of offending content (also the category of a blocked word)."""

    NORMAL = "Normal"
    ILLEGAL = "Illegal"
    ABUSE = "Abuse"
    POLITY = "Polity"
    AD = "Ad"
    PORN = "Porn"
    SEXY = "Sexy"
    TERROR = "Terror"
    COMPOSITE = "Composite"


class ModerationVerdict(StrEnum):
    """What moderation recommends."""

    PASS = "Pass"
    REVIEW = "Review"
    BLOCK = "Block"


class NeedFriendType(StrEnum):
    """Whether group_get also returns the members of each friend list."""

    NEED_FRIEND_TYPE_YES = "Need_Friend_Type_Yes"


class OfficialAccountInfoField(StrEnum):
    """An official-account field the ResponseFilter can ask for."""

    CREATE_TIME = "CreateTime"
    NAME = "Name"
    OWNER_ACCOUNT = "Owner_Account"
    LAST_MSG_TIME = "LastMsgTime"
    SUBSCRIBER_NUM = "SubscriberNum"
    INTRODUCTION = "Introduction"
    FACE_URL = "FaceUrl"
    ORGANIZATION = "Organization"
    CUSTOM_STRING = "CustomString"


class OfficialAccountMsgControl(StrEnum):
    """Options of an official-account broadcast."""

    __open__ = True  # the docs' list is incomplete: requests may send other values

    NO_LAST_MSG = "NoLastMsg"
    NO_UNREAD = "NoUnread"


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


class PushFlag(IntEnum):
    """Whether offline receivers get a push."""

    PUSH = 0
    NO_PUSH = 1


class PushTagReplace(IntEnum):
    """Whether add_tag adds to a user's tags or replaces them all."""

    ADD = 0
    REPLACE = 1


class SenderSyncMode(IntEnum):
    """Whether a message sent through the REST API is also delivered to the sender's side."""

    SYNC_TO_SENDER = 1
    NO_SYNC = 2


class SnsTag(StrEnum):
    """Name of a friend field. The standard fields are listed; custom friend fields are named Tag_SNS_Custom_<keyword> (letters only, at most 8 bytes) once configured in the console, so other names may be sent too."""

    __open__ = True  # the docs' list is incomplete: requests may send other values

    GROUP = "Tag_SNS_IM_Group"
    REMARK = "Tag_SNS_IM_Remark"
    ADD_SOURCE = "Tag_SNS_IM_AddSource"
    ADD_WORDING = "Tag_SNS_IM_AddWording"
    ADD_TIME = "Tag_SNS_IM_AddTime"


class StreamEventType(StrEnum):
    """Kind of a streamed-message chunk; the pages show only "data"."""

    __open__ = True  # the docs' list is incomplete: requests may send other values

    DATA = "data"


class SubscriberAddOutcome(IntEnum):
    """Result of subscribing one user."""

    FAILED = 0
    ADDED = 1
    ALREADY_SUBSCRIBED = 2


class SubscriberDeleteOutcome(IntEnum):
    """Result of unsubscribing one user."""

    FAILED = 0
    DELETED = 1
    NOT_SUBSCRIBED = 2


class SubscriberMsgFlag(StrEnum):
    """How a subscriber receives the account's messages."""

    ACCEPT_AND_NOTIFY = "AcceptAndNotify"
    ACCEPT_NOT_NOTIFY = "AcceptNotNotify"
    DISCARD = "Discard"


class SubscriberSelfInfoField(StrEnum):
    """A field of the subscriber's own data the ResponseFilter can ask for."""

    SUBSCRIBE_TIME = "SubscribeTime"
    CUSTOM_STRING = "CustomString"
