# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums import AccountImportStatus
from trtc_sdk.models.envelope import Envelope


class AccountImportRequest(RequestModel):
    """
    Request of im_open_login_svc/account_import: Import a single account.
    """

    user_id: Annotated[
        str,
        Field(
            alias="UserID",
            description="The app's user ID to register.",
            json_schema_extra={"x-max-bytes": 32, "x-limits": {"max_bytes": 32}},
        ),
    ]
    """The app's user ID to register."""

    nick: Annotated[
        str | None,
        Field(
            alias="Nick",
            description="Nickname to store in the profile (limit from error 40601).",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """Nickname to store in the profile (limit from error 40601)."""

    face_url: Annotated[
        str | None,
        Field(
            alias="FaceUrl",
            description="Avatar URL to store in the profile (limit from error 40601).",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """Avatar URL to store in the profile (limit from error 40601)."""


class AccountImportResponse(Envelope):
    """
    Reply of im_open_login_svc/account_import (envelope keys included).
    """


class MultiaccountImportResponse(Envelope):
    """
    Reply of im_open_login_svc/multiaccount_import (envelope keys included).
    """

    fail_accounts: Annotated[
        list[str] | None,
        Field(
            alias="FailAccounts",
            description="User IDs that could not be imported (empty or absent when all succeeded).",
        ),
    ] = None
    """User IDs that could not be imported (empty or absent when all succeeded)."""


class KickRequest(RequestModel):
    """
    Request of im_open_login_svc/kick: Invalidate a user's login state.
    """

    user_id: Annotated[str, Field(alias="UserID", description="The user whose login state is invalidated.")]
    """The user whose login state is invalidated."""


class KickResponse(Envelope):
    """
    Reply of im_open_login_svc/kick (envelope keys included).
    """


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


class AccountDeleteResult(ResponseModel):
    """
    Outcome of deleting one account.
    """

    user_id: Annotated[str, Field(alias="UserID", description="The user ID the entry is about.")]
    """The user ID the entry is about."""

    result_code: Annotated[
        int,
        Field(
            alias="ResultCode",
            description="0 when the account was deleted; otherwise an error code (70107: no such account).",
        ),
    ]
    """0 when the account was deleted; otherwise an error code (70107: no such account)."""

    result_info: Annotated[
        str | None, Field(alias="ResultInfo", description="Error text for this account (empty on success).")
    ] = None
    """Error text for this account (empty on success)."""


class AccountImportItemParam(RequestModel):
    """
    One user to import, with optional profile values.
    """

    user_id: Annotated[
        str,
        Field(
            alias="UserID",
            description="The app's user ID to register.",
            json_schema_extra={"x-max-bytes": 32, "x-limits": {"max_bytes": 32}},
        ),
    ]
    """The app's user ID to register."""

    nick: Annotated[
        str | None,
        Field(
            alias="Nick",
            description="Nickname; stored as the profile field Tag_Profile_IM_Nick.",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """Nickname; stored as the profile field Tag_Profile_IM_Nick."""

    face_url: Annotated[
        str | None,
        Field(
            alias="FaceUrl",
            description="Avatar URL; stored as the profile field Tag_Profile_IM_Image.",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """Avatar URL; stored as the profile field Tag_Profile_IM_Image."""


class AccountUserIdItemParam(RequestModel):
    """
    One user ID in a list of accounts to delete or check.
    """

    user_id: Annotated[str, Field(alias="UserID", description="The user ID.")]
    """The user ID."""


class MultiaccountImportRequest(RequestModel):
    """
    Request of im_open_login_svc/multiaccount_import: Import multiple accounts.
    """

    accounts: Annotated[
        list[str] | None,
        Field(
            alias="Accounts",
            description="Original form: the user IDs to register. Send either Accounts or AccountList, not both.",
            json_schema_extra={
                "x-item-max-bytes": 32,
                "x-limits": {"min_items": 1, "max_items": 100, "items.max_bytes": 32},
            },
            max_length=100,
            min_length=1,
        ),
    ] = None
    """Original form: the user IDs to register. Send either Accounts or AccountList, not both."""

    account_list: Annotated[
        list[AccountImportItemParam] | None,
        Field(
            alias="AccountList",
            description="Newer form: the users to register, each with an optional nickname and avatar. Send either Accounts or AccountList, not both.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ] = None
    """Newer form: the users to register, each with an optional nickname and avatar. Send either Accounts or AccountList, not both."""


class AccountDeleteRequest(RequestModel):
    """
    Request of im_open_login_svc/account_delete: Delete accounts.
    """

    delete_item: Annotated[
        list[AccountUserIdItemParam],
        Field(
            alias="DeleteItem",
            description="The accounts to delete.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """The accounts to delete."""


class AccountDeleteResponse(Envelope):
    """
    Reply of im_open_login_svc/account_delete (envelope keys included).
    """

    result_item: Annotated[
        list[AccountDeleteResult] | None, Field(alias="ResultItem", description="One entry per requested account.")
    ] = None
    """One entry per requested account."""


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


class AccountCheckResponse(Envelope):
    """
    Reply of im_open_login_svc/account_check (envelope keys included).
    """

    result_item: Annotated[
        list[AccountCheckResult] | None, Field(alias="ResultItem", description="One entry per requested user ID.")
    ] = None
    """One entry per requested user ID."""
