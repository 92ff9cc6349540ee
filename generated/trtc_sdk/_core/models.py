"""Base classes of every generated model, and the schema keys the generator writes for them.

Requests are strict: a typo'd or unknown key is refused, types are not coerced (no `True` for an
integer, no "12" for a number, no bytes for text), limits are checked, and a model changed after it
was built is checked again before it is sent. Responses are lenient: the API grows faster than its
docs, so unknown keys are kept, numbers are accepted for strings, and unlisted enum values decode to
UNLISTED members (see enums.py).

Every model class is built on first use (`defer_build`), so importing a module of models is cheap.
"""

from __future__ import annotations

import enum
import inspect
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Union, get_args, get_origin

import pydantic
from pydantic import (
    BaseModel,
    ConfigDict,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    ValidationInfo,
    field_validator,
    model_serializer,
)
from pydantic._internal._model_construction import ModelMetaclass  # the metaclass to extend (stable in v2)

from trtc_sdk._core.enums import check_sendable
from trtc_sdk._core.errors import ModelValidationError, RequestValidationError
from trtc_sdk._core.limits import ITEM_MAX_BYTES, MAX_BYTES, SEND_AS_STRING, TEXT_ACCEPTED
from trtc_sdk._core.validation import describe_validation_errors


def _field_extra(model: type[BaseModel], name: str | None) -> Mapping[str, Any]:
    extra = model.model_fields[name].json_schema_extra if name else None
    return extra if isinstance(extra, dict) else {}


def enum_class_of(annotation: Any) -> type[enum.Enum] | None:
    """The enum class an annotation such as `E`, `E | Literal[...]` or `list[E] | None` names, if any."""
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return annotation
    if get_origin(annotation) in (Union, types.UnionType, list):
        for member in get_args(annotation):
            found = enum_class_of(member)
            if found is not None:
                return found
    return None


class _RaisesTypedErrors(ModelMetaclass):
    """Calling a model class raises the SDK's own error; validation inside pydantic is left alone.

    It also gives every model the signature `help()`, Jupyter and IDEs show: keyword arguments named
    by the Python names (the ones the README teaches), not the wire keys.
    """

    @property
    def __signature__(cls) -> inspect.Signature:
        parameters = [
            inspect.Parameter(
                name,
                inspect.Parameter.KEYWORD_ONLY,
                default=inspect.Parameter.empty if field.is_required() else field.default,
                annotation=field.annotation,
            )
            for name, field in cls.model_fields.items()  # type: ignore[attr-defined]
        ]
        return inspect.Signature(parameters, return_annotation=cls)

    @__signature__.setter
    def __signature__(cls, value: object) -> None:
        """pydantic sets its own (wire-key) signature when it builds a model; ours stays."""

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().__call__(*args, **kwargs)
        except pydantic.ValidationError as exc:
            error = RequestValidationError if issubclass(cls, RequestModel) else ModelValidationError
            raise error(cls.__name__, describe_validation_errors(cls, exc)) from None  # type: ignore[arg-type]


