"""What a Dask worker runs for :class:`~diffqas_qlstm.runners.DaskRunner`: one Kedro node.

The worker bootstraps the Kedro project once per process (settings, hooks, logging, as Kedro's
``ParallelRunner`` does in its workers), limits TensorFlow's threads, then runs the node with
Kedro's ``Task`` (so node and dataset hooks fire) on its own copy of the run's catalog. Inputs
that no file holds arrive from upstream tasks; the task returns its own such outputs, which stay
in worker memory until the tasks that need them have run.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kedro.framework.hooks.manager import (
    _create_hook_manager,
    _register_hooks,
    _register_hooks_entry_points,
)
from kedro.pipeline.node import Node
from kedro.runner.task import Task

from diffqas_qlstm.runners.threads import ThreadLimits, apply_thread_limits

_bootstrapped: dict[int, str] = {}  # pid -> package configured in that process


@dataclass(frozen=True)
class ThreadRequest:
    """TensorFlow thread limits to resolve on each worker from the task slots of its host.

    Example:
        >>> ThreadRequest(slots_by_host={"10.0.0.5": 8}).resolve("10.0.0.5", 1, cores=32)
        ThreadLimits(intra_op=4, inter_op=4)
    """

    intra_op: int | None = None
    inter_op: int | None = None
    slots_by_host: Mapping[str, int] = field(default_factory=dict)

    def resolve(self, host: str | None, own_slots: int, cores: int | None = None) -> ThreadLimits:
        slots = self.slots_by_host.get(host or "", own_slots)
        return ThreadLimits.for_workers(slots, cores, self.intra_op, self.inter_op)


@dataclass(frozen=True)
class NodeJob:
    """One node and what its worker needs besides the catalog and upstream data."""

    node: Node
    memory_outputs: frozenset[str]
    threads: ThreadRequest
    package_name: str | None = None
    logging_config: Mapping[str, Any] | None = None
    is_async: bool = False
    run_id: str | None = None


def run_node_job(
    job: NodeJob, catalog: Any, upstream: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    """Run ``job.node`` here; return its outputs that live in memory (``job.memory_outputs``).

    ``upstream`` maps each upstream node's name to what that node returned (Dask has resolved
    the futures the driver passed); ``catalog`` is shared by the tasks of this worker, so the
    node runs on a deep copy of it.
    """
    _prepare_process(job)
    local = copy.deepcopy(catalog)
    for outputs in upstream.values():
        for name, data in outputs.items():
            if name in job.node.inputs:
                local.save(name, data)
    Task(
        node=job.node,
        catalog=local,
        is_async=job.is_async,
        hook_manager=_hook_manager(),
        run_id=job.run_id,
    ).execute()
    return {name: local.load(name) for name in job.node.outputs if name in job.memory_outputs}


def _prepare_process(job: NodeJob) -> None:
    """Configure the Kedro project and TensorFlow's threads, once per worker process."""
    pid = os.getpid()
    if job.package_name and _bootstrapped.get(pid) != job.package_name:
        from kedro.framework.project import configure_logging, configure_project

        configure_project(job.package_name)
        if job.logging_config:
            configure_logging(dict(job.logging_config))
        _bootstrapped[pid] = job.package_name
    apply_thread_limits(job.threads.resolve(*_worker_slots()))


def _worker_slots() -> tuple[str | None, int]:
    """This worker's host and its number of task threads (None, 1 outside a Dask worker)."""
    try:
        from distributed import get_worker
        from distributed.comm import get_address_host

        worker = get_worker()
    except (ImportError, ValueError):
        return None, 1
    return get_address_host(worker.address), int(worker.state.nthreads)


def _hook_manager() -> Any:
    """The project's hooks, registered in this process (a plugin manager cannot be pickled)."""
    from kedro.framework.project import settings

    manager = _create_hook_manager()
    _register_hooks(manager, settings.HOOKS)
    _register_hooks_entry_points(manager, settings.DISABLE_HOOKS_FOR_PLUGINS)
    return manager
