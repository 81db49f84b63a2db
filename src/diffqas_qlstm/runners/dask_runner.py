"""``DaskRunner``: each node of the pipeline is a task on a Dask cluster.

Usage::

    kedro run --pipeline=train --runner=diffqas_qlstm.runners.DaskRunner          # LocalCluster
    kedro run --pipeline=train --runner=diffqas_qlstm.runners.DaskRunner \\
        --runner-params n_workers=4                                               # 4 processes
    DIFFQAS_DASK_ADDRESS=tcp://10.0.0.5:8786 \\
        kedro run --pipeline=train --runner=diffqas_qlstm.runners.DaskRunner      # a real cluster

The scheduler address comes from ``--runner-params address=...``, else ``DIFFQAS_DASK_ADDRESS``,
else ``runtime.dask.address``; without one the runner starts a ``LocalCluster`` of
``n_workers`` processes (``--runner-params``, ``DIFFQAS_DASK_WORKERS``, ``runtime.dask.n_workers``,
default: the cores, at most the pipeline's parallelism) with one thread each.

A node is submitted once the nodes it depends on have finished and a worker thread is free, with
the futures of its in-memory inputs: datasets that no file holds travel as task results and stay
in worker memory only while a task still needs them. ``only_missing_outputs`` and
the resume suggestion after a failure come from Kedro's ``AbstractRunner``.
"""

from __future__ import annotations

import logging
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain
from typing import Any

from distributed import Client, Future, LocalCluster, as_completed
from kedro.pipeline import Pipeline
from kedro.pipeline.node import Node
from kedro.runner import AbstractRunner

from diffqas_qlstm.config.runtime import RuntimeSettings
from diffqas_qlstm.runners.dask_tasks import NodeJob, ThreadRequest, run_node_job
from diffqas_qlstm.runners.threads import ThreadLimits, available_cores


class DaskRunner(AbstractRunner):
    """Runs a Kedro pipeline on a Dask cluster (an existing one, or a ``LocalCluster``).

    Example:
        >>> from kedro.io import DataCatalog
        >>> from kedro.pipeline import Pipeline, node
        >>> pipeline = Pipeline([node(abs, "x", "y")])
        >>> DaskRunner(n_workers=1).run(pipeline, DataCatalog({"x": -2}))  # doctest: +SKIP
        {'y': kedro.io.memory_dataset.MemoryDataset(data='<int>')}
    """

    def __init__(
        self,
        address: str | None = None,
        n_workers: int | None = None,
        is_async: bool = False,
    ) -> None:
        """``address``/``n_workers`` override ``DIFFQAS_DASK_*`` and ``runtime.dask``."""
        super().__init__(is_async=is_async)
        self._address = address
        self._n_workers = n_workers

    def _get_executor(self, max_workers: int) -> None:
        """Unused: Dask schedules the tasks (``AbstractRunner`` requires the method)."""
        return None

    def _run(
        self,
        pipeline: Pipeline,
        catalog: Any,
        hook_manager: Any = None,
        run_id: str | None = None,
    ) -> None:
        """Run the nodes on the cluster (node and dataset hooks fire on the workers)."""
        if not pipeline.nodes:
            return
        settings = RuntimeSettings.from_catalog(catalog).overridden(
            dask_address=self._address, dask_workers=self._n_workers
        )
        parallelism = len(pipeline.nodes) - len(pipeline.grouped_nodes) + 1
        with _dask_client(settings, parallelism, self._logger) as client:
            threads = ThreadRequest(
                settings.intra_op_threads, settings.inter_op_threads, _slots_by_host(client)
            )
            self._submit_and_wait(client, pipeline, catalog, threads, run_id)

    def _submit_and_wait(
        self,
        client: Client,
        pipeline: Pipeline,
        catalog: Any,
        threads: ThreadRequest,
        run_id: str | None,
    ) -> None:
        """Submit each node once its dependencies are done and a task thread is free.

        Dask places a task next to the data of its dependencies, so handing it every future up
        front would pile a grid's runs onto the worker that windowed the data. Submitting ready
        nodes only (with the futures of in-memory inputs, which then do decide the place) keeps
        every worker busy with one run at a time. The catalog is broadcast to every worker (again
        when workers join), so that it does not tie the tasks to one worker either.
        """
        from kedro.framework import project

        memory = _memory_outputs(pipeline, catalog)
        returned = memory & pipeline.outputs()  # free outputs the session hands back
        dependencies = pipeline.node_dependencies
        waiting_children = Counter(chain.from_iterable(dependencies.values()))
        load_counts = Counter(chain.from_iterable(n.inputs for n in pipeline.nodes))
        token = uuid.uuid4().hex[:8]
        todo = list(pipeline.nodes)  # topological order
        held: dict[Node, Future] = {}  # finished nodes whose in-memory outputs are still needed
        running: dict[str, tuple[Node, Future]] = {}
        done: set[Node] = set()
        completed = as_completed()
        workers: dict[str, int] = {}
        try:
            while todo or running:
                if client.nthreads() != workers:  # (re)join: every worker holds the catalog
                    workers = client.nthreads()
                    [shared_catalog] = client.scatter([catalog], broadcast=True, hash=False)
                free = max(1, sum(workers.values())) - len(running)
                for node in [n for n in todo if dependencies[n] <= done][: max(0, free)]:
                    job = NodeJob(
                        node=node,
                        memory_outputs=frozenset(memory & set(node.outputs)),
                        threads=threads,
                        package_name=project.PACKAGE_NAME,
                        logging_config=dict(project.LOGGING),
                        is_async=self._is_async,
                        run_id=run_id,
                    )
                    upstream = {
                        p.name: held[p]
                        for p in dependencies[node]
                        if p in held and memory & set(p.outputs) & set(node.inputs)
                    }
                    future = client.submit(
                        run_node_job, job, shared_catalog, upstream,
                        key=f"{node.name}-{token}", pure=False,
                    )
                    todo.remove(node)
                    running[future.key] = (node, future)
                    completed.add(future)
                if not running:
                    self._raise_runtime_error(set(todo), done, set(), None)
                future = next(completed)
                node, _ = running.pop(future.key)
                outputs = future.result()  # raises the node's exception
                for name in returned & outputs.keys():
                    catalog.save(name, outputs[name])
                done.add(node)
                if memory & set(node.outputs):
                    held[node] = future
                self._logger.info("Completed node: %s", node.name)
                self._logger.info("Completed %d out of %d tasks", len(done), len(pipeline.nodes))
                self._release_datasets(node, catalog, load_counts, pipeline)
                _forget_consumed(node, dependencies, waiting_children, held)
        except Exception:
            client.cancel([f for _, f in running.values()] + list(held.values()))
            self._suggest_resume_scenario(pipeline, done, catalog)
            raise


