# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.need_friend_type import NeedFriendType
from trtc_sdk.models.envelope import Envelope


class GroupGetRequest(RequestModel):
    """
    Request of sns/group_get: Get friend lists.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="The user whose lists are read.")]
    """The user whose lists are read."""

    need_friend: Annotated[
        NeedFriendType | Literal["Need_Friend_Type_Yes"] | None,
        Field(alias="NeedFriend", description="Also return the members of each list."),
    ] = None
    """Also return the members of each list."""

    group_name: Annotated[
        list[str] | None, Field(alias="GroupName", description="Only these lists; all when omitted.")
    ] = None
    """Only these lists; all when omitted."""


class FriendGroupInfo(ResponseModel):
    """
    One friend list of a user.
    """

    group_name: Annotated[str, Field(alias="GroupName", description="Name of the list.")]
    """Name of the list."""

    friend_number: Annotated[int, Field(alias="FriendNumber", description="Number of friends in it. Unit: count.")]
    """Number of friends in it. Unit: count."""

    to_account: Annotated[
        list[str] | None, Field(alias="To_Account", description="Its members (when asked for with NeedFriend).")
    ] = None
    """Its members (when asked for with NeedFriend)."""


class GroupGetResponse(Envelope):
    """
    Reply of sns/group_get (envelope keys included).
    """

    result_item: Annotated[list[FriendGroupInfo] | None, Field(alias="ResultItem", description="The lists.")] = None
    """The lists."""

    current_sequence: Annotated[
        int | None, Field(alias="CurrentSequence", description="Current version of the user's friend lists.")
    ] = None
    """Current version of the user's friend lists."""
