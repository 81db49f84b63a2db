"""Validation of the ``data_generation`` and ``windowing`` parameters (SPEC §8).

Each error names the parameter key, the bad value and what is allowed.

Example:
    >>> validate_windowing_parameters({"window": 4, "train_fraction": 0.67, "scaler_fit": "series"})
    {'window': 4, 'train_fraction': 0.67, 'scaler_fit': 'series'}
    >>> validate_windowing_parameters({"window": 0, "train_fraction": 0.67, "scaler_fit": "series"})  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    diffqas_qlstm.validation.ParameterError: Invalid parameter 'windowing.window' = 0: allowed is an integer >= 1
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from diffqas_qlstm.series.custom import check_custom_file
from diffqas_qlstm.validation import (
    ParameterError,
    require_choice,
    require_int,
    require_keys,
    require_mapping,
    require_number,
)

#: The five benchmark series of SPEC §2, in the order the pipelines list them.
BENCHMARK_DATASETS: tuple[str, ...] = (
    "bessel",
    "damped_shm",
    "delayed_quantum_control",
    "narma5",
    "narma10",
)
#: Every dataset name the data pipelines know: the benchmarks and a user's ``custom`` CSV.
ALL_DATASETS: tuple[str, ...] = (*BENCHMARK_DATASETS, "custom")

ODE_METHODS = ("RK45", "RK23", "DOP853", "Radau", "BDF", "LSODA")

Check = Callable[[Any, str], Any]


def _number(value: Any, key: str) -> Any:
    return require_number(value, key)


def _positive(value: Any, key: str) -> Any:
    return require_number(value, key, 0, exclusive=True)


def _non_negative(value: Any, key: str) -> Any:
    return require_number(value, key, 0)


def _count(minimum: int) -> Check:
    return lambda value, key: require_int(value, key, minimum)


def _frequencies(value: Any, key: str) -> Any:
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence) or not value:
        raise ParameterError(key, value, "a non-empty list of finite numbers")
    for index, item in enumerate(value):
        require_number(item, f"{key}[{index}]")
    return value


def _ode_method(value: Any, key: str) -> Any:
    return require_choice(value, key, ODE_METHODS)


_SCHEMA: dict[str, dict[str, Check]] = {
    "bessel": {"order": _number, "x_start": _number, "x_stop": _number, "n_points": _count(2)},
    "damped_shm": {
        "b": _non_negative, "g": _number, "l": _positive, "m": _positive,
        "theta0": _number, "omega0": _number, "t_start": _number, "t_stop": _number,
        "n_points": _count(2), "rtol": _positive, "atol": _positive, "method": _ode_method,
    },
    "delayed_quantum_control": {
        "x_start": _number, "x_stop": _number, "x_step": _positive, "n_pulses": _count(1),
        "spacing": _number, "sharpness": _non_negative, "decay": _positive,
    },
    "narma": {
        "T": _count(2), "y0": _number, "frequencies": _frequencies, "amplitude": _number,
        "offset": _number, "alpha": _number, "beta": _number, "gamma": _number, "delta": _number,
    },
    "narma5": {"n0": _count(1)},
    "narma10": {"n0": _count(1)},
}
_INTERVALS = {"bessel": ("x_start", "x_stop"), "damped_shm": ("t_start", "t_stop"),
              "delayed_quantum_control": ("x_start", "x_stop")}


def validate_dataset_names(names: Any, key: str = "datasets") -> list[str]:
    """Check a list of dataset names against :data:`ALL_DATASETS`; return it as a list.

    Example:
        >>> validate_dataset_names(["bessel", "narma5"])
        ['bessel', 'narma5']
    """
    if isinstance(names, (str, bytes)) or not isinstance(names, Iterable):
        raise ParameterError(key, names, "a list of dataset names from " + ", ".join(ALL_DATASETS))
    names = list(names)
    for index, name in enumerate(names):
        require_choice(name, f"{key}[{index}]", ALL_DATASETS)
    return names


def _check_block(block: Any, key: str, schema: Mapping[str, Check]) -> None:
    block = require_mapping(block, key)
    for name in block:
        if name not in schema:
            raise ParameterError(
                f"{key}.{name}", block[name], "only the settings " + ", ".join(schema)
            )
    require_keys(block, key, schema)
    for name, check in schema.items():
        check(block[name], f"{key}.{name}")


def _check_custom(block: Any, key: str) -> None:
    block = require_mapping(block, key)
    require_keys(block, key, ("path", "column"))
    for name in block:
        if name not in ("path", "column"):
            raise ParameterError(f"{key}.{name}", block[name], "only the settings path, column")
    path, column = block["path"], block["column"]
    if path is not None and (not isinstance(path, str) or not path.strip()):
        raise ParameterError(f"{key}.path", path, "null (no custom series) or a CSV file path")
    if not isinstance(column, str) or not column.strip():
        raise ParameterError(f"{key}.column", column, "a non-empty column name")
    if path is not None:
        check_custom_file(path)


def validate_data_generation_parameters(params: Any) -> Mapping[str, Any]:
    """Validate the whole ``data_generation`` mapping (all series and ``custom``); return it.

    A set ``custom.path`` must name an existing file (``InputDataError`` otherwise), so that a
    bad custom file stops the run before any series is written.

    Example:
        >>> from diffqas_qlstm.project_config import load_parameters
        >>> params = load_parameters("base")["data_generation"]
        >>> validate_data_generation_parameters(params) is params
        True
    """
    key = "data_generation"
    params = require_mapping(params, key)
    known = (*_SCHEMA, "custom")
    for name in params:
        if name not in known:
            raise ParameterError(f"{key}.{name}", params[name], "one of the blocks " + ", ".join(known))
    require_keys(params, key, known)
    for name, schema in _SCHEMA.items():
        _check_block(params[name], f"{key}.{name}", schema)
    for name, (start, stop) in _INTERVALS.items():
        block = params[name]
        if not block[stop] > block[start]:
            raise ParameterError(
                f"{key}.{name}.{stop}", block[stop], f"a number > {start} ({block[start]!r})"
            )
    _check_custom(params["custom"], f"{key}.custom")
    return params


def validate_windowing_parameters(params: Any) -> Mapping[str, Any]:
    """Validate the ``windowing`` mapping (window, train_fraction, scaler_fit); return it."""
    key = "windowing"
    params = require_mapping(params, key)
    allowed = ("window", "train_fraction", "scaler_fit")
    for name in params:
        if name not in allowed:
            raise ParameterError(f"{key}.{name}", params[name], "only the settings " + ", ".join(allowed))
    require_keys(params, key, allowed)
    require_int(params["window"], f"{key}.window", 1)
    require_number(params["train_fraction"], f"{key}.train_fraction", 0, 1, exclusive=True)
    require_choice(params["scaler_fit"], f"{key}.scaler_fit", ("series", "train"))
    return params
