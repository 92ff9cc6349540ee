"""Every Call command round-trips through the generated client and the emulator."""

from __future__ import annotations

import pytest

from trtc_sdk import Client, RequestValidationError
from trtc_sdk.models.call import (
    CallbackCommand,
    CallRecord,
    CallResult,
    GetCallInfoRequest,
    GetCallInfoResponse,
    GetRecordByCallidResponse,
    GetRecordByFilterResponse,
    MediaType,
    OfflinePushInfoParam,
    RoomIdType,
    StartCallByRobotResponse,
    StartCallInfoParam,
)
from trtc_sdk.testing import Emulator


def test_get_call_info_sends_wire_keys_and_decodes_the_reply(client: Client, emulator: Emulator) -> None:
    reply = client.call.get_call_info(call_id="c-1")

    assert isinstance(reply, GetCallInfoResponse)
    assert reply.error_code == 0 and reply.action_status == "OK" and reply.request_id
    assert reply.response.call_info.call_id == "c-1"  # the emulator echoes request values
    assert isinstance(reply.response.call_info.media_type, MediaType)
    [recorded] = emulator.requests_for("call_engine_http_srv/get_call_info")
    assert recorded.body == {"CallId": "c-1"}
    assert recorded.query["contenttype"] == "json" and recorded.query["identifier"] == "administrator"
    assert 0 <= int(recorded.query["random"]) <= 4294967295


def test_start_call_by_robot_serialises_nested_params(client: Client, emulator: Emulator) -> None:
    reply = client.call.start_call_by_robot(
        robot_account="robot",
        callee_list_account=["jack", "rose"],
        timeout=300000,
        user_data="userdata-1",
        call_info=StartCallInfoParam(media_type="Video", room_id="room-1", room_id_type=RoomIdType.STRING),
        offline_push_info=OfflinePushInfoParam(push_flag=0, title="t", desc="d"),
    )

    assert isinstance(reply, StartCallByRobotResponse)
    [recorded] = emulator.requests_for("call_engine_http_srv/start_call_by_robot")
    assert recorded.body == {
        "Robot_Account": "robot",
        "CalleeList_Account": ["jack", "rose"],
        "Timeout": 300000,
        "UserData": "userdata-1",
        "CallInfo": {"MediaType": "Video", "RoomId": "room-1", "RoomIdType": 2},
        "OfflinePushInfo": {"PushFlag": 0, "Title": "t", "Desc": "d"},
    }


def test_end_call_round_trips(client: Client, emulator: Emulator) -> None:
    assert client.call.end_call(call_id="c-9").error_code == 0
    assert emulator.requests_for("call_engine_http_srv/end_call")[0].body == {"CallId": "c-9"}


def test_get_record_by_callid_round_trips(client: Client) -> None:
    reply = client.call_record.get_record_by_callid(call_id="c-2")
    assert isinstance(reply, GetRecordByCallidResponse)
    assert reply.response.call_record.call_id == "c-2"


def test_get_record_by_filter_round_trips_and_iterates(client: Client, emulator: Emulator) -> None:
    reply = client.call_record.get_record_by_filter(
        start_time=1700000000, number_per_page=2, page=1, call_type="SingleCall"
    )
    assert isinstance(reply, GetRecordByFilterResponse)
    assert emulator.requests[-1].body == {
        "StartTime": 1700000000,
        "NumberPerPage": 2,
        "Page": 1,
        "CallType": "SingleCall",
    }
    records = list(client.call_record.iter_get_record_by_filter(number_per_page=2))
    assert records and all(isinstance(record, CallRecord) for record in records)


def test_callback_configuration_round_trips(client: Client, emulator: Emulator) -> None:
    client.call_config.set_callback(
        url="https://example.com/cb", callback_command_list=[CallbackCommand.AFTER_END_CALL]
    )
    assert client.call_config.get_callback().response.url
    assert client.call_config.delete_callback().error_code == 0
    bodies = [request.body for request in emulator.requests]
    assert bodies == [{"Url": "https://example.com/cb", "CallbackCommandList": ["Call.CallbackAfterEndCall"]}, {}, {}]


def test_a_request_model_instance_is_accepted(client: Client, emulator: Emulator) -> None:
    client.call.get_call_info(GetCallInfoRequest(call_id="c-3"))
    assert emulator.requests[-1].body == {"CallId": "c-3"}


