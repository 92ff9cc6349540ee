# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.group_counter_mode import GroupCounterMode
from trtc_sdk.models.chat.group_open_http_svc._shared import GroupCounterEntry, GroupCounterEntryParam
from trtc_sdk.models.envelope import Envelope


class UpdateGroupCounterRequest(RequestModel):
    """
    Request of group_open_http_svc/update_group_counter: Update group counters.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to change.")]
    """Group to change."""

    group_counter: Annotated[
        list[GroupCounterEntryParam],
        Field(
            alias="GroupCounter",
            description="Counters and their values or operands.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """Counters and their values or operands."""

    mode: Annotated[
        GroupCounterMode | Literal["Set", "Increase", "Decrease"] | None,
        Field(alias="Mode", description="How the values apply; the page gives no default."),
    ] = None
    """How the values apply; the page gives no default."""


class UpdateGroupCounterResponse(Envelope):
    """
    Reply of group_open_http_svc/update_group_counter (envelope keys included).
    """

    group_counter: Annotated[
        list[GroupCounterEntry], Field(alias="GroupCounter", description="Values after the update.")
    ]
    """Values after the update."""
