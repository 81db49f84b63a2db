"""The ``runtime`` block (``conf/*/parameters_runtime.yml``) and the settings it resolves to.

One concept: :class:`RuntimeConfig` is the block as written (typed, validated like the others);
:class:`RuntimeSettings` is what a run executes with — the block with the environment overrides
applied, flat. Precedence: runner arguments (``--runner-params``) > environment variables >
parameters. Nothing here changes a run's results.

Example:
    >>> s = RuntimeSettings.from_parameters(
    ...     {"dask": {"address": None, "n_workers": 3}}, environ={ADDRESS_VAR: "tcp://h:8786"})
    >>> (s.dask_address, s.dask_workers)
    ('tcp://h:8786', 3)
"""


from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from diffqas_qlstm.schema import Block
from diffqas_qlstm.validation import ParameterError

ADDRESS_VAR = "DIFFQAS_DASK_ADDRESS"
WORKERS_VAR = "DIFFQAS_DASK_WORKERS"
PARAMETERS = "params:runtime"


class ThreadsConfig(Block):
    """``runtime.tf_threads``: TensorFlow threads per worker process (null: max(1, cores // workers);
    inter-op null: the intra-op count)."""

    intra_op: int | None = Field(None, ge=1)
    inter_op: int | None = Field(None, ge=1)


class DaskConfig(Block):
    """``runtime.dask``: the scheduler (null: a LocalCluster), its workers and dashboard."""

    address: str | None = None
    n_workers: int | None = Field(None, ge=1)
    dashboard_address: str | None = None


def _none_as_empty(value: Any) -> Any:
    return {} if value is None else value


class RuntimeConfig(Block):
    """``runtime``: how runs are executed; nothing here changes their results (environment
    overrides are applied by :class:`RuntimeSettings`)."""

    tf_threads: Annotated[ThreadsConfig, BeforeValidator(_none_as_empty)] = ThreadsConfig()
    dask: Annotated[DaskConfig, BeforeValidator(_none_as_empty)] = DaskConfig()
    mlflow: bool = False
    """Track every grid run in MLflow (:mod:`diffqas_qlstm.tracking`; needs the ``mlflow`` extra)."""


@dataclass(frozen=True)
class RuntimeSettings:
    """How runs are executed; nothing here changes their results."""

    intra_op_threads: int | None = None
    inter_op_threads: int | None = None
    dask_address: str | None = None
    dask_workers: int | None = None
    dask_dashboard: str | None = None
    mlflow: bool = False

    @classmethod
    def from_parameters(
        cls, params: Mapping[str, Any] | None, environ: Mapping[str, str] | None = None
    ) -> RuntimeSettings:
        """Parse the ``runtime`` block (None: defaults) and apply the environment overrides."""
        environ = os.environ if environ is None else environ
        config = RuntimeConfig.parse({} if params is None else params, "runtime")
        workers = config.dask.n_workers
        if environ.get(WORKERS_VAR):
            try:
                workers = int(environ[WORKERS_VAR])
            except ValueError:
                workers = 0
            if workers < 1:
                raise ParameterError(WORKERS_VAR, environ[WORKERS_VAR], "an integer >= 1")
        return cls(
            intra_op_threads=config.tf_threads.intra_op,
            inter_op_threads=config.tf_threads.inter_op,
            dask_address=environ.get(ADDRESS_VAR) or config.dask.address or None,
            dask_workers=workers,
            dask_dashboard=config.dask.dashboard_address or None,
            mlflow=config.mlflow,
        )

    @classmethod
    def from_catalog(cls, catalog: Any, environ: Mapping[str, str] | None = None) -> RuntimeSettings:
        """Settings from the run's catalog (``params:runtime`` when configured)."""
        params = catalog.load(PARAMETERS) if PARAMETERS in catalog else None
        return cls.from_parameters(params, environ)

    def overridden(self, **values: Any) -> RuntimeSettings:
        """A copy with the given fields replaced where their value is not None."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})

