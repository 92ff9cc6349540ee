# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Any

from pydantic import Field

from trtc_sdk._core.models import RequestModel


class PushConditionParam(RequestModel):
    """
    Who receives a broadcast push. Attribute conditions (AttrsOr, AttrsAnd) and tag conditions (TagsOr, TagsAnd) cannot be mixed; the two of one kind may be combined. Without a condition everyone receives it.
    """

    attrs_or: Annotated[
        dict[str, Any] | None,
        Field(alias="AttrsOr", description="Attribute name to value; users matching any of them receive the push."),
    ] = None
    """Attribute name to value; users matching any of them receive the push."""

    attrs_and: Annotated[
        dict[str, Any] | None,
        Field(alias="AttrsAnd", description="Attribute name to value; users matching all of them receive the push."),
    ] = None
    """Attribute name to value; users matching all of them receive the push."""

    tags_or: Annotated[
        list[str] | None,
        Field(
            alias="TagsOr",
            description="Users holding any of these tags receive the push.",
            json_schema_extra={"x-item-max-bytes": 50, "x-limits": {"max_items": 10, "items.max_bytes": 50}},
            max_length=10,
        ),
    ] = None
    """Users holding any of these tags receive the push."""

    tags_and: Annotated[
        list[str] | None,
        Field(
            alias="TagsAnd",
            description="Users holding all of these tags receive the push.",
            json_schema_extra={"x-item-max-bytes": 50, "x-limits": {"max_items": 10, "items.max_bytes": 50}},
            max_length=10,
        ),
    ] = None
    """Users holding all of these tags receive the push."""
