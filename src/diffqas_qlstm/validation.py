"""The errors of parameter validation (key, value, what is allowed) and the few checks shared
beside the typed blocks of :mod:`diffqas_qlstm.config` (which do the rest)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


class ParameterError(ValueError):
    """A parameter has a value the project cannot use.

    Example:
        >>> raise ParameterError("windowing.window", 0, "an integer >= 1")  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        ...
        diffqas_qlstm.validation.ParameterError: Invalid parameter 'windowing.window' = 0: allowed is an integer >= 1
    """

    def __init__(self, key: str, value: Any, allowed: str) -> None:
        self.key, self.value, self.allowed = key, value, allowed
        super().__init__(f"Invalid parameter '{key}' = {value!r}: allowed is {allowed}")


class InputDataError(ValueError):
    """A user-supplied data file cannot be used; the message names the file and the problem."""


def require_mapping(params: Any, key: str) -> Mapping[str, Any]:
    if not isinstance(params, Mapping):
        raise ParameterError(key, params, "a mapping of settings")
    return params


def require_choice(value: Any, key: str, choices: Iterable[Any]) -> Any:
    choices = list(choices)
    if value not in choices:
        raise ParameterError(key, value, "one of " + ", ".join(repr(c) for c in choices))
    return value


def require_bool(value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise ParameterError(key, value, "true or false")
    return value


def range_text(kind: str, low: Any = None, high: Any = None, *, open_low: bool = False,
               open_high: bool = False) -> str:
    """What a range allows, in words.

    Example:
        >>> range_text("a finite number", 0, 1, open_high=True)
        'a finite number in [0, 1)'
    """
    if low is not None and high is not None:
        return f"{kind} in {'(' if open_low else '['}{low}, {high}{')' if open_high else ']'}"
    if low is not None:
        return f"{kind} {'>' if open_low else '>='} {low}"
    if high is not None:
        return f"{kind} {'<' if open_high else '<='} {high}"
    return kind

