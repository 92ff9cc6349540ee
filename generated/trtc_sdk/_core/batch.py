"""Bulk jobs: any number of items, split by the documented batch size, with one account of the outcome.

For every command whose spec declares a batch list (`batch:`), the generated `<method>_in_batches`
splits the items into calls of at most the documented size, validates every call before sending any,
runs them (under the client's rate limiter, and in the async client with bounded concurrency), and
sorts every item into exactly one of:

- `succeeded`: the call succeeded and did not report the item as failed;
- `failed`: the server refused it (a per-item result, or an error for its whole call that means the
  call did not run) — safe to send again once the cause is fixed;
- `unknown`: its call may or may not have run (a timeout or a dropped connection of a command that is
  not safe to repeat) — check these before sending them again, or a resumed job could duplicate them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel

from trtc_sdk._core.errors import APIError, RequestValidationError, TransportError, TRTCError
from trtc_sdk._core.models import ResponseModel
from trtc_sdk._core.registry import Operation
from trtc_sdk._core.request import build_request, encode_body
from trtc_sdk._core.results import failed_items
from trtc_sdk._core.validation import unknown_keywords
from trtc_sdk._core.wire import wire_get

if TYPE_CHECKING:
    from trtc_sdk._core.async_client import AsyncAPIClient
    from trtc_sdk._core.client import RequestOptions, SyncAPIClient

ItemT = TypeVar("ItemT")


@dataclass(frozen=True)
class ItemFailure(Generic[ItemT]):
    item: ItemT | Any  # the request item (or the server's key for it, if it could not be matched)
    code: int | str | None  # per-item result code, or the ErrorCode of its whole call
    message: str | None
    request_id: str | None


@dataclass(frozen=True)
class BatchProgress:
    items_total: int
    items_done: int
    calls_total: int
    calls_done: int
    succeeded: int
    failed: int
    unknown: int


@dataclass
class BatchResult(Generic[ItemT]):
    path: str
    succeeded: list[ItemT] = field(default_factory=list)
    failed: list[ItemFailure[ItemT]] = field(default_factory=list)
    unknown: list[ItemT] = field(default_factory=list)
    replies: list[ResponseModel] = field(default_factory=list)
    calls: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed and not self.unknown

    def summary(self) -> str:
        return (
            f"{self.path}: {len(self.succeeded)} succeeded, {len(self.failed)} failed, "
            f"{len(self.unknown)} unknown in {self.calls} calls"
        )


class BatchJob(Generic[ItemT]):
    """One bulk run: its chunks, validated up front, and the result being filled in."""

    def __init__(
        self,
        client: SyncAPIClient | AsyncAPIClient,
        path: str,
        field_name: str,
        params: Mapping[str, Any],
        extra_body: object,
        progress: Callable[[BatchProgress], None] | None,
    ) -> None:
        operation = client._operation(path)
        if operation.batch is None:
            raise RequestValidationError(path, [("(command)", "takes no batch list")])
        self.operation: Operation = operation
        self.request_id_key = client._registry.envelope.reply_keys["request_id"]
        given_names = [name for name, value in params.items() if value is not None]
        unknown = unknown_keywords(operation.request_model, given_names)
        if unknown:  # checked here too: an empty list builds no request that would refuse them
            raise RequestValidationError(path, unknown)
        given = params.get(field_name)
        if given is None:
            raise RequestValidationError(path, [(field_name, "required: the items to send")])
        items = list(given)
        size = operation.batch.max_items
        self.chunks: list[list[ItemT]] = [items[start : start + size] for start in range(0, len(items), size)]
        # Every call is built and checked before the first is sent: a bad item fails the job, not half of it.
        self.payloads = []
        for chunk in self.chunks:
            model = build_request(operation, operation.request_model, None, {**params, field_name: chunk})
            self.payloads.append(encode_body(operation, model, extra_body))
        self.result: BatchResult[ItemT] = BatchResult(path)
        self.items_total = len(items)
        self.items_done = 0
        self.progress = progress

    def record(self, chunk: list[ItemT], reply: ResponseModel | None, error: TRTCError | None) -> None:
        result = self.result
        result.calls += 1
        if reply is not None:
            result.replies.append(reply)
            request_id = wire_get(reply, self.request_id_key)
            index: dict[Any, int] = {}
            for position, item in enumerate(chunk):
                for key in _keys(item, self.operation):
                    index.setdefault(key, position)
            failed_positions = set()
            for failure in failed_items(reply):
                found = index.get(_hashable(failure.key))
                item = chunk[found] if found is not None else failure.key  # a key the server invented stays a key
                if found is not None:
                    failed_positions.add(found)
                result.failed.append(ItemFailure(item, failure.code, failure.message, request_id))
            result.succeeded += [item for position, item in enumerate(chunk) if position not in failed_positions]
        elif isinstance(error, APIError) or (isinstance(error, TransportError) and not error.request_sent):
            code = error.code if isinstance(error, APIError) else None
            request_id = error.request_id if isinstance(error, APIError) else None
            result.failed += [ItemFailure(item, code, str(error), request_id) for item in chunk]
        else:
            result.unknown += chunk  # may have run: check before sending again
        self.items_done += len(chunk)
        if self.progress is not None:
            self.progress(
                BatchProgress(
                    self.items_total,
                    self.items_done,
                    len(self.chunks),
                    result.calls,
                    len(result.succeeded),
                    len(result.failed),
                    len(result.unknown),
                )
            )


def _keys(item: Any, operation: Operation) -> list[Any]:
    """What the per-item results may call an item: the item itself, its field named like the results' key,
    or (for results that list keys only) any of its plain values, such as the UserID of an account."""
    if not isinstance(item, (BaseModel, dict)):
        return [_hashable(item)]
    spec = operation.item_results
    if spec is not None and spec.key:
        return [_hashable(wire_get(item, spec.key))]
    values = item.model_dump(by_alias=True).values() if isinstance(item, BaseModel) else item.values()
    return [value for value in values if isinstance(value, (str, int))]


def _hashable(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)


def run_sync(
    client: SyncAPIClient,
    path: str,
    field_name: str,
    params: Mapping[str, Any],
    extra_body: object,
    request_options: RequestOptions | None,
    progress: Callable[[BatchProgress], None] | None,
) -> BatchResult[Any]:
    job: BatchJob[Any] = BatchJob(client, path, field_name, params, extra_body, progress)
    for chunk, payload in zip(job.chunks, job.payloads, strict=True):
        try:
            reply = client._send(job.operation, payload, job.operation.response_model, request_options)
        except TRTCError as error:
            job.record(chunk, None, error)
        else:
            job.record(chunk, reply, None)
    return job.result


async def run_async(
    client: AsyncAPIClient,
    path: str,
    field_name: str,
    params: Mapping[str, Any],
    extra_body: object,
    request_options: RequestOptions | None,
    progress: Callable[[BatchProgress], None] | None,
    concurrency: int,
) -> BatchResult[Any]:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise RequestValidationError(path, [("concurrency", "must be an integer of at least 1")])
    import asyncio  # here: the blocking client never imports asyncio

    job: BatchJob[Any] = BatchJob(client, path, field_name, params, extra_body, progress)
    gate = asyncio.Semaphore(concurrency)

    async def one(chunk: list[Any], payload: bytes) -> None:
        async with gate:
            try:
                reply = await client._send(job.operation, payload, job.operation.response_model, request_options)
            except TRTCError as error:
                job.record(chunk, None, error)
            else:
                job.record(chunk, reply, None)

    await asyncio.gather(*(one(chunk, payload) for chunk, payload in zip(job.chunks, job.payloads, strict=True)))
    return job.result
