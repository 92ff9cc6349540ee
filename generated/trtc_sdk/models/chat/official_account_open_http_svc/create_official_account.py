# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class CreateOfficialAccountRequest(RequestModel):
    """
    Request of official_account_open_http_svc/create_official_account: Create an official account.
    """

    owner_account: Annotated[
        str, Field(alias="Owner_Account", description="User who owns the account (must be imported).")
    ]
    """User who owns the account (must be imported)."""

    official_account_user_id: Annotated[
        str | None,
        Field(
            alias="OfficialAccountUserID",
            description="Custom ID of the account, starting with @TOA#_; generated when omitted.",
        ),
    ] = None
    """Custom ID of the account, starting with @TOA#_; generated when omitted."""

    name: Annotated[
        str,
        Field(
            alias="Name",
            description="Name of the account.",
            json_schema_extra={"x-max-bytes": 150, "x-limits": {"max_bytes": 150}},
        ),
    ]
    """Name of the account."""

    introduction: Annotated[
        str | None,
        Field(
            alias="Introduction",
            description="Introduction.",
            json_schema_extra={"x-max-bytes": 400, "x-limits": {"max_bytes": 400}},
        ),
    ] = None
    """Introduction."""

    face_url: Annotated[
        str | None,
        Field(
            alias="FaceUrl",
            description="Avatar URL.",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """Avatar URL."""

    max_subscriber_num: Annotated[
        int | None,
        Field(
            alias="MaxSubscriberNum",
            description="Subscriber cap. Server default when omitted: 100000.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """Subscriber cap. Server default when omitted: 100000."""

    organization: Annotated[
        str | None,
        Field(
            alias="Organization",
            description="Organization the account belongs to.",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """Organization the account belongs to."""

    custom_string: Annotated[
        str | None,
        Field(
            alias="CustomString",
            description="The app's custom string of the account.",
            json_schema_extra={"x-max-bytes": 3000, "x-limits": {"max_bytes": 3000}},
        ),
    ] = None
    """The app's custom string of the account."""


class CreateOfficialAccountResponse(Envelope):
    """
    Reply of official_account_open_http_svc/create_official_account (envelope keys included).
    """

    official_account_user_id: Annotated[
        str | None, Field(alias="OfficialAccountUserID", description="ID of the new account.")
    ] = None
    """ID of the new account."""
