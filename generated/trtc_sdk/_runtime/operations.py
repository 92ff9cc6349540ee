"""Shapes of the generated registry (trtc_sdk._operations, trtc_sdk._protocol).

Model classes are referenced as "module:Class" strings and imported on first use, so reading the
registry (or importing trtc_sdk) does not import every product's models.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from trtc_sdk._runtime.model_base import RequestModel, ResponseModel


@dataclass(frozen=True)
class ErrorSpec:
    code: int
    meaning: str
    category: str  # selects the exception class (errors.API_ERROR_CLASSES)
    retry: str  # never | always | idempotent | resign
    hint: str | None = None


@dataclass(frozen=True)
class Region:
    name: str
    title: str
    host: str
    standby_host: str


@dataclass(frozen=True)
class Paging:
    style: str  # page_number | offset | cursor
    request_key: str
    items: str  # dotted wire path of the item array in the response
    page_size_key: str | None = None
    next: str | None = None
    total: str | None = None
    first: int | str | None = None
    end: int | str | None = None


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

    @cached_property
    def request_model(self) -> type[RequestModel]:
        return cast("type[RequestModel]", _import_ref(self.request_model_ref))

    @cached_property
    def response_model(self) -> type[ResponseModel]:
        return cast("type[ResponseModel]", _import_ref(self.response_model_ref))


def _import_ref(ref: str) -> object:
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)
