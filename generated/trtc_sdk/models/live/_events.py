# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import ResponseModel
from trtc_sdk.models.live._enums.admin_op_type import AdminOpType
from trtc_sdk.models.live._enums.battle_end_reason import BattleEndReason
from trtc_sdk.models.live._enums.live_destroy_type import LiveDestroyType
from trtc_sdk.models.live._enums.live_member_state import LiveMemberState
from trtc_sdk.models.live._enums.live_member_state_cause import LiveMemberStateCause
from trtc_sdk.models.live._enums.room_type import RoomType
from trtc_sdk.models.live._enums.take_seat_mode import TakeSeatMode
from trtc_sdk.models.live.live_engine_http_pk.get_battle_info import BattleRoom
from trtc_sdk.models.live.live_engine_http_srv._shared import MetadataItem, RoomStats
from trtc_sdk.models.live.live_engine_http_srv.get_member_list import RoomMember
from trtc_sdk.webhooks.models import WebhookAnswer, WebhookEvent


class AfterCreateRoomAnswer(WebhookAnswer):
    """
    Answer to the Live.CallbackAfterCreateRoom webhook event.
    """


class AfterDestroyRoomAnswer(WebhookAnswer):
    """
    Answer to the Live.CallbackAfterDestroyRoom webhook event.
    """


class AfterUpdateRoomInfoAnswer(WebhookAnswer):
    """
    Answer to the Live.CallbackAfterUpdateRoomInfo webhook event.
    """


