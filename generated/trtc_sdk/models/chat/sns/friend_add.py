# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.friend_add_type import FriendAddType
from trtc_sdk.models.chat._enums.friend_force_add_flag import FriendForceAddFlag
from trtc_sdk.models.chat._shared.sns_result_item import SnsResultItem
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
