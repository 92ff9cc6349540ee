# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class DeleteGroupCounterRequest(RequestModel):
    """
    Request of group_open_http_svc/delete_group_counter: Delete group counters.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group to change.")]
    """Group to change."""

    group_counter_keys: Annotated[
        list[str] | None,
        Field(
            alias="GroupCounterKeys",
            description="Counters to delete; omitted, every counter of the group.",
            json_schema_extra={"x-item-max-bytes": 128, "x-limits": {"max_items": 20, "items.max_bytes": 128}},
            max_length=20,
        ),
    ] = None
    """Counters to delete; omitted, every counter of the group."""


class DeleteGroupCounterResponse(Envelope):
    """
    Reply of group_open_http_svc/delete_group_counter (envelope keys included).
    """
