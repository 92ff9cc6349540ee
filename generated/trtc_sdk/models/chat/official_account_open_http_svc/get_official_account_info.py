# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.official_account_info_field import OfficialAccountInfoField
from trtc_sdk.models.envelope import Envelope


class OfficialAccountInfo(ResponseModel):
    """
    Data of one official account, with the outcome of looking it up.
    """

    official_account: Annotated[
        str | None, Field(alias="Official_Account", description="ID of the official account.")
    ] = None
    """ID of the official account."""

    error_code: Annotated[
        int | None, Field(alias="ErrorCode", description="0 when this account was found; otherwise an error code.")
    ] = None
    """0 when this account was found; otherwise an error code."""

    error_info: Annotated[str | None, Field(alias="ErrorInfo", description="Error text for this account.")] = None
    """Error text for this account."""

    name: Annotated[str | None, Field(alias="Name", description="Name.")] = None
    """Name."""

    owner_account: Annotated[str | None, Field(alias="Owner_Account", description="User who owns the account.")] = None
    """User who owns the account."""

    create_time: Annotated[
        int | None, Field(alias="CreateTime", description="When the account was created. Unit: unix seconds.")
    ] = None
    """When the account was created. Unit: unix seconds."""

    last_msg_time: Annotated[
        int | None, Field(alias="LastMsgTime", description="Time of the latest message. Unit: unix seconds.")
    ] = None
    """Time of the latest message. Unit: unix seconds."""

    subscriber_num: Annotated[
        int | None, Field(alias="SubscriberNum", description="Current number of subscribers. Unit: count.")
    ] = None
    """Current number of subscribers. Unit: count."""

    max_subscriber_num: Annotated[
        int | None, Field(alias="MaxSubscriberNum", description="Subscriber cap. Unit: count.")
    ] = None
    """Subscriber cap. Unit: count."""

    introduction: Annotated[str | None, Field(alias="Introduction", description="Introduction.")] = None
    """Introduction."""

    face_url: Annotated[str | None, Field(alias="FaceUrl", description="Avatar URL.")] = None
    """Avatar URL."""

    organization: Annotated[str | None, Field(alias="Organization", description="Organization.")] = None
    """Organization."""

    custom_string: Annotated[
        str | None, Field(alias="CustomString", description="The app's custom string of the account.")
    ] = None
    """The app's custom string of the account."""


class OfficialAccountInfoFilterParam(RequestModel):
    """
    Which official-account fields to return (all when omitted).
    """

    official_account_base_info_filter: Annotated[
        list[
            OfficialAccountInfoField
            | Literal[
                "CreateTime",
                "Name",
                "Owner_Account",
                "LastMsgTime",
                "SubscriberNum",
                "Introduction",
                "FaceUrl",
                "Organization",
                "CustomString",
            ]
        ]
        | None,
        Field(alias="OfficialAccountBaseInfoFilter", description="Account fields to return."),
    ] = None
    """Account fields to return."""


class OfficialAccountRefParam(RequestModel):
    """
    An official account named by its ID.
    """

    official_account: Annotated[
        str,
        Field(
            alias="Official_Account",
            description="ID of the official account (the OfficialAccountUserID returned at creation).",
        ),
    ]
    """ID of the official account (the OfficialAccountUserID returned at creation)."""


class GetOfficialAccountInfoRequest(RequestModel):
    """
    Request of official_account_open_http_svc/get_official_account_info: Get official account data.
    """

    official_account_id_list: Annotated[
        list[OfficialAccountRefParam],
        Field(
            alias="OfficialAccountIdList",
            description="Accounts to read (at most 50 per call).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 50}},
            max_length=50,
            min_length=1,
        ),
    ]
    """Accounts to read (at most 50 per call)."""

    response_filter: Annotated[
        OfficialAccountInfoFilterParam | None,
        Field(alias="ResponseFilter", description="Fields to return; all when omitted."),
    ] = None
    """Fields to return; all when omitted."""


class GetOfficialAccountInfoResponse(Envelope):
    """
    Reply of official_account_open_http_svc/get_official_account_info (envelope keys included).
    """

    official_account_info_list: Annotated[
        list[OfficialAccountInfo] | None,
        Field(alias="OfficialAccountInfoList", description="One entry per account asked for."),
    ] = None
    """One entry per account asked for."""
