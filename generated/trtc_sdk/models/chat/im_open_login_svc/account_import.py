# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
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