class AfterSetMetadataEvent(WebhookEvent):
    """
    Payload of the Live.CallbackAfterSetMetadata webhook event.
    """

    callback_command: Annotated[
        Literal["Live.CallbackAfterSetMetadata"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Live.CallbackAfterSetMetadata"
    """Name of the event."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who set the metadata.")
    ] = None
    """User who set the metadata."""

    room_id: Annotated[str, Field(alias="RoomId", description="The room.")]
    """The room."""

    metadata: Annotated[
        list[MetadataItem] | None, Field(alias="Metadata", description="The keys and values that were set.")
    ] = None
    """The keys and values that were set."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterSetMetadataAnswer(WebhookAnswer):
    """
    Answer to the Live.CallbackAfterSetMetadata webhook event.
    """


class AfterDelMetadataEvent(WebhookEvent):
    """
    Payload of the Live.CallbackAfterDelMetadata webhook event.
    """

    callback_command: Annotated[
        Literal["Live.CallbackAfterDelMetadata"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Live.CallbackAfterDelMetadata"
    """Name of the event."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who deleted the metadata.")
    ] = None
    """User who deleted the metadata."""

    room_id: Annotated[str, Field(alias="RoomId", description="The room.")]
    """The room."""

    keys: Annotated[list[str] | None, Field(alias="Keys", description="The deleted keys.")] = None
    """The deleted keys."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterDelMetadataAnswer(WebhookAnswer):
    """
    Answer to the Live.CallbackAfterDelMetadata webhook event.
    """


class AfterCreateRoomReachingThresholdEvent(WebhookEvent):
    """
    Payload of the Live.CallbackAfterCreateRoomReachingThreshold webhook event.
    """

    callback_command: Annotated[
        Literal["Live.CallbackAfterCreateRoomReachingThreshold"],
        Field(alias="CallbackCommand", description="Name of the event."),
    ] = "Live.CallbackAfterCreateRoomReachingThreshold"
    """Name of the event."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User whose room creation crossed the threshold.")
    ] = None
    """User whose room creation crossed the threshold."""

    cur_room_count: Annotated[
        int | None,
        Field(
            alias="CurRoomCount",
            description="Rooms that exist now. Unit: count. The server may also send it as string.",
        ),
    ] = None
    """Rooms that exist now. Unit: count. The server may also send it as string."""

    max_room_count: Annotated[
        int | None, Field(alias="MaxRoomCount", description="Most rooms the app may have. Unit: count.")
    ] = None
    """Most rooms the app may have. Unit: count."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterCreateRoomReachingThresholdAnswer(WebhookAnswer):
    """
    Answer to the Live.CallbackAfterCreateRoomReachingThreshold webhook event.
    """


class AfterMemberStateChangedEvent(WebhookEvent):
    """
    Payload of the Live.CallbackAfterMemberStateChanged webhook event.
    """

    callback_command: Annotated[
        Literal["Live.CallbackAfterMemberStateChanged"],
        Field(alias="CallbackCommand", description="Name of the event."),
    ] = "Live.CallbackAfterMemberStateChanged"
    """Name of the event."""

    room_id: Annotated[str, Field(alias="RoomId", description="The room.")]
    """The room."""

    event_type: Annotated[LiveMemberState | None, Field(alias="EventType", description="New state of the members.")] = (
        None
    )
    """New state of the members."""

    event_cause: Annotated[LiveMemberStateCause | None, Field(alias="EventCause", description="Why it changed.")] = None
    """Why it changed."""

    member_list: Annotated[list[RoomMember] | None, Field(alias="MemberList", description="The members concerned.")] = (
        None
    )
    """The members concerned."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterMemberStateChangedAnswer(WebhookAnswer):
    """
    Answer to the Live.CallbackAfterMemberStateChanged webhook event.
    """


class AfterChangeOwnerEvent(WebhookEvent):
    """
    Payload of the Live.CallbackAfterChangeOwner webhook event.
    """

    callback_command: Annotated[
        Literal["Live.CallbackAfterChangeOwner"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Live.CallbackAfterChangeOwner"
    """Name of the event."""

    room_id: Annotated[str, Field(alias="RoomId", description="The room.")]
    """The room."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the change.")
    ] = None
    """User who made the change."""

    current_owner_account: Annotated[str | None, Field(alias="CurrentOwner_Account", description="The new owner.")] = (
        None
    )
    """The new owner."""

    original_owner_account: Annotated[
        str | None, Field(alias="OriginalOwner_Account", description="The previous owner.")
    ] = None
    """The previous owner."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterChangeOwnerAnswer(WebhookAnswer):
    """
    Answer to the Live.CallbackAfterChangeOwner webhook event.
    """


class AfterModifyAdminEvent(WebhookEvent):
    """
    Payload of the Live.CallbackAfterModifyAdmin webhook event.
    """

    callback_command: Annotated[
        Literal["Live.CallbackAfterModifyAdmin"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Live.CallbackAfterModifyAdmin"
    """Name of the event."""

    room_id: Annotated[str, Field(alias="RoomId", description="The room.")]
    """The room."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who made the change.")
    ] = None
    """User who made the change."""

    admin_account: Annotated[
        list[str] | None, Field(alias="Admin_Account", description="Users whose role changed.")
    ] = None
    """Users whose role changed."""

    op_type: Annotated[
        AdminOpType | None, Field(alias="opType", description="Whether the role was granted (add) or revoked (delete).")
    ] = None
    """Whether the role was granted (add) or revoked (delete)."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterModifyAdminAnswer(WebhookAnswer):
    """
    Answer to the Live.CallbackAfterModifyAdmin webhook event.
    """


class AfterSeatInfoChangedAnswer(WebhookAnswer):
    """
    Answer to the Mic.CallbackAfterSeatInfoChanged webhook event.
    """


class AfterCreateBattleEvent(WebhookEvent):
    """
    Payload of the Live.CallbackAfterCreateBattle webhook event.
    """

    callback_command: Annotated[
        Literal["Live.CallbackAfterCreateBattle"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Live.CallbackAfterCreateBattle"
    """Name of the event."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who created the battle.")
    ] = None
    """User who created the battle."""

    battle_id: Annotated[str, Field(alias="BattleId", description="ID of the battle.")]
    """ID of the battle."""

    from_room_id: Annotated[str | None, Field(alias="FromRoomId", description="Room that started the battle.")] = None
    """Room that started the battle."""

    to_room_id_list: Annotated[list[str] | None, Field(alias="ToRoomIdList", description="Rooms invited to it.")] = None
    """Rooms invited to it."""

    timeout: Annotated[
        int | None,
        Field(
            alias="Timeout",
            description="How long invited rooms may take to answer when NeedResponse is true. Unit: milliseconds.",
        ),
    ] = None
    """How long invited rooms may take to answer when NeedResponse is true. Unit: milliseconds."""

    duration: Annotated[
        int | None, Field(alias="Duration", description="Length of the battle once it starts. Unit: milliseconds.")
    ] = None
    """Length of the battle once it starts. Unit: milliseconds."""

    need_response: Annotated[
        bool | None,
        Field(
            alias="NeedResponse",
            description="Whether invited owners must accept before it starts; false starts it at once.",
        ),
    ] = None
    """Whether invited owners must accept before it starts; false starts it at once."""

    extension_info: Annotated[
        str | None, Field(alias="ExtensionInfo", description="App-defined data of the battle.")
    ] = None
    """App-defined data of the battle."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterCreateBattleAnswer(WebhookAnswer):
    """
    Answer to the Live.CallbackAfterCreateBattle webhook event.
    """


class AfterStartBattleEvent(WebhookEvent):
    """
    Payload of the Live.CallbackAfterStartBattle webhook event.
    """

    callback_command: Annotated[
        Literal["Live.CallbackAfterStartBattle"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Live.CallbackAfterStartBattle"
    """Name of the event."""

    battle_id: Annotated[str, Field(alias="BattleId", description="ID of the battle.")]
    """ID of the battle."""

    duration: Annotated[
        int | None, Field(alias="Duration", description="Length of the battle. Unit: milliseconds.")
    ] = None
    """Length of the battle. Unit: milliseconds."""

    create_time: Annotated[
        int | None, Field(alias="CreateTime", description="When the battle was created. Unit: unix seconds.")
    ] = None
    """When the battle was created. Unit: unix seconds."""

    start_time: Annotated[int | None, Field(alias="StartTime", description="When it started. Unit: unix seconds.")] = (
        None
    )
    """When it started. Unit: unix seconds."""

    from_room_info: Annotated[
        BattleRoom | None, Field(alias="FromRoomInfo", description="The room that started it and its owner.")
    ] = None
    """The room that started it and its owner."""

    to_room_list: Annotated[
        list[BattleRoom] | None, Field(alias="ToRoomList", description="The invited rooms and their owners.")
    ] = None
    """The invited rooms and their owners."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterStartBattleAnswer(WebhookAnswer):
    """
    Answer to the Live.CallbackAfterStartBattle webhook event.
    """


