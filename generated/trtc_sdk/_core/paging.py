"""Walking paged commands: which request fetches the next page, and when to stop.

Paths in the spec are dotted wire keys ("Response.CallRecordList"), resolved through the models'
aliases so the same spec entry drives the sync and async iterators.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from trtc_sdk._core.models import RequestModel
from trtc_sdk._core.registry import Operation, Paging
from trtc_sdk._core.wire import attribute_name, wire_get


def first_page(request_type: type[RequestModel], paging: Paging | None, params: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword fields of the first request: the caller's, with the page key set to its first value and the
    fields the iterator fixes (e.g. which of two lists it walks) set to their values."""
    fields = dict(params)
    if paging is None:
        return fields
    if paging.first is not None:
        name = attribute_name(request_type, paging.request_key)
        if name:
            fields = {name: paging.first, **fields}
    for key, value in paging.fixed:
        name = attribute_name(request_type, key)
        if name:
            fields[name] = value
    return fields


def fixed_fields_given(request_type: type[RequestModel], paging: Paging | None, params: Mapping[str, Any]) -> list[str]:
    """The caller's keyword fields that the iterator sets itself (`paging.fixed`)."""
    if paging is None:
        return []
    fixed = {attribute_name(request_type, key) for key, _ in paging.fixed}
    return sorted(name for name in params if name in fixed)


class Cursor:
    """The request for the next page, or None once the last page was read."""

    def __init__(self, operation: Operation, first: RequestModel) -> None:
        if operation.paging is None:
            raise TypeError(f"{operation.path} is not paged")
        self.paging: Paging = operation.paging
        self.request: RequestModel | None = first
        self.seen = 0

    def advance(self, response: Any) -> list[Any]:
        assert self.request is not None
        items = list(wire_get(response, self.paging.items) or [])
        self.seen += len(items)
        following = self._next_value(self.request, response, items)
        if following is None or self._done(response):
            self.request = None
        else:
            updates = {self.paging.request_key: following}
            updates.update((key, wire_get(response, path)) for key, path in self.paging.carry)
            self.request = self._with(self.request, updates)
        return items

    def _advanced(self, current: Any, items: list[Any]) -> Any:
        """The next value computed from the page: offset plus count, or a bound of the items' field."""
        paging = self.paging
        if not items:
            return None
        if paging.advance == "count":
            return int(current or 0) + len(items)
        values = [value for item in items if isinstance(value := wire_get(item, paging.advance_field or ""), int)]
        if not values:
            return None
        following = min(values) - 1 if paging.advance_step < 0 else max(values) + 1
        return None if following < paging.advance_min else following

    def _cut_short(self, response: Any) -> bool:
        """The reply says the server returned fewer items than asked for a reason of its own (size), not the end."""
        path = self.paging.cut_short_path
        return path is not None and wire_get(response, path) == self.paging.cut_short_value

    def _done(self, response: Any) -> bool:
        """The reply's own end marker, for commands that have one (e.g. Complete: 1)."""
        return self.paging.done_path is not None and wire_get(response, self.paging.done_path) == self.paging.done_value

    def _next_value(self, request: RequestModel, response: Any, items: list[Any]) -> Any:
        paging = self.paging
        current = wire_get(request, paging.request_key)
        if paging.style == "page_number":
            total = wire_get(response, paging.total) if paging.total else None
            page_size = wire_get(request, paging.page_size_key) if paging.page_size_key else None
            if not items or (isinstance(total, int) and self.seen >= total):
                return None
            if isinstance(page_size, int) and len(items) < page_size:
                return None
            start = current if current is not None else paging.first if paging.first is not None else 1
            return int(start) + 1
        if paging.advance is not None:
            page_size = wire_get(request, paging.page_size_key) if paging.page_size_key else None
            if isinstance(page_size, int) and len(items) < page_size and not self._cut_short(response):
                return None
            return self._advanced(current, items)
        following = wire_get(response, paging.next) if paging.next else None
        if following is None or following == paging.end or following == "" or following == current:
            return None
        if paging.style == "offset" and not items:
            return None  # a server that keeps answering an offset with empty pages must not loop forever
        return following

    @staticmethod
    def _with(request: RequestModel, updates: dict[str, Any]) -> RequestModel:
        """The request with cursor fields replaced by the server's values, sent back as they came."""
        names: dict[str, Any] = {}
        for key, value in updates.items():
            name = attribute_name(type(request), key)
            assert name is not None, key  # the loader checked every paging key against the request
            if value is not None:
                names[name] = value
        return request.model_copy(update=names)
