"""The base of every parameter block: a frozen pydantic model parsed once, at the edge.

A block's fields carry their type, range, default and allowed values, written once.
:meth:`Block.parse` turns a raw mapping from ``conf/`` into the typed, frozen object, or raises
:class:`~diffqas_qlstm.validation.ParameterError` naming the key, the value and what is allowed
(the text is derived from the same field declaration, see :func:`allowed_text`).

Example:
    >>> from pydantic import Field
    >>> class Example(Block):
    ...     window: int = Field(4, ge=1)
    >>> Example.parse({"window": 3}, "example").window
    3
    >>> Example.parse({"window": 0}, "example")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    diffqas_qlstm.validation.ParameterError: Invalid parameter 'example.window' = 0: allowed is an integer >= 1
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from typing import Any, ClassVar

import annotated_types as at
from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic.fields import FieldInfo

from diffqas_qlstm.validation import InputDataError, ParameterError, range_text


class Allowed(str):
    """Metadata of an ``Annotated`` type saying what it allows in words, for values a validator
    function checks (``Annotated[str, AfterValidator(check), Allowed("one of …")]``)."""


class Block(BaseModel):
    """A parameter block: frozen, unknown keys refused, no silent conversion (``2.0`` is not an
    integer, ``"1"`` not a number), numbers finite."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True, allow_inf_nan=False)

    UNIQUE: ClassVar[tuple[str, ...]] = ()
    """List fields whose entries must not repeat."""

    @classmethod
    def parse(cls, raw: Any, key: str) -> typing.Self:
        """The block ``raw`` (a mapping from ``conf/``) as a typed object."""
        try:
            block = cls.model_validate(raw)
        except ValidationError as error:
            raise _parameter_error(cls, error, key, raw) from None
        block._check_tree(key)
        return block

    def _check_tree(self, key: str) -> None:
        for name, field in type(self).model_fields.items():
            value = getattr(self, name)
            if isinstance(value, Block):
                value._check_tree(f"{key}.{name}")
            elif isinstance(value, list) and value and all(isinstance(item, Block) for item in value):
                for index, item in enumerate(value):
                    item._check_tree(f"{key}.{name}[{index}]")
            elif name in self.UNIQUE and len(set(map(repr, value))) != len(value):
                raise ParameterError(f"{key}.{name}", list(value), "a list without repeated entries")
        self.check(key)

    def check(self, key: str) -> None:
        """Checks across fields (none by default); raise ``ParameterError``."""

    def to_parameters(self) -> dict[str, Any]:
        """The block as plain data, as it would be written in ``conf/`` (JSON-ready)."""
        return self.model_dump(mode="json")


def allowed_text(field: FieldInfo) -> str:
    """What a field allows, in words, from its declaration (``json_schema_extra={"allowed": …}``
    overrides it).

    Example:
        >>> from diffqas_qlstm.config import ModelConfig
        >>> allowed_text(ModelConfig.model_fields["hidden_size"])
        'an integer in [1, 20]'
    """
    extra = field.json_schema_extra
    if isinstance(extra, dict) and "allowed" in extra:
        return str(extra["allowed"])
    return _describe(field.annotation, field.metadata)


def bounds(metadata: list[Any]) -> tuple[Any, Any, bool, bool]:
    """(low, high, open_low, open_high) of a field's ``Ge/Gt/Le/Lt`` constraints (None: unbounded).

    Example:
        >>> from diffqas_qlstm.config import TrainingConfig
        >>> bounds(TrainingConfig.model_fields["rho"].metadata)
        (0, 1, True, True)
    """
    low = high = None
    open_low = open_high = False
    for item in metadata:
        if isinstance(item, at.Ge):
            low = item.ge
        elif isinstance(item, at.Gt):
            low, open_low = item.gt, True
        elif isinstance(item, at.Le):
            high = item.le
        elif isinstance(item, at.Lt):
            high, open_high = item.lt, True
    return low, high, open_low, open_high


def _range(kind: str, metadata: list[Any]) -> str:
    """``an integer in [1, 20]``, ``a finite number in [0, 1)``, ``… >= 0``, ``… > 0``."""
    low, high, open_low, open_high = bounds(metadata)
    return range_text(kind, low, high, open_low=open_low, open_high=open_high)


