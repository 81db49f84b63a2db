"""Validate every parameter block before any node runs (SPEC §8).

Each block is checked by the module that uses it; this only dispatches, so a bad value in any
``parameters_<pipeline>.yml`` stops ``kedro run`` before the first artifact is written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


def _validators() -> dict[str, Callable[[Any], Any]]:
    from diffqas_qlstm.derive.parameters import validate_derive_parameters
    from diffqas_qlstm.evaluate.parameters import validate_evaluate_parameters
    from diffqas_qlstm.report.parameters import validate_report_parameters
    from diffqas_qlstm.robustness import validate_robustness_parameters
    from diffqas_qlstm.runners.config import RuntimeSettings
    from diffqas_qlstm.series.parameters import (
        validate_data_generation_parameters,
        validate_windowing_parameters,
    )
    from diffqas_qlstm.training import validate_train_parameters

    return {
        "data_generation": validate_data_generation_parameters,
        "windowing": validate_windowing_parameters,
        "train": validate_train_parameters,
        "derive": validate_derive_parameters,
        "evaluate": validate_evaluate_parameters,
        "report": validate_report_parameters,
        "robustness": validate_robustness_parameters,
        "runtime": RuntimeSettings.from_parameters,
    }


def validate_all_parameters(parameters: Mapping[str, Any]) -> None:
    """Run the validator of every known block present in ``parameters``.

    Raises:
        diffqas_qlstm.validation.ParameterError: naming the key, the bad value and what is allowed.
        diffqas_qlstm.validation.InputDataError: for an unusable custom CSV.

    Example:
        >>> validate_all_parameters({"windowing": {"window": 4, "train_fraction": 2.0, "scaler_fit": "series"}})  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        ...
        diffqas_qlstm.validation.ParameterError: Invalid parameter 'windowing.train_fraction' = 2.0: allowed is a finite number in (0, 1)
    """
    for block, validate in _validators().items():
        if block in parameters:
            validate(parameters[block])
