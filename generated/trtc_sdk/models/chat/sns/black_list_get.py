# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


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