class RequestModel(BaseModel, metaclass=_RaisesTypedErrors):
    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        validate_by_name=True,
        validate_by_alias=True,
        validate_assignment=True,
        defer_build=True,
        protected_namespaces=(),
    )
    _enum_fields: ClassVar[dict[str, type[enum.Enum] | None]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._enum_fields = {}

    def __setattr__(self, name: str, value: Any) -> None:
        try:
            super().__setattr__(name, value)
        except pydantic.ValidationError as exc:
            raise RequestValidationError(type(self).__name__, describe_validation_errors(type(self), exc)) from None

    @classmethod
    def _enum_of(cls, name: str) -> type[enum.Enum] | None:
        if name not in cls._enum_fields:
            cls._enum_fields[name] = enum_class_of(cls.model_fields[name].annotation)
        return cls._enum_fields[name]

    @field_validator("*", mode="before")
    @classmethod
    def _normalise(cls, value: Any, info: ValidationInfo) -> Any:
        """Turn what the type checker allows into what the strict schema checks."""
        if info.field_name is None:
            return value
        if isinstance(value, tuple):
            value = list(value)  # methods take any Sequence; the models hold lists
        value = _reply_parts_as_wire(value)
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if number and _field_extra(cls, info.field_name).get(SEND_AS_STRING):
            return str(value)
        enum_class = cls._enum_of(info.field_name)
        if enum_class is not None:
            if isinstance(value, str) and _field_extra(cls, info.field_name).get(TEXT_ACCEPTED):
                value = int(value) if value.strip().lstrip("-").isdigit() else value  # the documented text form
            return _to_members(enum_class, value)
        return value

    @field_validator("*", mode="after")
    @classmethod
    def _check_limits(cls, value: Any, info: ValidationInfo) -> Any:
        """What the type annotations cannot say: byte limits and documented enum values only."""
        for item in value if isinstance(value, list) else (value,):
            if isinstance(item, enum.Enum):
                check_sendable(item)
        extra = _field_extra(cls, info.field_name)
        limit, item_limit = extra.get(MAX_BYTES), extra.get(ITEM_MAX_BYTES)
        if isinstance(limit, int) and isinstance(value, str):
            _check_bytes(value, limit)
        if isinstance(item_limit, int) and isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    _check_bytes(item, item_limit)
        return value

    def to_wire(self) -> dict[str, Any]:
        """The JSON object sent to the server: wire keys, only the fields that hold a value."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)

    def to_wire_json(self) -> bytes:
        """`to_wire()` encoded as UTF-8 JSON by pydantic's serializer (no intermediate dict)."""
        return self.__pydantic_serializer__.to_json(self, by_alias=True, exclude_none=True)


def _reply_parts_as_wire(value: Any) -> Any:
    """Parts of a reply passed into a request (a message element read from history, sent on) are checked
    again from their wire form, as the request side's own classes."""
    if isinstance(value, ResponseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, list) and any(isinstance(item, ResponseModel) for item in value):
        return [_reply_parts_as_wire(item) for item in value]
    return value


def _to_members(enum_class: type[enum.Enum], value: Any) -> Any:
    """Values of the enum's own type become members; anything else is left for the strict schema to refuse
    (the enums' reply-side leniency, "1" for 1, must not let a request send what the caller did not write)."""
    if isinstance(value, list):
        return [_to_members(enum_class, item) for item in value]
    if isinstance(value, bool):
        raise ValueError(f"expected a {enum_class.__name__} value, got a boolean")  # True == 1 would pass
    own_type = int if issubclass(enum_class, int) else str
    if isinstance(value, own_type) and not isinstance(value, enum.Enum):
        try:
            return enum_class(value)
        except ValueError:
            return value  # not a value of the enum: the schema names the problem
    return value


def _check_bytes(value: str, limit: int) -> None:
    size = len(value.encode("utf-8"))
    if size > limit:
        raise ValueError(f"is {size} bytes in UTF-8; at most {limit} allowed")


@dataclass(frozen=True)
class Mismatch:
    """Part of a successful reply that does not fit its response model (kept raw on the model)."""

    path: str  # dotted wire keys, list indexes included: "Response.UserList.0.Status"
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


@dataclass(frozen=True)
class RawResponse:
    """The HTTP exchange behind a reply: for logging, metrics and debugging (`reply.raw_response`)."""

    status_code: int
    headers: Mapping[str, str]  # lower-case names
    content: bytes  # the body as received (decompressed)
    elapsed: float  # seconds of the attempt that succeeded
    attempts: int  # attempts the call took, the successful one included
    path: str  # "servicename/command"

    def __repr__(self) -> str:
        return (
            f"RawResponse(status_code={self.status_code}, path={self.path!r}, attempts={self.attempts}, "
            f"elapsed={self.elapsed:.3f})"
        )


class ResponseModel(BaseModel, metaclass=_RaisesTypedErrors):
    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        coerce_numbers_to_str=True,
        defer_build=True,
        protected_namespaces=(),
    )
    # No PrivateAttr: pydantic would initialise private attributes in Python for every nested model of a
    # reply (most of the time of decoding a big page). What a call adds is kept in __pydantic_private__ of the
    # top-level reply only (see `attach`).

    def _private(self, name: str) -> Any:
        private = self.__pydantic_private__
        return private.get(name) if private else None

    @property
    def schema_mismatches(self) -> tuple[Mismatch, ...]:
        """Parts of the reply that did not fit the model; each value is kept raw under its wire key."""
        return self._private("schema_mismatches") or ()

    @property
    def raw_response(self) -> RawResponse | None:
        """The HTTP status, headers, body, time and attempts behind this reply (None if not from a call)."""
        return self._private("raw_response")  # type: ignore[no-any-return]

    @property
    def operation(self) -> Any:
        """The command (`trtc_sdk.Operation`) whose reply this is (None if not from a call)."""
        return self._private("operation")


def _with_null_extras(model: BaseModel, data: Any, info: SerializationInfo) -> Any:
    """Put back the extra keys whose value is null, which `exclude_none` drops: an element of an unknown kind
    goes back on the wire exactly as it came."""
    extras = model.__pydantic_extra__
    if info.exclude_none and extras and isinstance(data, dict):
        for key, value in extras.items():
            if value is None:
                data.setdefault(key, None)
    return data


class UnknownVariant(ResponseModel):
    """An open union's variant of a kind this SDK version does not know, in a reply: every key is kept as
    received (and sent back as received)."""

    @model_serializer(mode="wrap")
    def _keep_null_extras(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> Any:
        return _with_null_extras(self, handler(self), info)


class UnknownRequestVariant(RequestModel):
    """An open union's variant of a kind this SDK version does not know, in a request: any keys go as given,
    but the tag itself is strictly typed (a misspelt tag key fails with a did-you-mean, not silently)."""

    model_config = ConfigDict(extra="allow")

    @model_serializer(mode="wrap")
    def _keep_null_extras(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> Any:
        return _with_null_extras(self, handler(self), info)


def attach(model: BaseModel, **values: Any) -> None:
    """Keep what a call knows about its reply (raw response, operation, mismatches) on the reply itself."""
    object.__setattr__(model, "__pydantic_private__", {**(model.__pydantic_private__ or {}), **values})


def union_tag(wire_key: str, python_name: str, known: frozenset[str | int]) -> Callable[[Any], str | int]:
    """The discriminator of an open union: the variant's tag, or "*" (the generic variant) when unlisted."""

    def tag(value: Any) -> str | int:
        found = value.get(wire_key) if isinstance(value, dict) else getattr(value, python_name, None)
        if isinstance(found, enum.Enum):
            found = found.value
        return found if found in known else "*"

    return tag
