"""Runner settings: the ``runtime`` parameters (``conf/*/parameters_runtime.yml``) and env overrides.

Precedence: runner arguments (``--runner-params``) > environment variables > parameters.

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
from typing import Any

from diffqas_qlstm.validation import ParameterError, require_int, require_mapping

ADDRESS_VAR = "DIFFQAS_DASK_ADDRESS"
WORKERS_VAR = "DIFFQAS_DASK_WORKERS"
PARAMETERS = "params:runtime"


@dataclass(frozen=True)
class RuntimeSettings:
    """How runs are executed; nothing here changes their results."""

    intra_op_threads: int | None = None
    inter_op_threads: int | None = None
    dask_address: str | None = None
    dask_workers: int | None = None
    dask_dashboard: str | None = None

    @classmethod
    def from_parameters(
        cls, params: Mapping[str, Any] | None, environ: Mapping[str, str] | None = None
    ) -> RuntimeSettings:
        """Validate the ``runtime`` block (None: defaults) and apply the environment overrides."""
        environ = os.environ if environ is None else environ
        params = require_mapping({} if params is None else params, "runtime")
        threads = _block(params, "tf_threads")
        dask = _block(params, "dask")
        address = environ.get(ADDRESS_VAR) or dask.get("address")
        workers: Any = dask.get("n_workers")
        if environ.get(WORKERS_VAR):
            try:
                workers = int(environ[WORKERS_VAR])
            except ValueError:
                raise ParameterError(WORKERS_VAR, environ[WORKERS_VAR], "an integer >= 1") from None
        dashboard = dask.get("dashboard_address")
        for key, value in (("address", address), ("dashboard_address", dashboard)):
            if value is not None and not isinstance(value, str):
                raise ParameterError(f"runtime.dask.{key}", value, "a string or null")
        return cls(
            intra_op_threads=_optional_int(threads.get("intra_op"), "runtime.tf_threads.intra_op"),
            inter_op_threads=_optional_int(threads.get("inter_op"), "runtime.tf_threads.inter_op"),
            dask_address=address or None,
            dask_workers=_optional_int(workers, "runtime.dask.n_workers"),
            dask_dashboard=dashboard or None,
        )

    @classmethod
    def from_catalog(cls, catalog: Any, environ: Mapping[str, str] | None = None) -> RuntimeSettings:
        """Settings from the run's catalog (``params:runtime`` when configured)."""
        params = catalog.load(PARAMETERS) if PARAMETERS in catalog else None
        return cls.from_parameters(params, environ)

    def overridden(self, **values: Any) -> RuntimeSettings:
        """A copy with the given fields replaced where their value is not None."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def _block(params: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = params.get(name)
    return {} if value is None else require_mapping(value, f"runtime.{name}")


def _optional_int(value: Any, key: str) -> int | None:
    return None if value is None else require_int(value, key, minimum=1)
