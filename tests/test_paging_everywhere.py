"""Every paged command iterates across pages through its `iter_<method>` helper, sync and async.

For each command with `op.paging`, three pages are scripted on the emulator (built from the command's
own fake reply, with the item array replaced and the paging fields set as its paging style says). The
iteration must yield exactly the scripted items in order, send the page key (and any carried reply
fields) the spec describes in each request, and stop at the documented end: a fourth request fails the
test. Each way a style can end (total, short page, end value, done flag) is a scenario of its own, with
the other end markers held open so that only the one under test can stop the iteration.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import itertools
from dataclasses import dataclass, field
from typing import Any

import pytest

from trtc_sdk import OPERATIONS, Operation, RequestValidationError
from trtc_sdk.testing import Emulator
from trtc_sdk.testing.fakes import fake_request, fake_response

PAGE_SIZE = 3  # items on a full page
PAGES = 3
TAG = "TestItemIndex"  # extra key added to object items (response models keep unknown keys)
FIRST_SEQ_BACKWARDS = 100  # newest sequence number of the history walked backwards


def endings(operation: Operation) -> list[str]:
    """The ways this command's paging can end, each tested on its own."""
    paging = operation.paging
    assert paging is not None
    found = []
    if paging.style == "page_number":
        if paging.total:
            found.append("total")
        found.append("short_page")
    elif paging.advance is not None:
        if paging.page_size_key:
            found.append("short_page")
        if paging.done_path:
            found.append("done")
        if not found:
            found.append("empty_page")
    else:
        found.append("end")
        if paging.done_path:
            found.append("done")
    return found


CASES = [
    (path, ending)
    for path, operation in sorted(OPERATIONS.items())
    if operation.paging is not None
    for ending in endings(operation)
]
SCENARIOS = [pytest.param(path, ending, id=f"{path}-{ending}") for path, ending in CASES]


@dataclass
class Scenario:
    """The pages to script, the keyword arguments of the iteration and what each request must carry."""

    operation: Operation
    ending: str
    keywords: dict[str, Any] = field(default_factory=dict)
    pages: list[dict[str, Any]] = field(default_factory=list)
    expected_page_keys: list[Any] = field(default_factory=list)  # request_key per request (MISSING: absent)
    expected_carried: list[dict[str, Any]] = field(default_factory=list)  # more keys per request
    item_count: int = 0


MISSING = object()


def get_path(body: Any, path: str) -> Any:
    for key in path.split("."):
        body = body.get(key) if isinstance(body, dict) else None
    return body


