"""The hook that sizes TensorFlow's thread pools for Kedro's ``ParallelRunner`` workers.

``kedro run --runner=ParallelRunner`` runs each node in a ``ProcessPoolExecutor`` worker, started
with the platform's default start method (fork on Linux up to Python 3.13; ``KEDRO_MP_CONTEXT``
overrides it) after ``before_pipeline_run``. That hook exports ``TF_NUM_INTRAOP_THREADS`` /
``TF_NUM_INTEROP_THREADS`` / ``OMP_NUM_THREADS`` = ``max(1, cores // workers)`` (or the
``runtime.tf_threads`` parameters), which every worker inherits, whatever the start method, before
it starts TensorFlow. In each worker ``before_node_run`` (Kedro registers the project's hooks
there) applies them once per process through ``tf.config.threading`` as well and logs them.

Example (``settings.py``)::

    HOOKS = (ActiveEnvironmentHook(), TensorFlowThreadsHook())
"""

from __future__ import annotations

import logging
import os
from typing import Any

from kedro.framework.hooks import hook_impl
from kedro.io.data_catalog import SharedMemoryDataCatalog
from kedro.pipeline import Pipeline

from diffqas_qlstm.config.runtime import RuntimeSettings
from diffqas_qlstm.runners.threads import (
    ThreadLimits,
    apply_thread_limits,
    tensorflow_started,
)

logger = logging.getLogger(__name__)


def parallel_runner_workers(pipeline: Pipeline, max_workers: int | None = None) -> int:
    """Worker processes Kedro's ``ParallelRunner`` starts for ``pipeline`` (its own formula)."""
    cap = max_workers or os.cpu_count() or 1
    required = len(pipeline.nodes) - len(pipeline.grouped_nodes) + 1
    return max(1, min(required, cap))


def is_parallel_runner(run_params: dict[str, Any], catalog: Any) -> bool:
    """Kedro's session gives ``ParallelRunner`` (and only it) a ``SharedMemoryDataCatalog``."""
    return isinstance(catalog, SharedMemoryDataCatalog) or "ParallelRunner" in str(
        run_params.get("runner", "")
    )


class TensorFlowThreadsHook:
    """Limits TensorFlow threads per worker process so that parallel runs share the cores.

    Under ``ParallelRunner``: ``max(1, cores // workers)`` threads per worker by default. Under any
    runner: the ``runtime.tf_threads`` parameters when set. The Dask runner sets its workers' limits
    itself (:mod:`diffqas_qlstm.runners.dask_runner`).
    """

    @hook_impl
    def before_pipeline_run(
        self, run_params: dict[str, Any], pipeline: Pipeline, catalog: Any
    ) -> None:
        settings = RuntimeSettings.from_catalog(catalog)
        if is_parallel_runner(run_params, catalog):
            workers = parallel_runner_workers(pipeline)
            limits = ThreadLimits.for_workers(
                workers, intra_op=settings.intra_op_threads, inter_op=settings.inter_op_threads
            )
            if tensorflow_started():
                logger.warning(
                    "TensorFlow started in the main process before the ParallelRunner forks: "
                    "workers inherit its thread pools; set KEDRO_MP_CONTEXT=spawn"
                )
            os.environ.update(limits.environment())
            logger.info(
                "ParallelRunner: up to %d worker processes, TensorFlow intra-op %d / inter-op %d "
                "threads each", workers, limits.intra_op, limits.inter_op,
            )
        elif settings.intra_op_threads is not None or settings.inter_op_threads is not None:
            apply_thread_limits(
                ThreadLimits.for_workers(
                    1, intra_op=settings.intra_op_threads, inter_op=settings.inter_op_threads
                )
            )

    @hook_impl
    def before_node_run(self) -> None:
        limits = ThreadLimits.from_environment()
        if limits is not None:
            apply_thread_limits(limits)
