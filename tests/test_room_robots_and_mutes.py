"""Conference robots and mutes (issue 11): add_robot, delete_robot, mute_room_member, get_muted_member_list.

The emulator keeps no room state (docs/emulator.md), so these tests pin what the SDK sends and how it
reads what comes back: the wire bodies the emulator recorded, the limits refused before sending, the
emulator's synthesised replies, the documented samples scripted as replies, and scripted error codes.

Sources: add_robot https://trtc.io/document/70467 (errors: https://www.tencentcloud.com/document/product/647/70467),
delete_robot https://trtc.io/document/70468 (errors: https://cloud.tencent.com/document/product/647/119559),
mute_room_member https://cloud.tencent.com/document/product/647/135389,
get_muted_member_list https://cloud.tencent.com/document/product/647/135390.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from trtc_sdk import (
    OPERATIONS,
    APIError,
    Client,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    RequestValidationError,
    UnexpectedResponseError,
)
from trtc_sdk.models.envelope import Envelope
from trtc_sdk.models.room import AddRobotResponse, DeleteRobotResponse, MutedAccount, MuteRoomMemberResponse
from trtc_sdk.testing import Emulator

from .conftest import FAST_RETRIES

ADD = "room_engine_http_srv/add_robot"
DELETE = "room_engine_http_srv/delete_robot"
MUTE = "room_engine_http_srv/mute_room_member"
MUTED_LIST = "room_engine_http_srv/get_muted_member_list"

# The reply sample of 647/135390: the TinyId is a bare integer, MutedUntil Unix seconds.
MUTED_LIST_SAMPLE: dict[str, Any] = {
    "Response": {"MutedAccountList": [{"Member_Account": 123456789, "MutedUntil": 1703559417}]}
}

# One valid typed call per command: (method name, keyword arguments, the body the page's sample shows).
CALLS: dict[str, tuple[str, dict[str, Any], dict[str, Any]]] = {
    ADD: (
        "add_robot",
        {"room_id": "room-test", "member_account": "user1"},
        {"RoomId": "room-test", "Member_Account": "user1"},
    ),
    DELETE: (
        "delete_robot",
        {"room_id": "room-test", "member_account": "user1"},
        {"RoomId": "room-test", "Member_Account": "user1"},
    ),
    MUTE: (
        "mute_room_member",
        {"room_id": "room-test", "member_list_account": [123456789, 987654321], "mute_time": 3600},
        {"RoomId": "room-test", "MemberList_Account": [123456789, 987654321], "MuteTime": 3600},
    ),
    MUTED_LIST: ("get_muted_member_list", {"room_id": "room-test"}, {"RoomId": "room-test"}),
}


def call(client: Client, path: str) -> Any:
    method, kwargs, _ = CALLS[path]
    return getattr(client.room, method)(**kwargs)


# -- wire bodies ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "reply_type"), [(ADD, AddRobotResponse), (DELETE, DeleteRobotResponse)])
def test_robot_commands_send_one_robot_under_member_account(
    client: Client, emulator: Emulator, path: str, reply_type: type[Envelope]
) -> None:
    reply = call(client, path)
    assert isinstance(reply, reply_type)
    assert (reply.action_status, reply.error_code) == ("OK", 0)
    [request] = emulator.requests
    assert request.path == path
    assert request.body == CALLS[path][2]  # not the Live RobotList_Account array
    assert emulator.executions(path) == 1


def test_mute_sends_integer_tinyids_and_seconds(client: Client, emulator: Emulator) -> None:
    reply = call(client, MUTE)
    assert isinstance(reply, MuteRoomMemberResponse)
    [request] = emulator.requests
    assert request.path == MUTE
    assert request.body == {"RoomId": "room-test", "MemberList_Account": [123456789, 987654321], "MuteTime": 3600}
    assert all(type(tiny_id) is int for tiny_id in request.json["MemberList_Account"])  # type: ignore[union-attr]


def test_a_mute_time_of_zero_is_sent_to_unmute(client: Client, emulator: Emulator) -> None:
    client.room.mute_room_member(room_id="room-test", member_list_account=[123456789], mute_time=0)
    assert emulator.requests[-1].body == {"RoomId": "room-test", "MemberList_Account": [123456789], "MuteTime": 0}


def test_a_tinyid_beyond_2_to_the_53_is_sent_exactly(client: Client, emulator: Emulator) -> None:
    big = 144115233775727695
    client.room.mute_room_member(room_id="room-test", member_list_account=[big], mute_time=60)
    assert b"144115233775727695" in emulator.requests[-1].raw_body
    assert emulator.requests[-1].json["MemberList_Account"] == [big]


def test_the_four_commands_through_the_async_client(emulator: Emulator) -> None:
    async def scenario() -> list[Any]:
        async with emulator.async_client(**FAST_RETRIES) as client:
            replies = [await getattr(client.room, CALLS[path][0])(**CALLS[path][1]) for path in CALLS]
            emulator.script(ADD, error_code=100004)
            with pytest.raises(NotFoundError) as caught:
                await client.room.add_robot(room_id="gone", member_account="user1")
            assert caught.value.code == 100004
            with pytest.raises(RequestValidationError, match="MemberList_Account"):
                await client.room.mute_room_member(room_id="r", member_list_account=list(range(21)), mute_time=60)
            return replies

    replies = asyncio.run(scenario())
    assert [type(reply).__name__ for reply in replies] == [
        "AddRobotResponse",
        "DeleteRobotResponse",
        "MuteRoomMemberResponse",
        "GetMutedMemberListResponse",
    ]
    assert [(r.path, r.body) for r in emulator.requests[:4]] == [(path, CALLS[path][2]) for path in CALLS]
    assert [r.error_code for r in emulator.requests] == [0, 0, 0, 0, 100004]  # the 21 ids never left


# -- limits checked before sending ---------------------------------------------------------------


def test_twenty_tinyids_are_sent(client: Client, emulator: Emulator) -> None:
    client.room.mute_room_member(room_id="r", member_list_account=list(range(1, 21)), mute_time=60)
    assert emulator.requests[-1].json["MemberList_Account"] == list(range(1, 21))


@pytest.mark.parametrize(
    ("member_list_account", "mute_time", "field"),
    [
        (list(range(1, 22)), 60, "MemberList_Account"),  # 21 ids: the page allows 20 per call
        ([], 60, "MemberList_Account"),  # at least one
        (["user1"], 60, "MemberList_Account"),  # UserIDs are not translated to TinyIds
        ([-1], 60, "MemberList_Account"),  # TinyIds are unsigned
        ([1], -1, "MuteTime"),  # seconds, unsigned
        ([1], 2**32, "MuteTime"),  # uint32
    ],
)
def test_mute_limits_are_checked_before_sending(
    client: Client, emulator: Emulator, member_list_account: list[Any], mute_time: int, field: str
) -> None:
    with pytest.raises(RequestValidationError, match=field):
        client.room.mute_room_member(room_id="r", member_list_account=member_list_account, mute_time=mute_time)
    assert emulator.requests == []


def test_twenty_one_ids_are_refused_through_invoke_too(client: Client, emulator: Emulator) -> None:
    body = {"RoomId": "r", "MemberList_Account": list(range(1, 22)), "MuteTime": 60}
    with pytest.raises(RequestValidationError, match="at most 20"):
        client.invoke(MUTE, body)
    assert emulator.requests == []


@pytest.mark.parametrize("path", [ADD, DELETE])
def test_robot_commands_need_both_keys(client: Client, emulator: Emulator, path: str) -> None:
    with pytest.raises(RequestValidationError, match="Member_Account"):
        client.invoke(path, {"RoomId": "room-test"})
    assert emulator.requests == []


# -- replies ---------------------------------------------------------------------------------------


def test_the_muted_list_sample_of_the_page_decodes_typed(client: Client, emulator: Emulator) -> None:
    emulator.script(MUTED_LIST, body=MUTED_LIST_SAMPLE)
    reply = client.room.get_muted_member_list(room_id="room-test")
    assert emulator.requests[-1].body == {"RoomId": "room-test"}
    [entry] = reply.response.muted_account_list
    assert isinstance(entry, MutedAccount)
    assert (entry.member_account, entry.muted_until) == (123456789, 1703559417)
    assert type(entry.member_account) is int and type(entry.muted_until) is int


def test_the_emulators_own_muted_list_reply_decodes(client: Client, emulator: Emulator) -> None:
    reply = client.room.get_muted_member_list(room_id="room-test")
    assert reply.response.muted_account_list
    for entry in reply.response.muted_account_list:
        assert isinstance(entry, MutedAccount)
        assert type(entry.member_account) is int
        assert entry.muted_until is None or type(entry.muted_until) is int


def test_muted_list_tinyids_decode_exactly_and_from_numeric_text(client: Client, emulator: Emulator) -> None:
    emulator.script(
        MUTED_LIST,
        body={
            "Response": {
                "MutedAccountList": [
                    {"Member_Account": 144115233775727695, "MutedUntil": 1703559417},
                    {"Member_Account": "987654321", "MutedUntil": "1703559418"},
                    {"Member_Account": 5},
                ]
            }
        },
    )
    entries = client.room.get_muted_member_list(room_id="room-test").response.muted_account_list
    assert [(e.member_account, e.muted_until) for e in entries] == [
        (144115233775727695, 1703559417),
        (987654321, 1703559418),
        (5, None),
    ]


def test_a_userid_string_in_the_muted_list_is_kept_raw_or_refused_when_strict(
    emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    # The Live command of the same name answers UserIDs; the Conference page says TinyId (Integer).
    body = {"Response": {"MutedAccountList": [{"Member_Account": "user1", "MutedUntil": 1703559417}]}}
    emulator.script(MUTED_LIST, body=body)
    with caplog.at_level("WARNING", logger="trtc_sdk"):
        reply = emulator.client().room.get_muted_member_list(room_id="room-test")
    [entry] = reply.response.muted_account_list
    assert entry.model_extra == {"Member_Account": "user1"}  # kept raw under its wire key
    assert entry.muted_until == 1703559417  # the rest still typed
    assert [m.path for m in reply.schema_mismatches] == ["Response.MutedAccountList.0.Member_Account"]
    assert "Member_Account" in caplog.text
    emulator.script(MUTED_LIST, body=body)
    with pytest.raises(UnexpectedResponseError, match="GetMutedMemberListResponse") as caught:
        emulator.client(strict_responses=True).room.get_muted_member_list(room_id="room-test")
    assert any("Member_Account" in mismatch for mismatch in caught.value.mismatches)


def test_a_listed_member_can_be_unmuted_with_its_tinyid(client: Client, emulator: Emulator) -> None:
    emulator.script(MUTED_LIST, body=MUTED_LIST_SAMPLE)
    muted = client.room.get_muted_member_list(room_id="room-test").response.muted_account_list
    client.room.mute_room_member(
        room_id="room-test", member_list_account=[entry.member_account for entry in muted], mute_time=0
    )
    assert emulator.requests[-1].body == {"RoomId": "room-test", "MemberList_Account": [123456789], "MuteTime": 0}


# -- errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "code", "error_class", "text"),
    [
        (ADD, 100004, NotFoundError, "does not exist"),  # the room is gone
        (ADD, 100005, NotFoundError, "not a member"),
        (ADD, 100006, APIError, "lacks permission"),
        (ADD, 100700, ConflictError, "delete_robot"),  # robot limit; the hint names the way out
        (DELETE, 100004, NotFoundError, "does not exist"),
        (DELETE, 100005, NotFoundError, "not a member"),
        (MUTE, 100002, InvalidRequestError, "invalid"),
        (MUTE, 100004, NotFoundError, "does not exist"),
        (MUTED_LIST, 100004, NotFoundError, "does not exist"),
    ],
)
def test_documented_error_codes_raise_typed_errors_without_retry(
    client: Client, emulator: Emulator, path: str, code: int, error_class: type[APIError], text: str
) -> None:
    emulator.script(path, error_code=code, error_info=f"scripted {code}")
    with pytest.raises(error_class, match=text) as caught:
        call(client, path)
    assert (caught.value.code, caught.value.path, caught.value.info) == (code, path, f"scripted {code}")
    assert len(emulator.requests_for(path)) == 1  # never retried
    assert emulator.executions(path) == 0


@pytest.mark.parametrize("path", list(CALLS))
def test_an_internal_error_is_retried_because_each_command_is_idempotent(
    client: Client, emulator: Emulator, path: str
) -> None:
    emulator.script(path, error_code=100001)
    call(client, path)
    assert [r.error_code for r in emulator.requests_for(path)] == [100001, 0]
    assert emulator.executions(path) == 1


@pytest.mark.parametrize("path", list(CALLS))
def test_each_command_lists_its_pages_errors_and_rate(path: str) -> None:
    operation = OPERATIONS[path]
    assert operation.rate_limit_per_sec == 200  # all four pages: 200 requests/s
    documented = {
        ADD: {100001, 100002, 100004, 100005, 100006, 100700},
        DELETE: {100001, 100002, 100004, 100005, 100006},
        MUTE: {100001, 100002, 100004},
        MUTED_LIST: {100001, 100002, 100004},
    }[path]
    assert set(operation.errors) == documented