def test_invoke_by_path_returns_the_same_typed_model(client: Client, emulator: Emulator) -> None:
    reply = client.invoke("call_engine_http_srv/get_call_info", {"CallId": "c-4"})
    assert isinstance(reply, GetCallInfoResponse)
    assert reply.response.call_info.call_id == "c-4"


def test_extra_body_sends_undocumented_keys(client: Client, emulator: Emulator) -> None:
    client.call.get_call_info(call_id="c-5", extra_body={"Future": 1})
    assert emulator.requests[-1].body == {"CallId": "c-5", "Future": 1}


def test_unknown_keys_are_refused_with_a_suggestion(client: Client, emulator: Emulator) -> None:
    with pytest.raises(RequestValidationError) as caught:
        client.invoke("call_engine_http_srv/get_call_info", {"CallID": "x"})
    assert "did you mean 'CallId'" in str(caught.value)
    assert emulator.requests == []


# The documented samples, decoded (facts from the official pages, checked in /tmp research notes).
SAMPLE_GET_CALL_INFO = {
    "ErrorCode": 0,
    "ErrorInfo": "",
    "ActionStatus": "OK",
    "RequestId": "Id-431454f25a44462d8155bdff4fed38cc-O-Seq-19029769",
    "Response": {
        "CallInfo": {
            "CallId": "055662e1-bc8a-469c-a334-1126c8c17d58",
            "MediaType": "Audio",
            "ChatGroupId": "",
            "RoomId": "",
            "RoomIdType": 0,
        },
        "UserList": [{"User_Account": "user1", "Status": "Calling"}, {"User_Account": "user2", "Status": "Waiting"}],
    },
}


def test_documented_room_id_type_zero_decodes_as_an_unlisted_member(client: Client, emulator: Emulator) -> None:
    emulator.script("call_engine_http_srv/get_call_info", body=SAMPLE_GET_CALL_INFO)
    info = client.call.get_call_info(call_id="055662e1-bc8a-469c-a334-1126c8c17d58").response.call_info
    assert info.room_id_type == 0 and info.room_id_type is not None and info.room_id_type.name == "UNLISTED"
    assert info.media_type is MediaType.AUDIO


def test_record_fields_accept_the_types_of_the_contradicting_table(client: Client, emulator: Emulator) -> None:
    # The filter page's table types CallResult as Integer and RoomIdType as String; samples say otherwise.
    record = {
        "CallId": "c",
        "Caller_Account": "147",
        "MediaType": "Audio",
        "CallType": "SingleCall",
        "StartTime": 1739960242,
        "EndTime": 1739960245,
        "AcceptTime": 1739960244,
        "CallResult": "NormalEnd",
        "CalleeList_Account": ["147", "369"],
        "RoomId": "roomid-1434",
        "RoomIdType": "2",
    }
    emulator.script(
        "call_record_http_srv/get_record_by_filter",
        body={"Response": {"TotalNum": 2, "Page": 1, "CallRecordList": [record, {**record, "CallResult": 3}]}},
    )
    [first, second] = client.call_record.get_record_by_filter().response.call_record_list
    assert first.room_id_type is RoomIdType.STRING
    assert first.call_result is CallResult.NORMAL_END
    assert second.call_result == "3" and second.call_result.name == "UNLISTED"


def test_start_call_by_robot_decodes_both_documented_replies(client: Client, emulator: Emulator) -> None:
    kwargs = dict(
        robot_account="r",
        callee_list_account=["jack"],
        timeout=300000,
        call_info=StartCallInfoParam(media_type="Audio"),
    )
    emulator.script(
        "call_engine_http_srv/start_call_by_robot", body={"RequestId": "Id-1"}
    )  # the API page: envelope only
    assert client.call.start_call_by_robot(**kwargs).response is None  # type: ignore[arg-type]
    guide = {"Response": {"CallId": "35fd", "CallResult": [{"Callee_Account": "jack", "ResultCode": 0}]}}
    emulator.script("call_engine_http_srv/start_call_by_robot", body=guide)
    reply = client.call.start_call_by_robot(**kwargs)  # type: ignore[arg-type]
    assert reply.response is not None and reply.response.call_result[0].callee_account == "jack"
