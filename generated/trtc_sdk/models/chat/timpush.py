# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums import PushTagReplace
from trtc_sdk.models.chat._shared import (
    MsgElementParam,
    OfflinePushInfoParam,
    PushConditionParam,
    PushUserAttrNamesParam,
    PushUserAttrs,
    PushUserAttrsParam,
    PushUserTags,
    PushUserTagsParam,
)
from trtc_sdk.models.envelope import Envelope


class PushRequest(RequestModel):
    """
    Request of timpush/push: Push to all users, by tag or by attribute.
    """

    from_account: Annotated[
        str | None,
        Field(
            alias="From_Account",
            description="Sender recipients see (the samples always send one; an administrator otherwise).",
        ),
    ] = None
    """Sender recipients see (the samples always send one; an administrator otherwise)."""

    msg_random: Annotated[
        int,
        Field(
            alias="MsgRandom",
            description="Random number; the server drops a push with the same value within the same second.",
            ge=0,
            le=4294967295,
        ),
    ]
    """Random number; the server drops a push with the same value within the same second."""

    condition: Annotated[
        PushConditionParam | None,
        Field(alias="Condition", description="Tag or attribute conditions; omitted to push to everyone."),
    ] = None
    """Tag or attribute conditions; omitted to push to everyone."""

    offline_push_info: Annotated[
        OfflinePushInfoParam | None,
        Field(
            alias="OfflinePushInfo",
            description="The notification: title, text, pass-through data, vendor options; PushFlag 1 sends it online only.",
        ),
    ] = None
    """The notification: title, text, pass-through data, vendor options; PushFlag 1 sends it online only."""

    msg_body: Annotated[
        list[MsgElementParam] | None,
        Field(alias="MsgBody", description="A Chat message delivered with the push (2024 version of the page only)."),
    ] = None
    """A Chat message delivered with the push (2024 version of the page only)."""

    online_only_flag: Annotated[
        int | None,
        Field(
            alias="OnlineOnlyFlag",
            description="2024 version only: 1 pushes without keeping conversation, roaming or unread state; 0 keeps them (then about 200 users a second). Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """2024 version only: 1 pushes without keeping conversation, roaming or unread state; 0 keeps them (then about 200 users a second). Server default when omitted: 0."""

    data_id: Annotated[
        str | None,
        Field(
            alias="DataId",
            description="App-defined identifier passed back to the app's push webhooks.",
            json_schema_extra={"x-max-bytes": 64, "x-limits": {"max_bytes": 64}},
        ),
    ] = None
    """App-defined identifier passed back to the app's push webhooks."""


class PushResponse(Envelope):
    """
    Reply of timpush/push (envelope keys included).
    """

    task_id: Annotated[str | None, Field(alias="TaskId", description="ID of the push task (used to recall it).")] = None
    """ID of the push task (used to recall it)."""


class BatchRequest(RequestModel):
    """
    Request of timpush/batch: Push to a list of users.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="Sender (a UserID or RegistrationID).")]
    """Sender (a UserID or RegistrationID)."""

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Recipients (UserIDs or RegistrationIDs).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 500}},
            max_length=500,
            min_length=1,
        ),
    ]
    """Recipients (UserIDs or RegistrationIDs)."""

    msg_random: Annotated[
        int,
        Field(
            alias="MsgRandom",
            description="Random number; the server drops a push with the same value within the same second.",
            ge=0,
            le=4294967295,
        ),
    ]
    """Random number; the server drops a push with the same value within the same second."""

    offline_push_info: Annotated[OfflinePushInfoParam, Field(alias="OfflinePushInfo", description="The notification.")]
    """The notification."""

    data_id: Annotated[
        str | None,
        Field(
            alias="DataId",
            description="App-defined identifier passed back to the app's push webhooks.",
            json_schema_extra={"x-max-bytes": 64, "x-limits": {"max_bytes": 64}},
        ),
    ] = None
    """App-defined identifier passed back to the app's push webhooks."""


class GetAttrNameRequest(RequestModel):
    """
    Request of timpush/get_attr_name: Get the names of the app's push attributes.
    """


class GetAttrNameResponse(Envelope):
    """
    Reply of timpush/get_attr_name (envelope keys included).
    """

    attr_names: Annotated[
        dict[str, Any] | None, Field(alias="AttrNames", description='Slot number ("0" to "9") to attribute name.')
    ] = None
    """Slot number ("0" to "9") to attribute name."""

    attr_types: Annotated[
        dict[str, Any] | None,
        Field(
            alias="AttrTypes",
            description="Slot number to account type: 0 UserID (Chat accounts), 1 RegistrationID (made when a device registers with the Push service).",
        ),
    ] = None
    """Slot number to account type: 0 UserID (Chat accounts), 1 RegistrationID (made when a device registers with the Push service)."""


class SetAttrNameRequest(RequestModel):
    """
    Request of timpush/set_attr_name: Set the names of the app's push attributes.
    """

    attr_names: Annotated[
        dict[str, Any],
        Field(
            alias="AttrNames",
            description='Slot number ("0" to "9") to attribute name (at most 50 bytes; a name may be used by one slot only).',
        ),
    ]
    """Slot number ("0" to "9") to attribute name (at most 50 bytes; a name may be used by one slot only)."""

    attr_types: Annotated[
        dict[str, Any] | None,
        Field(
            alias="AttrTypes",
            description="Slot number (one of those in AttrNames) to account type: 0 UserID (the default), 1 RegistrationID. It cannot be changed once set.",
        ),
    ] = None
    """Slot number (one of those in AttrNames) to account type: 0 UserID (the default), 1 RegistrationID. It cannot be changed once set."""


class SetAttrNameResponse(Envelope):
    """
    Reply of timpush/set_attr_name (envelope keys included).
    """


class GetAttrRequest(RequestModel):
    """
    Request of timpush/get_attr: Get user attributes.
    """

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users to read (UserIDs or RegistrationIDs).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users to read (UserIDs or RegistrationIDs)."""


class SetAttrRequest(RequestModel):
    """
    Request of timpush/set_attr: Set user attributes.
    """

    user_attrs: Annotated[
        list[PushUserAttrsParam],
        Field(
            alias="UserAttrs",
            description="Users and the attribute values to set (each value at most 50 bytes).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users and the attribute values to set (each value at most 50 bytes)."""


class RemoveAttrRequest(RequestModel):
    """
    Request of timpush/remove_attr: Delete user attributes.
    """

    user_attrs: Annotated[
        list[PushUserAttrNamesParam],
        Field(
            alias="UserAttrs",
            description="Users and the names of the attributes to remove.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users and the names of the attributes to remove."""


class GetTagRequest(RequestModel):
    """
    Request of timpush/get_tag: Get user tags.
    """

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users to read (UserIDs or RegistrationIDs).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users to read (UserIDs or RegistrationIDs)."""


class AddTagRequest(RequestModel):
    """
    Request of timpush/add_tag: Add user tags.
    """

    replace: Annotated[
        PushTagReplace | Literal[0, 1] | None,
        Field(
            alias="Replace",
            description="Add to the user's tags (0) or replace them all (1). Server default when omitted: 0.",
        ),
    ] = None
    """Add to the user's tags (0) or replace them all (1). Server default when omitted: 0."""

    user_tags: Annotated[
        list[PushUserTagsParam],
        Field(
            alias="UserTags",
            description="Users and their tags: at most 10 per user when adding, 100 when replacing; each tag at most 50 bytes.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users and their tags: at most 10 per user when adding, 100 when replacing; each tag at most 50 bytes."""


class RemoveTagRequest(RequestModel):
    """
    Request of timpush/remove_tag: Delete user tags.
    """

    user_tags: Annotated[
        list[PushUserTagsParam],
        Field(
            alias="UserTags",
            description="Users and the tags to remove.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users and the tags to remove."""


class ClearAllTagsRequest(RequestModel):
    """
    Request of timpush/clear_all_tags: Clear all tags of users.
    """

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users whose tags are removed.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users whose tags are removed."""


class RevokeRequest(RequestModel):
    """
    Request of timpush/revoke: Recall a push.
    """

    task_id: Annotated[
        str, Field(alias="TaskId", description="ID of a broadcast push task from timpush push, at most 24 hours old.")
    ]
    """ID of a broadcast push task from timpush push, at most 24 hours old."""

    offline_push_info: Annotated[
        OfflinePushInfoParam,
        Field(alias="OfflinePushInfo", description="The notification that overwrites the recalled one."),
    ]
    """The notification that overwrites the recalled one."""


class RevokeResponse(Envelope):
    """
    Reply of timpush/revoke (envelope keys included).
    """


class PushErrorItem(ResponseModel):
    """
    A user for whom a Push service command failed while the call as a whole succeeded.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The user (UserID or RegistrationID).")]
    """The user (UserID or RegistrationID)."""

    error_code: Annotated[
        int,
        Field(alias="ErrorCode", description="Why it failed (such as 70107, the account does not exist, or 90035)."),
    ]
    """Why it failed (such as 70107, the account does not exist, or 90035)."""

    error_info: Annotated[str | None, Field(alias="ErrorInfo", description="Error text; may be empty.")] = None
    """Error text; may be empty."""


class BatchResponse(Envelope):
    """
    Reply of timpush/batch (envelope keys included).
    """

    task_id: Annotated[
        str | None, Field(alias="TaskId", description="ID of the push task (empty when the call failed).")
    ] = None
    """ID of the push task (empty when the call failed)."""

    error_list: Annotated[
        list[PushErrorItem] | None,
        Field(
            alias="ErrorList",
            description="Recipients the push could not be sent to; empty or absent when all succeeded.",
        ),
    ] = None
    """Recipients the push could not be sent to; empty or absent when all succeeded."""


class GetAttrResponse(Envelope):
    """
    Reply of timpush/get_attr (envelope keys included).
    """

    user_attrs: Annotated[
        list[PushUserAttrs] | None, Field(alias="UserAttrs", description="Attribute values per user.")
    ] = None
    """Attribute values per user."""

    error_list: Annotated[
        list[PushErrorItem] | None,
        Field(alias="ErrorList", description="Users that could not be read (such as 70107 for an unknown account)."),
    ] = None
    """Users that could not be read (such as 70107 for an unknown account)."""


class SetAttrResponse(Envelope):
    """
    Reply of timpush/set_attr (envelope keys included).
    """

    error_list: Annotated[
        list[PushErrorItem] | None,
        Field(
            alias="ErrorList",
            description="Users that were not updated (such as 90035, an attribute of the other account type).",
        ),
    ] = None
    """Users that were not updated (such as 90035, an attribute of the other account type)."""


class RemoveAttrResponse(Envelope):
    """
    Reply of timpush/remove_attr (envelope keys included).
    """

    error_list: Annotated[
        list[PushErrorItem] | None, Field(alias="ErrorList", description="Users that were not updated.")
    ] = None
    """Users that were not updated."""


class GetTagResponse(Envelope):
    """
    Reply of timpush/get_tag (envelope keys included).
    """

    user_tags: Annotated[list[PushUserTags] | None, Field(alias="UserTags", description="Tags per user.")] = None
    """Tags per user."""

    error_list: Annotated[
        list[PushErrorItem] | None, Field(alias="ErrorList", description="Users that could not be read.")
    ] = None
    """Users that could not be read."""


class AddTagResponse(Envelope):
    """
    Reply of timpush/add_tag (envelope keys included).
    """

    error_list: Annotated[
        list[PushErrorItem] | None,
        Field(
            alias="ErrorList",
            description="Users that were not updated (such as 90035, a tag of the other account type).",
        ),
    ] = None
    """Users that were not updated (such as 90035, a tag of the other account type)."""


class RemoveTagResponse(Envelope):
    """
    Reply of timpush/remove_tag (envelope keys included).
    """

    error_list: Annotated[
        list[PushErrorItem] | None, Field(alias="ErrorList", description="Users that were not updated.")
    ] = None
    """Users that were not updated."""


class ClearAllTagsResponse(Envelope):
    """
    Reply of timpush/clear_all_tags (envelope keys included).
    """

    error_list: Annotated[
        list[PushErrorItem] | None, Field(alias="ErrorList", description="Users that were not updated.")
    ] = None
    """Users that were not updated."""
