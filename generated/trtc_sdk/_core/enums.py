"""Base classes of the generated enums: StrEnum and IntEnum that tolerate unlisted values.

The API adds enum values before its docs do, so a reply carrying an unlisted value still decodes:
it becomes an "unlisted" member (name UNLISTED, the received value) instead of failing the whole
reply. What a request may send is a rule of each enum class, set by the generated code:
`__open__` (the docs' list is incomplete: any value may be sent) and `__response_only__` (values the
server reports that a request must not send). The names shadow the stdlib ones on purpose:
generated code imports them here.
"""

from __future__ import annotations

import enum
import sys
from typing import Any, ClassVar

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
    __open__: ClassVar[bool] = False
    __response_only__: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # documented string enums sometimes arrive as numbers
        if not isinstance(value, str):
            return None
        return cls._value2member_map_.get(value) or _unlisted(cls, str, value)


class IntEnum(enum.IntEnum):
    __open__: ClassVar[bool] = False
    __response_only__: ClassVar[frozenset[int]] = frozenset()

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


def sendable_values(enum_class: type[enum.Enum]) -> list[Any]:
    """The documented values a request may send (server-only values left out)."""
    response_only: frozenset[object] = getattr(enum_class, "__response_only__", frozenset())
    return [member.value for member in enum_class if member.value not in response_only]


def check_sendable(member: enum.Enum) -> None:
    """Refuse a server-only value, and an unlisted value of an enum whose list is complete."""
    enum_class = type(member)
    if member.value in getattr(enum_class, "__response_only__", frozenset()):
        raise ValueError(f"{member.value!r} is only reported by the server; a request cannot send it")
    if is_unlisted(member) and not getattr(enum_class, "__open__", False):
        allowed = ", ".join(repr(value) for value in sendable_values(enum_class))
        raise ValueError(f"{member.value!r} is not a documented {enum_class.__name__} value; allowed: {allowed}")


__all__ = ["IntEnum", "StrEnum", "check_sendable", "is_unlisted", "sendable_values"]
