"""Partial success: the items a reply that says success reports as failed, for any command that has them.

Commands such as batch imports or batch sends answer ErrorCode 0 and list a result per item (or only
the failures). The spec says where (`item_results`); this reads it, so one helper serves them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from trtc_sdk._core.models import ResponseModel
from trtc_sdk._core.wire import wire_get


@dataclass(frozen=True)
class FailedItem:
    key: Any  # what names the item: an account, a message key, a group ID...
    code: int | str | None  # its result code (None when the reply lists failed keys only)
    message: str | None
    raw: Any  # the whole entry as received


def failed_items(reply: ResponseModel) -> list[FailedItem]:
    """The items a successful reply reports as failed (empty when all succeeded or the command has no
    per-item results). Raises TypeError for a model that did not come from a call."""
    operation = reply.operation
    if operation is None:
        raise TypeError("failed_items() needs a reply returned by a client call")
    spec = operation.item_results
    if spec is None:
        return []
    entries = wire_get(reply, spec.path) or []
    failed = []
    for entry in entries:
        if spec.kind == "failed_keys":
            failed.append(FailedItem(entry, None, None, entry))
            continue
        status = _read(entry, spec.status)
        if spec.kind == "per_item" and _succeeded(status, spec.success):
            continue
        failed.append(FailedItem(_read(entry, spec.key), status, _text(_read(entry, spec.message)), entry))
    return failed


def _succeeded(status: Any, success: tuple[int | str | bool, ...]) -> bool:
    """Whether the status is one of the success values, a boolean matching only a boolean (True is not 1)."""
    return any(status == value and isinstance(status, bool) == isinstance(value, bool) for value in success)


def _read(entry: Any, key: str | None) -> Any:
    if key is None:
        return None
    if isinstance(entry, BaseModel):
        return wire_get(entry, key)
    return entry.get(key) if isinstance(entry, dict) else None


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
