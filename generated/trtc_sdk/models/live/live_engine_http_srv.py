# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.live._enums import AdminOpType, GiftLanguage, RoomType, TakeSeatMode


class DestroyRoomRequest(RequestModel):
    """
    Request of live_engine_http_srv/destroy_room: Dismiss a live room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to dismiss.")]
    """Room to dismiss."""


class UpdateRoomInfoResponse(Envelope):
    """
    Reply of live_engine_http_srv/update_room_info (envelope keys included).
    """


class GetRoomInfoRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_room_info: Get a live room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""


class GetRoomListRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_room_list: List public live rooms.
    """

    next: Annotated[
        str, Field(alias="Next", description="Cursor: empty for the first page, then the Next of the previous reply.")
    ]
    """Cursor: empty for the first page, then the Next of the previous reply."""

    count: Annotated[
        int,
        Field(
            alias="Count",
            description="Rooms per page. Server default when omitted: 20.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 20}},
            le=20,
        ),
    ]
    """Rooms per page. Server default when omitted: 20."""


class GetRoomMetadataRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_room_metadata: Get room metadata.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""

    keys: Annotated[list[str], Field(alias="Keys", description="Keys to read; an empty list reads every key.")]
    """Keys to read; an empty list reads every key."""


class SetRoomMetadataResponse(Envelope):
    """
    Reply of live_engine_http_srv/set_room_metadata (envelope keys included).
    """


class DelRoomMetadataRequest(RequestModel):
    """
    Request of live_engine_http_srv/del_room_metadata: Delete room metadata.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    keys: Annotated[
        list[str],
        Field(
            alias="Keys", description="Keys to remove.", json_schema_extra={"x-limits": {"min_items": 1}}, min_length=1
        ),
    ]
    """Keys to remove."""


class DelRoomMetadataResponse(Envelope):
    """
    Reply of live_engine_http_srv/del_room_metadata (envelope keys included).
    """


class ResumeMcuTaskRequest(RequestModel):
    """
    Request of live_engine_http_srv/resume_mcu_task: Resume stream mixing.
    """

    room_id: Annotated[
        str,
        Field(
            alias="RoomId",
            description="Room whose mixing layout is restored.",
            json_schema_extra={"x-max-bytes": 48, "x-limits": {"max_bytes": 48}},
        ),
    ]
    """Room whose mixing layout is restored."""


class ResumeMcuTaskResponse(Envelope):
    """
    Reply of live_engine_http_srv/resume_mcu_task (envelope keys included).
    """


class GetRoomStatsRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_room_stats: Get room statistics.
    """

    room_id: Annotated[
        str,
        Field(
            alias="RoomId",
            description="Room to read.",
            json_schema_extra={"x-max-bytes": 48, "x-limits": {"max_bytes": 48}},
        ),
    ]
    """Room to read."""


class GetRoomStatisticRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_room_statistic: Get room statistics (console variant).
    """

    room_id: Annotated[
        str,
        Field(
            alias="RoomId",
            description="Room to read.",
            json_schema_extra={"x-max-bytes": 48, "x-limits": {"max_bytes": 48}},
        ),
    ]
    """Room to read."""


class GetAdminListRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_admin_list: List room administrators.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""


class ModifyAdminRequest(RequestModel):
    """
    Request of live_engine_http_srv/modify_admin: Add or remove room administrators.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    admin_account: Annotated[
        list[str],
        Field(
            alias="Admin_Account",
            description="Users to change.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 5}},
            max_length=5,
            min_length=1,
        ),
    ]
    """Users to change."""

    op_type: Annotated[AdminOpType | Literal["add", "delete"], Field(alias="OpType", description="Grant or revoke.")]
    """Grant or revoke."""


class ModifyAdminResponse(Envelope):
    """
    Reply of live_engine_http_srv/modify_admin (envelope keys included).
    """


