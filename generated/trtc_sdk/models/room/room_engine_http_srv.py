# generated from spec/room.yaml, spec/room.events.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.room._enums import AssignableRole, MarkCommandType, MemberRole, RoomStatus, RoomType, TakeSeatMode


class CreateRoomResponse(Envelope):
    """
    Reply of room_engine_http_srv/create_room (envelope keys included).
    """


class DestroyRoomRequest(RequestModel):
    """
    Request of room_engine_http_srv/destroy_room: Destroy a room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to dissolve.")]
    """Room to dissolve."""


class DestroyRoomResponse(Envelope):
    """
    Reply of room_engine_http_srv/destroy_room (envelope keys included).
    """


class UpdateRoomInfoResponse(Envelope):
    """
    Reply of room_engine_http_srv/update_room_info (envelope keys included).
    """


class GetRoomInfoRequest(RequestModel):
    """
    Request of room_engine_http_srv/get_room_info: Get room settings.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""


class GetRoomMemberListRequest(RequestModel):
    """
    Request of room_engine_http_srv/get_room_member_list: List room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room whose members are listed.")]
    """Room whose members are listed."""

    count: Annotated[
        int | None,
        Field(
            alias="Count",
            description="Members per page. Server default when omitted: 50.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ] = None
    """Members per page. Server default when omitted: 50."""

    next: Annotated[
        str | None,
        Field(alias="Next", description="Cursor; empty for the first page, then the Next value of the previous reply."),
    ] = None
    """Cursor; empty for the first page, then the Next value of the previous reply."""


class UpdateRoomMemberInfoResponse(Envelope):
    """
    Reply of room_engine_http_srv/update_room_member_info (envelope keys included).
    """


class ChangeRoomOwnerRequest(RequestModel):
    """
    Request of room_engine_http_srv/change_room_owner: Transfer room ownership.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room whose owner changes.")]
    """Room whose owner changes."""

    from_account: Annotated[str, Field(alias="From_Account", description="Current owner.")]
    """Current owner."""

    new_owner_account: Annotated[
        str, Field(alias="NewOwner_Account", description="New owner; must be a member of the room.")
    ]
    """New owner; must be a member of the room."""


class ChangeRoomOwnerResponse(Envelope):
    """
    Reply of room_engine_http_srv/change_room_owner (envelope keys included).
    """


class MarkRoomMemberResponse(Envelope):
    """
    Reply of room_engine_http_srv/mark_room_member (envelope keys included).
    """


