"""Every command of the Chat reference is in the SDK, except the few left out on purpose (listed below).

The reference's command paths are copied into tests/data/chat_reference_commands.txt (CI cannot read
the shared reference files). Each one must be a key of `trtc_sdk.OPERATIONS`, unless it is in
LEFT_OUT with the reason the spec gives; an entry of LEFT_OUT that the SDK gains must leave the list.
"""

from __future__ import annotations

from pathlib import Path

from trtc_sdk import OPERATIONS

REFERENCE = Path(__file__).parent / "data" / "chat_reference_commands.txt"
ENVELOPE_PREFIX = "v4/"

LEFT_OUT = {
    # apis-a.yaml holds a placeholder for the official-account pages whose command names it could not read
    # (trtc.io/document/60756, 60760-60762, 60810). Those commands are in the spec under their real names
    # (see OFFICIAL_ACCOUNT_PAGES below); the placeholder itself names no command.
    "(unknown command name)",
}
# What the placeholder stood for: the official-account commands of those pages.
OFFICIAL_ACCOUNT_PAGES = [
    "official_account_open_http_svc/destroy_official_account",
    "official_account_open_http_svc/add_subscriber",
    "official_account_open_http_svc/delete_subscriber",
    "official_account_open_http_svc/modify_subscriber_info",
    "official_account_open_http_svc/send_official_account_msg",
]


def reference_paths() -> list[str]:
    lines = REFERENCE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def operation_path(reference_path: str) -> str:
    return reference_path.removeprefix(ENVELOPE_PREFIX)


def test_reference_list_is_the_whole_reference() -> None:
    paths = reference_paths()
    assert len(paths) == 169
    assert len(set(paths)) == len(paths)
    assert all(path.startswith(ENVELOPE_PREFIX) and path.count("/") == 2 for path in paths if path not in LEFT_OUT)


def test_every_reference_command_is_an_operation_unless_left_out_on_purpose() -> None:
    missing = [path for path in reference_paths() if path not in LEFT_OUT and operation_path(path) not in OPERATIONS]
    assert missing == []


def test_every_reference_command_is_a_chat_operation() -> None:
    products = {
        OPERATIONS[operation_path(path)].product for path in reference_paths() if operation_path(path) in OPERATIONS
    }
    assert products == {"chat"}


def test_left_out_commands_are_really_absent_and_listed_in_the_reference() -> None:
    assert LEFT_OUT.issubset(reference_paths())
    assert [path for path in sorted(LEFT_OUT) if operation_path(path) in OPERATIONS] == []


def test_the_pages_behind_the_placeholder_are_covered_under_their_real_names() -> None:
    assert [path for path in OFFICIAL_ACCOUNT_PAGES if path not in OPERATIONS] == []
