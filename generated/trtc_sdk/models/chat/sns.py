# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums import (
    BlackCheckType,
    BlackRelation,
    FriendAddType,
    FriendCheckType,
    FriendDeleteType,
    FriendForceAddFlag,
    FriendRelation,
    NeedFriendType,
    SnsTag,
)
from trtc_sdk.models.chat._shared import SnsResultItem
from trtc_sdk.models.envelope import Envelope


class FriendAddResponse(Envelope):
    """
    Reply of sns/friend_add (envelope keys included).
    """

    result_item: Annotated[list[SnsResultItem] | None, Field(alias="ResultItem", description="Outcome per target.")] = (
        None
    )
    """Outcome per target."""

    fail_account: Annotated[
        list[str] | None, Field(alias="Fail_Account", description="Targets that failed; present only when one did.")
    ] = None
    """Targets that failed; present only when one did."""


class FriendImportResponse(Envelope):
    """
    Reply of sns/friend_import (envelope keys included).
    """

    result_item: Annotated[list[SnsResultItem] | None, Field(alias="ResultItem", description="Outcome per friend.")] = (
        None
    )
    """Outcome per friend."""

    fail_account: Annotated[
        list[str] | None, Field(alias="Fail_Account", description="Friends that failed; present only when one did.")
    ] = None
    """Friends that failed; present only when one did."""


class FriendUpdateResponse(Envelope):
    """
    Reply of sns/friend_update (envelope keys included).
    """

    result_item: Annotated[list[SnsResultItem] | None, Field(alias="ResultItem", description="Outcome per friend.")] = (
        None
    )
    """Outcome per friend."""

    fail_account: Annotated[
        list[str] | None, Field(alias="Fail_Account", description="Friends that failed; present only when one did.")
    ] = None
    """Friends that failed; present only when one did."""


class FriendDeleteRequest(RequestModel):
    """
    Request of sns/friend_delete: Delete friends.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user who deletes friends.")]
    """The user who deletes friends."""

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Friends to delete.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 1000}},
            max_length=1000,
            min_length=1,
        ),
    ]
    """Friends to delete."""

    delete_type: Annotated[
        FriendDeleteType | Literal["Delete_Type_Single", "Delete_Type_Both"] | None,
        Field(alias="DeleteType", description="One-way or two-way. Server default when omitted: Delete_Type_Single."),
    ] = None
    """One-way or two-way. Server default when omitted: Delete_Type_Single."""


class FriendDeleteResponse(Envelope):
    """
    Reply of sns/friend_delete (envelope keys included).
    """

    result_item: Annotated[list[SnsResultItem] | None, Field(alias="ResultItem", description="Outcome per friend.")] = (
        None
    )
    """Outcome per friend."""


class FriendDeleteAllRequest(RequestModel):
    """
    Request of sns/friend_delete_all: Delete all friends.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose friends are removed.")]
    """The user whose friends are removed."""

    delete_type: Annotated[
        FriendDeleteType | Literal["Delete_Type_Single", "Delete_Type_Both"] | None,
        Field(alias="DeleteType", description="One-way or two-way. Server default when omitted: Delete_Type_Single."),
    ] = None
    """One-way or two-way. Server default when omitted: Delete_Type_Single."""


class FriendDeleteAllResponse(Envelope):
    """
    Reply of sns/friend_delete_all (envelope keys included).
    """


