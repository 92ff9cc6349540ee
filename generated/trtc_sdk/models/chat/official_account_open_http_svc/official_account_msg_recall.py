# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class OfficialAccountMsgRecallRequest(RequestModel):
    """
    Request of official_account_open_http_svc/official_account_msg_recall: Recall official account messages.
    """

    official_account: Annotated[str, Field(alias="Official_Account", description="ID of the account.")]
    """ID of the account."""

    msg_key_list: Annotated[
        list[str],
        Field(
            alias="MsgKeyList",
            description="Keys of the messages to recall (at most 10 per call).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 10}},
            max_length=10,
            min_length=1,
        ),
    ]
    """Keys of the messages to recall (at most 10 per call)."""

    reason: Annotated[
        str | None,
        Field(
            alias="Reason",
            description="Why the messages are recalled.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """Why the messages are recalled."""


class OfficialAccountRecallResult(ResponseModel):
    """
    Outcome of recalling one message.
    """

    msg_key: Annotated[str, Field(alias="MsgKey", description="Key of the message.")]
    """Key of the message."""

    ret_code: Annotated[
        int,
        Field(alias="RetCode", description="0 when recalled; otherwise an error code (such as 10030 in the sample)."),
    ]
    """0 when recalled; otherwise an error code (such as 10030 in the sample)."""


class OfficialAccountMsgRecallResponse(Envelope):
    """
    Reply of official_account_open_http_svc/official_account_msg_recall (envelope keys included).
    """

    recall_ret_list: Annotated[
        list[OfficialAccountRecallResult] | None, Field(alias="RecallRetList", description="Outcome per message.")
    ] = None
    """Outcome per message."""
