"""Running the experiment grid in parallel: TensorFlow thread limits and a Dask runner.

- ``kedro run --pipeline=train --runner=ParallelRunner``: Kedro's runner, one process per run;
  :class:`TensorFlowThreadsHook` (registered in ``settings.py``) sizes TensorFlow's thread pools.
- ``kedro run --pipeline=train --runner=diffqas_qlstm.runners.DaskRunner``: each node is a task
  on a Dask cluster (``DIFFQAS_DASK_ADDRESS`` / ``runtime.dask.address``, else a ``LocalCluster``).
- ``--runner=diffqas_qlstm.runners.RunByRunParallelRunner``: the same processes, finishing runs one
  after another (every output of a run written before later runs start), for long grids.
- Add ``--only-missing-outputs`` to any to skip runs whose outputs exist.

``DaskRunner`` and ``RunByRunParallelRunner`` are imported on first use, so that importing the
hook loads neither ``distributed`` nor Kedro's runners (which set up Kedro's logging).
"""

from __future__ import annotations

from typing import Any

from diffqas_qlstm.config.runtime import RuntimeSettings
from diffqas_qlstm.runners.threads import ThreadLimits, apply_thread_limits
from diffqas_qlstm.runners.threads_hook import TensorFlowThreadsHook

__all__ = [
    "DaskRunner",
    "RunByRunParallelRunner",
    "RuntimeSettings",
    "TensorFlowThreadsHook",
    "ThreadLimits",
    "apply_thread_limits",
]


def __getattr__(name: str) -> Any:
    if name == "DaskRunner":
        from diffqas_qlstm.runners.dask_runner import DaskRunner

        return DaskRunner
    if name == "RunByRunParallelRunner":
        from diffqas_qlstm.runners.run_by_run import RunByRunParallelRunner

        return RunByRunParallelRunner
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
