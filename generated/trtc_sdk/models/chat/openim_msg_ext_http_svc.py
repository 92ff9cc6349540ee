# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums import ExtensionOperation
from trtc_sdk.models.envelope import Envelope


class GetKeyValuesRequest(RequestModel):
    """
    Request of openim_msg_ext_http_svc/get_key_values: Get one-to-one message extensions.
    """

    from_account: Annotated[str | None, Field(alias="From_Account", description="Sender of the message.")] = None
    """Sender of the message."""

    to_account: Annotated[str, Field(alias="To_Account", description="Receiver of the message.")]
    """Receiver of the message."""

    msg_key: Annotated[str, Field(alias="MsgKey", description="Key of the message.")]
    """Key of the message."""

    start_seq: Annotated[
        int | None,
        Field(
            alias="StartSeq",
            description="Return only pairs whose Seq is at least this.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ] = None
    """Return only pairs whose Seq is at least this."""


class GroupGetKeyValuesRequest(RequestModel):
    """
    Request of openim_msg_ext_http_svc/group_get_key_values: Get group message extensions.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    msg_seq: Annotated[
        int, Field(alias="MsgSeq", description="Sequence number of the group message.", ge=0, le=4294967295)
    ]
    """Sequence number of the group message."""

    start_seq: Annotated[
        int | None,
        Field(
            alias="StartSeq",
            description="Return only pairs whose Seq is at least this.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ] = None
    """Return only pairs whose Seq is at least this."""


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


class SetKeyValuesRequest(RequestModel):
    """
    Request of openim_msg_ext_http_svc/set_key_values: Set one-to-one message extensions.
    """

    from_account: Annotated[str | None, Field(alias="From_Account", description="Sender of the message.")] = None
    """Sender of the message."""

    to_account: Annotated[str, Field(alias="To_Account", description="Receiver of the message.")]
    """Receiver of the message."""

    msg_key: Annotated[str, Field(alias="MsgKey", description="Key of the message.")]
    """Key of the message."""

    operate_type: Annotated[
        ExtensionOperation | Literal[1, 2, 3], Field(alias="OperateType", description="Set, delete or clear.")
    ]
    """Set, delete or clear."""

    extension_list: Annotated[
        list[MsgExtensionParam] | None,
        Field(
            alias="ExtensionList",
            description="The pairs to set or delete; required for SET and DELETE, left out for CLEAR.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ] = None
    """The pairs to set or delete; required for SET and DELETE, left out for CLEAR."""


class SetKeyValuesResponse(Envelope):
    """
    Reply of openim_msg_ext_http_svc/set_key_values (envelope keys included).
    """

    extension_list: Annotated[
        list[MsgExtensionResult] | None, Field(alias="ExtensionList", description="Outcome per pair.")
    ] = None
    """Outcome per pair."""


class GetKeyValuesResponse(Envelope):
    """
    Reply of openim_msg_ext_http_svc/get_key_values (envelope keys included).
    """

    extension_list: Annotated[
        list[MsgExtension] | None, Field(alias="ExtensionList", description="The pairs, by Seq; at most 200 per call.")
    ] = None
    """The pairs, by Seq; at most 200 per call."""

    complete_flag: Annotated[
        int | None, Field(alias="CompleteFlag", description="1 when all pairs were returned, 0 when more remain.")
    ] = None
    """1 when all pairs were returned, 0 when more remain."""

    latest_seq: Annotated[
        int | None, Field(alias="LatestSeq", description="Highest Seq among all pairs of the message.")
    ] = None
    """Highest Seq among all pairs of the message."""

    clear_seq: Annotated[
        int | None,
        Field(
            alias="ClearSeq",
            description="Seq of the last clear; clients must drop cached pairs whose Seq is at or below it.",
        ),
    ] = None
    """Seq of the last clear; clients must drop cached pairs whose Seq is at or below it."""


class GroupSetKeyValuesRequest(RequestModel):
    """
    Request of openim_msg_ext_http_svc/group_set_key_values: Set group message extensions.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The group.")]
    """The group."""

    msg_seq: Annotated[
        int, Field(alias="MsgSeq", description="Sequence number of the group message.", ge=0, le=4294967295)
    ]
    """Sequence number of the group message."""

    operate_type: Annotated[
        ExtensionOperation | Literal[1, 2, 3], Field(alias="OperateType", description="Set, delete or clear.")
    ]
    """Set, delete or clear."""

    extension_list: Annotated[
        list[MsgExtensionParam] | None,
        Field(
            alias="ExtensionList",
            description="The pairs to set or delete; required for SET and DELETE, left out for CLEAR.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ] = None
    """The pairs to set or delete; required for SET and DELETE, left out for CLEAR."""


class GroupSetKeyValuesResponse(Envelope):
    """
    Reply of openim_msg_ext_http_svc/group_set_key_values (envelope keys included).
    """

    extension_list: Annotated[
        list[MsgExtensionResult] | None, Field(alias="ExtensionList", description="Outcome per pair.")
    ] = None
    """Outcome per pair."""


class GroupGetKeyValuesResponse(Envelope):
    """
    Reply of openim_msg_ext_http_svc/group_get_key_values (envelope keys included).
    """

    extension_list: Annotated[
        list[MsgExtension] | None, Field(alias="ExtensionList", description="The pairs, by Seq; at most 200 per call.")
    ] = None
    """The pairs, by Seq; at most 200 per call."""

    complete_flag: Annotated[
        int | None, Field(alias="CompleteFlag", description="1 when all pairs were returned, 0 when more remain.")
    ] = None
    """1 when all pairs were returned, 0 when more remain."""

    latest_seq: Annotated[
        int | None, Field(alias="LatestSeq", description="Highest Seq among all pairs of the message.")
    ] = None
    """Highest Seq among all pairs of the message."""

    clear_seq: Annotated[
        int | None,
        Field(
            alias="ClearSeq",
            description="Seq of the last clear; clients must drop cached pairs whose Seq is at or below it.",
        ),
    ] = None
    """Seq of the last clear; clients must drop cached pairs whose Seq is at or below it."""
