# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel


class MsgExtensionParam(RequestModel):
    """
    One key-value pair attached to a message.
    """

    key: Annotated[
        str,
        Field(
            alias="Key", description="The key.", json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}}
        ),
    ]
    """The key."""

    value: Annotated[
        str,
        Field(
            alias="Value",
            description="The value (empty when deleting).",
            json_schema_extra={"x-max-bytes": 1000, "x-limits": {"max_bytes": 1000}},
        ),
    ]
    """The value (empty when deleting)."""

    seq: Annotated[
        int | None,
        Field(
            alias="Seq",
            description="Version of the pair. A writer other than the administrator sends the last Seq it read (0 for a new pair) and the write fails with 23001 if the pair changed since; administrator calls, which REST calls are, skip the check. Replies carry the current Seq.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ] = None
    """Version of the pair. A writer other than the administrator sends the last Seq it read (0 for a new pair) and the write fails with 23001 if the pair changed since; administrator calls, which REST calls are, skip the check. Replies carry the current Seq."""


class MsgExtension(ResponseModel):
    """
    One key-value pair attached to a message.
    """

    key: Annotated[str, Field(alias="Key", description="The key.")]
    """The key."""

    value: Annotated[str, Field(alias="Value", description="The value (empty when deleting).")]
    """The value (empty when deleting)."""

    seq: Annotated[
        int | None,
        Field(
            alias="Seq",
            description="Version of the pair. A writer other than the administrator sends the last Seq it read (0 for a new pair) and the write fails with 23001 if the pair changed since; administrator calls, which REST calls are, skip the check. Replies carry the current Seq.",
        ),
    ] = None
    """Version of the pair. A writer other than the administrator sends the last Seq it read (0 for a new pair) and the write fails with 23001 if the pair changed since; administrator calls, which REST calls are, skip the check. Replies carry the current Seq."""


class MsgExtensionResult(ResponseModel):
    """
    Outcome of writing one key-value pair.
    """

    error_code: Annotated[
        int, Field(alias="ErrorCode", description="0 on success; otherwise an error code such as 23001 (Seq conflict).")
    ]
    """0 on success; otherwise an error code such as 23001 (Seq conflict)."""

    extension: Annotated[
        MsgExtension | None, Field(alias="Extension", description="The pair as stored now, with its current Seq.")
    ] = None
    """The pair as stored now, with its current Seq."""
