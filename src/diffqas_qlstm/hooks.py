"""Project hooks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kedro.framework.hooks import hook_impl

from diffqas_qlstm import project_config
from diffqas_qlstm.validation import ParameterError


class ActiveEnvironmentHook:
    """Tells :mod:`diffqas_qlstm.project_config` which configuration environment is active.

    The experiment grid (datasets x models x seeds) shapes the pipelines themselves, so
    ``register_pipelines`` must read configuration of the environment given by ``--env``.
    """

    @hook_impl
    def after_context_created(self, context) -> None:
        project_config.set_active_env(context.env, context.project_path, getattr(context, "_runtime_params", None))


class ParameterValidationHook:
    """Validates every parameter block before the first node runs (SPEC §8).

    A bad value stops ``kedro run`` with a ``ParameterError`` (key, value, what is allowed), or
    an ``InputDataError`` for an unusable custom CSV, before any artifact is written. Register it
    in ``settings.py``: ``HOOKS = (..., ParameterValidationHook())``.

    Example:
        >>> from kedro.io import DataCatalog
        >>> catalog = DataCatalog()
        >>> catalog["parameters"] = {"windowing": {"window": 0, "train_fraction": 0.5, "scaler_fit": "series"}}
        >>> ParameterValidationHook().before_pipeline_run({}, None, catalog)  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        ...
        diffqas_qlstm.validation.ParameterError: Invalid parameter 'windowing.window' = 0: allowed is an integer >= 1
    """

    @hook_impl
    def before_pipeline_run(self, run_params: dict[str, Any], pipeline: Any, catalog: Any) -> None:
        validate_run_parameters(catalog_parameters(catalog))


def validate_run_parameters(parameters: Mapping[str, Any]) -> None:
    """Every block (``validate_all_parameters``), then the custom CSV a run would read.

    The custom series is needed when ``data_generation.custom.path`` is set or ``train.grid``
    lists ``custom``; its file must hold at least ``windowing.window + 2`` finite numbers in
    ``data_generation.custom.column``.

    Example:
        >>> validate_run_parameters({"train": {"grid": {"datasets": ["custom"], "models": ["constant"],
        ...     "seeds": [0]}}, "data_generation": {"custom": {"path": None, "column": "value"}}})  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        ...
        diffqas_qlstm.validation.ParameterError: Invalid parameter 'data_generation.custom.path' = None: allowed is a CSV file path when train.grid.datasets lists custom
    """
    from diffqas_qlstm.parameter_checks import validate_all_parameters
    from diffqas_qlstm.series.custom import load_custom_series

    validate_all_parameters(parameters)
    custom = dict(dict(parameters.get("data_generation") or {}).get("custom") or {})
    grid = dict(dict(parameters.get("train") or {}).get("grid") or {})
    if custom.get("path") is None:
        if "custom" in grid.get("datasets", []):
            raise ParameterError(
                "data_generation.custom.path", None, "a CSV file path when train.grid.datasets lists custom"
            )
        return
    window = dict(parameters.get("windowing") or {}).get("window")
    min_length = window + 2 if isinstance(window, int) else 1
    load_custom_series(custom["path"], custom.get("column", "value"), min_length=min_length)


def catalog_parameters(catalog: Any) -> dict[str, Any]:
    """All parameters a Kedro catalog holds: its ``parameters`` entry, else its ``params:<block>`` ones.

    Example:
        >>> from kedro.io import DataCatalog
        >>> catalog = DataCatalog()
        >>> catalog["params:report"] = {"digits": 2}
        >>> catalog_parameters(catalog)
        {'report': {'digits': 2}}
    """
    if "parameters" in catalog:
        return dict(catalog.load("parameters"))
    names = [name for name in catalog.keys() if name.startswith("params:") and "." not in name]
    return {name.removeprefix("params:"): catalog.load(name) for name in names}
