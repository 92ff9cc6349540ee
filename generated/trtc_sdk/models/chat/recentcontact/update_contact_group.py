# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.contact_group_member_operation import ContactGroupMemberOperation
from trtc_sdk.models.chat._enums.contact_group_update_kind import ContactGroupUpdateKind
from trtc_sdk.models.chat.recentcontact._shared import ContactItem, ContactItemParam
from trtc_sdk.models.envelope import Envelope


class ContactOptResult(ResponseModel):
    """
    The outcome for one conversation added to or removed from a group.
    """

    contact_opt_type: Annotated[
        ContactGroupMemberOperation | None, Field(alias="ContactOptType", description="Echo of the operation.")
    ] = None
    """Echo of the operation."""

    contact_item: Annotated[ContactItem, Field(alias="ContactItem", description="The conversation.")]
    """The conversation."""

    result_code: Annotated[
        int, Field(alias="ResultCode", description="0 on success; otherwise an error code of this area.")
    ]
    """0 on success; otherwise an error code of this area."""

    result_info: Annotated[str | None, Field(alias="ResultInfo", description="Error text.")] = None
    """Error text."""


class ContactUpdateItemParam(RequestModel):
    """
    One conversation to add to or remove from a conversation group.
    """

    contact_opt_type: Annotated[
        ContactGroupMemberOperation | Literal[1, 2], Field(alias="ContactOptType", description="Add or remove.")
    ]
    """Add or remove."""

    contact_item: Annotated[ContactItemParam, Field(alias="ContactItem", description="The conversation.")]
    """The conversation."""


class ContactGroupUpdateParam(RequestModel):
    """
    The change update_contact_group makes to one conversation group.
    """

    update_group_type: Annotated[
        ContactGroupUpdateKind | Literal[1, 2],
        Field(alias="UpdateGroupType", description="Rename, or change the conversations in it."),
    ]
    """Rename, or change the conversations in it."""

    old_group_name: Annotated[
        str,
        Field(
            alias="OldGroupName",
            description="Current name of the group to change (the table requires it for renames; the samples send it for both kinds).",
        ),
    ]
    """Current name of the group to change (the table requires it for renames; the samples send it for both kinds)."""

    new_group_name: Annotated[
        str | None,
        Field(
            alias="NewGroupName",
            description="New name (renames only).",
            json_schema_extra={"x-max-bytes": 32, "x-limits": {"max_bytes": 32}},
        ),
    ] = None
    """New name (renames only)."""

    contact_update_item: Annotated[
        list[ContactUpdateItemParam] | None,
        Field(alias="ContactUpdateItem", description="Conversations to add or remove (UpdateGroupType 2)."),
    ] = None
    """Conversations to add or remove (UpdateGroupType 2)."""


class ContactGroupUpdateResult(ResponseModel):
    """
    The group after update_contact_group and the outcome per conversation.
    """

    update_group_type: Annotated[
        ContactGroupUpdateKind | None, Field(alias="UpdateGroupType", description="Echo of the kind of update.")
    ] = None
    """Echo of the kind of update."""

    group_name: Annotated[str | None, Field(alias="GroupName", description="Current name of the group.")] = None
    """Current name of the group."""

    group_id: Annotated[int | None, Field(alias="GroupId", description="ID of the group.")] = None
    """ID of the group."""

    old_group_name: Annotated[str | None, Field(alias="OldGroupName", description="Previous name of the group.")] = None
    """Previous name of the group."""

    contact_result_item: Annotated[
        list[ContactOptResult] | None,
        Field(alias="ContactResultItem", description="Outcome per conversation (member changes)."),
    ] = None
    """Outcome per conversation (member changes)."""


class UpdateContactGroupRequest(RequestModel):
    """
    Request of recentcontact/update_contact_group: Update a conversation group.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User who owns the conversation group.")]
    """User who owns the conversation group."""

    update_type: Annotated[
        int,
        Field(
            alias="UpdateType",
            description="Kind of update; 1 (update a group) is the only documented value.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 1}},
            le=1,
        ),
    ]
    """Kind of update; 1 (update a group) is the only documented value."""

    update_group: Annotated[ContactGroupUpdateParam, Field(alias="UpdateGroup", description="The change to make.")]
    """The change to make."""


class UpdateContactGroupResponse(Envelope):
    """
    Reply of recentcontact/update_contact_group (envelope keys included).
    """

    update_type: Annotated[int | None, Field(alias="UpdateType", description="Echo of UpdateType.")] = None
    """Echo of UpdateType."""

    update_group_result: Annotated[
        ContactGroupUpdateResult | None,
        Field(alias="UpdateGroupResult", description="The group after the change, with the outcome per conversation."),
    ] = None
    """The group after the change, with the outcome per conversation."""