def set_path(body: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    target = body
    for key in parents:
        target = target.setdefault(key, {})
    target[last] = value


def not_done(value: Any) -> Any:
    """A value of the done field that does not mean 'last page'."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return 0 if value != 0 else 1
    return f"{value}-not"


def tagged(template: Any, index: int) -> Any:
    """A copy of the fake item that can be told apart from the others after decoding."""
    if isinstance(template, dict):
        return {**copy.deepcopy(template), TAG: index}
    if isinstance(template, str):
        return f"item-{index}"
    if isinstance(template, int) and not isinstance(template, bool):
        return index
    raise AssertionError(f"cannot tag an item like {template!r}")


def tag_of(item: Any) -> Any:
    if isinstance(item, dict):
        return item[TAG]
    if isinstance(item, (str, int)):
        return item
    return (item.model_extra or {})[TAG]


def cursor_value(sample: Any, number: int) -> Any:
    """The number-th cursor the server hands out, typed like the request key."""
    return 1000 + number if isinstance(sample, int) and not isinstance(sample, bool) else f"cursor-{number}"


def carried_value(sample: Any, page: int, index: int) -> Any:
    return 5000 + 10 * page + index if isinstance(sample, int) and not isinstance(sample, bool) else f"c{page}-{index}"


def build(path: str, ending: str, emulator: Emulator) -> Scenario:
    operation = OPERATIONS[path]
    paging = operation.paging
    assert paging is not None
    scenario = Scenario(operation, ending)
    sample_request = fake_request(operation)
    request_model = operation.request_model
    request = request_model.model_validate(sample_request)
    key_names = {info.alias: name for name, info in request_model.model_fields.items()}
    for name, info in request_model.model_fields.items():
        fixed_by_the_iterator = {key for key, _ in paging.fixed}
        if info.is_required() and info.alias != paging.request_key and info.alias not in fixed_by_the_iterator:
            scenario.keywords[name] = getattr(request, name)
    if paging.page_size_key:
        scenario.keywords[key_names[paging.page_size_key]] = PAGE_SIZE

    template = fake_response(operation, sample_request, emulator.registry.envelope)
    template_items = get_path(template, paging.items)
    assert isinstance(template_items, list) and template_items, f"{path}: the fake reply has no item to copy"
    sizes = [PAGE_SIZE] * PAGES
    if ending == "short_page":
        sizes[-1] = PAGE_SIZE - 1
    if ending == "empty_page":
        sizes.append(0)
    scenario.item_count = sum(sizes)

    page_key: Any = paging.first if paging.first is not None else MISSING
    carried: dict[str, Any] = {}
    next_index = 0
    for number, size in enumerate(sizes):
        last = number == len(sizes) - 1
        scenario.expected_page_keys.append(page_key)
        scenario.expected_carried.append(dict(carried))
        items = [tagged(template_items[0], next_index + offset) for offset in range(size)]
        page = copy.deepcopy(template)
        following: Any = MISSING
        if paging.advance == "item_field":
            assert paging.advance_field is not None
            for offset, item in enumerate(items):
                if paging.advance_step < 0:
                    item[paging.advance_field] = FIRST_SEQ_BACKWARDS - next_index - offset
                else:
                    item[paging.advance_field] = 1 + next_index + offset
            if items:
                values = [item[paging.advance_field] for item in items]
                following = min(values) - 1 if paging.advance_step < 0 else max(values) + 1
        elif paging.advance == "count":
            following = (page_key if page_key is not MISSING else 0) + size
        elif paging.style == "page_number":
            following = (page_key if page_key is not MISSING else 1) + 1
        set_path(page, paging.items, items)
        if paging.total:
            total = 10 * scenario.item_count if ending == "short_page" else scenario.item_count
            set_path(page, paging.total, total)
        if paging.next:
            cursor = cursor_value(sample_request.get(paging.request_key), number + 1)
            ends_here = last and ending == "end"
            set_path(page, paging.next, paging.end if ends_here else cursor)
            following = cursor
        if paging.done_path:
            set_path(
                page, paging.done_path, paging.done_value if last and ending == "done" else not_done(paging.done_value)
            )
        if paging.cut_short_path:  # the server says the page is whole: a short page is the end
            set_path(page, paging.cut_short_path, not_done(paging.cut_short_value))
        carried = {}
        for index, (request_key, reply_path) in enumerate(paging.carry):
            value = carried_value(sample_request.get(request_key), number + 1, index)
            set_path(page, reply_path, value)
            carried[request_key] = value
        scenario.pages.append(page)
        next_index += size
        page_key = following
    return scenario


def script_pages(emulator: Emulator, scenario: Scenario) -> None:
    for page in scenario.pages:
        emulator.script(scenario.operation.path, body=page, times=1)


def check_requests(emulator: Emulator, scenario: Scenario) -> None:
    operation = scenario.operation
    paging = operation.paging
    assert paging is not None
    bodies = [request.json for request in emulator.requests_for(operation.path)]
    # one request per scripted page, none after the documented end
    assert len(bodies) == len(scenario.pages)
    fields = operation.request_model.model_fields
    assert {fields[name].alias for name in scenario.keywords} <= set(bodies[0])
    for number, body in enumerate(bodies):
        expected_key = scenario.expected_page_keys[number]
        if expected_key is MISSING:
            assert paging.request_key not in body, (number, body)
        else:
            assert body.get(paging.request_key) == expected_key, (number, body)
        for key, value in scenario.expected_carried[number].items():
            assert body.get(key) == value, (number, key, body)
        # the caller's own fields are sent unchanged on every page
        moving = {paging.request_key, *scenario.expected_carried[number]}
        assert {k: v for k, v in body.items() if k not in moving} == {
            k: v for k, v in bodies[0].items() if k not in moving
        }, number


@pytest.mark.parametrize(("path", "ending"), SCENARIOS)
def test_iter_helper_reads_every_page_and_stops_at_the_documented_end(emu: Emulator, path: str, ending: str) -> None:
    scenario = build(path, ending, emu)
    script_pages(emu, scenario)
    operation = scenario.operation
    with emu.client(max_retries=0) as client:
        iterate = getattr(getattr(client, operation.namespace), f"iter_{operation.method_name}")
        # one item more than scripted at most: a command that never stops fails instead of hanging
        items = list(itertools.islice(iterate(**scenario.keywords), scenario.item_count + 1))

    assert [tag_of(item) for item in items] == list(range(scenario.item_count))
    check_requests(emu, scenario)


@pytest.mark.parametrize(("path", "ending"), SCENARIOS)
def test_async_iter_helper_reads_every_page_and_stops_at_the_documented_end(
    emu: Emulator, path: str, ending: str
) -> None:
    scenario = build(path, ending, emu)
    script_pages(emu, scenario)
    operation = scenario.operation

    async def collect() -> list[Any]:
        async with emu.async_client(max_retries=0) as client:
            iterate = getattr(getattr(client, operation.namespace), f"iter_{operation.method_name}")
            items = []
            async for item in iterate(**scenario.keywords):
                items.append(item)
                if len(items) > scenario.item_count:
                    break  # a command that never stops fails instead of hanging
            return items

    items = asyncio.run(collect())

    assert [tag_of(item) for item in items] == list(range(scenario.item_count))
    check_requests(emu, scenario)


def test_every_paging_style_and_end_marker_is_covered() -> None:
    """The scenarios above reach every style and every optional paging feature the spec uses."""
    pagings = [operation.paging for operation in OPERATIONS.values() if operation.paging is not None]
    assert {paging.style for paging in pagings} == {"page_number", "offset", "cursor"}
    assert {ending for _, ending in CASES} >= {"total", "short_page", "end", "done"}
    assert any(paging.carry for paging in pagings)
    assert {paging.advance for paging in pagings} >= {"count", "item_field"}
    assert {paging.advance_step for paging in pagings if paging.advance == "item_field"} == {1, -1}


def test_group_history_continues_after_a_page_the_server_cut_short(emu: Emulator) -> None:
    path = "group_open_http_svc/group_msg_get_simple"
    operation = OPERATIONS[path]
    template = fake_response(operation, fake_request(operation), emu.registry.envelope)
    message = template["RspMsgList"][0]
    cut_short = {**template, "IsFinished": 0, "RspMsgList": [{**message, "MsgSeq": seq} for seq in (100, 99)]}
    complete = {**template, "IsFinished": 1, "RspMsgList": [{**message, "MsgSeq": 98}]}
    emu.script(path, body=cut_short, times=1)
    emu.script(path, body=complete, times=1)
    with emu.client(max_retries=0) as client:
        history = list(itertools.islice(client.group.iter_group_msg_get_simple(group_id="g", req_msg_number=3), 4))

    assert [message.msg_seq for message in history] == [100, 99, 98]
    assert [request.json.get("ReqMsgSeq") for request in emu.requests_for(path)] == [None, 98]


def test_group_history_walked_backwards_stops_after_sequence_one(emu: Emulator) -> None:
    path = "group_open_http_svc/group_msg_get_simple"
    operation = OPERATIONS[path]
    template = fake_response(operation, fake_request(operation), emu.registry.envelope)
    message = template["RspMsgList"][0]
    for sequences in ((4, 3), (2, 1)):
        page = {**template, "IsFinished": 1, "RspMsgList": [{**message, "MsgSeq": seq} for seq in sequences]}
        emu.script(path, body=page, times=1)
    with emu.client(max_retries=0) as client:
        history = list(itertools.islice(client.group.iter_group_msg_get_simple(group_id="g", req_msg_number=2), 5))

    assert [message.msg_seq for message in history] == [4, 3, 2, 1]
    assert [request.json.get("ReqMsgSeq") for request in emu.requests_for(path)] == [None, 2]


def test_fixed_request_fields_are_set_by_the_iterator_and_not_taken_from_the_caller(emu: Emulator) -> None:
    """Every `paging.fixed` field is sent at its value on every page, and the iterator has no parameter for it."""
    fixed = {path: op for path, op in OPERATIONS.items() if op.paging is not None and op.paging.fixed}
    assert fixed  # the receipt-detail pages walk one of two lists
    for path, operation in fixed.items():
        assert operation.paging is not None
        scenario = build(path, endings(operation)[0], emu)
        for page in scenario.pages:
            emu.script(path, body=page, times=1)
        method = getattr(getattr(emu.client(max_retries=0), operation.namespace), f"iter_{operation.method_name}")
        names = {attribute for key, _ in operation.paging.fixed if (attribute := attribute_of(operation, key))}
        assert names and not names & set(inspect.signature(method).parameters)
        keywords = scenario.keywords
        with pytest.raises(RequestValidationError) as refused:
            list(method(**keywords, **dict.fromkeys(names, 1)))
        assert path in str(refused.value) and all(name in str(refused.value) for name in names)
        assert emu.requests_for(path) == []
        list(method(**keywords))
        sent = [request.json for request in emu.requests_for(path)]
        assert len(sent) == len(scenario.pages)
        assert all(body[key] == value for body in sent for key, value in operation.paging.fixed)
        emu.clear()


def attribute_of(operation: Operation, wire_key: str) -> str | None:
    return next((n for n, f in operation.request_model.model_fields.items() if f.alias == wire_key), None)
