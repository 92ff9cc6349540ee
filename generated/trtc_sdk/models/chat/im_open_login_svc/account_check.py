# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.account_import_status import AccountImportStatus
from trtc_sdk.models.chat.im_open_login_svc._shared import AccountUserIdItemParam
from trtc_sdk.models.envelope import Envelope


class AccountCheckRequest(RequestModel):
    """
    Request of im_open_login_svc/account_check: Check accounts.
    """

    check_item: Annotated[
        list[AccountUserIdItemParam],
        Field(
            alias="CheckItem",
            description="The user IDs to check.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """The user IDs to check."""


class AccountCheckResult(ResponseModel):
    """
    Whether one user ID has been imported.
    """

    user_id: Annotated[str, Field(alias="UserID", description="The user ID the entry is about.")]
    """The user ID the entry is about."""

    result_code: Annotated[
        int, Field(alias="ResultCode", description="0 when the check itself succeeded; otherwise an error code.")
    ]
    """0 when the check itself succeeded; otherwise an error code."""

    result_info: Annotated[
        str | None, Field(alias="ResultInfo", description="Error text for this account (empty on success).")
    ] = None
    """Error text for this account (empty on success)."""

    account_status: Annotated[
        AccountImportStatus | None,
        Field(alias="AccountStatus", description="Whether the user ID is registered with Chat."),
    ] = None
    """Whether the user ID is registered with Chat."""


class AccountCheckResponse(Envelope):
    """
    Reply of im_open_login_svc/account_check (envelope keys included).
    """

    result_item: Annotated[
        list[AccountCheckResult] | None, Field(alias="ResultItem", description="One entry per requested user ID.")
    ] = None
    """One entry per requested user ID."""