class BanRoomMemberRequest(RequestModel):
    """
    Request of room_engine_http_srv/ban_room_member: Ban room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to ban the users from.")]
    """Room to ban the users from."""

    member_list_account: Annotated[
        list[str],
        Field(
            alias="MemberList_Account",
            description="User IDs to ban.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """User IDs to ban."""

    reason: Annotated[
        str,
        Field(
            alias="Reason",
            description="Ban message passed to the banned users.",
            json_schema_extra={"x-max-bytes": 1000, "x-limits": {"max_bytes": 1000}},
        ),
    ]
    """Ban message passed to the banned users."""

    duration: Annotated[
        int, Field(alias="Duration", description="How long the ban lasts. Unit: seconds.", ge=0, le=4294967295)
    ]
    """How long the ban lasts. Unit: seconds."""


class BanRoomMemberResponse(Envelope):
    """
    Reply of room_engine_http_srv/ban_room_member (envelope keys included).
    """


class UnbanRoomMemberRequest(RequestModel):
    """
    Request of room_engine_http_srv/unban_room_member: Unban room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to unban the users in.")]
    """Room to unban the users in."""

    member_list_account: Annotated[
        list[str],
        Field(
            alias="MemberList_Account",
            description="User IDs to unban.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """User IDs to unban."""


class UnbanRoomMemberResponse(Envelope):
    """
    Reply of room_engine_http_srv/unban_room_member (envelope keys included).
    """


class GetBannedMemberListRequest(RequestModel):
    """
    Request of room_engine_http_srv/get_banned_member_list: List banned members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""

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

    offset: Annotated[
        int | None,
        Field(
            alias="Offset",
            description="Offset; 0 for the first page, then the NextOffset of the previous reply. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0}},
        ),
    ] = None
    """Offset; 0 for the first page, then the NextOffset of the previous reply. Server default when omitted: 0."""


class KickUserOutRequest(RequestModel):
    """
    Request of room_engine_http_srv/kick_user_out: Remove members from a room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to remove the users from.")]
    """Room to remove the users from."""

    member_list_account: Annotated[
        list[str],
        Field(
            alias="MemberList_Account",
            description="User IDs to remove.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """User IDs to remove."""

    reason: Annotated[
        str,
        Field(
            alias="Reason",
            description="Message passed to the removed users.",
            json_schema_extra={"x-max-bytes": 1000, "x-limits": {"max_bytes": 1000}},
        ),
    ]
    """Message passed to the removed users."""


class KickUserOutResponse(Envelope):
    """
    Reply of room_engine_http_srv/kick_user_out (envelope keys included).
    """


MemberListAccountItem = TypeAliasType("MemberListAccountItem", Annotated[int, Field(ge=0, le=18446744073709551615)])


class MuteRoomMemberRequest(RequestModel):
    """
    Request of room_engine_http_srv/mute_room_member: Mute or unmute room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room whose members are muted.")]
    """Room whose members are muted."""

    member_list_account: Annotated[
        list[MemberListAccountItem],
        Field(
            alias="MemberList_Account",
            description="TinyIds (the service's numeric user IDs, not the UserID strings) of the members to mute or unmute.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 20}},
            max_length=20,
            min_length=1,
        ),
    ]
    """TinyIds (the service's numeric user IDs, not the UserID strings) of the members to mute or unmute."""

    mute_time: Annotated[
        int,
        Field(alias="MuteTime", description="How long the mute lasts; 0 lifts it. Unit: seconds.", ge=0, le=4294967295),
    ]
    """How long the mute lasts; 0 lifts it. Unit: seconds."""


class MuteRoomMemberResponse(Envelope):
    """
    Reply of room_engine_http_srv/mute_room_member (envelope keys included).
    """


class GetMutedMemberListRequest(RequestModel):
    """
    Request of room_engine_http_srv/get_muted_member_list: List muted room members.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to read.")]
    """Room to read."""


class AddRobotRequest(RequestModel):
    """
    Request of room_engine_http_srv/add_robot: Add a robot to a room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to add the robot to.")]
    """Room to add the robot to."""

    member_account: Annotated[
        str, Field(alias="Member_Account", description="UserID of the robot; one robot per call.")
    ]
    """UserID of the robot; one robot per call."""


class AddRobotResponse(Envelope):
    """
    Reply of room_engine_http_srv/add_robot (envelope keys included).
    """


class DeleteRobotRequest(RequestModel):
    """
    Request of room_engine_http_srv/delete_robot: Remove a robot from a room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to remove the robot from.")]
    """Room to remove the robot from."""

    member_account: Annotated[str, Field(alias="Member_Account", description="UserID of the robot to remove.")]
    """UserID of the robot to remove."""


class DeleteRobotResponse(Envelope):
    """
    Reply of room_engine_http_srv/delete_robot (envelope keys included).
    """


class BannedAccount(ResponseModel):
    """
    A user banned from a room.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID of the banned user.")]
    """User ID of the banned user."""

    banned_until: Annotated[
        int | None, Field(alias="BannedUntil", description="When the ban expires. Unit: unix seconds.")
    ] = None
    """When the ban expires. Unit: unix seconds."""


class GetBannedMemberListResult(ResponseModel):
    """
    One page of banned users.
    """

    banned_account_list: Annotated[
        list[BannedAccount], Field(alias="BannedAccountList", description="Banned users on this page.")
    ]
    """Banned users on this page."""

    next_offset: Annotated[
        int, Field(alias="NextOffset", description="Offset for the next page; 0 once the list is complete.")
    ]
    """Offset for the next page; 0 once the list is complete."""


class MemberInfoUpdateParam(RequestModel):
    """
    A member and the values to change; omitted fields keep their value.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID of the member to change.")]
    """User ID of the member to change."""

    name_card: Annotated[
        str | None,
        Field(
            alias="NameCard",
            description="New nickname in this room.",
            json_schema_extra={"x-max-bytes": 32, "x-limits": {"max_bytes": 32}},
        ),
    ] = None
    """New nickname in this room."""

    role: Annotated[
        AssignableRole | Literal["Admin", "Member"] | None, Field(alias="Role", description="New role.")
    ] = None
    """New role."""

    custom_info: Annotated[
        str | None,
        Field(
            alias="CustomInfo",
            description="New app-defined member data.",
            json_schema_extra={"x-max-bytes": 60, "x-limits": {"max_bytes": 60}},
        ),
    ] = None
    """New app-defined member data."""


Mark = TypeAliasType("Mark", Annotated[int, Field(ge=1000)])


class MemberMarksParam(RequestModel):
    """
    Marks to add to or remove from one member.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID of the member.")]
    """User ID of the member."""

    marks: Annotated[
        list[Mark],
        Field(
            alias="Marks",
            description="Marks to add or remove; each at least 1000, at most 3 per call and 10 distinct marks per room.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 3, "items.minimum": 1000}},
            max_length=3,
            min_length=1,
        ),
    ]
    """Marks to add or remove; each at least 1000, at most 3 per call and 10 distinct marks per room."""


class MutedAccount(ResponseModel):
    """
    A room member who is muted.
    """

    member_account: Annotated[
        str,
        Field(
            alias="Member_Account",
            description="The muted member; the reference notes give it as the numeric TinyId, so a number decodes to its decimal text. The server may also send it as integer.",
        ),
    ]
    """The muted member; the reference notes give it as the numeric TinyId, so a number decodes to its decimal text. The server may also send it as integer."""

    muted_until: Annotated[
        int | None, Field(alias="MutedUntil", description="When the mute ends. Unit: unix seconds.")
    ] = None
    """When the mute ends. Unit: unix seconds."""


class NewRoomInfoParam(RequestModel):
    """
    Settings of a room to create or schedule.
    """

    room_id: Annotated[
        str,
        Field(
            alias="RoomId",
            description="ID of the new room.",
            json_schema_extra={"x-max-bytes": 48, "x-limits": {"max_bytes": 48}},
        ),
    ]
    """ID of the new room."""

    room_name: Annotated[
        str | None,
        Field(
            alias="RoomName",
            description="Display name of the room. Server default when omitted: the RoomId.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """Display name of the room. Server default when omitted: the RoomId."""

    room_type: Annotated[
        RoomType | Literal["Conference"], Field(alias="RoomType", description="Kind of room; Conference.")
    ]
    """Kind of room; Conference."""

    owner_account: Annotated[
        str | None,
        Field(
            alias="Owner_Account",
            description="User ID of the owner (host); the account must already be imported. Server default when omitted: the calling administrator.",
        ),
    ] = None
    """User ID of the owner (host); the account must already be imported. Server default when omitted: the calling administrator."""

    max_member_count: Annotated[
        int | None,
        Field(
            alias="MaxMemberCount",
            description="Member cap; after a package upgrade raise it with update_room_info. Server default when omitted: the member limit of the purchased package (20 on the trial).",
        ),
    ] = None
    """Member cap; after a package upgrade raise it with update_room_info. Server default when omitted: the member limit of the purchased package (20 on the trial)."""

    schedule_start_time: Annotated[
        int | None,
        Field(
            alias="ScheduleStartTime",
            description="Planned start of the meeting. Unit: unix seconds. Server default when omitted: now.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    """Planned start of the meeting. Unit: unix seconds. Server default when omitted: now."""

    schedule_end_time: Annotated[
        int | None,
        Field(
            alias="ScheduleEndTime",
            description="Planned end of the meeting; the meeting must last at least five minutes. Unit: unix seconds. Server default when omitted: one hour after ScheduleStartTime.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    """Planned end of the meeting; the meeting must last at least five minutes. Unit: unix seconds. Server default when omitted: one hour after ScheduleStartTime."""

    is_video_disabled: Annotated[
        bool | None, Field(alias="IsVideoDisabled", description="Turn off video for every member.")
    ] = None
    """Turn off video for every member."""

    is_audio_disabled: Annotated[
        bool | None, Field(alias="IsAudioDisabled", description="Mute audio for every member.")
    ] = None
    """Mute audio for every member."""

    is_message_disabled: Annotated[
        bool | None, Field(alias="IsMessageDisabled", description="Stop all members from sending text messages.")
    ] = None
    """Stop all members from sending text messages."""

    is_screen_sharing_disabled: Annotated[
        bool | None, Field(alias="IsScreenSharingDisabled", description="Forbid screen sharing.")
    ] = None
    """Forbid screen sharing."""

    is_cloud_recording_disabled: Annotated[
        bool | None, Field(alias="IsCloudRecordingDisabled", description="Forbid cloud recording.")
    ] = None
    """Forbid cloud recording."""

    custom_info: Annotated[
        str | None,
        Field(
            alias="CustomInfo",
            description="App-defined room data (limit taken from update_room_info).",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """App-defined room data (limit taken from update_room_info)."""

    is_seat_enabled: Annotated[
        bool | None, Field(alias="IsSeatEnabled", description="Whether the room uses seats.")
    ] = None
    """Whether the room uses seats."""

    max_seat_count: Annotated[int | None, Field(alias="MaxSeatCount", description="Number of seats.")] = None
    """Number of seats."""

    take_seat_mode: Annotated[
        TakeSeatMode | Literal["FreeToTake", "ApplyToTake"] | None,
        Field(alias="TakeSeatMode", description="How members get onto a seat (FreeToTake or ApplyToTake)."),
    ] = None
    """How members get onto a seat (FreeToTake or ApplyToTake)."""

    is_password_enabled: Annotated[
        bool | None,
        Field(alias="IsPasswordEnabled", description="Whether joining needs a password (Chinese page only)."),
    ] = None
    """Whether joining needs a password (Chinese page only)."""

    password: Annotated[str | None, Field(alias="Password", description="Room password (Chinese page only).")] = None
    """Room password (Chinese page only)."""


class RoomInfo(ResponseModel):
    """
    Settings and live state of a room.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room ID.")]
    """Room ID."""

    room_name: Annotated[str | None, Field(alias="RoomName", description="Display name.")] = None
    """Display name."""

    room_type: Annotated[RoomType | None, Field(alias="RoomType", description="Kind of room.")] = None
    """Kind of room."""

    owner_account: Annotated[str | None, Field(alias="Owner_Account", description="User ID of the owner (host).")] = (
        None
    )
    """User ID of the owner (host)."""

    max_member_count: Annotated[int | None, Field(alias="MaxMemberCount", description="Member cap.")] = None
    """Member cap."""

    max_seat_count: Annotated[int | None, Field(alias="MaxSeatCount", description="Number of seats.")] = None
    """Number of seats."""

    is_video_disabled: Annotated[
        bool | None, Field(alias="IsVideoDisabled", description="Video is off for every member.")
    ] = None
    """Video is off for every member."""

    is_audio_disabled: Annotated[
        bool | None, Field(alias="IsAudioDisabled", description="Audio is muted for every member.")
    ] = None
    """Audio is muted for every member."""

    is_message_disabled: Annotated[
        bool | None, Field(alias="IsMessageDisabled", description="Members cannot send text messages.")
    ] = None
    """Members cannot send text messages."""

    is_screen_sharing_disabled: Annotated[
        bool | None, Field(alias="IsScreenSharingDisabled", description="Screen sharing is forbidden.")
    ] = None
    """Screen sharing is forbidden."""

    is_cloud_recording_disabled: Annotated[
        bool | None, Field(alias="IsCloudRecordingDisabled", description="Cloud recording is forbidden.")
    ] = None
    """Cloud recording is forbidden."""

    custom_info: Annotated[str | None, Field(alias="CustomInfo", description="App-defined room data.")] = None
    """App-defined room data."""

    schedule_start_time: Annotated[
        int | None, Field(alias="ScheduleStartTime", description="Planned start of the meeting. Unit: unix seconds.")
    ] = None
    """Planned start of the meeting. Unit: unix seconds."""

    schedule_end_time: Annotated[
        int | None, Field(alias="ScheduleEndTime", description="Planned end of the meeting. Unit: unix seconds.")
    ] = None
    """Planned end of the meeting. Unit: unix seconds."""

    room_status: Annotated[RoomStatus | None, Field(alias="RoomStatus", description="Lifecycle state.")] = None
    """Lifecycle state."""

    is_seat_enabled: Annotated[
        bool | None, Field(alias="IsSeatEnabled", description="Whether the room uses seats.")
    ] = None
    """Whether the room uses seats."""

    take_seat_mode: Annotated[TakeSeatMode | None, Field(alias="TakeSeatMode", description="Seat mode.")] = None
    """Seat mode."""

    create_time: Annotated[
        int | None, Field(alias="CreateTime", description="When the room was created. Unit: unix seconds.")
    ] = None
    """When the room was created. Unit: unix seconds."""

    member_count: Annotated[
        int | None, Field(alias="MemberCount", description="Number of members in the room now.")
    ] = None
    """Number of members in the room now."""


class RoomInfoUpdateParam(RequestModel):
    """
    A room and the settings to change; omitted fields keep their value.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room to change.")]
    """Room to change."""

    room_name: Annotated[
        str | None,
        Field(
            alias="RoomName",
            description="New display name.",
            json_schema_extra={"x-max-bytes": 100, "x-limits": {"max_bytes": 100}},
        ),
    ] = None
    """New display name."""

    max_member_count: Annotated[int | None, Field(alias="MaxMemberCount", description="New member cap.")] = None
    """New member cap."""

    is_video_disabled: Annotated[
        bool | None, Field(alias="IsVideoDisabled", description="Turn off video for every member.")
    ] = None
    """Turn off video for every member."""

    is_audio_disabled: Annotated[
        bool | None, Field(alias="IsAudioDisabled", description="Mute audio for every member.")
    ] = None
    """Mute audio for every member."""

    is_message_disabled: Annotated[
        bool | None, Field(alias="IsMessageDisabled", description="Stop all members from sending text messages.")
    ] = None
    """Stop all members from sending text messages."""

    is_screen_sharing_disabled: Annotated[
        bool | None, Field(alias="IsScreenSharingDisabled", description="Forbid screen sharing.")
    ] = None
    """Forbid screen sharing."""

    is_cloud_recording_disabled: Annotated[
        bool | None, Field(alias="IsCloudRecordingDisabled", description="Forbid cloud recording.")
    ] = None
    """Forbid cloud recording."""

    custom_info: Annotated[
        str | None,
        Field(
            alias="CustomInfo",
            description="New app-defined room data.",
            json_schema_extra={"x-max-bytes": 500, "x-limits": {"max_bytes": 500}},
        ),
    ] = None
    """New app-defined room data."""

    take_seat_mode: Annotated[
        TakeSeatMode | Literal["FreeToTake", "ApplyToTake"] | None,
        Field(alias="TakeSeatMode", description="New seat mode (FreeToTake or ApplyToTake)."),
    ] = None
    """New seat mode (FreeToTake or ApplyToTake)."""


class RoomMember(ResponseModel):
    """
    A member of a room.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID of the member.")]
    """User ID of the member."""

    name_card: Annotated[str | None, Field(alias="NameCard", description="Nickname of the member in this room.")] = None
    """Nickname of the member in this room."""

    role: Annotated[MemberRole | None, Field(alias="Role", description="Permission level.")] = None
    """Permission level."""

    marks: Annotated[list[int] | None, Field(alias="Marks", description="Marks set on the member.")] = None
    """Marks set on the member."""

    custom_info: Annotated[str | None, Field(alias="CustomInfo", description="App-defined member data.")] = None
    """App-defined member data."""


class CreateRoomRequest(RequestModel):
    """
    Request of room_engine_http_srv/create_room: Create a room.
    """

    room_info: Annotated[NewRoomInfoParam, Field(alias="RoomInfo", description="Settings of the room.")]
    """Settings of the room."""

    schedule_invitee_list_account: Annotated[
        list[str] | None,
        Field(alias="ScheduleInviteeList_Account", description="User IDs invited to the scheduled meeting."),
    ] = None
    """User IDs invited to the scheduled meeting."""


class UpdateRoomInfoRequest(RequestModel):
    """
    Request of room_engine_http_srv/update_room_info: Update room settings.
    """

    room_info: Annotated[
        RoomInfoUpdateParam, Field(alias="RoomInfo", description="The room and the settings to change.")
    ]
    """The room and the settings to change."""


class UpdateRoomMemberInfoRequest(RequestModel):
    """
    Request of room_engine_http_srv/update_room_member_info: Update a room member.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room the member belongs to.")]
    """Room the member belongs to."""

    member_info: Annotated[
        MemberInfoUpdateParam, Field(alias="MemberInfo", description="The member and the values to change.")
    ]
    """The member and the values to change."""


class MarkRoomMemberRequest(RequestModel):
    """
    Request of room_engine_http_srv/mark_room_member: Add or remove member marks.
    """

    room_id: Annotated[str, Field(alias="RoomId", description="Room the members belong to.")]
    """Room the members belong to."""

    command_type: Annotated[
        MarkCommandType | Literal[1, 2],
        Field(
            alias="CommandType",
            description="Whether to add or remove the marks. The server may also send it as string.",
        ),
    ]
    """Whether to add or remove the marks. The server may also send it as string."""

    member_list: Annotated[
        list[MemberMarksParam],
        Field(
            alias="MemberList",
            description="Members and their marks.",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 10}},
            max_length=10,
            min_length=1,
        ),
    ]
    """Members and their marks."""


class GetBannedMemberListResponse(Envelope):
    """
    Reply of room_engine_http_srv/get_banned_member_list (envelope keys included).
    """

    response: Annotated[GetBannedMemberListResult, Field(alias="Response", description="One page of banned users.")]
    """One page of banned users."""


class GetMutedMemberListResult(ResponseModel):
    """
    The muted members of a room.
    """

    muted_account_list: Annotated[list[MutedAccount], Field(alias="MutedAccountList", description="Muted members.")]
    """Muted members."""


class GetRoomInfoResult(ResponseModel):
    """
    Wrapper of a room's settings.
    """

    room_info: Annotated[RoomInfo, Field(alias="RoomInfo", description="The room.")]
    """The room."""


class GetRoomMemberListResult(ResponseModel):
    """
    One page of room members.
    """

    next: Annotated[
        str, Field(alias="Next", description="Cursor for the next page; empty when every member has been returned.")
    ]
    """Cursor for the next page; empty when every member has been returned."""

    member_list: Annotated[list[RoomMember], Field(alias="MemberList", description="Members on this page.")]
    """Members on this page."""


class GetRoomInfoResponse(Envelope):
    """
    Reply of room_engine_http_srv/get_room_info (envelope keys included).
    """

    response: Annotated[GetRoomInfoResult, Field(alias="Response", description="The room.")]
    """The room."""


class GetRoomMemberListResponse(Envelope):
    """
    Reply of room_engine_http_srv/get_room_member_list (envelope keys included).
    """

    response: Annotated[GetRoomMemberListResult, Field(alias="Response", description="One page of members.")]
    """One page of members."""


class GetMutedMemberListResponse(Envelope):
    """
    Reply of room_engine_http_srv/get_muted_member_list (envelope keys included).
    """

    response: Annotated[GetMutedMemberListResult, Field(alias="Response", description="The muted members.")]
    """The muted members."""