def _memory_outputs(pipeline: Pipeline, catalog: Any) -> set[str]:
    """Datasets produced by the pipeline that no file holds (memory datasets)."""
    return {
        name
        for name in pipeline.all_outputs()
        if getattr(catalog.get(name, fallback_to_runtime_pattern=True), "_EPHEMERAL", False)
    }


def _forget_consumed(
    node: Node,
    dependencies: dict[Node, set[Node]],
    waiting_children: Counter,
    held: dict[Node, Future],
) -> None:
    """Drop the futures whose consumers have all run, so Dask frees their data on the workers."""
    for parent in dependencies[node]:
        waiting_children[parent] -= 1
    for candidate in (*dependencies[node], node):
        if waiting_children[candidate] <= 0:
            held.pop(candidate, None)


def _slots_by_host(client: Client) -> dict[str, int]:
    """Task threads of the cluster's workers, summed per host."""
    slots: Counter = Counter()
    for worker in client.scheduler_info(n_workers=-1)["workers"].values():
        slots[worker["host"]] += int(worker["nthreads"])
    return dict(slots)


@contextmanager
def _dask_client(
    settings: RuntimeSettings, parallelism: int, logger: logging.Logger
) -> Iterator[Client]:
    """A client of the configured scheduler, else of a ``LocalCluster`` started for this run."""
    if settings.dask_address:
        logger.info("Dask: connecting to the scheduler at %s", settings.dask_address)
        with Client(settings.dask_address) as client:
            yield client
        return
    n_workers = settings.dask_workers or max(1, min(available_cores(), parallelism))
    limits = ThreadLimits.for_workers(
        n_workers, intra_op=settings.intra_op_threads, inter_op=settings.inter_op_threads
    )
    logger.info(
        "Dask: starting a LocalCluster of %d worker processes, TensorFlow intra-op %d / "
        "inter-op %d threads each", n_workers, limits.intra_op, limits.inter_op,
    )
    with LocalCluster(
        n_workers=n_workers,
        threads_per_worker=1,
        processes=True,
        env=limits.environment(),
        dashboard_address=settings.dask_dashboard or ":0",  # its HTTP server always listens
    ) as cluster, Client(cluster) as client:
        client.wait_for_workers(n_workers)
        yield client
