# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class ModifyOfficialAccountBaseInfoRequest(RequestModel):
    """
    Request of official_account_open_http_svc/modify_official_account_base_info: Change official account data.
    """

    official_account: Annotated[str, Field(alias="Official_Account", description="ID of the account to change.")]
    """ID of the account to change."""

    name: Annotated[
        str | None,
        Field(
            alias="Name",
            description="New name.",
            json_schema_extra={"x-max-bytes": 150, "x-limits": {"max_bytes": 150}},
        ),
    ] = None
    """New name."""

    introduction: Annotated[
        str | None,
        Field(
            alias="Introduction",
            description="New introduction.",
            json_schema_extra={"x-max-bytes": 400, "x-limits": {"max_bytes": 400}},
        ),
    ] = None
    """New introduction."""

    face_url: Annotated[
        str | None,
        Field(
            alias="FaceUrl",
            description="New avatar URL.",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """New avatar URL."""

    organization: Annotated[
        str | None,
        Field(
            alias="Organization",
            description="New organization.",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """New organization."""

    custom_string: Annotated[
        str | None,
        Field(
            alias="CustomString",
            description="New custom string.",
            json_schema_extra={"x-max-bytes": 3000, "x-limits": {"max_bytes": 3000}},
        ),
    ] = None
    """New custom string."""

    max_subscriber_num: Annotated[
        int | None,
        Field(
            alias="MaxSubscriberNum",
            description="New subscriber cap (sent by the sample; not in the field table).",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """New subscriber cap (sent by the sample; not in the field table)."""


class ModifyOfficialAccountBaseInfoResponse(Envelope):
    """
    Reply of official_account_open_http_svc/modify_official_account_base_info (envelope keys included).
    """
