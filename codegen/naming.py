"""Names derived from the wire: snake_case attributes, PascalCase classes, enum members."""

from __future__ import annotations

import keyword
import re

_ACRONYM_END = re.compile(r"([A-Z][A-Z0-9]*)([A-Z][a-z])")  # "IMNick" -> "IM_Nick", "C2CUnread" -> "C2C_Unread"
_LOWER_UPPER = re.compile(r"([a-z])([A-Z])|([a-z][0-9]+)([A-Z])")  # "callId" -> "call_Id", "all2X" -> "all2_X"
_NON_WORD = re.compile(r"[^0-9A-Za-z]+")


def snake_case(key: str) -> str:
    """`CalleeList_Account` -> `callee_list_account`, `IconURL` -> `icon_url`, `opType` -> `op_type`."""
    text = _ACRONYM_END.sub(r"\1_\2", key)
    text = _LOWER_UPPER.sub(lambda m: f"{m.group(1) or m.group(3)}_{m.group(2) or m.group(4)}", text)
    text = _NON_WORD.sub("_", text).strip("_").lower()
    text = re.sub(r"_+", "_", text)
    if not text or text[0].isdigit():
        text = f"f_{text}"
    if keyword.iskeyword(text) or keyword.issoftkeyword(text):
        text += "_"
    return text


def pascal_case(name: str) -> str:
    """`get_call_info` -> `GetCallInfo`; already-Pascal words keep their inner capitals."""
    return "".join(part[:1].upper() + part[1:] for part in _NON_WORD.split(snake_case(name)) if part)


def enum_member(value: str | int) -> str:
    """`SingleCall` -> `SINGLE_CALL`, `Hang Up` -> `HANG_UP`."""
    if isinstance(value, int):
        raise ValueError("integer enum values need an explicit name")
    member = snake_case(value).upper().rstrip("_")
    return member if member[:1].isalpha() else f"V_{member}"
