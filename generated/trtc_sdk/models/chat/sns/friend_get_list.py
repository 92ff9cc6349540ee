# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Any

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope


class FriendGetListRequest(RequestModel):
    """
    Request of sns/friend_get_list: Get chosen friends.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose friends are read.")]
    """The user whose friends are read."""

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Friends to read.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Friends to read."""

    tag_list: Annotated[
        list[str],
        Field(
            alias="TagList",
            description="Fields to return: standard and custom profile fields (Tag_Profile_*) and friend fields (Tag_SNS_*).",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Fields to return: standard and custom profile fields (Tag_Profile_*) and friend fields (Tag_SNS_*)."""


class FriendInfoField(ResponseModel):
    """
    One requested field of a friend, a friend field (Tag_SNS_*) or a profile field (Tag_Profile_*).
    """

    tag: Annotated[str, Field(alias="Tag", description="Name of the field.")]
    """Name of the field."""

    value: Annotated[Any, Field(alias="Value", description="Its value: a string, an integer or an array of strings.")]
    """Its value: a string, an integer or an array of strings."""


class FriendInfoItem(ResponseModel):
    """
    The requested fields of one friend, or why they could not be read.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The friend.")]
    """The friend."""

    sns_profile_item: Annotated[
        list[FriendInfoField] | None,
        Field(alias="SnsProfileItem", description="The requested fields; absent when the user failed."),
    ] = None
    """The requested fields; absent when the user failed."""

    result_code: Annotated[
        int,
        Field(
            alias="ResultCode",
            description="0 on success; otherwise an error code (30001 when the user is not a friend).",
        ),
    ]
    """0 on success; otherwise an error code (30001 when the user is not a friend)."""

    result_info: Annotated[str, Field(alias="ResultInfo", description="Error text; empty on success.")]
    """Error text; empty on success."""


class FriendGetListResponse(Envelope):
    """
    Reply of sns/friend_get_list (envelope keys included).
    """

    info_item: Annotated[
        list[FriendInfoItem] | None, Field(alias="InfoItem", description="The fields of each friend.")
    ] = None
    """The fields of each friend."""

    fail_account: Annotated[
        list[str] | None, Field(alias="Fail_Account", description="Users that failed; present only when one did.")
    ] = None
    """Users that failed; present only when one did."""
