# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


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