class ChangeRoomOwnerRequest(RequestModel):
    """
    Request of live_engine_http_srv/change_room_owner: Transfer room ownership.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    new_owner_account: Annotated[str, Field(alias="NewOwner_Account", description="User who becomes the owner.")]
    """User who becomes the owner."""


class ChangeRoomOwnerResponse(Envelope):
    """
    Reply of live_engine_http_srv/change_room_owner (envelope keys included).
    """


class BanMemberRequest(RequestModel):
    """
    Request of live_engine_http_srv/ban_member: Ban room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    member_list_account: Annotated[
        list[str],
        Field(
            alias="MemberList_Account",
            description="Users to ban.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """Users to ban."""

    reason: Annotated[
        str | None,
        Field(
            alias="Reason",
            description="Why the users are banned.",
            json_schema_extra={"x-max-bytes": 200, "x-limits": {"max_bytes": 200}},
        ),
    ] = None
    """Why the users are banned."""

    duration: Annotated[
        int, Field(alias="Duration", description="Length of the ban. Unit: seconds.", ge=0, le=4294967295)
    ]
    """Length of the ban. Unit: seconds."""


class BanMemberResponse(Envelope):
    """
    Reply of live_engine_http_srv/ban_member (envelope keys included).
    """


class UnbanMemberRequest(RequestModel):
    """
    Request of live_engine_http_srv/unban_member: Unban room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    member_list_account: Annotated[
        list[str],
        Field(
            alias="MemberList_Account",
            description="Users to unban.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """Users to unban."""


class UnbanMemberResponse(Envelope):
    """
    Reply of live_engine_http_srv/unban_member (envelope keys included).
    """


class GetBannedMemberListRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_banned_member_list: List banned members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""

    offset: Annotated[
        int | None,
        Field(
            alias="Offset",
            description="Offset: 0 for the first page, then the NextOffset of the previous reply. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
            le=9223372036854775807,
        ),
    ] = None
    """Offset: 0 for the first page, then the NextOffset of the previous reply. Server default when omitted: 0."""

    limit: Annotated[
        int | None,
        Field(
            alias="Limit",
            description="Users per page.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1, "maximum": 100}},
            le=100,
        ),
    ] = None
    """Users per page."""


class MuteMemberRequest(RequestModel):
    """
    Request of live_engine_http_srv/mute_member: Mute or unmute room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    member_list_account: Annotated[
        list[str],
        Field(
            alias="MemberList_Account",
            description="Users to mute or unmute.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Users to mute or unmute."""

    mute_time: Annotated[
        int, Field(alias="MuteTime", description="Length of the mute; 0 lifts it. Unit: seconds.", ge=0, le=4294967295)
    ]
    """Length of the mute; 0 lifts it. Unit: seconds."""


class MuteMemberResponse(Envelope):
    """
    Reply of live_engine_http_srv/mute_member (envelope keys included).
    """


class GetMutedMemberListRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_muted_member_list: List muted members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""


class GetMemberListRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_member_list: List online room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""

    next: Annotated[
        str, Field(alias="Next", description="Cursor: empty for the first page, then the Next of the previous reply.")
    ]
    """Cursor: empty for the first page, then the Next of the previous reply."""


class SendTextMsgRequest(RequestModel):
    """
    Request of live_engine_http_srv/send_text_msg: Send a text message to a room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to post in.")]
    """Room to post in."""

    sender_account: Annotated[str, Field(alias="Sender_Account", description="User ID shown as the sender.")]
    """User ID shown as the sender."""

    text_content: Annotated[str, Field(alias="TextContent", description="Message text.")]
    """Message text."""

    extension_info: Annotated[
        str | None,
        Field(
            alias="ExtensionInfo",
            description="App-defined JSON string, stored with the message as its cloud custom data.",
        ),
    ] = None
    """App-defined JSON string, stored with the message as its cloud custom data."""


class SendCustomMsgRequest(RequestModel):
    """
    Request of live_engine_http_srv/send_custom_msg: Send a custom message to a room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to post in.")]
    """Room to post in."""

    sender_account: Annotated[str | None, Field(alias="Sender_Account", description="User ID shown as the sender.")] = (
        None
    )
    """User ID shown as the sender."""

    business_id: Annotated[str, Field(alias="BusinessId", description="App-defined type tag of the message.")]
    """App-defined type tag of the message."""

    data: Annotated[
        str,
        Field(
            alias="Data",
            description="Payload of the message. The server may also send it as integer.",
            json_schema_extra={"x-send-as-string": True},
        ),
    ]
    """Payload of the message. The server may also send it as integer."""


class AddRobotRequest(RequestModel):
    """
    Request of live_engine_http_srv/add_robot: Add robots to a room.
    """

    room_id: Annotated[
        str,
        Field(
            alias="RoomId",
            description="Room to change.",
            json_schema_extra={"x-max-bytes": 48, "x-limits": {"max_bytes": 48}},
        ),
    ]
    """Room to change."""

    robot_list_account: Annotated[
        list[str],
        Field(
            alias="RobotList_Account",
            description="Robot user IDs; each must be an imported account.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 3}},
            max_length=3,
            min_length=1,
        ),
    ]
    """Robot user IDs; each must be an imported account."""


class AddRobotResponse(Envelope):
    """
    Reply of live_engine_http_srv/add_robot (envelope keys included).
    """


class DelRobotRequest(RequestModel):
    """
    Request of live_engine_http_srv/del_robot: Remove robots from a room.
    """

    room_id: Annotated[
        str,
        Field(
            alias="RoomId",
            description="Room to change.",
            json_schema_extra={"x-max-bytes": 48, "x-limits": {"max_bytes": 48}},
        ),
    ]
    """Room to change."""

    robot_list_account: Annotated[
        list[str],
        Field(
            alias="RobotList_Account",
            description="Robot user IDs to remove.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Robot user IDs to remove."""


class DelRobotResponse(Envelope):
    """
    Reply of live_engine_http_srv/del_robot (envelope keys included).
    """


class GetRobotRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_robot: List robots in a room.
    """

    room_id: Annotated[
        str,
        Field(
            alias="RoomId",
            description="Room to read.",
            json_schema_extra={"x-max-bytes": 48, "x-limits": {"max_bytes": 48}},
        ),
    ]
    """Room to read."""


class AddGiftRequest(RequestModel):
    """
    Request of live_engine_http_srv/add_gift: Add a gift.
    """

    gift_id: Annotated[
        str,
        Field(
            alias="GiftId",
            description="ID of the new gift.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ]
    """ID of the new gift."""

    icon_url: Annotated[
        str | None,
        Field(
            alias="IconUrl",
            description="Thumbnail URL.",
            json_schema_extra={"x-max-bytes": 200, "x-limits": {"max_bytes": 200}},
        ),
    ] = None
    """Thumbnail URL."""

    resource_url: Annotated[
        str | None,
        Field(
            alias="ResourceUrl",
            description="Effect resource URL (such as a full-screen mp4 or svga).",
            json_schema_extra={"x-max-bytes": 200, "x-limits": {"max_bytes": 200}},
        ),
    ] = None
    """Effect resource URL (such as a full-screen mp4 or svga)."""

    coins: Annotated[int, Field(alias="Coins", description="Price in virtual coins.")]
    """Price in virtual coins."""

    level: Annotated[int | None, Field(alias="Level", description="Gift level. Server default when omitted: 0.")] = None
    """Gift level. Server default when omitted: 0."""

    extension_info: Annotated[
        str | None,
        Field(
            alias="ExtensionInfo",
            description="App-defined data; must be a JSON string.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """App-defined data; must be a JSON string."""

    default_name: Annotated[
        str,
        Field(
            alias="DefaultName",
            description="Default name.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ]
    """Default name."""

    default_desc: Annotated[
        str | None,
        Field(
            alias="DefaultDesc",
            description="Default description.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ] = None
    """Default description."""


class AddGiftResponse(Envelope):
    """
    Reply of live_engine_http_srv/add_gift (envelope keys included).
    """


class GetGiftRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_gift: Get a gift.
    """

    gift_id: Annotated[str, Field(alias="GiftId", description="Gift to read.")]
    """Gift to read."""


class DelGiftRequest(RequestModel):
    """
    Request of live_engine_http_srv/del_gift: Delete a gift.
    """

    gift_id: Annotated[str, Field(alias="GiftId", description="Gift to delete.")]
    """Gift to delete."""


class DelGiftResponse(Envelope):
    """
    Reply of live_engine_http_srv/del_gift (envelope keys included).
    """


class AddGiftCategoryRequest(RequestModel):
    """
    Request of live_engine_http_srv/add_gift_category: Add a gift category.
    """

    category_id: Annotated[
        str,
        Field(
            alias="CategoryId",
            description="ID of the new category.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ]
    """ID of the new category."""

    extension_info: Annotated[
        str | None,
        Field(
            alias="ExtensionInfo",
            description="App-defined data; must be a JSON string.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """App-defined data; must be a JSON string."""

    default_name: Annotated[
        str,
        Field(
            alias="DefaultName",
            description="Default name.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ]
    """Default name."""

    default_desc: Annotated[
        str | None,
        Field(
            alias="DefaultDesc",
            description="Default description.",
            json_schema_extra={"x-max-bytes": 60, "x-limits": {"max_bytes": 60}},
        ),
    ] = None
    """Default description."""


class AddGiftCategoryResponse(Envelope):
    """
    Reply of live_engine_http_srv/add_gift_category (envelope keys included).
    """


class GetGiftCategoryRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_gift_category: Get a gift category.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category to read.")]
    """Category to read."""


class DelGiftCategoryRequest(RequestModel):
    """
    Request of live_engine_http_srv/del_gift_category: Delete a gift category.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category to delete.")]
    """Category to delete."""


class DelGiftCategoryResponse(Envelope):
    """
    Reply of live_engine_http_srv/del_gift_category (envelope keys included).
    """


class AddGiftCategoryRelationsRequest(RequestModel):
    """
    Request of live_engine_http_srv/add_gift_category_relations: Link gifts to a category.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category to change.")]
    """Category to change."""

    gift_id_list: Annotated[
        list[str],
        Field(
            alias="GiftIdList",
            description="Gifts to link.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Gifts to link."""


class AddGiftCategoryRelationsResponse(Envelope):
    """
    Reply of live_engine_http_srv/add_gift_category_relations (envelope keys included).
    """

    invalid_gift_id_list: Annotated[
        list[str] | None,
        Field(alias="InvalidGiftIdList", description="Gift IDs that were not linked; drop them from the request."),
    ] = None
    """Gift IDs that were not linked; drop them from the request."""


class DelGiftCategoryRelationsRequest(RequestModel):
    """
    Request of live_engine_http_srv/del_gift_category_relations: Unlink gifts from a category.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category to change.")]
    """Category to change."""

    gift_id_list: Annotated[
        list[str],
        Field(
            alias="GiftIdList",
            description="Gifts to unlink.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Gifts to unlink."""


class DelGiftCategoryRelationsResponse(Envelope):
    """
    Reply of live_engine_http_srv/del_gift_category_relations (envelope keys included).
    """


class GetGiftCategoryRelationsRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_gift_category_relations: List the gifts of a category.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category to read.")]
    """Category to read."""


class SetGiftLanguageRequest(RequestModel):
    """
    Request of live_engine_http_srv/set_gift_language: Set a gift translation.
    """

    gift_id: Annotated[
        str,
        Field(
            alias="GiftId",
            description="Gift to translate.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ]
    """Gift to translate."""

    language: Annotated[
        GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        Field(alias="Language", description="Language of the texts."),
    ]
    """Language of the texts."""

    name: Annotated[
        str | None,
        Field(
            alias="Name",
            description="Name in that language; required the first time a language is set.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ] = None
    """Name in that language; required the first time a language is set."""

    desc: Annotated[
        str | None,
        Field(
            alias="Desc",
            description="Description in that language.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ] = None
    """Description in that language."""


class SetGiftLanguageResponse(Envelope):
    """
    Reply of live_engine_http_srv/set_gift_language (envelope keys included).
    """


class GetGiftLanguageRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_gift_language: Get a gift translation.
    """

    gift_id: Annotated[str, Field(alias="GiftId", description="Gift to read.")]
    """Gift to read."""

    language: Annotated[
        GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"], Field(alias="Language", description="Language to read.")
    ]
    """Language to read."""


class DelGiftLanguageRequest(RequestModel):
    """
    Request of live_engine_http_srv/del_gift_language: Delete a gift translation.
    """

    gift_id: Annotated[str, Field(alias="GiftId", description="Gift to change.")]
    """Gift to change."""

    language: Annotated[
        GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"], Field(alias="Language", description="Language to remove.")
    ]
    """Language to remove."""


class DelGiftLanguageResponse(Envelope):
    """
    Reply of live_engine_http_srv/del_gift_language (envelope keys included).
    """


class SetGiftCategoryLanguageRequest(RequestModel):
    """
    Request of live_engine_http_srv/set_gift_category_language: Set a gift category translation.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category to translate.")]
    """Category to translate."""

    language: Annotated[
        GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"],
        Field(alias="Language", description="Language of the texts."),
    ]
    """Language of the texts."""

    category_name: Annotated[
        str | None,
        Field(alias="CategoryName", description="Name in that language; required the first time a language is set."),
    ] = None
    """Name in that language; required the first time a language is set."""

    category_desc: Annotated[str | None, Field(alias="CategoryDesc", description="Description in that language.")] = (
        None
    )
    """Description in that language."""


class SetGiftCategoryLanguageResponse(Envelope):
    """
    Reply of live_engine_http_srv/set_gift_category_language (envelope keys included).
    """


class GetGiftCategoryLanguageRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_gift_category_language: Get a gift category translation.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category to read.")]
    """Category to read."""

    language: Annotated[
        GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"], Field(alias="Language", description="Language to read.")
    ]
    """Language to read."""


class DelGiftCategoryLanguageRequest(RequestModel):
    """
    Request of live_engine_http_srv/del_gift_category_language: Delete a gift category translation.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category to change.")]
    """Category to change."""

    language: Annotated[
        GiftLanguage | Literal["en", "zh-Hans", "zh-Hant"], Field(alias="Language", description="Language to remove.")
    ]
    """Language to remove."""


class DelGiftCategoryLanguageResponse(Envelope):
    """
    Reply of live_engine_http_srv/del_gift_category_language (envelope keys included).
    """


class SendGiftRequest(RequestModel):
    """
    Request of live_engine_http_srv/send_gift: Send a gift.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to send in.")]
    """Room to send in."""

    gift_id: Annotated[str, Field(alias="GiftId", description="Gift to send; it must exist in the catalogue.")]
    """Gift to send; it must exist in the catalogue."""

    count: Annotated[
        int | None,
        Field(
            alias="Count",
            description="Number of gifts (in the sample, not in the field table).",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """Number of gifts (in the sample, not in the field table)."""

    from_account: Annotated[str, Field(alias="From_Account", description="User who sends the gift.")]
    """User who sends the gift."""

    receiver_list_account: Annotated[
        list[str],
        Field(
            alias="ReceiverList_Account",
            description="Users who receive it.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Users who receive it."""


class SendGiftResponse(Envelope):
    """
    Reply of live_engine_http_srv/send_gift (envelope keys included).
    """


class GetGiftCountRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_gift_count: Get gift totals of a user.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""

    from_account: Annotated[str, Field(alias="From_Account", description="User the totals are for.")]
    """User the totals are for."""


class CopyDefaultGiftConfigRequest(RequestModel):
    """
    Request of live_engine_http_srv/copy_default_gift_config: Install the default gift catalogue.
    """


class CopyDefaultGiftConfigResponse(Envelope):
    """
    Reply of live_engine_http_srv/copy_default_gift_config (envelope keys included).
    """


class EditGiftRequest(RequestModel):
    """
    Request of live_engine_http_srv/edit_gift: Change a gift.
    """

    gift_id: Annotated[
        str,
        Field(
            alias="GiftId",
            description="Gift to change.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ]
    """Gift to change."""

    icon_url: Annotated[
        str | None,
        Field(
            alias="IconUrl",
            description="Thumbnail URL.",
            json_schema_extra={"x-max-bytes": 200, "x-limits": {"max_bytes": 200}},
        ),
    ] = None
    """Thumbnail URL."""

    resource_url: Annotated[
        str | None,
        Field(
            alias="ResourceUrl",
            description="Effect resource URL.",
            json_schema_extra={"x-max-bytes": 200, "x-limits": {"max_bytes": 200}},
        ),
    ] = None
    """Effect resource URL."""

    coins: Annotated[int | None, Field(alias="Coins", description="Price in virtual coins.")] = None
    """Price in virtual coins."""

    level: Annotated[int | None, Field(alias="Level", description="Gift level.")] = None
    """Gift level."""

    extension_info: Annotated[
        str | None,
        Field(
            alias="ExtensionInfo",
            description="App-defined JSON string.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """App-defined JSON string."""

    default_name: Annotated[
        str | None,
        Field(
            alias="DefaultName",
            description="Default name.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ] = None
    """Default name."""

    default_desc: Annotated[
        str | None,
        Field(
            alias="DefaultDesc",
            description="Default description.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ] = None
    """Default description."""


class EditGiftResponse(Envelope):
    """
    Reply of live_engine_http_srv/edit_gift (envelope keys included).
    """


class EditGiftCategoryRequest(RequestModel):
    """
    Request of live_engine_http_srv/edit_gift_category: Change a gift category.
    """

    category_id: Annotated[
        str,
        Field(
            alias="CategoryId",
            description="Category to change.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ]
    """Category to change."""

    extension_info: Annotated[
        str | None,
        Field(
            alias="ExtensionInfo",
            description="App-defined JSON string.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """App-defined JSON string."""

    default_name: Annotated[
        str | None,
        Field(
            alias="DefaultName",
            description="Default name.",
            json_schema_extra={"x-max-bytes": 20, "x-limits": {"max_bytes": 20}},
        ),
    ] = None
    """Default name."""

    default_desc: Annotated[
        str | None,
        Field(
            alias="DefaultDesc",
            description="Default description.",
            json_schema_extra={"x-max-bytes": 60, "x-limits": {"max_bytes": 60}},
        ),
    ] = None
    """Default description."""


class EditGiftCategoryResponse(Envelope):
    """
    Reply of live_engine_http_srv/edit_gift_category (envelope keys included).
    """


class GetGiftInfoListRequest(RequestModel):
    """
    Request of live_engine_http_srv/get_gift_info_list: List the gift catalogue.
    """

    language: Annotated[
        str | None,
        Field(
            alias="Language",
            description="Language of Name/Desc in the reply; older console code sends zh, newer code an empty body.",
        ),
    ] = None
    """Language of Name/Desc in the reply; older console code sends zh, newer code an empty body."""


class AdminList(ResponseModel):
    """
    Administrators of a room.
    """

    admin_account: Annotated[list[str], Field(alias="Admin_Account", description="User IDs of the administrators.")]
    """User IDs of the administrators."""


class BannedMember(ResponseModel):
    """
    A user banned from a room.
    """

    member_account: Annotated[
        str, Field(alias="Member_Account", description="User ID. The server may also send it as integer.")
    ]
    """User ID. The server may also send it as integer."""

    banned_until: Annotated[
        int | None, Field(alias="BannedUntil", description="When the ban ends. Unit: unix seconds.")
    ] = None
    """When the ban ends. Unit: unix seconds."""


class BannedMemberPage(ResponseModel):
    """
    One page of banned users.
    """

    banned_account_list: Annotated[
        list[BannedMember], Field(alias="BannedAccountList", description="Banned users on this page.")
    ]
    """Banned users on this page."""

    next_offset: Annotated[
        int | None, Field(alias="NextOffset", description="Offset of the next page; 0 when the list is complete.")
    ] = None
    """Offset of the next page; 0 when the list is complete."""


class CategoryText(ResponseModel):
    """
    Name and description of a gift category in one language.
    """

    category_name: Annotated[str | None, Field(alias="CategoryName", description="Name.")] = None
    """Name."""

    category_desc: Annotated[str | None, Field(alias="CategoryDesc", description="Description.")] = None
    """Description."""


class CategoryTextEntry(ResponseModel):
    """
    A category translation inside the undocumented catalogue listing.
    """

    language: Annotated[str, Field(alias="Language", description="Language code.")]
    """Language code."""

    category_name: Annotated[str | None, Field(alias="CategoryName", description="Name.")] = None
    """Name."""

    category_desc: Annotated[str | None, Field(alias="CategoryDesc", description="Description.")] = None
    """Description."""


class CreateRoomResult(ResponseModel):
    """
    The room that was created (newest page only).
    """

    room_id: Annotated[str | None, Field(alias="RoomId", description="ID of the created room.")] = None
    """ID of the created room."""


class DestroyRoomStats(ResponseModel):
    """
    Interaction totals reported when a room is dismissed.
    """

    total_viewers: Annotated[
        int | None,
        Field(alias="TotalViewers", description="Room entries; repeated entries of one user all count. Unit: count."),
    ] = None
    """Room entries; repeated entries of one user all count. Unit: count."""

    total_gifts_sent: Annotated[
        int | None, Field(alias="TotalGiftsSent", description="Gifts sent in the room. Unit: count.")
    ] = None
    """Gifts sent in the room. Unit: count."""

    total_gift_coins: Annotated[
        int | None, Field(alias="TotalGiftCoins", description="Total coin value of those gifts.")
    ] = None
    """Total coin value of those gifts."""

    total_unique_gift_senders: Annotated[
        int | None, Field(alias="TotalUniqueGiftSenders", description="Distinct users who sent gifts. Unit: count.")
    ] = None
    """Distinct users who sent gifts. Unit: count."""

    total_likes_received: Annotated[
        int | None, Field(alias="TotalLikesReceived", description="Likes received. Unit: count.")
    ] = None
    """Likes received. Unit: count."""


class GiftCategoryInfo(ResponseModel):
    """
    A gift category definition.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category ID.")]
    """Category ID."""

    extension_info: Annotated[str | None, Field(alias="ExtensionInfo", description="App-defined JSON string.")] = None
    """App-defined JSON string."""

    default_name: Annotated[str | None, Field(alias="DefaultName", description="Default name.")] = None
    """Default name."""

    default_desc: Annotated[str | None, Field(alias="DefaultDesc", description="Default description.")] = None
    """Default description."""


class GiftCategoryRelation(ResponseModel):
    """
    Gifts linked to a category.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category ID.")]
    """Category ID."""

    gift_id_list: Annotated[list[str], Field(alias="GiftIdList", description="IDs of the linked gifts.")]
    """IDs of the linked gifts."""


class GiftCount(ResponseModel):
    """
    Gift totals of a user in a room.
    """

    sequence: Annotated[
        int | None,
        Field(
            alias="Sequence", description="Sequence number of the statistics (in the sample, not in the field table)."
        ),
    ] = None
    """Sequence number of the statistics (in the sample, not in the field table)."""

    total_count: Annotated[int | None, Field(alias="TotalCount", description="Gifts in total. Unit: count.")] = None
    """Gifts in total. Unit: count."""

    total_coins: Annotated[int | None, Field(alias="TotalCoins", description="Total coin value.")] = None
    """Total coin value."""

    gift_sender_count: Annotated[
        int | None, Field(alias="GiftSenderCount", description="Distinct gift senders. Unit: count.")
    ] = None
    """Distinct gift senders. Unit: count."""


class GiftInfo(ResponseModel):
    """
    A gift definition.
    """

    gift_id: Annotated[str, Field(alias="GiftId", description="Gift ID.")]
    """Gift ID."""

    icon_url: Annotated[
        str | None,
        Field(alias="IconUrl", description="Thumbnail URL (the field table spells it IconURL, the sample IconUrl)."),
    ] = None
    """Thumbnail URL (the field table spells it IconURL, the sample IconUrl)."""

    resource_url: Annotated[
        str | None, Field(alias="ResourceUrl", description="Effect resource URL (such as a full-screen mp4 or svga).")
    ] = None
    """Effect resource URL (such as a full-screen mp4 or svga)."""

    coins: Annotated[int | None, Field(alias="Coins", description="Price in virtual coins.")] = None
    """Price in virtual coins."""

    level: Annotated[int | None, Field(alias="Level", description="Gift level.")] = None
    """Gift level."""

    extension_info: Annotated[str | None, Field(alias="ExtensionInfo", description="App-defined JSON string.")] = None
    """App-defined JSON string."""

    default_name: Annotated[str | None, Field(alias="DefaultName", description="Default name.")] = None
    """Default name."""

    default_desc: Annotated[str | None, Field(alias="DefaultDesc", description="Default description.")] = None
    """Default description."""


class GiftText(ResponseModel):
    """
    Name and description of a gift in one language.
    """

    name: Annotated[str | None, Field(alias="Name", description="Name.")] = None
    """Name."""

    desc: Annotated[str | None, Field(alias="Desc", description="Description.")] = None
    """Description."""


class GiftTextEntry(ResponseModel):
    """
    A gift translation inside the undocumented catalogue listing.
    """

    language: Annotated[str, Field(alias="Language", description="Language code.")]
    """Language code."""

    name: Annotated[str | None, Field(alias="Name", description="Name.")] = None
    """Name."""

    desc: Annotated[str | None, Field(alias="Desc", description="Description.")] = None
    """Description."""


class LiveRoomInfo(ResponseModel):
    """
    Stored settings and counters of a live room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room ID.")]
    """Room ID."""

    room_name: Annotated[str | None, Field(alias="RoomName", description="Display name.")] = None
    """Display name."""

    room_type: Annotated[RoomType | None, Field(alias="RoomType", description="Kind of room.")] = None
    """Kind of room."""

    owner_account: Annotated[
        str | None,
        Field(
            alias="Owner_Account",
            description="User ID of the owner; some samples send it as a bare number. The server may also send it as integer.",
        ),
    ] = None
    """User ID of the owner; some samples send it as a bare number. The server may also send it as integer."""

    create_time: Annotated[
        int | None, Field(alias="CreateTime", description="When the room was created. Unit: unix seconds.")
    ] = None
    """When the room was created. Unit: unix seconds."""

    is_seat_enabled: Annotated[bool | None, Field(alias="IsSeatEnabled", description="Whether the room has seats.")] = (
        None
    )
    """Whether the room has seats."""

    take_seat_mode: Annotated[
        TakeSeatMode | None,
        Field(
            alias="TakeSeatMode",
            description="Seat mode; older samples send 1 (free) or 2 (apply), kept as the plain value. The server may also send it as integer.",
        ),
    ] = None
    """Seat mode; older samples send 1 (free) or 2 (apply), kept as the plain value. The server may also send it as integer."""

    max_seat_count: Annotated[int | None, Field(alias="MaxSeatCount", description="Number of seats.")] = None
    """Number of seats."""

    max_member_count: Annotated[int | None, Field(alias="MaxMemberCount", description="Member cap.")] = None
    """Member cap."""

    is_message_disabled: Annotated[
        bool | None,
        Field(
            alias="IsMessageDisabled",
            description="Whether audience chat is off. The server may also send it as string.",
        ),
    ] = None
    """Whether audience chat is off. The server may also send it as string."""

    cover_url: Annotated[str | None, Field(alias="CoverURL", description="Cover image URL.")] = None
    """Cover image URL."""

    category: Annotated[list[int] | None, Field(alias="Category", description="Category tags.")] = None
    """Category tags."""

    activity_status: Annotated[int | None, Field(alias="ActivityStatus", description="App-defined status value.")] = (
        None
    )
    """App-defined status value."""

    view_count: Annotated[int | None, Field(alias="ViewCount", description="Number of views. Unit: count.")] = None
    """Number of views. Unit: count."""

    is_public_visible: Annotated[
        bool | None, Field(alias="IsPublicVisible", description="Whether the room shows up in get_room_list.")
    ] = None
    """Whether the room shows up in get_room_list."""


class LiveRoomListItem(ResponseModel):
    """
    A public room in the room list.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room ID.")]
    """Room ID."""

    room_name: Annotated[str | None, Field(alias="RoomName", description="Display name.")] = None
    """Display name."""

    owner_account: Annotated[
        str | None,
        Field(alias="Owner_Account", description="User ID of the owner. The server may also send it as integer."),
    ] = None
    """User ID of the owner. The server may also send it as integer."""

    cover_url: Annotated[str | None, Field(alias="CoverURL", description="Cover image URL.")] = None
    """Cover image URL."""

    category: Annotated[list[int] | None, Field(alias="Category", description="Category tags.")] = None
    """Category tags."""

    create_time: Annotated[
        int | None, Field(alias="CreateTime", description="When the room was created. Unit: unix seconds.")
    ] = None
    """When the room was created. Unit: unix seconds."""

    activity_status: Annotated[int | None, Field(alias="ActivityStatus", description="App-defined status value.")] = (
        None
    )
    """App-defined status value."""

    view_count: Annotated[
        int | None, Field(alias="ViewCount", description="Number of views; the list is sorted on it. Unit: count.")
    ] = None
    """Number of views; the list is sorted on it. Unit: count."""


class LiveRoomUpdateParam(RequestModel):
    """
    A room and the settings to change; omitted fields keep their value.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    room_name: Annotated[
        str | None,
        Field(
            alias="RoomName",
            description="New display name (limit taken from create_room).",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """New display name (limit taken from create_room)."""

    max_member_count: Annotated[
        int | None,
        Field(
            alias="MaxMemberCount", description="New member cap.", ge=1, json_schema_extra={"x-limits": {"minimum": 1}}
        ),
    ] = None
    """New member cap."""

    is_message_disabled: Annotated[
        bool | None,
        Field(alias="IsMessageDisabled", description="Stop everyone but the owner and administrators from chatting."),
    ] = None
    """Stop everyone but the owner and administrators from chatting."""

    cover_url: Annotated[
        str | None,
        Field(
            alias="CoverURL",
            description="New cover image URL (limit taken from create_room).",
            json_schema_extra={"x-max-bytes": 200, "x-limits": {"max_bytes": 200}},
        ),
    ] = None
    """New cover image URL (limit taken from create_room)."""

    category: Annotated[
        list[int] | None,
        Field(
            alias="Category",
            description="New category tags.",
            json_schema_extra={"x-limits": {"max_items": 3}},
            max_length=3,
        ),
    ] = None
    """New category tags."""

    activity_status: Annotated[
        int | None, Field(alias="ActivityStatus", description="New app-defined status value.")
    ] = None
    """New app-defined status value."""

    is_public_visible: Annotated[
        bool | None, Field(alias="IsPublicVisible", description="Whether the room shows up in get_room_list.")
    ] = None
    """Whether the room shows up in get_room_list."""

    take_seat_mode: Annotated[
        TakeSeatMode | Literal["FreeToTake", "ApplyToTake"] | None,
        Field(alias="TakeSeatMode", description="New seat mode."),
    ] = None
    """New seat mode."""

    notice: Annotated[
        str | None,
        Field(
            alias="Notice",
            description="Room notice (2026 pages).",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """Room notice (2026 pages)."""


class MetadataItemParam(RequestModel):
    """
    One custom metadata entry of a room.
    """

    key: Annotated[
        str,
        Field(
            alias="Key",
            description="Metadata key.",
            json_schema_extra={"x-max-bytes": 50, "x-limits": {"max_bytes": 50}},
        ),
    ]
    """Metadata key."""

    value: Annotated[
        str,
        Field(
            alias="Value",
            description="Metadata value (at most 2 KB).",
            json_schema_extra={"x-max-bytes": 2048, "x-limits": {"max_bytes": 2048}},
        ),
    ]
    """Metadata value (at most 2 KB)."""


class MetadataItem(ResponseModel):
    """
    One custom metadata entry of a room.
    """

    key: Annotated[str, Field(alias="Key", description="Metadata key.")]
    """Metadata key."""

    value: Annotated[str, Field(alias="Value", description="Metadata value (at most 2 KB).")]
    """Metadata value (at most 2 KB)."""


class MutedMember(ResponseModel):
    """
    A user muted in a room.
    """

    member_account: Annotated[
        str, Field(alias="Member_Account", description="User ID. The server may also send it as integer.")
    ]
    """User ID. The server may also send it as integer."""

    muted_until: Annotated[
        int | None, Field(alias="MutedUntil", description="When the mute ends. Unit: unix seconds.")
    ] = None
    """When the mute ends. Unit: unix seconds."""


class MutedMemberList(ResponseModel):
    """
    Users muted in a room.
    """

    muted_account_list: Annotated[list[MutedMember], Field(alias="MutedAccountList", description="Muted users.")]
    """Muted users."""


class NewLiveRoomInfoParam(RequestModel):
    """
    Settings of a live room to create (the union of the three documented generations of create_room).
    """

    room_id: Annotated[
        str,
        Field(
            alias="RoomId",
            description="ID of the new room; a prefix can tell room kinds apart.",
            json_schema_extra={"x-max-bytes": 48, "x-limits": {"max_bytes": 48}},
        ),
    ]
    """ID of the new room; a prefix can tell room kinds apart."""

    room_type: Annotated[RoomType | Literal["Live"], Field(alias="RoomType", description="Kind of room; always Live.")]
    """Kind of room; always Live."""

    seat_template: Annotated[
        str | None,
        Field(
            alias="SeatTemplate",
            description="Layout template of the room (required by the 2026 pages; see the notes). Known values: VideoDynamicGrid9Seats, VideoDynamicFloat7Seats, VideoFixedGrid9Seats, VideoFixedFloat7Seats, VideoLandscape4Seats, AudioSalon, Karaoke.",
        ),
    ] = None
    """Layout template of the room (required by the 2026 pages; see the notes). Known values: VideoDynamicGrid9Seats, VideoDynamicFloat7Seats, VideoFixedGrid9Seats, VideoFixedFloat7Seats, VideoLandscape4Seats, AudioSalon, Karaoke."""

    owner_account: Annotated[
        str | None,
        Field(
            alias="Owner_Account",
            description="User ID of the host; the account must already be imported. Server default when omitted: the calling administrator.",
        ),
    ] = None
    """User ID of the host; the account must already be imported. Server default when omitted: the calling administrator."""

    take_seat_mode: Annotated[
        TakeSeatMode | Literal["FreeToTake", "ApplyToTake"] | None,
        Field(
            alias="TakeSeatMode",
            description="How audience members get onto a seat. Server default when omitted: FreeToTake.",
        ),
    ] = None
    """How audience members get onto a seat. Server default when omitted: FreeToTake."""

    max_seat_count: Annotated[
        int | None,
        Field(
            alias="MaxSeatCount",
            description="Number of seats, capped by the package; meaningful for voice chat templates.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """Number of seats, capped by the package; meaningful for voice chat templates."""

    is_message_disabled: Annotated[
        bool | None,
        Field(
            alias="IsMessageDisabled",
            description="Stop the audience from sending chat messages. Server default when omitted: False.",
        ),
    ] = None
    """Stop the audience from sending chat messages. Server default when omitted: False."""

    is_public_visible: Annotated[
        bool | None,
        Field(
            alias="IsPublicVisible",
            description="Whether the room shows up in get_room_list. Server default when omitted: True.",
        ),
    ] = None
    """Whether the room shows up in get_room_list. Server default when omitted: True."""

    room_name: Annotated[
        str | None,
        Field(
            alias="RoomName",
            description="Display name of the room. Server default when omitted: the RoomId.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """Display name of the room. Server default when omitted: the RoomId."""

    cover_url: Annotated[
        str | None,
        Field(
            alias="CoverURL",
            description="Cover image URL.",
            json_schema_extra={"x-max-bytes": 200, "x-limits": {"max_bytes": 200}},
        ),
    ] = None
    """Cover image URL."""

    category: Annotated[
        list[int] | None,
        Field(
            alias="Category",
            description="App-defined category tags (such as game or music).",
            json_schema_extra={"x-limits": {"max_items": 3}},
            max_length=3,
        ),
    ] = None
    """App-defined category tags (such as game or music)."""

    activity_status: Annotated[
        int | None, Field(alias="ActivityStatus", description="App-defined status value of the room.")
    ] = None
    """App-defined status value of the room."""

    is_seat_enabled: Annotated[
        bool | None,
        Field(
            alias="IsSeatEnabled",
            description="Whether the room has seats (2024 pages; superseded by SeatTemplate). Server default when omitted: False.",
        ),
    ] = None
    """Whether the room has seats (2024 pages; superseded by SeatTemplate). Server default when omitted: False."""

    max_member_count: Annotated[
        int | None,
        Field(
            alias="MaxMemberCount",
            description="Member cap (2024 pages). Server default when omitted: the member limit of the package.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """Member cap (2024 pages). Server default when omitted: the member limit of the package."""

    is_unlimited_room_enabled: Annotated[
        bool | None,
        Field(
            alias="IsUnlimitedRoomEnabled",
            description="Enables the large-room mode that resume_mcu_task relies on (2026-01 sample).",
        ),
    ] = None
    """Enables the large-room mode that resume_mcu_task relies on (2026-01 sample)."""

    seat_layout_template_id: Annotated[
        int | None,
        Field(
            alias="SeatLayoutTemplateId",
            description="Numeric layout template (2026-01 sample): 600 dynamic 9-grid, 601 dynamic 1+6 float, 800 fixed 9-grid, 801 fixed 1+6 float, 200 landscape 4 seats.",
        ),
    ] = None
    """Numeric layout template (2026-01 sample): 600 dynamic 9-grid, 601 dynamic 1+6 float, 800 fixed 9-grid, 801 fixed 1+6 float, 200 landscape 4 seats."""

    keep_owner_on_seat: Annotated[
        bool | None,
        Field(
            alias="KeepOwnerOnSeat",
            description="Whether the host stays on a seat; not on the REST pages, sent by Tencent's TUILiveKit_Manager console (false for OBS/robot streaming).",
        ),
    ] = None
    """Whether the host stays on a seat; not on the REST pages, sent by Tencent's TUILiveKit_Manager console (false for OBS/robot streaming)."""


class RobotList(ResponseModel):
    """
    Robot accounts in a room.
    """

    robot_list_account: Annotated[list[str], Field(alias="RobotList_Account", description="User IDs of the robots.")]
    """User IDs of the robots."""


class RoomListPage(ResponseModel):
    """
    One page of the room list.
    """

    next: Annotated[str, Field(alias="Next", description="Cursor of the next page; empty when the list is complete.")]
    """Cursor of the next page; empty when the list is complete."""

    room_list: Annotated[list[LiveRoomListItem], Field(alias="RoomList", description="Rooms on this page.")]
    """Rooms on this page."""


class RoomMember(ResponseModel):
    """
    An online member of a room.
    """

    member_account: Annotated[
        str, Field(alias="Member_Account", description="User ID. The server may also send it as integer.")
    ]
    """User ID. The server may also send it as integer."""


class RoomMetadata(ResponseModel):
    """
    Metadata entries of a room.
    """

    metadata: Annotated[list[MetadataItem], Field(alias="Metadata", description="The entries that exist.")]
    """The entries that exist."""


class RoomStats(ResponseModel):
    """
    Interaction totals of a room, as get_room_stats reports them.
    """

    total_viewers: Annotated[
        int | None,
        Field(alias="TotalViewers", description="Room entries; repeated entries of one user all count. Unit: count."),
    ] = None
    """Room entries; repeated entries of one user all count. Unit: count."""

    total_gifts_sent: Annotated[
        int | None, Field(alias="TotalGiftsSent", description="Gifts sent in the room. Unit: count.")
    ] = None
    """Gifts sent in the room. Unit: count."""

    total_gift_coins: Annotated[
        int | None, Field(alias="TotalGiftCoins", description="Total coin value of those gifts.")
    ] = None
    """Total coin value of those gifts."""

    total_unique_gift_senders: Annotated[
        int | None, Field(alias="TotalUniqueGiftSenders", description="Distinct users who sent gifts. Unit: count.")
    ] = None
    """Distinct users who sent gifts. Unit: count."""

    total_likes_received: Annotated[
        int | None, Field(alias="TotalLikesReceived", description="Likes received. Unit: count.")
    ] = None
    """Likes received. Unit: count."""

    total_msg_count: Annotated[
        int | None, Field(alias="TotalMsgCount", description="Messages sent in the room. Unit: count.")
    ] = None
    """Messages sent in the room. Unit: count."""


class SendMsgResult(ResponseModel):
    """
    Where a room message landed.
    """

    msg_time: Annotated[
        int | None, Field(alias="MsgTime", description="Timestamp of the message. Unit: unix seconds.")
    ] = None
    """Timestamp of the message. Unit: unix seconds."""

    msg_seq: Annotated[int | None, Field(alias="MsgSeq", description="Sequence number of the message in the room.")] = (
        None
    )
    """Sequence number of the message in the room."""

    msg_drop_reason: Annotated[
        str | None,
        Field(
            alias="MsgDropReason",
            description="Why the message was dropped (such as MsgFreqCtrl); absent when delivered.",
        ),
    ] = None
    """Why the message was dropped (such as MsgFreqCtrl); absent when delivered."""


class CreateRoomRequest(RequestModel):
    """
    Request of live_engine_http_srv/create_room: Create a live room.
    """

    room_info: Annotated[NewLiveRoomInfoParam, Field(alias="RoomInfo", description="Settings of the new room.")]
    """Settings of the new room."""


class CreateRoomResponse(Envelope):
    """
    Reply of live_engine_http_srv/create_room (envelope keys included).
    """

    response: Annotated[
        CreateRoomResult | None,
        Field(
            alias="Response",
            description="The created room ID (newest page only; older pages reply with the envelope alone).",
        ),
    ] = None
    """The created room ID (newest page only; older pages reply with the envelope alone)."""


class UpdateRoomInfoRequest(RequestModel):
    """
    Request of live_engine_http_srv/update_room_info: Change a live room.
    """

    room_info: Annotated[
        LiveRoomUpdateParam, Field(alias="RoomInfo", description="The room and the settings to change.")
    ]
    """The room and the settings to change."""


class GetRoomListResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_room_list (envelope keys included).
    """

    response: Annotated[RoomListPage, Field(alias="Response", description="One page of rooms.")]
    """One page of rooms."""


class GetRoomMetadataResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_room_metadata (envelope keys included).
    """

    response: Annotated[RoomMetadata, Field(alias="Response", description="The entries found.")]
    """The entries found."""


class SetRoomMetadataRequest(RequestModel):
    """
    Request of live_engine_http_srv/set_room_metadata: Set room metadata.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    metadata: Annotated[
        list[MetadataItemParam],
        Field(
            alias="Metadata",
            description="Entries to add or overwrite; a room holds at most 10 keys and 16 KB of values.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 10}},
            max_length=10,
            min_length=1,
        ),
    ]
    """Entries to add or overwrite; a room holds at most 10 keys and 16 KB of values."""


class GetRoomStatsResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_room_stats (envelope keys included).
    """

    response: Annotated[RoomStats, Field(alias="Response", description="The totals.")]
    """The totals."""


class GetRoomStatisticResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_room_statistic (envelope keys included).
    """

    response: Annotated[RoomStats, Field(alias="Response", description="The totals.")]
    """The totals."""


class GetAdminListResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_admin_list (envelope keys included).
    """

    response: Annotated[AdminList, Field(alias="Response", description="The administrators.")]
    """The administrators."""


class GetBannedMemberListResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_banned_member_list (envelope keys included).
    """

    response: Annotated[BannedMemberPage, Field(alias="Response", description="One page of banned users.")]
    """One page of banned users."""


class GetMutedMemberListResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_muted_member_list (envelope keys included).
    """

    response: Annotated[MutedMemberList, Field(alias="Response", description="The muted users.")]
    """The muted users."""


class SendTextMsgResponse(Envelope):
    """
    Reply of live_engine_http_srv/send_text_msg (envelope keys included).
    """

    response: Annotated[
        SendMsgResult | None, Field(alias="Response", description="Timestamp and sequence of the message.")
    ] = None
    """Timestamp and sequence of the message."""


class SendCustomMsgResponse(Envelope):
    """
    Reply of live_engine_http_srv/send_custom_msg (envelope keys included).
    """

    response: Annotated[
        SendMsgResult | None, Field(alias="Response", description="Timestamp and sequence of the message.")
    ] = None
    """Timestamp and sequence of the message."""


class GetRobotResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_robot (envelope keys included).
    """

    response: Annotated[RobotList, Field(alias="Response", description="The robots.")]
    """The robots."""


class GetGiftResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_gift (envelope keys included).
    """

    gift_info: Annotated[
        GiftInfo,
        Field(alias="GiftInfo", description="The gift; sent at the top level of the reply, not under Response."),
    ]
    """The gift; sent at the top level of the reply, not under Response."""


class GetGiftCategoryResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_gift_category (envelope keys included).
    """

    gift_category_info: Annotated[
        GiftCategoryInfo,
        Field(alias="GiftCategoryInfo", description="The category; sent at the top level of the reply."),
    ]
    """The category; sent at the top level of the reply."""


class GetGiftCategoryRelationsResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_gift_category_relations (envelope keys included).
    """

    relation: Annotated[
        GiftCategoryRelation, Field(alias="Relation", description="The links; sent at the top level of the reply.")
    ]
    """The links; sent at the top level of the reply."""


class GetGiftCountResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_gift_count (envelope keys included).
    """

    response: Annotated[GiftCount, Field(alias="Response", description="The totals.")]
    """The totals."""


class CategoryCatalogItem(ResponseModel):
    """
    A gift category inside the undocumented catalogue listing.
    """

    category_id: Annotated[str, Field(alias="CategoryId", description="Category ID.")]
    """Category ID."""

    category_name: Annotated[str | None, Field(alias="CategoryName", description="Name in the requested language.")] = (
        None
    )
    """Name in the requested language."""

    category_desc: Annotated[
        str | None, Field(alias="CategoryDesc", description="Description in the requested language.")
    ] = None
    """Description in the requested language."""

    category_extension: Annotated[
        str | None, Field(alias="CategoryExtension", description="App-defined JSON string.")
    ] = None
    """App-defined JSON string."""

    gift_id_list: Annotated[list[str] | None, Field(alias="GiftIdList", description="IDs of the linked gifts.")] = None
    """IDs of the linked gifts."""

    language_list: Annotated[
        list[CategoryTextEntry] | None, Field(alias="LanguageList", description="Translations.")
    ] = None
    """Translations."""


class CategoryLanguageWrapper(ResponseModel):
    """
    A category translation under Response.Language (as Tencent's console code reads it).
    """

    language: Annotated[CategoryText | None, Field(alias="Language", description="The translation.")] = None
    """The translation."""


class DestroyRoomResult(ResponseModel):
    """
    Final statistics of a dismissed room.
    """

    statistic: Annotated[
        DestroyRoomStats | None, Field(alias="Statistic", description="Totals of the live session.")
    ] = None
    """Totals of the live session."""


class GetRoomInfoResult(ResponseModel):
    """
    One live room.
    """

    room_info: Annotated[LiveRoomInfo, Field(alias="RoomInfo", description="The room.")]
    """The room."""


class GiftCatalogItem(ResponseModel):
    """
    A gift inside the undocumented catalogue listing.
    """

    gift_id: Annotated[str, Field(alias="GiftId", description="Gift ID.")]
    """Gift ID."""

    name: Annotated[str | None, Field(alias="Name", description="Name in the requested language.")] = None
    """Name in the requested language."""

    desc: Annotated[str | None, Field(alias="Desc", description="Description in the requested language.")] = None
    """Description in the requested language."""

    icon_url: Annotated[str | None, Field(alias="IconUrl", description="Thumbnail URL.")] = None
    """Thumbnail URL."""

    resource_url: Annotated[str | None, Field(alias="ResourceUrl", description="Effect resource URL.")] = None
    """Effect resource URL."""

    coins: Annotated[int | None, Field(alias="Coins", description="Price in virtual coins.")] = None
    """Price in virtual coins."""

    level: Annotated[int | None, Field(alias="Level", description="Gift level.")] = None
    """Gift level."""

    extension_info: Annotated[str | None, Field(alias="ExtensionInfo", description="App-defined JSON string.")] = None
    """App-defined JSON string."""

    language_list: Annotated[list[GiftTextEntry] | None, Field(alias="LanguageList", description="Translations.")] = (
        None
    )
    """Translations."""

    create_time: Annotated[
        Any | None, Field(alias="CreateTime", description="Creation time; its JSON type is unknown.")
    ] = None
    """Creation time; its JSON type is unknown."""


class GiftLanguageWrapper(ResponseModel):
    """
    A gift translation under Response.Language (as Tencent's console code reads it).
    """

    language: Annotated[GiftText | None, Field(alias="Language", description="The translation.")] = None
    """The translation."""


class MemberListPage(ResponseModel):
    """
    One page of the online member list.
    """

    next: Annotated[str, Field(alias="Next", description="Cursor of the next page; empty when the list is complete.")]
    """Cursor of the next page; empty when the list is complete."""

    member_count: Annotated[int | None, Field(alias="MemberCount", description="Members in the room. Unit: count.")] = (
        None
    )
    """Members in the room. Unit: count."""

    member_list: Annotated[list[RoomMember], Field(alias="MemberList", description="Members on this page.")]
    """Members on this page."""


class DestroyRoomResponse(Envelope):
    """
    Reply of live_engine_http_srv/destroy_room (envelope keys included).
    """

    response: Annotated[
        DestroyRoomResult | None,
        Field(
            alias="Response",
            description="Final statistics (newer pages; the 2024 page replies with the envelope alone).",
        ),
    ] = None
    """Final statistics (newer pages; the 2024 page replies with the envelope alone)."""


class GetRoomInfoResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_room_info (envelope keys included).
    """

    response: Annotated[GetRoomInfoResult, Field(alias="Response", description="The room.")]
    """The room."""


class GetMemberListResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_member_list (envelope keys included).
    """

    response: Annotated[MemberListPage, Field(alias="Response", description="One page of members.")]
    """One page of members."""


class GetGiftLanguageResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_gift_language (envelope keys included).
    """

    gift_info: Annotated[
        GiftText | None,
        Field(
            alias="GiftInfo",
            description="The translation at the top level of the reply, as every official sample sends it.",
        ),
    ] = None
    """The translation at the top level of the reply, as every official sample sends it."""

    response: Annotated[
        GiftLanguageWrapper | None,
        Field(
            alias="Response",
            description="The translation under Response.Language, as Tencent's newer console code reads it.",
        ),
    ] = None
    """The translation under Response.Language, as Tencent's newer console code reads it."""


class GetGiftCategoryLanguageResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_gift_category_language (envelope keys included).
    """

    category_info: Annotated[
        CategoryText | None,
        Field(
            alias="CategoryInfo",
            description="The translation at the top level of the reply, as every official sample sends it.",
        ),
    ] = None
    """The translation at the top level of the reply, as every official sample sends it."""

    response: Annotated[
        CategoryLanguageWrapper | None,
        Field(
            alias="Response",
            description="The translation under Response.Language, as Tencent's newer console code reads it.",
        ),
    ] = None
    """The translation under Response.Language, as Tencent's newer console code reads it."""


class GiftCatalog(ResponseModel):
    """
    The whole gift catalogue as the undocumented get_gift_info_list returns it.
    """

    gift_list: Annotated[list[GiftCatalogItem] | None, Field(alias="GiftList", description="Gifts.")] = None
    """Gifts."""

    category_list: Annotated[
        list[CategoryCatalogItem] | None, Field(alias="CategoryList", description="Categories.")
    ] = None
    """Categories."""

    total_count: Annotated[int | None, Field(alias="TotalCount", description="Number of gifts. Unit: count.")] = None
    """Number of gifts. Unit: count."""


class GetGiftInfoListResponse(Envelope):
    """
    Reply of live_engine_http_srv/get_gift_info_list (envelope keys included).
    """

    response: Annotated[GiftCatalog | None, Field(alias="Response", description="The catalogue.")] = None
    """The catalogue."""
