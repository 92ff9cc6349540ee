"""End-to-end demo: start the local emulator and call every Call command through the generated client."""

from __future__ import annotations

from trtc_sdk import OPERATIONS, NotFoundError
from trtc_sdk.models.call import CallbackCommand, MediaType, OfflinePushInfoParam, StartCallInfoParam
from trtc_sdk.testing import Emulator


def show(title: str, value: object) -> None:
    print(f"\n== {title}\n{value!r}")


def main() -> None:
    with Emulator() as emulator, emulator.client() as client:
        print(f"emulator on {emulator.url}; {len(OPERATIONS)} commands in trtc_sdk.OPERATIONS")

        started = client.call.start_call_by_robot(
            robot_account="robot-1",
            callee_list_account=["alice", "bob"],
            timeout=30_000,
            user_data="demo",
            call_info=StartCallInfoParam(media_type=MediaType.VIDEO, room_id="room-42", room_id_type=2),
            offline_push_info=OfflinePushInfoParam(title="Incoming call", desc="The robot is calling"),
        )
        show("call.start_call_by_robot", started)
        show("call.get_call_info", client.call.get_call_info(call_id="call-1").response)
        show("call.end_call", client.call.end_call(call_id="call-1"))
        show("call_record.get_record_by_callid", client.call_record.get_record_by_callid(call_id="call-1").response)
        page = client.call_record.get_record_by_filter(number_per_page=10, page=1, call_type="SingleCall")
        show("call_record.get_record_by_filter", page.response)
        show("call_record.iter_get_record_by_filter", list(client.call_record.iter_get_record_by_filter()))
        show(
            "call_config.set_callback",
            client.call_config.set_callback(
                url="https://example.com/trtc-callback",
                callback_command_list=[CallbackCommand.AFTER_START_CALL, CallbackCommand.AFTER_END_CALL],
            ),
        )
        show("call_config.get_callback", client.call_config.get_callback().response)
        show("call_config.delete_callback", client.call_config.delete_callback())

        emulator.script("call_engine_http_srv/end_call", error_code=101004, error_info="call not found")
        try:
            client.call.end_call(call_id="gone")
        except NotFoundError as error:
            show("a typed error (scripted 101004)", error)
        print(f"\n{len(emulator.requests)} requests served, every one signed and checked by the emulator.")


if __name__ == "__main__":
    main()
