# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from trtc_sdk._core.models import RequestModel
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


class ImPushRequest(RequestModel):
    """
    Request of all_member_push/im_push: Push to all users, by tag or by attribute.
    """

    from_account: Annotated[
        str | None,
        Field(
            alias="From_Account",
            description="Sender recipients see; an administrator when omitted. Server default when omitted: the calling administrator.",
        ),
    ] = None
    """Sender recipients see; an administrator when omitted. Server default when omitted: the calling administrator."""

    msg_random: Annotated[
        int,
        Field(
            alias="MsgRandom",
            description="Random number of the message; the server drops a push with the same value within the same second.",
            ge=0,
            le=4294967295,
        ),
    ]
    """Random number of the message; the server drops a push with the same value within the same second."""

    msg_life_time: Annotated[
        int | None,
        Field(
            alias="MsgLifeTime",
            description="How long the message is kept for users who are offline (at most seven days); 0 pushes to online users only. Unit: seconds. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 604800}},
            le=604800,
        ),
    ] = None
    """How long the message is kept for users who are offline (at most seven days); 0 pushes to online users only. Unit: seconds. Server default when omitted: 0."""

    msg_body: Annotated[
        list[MsgElementParam],
        Field(
            alias="MsgBody",
            description="Body of the message (the page lists every element kind but merged-forward ones).",
        ),
    ]
    """Body of the message (the page lists every element kind but merged-forward ones)."""

    condition: Annotated[
        PushConditionParam | None,
        Field(alias="Condition", description="Tag or attribute conditions; omitted to push to everyone."),
    ] = None
    """Tag or attribute conditions; omitted to push to everyone."""

    offline_push_info: Annotated[
        OfflinePushInfoParam | None, Field(alias="OfflinePushInfo", description="Offline push settings.")
    ] = None
    """Offline push settings."""


class ImPushResponse(Envelope):
    """
    Reply of all_member_push/im_push (envelope keys included).
    """

    task_id: Annotated[str | None, Field(alias="TaskId", description="ID of the push task.")] = None
    """ID of the push task."""


class ImSetAttrNameRequest(RequestModel):
    """
    Request of all_member_push/im_set_attr_name: Set the names of the app's push attributes.
    """

    attr_names: Annotated[
        dict[str, Any],
        Field(alias="AttrNames", description='Slot number ("0" to "9") to attribute name; a name is at most 50 bytes.'),
    ]
    """Slot number ("0" to "9") to attribute name; a name is at most 50 bytes."""


class ImSetAttrNameResponse(Envelope):
    """
    Reply of all_member_push/im_set_attr_name (envelope keys included).
    """


class ImGetAttrNameRequest(RequestModel):
    """
    Request of all_member_push/im_get_attr_name: Get the names of the app's push attributes.
    """


class ImGetAttrNameResponse(Envelope):
    """
    Reply of all_member_push/im_get_attr_name (envelope keys included).
    """

    attr_names: Annotated[
        dict[str, Any] | None, Field(alias="AttrNames", description='Slot number ("0" to "9") to attribute name.')
    ] = None
    """Slot number ("0" to "9") to attribute name."""


class ImGetAttrRequest(RequestModel):
    """
    Request of all_member_push/im_get_attr: Get user attributes.
    """

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users to read.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users to read."""


class ImGetAttrResponse(Envelope):
    """
    Reply of all_member_push/im_get_attr (envelope keys included).
    """

    user_attrs: Annotated[
        list[PushUserAttrs] | None,
        Field(alias="UserAttrs", description="Attribute values per user (an empty Attrs object for a user with none)."),
    ] = None
    """Attribute values per user (an empty Attrs object for a user with none)."""


class ImSetAttrRequest(RequestModel):
    """
    Request of all_member_push/im_set_attr: Set user attributes.
    """

    user_attrs: Annotated[
        list[PushUserAttrsParam],
        Field(
            alias="UserAttrs",
            description="Users and the attribute values to set.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users and the attribute values to set."""


class ImSetAttrResponse(Envelope):
    """
    Reply of all_member_push/im_set_attr (envelope keys included).
    """


class ImRemoveAttrRequest(RequestModel):
    """
    Request of all_member_push/im_remove_attr: Delete user attributes.
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


class ImRemoveAttrResponse(Envelope):
    """
    Reply of all_member_push/im_remove_attr (envelope keys included).
    """


class ImGetTagRequest(RequestModel):
    """
    Request of all_member_push/im_get_tag: Get user tags.
    """

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users to read.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users to read."""


class ImGetTagResponse(Envelope):
    """
    Reply of all_member_push/im_get_tag (envelope keys included).
    """

    user_tags: Annotated[list[PushUserTags] | None, Field(alias="UserTags", description="Tags per user.")] = None
    """Tags per user."""


class ImAddTagRequest(RequestModel):
    """
    Request of all_member_push/im_add_tag: Add user tags.
    """

    user_tags: Annotated[
        list[PushUserTagsParam],
        Field(
            alias="UserTags",
            description="Users and the tags to add (at most 10 per user, each at most 50 bytes).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users and the tags to add (at most 10 per user, each at most 50 bytes)."""


class ImAddTagResponse(Envelope):
    """
    Reply of all_member_push/im_add_tag (envelope keys included).
    """


class ImRemoveTagRequest(RequestModel):
    """
    Request of all_member_push/im_remove_tag: Delete user tags.
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


class ImRemoveTagResponse(Envelope):
    """
    Reply of all_member_push/im_remove_tag (envelope keys included).
    """


class ImRemoveAllTagsRequest(RequestModel):
    """
    Request of all_member_push/im_remove_all_tags: Delete all tags of users.
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


class ImRemoveAllTagsResponse(Envelope):
    """
    Reply of all_member_push/im_remove_all_tags (envelope keys included).
    """
