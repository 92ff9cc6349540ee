"""Reading and writing models by wire keys ("Response.CallRecordList"), as the spec names them."""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import BaseModel


@cache
def attribute_name(model: type[BaseModel], key: str) -> str | None:
    """The python attribute of a model holding wire key `key` (None when the model has no such field)."""
    for name, info in model.model_fields.items():
        if info.alias == key or (info.alias is None and name == key):
            return name
    return None


def wire_get(model: Any, path: str) -> Any:
    """Value at a dotted wire-key path of a model (None when any step is missing); unknown keys are read
    from the model's extras, so data the spec does not describe is reachable too."""
    value = model
    for key in path.split("."):
        if isinstance(value, BaseModel):
            name = attribute_name(type(value), key)
            value = getattr(value, name) if name else (value.model_extra or {}).get(key)
        elif isinstance(value, dict):
            value = value.get(key)
        else:
            return None
    return value