class FriendCheckRequest(RequestModel):
    """
    Request of sns/friend_check: Check friendships.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose friends are checked.")]
    """The user whose friends are checked."""

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users to check.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 1000}},
            max_length=1000,
            min_length=1,
        ),
    ]
    """Users to check."""

    check_type: Annotated[
        FriendCheckType | Literal["CheckResult_Type_Single", "CheckResult_Type_Both"],
        Field(alias="CheckType", description="One-way or two-way check."),
    ]
    """One-way or two-way check."""


class FriendGetRequest(RequestModel):
    """
    Request of sns/friend_get: List friends.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose friends are listed.")]
    """The user whose friends are listed."""

    start_index: Annotated[
        int,
        Field(
            alias="StartIndex",
            description="Where the page starts: 0 first, then the NextStartIndex of the previous page.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ]
    """Where the page starts: 0 first, then the NextStartIndex of the previous page."""

    standard_sequence: Annotated[
        int | None,
        Field(
            alias="StandardSequence",
            description="StandardSequence of an earlier listing; when unchanged, standard friend fields are left out of the reply.",
        ),
    ] = None
    """StandardSequence of an earlier listing; when unchanged, standard friend fields are left out of the reply."""

    custom_sequence: Annotated[
        int | None,
        Field(
            alias="CustomSequence",
            description="CustomSequence of an earlier listing; when unchanged, custom friend fields are left out of the reply.",
        ),
    ] = None
    """CustomSequence of an earlier listing; when unchanged, custom friend fields are left out of the reply."""


class FriendGetListRequest(RequestModel):
    """
    Request of sns/friend_get_list: Get chosen friends.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose friends are read.")]
    """The user whose friends are read."""

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Friends to read.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Friends to read."""

    tag_list: Annotated[
        list[str],
        Field(
            alias="TagList",
            description="Fields to return: standard and custom profile fields (Tag_Profile_*) and friend fields (Tag_SNS_*).",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Fields to return: standard and custom profile fields (Tag_Profile_*) and friend fields (Tag_SNS_*)."""


class BlackListAddRequest(RequestModel):
    """
    Request of sns/black_list_add: Block users.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user who blocks.")]
    """The user who blocks."""

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users to block.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 1000}},
            max_length=1000,
            min_length=1,
        ),
    ]
    """Users to block."""


class BlackListAddResponse(Envelope):
    """
    Reply of sns/black_list_add (envelope keys included).
    """

    result_item: Annotated[list[SnsResultItem] | None, Field(alias="ResultItem", description="Outcome per user.")] = (
        None
    )
    """Outcome per user."""

    fail_account: Annotated[
        list[str] | None, Field(alias="Fail_Account", description="Users that failed; present only when one did.")
    ] = None
    """Users that failed; present only when one did."""


