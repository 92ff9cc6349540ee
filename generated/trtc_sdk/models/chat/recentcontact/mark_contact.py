# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.contact_mark_operation import ContactMarkOperation
from trtc_sdk.models.chat.recentcontact._shared import ContactItem, ContactItemParam
from trtc_sdk.models.envelope import Envelope

ClearMarkItem = TypeAliasType("ClearMarkItem", Annotated[int, Field(ge=1, le=64)])


SetMarkItem = TypeAliasType("SetMarkItem", Annotated[int, Field(ge=1, le=64)])


class ContactMarkChangeParam(RequestModel):
    """
    Marks to set or clear on one conversation.
    """

    opt_type: Annotated[
        ContactMarkOperation | Literal[1, 2, 3], Field(alias="OptType", description="Which marks to change.")
    ]
    """Which marks to change."""

    contact_item: Annotated[ContactItemParam, Field(alias="ContactItem", description="The conversation.")]
    """The conversation."""

    clear_mark: Annotated[
        list[ClearMarkItem] | None,
        Field(
            alias="ClearMark",
            description="Bit numbers of standard marks to clear (bits 1-32 are reserved by Chat: 1 favourite, 2 unread, 3 folded, 4 hidden; bits 33-64 are the app's).",
            json_schema_extra={"x-limits": {"items.minimum": 1, "items.maximum": 64}},
        ),
    ] = None
    """Bit numbers of standard marks to clear (bits 1-32 are reserved by Chat: 1 favourite, 2 unread, 3 folded, 4 hidden; bits 33-64 are the app's)."""

    set_mark: Annotated[
        list[SetMarkItem] | None,
        Field(
            alias="SetMark",
            description="Bit numbers of standard marks to set.",
            json_schema_extra={"x-limits": {"items.minimum": 1, "items.maximum": 64}},
        ),
    ] = None
    """Bit numbers of standard marks to set."""

    custom_mark: Annotated[
        str | None,
        Field(
            alias="CustomMark",
            description="The new custom mark.",
            json_schema_extra={"x-max-bytes": 256, "x-limits": {"max_bytes": 256}},
        ),
    ] = None
    """The new custom mark."""


class ContactMarkResult(ResponseModel):
    """
    The outcome of the mark change of one conversation.
    """

    opt_type: Annotated[ContactMarkOperation | None, Field(alias="OptType", description="Echo of the operation.")] = (
        None
    )
    """Echo of the operation."""

    contact_item: Annotated[ContactItem, Field(alias="ContactItem", description="The conversation.")]
    """The conversation."""

    result_code: Annotated[
        int, Field(alias="ResultCode", description="0 on success; otherwise an error code of this area.")
    ]
    """0 on success; otherwise an error code of this area."""

    result_info: Annotated[str | None, Field(alias="ResultInfo", description="Error text.")] = None
    """Error text."""


class MarkContactRequest(RequestModel):
    """
    Request of recentcontact/mark_contact: Set conversation marks.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User who owns the conversations.")]
    """User who owns the conversations."""

    mark_item: Annotated[
        list[ContactMarkChangeParam],
        Field(
            alias="MarkItem",
            description="Mark changes (at most 100 per call).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Mark changes (at most 100 per call)."""


class MarkContactResponse(Envelope):
    """
    Reply of recentcontact/mark_contact (envelope keys included).
    """

    result_item: Annotated[
        list[ContactMarkResult] | None, Field(alias="ResultItem", description="Outcome per conversation.")
    ] = None
    """Outcome per conversation."""
