"""What the core knows about the API: plain data handed to it by the generated registry.

The generated module `trtc_sdk._registry` builds one `Registry` from the spec (envelope keys, regions,
error tables, every command) and the generated clients pass it here; nothing in `trtc_sdk._core`
imports generated code. Model classes are named by "module:Class" strings and imported on first use,
so reading the registry loads no models.

The policy vocabularies below (`Category`, `RetryRule`, ...) are also what `codegen` checks the spec
against, so a value unknown to the core fails generation, not a user's call.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal, TypeVar, cast, get_args

if TYPE_CHECKING:
    from trtc_sdk._core.models import RequestModel, ResponseModel

# Which exception class an error code raises (see errors.API_ERROR_CLASSES).
Category = Literal["rate_limited", "auth", "permission", "invalid", "not_found", "conflict", "server"]
# never: raise at once. always: rejected before it ran, retry with backoff. idempotent: retry only
# commands that are safe to repeat (the server may have acted). resign: mint a fresh UserSig, retry once.
RetryRule = Literal["never", "always", "idempotent", "resign"]
PagingStyle = Literal["page_number", "offset", "cursor"]
ItemResultsKind = Literal["per_item", "failed_items", "failed_keys"]
QueryRole = Literal["sdkappid", "identifier", "usersig", "random", "contenttype"]
ReplyRole = Literal["action_status", "error_code", "error_info", "request_id", "error_display"]
EventKind = Literal["before", "after"]
AnswerEffect = Literal["allow", "deny", "deny_silently", "modify"]
WebhookAuthentication = Literal["sha256_token_time", "none"]

CATEGORIES: tuple[Category, ...] = get_args(Category)
RETRY_RULES: tuple[RetryRule, ...] = get_args(RetryRule)
PAGING_STYLES: tuple[PagingStyle, ...] = get_args(PagingStyle)


@dataclass(frozen=True)
class ErrorSpec:
    code: int
    meaning: str
    category: Category
    retry: RetryRule
    hint: str | None = None


@dataclass(frozen=True)
class Region:
    name: str
    title: str
    host: str
    standby_host: str


@dataclass(frozen=True)
class Paging:
    style: PagingStyle
    request_key: str  # request field selecting the page / offset / cursor (wire key)
    items: str  # dotted wire path of the item array in the response
    page_size_key: str | None = None
    next: str | None = None
    total: str | None = None
    first: int | str | None = None
    end: int | str | None = None
    done_path: str | None = None  # a reply field saying whether more pages follow...
    done_value: int | str | bool | None = None  # ...and its value on the last page
    cut_short_path: str | None = None  # a reply field saying the server cut this page short (more follow)...
    cut_short_value: int | str | bool | None = None  # ...when it holds this value, even on a short page
    carry: tuple[tuple[str, str], ...] = ()  # (request key, reply path): more cursor fields for the next page
    fixed: tuple[tuple[str, int | str | bool], ...] = ()  # (request key, value) the iterator always sends
    advance: Literal["count", "item_field"] | None = None  # the next value is computed from the page...
    advance_field: str | None = None  # ...from this field of the items...
    advance_step: int = 1  # ...as the largest plus one (1) or the smallest minus one (-1)...
    advance_min: int = 0  # ...ending the walk when it would go below this (sequences start at 1)


@dataclass(frozen=True)
class ItemResults:
    """Where a reply that says success reports a result per item (partial success)."""

    path: str  # dotted wire path of the result array
    kind: ItemResultsKind
    key: str | None = None  # entry field naming the item
    status: str | None = None  # entry field holding its result code
    success: tuple[int | str | bool, ...] = (0,)
    message: str | None = None  # entry field holding an error text


@dataclass(frozen=True)
class Deduplication:
    """The server drops repeats carrying the same `key` value, so a resend cannot act twice."""

    key: str  # request wire key, an integer the SDK fills when the caller omits it
    window_seconds: float | None = None
    also: tuple[str, ...] = ()  # more integer request keys of the de-duplication key, filled the same way


@dataclass(frozen=True)
class Batch:
    """The command takes a list of independent items that may be split into several calls."""

    field: str  # request wire key of the item array
    max_items: int  # documented batch size


@dataclass(frozen=True, eq=False)  # identity: one instance per command, usable as a cache key
class Operation:
    path: str  # "servicename/command"
    product: str
    servicename: str
    command: str
    namespace: str
    method_name: str
    title: str
    doc_url: str | None
    idempotent: bool
    rate_limit_per_sec: float | None
    errors: Mapping[int, ErrorSpec]  # codes the command's page documents
    regions: tuple[str, ...]  # regions whose hosts serve the product
    request_model_ref: str = field(repr=False)
    response_model_ref: str = field(repr=False)
    paging: Paging | None = None
    item_results: ItemResults | None = None
    deduplication: Deduplication | None = None
    batch: Batch | None = None
    rate_limit_group: str | None = None  # commands sharing one documented quota share this name
    group_types: tuple[str, ...] = ()  # Chat group commands: the group types they apply to

    @property
    def retry_safe(self) -> bool:
        """May an attempt whose outcome is unknown be sent again? (idempotent, or de-duplicated by the server)"""
        return self.idempotent or self.deduplication is not None

    @cached_property
    def request_model(self) -> type[RequestModel]:
        return cast("type[RequestModel]", import_ref(self.request_model_ref))

    @cached_property
    def response_model(self) -> type[ResponseModel]:
        return cast("type[ResponseModel]", import_ref(self.response_model_ref))


@dataclass(frozen=True)
class Envelope:
    """The frame around every command: URL path, query keys, reply keys (from spec/common.yaml)."""

    path_template: str  # e.g. "/v4/{servicename}/{command}"
    query_keys: Mapping[QueryRole, str]
    contenttype: str
    reply_keys: Mapping[ReplyRole, str]

    def path(self, operation: Operation) -> str:
        return self.path_template.format(servicename=operation.servicename, command=operation.command)

    def operation_path(self, url_path: str) -> str | None:
        """'servicename/command' of a URL path built by `path`, or None (the emulator's reverse lookup)."""
        prefix, _, suffix = self.path_template.partition("{servicename}/{command}")
        if not url_path.startswith(prefix) or (suffix and not url_path.endswith(suffix)):
            return None
        return url_path[len(prefix) : len(url_path) - len(suffix)]


@dataclass(frozen=True)
class EventSpec:
    """A webhook event: which CallbackCommand it is and where its payload and answer models live."""

    command: str
    product: str
    name: str
    title: str
    kind: EventKind
    answer_effects: tuple[AnswerEffect, ...]
    doc_url: str | None
    payload_model_ref: str = field(repr=False)
    answer_model_ref: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Registry:
    envelope: Envelope
    regions: Mapping[str, Region]
    common_errors: Mapping[int, ErrorSpec]
    product_errors: Mapping[str, Mapping[int, ErrorSpec]]
    operations: Mapping[str, Operation]
    events: Mapping[str, EventSpec] = field(default_factory=dict)
    webhook_authentication: Mapping[str, WebhookAuthentication] = field(default_factory=dict)

    def error_spec(self, operation: Operation, code: int) -> ErrorSpec | None:
        """What a code means for a command: its page first, then its product's table, then the common one."""
        return (
            operation.errors.get(code)
            or self.product_errors.get(operation.product, {}).get(code)
            or self.common_errors.get(code)
        )

    def invalid_parameter_code(self, operation: Operation) -> int:
        """The code a product answers for a bad parameter (what the emulator sends for a refused body)."""
        for table in (operation.errors, self.product_errors.get(operation.product, {})):
            for code, spec in table.items():
                if spec.category == "invalid":
                    return code
        return next(code for code, spec in self.common_errors.items() if spec.category == "invalid")


ValueT = TypeVar("ValueT")


class LazyTable(Mapping[str, ValueT]):
    """A read-only mapping whose values are built on first access, from the generated registry's recipes.

    Building all 262 Operation objects when `trtc_sdk` is imported would cost more than the rest of the
    import; a call needs one of them, `trtc list` all of them.
    """

    __slots__ = ("_built", "_lock", "_recipes")

    def __init__(self, recipes: Mapping[str, Callable[[], ValueT]]) -> None:
        self._recipes = recipes
        self._built: dict[str, ValueT] = {}
        self._lock = threading.Lock()

    def __getitem__(self, key: str) -> ValueT:
        try:
            return self._built[key]
        except KeyError:
            recipe = self._recipes[key]  # KeyError for an unknown key, as a dict would raise
        with self._lock:  # one instance per key, even when threads race for it (Operations are cache keys)
            if key not in self._built:
                self._built[key] = recipe()
            return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._recipes)

    def __len__(self) -> int:
        return len(self._recipes)

    def __contains__(self, key: object) -> bool:
        return key in self._recipes

    def __repr__(self) -> str:
        return f"<{len(self)} entries>"


def import_ref(ref: str) -> object:
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)