def _describe(annotation: Any, metadata: list[Any]) -> str:
    told = [item for item in metadata if isinstance(item, Allowed)]
    if told:
        return str(told[0])
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        inner, *more = typing.get_args(annotation)
        flat = []
        for item in more:
            flat.extend(item.metadata if isinstance(item, FieldInfo) else [item])
        return _describe(inner, [*metadata, *flat])
    if origin is typing.Literal:
        return "one of " + ", ".join(repr(v) for v in typing.get_args(annotation))
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        text = " or ".join(_describe(a, metadata) for a in options)
        return text + (" or null" if len(options) < len(typing.get_args(annotation)) else "")
    if origin is list:
        (item,) = typing.get_args(annotation)
        return f"a non-empty list of ({_describe(item, [])})"
    if annotation is bool:
        return "true or false"
    if annotation is int:
        return _range("an integer", metadata)
    if annotation is float:
        return _range("a finite number", metadata)
    if annotation is str:
        if any(getattr(item, "pattern", None) for item in metadata):
            return "a name of letters, digits and _, starting with a letter"
        return "a non-empty string"
    return getattr(annotation, "__name__", str(annotation))


def _field(model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[str, FieldInfo | None, Any]:
    """The dotted key suffix of an error location, the field it points into, and the annotation of
    the list item when the location ends in an index. Union tags (``literal[…]``) are skipped."""
    parts: list[str] = []
    field: FieldInfo | None = None
    item: Any = None
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            parts[-1] += f"[{part}]"
            if field is not None:
                args = [a for a in typing.get_args(field.annotation) if typing.get_origin(a) is list] or [field.annotation]
                inner = typing.get_args(args[0])
                item = inner[0] if inner else None
                if isinstance(item, type) and issubclass(item, BaseModel):
                    current, item = item, None  # a list of blocks: the key goes on into the item
            continue
        if isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            field = current.model_fields[part]
            parts.append(part)
            item = None
            current = field.annotation
        # else: a union member tag or a dict key of a mapping field: not part of the key
    return ".".join(parts), field, item


def _parameter_error(model: type[Block], error: ValidationError, key: str, raw: Any) -> Exception:
    first = error.errors()[0]
    cause = (first.get("ctx") or {}).get("error")
    if isinstance(cause, (ParameterError, InputDataError)):
        return cause  # raised by a registry this block delegates to; it names its own key
    suffix, field, item = _field(model, tuple(first["loc"]))
    full = f"{key}.{suffix}" if suffix else key
    if first["type"] in ("model_type", "model_attributes_type", "dict_type"):
        return ParameterError(full, first["input"], "a mapping of settings")
    if first["type"] == "extra_forbidden":
        owner = model
        for part in first["loc"][:-1]:
            if isinstance(part, str) and part in owner.model_fields:
                owner = owner.model_fields[part].annotation
        name = first["loc"][-1]
        return ParameterError(f"{full}.{name}", first["input"], "one of the keys " + ", ".join(owner.model_fields))
    if first["type"] == "missing":
        return ParameterError(full, None, "a value (the setting is missing)")
    if item is not None:
        return ParameterError(full, first["input"], _describe(item, []))
    value = first["input"]
    if field is not None and first["loc"] and not isinstance(first["loc"][-1], int):
        # the whole field's value (a union reports one error per member; name the field's value)
        value = _value_at(raw, [p for p in first["loc"] if isinstance(p, (str, int))], suffix)
    return ParameterError(full, value, allowed_text(field) if field is not None else first["msg"])


def _value_at(raw: Any, loc: list[Any], suffix: str) -> Any:
    """The raw value the key ``suffix`` names (the error's input may be a union member's part)."""
    value = raw
    for part in suffix.replace("[", ".[").split("."):
        if part.startswith("["):
            index = int(part[1:-1])
            value = value[index] if isinstance(value, list) and index < len(value) else None
        elif isinstance(value, Mapping):
            value = value.get(part)
        else:
            return None
    return value


def flatten(tree: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested settings as dotted keys: ``{"model": {"depth": 5}}`` -> ``{"model.depth": 5}``.

    Example:
        >>> flatten({"model": {"depth": 5}, "seed": 0}, "protocol.")
        {'protocol.model.depth': 5, 'protocol.seed': 0}
    """
    out: dict[str, Any] = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flatten(value, name + "."))
        else:
            out[name] = value
    return out
