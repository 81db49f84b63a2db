"""Thin nodes of the ``data_generation`` pipeline: validate parameters, then call ``series/``.

Example:
    >>> from diffqas_qlstm.project_config import load_parameters
    >>> generate_bessel(load_parameters("base")["data_generation"]).shape
    (256, 2)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from diffqas_qlstm.series.custom import load_custom_series
from diffqas_qlstm.series.parameters import (
    validate_data_generation_parameters,
    validate_windowing_parameters,
)
from diffqas_qlstm.series.raw import custom_frame, raw_series
from diffqas_qlstm.validation import ParameterError


def _generate(name: str, params: Mapping[str, Any]) -> pd.DataFrame:
    return raw_series(name, validate_data_generation_parameters(params))


def generate_bessel(params: Mapping[str, Any]) -> pd.DataFrame:
    """``raw_bessel``: t = x, value = J2(x)."""
    return _generate("bessel", params)


def generate_damped_shm(params: Mapping[str, Any]) -> pd.DataFrame:
    """``raw_damped_shm``: t, value = angular velocity of the damped pendulum."""
    return _generate("damped_shm", params)


def generate_delayed_quantum_control(params: Mapping[str, Any]) -> pd.DataFrame:
    """``raw_delayed_quantum_control``: t = x, value = the decaying pulse train."""
    return _generate("delayed_quantum_control", params)


def generate_narma5(params: Mapping[str, Any]) -> pd.DataFrame:
    """``raw_narma5``: t, driving input u, output y of NARMA-5."""
    return _generate("narma5", params)


def generate_narma10(params: Mapping[str, Any]) -> pd.DataFrame:
    """``raw_narma10``: t, driving input u, output y of NARMA-10."""
    return _generate("narma10", params)


def load_custom(params: Mapping[str, Any], windowing: Mapping[str, Any]) -> pd.DataFrame:
    """``raw_custom``: the validated column of the user's CSV (at least window + 2 values)."""
    validate_data_generation_parameters(params)
    window = validate_windowing_parameters(windowing)["window"]
    custom = params["custom"]
    if custom["path"] is None:
        raise ParameterError(
            "data_generation.custom.path", None, "a CSV file path when the custom dataset is used"
        )
    values = load_custom_series(custom["path"], custom["column"], min_length=window + 2)
    return custom_frame(values)


GENERATORS = {
    "bessel": generate_bessel,
    "damped_shm": generate_damped_shm,
    "delayed_quantum_control": generate_delayed_quantum_control,
    "narma5": generate_narma5,
    "narma10": generate_narma10,
}
