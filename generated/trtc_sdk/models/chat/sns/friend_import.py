# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Any

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.sns_result_item import SnsResultItem
from trtc_sdk.models.envelope import Envelope


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
