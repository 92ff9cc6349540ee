"""Live commands: each decided documentation contradiction, pinned with the documented payload."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from trtc_sdk import OPERATIONS, Client
from trtc_sdk.models.live import BattleInviteResultCode, BattleScoreOpType, LiveCallbackCommand, TakeSeatMode
from trtc_sdk.testing import Emulator
from trtc_sdk.testing.fakes import fake_request

PINS: list[tuple[str, dict[str, Any], Callable[[Any], Any], Any]] = [
    (  # samples of 2024 and 2025 send Owner_Account as a bare number (beyond 2**53: no float rounding)
        "live_engine_http_srv/get_room_info",
        {
            "Response": {
                "RoomInfo": {
                    "RoomId": "rid-123",
                    "RoomType": "Live",
                    "Owner_Account": 144115233775727695,
                    "TakeSeatMode": "ApplyToTake",
                }
            }
        },
        lambda r: (r.response.room_info.owner_account, r.response.room_info.take_seat_mode),
        ("144115233775727695", TakeSeatMode.APPLY_TO_TAKE),
    ),
    (  # the 2024 table types TakeSeatMode as Integer (1/2): kept as the text of the value
        "live_engine_http_srv/get_room_info",
        {"Response": {"RoomInfo": {"RoomId": "rid-123", "TakeSeatMode": 1, "IsMessageDisabled": "false"}}},
        lambda r: (
            r.response.room_info.take_seat_mode,
            r.response.room_info.take_seat_mode.name,
            r.response.room_info.is_message_disabled,
        ),
        ("1", "UNLISTED", False),
    ),
    (
        "live_engine_http_srv/get_banned_member_list",
        {
            "Response": {
                "BannedAccountList": [{"Member_Account": 144115216631667826, "BannedUntil": 1719300627}],
                "NextOffset": 0,
            }
        },
        lambda r: (r.response.banned_account_list[0].member_account, r.response.banned_account_list[0].banned_until),
        ("144115216631667826", 1719300627),
    ),
    (  # get_gift answers at the top level with IconUrl, although the table says IconURL
        "live_engine_http_srv/get_gift",
        {
            "GiftInfo": {
                "GiftId": "GId1",
                "IconUrl": "https://x/1.png",
                "Coins": 10,
                "ExtensionInfo": '{"key": "value"}',
            }
        },
        lambda r: (r.gift_info.icon_url, r.gift_info.coins, r.gift_info.extension_info),
        ("https://x/1.png", 10, '{"key": "value"}'),
    ),
    (
        "live_engine_http_srv/get_gift",
        {"GiftInfo": {"GiftId": "GId1", "IconURL": "https://a"}},
        lambda r: (r.gift_info.icon_url, r.gift_info.model_extra),
        (None, {"IconURL": "https://a"}),
    ),
    (
        "live_engine_http_srv/get_gift_category",
        {"GiftCategoryInfo": {"CategoryId": "CId2", "DefaultName": "name1"}},
        lambda r: (r.gift_category_info.category_id, r.gift_category_info.default_name),
        ("CId2", "name1"),
    ),
    (
        "live_engine_http_srv/get_gift_category_relations",
        {"Relation": {"CategoryId": "CId2", "GiftIdList": ["GId1"]}},
        lambda r: r.relation.gift_id_list,
        ["GId1"],
    ),
    (  # the official sample answers at the top level ...
        "live_engine_http_srv/get_gift_language",
        {"GiftInfo": {"Name": "name1", "Desc": "desc1"}},
        lambda r: (r.gift_info.name, r.response),
        ("name1", None),
    ),
    (  # ... while Tencent's console reads Response.Language: both decode
        "live_engine_http_srv/get_gift_language",
        {"Response": {"Language": {"Name": "name1", "Desc": "desc1"}}},
        lambda r: (r.response.language.name, r.gift_info),
        ("name1", None),
    ),
    (
        "live_engine_http_srv/get_gift_category_language",
        {"Response": {"Language": {"CategoryName": "name", "CategoryDesc": "desc"}}},
        lambda r: r.response.language.category_desc,
        "desc",
    ),
    (  # destroy_room: envelope only in 2024, Response.Statistic later
        "live_engine_http_srv/destroy_room",
        {"Response": {"Statistic": {"TotalViewers": 3, "TotalGiftsSent": 0}}},
        lambda r: r.response.statistic.total_viewers,
        3,
    ),
    (
        "live_engine_http_pk/create_battle",
        {
            "Response": {
                "BattleId": "b1",
                "Result": [
                    {"RoomId": "pk-2", "ResultCode": 0},
                    {"RoomId": "pk-3", "ResultCode": 3},
                    {"RoomId": "pk-4", "ResultCode": 7},
                ],
            }
        },
        lambda r: [item.result_code for item in r.response.result],
        [BattleInviteResultCode.STARTED, BattleInviteResultCode.IN_ANOTHER_BATTLE, 7],
    ),
    (
        "live_config/get_callback",
        {
            "Response": {
                "Url": "http://www.example.com/callback",
                "CallbackCommandList": ["Live.CallbackAfterCreateRoom", "Live.CallbackAfterSendMsg"],
            }
        },
        lambda r: r.response.callback_command_list,
        [LiveCallbackCommand.AFTER_CREATE_ROOM, "Live.CallbackAfterSendMsg"],
    ),
    (
        "live_engine_http_pk/get_battle_info",
        {
            "Response": {
                "BattleId": "b",
                "Duration": 120000,
                "Status": 3,
                "ToRoomList": [{"RoomId": "pk-4", "Score": 100, "Owner_Account": "brennanli2"}],
            }
        },
        lambda r: (r.response.status, r.response.duration, r.response.to_room_list[0].owner_account),
        (3, 120000, "brennanli2"),
    ),
]


@pytest.mark.parametrize(("path", "body", "read", "expected"), PINS)
def test_documented_replies_decode_as_decided(
    client: Client, emulator: Emulator, path: str, body: dict[str, Any], read: Callable[[Any], Any], expected: Any
) -> None:
    emulator.script(path, body=body)
    assert read(client.invoke(path, fake_request(OPERATIONS[path]))) == expected


def test_envelope_only_destroy_room_decodes_without_a_response(client: Client, emulator: Emulator) -> None:
    emulator.script("live_engine_http_srv/destroy_room", body={"RequestId": "Id-1"})
    assert client.live.destroy_room(room_id="r").response is None


def test_battle_score_op_type_is_sent_as_a_number(client: Client, emulator: Emulator) -> None:
    path = "live_engine_http_pk/set_battle_score"
    body = fake_request(OPERATIONS[path])
    client.invoke(path, {**body, "OpType": BattleScoreOpType.ACCUMULATE})
    client.invoke(path, {**body, "OpType": "2"})  # the table's string form is accepted, the number is sent
    assert [request.body["OpType"] for request in emulator.requests] == [1, 2]


def test_custom_message_data_given_as_a_number_is_sent_as_the_documented_string(
    client: Client, emulator: Emulator
) -> None:
    client.live.send_custom_msg(room_id="r", business_id="b", data=5)
    assert emulator.requests[-1].body["Data"] == "5"


def test_paging_follows_the_cursor_until_it_is_empty(client: Client, emulator: Emulator) -> None:
    path = "live_engine_http_srv/get_room_list"
    emulator.script(path, body={"Response": {"Next": "c2", "RoomList": [{"RoomId": "r1"}]}})
    emulator.script(path, body={"Response": {"Next": "", "RoomList": [{"RoomId": "r2"}]}})
    rooms = [room.room_id for room in client.live.iter_get_room_list(count=1)]
    assert rooms == ["r1", "r2"]
    assert [request.body.get("Next") for request in emulator.requests] == ["", "c2"]
