"""Conference and seat commands: each decided documentation contradiction, pinned with the documented payload."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from trtc_sdk import OPERATIONS, Client, ConfigurationError, ConflictError, NotFoundError, RequestValidationError
from trtc_sdk.models.room import (
    MarkCommandType,
    MemberMarksParam,
    MemberRole,
    RoomCallbackCommand,
    RoomStatus,
    RoomType,
    TakeSeatMode,
)
from trtc_sdk.models.seat import MovePolicy
from trtc_sdk.testing import Emulator
from trtc_sdk.testing.fakes import fake_request

DECODING_PINS: list[tuple[str, dict[str, Any], Callable[[Any], Any], Any]] = [
    (  # the field table says Owner/Admin/Member, the sample returns RoomOwner
        "room_engine_http_srv/get_room_member_list",
        {
            "Response": {
                "Next": "",
                "MemberList": [
                    {"Member_Account": "user2", "NameCard": "123", "Role": "RoomOwner", "Marks": [1000, 1002]}
                ],
            }
        },
        lambda r: (r.response.member_list[0].role, r.response.member_list[0].marks, r.response.next),
        (MemberRole.ROOM_OWNER, [1000, 1002], ""),
    ),
    (
        "room_engine_http_srv/get_room_member_list",
        {
            "Response": {
                "Next": "",
                "MemberList": [{"Member_Account": "u", "Role": "Owner"}, {"Member_Account": "v", "Role": "Guest"}],
            }
        },
        lambda r: [(m.role, m.role.name) for m in r.response.member_list],
        [(MemberRole.OWNER, "OWNER"), ("Guest", "UNLISTED")],
    ),
    (  # the get_callback sample spells an event differently from the event page
        "room_config/get_callback",
        {
            "Response": {
                "Url": "http://www.example.com/callback",
                "CallbackCommandList": [
                    "Room.CallbackAfterCreateRoom",
                    "Room.CallbackUpdateRoomInfo",
                    "Mic.CallbackAfterSeatInfoChanged",
                ],
            }
        },
        lambda r: r.response.callback_command_list,
        [
            RoomCallbackCommand.AFTER_CREATE_ROOM,
            "Room.CallbackUpdateRoomInfo",
            RoomCallbackCommand.AFTER_SEAT_INFO_CHANGED,
        ],
    ),
    (  # the table lists the room fields flat; the sample nests them as Response.RoomInfo
        "room_engine_http_srv/get_room_info",
        {
            "Response": {
                "RoomInfo": {
                    "RoomId": "room-test",
                    "RoomType": "Conference",
                    "Owner_Account": "user2",
                    "RoomStatus": "Running",
                    "TakeSeatMode": "None",
                    "CreateTime": 1703491546,
                    "MemberCount": 1,
                }
            }
        },
        lambda r: (
            r.response.room_info.room_type,
            r.response.room_info.room_status,
            r.response.room_info.take_seat_mode,
            r.response.room_info.create_time,
        ),
        (RoomType.CONFERENCE, RoomStatus.RUNNING, TakeSeatMode.NONE, 1703491546),
    ),
    (  # the paging input is the integer Offset of the sample, and NextOffset 0 ends the list
        "room_engine_http_srv/get_banned_member_list",
        {"Response": {"BannedAccountList": [{"Member_Account": "user2", "BannedUntil": 1703559417}], "NextOffset": 0}},
        lambda r: (r.response.banned_account_list[0].banned_until, r.response.next_offset),
        (1703559417, 0),
    ),
    (  # the seat webhook sample sends Member_Account as a bare number beyond 2**53
        "room_engine_http_mic/get_seat_list",
        {"Response": {"SeatList": [{"Index": 0, "Member_Account": 144115233775727695}, {"Index": 1}]}},
        lambda r: [seat.member_account for seat in r.response.seat_list],
        ["144115233775727695", None],
    ),
]


@pytest.mark.parametrize(("path", "body", "read", "expected"), DECODING_PINS)
def test_documented_replies_decode_as_decided(
    client: Client, emulator: Emulator, path: str, body: dict[str, Any], read: Callable[[Any], Any], expected: Any
) -> None:
    emulator.script(path, body=body)
    reply = client.invoke(path, fake_request(OPERATIONS[path]))
    assert read(reply) == expected


def test_mark_command_type_is_sent_as_the_samples_integer(client: Client, emulator: Emulator) -> None:
    client.room.mark_room_member(
        room_id="room-test",
        command_type=MarkCommandType.SET,
        member_list=[MemberMarksParam(member_account="user2", marks=[1000, 1002, 1003])],
    )
    assert emulator.requests[-1].body == {
        "RoomId": "room-test",
        "CommandType": 1,
        "MemberList": [{"Member_Account": "user2", "Marks": [1000, 1002, 1003]}],
    }


@pytest.mark.parametrize(
    "member_list",
    [
        [{"Member_Account": "u", "Marks": [999]}],  # marks start at 1000
        [{"Member_Account": "u", "Marks": [1000, 1001, 1002, 1003]}],  # at most 3 per call
        [{"Member_Account": f"u{i}", "Marks": [1000]} for i in range(11)],  # at most 10 members
    ],
)
def test_mark_limits_are_checked_before_sending(
    client: Client, emulator: Emulator, member_list: list[dict[str, Any]]
) -> None:
    with pytest.raises(RequestValidationError) as caught:
        client.invoke(
            "room_engine_http_srv/mark_room_member", {"RoomId": "r", "CommandType": 1, "MemberList": member_list}
        )
    assert "MemberList" in str(caught.value)
    assert emulator.requests == []


def test_a_response_only_seat_mode_cannot_be_sent(client: Client, emulator: Emulator) -> None:
    with pytest.raises(RequestValidationError, match="only reported by the server"):
        client.invoke("room_engine_http_srv/update_room_info", {"RoomInfo": {"RoomId": "r", "TakeSeatMode": "None"}})
    assert emulator.requests == []


def test_open_event_lists_accept_unlisted_names_in_requests(client: Client, emulator: Emulator) -> None:
    client.room_config.set_callback(url="https://example.com/cb", callback_command_list=["Room.CallbackSomethingNew"])
    assert emulator.requests[-1].body["CallbackCommandList"] == ["Room.CallbackSomethingNew"]


def test_move_policy_is_an_integer_enum(client: Client, emulator: Emulator) -> None:
    client.room_seat.move_user_to_seat(room_id="room-test", seat_index=1, member_account="user", policy=MovePolicy.SWAP)
    assert emulator.requests[-1].body == {"RoomId": "room-test", "SeatIndex": 1, "Member_Account": "user", "Policy": 2}


def test_product_error_codes_map_per_product(emulator: Emulator) -> None:
    client = emulator.client(max_retries=0)
    emulator.script("room_config/get_callback", error_code=100301)
    with pytest.raises(NotFoundError):
        client.room_config.get_callback()
    emulator.script("room_engine_http_srv/create_room", error_code=100003)
    with pytest.raises(ConflictError, match="already exists"):
        client.invoke("room_engine_http_srv/create_room", fake_request(OPERATIONS["room_engine_http_srv/create_room"]))


def test_conference_refuses_regions_its_docs_do_not_list() -> None:
    client = Client(1400000000, "k", region="frankfurt")
    with pytest.raises(ConfigurationError, match="room product"):
        client.room.destroy_room(room_id="r")