class AfterEndBattleEvent(WebhookEvent):
    """
    Payload of the Live.CallbackAfterEndBattle webhook event.
    """

    callback_command: Annotated[
        Literal["Live.CallbackAfterEndBattle"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Live.CallbackAfterEndBattle"
    """Name of the event."""

    battle_id: Annotated[str, Field(alias="BattleId", description="ID of the battle.")]
    """ID of the battle."""

    duration: Annotated[
        int | None, Field(alias="Duration", description="Length of the battle. Unit: milliseconds.")
    ] = None
    """Length of the battle. Unit: milliseconds."""

    create_time: Annotated[
        int | None, Field(alias="CreateTime", description="When the battle was created. Unit: unix seconds.")
    ] = None
    """When the battle was created. Unit: unix seconds."""

    start_time: Annotated[int | None, Field(alias="StartTime", description="When it started. Unit: unix seconds.")] = (
        None
    )
    """When it started. Unit: unix seconds."""

    end_time: Annotated[int | None, Field(alias="EndTime", description="When it ended. Unit: unix seconds.")] = None
    """When it ended. Unit: unix seconds."""

    op_type: Annotated[BattleEndReason | None, Field(alias="OpType", description="Why it ended.")] = None
    """Why it ended."""

    from_room_info: Annotated[
        BattleRoom | None, Field(alias="FromRoomInfo", description="The room that started it, with its score.")
    ] = None
    """The room that started it, with its score."""

    to_room_list: Annotated[
        list[BattleRoom] | None, Field(alias="ToRoomList", description="The invited rooms, with their scores.")
    ] = None
    """The invited rooms, with their scores."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterEndBattleAnswer(WebhookAnswer):
    """
    Answer to the Live.CallbackAfterEndBattle webhook event.
    """


class BeforeSendGiftAnswer(WebhookAnswer):
    """
    Answer to the Live.CallbackBeforeSendGift webhook event.
    """


class EventGiftRecord(ResponseModel):
    """
    A gift about to be sent.
    """

    from_account: Annotated[str, Field(alias="From_Account", description="User who sends the gift.")]
    """User who sends the gift."""

    to_account: Annotated[list[str] | None, Field(alias="To_Account", description="Users who receive it.")] = None
    """Users who receive it."""

    time: Annotated[int | None, Field(alias="Time", description="When it is sent. Unit: unix seconds.")] = None
    """When it is sent. Unit: unix seconds."""

    gift_id: Annotated[str, Field(alias="GiftId", description="Gift ID.")]
    """Gift ID."""

    count: Annotated[int | None, Field(alias="Count", description="How many of the gift. Unit: count.")] = None
    """How many of the gift. Unit: count."""

    coins: Annotated[int | None, Field(alias="Coins", description="Coin value of one gift.")] = None
    """Coin value of one gift."""


class EventLiveRoomInfo(ResponseModel):
    """
    Settings of a live room as the room events report them (fields that do not apply are absent).
    """

    room_id: Annotated[
        str | None, Field(alias="RoomId", description="Room ID (absent from the dismiss event's snapshot).")
    ] = None
    """Room ID (absent from the dismiss event's snapshot)."""

    room_name: Annotated[str | None, Field(alias="RoomName", description="Display name.")] = None
    """Display name."""

    room_type: Annotated[RoomType | None, Field(alias="RoomType", description="Kind of room; Live.")] = None
    """Kind of room; Live."""

    owner_account: Annotated[
        str | None,
        Field(
            alias="Owner_Account",
            description="User ID of the host; some samples send a bare number. The server may also send it as integer.",
        ),
    ] = None
    """User ID of the host; some samples send a bare number. The server may also send it as integer."""

    max_member_count: Annotated[int | None, Field(alias="MaxMemberCount", description="Member cap.")] = None
    """Member cap."""

    is_message_disabled: Annotated[
        bool | None, Field(alias="IsMessageDisabled", description="Whether audience chat is off.")
    ] = None
    """Whether audience chat is off."""

    custom_info: Annotated[str | None, Field(alias="CustomInfo", description="App-defined room data.")] = None
    """App-defined room data."""

    is_seat_enabled: Annotated[bool | None, Field(alias="IsSeatEnabled", description="Whether the room has seats.")] = (
        None
    )
    """Whether the room has seats."""

    take_seat_mode: Annotated[
        TakeSeatMode | None, Field(alias="TakeSeatMode", description="Seat mode (None, FreeToTake or ApplyToTake).")
    ] = None
    """Seat mode (None, FreeToTake or ApplyToTake)."""

    max_seat_count: Annotated[int | None, Field(alias="MaxSeatCount", description="Number of seats.")] = None
    """Number of seats."""

    create_time: Annotated[
        int | None, Field(alias="CreateTime", description="When the room was created. Unit: unix seconds.")
    ] = None
    """When the room was created. Unit: unix seconds."""

    is_public_visible: Annotated[
        bool | None, Field(alias="IsPublicVisible", description="Whether the room shows up in get_room_list.")
    ] = None
    """Whether the room shows up in get_room_list."""

    cover_url: Annotated[str | None, Field(alias="CoverURL", description="Cover image URL.")] = None
    """Cover image URL."""

    category: Annotated[list[int] | None, Field(alias="Category", description="Category tags.")] = None
    """Category tags."""

    activity_status: Annotated[int | None, Field(alias="ActivityStatus", description="App-defined status value.")] = (
        None
    )
    """App-defined status value."""

    view_count: Annotated[int | None, Field(alias="ViewCount", description="Room entries so far. Unit: count.")] = None
    """Room entries so far. Unit: count."""

    background_url: Annotated[str | None, Field(alias="BackgroundURL", description="Background image URL.")] = None
    """Background image URL."""

    is_unlimited_room_enabled: Annotated[
        bool | None, Field(alias="IsUnlimitedRoomEnabled", description="Whether the large-room mode is on.")
    ] = None
    """Whether the large-room mode is on."""


class EventLiveSeatInfo(ResponseModel):
    """
    One seat of a room, as the seat-change event reports it.
    """

    index: Annotated[int, Field(alias="Index", description="Seat number.")]
    """Seat number."""

    member_account: Annotated[
        str | None,
        Field(
            alias="Member_Account",
            description="User ID on the seat; absent when the seat is free. The server may also send it as integer.",
        ),
    ] = None
    """User ID on the seat; absent when the seat is free. The server may also send it as integer."""

    is_taken_disabled: Annotated[bool | None, Field(alias="IsTakenDisabled", description="The seat is locked.")] = None
    """The seat is locked."""

    is_video_disabled: Annotated[
        bool | None, Field(alias="IsVideoDisabled", description="Video from this seat is forbidden.")
    ] = None
    """Video from this seat is forbidden."""

    is_audio_disabled: Annotated[
        bool | None, Field(alias="IsAudioDisabled", description="Audio from this seat is forbidden.")
    ] = None
    """Audio from this seat is forbidden."""


class AfterCreateRoomEvent(WebhookEvent):
    """
    Payload of the Live.CallbackAfterCreateRoom webhook event.
    """

    callback_command: Annotated[
        Literal["Live.CallbackAfterCreateRoom"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Live.CallbackAfterCreateRoom"
    """Name of the event."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who created the room.")
    ] = None
    """User who created the room."""

    room_info: Annotated[EventLiveRoomInfo, Field(alias="RoomInfo", description="Settings of the new room.")]
    """Settings of the new room."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterDestroyRoomEvent(WebhookEvent):
    """
    Payload of the Live.CallbackAfterDestroyRoom webhook event.
    """

    callback_command: Annotated[
        Literal["Live.CallbackAfterDestroyRoom"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Live.CallbackAfterDestroyRoom"
    """Name of the event."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who dismissed the room.")
    ] = None
    """User who dismissed the room."""

    room_id: Annotated[str, Field(alias="RoomId", description="The dismissed room.")]
    """The dismissed room."""

    event_type: Annotated[LiveDestroyType | None, Field(alias="EventType", description="Who dismissed it.")] = None
    """Who dismissed it."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""

    room_info: Annotated[
        EventLiveRoomInfo | None,
        Field(alias="RoomInfo", description="The room's settings at dismissal (newer pages only)."),
    ] = None
    """The room's settings at dismissal (newer pages only)."""

    statistic: Annotated[
        RoomStats | None,
        Field(alias="Statistic", description="Interaction totals of the live session (newer pages only)."),
    ] = None
    """Interaction totals of the live session (newer pages only)."""


class AfterUpdateRoomInfoEvent(WebhookEvent):
    """
    Payload of the Live.CallbackAfterUpdateRoomInfo webhook event.
    """

    callback_command: Annotated[
        Literal["Live.CallbackAfterUpdateRoomInfo"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Live.CallbackAfterUpdateRoomInfo"
    """Name of the event."""

    operator_account: Annotated[
        str | None, Field(alias="Operator_Account", description="User who changed the room.")
    ] = None
    """User who changed the room."""

    room_info: Annotated[
        EventLiveRoomInfo, Field(alias="RoomInfo", description="The room ID and the changed settings.")
    ]
    """The room ID and the changed settings."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class AfterSeatInfoChangedEvent(WebhookEvent):
    """
    Payload of the Mic.CallbackAfterSeatInfoChanged webhook event.
    """

    callback_command: Annotated[
        Literal["Mic.CallbackAfterSeatInfoChanged"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Mic.CallbackAfterSeatInfoChanged"
    """Name of the event."""

    operator_account: Annotated[
        str | None,
        Field(
            alias="Operator_Account",
            description="User who made the change (Conference pages only; kept so one model fits both).",
        ),
    ] = None
    """User who made the change (Conference pages only; kept so one model fits both)."""

    room_id: Annotated[str, Field(alias="RoomId", description="The room.")]
    """The room."""

    seat_list: Annotated[
        list[EventLiveSeatInfo] | None, Field(alias="SeatList", description="Every seat of the room.")
    ] = None
    """Every seat of the room."""

    event_time: Annotated[
        int | None, Field(alias="EventTime", description="When the event happened. Unit: unix milliseconds.")
    ] = None
    """When the event happened. Unit: unix milliseconds."""


class BeforeSendGiftEvent(WebhookEvent):
    """
    Payload of the Live.CallbackBeforeSendGift webhook event.
    """

    callback_command: Annotated[
        Literal["Live.CallbackBeforeSendGift"], Field(alias="CallbackCommand", description="Name of the event.")
    ] = "Live.CallbackBeforeSendGift"
    """Name of the event."""

    operator_account: Annotated[str | None, Field(alias="Operator_Account", description="User who sends the gift.")] = (
        None
    )
    """User who sends the gift."""

    room_id: Annotated[str, Field(alias="RoomId", description="The room.")]
    """The room."""

    gift_water: Annotated[EventGiftRecord, Field(alias="GiftWater", description="The gift being sent.")]
    """The gift being sent."""
