# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.conversation_type import ConversationType


class ContactGroupItem(ResponseModel):
    """
    A conversation group (folder) of a user.
    """

    group_name: Annotated[str, Field(alias="GroupName", description="Name of the conversation group.")]
    """Name of the conversation group."""

    group_id: Annotated[
        int, Field(alias="GroupId", description="ID the server gave the conversation group (not a Chat group ID).")
    ]
    """ID the server gave the conversation group (not a Chat group ID)."""


class ContactItemParam(RequestModel):
    """
    A conversation named by type and peer, as the conversation-group and mark commands spell it.
    """

    type: Annotated[
        ConversationType | Literal[1, 2],
        Field(
            alias="Type",
            description="One-to-one or group (some tables type it as a string; every sample sends a number). The server may also send it as string.",
            json_schema_extra={"x-text-accepted": True},
        ),
    ]
    """One-to-one or group (some tables type it as a string; every sample sends a number). The server may also send it as string."""

    to_account: Annotated[
        str | None, Field(alias="To_Account", description="The peer's user ID (one-to-one conversations).")
    ] = None
    """The peer's user ID (one-to-one conversations)."""

    to_group_id: Annotated[str | None, Field(alias="ToGroupId", description="The group ID (group conversations).")] = (
        None
    )
    """The group ID (group conversations)."""


class ContactItem(ResponseModel):
    """
    A conversation named by type and peer, as the conversation-group and mark commands spell it.
    """

    type: Annotated[
        ConversationType,
        Field(
            alias="Type",
            description="One-to-one or group (some tables type it as a string; every sample sends a number). The server may also send it as string.",
        ),
    ]
    """One-to-one or group (some tables type it as a string; every sample sends a number). The server may also send it as string."""

    to_account: Annotated[
        str | None, Field(alias="To_Account", description="The peer's user ID (one-to-one conversations).")
    ] = None
    """The peer's user ID (one-to-one conversations)."""

    to_group_id: Annotated[str | None, Field(alias="ToGroupId", description="The group ID (group conversations).")] = (
        None
    )
    """The group ID (group conversations)."""


class ContactMarkItem(ResponseModel):
    """
    The mark and group data stored for one conversation.
    """

    type: Annotated[
        ConversationType, Field(alias="Type", description="One-to-one or group. The server may also send it as string.")
    ]
    """One-to-one or group. The server may also send it as string."""

    to_account: Annotated[
        str | None, Field(alias="To_Account", description="The peer's user ID (one-to-one conversations).")
    ] = None
    """The peer's user ID (one-to-one conversations)."""

    to_group_id: Annotated[str | None, Field(alias="ToGroupId", description="The group ID (group conversations).")] = (
        None
    )
    """The group ID (group conversations)."""

    standard_mark: Annotated[
        str | None,
        Field(
            alias="StandardMark", description="Standard mark bits as a string of 0 and 1 characters, such as 011111110."
        ),
    ] = None
    """Standard mark bits as a string of 0 and 1 characters, such as 011111110."""

    custom_mark: Annotated[str | None, Field(alias="CustomMark", description="The custom mark.")] = None
    """The custom mark."""

    contact_group_id: Annotated[
        list[int] | None,
        Field(alias="ContactGroupId", description="IDs of the conversation groups holding the conversation."),
    ] = None
    """IDs of the conversation groups holding the conversation."""

    timestamp: Annotated[
        int | None,
        Field(alias="Timestamp", description="When the mark or group data last changed. Unit: unix seconds."),
    ] = None
    """When the mark or group data last changed. Unit: unix seconds."""
