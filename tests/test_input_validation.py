"""Bad input never leaves the machine: a typed error names the command and the field, and the
emulator's request count proves nothing was sent."""

from __future__ import annotations

from typing import Any

import pytest

from trtc_sdk import OPERATIONS, Client, RequestValidationError
from trtc_sdk.testing import Emulator
from trtc_sdk.testing.fakes import fake_request

START = "call_engine_http_srv/start_call_by_robot"
BAN = "room_engine_http_srv/ban_room_member"
MARK = "room_engine_http_srv/mark_room_member"
GIFT = "live_engine_http_srv/send_gift"
FILTER = "call_record_http_srv/get_record_by_filter"

# (command, change to a valid wire body, field the error must name)
BAD_INPUTS: list[tuple[str, dict[str, Any], str]] = [
    (START, {"UserData": "x" * 1001}, "UserData"),  # too many bytes
    (START, {"UserData": "汉" * 334}, "UserData"),  # 1002 bytes in UTF-8, 334 characters
    (START, {"Timeout": 9999}, "Timeout"),  # below 10000 ms
    (START, {"Timeout": 600001}, "Timeout"),
    (START, {"Timeout": "soon"}, "Timeout"),
    (START, {"Timeout": None}, "Timeout"),  # None for a required field
    (START, {"Robot_Account": None}, "Robot_Account"),
    (START, {"Robot_Account": 12345}, "Robot_Account"),  # user IDs are strings (60015)
    (START, {"CalleeList_Account": "alice"}, "CalleeList_Account"),  # not an array
    (START, {"CallInfo": {"MediaType": "Hologram"}}, "CallInfo.MediaType"),  # not a documented enum value
    (START, {"CallInfo": "Video"}, "CallInfo"),  # wrong nested type
    (START, {"CallInfo": {"MediaType": "Video", "RoomIdType": 3}}, "CallInfo.RoomIdType"),
    (START, {"OfflinePushInfo": {"PushFlag": "yes"}}, "OfflinePushInfo.PushFlag"),
    (START, {"Unknown": 1}, "Unknown"),  # typo protection
    (BAN, {"Duration": -1}, "Duration"),  # uint32
    (BAN, {"Duration": 2**32}, "Duration"),
    (BAN, {"MemberList_Account": []}, "MemberList_Account"),  # min_items 1
    (BAN, {"MemberList_Account": [f"u{i}" for i in range(21)]}, "MemberList_Account"),  # max_items 20
    (BAN, {"Reason": "r" * 1001}, "Reason"),
    (MARK, {"CommandType": 3}, "CommandType"),
    (MARK, {"MemberList": [{"Member_Account": "u", "Marks": [1]}]}, "MemberList.0.Marks.0"),
    (GIFT, {"ReceiverList_Account": [1, 2]}, "ReceiverList_Account.0"),
    (GIFT, {"Count": 0}, "Count"),
    (FILTER, {"Page": 0}, "Page"),
    (FILTER, {"CallType": "Conference"}, "CallType"),
]


@pytest.mark.parametrize(("path", "change", "field"), BAD_INPUTS)
def test_bad_input_is_refused_before_sending(
    client: Client, emulator: Emulator, path: str, change: dict[str, Any], field: str
) -> None:
    body = {**fake_request(OPERATIONS[path]), **change}
    with pytest.raises(RequestValidationError) as caught:
        client.invoke(path, body)
    error = caught.value
    assert error.path == path and path in str(error)
    assert any(field in name for name in error.fields), (field, error.fields)
    assert field.split(".")[0] in str(error)
    assert emulator.requests == []


def test_typed_keyword_calls_name_the_python_and_the_wire_field(client: Client, emulator: Emulator) -> None:
    with pytest.raises(RequestValidationError) as caught:
        client.call.start_call_by_robot(
            robot_account="r", callee_list_account=["a"], timeout=1, call_info={"MediaType": "Video"}
        )  # type: ignore[arg-type]
    assert "timeout (Timeout)" in str(caught.value)
    with pytest.raises(RequestValidationError, match="call_id"):
        client.call.get_call_info()  # type: ignore[call-overload]
    with pytest.raises(RequestValidationError, match="did you mean 'call_id'"):
        client.call.get_call_info(callid="x")  # type: ignore[call-overload]
    assert emulator.requests == []


def test_extra_body_must_be_json_serialisable(client: Client, emulator: Emulator) -> None:
    with pytest.raises(RequestValidationError, match="extra_body"):
        client.call.get_call_info(call_id="c", extra_body={"When": object()})
    assert emulator.requests == []


def test_a_request_model_of_another_command_is_refused(client: Client, emulator: Emulator) -> None:
    from trtc_sdk.models.call import EndCallRequest

    with pytest.raises(RequestValidationError, match="expected GetCallInfoRequest"):
        client.call.get_call_info(EndCallRequest(call_id="c"))  # type: ignore[call-overload]
    assert emulator.requests == []
