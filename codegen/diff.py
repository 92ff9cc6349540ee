"""Changelog between two specs, each change classified for SDK users: `python -m codegen diff OLD NEW`.

OLD and NEW are each a spec directory (an existing directory wins; a repository root holding
`spec/` works too), the literal `WORKTREE` (`spec/` of the working tree of the current git
repository), or a git revision whose `spec/` is read with git into a temporary directory. Both are
loaded and validated with `load_spec`; an unknown revision or an invalid spec exits with code 2.

Severity of each change ("breaking" means code that worked against OLD may fail against NEW):

Commands and services
- command added, service added, product added: non-breaking.
- command removed, service removed, product removed: breaking.
- command renamed: a removed and an added command of one product with identical request and response
  fields (descriptions aside), matched one to one: breaking (the old path and method are gone).
- method renamed (same path, new `method`), namespace renamed (same servicename), request/response
  model renamed (the namespace prefix that name clashes add): breaking.
- command or service moved to another product: breaking (its models live in another module).
- idempotent changed either way: non-breaking; it only changes which failures the SDK retries.
- rate limit changed: non-breaking (informational; the SDK does not throttle).
- paging added: non-breaking (a new `iter_` method); removed: breaking; its item type changed:
  breaking; other paging keys changed: non-breaking (iteration behaviour only).
- an error code added to or removed from a command's list: non-breaking (the list documents; the
  exception class comes from the product and common tables).

Fields (of commands, of named object types, of the reply envelope)
- request field added: non-breaking when optional, breaking when required.
- response field added: non-breaking.
- field removed, Python name changed: breaking.
- request field type changed: breaking, whatever the change (the brief's rule: ranges of sized
  integers are enforced and the accepted Python type may change).
- response field type changed: breaking, except between integer types (integer, int32, uint32,
  int64, uint64), which all decode to `int` and whose ranges replies do not enforce.
- request field optional -> required: breaking; required -> optional: non-breaking.
- response field required -> optional: breaking (the attribute may now be None);
  optional -> required: non-breaking.
- limits (max_bytes, max_length, min_length, pattern, minimum, maximum, min_items, max_items and
  their `items:` forms) on a request field: narrowed (lower max, higher min, a new limit, a new or
  changed pattern) breaking, widened (higher max, lower min, a limit dropped) non-breaking. On a
  response field: non-breaking, since replies are decoded without limits.
- `accepts` losing a JSON type: breaking (values that decoded or were sent before are refused);
  gaining one: non-breaking.
- unit changed from one unit to another: breaking (the same number means something else); a unit
  added or dropped: documentation.
- deprecated set or cleared: non-breaking.
- description, default (documentation only, never sent), example: documentation.
A named object type's field changes are reported once, under the type, with the commands that use
it; a type used by requests and responses gets the more severe of both classifications.

Types and enums
- named type added: non-breaking; removed, or changed between enum and object: breaking.
- enum value added: non-breaking; removed, or its Python member renamed: breaking.
- enum open -> closed: breaking (requests may no longer send unlisted values); closed -> open:
  non-breaking.
- enum value becoming response_only: breaking (it can no longer be sent); the reverse: non-breaking.

Errors, regions, envelope
- error code added to a product or the common table: non-breaking.
- error code removed from a table: breaking (it is then raised as another exception class), unless
  a product's code is now in the common table with the same category.
- error category changed: breaking (another exception class); retry rule changed: non-breaking
  (behaviour only); meaning or hint changed: documentation.
- region added to common.yaml or to a product's allowed regions: non-breaking; removed: breaking
  (clients configured for it fail).
- a region's host or standby host changed: non-breaking (the SDK connects elsewhere by itself).
- envelope query keys are filled in by the SDK, never by callers: their changes are non-breaking;
  envelope response keys follow the response field rules.

Webhook events and their delivery: see codegen/diff_events.py (payload fields follow the response
rules, answer fields the request rules).

Documentation: titles, summaries, descriptions, doc_urls, notes, `idempotency` rationales,
`undocumented` markers, region titles and notes. Pure reordering (fields, commands, services,
types, enum values, error lists, regions) is no change at all.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Literal

from codegen.load import SpecError, SpecErrors, load_spec
from codegen.model import (
    INTEGER_SCALARS,
    Command,
    EnumType,
    EnvelopeKey,
    Field,
    Note,
    ObjectType,
    Product,
    Side,
    Spec,
    TypeRef,
)
from trtc_sdk._core.registry import ErrorSpec as ErrorCode
from trtc_sdk._core.registry import Paging

Severity = Literal["breaking", "non-breaking", "docs"]
BREAKING: Severity = "breaking"
NON_BREAKING: Severity = "non-breaking"
DOCS: Severity = "docs"
SEVERITY_RANK: dict[Severity, int] = {BREAKING: 0, NON_BREAKING: 1, DOCS: 2}

WORKTREE = "WORKTREE"
COMMON = "common"  # product name of changes to common.yaml (no product file can be called that)
UPPER_LIMITS = frozenset({"max_bytes", "max_length", "maximum", "max_items"})
PAGING_KEYS = tuple(field.name for field in dataclasses.fields(Paging))
USERS_SHOWN = 4  # a type's group header names this many commands per side, then "and N more"


@dataclasses.dataclass(frozen=True)
class Change:
    """One difference between the specs, located by product, command or type, and field."""

    product: str
    command: str | None  # "servicename/command" for command changes
    type: str | None  # named type for changes to a type's values or fields
    field: str | None  # what inside: "request.CallId", "errors.101004", "regions.seoul", ...
    kind: str  # stable identifier: "field-removed", "enum-value-added", ...
    severity: Severity
    detail: str  # one readable sentence

    @property
    def group(self) -> GroupKey:
        return (self.product, self.command, self.type)

    def sort_key(self) -> tuple[str, ...]:
        return (*_group_sort_key(self.group), self.field or "", self.kind, self.detail)

    def as_json(self) -> dict[str, str | None]:
        return {
            "product": self.product,
            "command": self.command,
            "type": self.type,
            "field": self.field,
            "kind": self.kind,
            "severity": self.severity,
            "detail": self.detail,
        }


GroupKey = tuple[str, str | None, str | None]  # (product, command, type)


def _group_sort_key(group: GroupKey) -> tuple[str, str, str, str]:
    product, command, type_name = group
    # common.yaml first, then products; in a product: its own changes, then types, then commands.
    return ("0" if product == COMMON else "1", product, command or "", type_name or "")


@dataclasses.dataclass
class Changelog:
    changes: list[Change]
    labels: dict[GroupKey, str]  # how each group is headed in text and markdown

    def count(self, severity: Severity) -> int:
        return sum(1 for change in self.changes if change.severity == severity)

    def summary(self) -> str:
        return (
            f"{self.count(BREAKING)} breaking, {self.count(NON_BREAKING)} non-breaking, "
            f"{self.count(DOCS)} documentation changes"
        )

    def groups(self) -> Iterator[tuple[GroupKey, list[Change]]]:
        """Changes per group, in reading order; breaking changes first within a group."""
        by_group: dict[GroupKey, list[Change]] = {}
        for change in self.changes:
            by_group.setdefault(change.group, []).append(change)
        for key in sorted(by_group, key=_group_sort_key):
            yield key, sorted(by_group[key], key=lambda c: (SEVERITY_RANK[c.severity], c.sort_key()))


# ---------------------------------------------------------------------------------------------
# Collecting changes


class _Recorder:
    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.labels: dict[GroupKey, str] = {}

    def scope(self, product: str, label: str, command: str | None = None, type_name: str | None = None) -> _Scope:
        self.labels.setdefault((product, command, type_name), label)
        return _Scope(self, product, command, type_name)

    def changelog(self) -> Changelog:
        return Changelog(sorted(self.changes, key=Change.sort_key), self.labels)


@dataclasses.dataclass
class _Scope:
    """Where changes are being recorded: a product, one of its commands or one of its types."""

    recorder: _Recorder
    product: str
    command: str | None = None
    type: str | None = None

    def add(self, kind: str, severity: Severity, detail: str, where: str | None = None) -> None:
        self.recorder.changes.append(Change(self.product, self.command, self.type, where, kind, severity, detail))

    def docs(self, what: str, old: object, new: object, where: str, show_values: bool = False) -> None:
        """Record a documentation change when the text differs (values shown only for short ones)."""
        if old == new:
            return
        shown = f": {_value(old)} → {_value(new)}" if show_values else ""
        self.add("docs", DOCS, f"{what} changed{shown}", where)


def diff_specs(old: Spec, new: Spec) -> Changelog:
    from codegen.diff_events import compare_events  # it builds on this module's field rules

    recorder = _Recorder()
    _compare_common(recorder.scope(COMMON, "envelope, regions and common errors"), old, new)
    _compare_products(recorder, old, new)
    _compare_services(recorder, old, new)
    _compare_commands(recorder, old, new)
    compare_events(recorder, old, new)
    return recorder.changelog()


def _value(value: object) -> str:
    if value is None or value == ():
        return "(none)"
    if isinstance(value, tuple):
        return "`[" + ", ".join(map(str, value)) + "]`"
    return f"`{value}`"


def _worst(severities: Iterable[Severity]) -> Severity:
    return min(severities, key=SEVERITY_RANK.__getitem__, default=NON_BREAKING)


def _notes_changed(scope: _Scope, old: Sequence[Note], new: Sequence[Note], where: str = "notes") -> None:
    added, removed = Counter(new) - Counter(old), Counter(old) - Counter(new)
    if added or removed:
        scope.add("docs", DOCS, f"notes changed ({sum(added.values())} added, {sum(removed.values())} removed)", where)


# --- common.yaml: envelope, regions, common errors ---------------------------------------------


def _compare_common(scope: _Scope, old: Spec, new: Spec) -> None:
    _compare_regions(scope, old, new)
    _compare_error_table(scope, "common error", old.common_errors, new.common_errors, fallback={})
    _compare_envelope_query(scope, old.envelope.query, new.envelope.query)
    _compare_envelope_response(scope, old.envelope.response, new.envelope.response)
    scope.docs("envelope doc_url", old.envelope.doc_url, new.envelope.doc_url, "envelope.doc_url", show_values=True)
    _notes_changed(scope, old.envelope.notes, new.envelope.notes, "envelope.notes")
    _notes_changed(scope, old.notes, new.notes)


def _compare_regions(scope: _Scope, old: Spec, new: Spec) -> None:
    for name in sorted(old.regions.keys() | new.regions.keys()):
        where = f"regions.{name}"
        before, after = old.regions.get(name), new.regions.get(name)
        if before is None and after is not None:
            scope.add("region-added", NON_BREAKING, f"region `{name}` added (host `{after.host}`)", where)
        elif after is None:
            scope.add("region-removed", BREAKING, f"region `{name}` removed; clients configured for it fail", where)
        elif before is not None:
            for attribute in ("host", "standby_host"):
                was, now = getattr(before, attribute), getattr(after, attribute)
                if was != now:
                    detail = f"region `{name}`: {attribute.replace('_', ' ')} `{was}` → `{now}`"
                    scope.add("region-host", NON_BREAKING, detail, where)
            scope.docs(f"region `{name}` title", before.title, after.title, where, show_values=True)
            scope.docs(f"region `{name}` note", before.note, after.note, where)


def _compare_envelope_query(scope: _Scope, old: Sequence[EnvelopeKey], new: Sequence[EnvelopeKey]) -> None:
    """Query keys are set by the SDK itself, so their changes never break callers."""
    before, after = {key.key: key for key in old}, {key.key: key for key in new}
    for name in sorted(before.keys() | after.keys()):
        where = f"envelope.query.{name}"
        was, now = before.get(name), after.get(name)
        if was is None or now is None:
            verb = "added" if was is None else "removed"
            scope.add(f"envelope-query-{verb}", NON_BREAKING, f"envelope query key `{name}` {verb}", where)
            continue
        _compare_envelope_attributes(scope, "envelope query key", was, now, where, skip={"key", "python_name"})


def _compare_envelope_attributes(
    scope: _Scope, label: str, was: EnvelopeKey, now: EnvelopeKey, where: str, skip: set[str]
) -> None:
    """Every attribute of an envelope key not compared elsewhere: a change is non-breaking."""
    for attribute in (item.name for item in dataclasses.fields(EnvelopeKey) if item.name not in skip):
        before, after = getattr(was, attribute), getattr(now, attribute)
        if attribute == "description":
            scope.docs(f"{label} `{was.key}` description", before, after, where)
        elif before != after:
            detail = f"{label} `{was.key}`: {attribute} {_value(before)} → {_value(after)}"
            scope.add("envelope-key-changed", NON_BREAKING, detail, where)


def _compare_envelope_response(scope: _Scope, old: Sequence[EnvelopeKey], new: Sequence[EnvelopeKey]) -> None:
    """Response keys are attributes of every response model: the response field rules apply."""
    label, path = "envelope response key", "envelope.response."
    as_fields = [_envelope_field(key) for key in old], [_envelope_field(key) for key in new]
    _compare_fields(scope, label, path, *as_fields, frozenset({"response"}))
    before = {key.key: key for key in old}
    for now in new:
        was = before.get(now.key)
        if was is not None:
            compared = {"key", "python_name", "type", "required", "description"}
            _compare_envelope_attributes(scope, label, was, now, f"{path}{now.key}", skip=compared)


def _required_word(required: bool) -> str:
    return "required" if required else "optional"


def _envelope_field(key: EnvelopeKey) -> Field:
    return Field(key.key, key.python_name, key.type, key.required, key.description, {}, {})


# --- error tables ------------------------------------------------------------------------------


def _compare_error_table(
    scope: _Scope,
    label: str,
    old: Mapping[int, ErrorCode],
    new: Mapping[int, ErrorCode],
    fallback: Mapping[int, ErrorCode],
) -> None:
    """Compare one error table; `fallback` is the table a code removed from this one falls back to."""
    for code in sorted(old.keys() | new.keys()):
        where = f"errors.{code}"
        was, now = old.get(code), new.get(code)
        if was is None and now is not None:
            detail = f"{label} `{code}` added ({now.category}, retry {now.retry})"
            scope.add("error-added", NON_BREAKING, detail, where)
        elif now is None and was is not None:
            moved = fallback.get(code)
            if moved is not None and moved.category == was.category:
                detail = f"{label} `{code}` removed; the common table maps it to the same category"
                scope.add("error-removed", NON_BREAKING, detail, where)
            else:
                detail = f"{label} `{code}` removed; it is no longer raised as a {was.category} error"
                scope.add("error-removed", BREAKING, detail, where)
        elif was is not None and now is not None:
            _compare_error_code(scope, f"{label} `{code}`", was, now, where)


def _compare_error_code(scope: _Scope, label: str, was: ErrorCode, now: ErrorCode, where: str) -> None:
    if was.category != now.category:
        detail = f"{label}: category `{was.category}` → `{now.category}` (another exception class)"
        scope.add("error-category", BREAKING, detail, where)
    if was.retry != now.retry:
        scope.add("error-retry", NON_BREAKING, f"{label}: retry `{was.retry}` → `{now.retry}`", where)
    scope.docs(f"{label} meaning", was.meaning, now.meaning, where)
    scope.docs(f"{label} hint", was.hint, now.hint, where)


# --- products, services -----------------------------------------------------------------------


def _compare_products(recorder: _Recorder, old: Spec, new: Spec) -> None:
    before = {product.name: product for product in old.products}
    after = {product.name: product for product in new.products}
    for name in sorted(before.keys() | after.keys()):
        scope = recorder.scope(name, "product")
        was, now = before.get(name), after.get(name)
        if now is not None and was is None:
            detail = f"product `{name}` added: {now.title} ({len(now.commands)} commands)"
            scope.add("product-added", NON_BREAKING, detail, "product")
        elif was is not None and now is None:
            scope.add("product-removed", BREAKING, f"product `{name}` removed ({was.title})", "product")
        elif was is not None and now is not None:
            _compare_product(recorder, scope, was, now, new)


def _compare_product(recorder: _Recorder, scope: _Scope, old: Product, new: Product, new_spec: Spec) -> None:
    for region in sorted(set(new.allowed_regions) - set(old.allowed_regions)):
        scope.add("region-allowed", NON_BREAKING, f"region `{region}` now allowed", f"regions.{region}")
    for region in sorted(set(old.allowed_regions) - set(new.allowed_regions)):
        detail = f"region `{region}` no longer allowed; clients configured for it are refused"
        scope.add("region-disallowed", BREAKING, detail, f"regions.{region}")
    _compare_error_table(scope, "error", old.errors, new.errors, fallback=new_spec.common_errors)
    scope.docs("title", old.title, new.title, "title", show_values=True)
    scope.docs("description", old.description, new.description, "description")
    scope.docs("doc_url", old.doc_url, new.doc_url, "doc_url", show_values=True)
    scope.docs("regions note", old.regions_note, new.regions_note, "regions.note")
    _notes_changed(scope, old.notes, new.notes)
    _compare_types(recorder, old, new)


def _compare_services(recorder: _Recorder, old: Spec, new: Spec) -> None:
    """Services are matched by servicename, which is unique across products."""
    before = {service.servicename: (product, service) for product in old.products for service in product.services}
    after = {service.servicename: (product, service) for product in new.products for service in product.services}
    for name in sorted(before.keys() | after.keys()):
        where = f"services.{name}"
        if name not in before:
            product, service = after[name]
            detail = f"service `{name}` added as `client.{service.namespace}`"
            recorder.scope(product.name, "product").add("service-added", NON_BREAKING, detail, where)
            continue
        old_product, old_service = before[name]
        if name not in after:
            detail = f"service `{name}` removed (`client.{old_service.namespace}`)"
            recorder.scope(old_product.name, "product").add("service-removed", BREAKING, detail, where)
            continue
        product, service = after[name]
        scope = recorder.scope(product.name, "product")
        if old_product.name != product.name:
            detail = f"service `{name}` moved from product `{old_product.name}`; its models moved module"
            scope.add("service-moved", BREAKING, detail, where)
        if old_service.namespace != service.namespace:
            detail = f"service `{name}`: namespace `client.{old_service.namespace}` → `client.{service.namespace}`"
            scope.add("namespace-renamed", BREAKING, detail, where)
        scope.docs(f"service `{name}` description", old_service.description, service.description, where)


# --- named types --------------------------------------------------------------------------------


def _compare_types(recorder: _Recorder, old: Product, new: Product) -> None:
    old_types: dict[str, EnumType | ObjectType] = {**old.enums, **old.objects}
    new_types: dict[str, EnumType | ObjectType] = {**new.enums, **new.objects}
    old_users, new_users = _type_users(old), _type_users(new)
    for name in sorted(old_types.keys() | new_types.keys()):
        users = new_users.get(name) or old_users.get(name) or {}
        scope = recorder.scope(new.name, _type_label(name, users), type_name=name)
        was, now = old_types.get(name), new_types.get(name)
        if was is None:
            scope.add("type-added", NON_BREAKING, f"type `{name}` added", "type")
        elif now is None:
            scope.add("type-removed", BREAKING, f"type `{name}` removed; its Python class is gone", "type")
        elif isinstance(was, EnumType) and isinstance(now, EnumType):
            _compare_enum(scope, was, now)
        elif isinstance(was, ObjectType) and isinstance(now, ObjectType):
            sides = _object_sides(name, old, new)
            _compare_fields(scope, "field", "", was.fields, now.fields, sides)
            scope.docs("type description", was.description, now.description, "description")
        else:
            detail = f"type `{name}` changed from {_kind_word(was)} to {_kind_word(now)}"
            scope.add("type-kind", BREAKING, detail, "type")


def _kind_word(named: EnumType | ObjectType) -> str:
    return "an enum" if isinstance(named, EnumType) else "an object"


def _object_sides(name: str, old: Product, new: Product) -> frozenset[Side]:
    """Sides of the wire the object travels on in either spec; both when unknown."""
    sides: set[Side] = set()
    for product in (old, new):
        if name in product.request_objects:
            sides.add("request")
        if name in product.response_objects:
            sides.add("response")
    return frozenset(sides or {"request", "response"})


def _type_users(product: Product) -> dict[str, dict[Side, list[str]]]:
    """Type name -> side -> "namespace.method" of every command reaching it, directly or nested."""
    users: dict[str, dict[Side, set[str]]] = {}
    for command in product.commands:
        sides: tuple[tuple[Side, tuple[Field, ...]], ...] = (
            ("request", command.request),
            ("response", command.response),
        )
        for side, fields in sides:
            for name in _reachable_types(product, fields):
                users.setdefault(name, {}).setdefault(side, set()).add(f"{command.namespace}.{command.method}")
    return {name: {side: sorted(found) for side, found in by_side.items()} for name, by_side in users.items()}


def _reachable_types(product: Product, fields: Iterable[Field]) -> set[str]:
    found: set[str] = set()
    pending = list(fields)
    while pending:
        name = pending.pop().type.innermost.name
        if name is not None and name not in found:
            found.add(name)
            if name in product.objects:
                pending.extend(product.objects[name].fields)
    return found


def _type_label(name: str, users: Mapping[Side, Sequence[str]]) -> str:
    """`type `X` (requests of a.b; responses of c.d, e.f and 3 more)`."""
    parts = []
    for side in ("request", "response"):
        methods = users.get(side, ())
        if methods:
            more = f" and {len(methods) - USERS_SHOWN} more" if len(methods) > USERS_SHOWN else ""
            parts.append(f"{side}s of {', '.join(methods[:USERS_SHOWN])}{more}")
    return f"type `{name}` ({'; '.join(parts)})" if parts else f"type `{name}`"


def _compare_enum(scope: _Scope, old: EnumType, new: EnumType) -> None:
    if old.open != new.open:
        if new.open:
            scope.add("enum-open", NON_BREAKING, "now open: requests may send values it does not list", "open")
        else:
            scope.add("enum-open", BREAKING, "no longer open: requests may send listed values only", "open")
    before = {value.value: value for value in old.values}
    after = {value.value: value for value in new.values}
    for value in sorted(before.keys() | after.keys(), key=str):
        where = f"values.{value}"
        was, now = before.get(value), after.get(value)
        if was is None and now is not None:
            scope.add("enum-value-added", NON_BREAKING, f"value `{value}` added (`{now.member}`)", where)
        elif now is None and was is not None:
            scope.add("enum-value-removed", BREAKING, f"value `{value}` removed (`{was.member}`)", where)
        elif was is not None and now is not None:
            if was.member != now.member:
                detail = f"value `{value}`: Python member `{was.member}` → `{now.member}`"
                scope.add("enum-member-renamed", BREAKING, detail, where)
            if was.response_only != now.response_only:
                if now.response_only:
                    detail = f"value `{value}` is now response-only: requests may no longer send it"
                    scope.add("enum-response-only", BREAKING, detail, where)
                else:
                    detail = f"value `{value}` is no longer response-only: requests may send it"
                    scope.add("enum-response-only", NON_BREAKING, detail, where)
            scope.docs(f"value `{value}` description", was.description, now.description, where)
    scope.docs("type description", old.description, new.description, "description")


# --- fields ----------------------------------------------------------------------------------


def _compare_fields(
    scope: _Scope,
    label: str,
    path: str,
    old: Sequence[Field],
    new: Sequence[Field],
    sides: frozenset[Side],
) -> None:
    """Compare two field lists by key; `label` names a field in details ("request field")."""
    before, after = {item.key: item for item in old}, {item.key: item for item in new}
    for key in sorted(before.keys() | after.keys()):
        was, now = before.get(key), after.get(key)
        where = f"{path}{key}"
        if was is None and now is not None:
            severity = _worst(_added_field_severity(now, side) for side in sides)
            scope.add("field-added", severity, f"{_required_word(now.required)} {label} `{key}` added", where)
        elif now is None:
            scope.add("field-removed", BREAKING, f"{label} `{key}` removed", where)
        elif was is not None:
            _compare_field(scope, f"{label} `{key}`", where, was, now, sides)


def _added_field_severity(added: Field, side: Side) -> Severity:
    return BREAKING if side == "request" and added.required else NON_BREAKING


def _compare_field(scope: _Scope, label: str, where: str, old: Field, new: Field, sides: frozenset[Side]) -> None:
    if old.python_name != new.python_name:
        detail = f"{label}: Python name `{old.python_name}` → `{new.python_name}`"
        scope.add("field-python-name", BREAKING, detail, where)
    if old.type != new.type:
        severity = _worst(_type_change_severity(old.type, new.type, side) for side in sides)
        scope.add("field-type", severity, f"{label}: type `{old.type}` → `{new.type}`", where)
    if old.required != new.required:
        severity = _worst(_required_change_severity(new.required, side) for side in sides)
        detail = f"{label}: {_required_word(old.required)} → {_required_word(new.required)}"
        scope.add("field-required", severity, detail, where)
    _compare_limits(scope, label, where, "", old.constraints, new.constraints, sides)
    _compare_limits(scope, label, where, "items.", old.item_constraints, new.item_constraints, sides)
    _compare_accepts(scope, label, where, old.accepts, new.accepts)
    _compare_unit(scope, label, where, old.unit, new.unit)
    if old.deprecated != new.deprecated:
        state = "now deprecated" if new.deprecated else "no longer deprecated"
        scope.add("deprecated", NON_BREAKING, f"{label}: {state}", where)
    scope.docs(f"{label} description", old.description, new.description, where)
    scope.docs(f"{label} server default", old.default, new.default, where, show_values=True)
    scope.docs(f"{label} example", old.example, new.example, where)


def _type_change_severity(old: TypeRef, new: TypeRef, side: Side) -> Severity:
    if side == "response" and _both_integers(old, new):
        return NON_BREAKING
    return BREAKING


def _both_integers(old: TypeRef, new: TypeRef) -> bool:
    """Integer types (or arrays of them, equally nested): the same Python `int` in a reply."""
    while old.item is not None and new.item is not None:
        old, new = old.item, new.item
    return old.scalar in INTEGER_SCALARS and new.scalar in INTEGER_SCALARS


def _required_change_severity(now_required: bool, side: Side) -> Severity:
    # A request field becoming required breaks callers that omit it; a response field becoming
    # optional breaks readers that relied on it being present (it is now typed `X | None`).
    if side == "request":
        return BREAKING if now_required else NON_BREAKING
    return NON_BREAKING if now_required else BREAKING


def _compare_limits(
    scope: _Scope,
    label: str,
    where: str,
    prefix: str,
    old: Mapping[str, int | float | str],
    new: Mapping[str, int | float | str],
    sides: frozenset[Side],
) -> None:
    for name in sorted(old.keys() | new.keys()):
        was, now = old.get(name), new.get(name)
        if was == now:
            continue
        narrowed = _limit_narrowed(name, was, now)
        # Replies are decoded without limits, so only a narrowed request limit can break a caller.
        severity = BREAKING if narrowed and "request" in sides else NON_BREAKING
        direction = "narrowed" if narrowed else "widened"
        detail = f"{label}: `{prefix}{name}` {_value(was)} → {_value(now)} ({direction})"
        scope.add("field-limit", severity, detail, where)


def _limit_narrowed(name: str, old: int | float | str | None, new: int | float | str | None) -> bool:
    if new is None:
        return False  # a limit dropped accepts everything it accepted before
    if old is None or name == "pattern":
        return True  # a new limit, or a changed pattern that may refuse what the old one accepted
    if name in UPPER_LIMITS:
        return float(new) < float(old)
    return float(new) > float(old)  # min_length, minimum, min_items


def _compare_accepts(scope: _Scope, label: str, where: str, old: Sequence[str], new: Sequence[str]) -> None:
    for kind in sorted(set(old) - set(new)):
        scope.add("field-accepts", BREAKING, f"{label}: no longer accepts JSON `{kind}`", where)
    for kind in sorted(set(new) - set(old)):
        scope.add("field-accepts", NON_BREAKING, f"{label}: now also accepts JSON `{kind}`", where)


def _compare_unit(scope: _Scope, label: str, where: str, old: str | None, new: str | None) -> None:
    if old == new:
        return
    if old is not None and new is not None:
        scope.add("field-unit", BREAKING, f"{label}: unit `{old}` → `{new}`", where)
    else:
        scope.docs(f"{label} unit", old, new, where, show_values=True)


# --- commands ----------------------------------------------------------------------------------


def _compare_commands(recorder: _Recorder, old: Spec, new: Spec) -> None:
    before = {command.path: command for command in old.commands}
    after = {command.path: command for command in new.commands}
    removed = [before[path] for path in sorted(before.keys() - after.keys())]
    added = [after[path] for path in sorted(after.keys() - before.keys())]
    renames = _match_renames(removed, added)
    renamed_old = {old_command.path for old_command, _ in renames}
    renamed_new = {new_command.path for _, new_command in renames}

    for path in sorted(before.keys() & after.keys()):
        _compare_command(_command_scope(recorder, after[path]), before[path], after[path])
    for old_command, new_command in renames:
        scope = _command_scope(recorder, new_command)
        detail = (
            f"command renamed from `{old_command.path}` (`{_call_name(old_command)}` → `{_call_name(new_command)}`)"
        )
        scope.add("command-renamed", BREAKING, detail, "command")
        _compare_command(scope, old_command, new_command)
    for command in removed:
        if command.path not in renamed_old:
            _command_scope(recorder, command).add("command-removed", BREAKING, "command removed", "command")
    for command in added:
        if command.path not in renamed_new:
            _command_scope(recorder, command).add("command-added", NON_BREAKING, "command added", "command")


def _command_scope(recorder: _Recorder, command: Command) -> _Scope:
    label = f"`{command.path}` (`{_call_name(command)}`)"
    return recorder.scope(command.product, label, command=command.path)


def _call_name(command: Command) -> str:
    return f"client.{command.namespace}.{command.method}"


def _match_renames(removed: Sequence[Command], added: Sequence[Command]) -> list[tuple[Command, Command]]:
    """Pair removed and added commands of one product whose fields match, where the match is unique."""
    pairs = []
    for old in removed:
        candidates = [new for new in added if _same_signature(old, new)]
        if len(candidates) != 1:
            continue
        rivals = [other for other in removed if _same_signature(other, candidates[0])]
        if len(rivals) == 1:
            pairs.append((old, candidates[0]))
    return pairs


def _same_signature(old: Command, new: Command) -> bool:
    return (
        old.product == new.product
        and _field_shapes(old.request) == _field_shapes(new.request)
        and _field_shapes(old.response) == _field_shapes(new.response)
    )


def _field_shapes(fields: Sequence[Field]) -> list[Field]:
    """Fields without their documentation, in key order: what a rename keeps."""
    return sorted(
        (dataclasses.replace(item, description="", example=None) for item in fields), key=lambda item: item.key
    )


def _compare_command(scope: _Scope, old: Command, new: Command) -> None:
    if old.product != new.product:
        detail = f"moved from product `{old.product}` to `{new.product}`; its models moved module"
        scope.add("command-moved", BREAKING, detail, "product")
    renamed = old.path != new.path  # the rename itself says that its method and models changed
    if not renamed and old.method != new.method:
        scope.add("method-renamed", BREAKING, f"method renamed: `{old.method}` → `{new.method}`", "method")
    if not renamed and old.model_base != new.model_base:
        detail = f"models renamed: `{old.request_model}` → `{new.request_model}`, "
        detail += f"`{old.response_model}` → `{new.response_model}`"
        scope.add("model-renamed", BREAKING, detail, "models")
    _compare_fields(scope, "request field", "request.", old.request, new.request, frozenset({"request"}))
    _compare_fields(scope, "response field", "response.", old.response, new.response, frozenset({"response"}))
    _compare_command_errors(scope, old.errors, new.errors)
    _compare_behaviour(scope, old, new)
    _compare_paging(scope, new.method, old, new)
    _compare_command_docs(scope, old, new)


def _compare_command_errors(scope: _Scope, old: Sequence[int], new: Sequence[int]) -> None:
    for code in sorted(set(new) - set(old)):
        scope.add("command-error-added", NON_BREAKING, f"documents error `{code}`", f"errors.{code}")
    for code in sorted(set(old) - set(new)):
        scope.add("command-error-removed", NON_BREAKING, f"no longer documents error `{code}`", f"errors.{code}")


def _compare_behaviour(scope: _Scope, old: Command, new: Command) -> None:
    if old.idempotent != new.idempotent:
        effect = "retried after ambiguous failures" if new.idempotent else "no longer retried after ambiguous failures"
        detail = f"idempotent {str(old.idempotent).lower()} → {str(new.idempotent).lower()} ({effect})"
        scope.add("idempotency", NON_BREAKING, detail, "idempotent")
    if old.rate_limit_per_sec != new.rate_limit_per_sec:
        detail = f"rate limit {_rate(old.rate_limit_per_sec)} → {_rate(new.rate_limit_per_sec)}"
        scope.add("rate-limit", NON_BREAKING, detail, "rate_limit_per_sec")
    if old.deprecated != new.deprecated:
        state = "now deprecated" if new.deprecated else "no longer deprecated"
        scope.add("deprecated", NON_BREAKING, f"command {state}", "deprecated")


def _rate(limit: float | None) -> str:
    return "none given" if limit is None else f"{limit:g}/s"


def _compare_paging(scope: _Scope, method: str, old_command: Command, new_command: Command) -> None:
    old: Paging | None = old_command.paging
    new: Paging | None = new_command.paging
    if old is None and new is not None:
        scope.add("paging-added", NON_BREAKING, f"paging added ({new.style}): new `iter_{method}`", "paging")
    elif new is None and old is not None:
        scope.add("paging-removed", BREAKING, f"paging removed: `iter_{method}` is gone", "paging")
    elif old is not None and new is not None:
        for key in PAGING_KEYS:
            was, now = getattr(old, key), getattr(new, key)
            if was != now:
                detail = f"paging `{key}`: {_value(was)} → {_value(now)}"
                scope.add("paging-changed", NON_BREAKING, detail, f"paging.{key}")
        was_item, now_item = old_command.paging_item_type, new_command.paging_item_type
        if was_item != now_item:
            detail = f"paging item type `{was_item}` → `{now_item}` (`iter_{method}` yields another type)"
            scope.add("paging-item-type", BREAKING, detail, "paging.items")


def _compare_command_docs(scope: _Scope, old: Command, new: Command) -> None:
    scope.docs("title", old.title, new.title, "title", show_values=True)
    scope.docs("summary", old.summary, new.summary, "summary")
    scope.docs("doc_url", old.doc_url, new.doc_url, "doc_url", show_values=True)
    scope.docs("idempotency rationale", old.idempotency, new.idempotency, "idempotency")
    scope.docs("undocumented marker", old.undocumented, new.undocumented, "undocumented")
    _notes_changed(scope, old.notes, new.notes)


# ---------------------------------------------------------------------------------------------
# Output


SEVERITY_TEXT: dict[Severity, str] = {BREAKING: "BREAKING", NON_BREAKING: "non-breaking", DOCS: "docs"}
SEVERITY_MARKDOWN: dict[Severity, str] = {BREAKING: "**breaking**", NON_BREAKING: "non-breaking", DOCS: "docs"}


def _product_heading(product: str) -> str:
    return "common.yaml" if product == COMMON else f"product {product}"


def render_text(changelog: Changelog, old_label: str, new_label: str) -> str:
    lines = [f"{changelog.summary()} ({old_label} -> {new_label})"]
    if not changelog.changes:
        return lines[0] + "\nNo spec changes."
    current_product = None
    for (product, _, _), changes in changelog.groups():
        if product != current_product:
            lines += ["", _product_heading(product)]
            current_product = product
        lines.append(f"  {changelog.labels[changes[0].group]}")
        lines += [f"    {SEVERITY_TEXT[change.severity]:<13} {change.detail}" for change in changes]
    return "\n".join(lines)


def render_markdown(changelog: Changelog, old_label: str, new_label: str) -> str:
    lines = [f"**Spec changes: {changelog.summary()}** (`{old_label}` → `{new_label}`)"]
    if not changelog.changes:
        return lines[0] + "\n\nNo spec changes."
    current_product = None
    for (product, _, _), changes in changelog.groups():
        if product != current_product:
            lines += ["", f"## {_product_heading(product)}", ""]
            current_product = product
        label = changelog.labels[changes[0].group]
        if len(changes) == 1:
            lines.append(f"- {label}: {_markdown_change(changes[0])}")
        else:
            lines.append(f"- {label}")
            lines += [f"  - {_markdown_change(change)}" for change in changes]
    return "\n".join(lines)


def _markdown_change(change: Change) -> str:
    return f"{SEVERITY_MARKDOWN[change.severity]}: {change.detail}"


def render_json(changelog: Changelog) -> str:
    return json.dumps([change.as_json() for change in changelog.changes], indent=2, ensure_ascii=False)


def exit_code(changelog: Changelog, fail_on: str) -> int:
    if fail_on == "breaking":
        return 1 if changelog.count(BREAKING) else 0
    if fail_on == "any":
        return 1 if any(change.severity != DOCS for change in changelog.changes) else 0
    return 0


# ---------------------------------------------------------------------------------------------
# Reading a spec from a directory, the working tree or a git revision


class SourceError(Exception):
    """OLD or NEW cannot be read or does not hold a valid spec."""


def load_source(source: str, cwd: Path | None = None) -> Spec:
    """Load the spec named by a directory, WORKTREE, or a git revision (an existing directory wins)."""
    cwd = cwd or Path.cwd()
    if source == WORKTREE:
        return _load_directory(_worktree_root(cwd) / "spec", source)
    directory = cwd / source
    if directory.is_dir():
        return _load_directory(_spec_directory(directory, source), source)
    with tempfile.TemporaryDirectory(prefix="spec-diff-") as temporary:
        spec_dir = Path(temporary) / "spec"  # named spec/ so problems read "spec/call.yaml: ..."
        _export_revision(source, cwd, spec_dir)
        return _load_directory(spec_dir, source)


def _spec_directory(directory: Path, source: str) -> Path:
    """The directory itself when it holds common.yaml, else its spec/ (a repository root was given)."""
    for candidate in (directory, directory / "spec"):
        if (candidate / "common.yaml").is_file():
            return candidate
    raise SourceError(f"{source}: not a spec directory (no common.yaml in it or in its spec/)")


def _load_directory(spec_dir: Path, source: str) -> Spec:
    try:
        return load_spec(spec_dir)
    except (SpecError, SpecErrors) as exc:
        raise SourceError(f"{source}: spec is invalid:\n{exc}") from None
    except (OSError, KeyError, TypeError, ValueError) as exc:
        # An old revision's spec may predate what this loader expects.
        raise SourceError(f"{source}: spec cannot be loaded: {type(exc).__name__}: {exc}") from None


def _worktree_root(cwd: Path) -> Path:
    try:
        return Path(_git(["rev-parse", "--show-toplevel"], cwd).decode().strip())
    except SourceError:
        return cwd  # not in a git repository: ./spec


def _export_revision(revision: str, cwd: Path, spec_dir: Path) -> None:
    """Write the files of spec/ at `revision` into spec_dir, through git's object store."""
    if revision.startswith("-"):
        raise SourceError(f"{revision}: neither a directory nor a git revision")
    try:
        commit = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"], cwd)
    except SourceError:
        raise SourceError(f"{revision}: neither a directory nor a git revision") from None
    sha = commit.decode().strip()
    root = Path(_git(["rev-parse", "--show-toplevel"], cwd).decode().strip())
    listing = _git(["ls-tree", "-r", "-z", "--name-only", sha, "--", "spec/"], root)
    paths = [name for name in listing.decode().split("\0") if name]
    if not paths:
        raise SourceError(f"{revision}: has no spec/ directory")
    for path in paths:
        target = spec_dir / Path(path).relative_to("spec")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_git(["cat-file", "blob", f"{sha}:{path}"], root))


def _git(args: list[str], cwd: Path) -> bytes:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise SourceError("git is not installed") from None
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip()
        raise SourceError(f"git {' '.join(args)} failed: {message or f'exit {result.returncode}'}")
    return result.stdout


# ---------------------------------------------------------------------------------------------
# Command line


RENDERERS: dict[str, Callable[[Changelog, str, str], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "json": lambda changelog, _old, _new: render_json(changelog),
}


def main(old: str, new: str, output_format: str = "text", fail_on: str = "never") -> int:
    """Print the changelog from OLD to NEW; 1 when `fail_on` changes exist, 2 when a side cannot be read."""
    try:
        old_spec, new_spec = load_source(old), load_source(new)
    except SourceError as exc:
        print(f"codegen diff: {exc}", file=sys.stderr)
        return 2
    changelog = diff_specs(old_spec, new_spec)
    print(RENDERERS[output_format](changelog, old, new))
    return exit_code(changelog, fail_on)