class BlackListDeleteRequest(RequestModel):
    """
    Request of sns/black_list_delete: Unblock users.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose blocklist is edited.")]
    """The user whose blocklist is edited."""

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users to unblock.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 1000}},
            max_length=1000,
            min_length=1,
        ),
    ]
    """Users to unblock."""


class BlackListDeleteResponse(Envelope):
    """
    Reply of sns/black_list_delete (envelope keys included).
    """

    result_item: Annotated[list[SnsResultItem] | None, Field(alias="ResultItem", description="Outcome per user.")] = (
        None
    )
    """Outcome per user."""

    fail_account: Annotated[
        list[str] | None, Field(alias="Fail_Account", description="Users that failed; present only when one did.")
    ] = None
    """Users that failed; present only when one did."""


class BlackListGetRequest(RequestModel):
    """
    Request of sns/black_list_get: List the blocklist.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose blocklist is read.")]
    """The user whose blocklist is read."""

    start_index: Annotated[
        int,
        Field(
            alias="StartIndex",
            description="Where the page starts: 0 first, then the StartIndex of the previous reply.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ]
    """Where the page starts: 0 first, then the StartIndex of the previous reply."""

    max_limited: Annotated[
        int,
        Field(
            alias="MaxLimited", description="Most users per page.", ge=1, json_schema_extra={"x-limits": {"minimum": 1}}
        ),
    ]
    """Most users per page."""

    last_sequence: Annotated[
        int,
        Field(
            alias="LastSequence",
            description="Blocklist version of an earlier listing; REST callers send 0. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ]
    """Blocklist version of an earlier listing; REST callers send 0. Server default when omitted: 0."""


class BlackListCheckRequest(RequestModel):
    """
    Request of sns/black_list_check: Check the blocklist.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose blocklist is checked.")]
    """The user whose blocklist is checked."""

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users to check.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 1000}},
            max_length=1000,
            min_length=1,
        ),
    ]
    """Users to check."""

    check_type: Annotated[
        BlackCheckType | Literal["BlackCheckResult_Type_Single", "BlackCheckResult_Type_Both"],
        Field(alias="CheckType", description="One-way or two-way check."),
    ]
    """One-way or two-way check."""


class GroupAddRequest(RequestModel):
    """
    Request of sns/group_add: Create friend lists.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user who gets the lists.")]
    """The user who gets the lists."""

    group_name: Annotated[
        list[str],
        Field(
            alias="GroupName",
            description="Names of the new lists (not empty, at most 30 bytes).",
            json_schema_extra={
                "x-item-max-bytes": 30,
                "x-limits": {"min_items": 1, "max_items": 32, "items.max_bytes": 30},
            },
            max_length=32,
            min_length=1,
        ),
    ]
    """Names of the new lists (not empty, at most 30 bytes)."""

    to_account: Annotated[
        list[str] | None, Field(alias="To_Account", description="Friends to put into the new lists.")
    ] = None
    """Friends to put into the new lists."""


class GroupAddResponse(Envelope):
    """
    Reply of sns/group_add (envelope keys included).
    """

    result_item: Annotated[
        list[SnsResultItem] | None,
        Field(
            alias="ResultItem",
            description="Outcome per friend (only when To_Account was given; 32216 when the user is not a friend).",
        ),
    ] = None
    """Outcome per friend (only when To_Account was given; 32216 when the user is not a friend)."""

    fail_account: Annotated[
        list[str] | None, Field(alias="Fail_Account", description="Friends that failed; present only when one did.")
    ] = None
    """Friends that failed; present only when one did."""

    current_sequence: Annotated[
        int | None, Field(alias="CurrentSequence", description="Current version of the user's friend lists.")
    ] = None
    """Current version of the user's friend lists."""


class GroupDeleteRequest(RequestModel):
    """
    Request of sns/group_delete: Delete friend lists.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose lists are deleted.")]
    """The user whose lists are deleted."""

    group_name: Annotated[
        list[str],
        Field(
            alias="GroupName",
            description="Lists to delete.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Lists to delete."""


class GroupDeleteResponse(Envelope):
    """
    Reply of sns/group_delete (envelope keys included).
    """

    current_sequence: Annotated[
        int | None, Field(alias="CurrentSequence", description="Current version of the user's friend lists.")
    ] = None
    """Current version of the user's friend lists."""


class GroupGetRequest(RequestModel):
    """
    Request of sns/group_get: Get friend lists.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose lists are read.")]
    """The user whose lists are read."""

    need_friend: Annotated[
        NeedFriendType | Literal["Need_Friend_Type_Yes"] | None,
        Field(alias="NeedFriend", description="Also return the members of each list."),
    ] = None
    """Also return the members of each list."""

    group_name: Annotated[
        list[str] | None, Field(alias="GroupName", description="Only these lists; all when omitted.")
    ] = None
    """Only these lists; all when omitted."""


class AddFriendItemParam(RequestModel):
    """
    A user to add as a friend.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The user to add.")]
    """The user to add."""

    remark: Annotated[
        str | None,
        Field(
            alias="Remark",
            description="Remark the requester gives the friend.",
            json_schema_extra={"x-max-bytes": 96, "x-limits": {"max_bytes": 96}},
        ),
    ] = None
    """Remark the requester gives the friend."""

    group_name: Annotated[
        str | None,
        Field(
            alias="GroupName",
            description="The one friend list to put the friend in (a single name here).",
            json_schema_extra={"x-max-bytes": 30, "x-limits": {"max_bytes": 30}},
        ),
    ] = None
    """The one friend list to put the friend in (a single name here)."""

    add_source: Annotated[
        str | None,
        Field(
            alias="AddSource",
            description="Where the friend was added from: AddSource_Type_ plus a keyword of at most 8 letters.",
            json_schema_extra={"x-max-bytes": 23, "x-limits": {"max_bytes": 23}},
        ),
    ] = None
    """Where the friend was added from: AddSource_Type_ plus a keyword of at most 8 letters."""

    add_wording: Annotated[
        str | None,
        Field(
            alias="AddWording",
            description="Message of the friend request.",
            json_schema_extra={"x-max-bytes": 256, "x-limits": {"max_bytes": 256}},
        ),
    ] = None
    """Message of the friend request."""


class BlackListCheckItem(ResponseModel):
    """
    The blocking with one checked user.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The checked user.")]
    """The checked user."""

    relation: Annotated[
        BlackRelation, Field(alias="Relation", description="The blocking (meaningful when ResultCode is 0).")
    ]
    """The blocking (meaningful when ResultCode is 0)."""

    result_code: Annotated[
        int, Field(alias="ResultCode", description="0 when the check succeeded; otherwise an error code.")
    ]
    """0 when the check succeeded; otherwise an error code."""

    result_info: Annotated[str, Field(alias="ResultInfo", description="Error text; empty on success.")]
    """Error text; empty on success."""


class BlackListItem(ResponseModel):
    """
    A user on the blocklist.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The blocked user.")]
    """The blocked user."""

    add_black_time_stamp: Annotated[
        int | None, Field(alias="AddBlackTimeStamp", description="When the user was blocked. Unit: unix seconds.")
    ] = None
    """When the user was blocked. Unit: unix seconds."""


class FriendCheckItem(ResponseModel):
    """
    The friendship with one checked user.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The checked user.")]
    """The checked user."""

    relation: Annotated[
        FriendRelation, Field(alias="Relation", description="The friendship (meaningful when ResultCode is 0).")
    ]
    """The friendship (meaningful when ResultCode is 0)."""

    result_code: Annotated[
        int, Field(alias="ResultCode", description="0 when the check succeeded; otherwise an error code.")
    ]
    """0 when the check succeeded; otherwise an error code."""

    result_info: Annotated[str, Field(alias="ResultInfo", description="Error text; empty on success.")]
    """Error text; empty on success."""


class FriendGroupInfo(ResponseModel):
    """
    One friend list of a user.
    """

    group_name: Annotated[str, Field(alias="GroupName", description="Name of the list.")]
    """Name of the list."""

    friend_number: Annotated[int, Field(alias="FriendNumber", description="Number of friends in it. Unit: count.")]
    """Number of friends in it. Unit: count."""

    to_account: Annotated[
        list[str] | None, Field(alias="To_Account", description="Its members (when asked for with NeedFriend).")
    ] = None
    """Its members (when asked for with NeedFriend)."""


class FriendInfoField(ResponseModel):
    """
    One requested field of a friend, a friend field (Tag_SNS_*) or a profile field (Tag_Profile_*).
    """

    tag: Annotated[str, Field(alias="Tag", description="Name of the field.")]
    """Name of the field."""

    value: Annotated[Any, Field(alias="Value", description="Its value: a string, an integer or an array of strings.")]
    """Its value: a string, an integer or an array of strings."""


class FriendInfoItem(ResponseModel):
    """
    The requested fields of one friend, or why they could not be read.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The friend.")]
    """The friend."""

    sns_profile_item: Annotated[
        list[FriendInfoField] | None,
        Field(alias="SnsProfileItem", description="The requested fields; absent when the user failed."),
    ] = None
    """The requested fields; absent when the user failed."""

    result_code: Annotated[
        int,
        Field(
            alias="ResultCode",
            description="0 on success; otherwise an error code (30001 when the user is not a friend).",
        ),
    ]
    """0 on success; otherwise an error code (30001 when the user is not a friend)."""

    result_info: Annotated[str, Field(alias="ResultInfo", description="Error text; empty on success.")]
    """Error text; empty on success."""


class SnsCustomItemParam(RequestModel):
    """
    One custom friend field given when importing a friend.
    """

    tag: Annotated[
        str | None,
        Field(
            alias="Tag",
            description="Name of the custom friend field (Tag_SNS_Custom_<keyword>, configured in the console).",
        ),
    ] = None
    """Name of the custom friend field (Tag_SNS_Custom_<keyword>, configured in the console)."""

    value: Annotated[Any | None, Field(alias="Value", description="Its value (string or integer).")] = None
    """Its value (string or integer)."""


class SnsTagValueParam(RequestModel):
    """
    One friend field and its value.
    """

    tag: Annotated[
        SnsTag
        | Literal[
            "Tag_SNS_IM_Group",
            "Tag_SNS_IM_Remark",
            "Tag_SNS_IM_AddSource",
            "Tag_SNS_IM_AddWording",
            "Tag_SNS_IM_AddTime",
        ]
        | str,
        Field(alias="Tag", description="Name of the field (standard or Tag_SNS_Custom_*)."),
    ]
    """Name of the field (standard or Tag_SNS_Custom_*)."""

    value: Annotated[
        Any | None,
        Field(
            alias="Value",
            description="Its value: a string, an integer, or an array of strings for Tag_SNS_IM_Group. The server needs it (see the notes).",
        ),
    ] = None
    """Its value: a string, an integer, or an array of strings for Tag_SNS_IM_Group. The server needs it (see the notes)."""


class SnsTagValue(ResponseModel):
    """
    One friend field and its value.
    """

    tag: Annotated[SnsTag, Field(alias="Tag", description="Name of the field (standard or Tag_SNS_Custom_*).")]
    """Name of the field (standard or Tag_SNS_Custom_*)."""

    value: Annotated[
        Any | None,
        Field(
            alias="Value",
            description="Its value: a string, an integer, or an array of strings for Tag_SNS_IM_Group. The server needs it (see the notes).",
        ),
    ] = None
    """Its value: a string, an integer, or an array of strings for Tag_SNS_IM_Group. The server needs it (see the notes)."""


class FriendAddRequest(RequestModel):
    """
    Request of sns/friend_add: Add friends.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user who adds friends.")]
    """The user who adds friends."""

    add_friend_item: Annotated[
        list[AddFriendItemParam],
        Field(
            alias="AddFriendItem",
            description="Users to add.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Users to add."""

    add_type: Annotated[
        FriendAddType | Literal["Add_Type_Single", "Add_Type_Both"] | None,
        Field(alias="AddType", description="One-way or two-way. Server default when omitted: Add_Type_Both."),
    ] = None
    """One-way or two-way. Server default when omitted: Add_Type_Both."""

    force_add_flags: Annotated[
        FriendForceAddFlag | Literal[0, 1] | None,
        Field(
            alias="ForceAddFlags",
            description="Add regardless of the targets' friend request policy. Server default when omitted: 0.",
        ),
    ] = None
    """Add regardless of the targets' friend request policy. Server default when omitted: 0."""


class FriendCheckResponse(Envelope):
    """
    Reply of sns/friend_check (envelope keys included).
    """

    info_item: Annotated[list[FriendCheckItem] | None, Field(alias="InfoItem", description="Result per user.")] = None
    """Result per user."""

    fail_account: Annotated[
        list[str] | None, Field(alias="Fail_Account", description="Users that failed; present only when one did.")
    ] = None
    """Users that failed; present only when one did."""


class FriendGetListResponse(Envelope):
    """
    Reply of sns/friend_get_list (envelope keys included).
    """

    info_item: Annotated[
        list[FriendInfoItem] | None, Field(alias="InfoItem", description="The fields of each friend.")
    ] = None
    """The fields of each friend."""

    fail_account: Annotated[
        list[str] | None, Field(alias="Fail_Account", description="Users that failed; present only when one did.")
    ] = None
    """Users that failed; present only when one did."""


class BlackListGetResponse(Envelope):
    """
    Reply of sns/black_list_get (envelope keys included).
    """

    black_list_item: Annotated[
        list[BlackListItem] | None, Field(alias="BlackListItem", description="Blocked users on this page.")
    ] = None
    """Blocked users on this page."""

    start_index: Annotated[
        int | None,
        Field(alias="StartIndex", description="StartIndex of the next page; 0 once the whole list has been returned."),
    ] = None
    """StartIndex of the next page; 0 once the whole list has been returned."""

    current_sequence: Annotated[
        int | None,
        Field(
            alias="CurruentSequence",
            description="Current version of the blocklist (the key is misspelt this way by Tencent).",
        ),
    ] = None
    """Current version of the blocklist (the key is misspelt this way by Tencent)."""


class BlackListCheckResponse(Envelope):
    """
    Reply of sns/black_list_check (envelope keys included).
    """

    black_list_check_item: Annotated[
        list[BlackListCheckItem] | None, Field(alias="BlackListCheckItem", description="Result per user.")
    ] = None
    """Result per user."""

    fail_account: Annotated[
        list[str] | None, Field(alias="Fail_Account", description="Users that failed; present only when one did.")
    ] = None
    """Users that failed; present only when one did."""


class GroupGetResponse(Envelope):
    """
    Reply of sns/group_get (envelope keys included).
    """

    result_item: Annotated[list[FriendGroupInfo] | None, Field(alias="ResultItem", description="The lists.")] = None
    """The lists."""

    current_sequence: Annotated[
        int | None, Field(alias="CurrentSequence", description="Current version of the user's friend lists.")
    ] = None
    """Current version of the user's friend lists."""


class FriendDataItem(ResponseModel):
    """
    One friend and all its friend fields.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The friend.")]
    """The friend."""

    value_item: Annotated[
        list[SnsTagValue] | None, Field(alias="ValueItem", description="Standard and custom friend fields.")
    ] = None
    """Standard and custom friend fields."""


class FriendUpdateItemParam(RequestModel):
    """
    A friend and the friend fields to write.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The friend.")]
    """The friend."""

    sns_item: Annotated[
        list[SnsTagValueParam],
        Field(
            alias="SnsItem",
            description="Fields to write: only Tag_SNS_IM_Remark, Tag_SNS_IM_Group and custom friend fields are writable.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Fields to write: only Tag_SNS_IM_Remark, Tag_SNS_IM_Group and custom friend fields are writable."""


class ImportFriendItemParam(RequestModel):
    """
    A friend record to import.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The friend.")]
    """The friend."""

    remark: Annotated[
        str | None,
        Field(
            alias="Remark",
            description="Remark the user gives the friend.",
            json_schema_extra={"x-max-bytes": 96, "x-limits": {"max_bytes": 96}},
        ),
    ] = None
    """Remark the user gives the friend."""

    remark_time: Annotated[
        int | None,
        Field(
            alias="RemarkTime",
            description="When the remark was set. Unit: unix seconds.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    """When the remark was set. Unit: unix seconds."""

    group_name: Annotated[
        list[str] | None,
        Field(
            alias="GroupName",
            description="Friend lists the friend belongs to (an array here).",
            json_schema_extra={"x-item-max-bytes": 30, "x-limits": {"max_items": 32, "items.max_bytes": 30}},
            max_length=32,
        ),
    ] = None
    """Friend lists the friend belongs to (an array here)."""

    add_source: Annotated[
        str,
        Field(
            alias="AddSource",
            description="Where the friend was added from: AddSource_Type_ plus a keyword of at most 8 letters.",
            json_schema_extra={"x-max-bytes": 23, "x-limits": {"max_bytes": 23}},
        ),
    ]
    """Where the friend was added from: AddSource_Type_ plus a keyword of at most 8 letters."""

    add_wording: Annotated[
        str | None,
        Field(
            alias="AddWording",
            description="Message of the friend request.",
            json_schema_extra={"x-max-bytes": 256, "x-limits": {"max_bytes": 256}},
        ),
    ] = None
    """Message of the friend request."""

    add_time: Annotated[
        int | None,
        Field(
            alias="AddTime",
            description="When the friendship was made. Unit: unix seconds.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    """When the friendship was made. Unit: unix seconds."""

    custom_item: Annotated[
        list[SnsCustomItemParam] | None, Field(alias="CustomItem", description="Custom friend fields.")
    ] = None
    """Custom friend fields."""


class FriendImportRequest(RequestModel):
    """
    Request of sns/friend_import: Import friends.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose friends are imported.")]
    """The user whose friends are imported."""

    add_friend_item: Annotated[
        list[ImportFriendItemParam],
        Field(
            alias="AddFriendItem",
            description="Friend records.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Friend records."""


class FriendUpdateRequest(RequestModel):
    """
    Request of sns/friend_update: Update friends.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose friends are updated.")]
    """The user whose friends are updated."""

    update_item: Annotated[
        list[FriendUpdateItemParam],
        Field(
            alias="UpdateItem",
            description="Friends and the fields to write.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Friends and the fields to write."""


class FriendGetResponse(Envelope):
    """
    Reply of sns/friend_get (envelope keys included).
    """

    user_data_item: Annotated[
        list[FriendDataItem] | None, Field(alias="UserDataItem", description="Friends on this page.")
    ] = None
    """Friends on this page."""

    standard_sequence: Annotated[
        int | None,
        Field(
            alias="StandardSequence",
            description="Current version of the standard friend data; send it back to skip unchanged data.",
        ),
    ] = None
    """Current version of the standard friend data; send it back to skip unchanged data."""

    custom_sequence: Annotated[
        int | None, Field(alias="CustomSequence", description="Current version of the custom friend data.")
    ] = None
    """Current version of the custom friend data."""

    friend_num: Annotated[int | None, Field(alias="FriendNum", description="Total number of friends. Unit: count.")] = (
        None
    )
    """Total number of friends. Unit: count."""

    complete_flag: Annotated[
        int | None, Field(alias="CompleteFlag", description="Not 0 once every friend has been returned.")
    ] = None
    """Not 0 once every friend has been returned."""

    next_start_index: Annotated[
        int | None, Field(alias="NextStartIndex", description="StartIndex of the next page.")
    ] = None
    """StartIndex of the next page."""
