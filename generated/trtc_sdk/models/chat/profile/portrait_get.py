# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.profile_tag import ProfileTag
from trtc_sdk.models.chat._shared.profile_item import ProfileItem
from trtc_sdk.models.envelope import Envelope


class PortraitGetRequest(RequestModel):
    """
    Request of profile/portrait_get: Get user profiles.
    """

    to_account: Annotated[
        list[str],
        Field(
            alias="To_Account",
            description="Users to read; every one must have been imported.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 100}},
            max_length=100,
            min_length=1,
        ),
    ]
    """Users to read; every one must have been imported."""

    tag_list: Annotated[
        list[
            ProfileTag
            | Literal[
                "Tag_Profile_IM_Nick",
                "Tag_Profile_IM_Gender",
                "Tag_Profile_IM_BirthDay",
                "Tag_Profile_IM_Location",
                "Tag_Profile_IM_SelfSignature",
                "Tag_Profile_IM_AllowType",
                "Tag_Profile_IM_Language",
                "Tag_Profile_IM_Image",
                "Tag_Profile_IM_AdminForbidType",
                "Tag_Profile_IM_Level",
                "Tag_Profile_IM_Role",
            ]
            | str
        ],
        Field(
            alias="TagList",
            description="Fields to return.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Fields to return."""


class UserProfileItem(ResponseModel):
    """
    The profile of one requested user, or why it could not be read.
    """

    to_account: Annotated[str, Field(alias="To_Account", description="The user.")]
    """The user."""

    profile_item: Annotated[
        list[ProfileItem] | None,
        Field(alias="ProfileItem", description="The requested fields; absent when the user failed."),
    ] = None
    """The requested fields; absent when the user failed."""

    result_code: Annotated[
        int, Field(alias="ResultCode", description="0 when the user was read; otherwise an error code.")
    ]
    """0 when the user was read; otherwise an error code."""

    result_info: Annotated[str, Field(alias="ResultInfo", description="Error text; empty on success.")]
    """Error text; empty on success."""


class PortraitGetResponse(Envelope):
    """
    Reply of profile/portrait_get (envelope keys included).
    """

    user_profile_item: Annotated[
        list[UserProfileItem] | None, Field(alias="UserProfileItem", description="The profile of each user.")
    ] = None
    """The profile of each user."""

    fail_account: Annotated[
        list[str] | None, Field(alias="Fail_Account", description="Users that failed; present only when one did.")
    ] = None
    """Users that failed; present only when one did."""
