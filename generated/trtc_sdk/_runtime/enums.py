"""Base classes of the generated enums: StrEnum and IntEnum that tolerate unlisted values.

The API adds enum values before its docs do, so a reply carrying an unlisted value still decodes:
it becomes an "unlisted" member (name UNLISTED, the received value) instead of failing the whole
reply. Requests refuse unlisted members (RequestModel checks `is_unlisted`), so only documented
values are ever sent. The names shadow the stdlib ones on purpose: generated code imports them here.
"""

from __future__ import annotations

import enum
import sys
from typing import Any

if sys.version_info >= (3, 11):
    _StrEnumBase = enum.StrEnum
else:  # pragma: no cover - Python 3.10

    class _StrEnumBase(str, enum.Enum):
        def __str__(self) -> str:
            return str(self.value)


UNLISTED = "UNLISTED"


def _unlisted(cls: type[Any], base: type, value: Any) -> Any:
    member: Any = base.__new__(cls, value)
    member._name_ = UNLISTED
    member._value_ = value
    return member


def is_unlisted(value: object) -> bool:
    return isinstance(value, enum.Enum) and value.name == UNLISTED and UNLISTED not in type(value).__members__


class StrEnum(_StrEnumBase):
    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # documented string enums sometimes arrive as numbers
        if not isinstance(value, str):
            return None
        return cls._value2member_map_.get(value) or _unlisted(cls, str, value)


class IntEnum(enum.IntEnum):
    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, str):
            try:
                value = int(value)  # documented integer enums sometimes arrive as strings
            except ValueError:
                return None
        if isinstance(value, bool) or not isinstance(value, int):
            return None
        return cls._value2member_map_.get(value) or _unlisted(cls, int, value)


__all__ = ["IntEnum", "StrEnum", "is_unlisted"]
