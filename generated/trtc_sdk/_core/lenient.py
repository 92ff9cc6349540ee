"""Building a response model from a reply that does not quite fit it, dropping nothing.

A successful call must never be reported as a failure because the server bent a field (a number
where the docs say an object, a "required" key missing): the model is built from every field that
does decode, each value that does not is kept raw under its wire key (`model_extra`), and the
mismatches are listed on the result (`schema_mismatches`).
"""

from __future__ import annotations

from typing import Any, TypeVar

import pydantic

from trtc_sdk._core.models import Mismatch, ResponseModel, attach
from trtc_sdk._core.validation import model_inside

ModelT = TypeVar("ModelT", bound=pydantic.BaseModel)
_ADAPTERS: dict[tuple[type[pydantic.BaseModel], str], pydantic.TypeAdapter[Any]] = {}


def lenient_validate(model: type[ModelT], data: dict[str, Any], path: str = "") -> tuple[ModelT, list[Mismatch]]:
    """The model with every field that decodes, the rest kept raw, and what did not fit."""
    try:
        return model.model_validate(data), []
    except pydantic.ValidationError:
        pass
    values: dict[str, Any] = {}
    raw: dict[str, Any] = {}
    mismatches: list[Mismatch] = []
    known: set[str] = set()
    for name, info in model.model_fields.items():
        key = info.alias or name
        known.add(key)
        where = f"{path}{key}"
        if key not in data:
            if info.is_required():
                mismatches.append(Mismatch(where, "missing (documented as always present)"))
            continue
        value = data[key]
        try:
            values[name] = _adapter(model, name).validate_python(value)
            continue
        except pydantic.ValidationError as exc:
            problem = exc.errors(include_url=False)[0]["msg"]
        nested = model_inside(info.annotation)
        if nested is not None and isinstance(value, dict):
            values[name], inner = lenient_validate(nested, value, f"{where}.")
            mismatches += inner
        elif nested is not None and isinstance(value, list) and all(isinstance(item, dict) for item in value):
            items = [lenient_validate(nested, item, f"{where}.{index}.") for index, item in enumerate(value)]
            values[name] = [item for item, _ in items]
            mismatches += [mismatch for _, inner in items for mismatch in inner]
        else:
            raw[key] = value
            mismatches.append(Mismatch(where, problem))
    extra = {key: value for key, value in data.items() if key not in known}
    instance = model.model_construct(**values)
    if isinstance(instance, ResponseModel) or model.model_config.get("extra") == "allow":
        instance.__pydantic_extra__ = {**extra, **raw}
    if isinstance(instance, ResponseModel):
        attach(instance, schema_mismatches=tuple(mismatches))
    return instance, mismatches


def _adapter(model: type[pydantic.BaseModel], name: str) -> pydantic.TypeAdapter[Any]:
    adapter = _ADAPTERS.get((model, name))
    if adapter is None:
        info = model.model_fields[name]
        annotation: Any = info.annotation
        adapter = pydantic.TypeAdapter(annotation, config=None if _is_model(annotation) else _config(model))
        _ADAPTERS[(model, name)] = adapter
    return adapter


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel)


def _config(model: type[pydantic.BaseModel]) -> pydantic.ConfigDict:
    return pydantic.ConfigDict(coerce_numbers_to_str=bool(model.model_config.get("coerce_numbers_to_str")))
