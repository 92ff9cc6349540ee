"""Base classes of every generated model.

Requests are strict: a typo'd or unknown key is refused and limits are checked before sending.
Responses are lenient: the API grows faster than its docs, so unknown keys are kept, numbers are
accepted for strings, and unlisted enum values decode to UNLISTED members (see enums.py).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator

from trtc_sdk._runtime.enums import is_unlisted

# Name of the json_schema_extra entry carrying a UTF-8 byte limit (Tencent counts bytes, not characters).
MAX_BYTES = "x-max-bytes"
ITEM_MAX_BYTES = "x-item-max-bytes"


class RequestModel(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
        validate_by_alias=True,
        protected_namespaces=(),
    )

    @field_validator("*", mode="after")
    @classmethod
    def _check_limits(cls, value: Any, info: ValidationInfo) -> Any:
        """What the generated type annotations cannot say: byte limits and documented enum values only."""
        for item in value if isinstance(value, list) else (value,):
            if is_unlisted(item):
                allowed = ", ".join(repr(member.value) for member in type(item))
                raise ValueError(f"{item.value!r} is not a documented {type(item).__name__} value; allowed: {allowed}")
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
