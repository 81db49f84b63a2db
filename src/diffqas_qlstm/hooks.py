"""Project hooks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kedro.framework.hooks import hook_impl

from diffqas_qlstm.config import environment
from diffqas_qlstm.config.environment import catalog_parameters


class ActiveEnvironmentHook:
    """Tells :mod:`diffqas_qlstm.config.environment` which configuration environment is active.

    The experiment grid (datasets x models x seeds) shapes the pipelines themselves, so
    ``register_pipelines`` must read configuration of the environment given by ``--env``.
    """

    @hook_impl
    def after_context_created(self, context) -> None:
        environment.set_active_env(context.env, context.project_path, getattr(context, "_runtime_params", None))


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
    """Parse every block and what crosses blocks (:meth:`diffqas_qlstm.config.ProjectConfig.parse`).

    Example:
        >>> validate_run_parameters({"train": {"grid": {"datasets": ["mine"], "models": ["constant"],
        ...     "seeds": [0]}}, "data_generation": {"series": {"nile": {"kind": "statsmodels",
        ...     "dataset": "nile", "column": "volume"}}}})  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        ...
        diffqas_qlstm.validation.ParameterError: Invalid parameter 'train.grid.datasets[0]' = 'mine': allowed is one of 'nile'
    """
    from diffqas_qlstm.config import ProjectConfig

    ProjectConfig.parse(parameters)
