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

from collections.abc import Iterable, Mapping
from typing import Any

from diffqas_qlstm.series.kinds import ODE_METHODS, SeriesSpec, parse_series
from diffqas_qlstm.validation import (
    ParameterError,
    require_choice,
    require_int,
    require_keys,
    require_mapping,
    require_number,
)

__all__ = [
    "BENCHMARK_DATASETS",
    "ODE_METHODS",
    "validate_data_generation_parameters",
    "validate_dataset_names",
    "validate_windowing_parameters",
]

#: The five benchmark series of SPEC §2 (their entries in conf/base), in the order the pipelines list them.
BENCHMARK_DATASETS: tuple[str, ...] = (
    "bessel",
    "damped_shm",
    "delayed_quantum_control",
    "narma5",
    "narma10",
)


def validate_dataset_names(names: Any, known: Iterable[str], key: str = "datasets") -> list[str]:
    """Check a list of series names against the configured ones (``known``); return it as a list.

    Example:
        >>> validate_dataset_names(["bessel", "narma5"], ["bessel", "narma5", "nile"])
        ['bessel', 'narma5']
    """
    known = tuple(known)
    if isinstance(names, (str, bytes)) or not isinstance(names, Iterable):
        raise ParameterError(key, names, "a list of series names from data_generation.series: " + ", ".join(known))
    names = list(names)
    for index, name in enumerate(names):
        require_choice(name, f"{key}[{index}]", known)
    return names


def validate_data_generation_parameters(params: Any, *, check_sources: bool = True) -> dict[str, SeriesSpec]:
    """Validate the whole ``data_generation`` mapping; return its series parsed, by name.

    With ``check_sources`` a ``csv`` series must name an existing file (``InputDataError``
    otherwise) and a ``statsmodels`` one an existing column, so that a bad source stops the run
    before any series is written.

    Example:
        >>> from diffqas_qlstm.project_config import load_parameters
        >>> specs = validate_data_generation_parameters(load_parameters("base")["data_generation"])
        >>> specs["narma10"].kind, specs["narma10"].settings["n0"], specs["nile"].scaled
        ('narma', 10, True)
    """
    key = "data_generation"
    params = require_mapping(params, key)
    for name in params:
        if name != "series":
            hint = (f" (a series is now an entry data_generation.series.{name} with a kind)"
                    if name in (*BENCHMARK_DATASETS, "custom", "narma") else "")
            raise ParameterError(f"{key}.{name}", params[name], "only the block series" + hint)
    require_keys(params, key, ("series",))
    return parse_series(params["series"], f"{key}.series", check_sources=check_sources)


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
