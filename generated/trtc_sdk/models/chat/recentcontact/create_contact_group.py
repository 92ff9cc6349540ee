# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat.recentcontact._shared import ContactGroupItem, ContactItem, ContactItemParam
from trtc_sdk.models.envelope import Envelope


class ContactResultItem(ResponseModel):
    """
    The outcome for one conversation of a create_contact_group call.
    """

    contact_item: Annotated[ContactItem, Field(alias="ContactItem", description="The conversation.")]
    """The conversation."""

    result_code: Annotated[
        int, Field(alias="ResultCode", description="0 on success; otherwise an error code of this area.")
    ]
    """0 on success; otherwise an error code of this area."""

    result_info: Annotated[str | None, Field(alias="ResultInfo", description="Error text.")] = None
    """Error text."""


class NewContactGroupParam(RequestModel):
    """
    A conversation group to create, with its first conversations.
    """

    group_name: Annotated[
        str,
        Field(
            alias="GroupName",
            description="Name of the new group.",
            json_schema_extra={"x-max-bytes": 32, "x-limits": {"max_bytes": 32}},
        ),
    ]
    """Name of the new group."""

    contact_item: Annotated[
        list[ContactItemParam], Field(alias="ContactItem", description="Conversations to put in it.")
    ]
    """Conversations to put in it."""


class CreateContactGroupRequest(RequestModel):
    """
    Request of recentcontact/create_contact_group: Create a conversation group.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User who owns the conversation groups.")]
    """User who owns the conversation groups."""

    group_contact_item: Annotated[
        list[NewContactGroupParam],
        Field(
            alias="GroupContactItem",
            description="The group to create (exactly one per call).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 1}},
            max_length=1,
            min_length=1,
        ),
    ]
    """The group to create (exactly one per call)."""


class ContactGroupCreateResult(ResponseModel):
    """
    The created conversation group and the outcome per conversation.
    """

    group_item: Annotated[ContactGroupItem, Field(alias="GroupItem", description="The new group and its ID.")]
    """The new group and its ID."""

    result_item: Annotated[
        list[ContactResultItem] | None, Field(alias="ResultItem", description="Outcome per conversation.")
    ] = None
    """Outcome per conversation."""


class CreateContactGroupResponse(Envelope):
    """
    Reply of recentcontact/create_contact_group (envelope keys included).
    """

    group_result_item: Annotated[
        list[ContactGroupCreateResult] | None,
        Field(alias="GroupResultItem", description="The created group with the outcome per conversation."),
    ] = None
    """The created group with the outcome per conversation."""
