"""Base classes of every generated model.

Requests are strict: a typo'd or unknown key is refused and limits are checked before sending.
Responses are lenient: the API grows faster than its docs, so unknown keys are kept, numbers are
accepted for strings, and unlisted enum values decode to UNLISTED members (see enums.py).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator

from trtc_sdk._protocol import OPEN_ENUMS, RESPONSE_ONLY_VALUES
from trtc_sdk._runtime.enums import is_unlisted

# Name of the json_schema_extra entry carrying a UTF-8 byte limit (Tencent counts bytes, not characters).
MAX_BYTES = "x-max-bytes"
ITEM_MAX_BYTES = "x-item-max-bytes"
SEND_AS_STRING = "x-send-as-string"  # the spec documents numbers for this string field: send their text


class RequestModel(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
        validate_by_alias=True,
        protected_namespaces=(),
    )

    @field_validator("*", mode="before")
    @classmethod
    def _send_numbers_as_text(cls, value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and info.field_name:
            extra = cls.model_fields[info.field_name].json_schema_extra
            if isinstance(extra, dict) and extra.get(SEND_AS_STRING):
                return str(value)
        return value

    @field_validator("*", mode="after")
    @classmethod
    def _check_limits(cls, value: Any, info: ValidationInfo) -> Any:
        """What the generated type annotations cannot say: byte limits and documented enum values only."""
        for item in value if isinstance(value, list) else (value,):
            if isinstance(item, Enum):
                _check_sendable(item)
        extra = cls.model_fields[info.field_name].json_schema_extra if info.field_name else None
        if not isinstance(extra, dict):
            return value
        limit, item_limit = extra.get(MAX_BYTES), extra.get(ITEM_MAX_BYTES)
        if isinstance(limit, int) and isinstance(value, str):
            _check_bytes(value, limit)
        if isinstance(item_limit, int) and isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    _check_bytes(item, item_limit)
        return value

    def to_wire(self) -> dict[str, Any]:
        """The JSON object sent to the server: wire keys, only the fields that were given."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True, exclude_none=True)


def _check_sendable(member: Enum) -> None:
    enum_class = type(member)
    qualified = f"{enum_class.__module__}.{enum_class.__qualname__}"
    if member.value in RESPONSE_ONLY_VALUES.get(qualified, ()):
        raise ValueError(f"{member.value!r} is only reported by the server; a request cannot send it")
    if is_unlisted(member) and qualified not in OPEN_ENUMS:
        allowed = ", ".join(repr(m.value) for m in enum_class if m.value not in RESPONSE_ONLY_VALUES.get(qualified, ()))
        raise ValueError(f"{member.value!r} is not a documented {enum_class.__name__} value; allowed: {allowed}")


def _check_bytes(value: str, limit: int) -> None:
    size = len(value.encode("utf-8"))
    if size > limit:
        raise ValueError(f"is {size} bytes in UTF-8; at most {limit} allowed")


class ResponseModel(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        coerce_numbers_to_str=True,
        protected_namespaces=(),
    )
