# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.black_check_type import BlackCheckType
from trtc_sdk.models.chat._enums.black_relation import BlackRelation
from trtc_sdk.models.envelope import Envelope


class BlackListCheckRequest(RequestModel):
    """
    Request of sns/black_list_check: Check the blocklist.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose blocklist is checked.")]
    """The user whose blocklist is checked."""

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users to check.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 1000}},
            max_length=1000,
            min_length=1,
        ),
    ]
    """Users to check."""

    check_type: Annotated[
        BlackCheckType | Literal["BlackCheckResult_Type_Single", "BlackCheckResult_Type_Both"],
        Field(alias="CheckType", description="One-way or two-way check."),
    ]
    """One-way or two-way check."""


class BlackListCheckItem(ResponseModel):
    """
    The blocking with one checked user.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The checked user.")]
    """The checked user."""

    relation: Annotated[
        BlackRelation, Field(alias="Relation", description="The blocking (meaningful when ResultCode is 0).")
    ]
    """The blocking (meaningful when ResultCode is 0)."""

    result_code: Annotated[
        int, Field(alias="ResultCode", description="0 when the check succeeded; otherwise an error code.")
    ]
    """0 when the check succeeded; otherwise an error code."""

    result_info: Annotated[str, Field(alias="ResultInfo", description="Error text; empty on success.")]
    """Error text; empty on success."""


class BlackListCheckResponse(Envelope):
    """
    Reply of sns/black_list_check (envelope keys included).
    """

    black_list_check_item: Annotated[
        list[BlackListCheckItem] | None, Field(alias="BlackListCheckItem", description="Result per user.")
    ] = None
    """Result per user."""

    fail_account: Annotated[
        list[str] | None, Field(alias="Fail_Account", description="Users that failed; present only when one did.")
    ] = None
    """Users that failed; present only when one did."""
