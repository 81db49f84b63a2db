"""A ``ParallelRunner`` that finishes the grid run by run, for grids that take longer than a sitting.

Kedro's ``ParallelRunner`` hands every node that is ready to its process pool at once. In the
experiment grid every run's training node is ready at the start, so all runs train first and no
run is derived, evaluated and written out in full until the last one has trained: a grid stopped
after hours has no finished run. This runner keeps at most ``max_workers`` nodes in flight and,
among the ready ones, picks first the nodes of runs (namespaces) already started, in the order
they started, then the pipeline's own order. Runs therefore complete one after another, each with
all its outputs, and a stopped grid keeps every finished run (``--only-missing-outputs`` then
skips them).

Usage: ``kedro run --pipeline=train --runner=diffqas_qlstm.runners.RunByRunParallelRunner``
(``--runner-params max_workers=N`` as for ``ParallelRunner``; the TensorFlow threads hook treats
it as a ``ParallelRunner``).

Example:
    >>> from kedro.pipeline import node, pipeline
    >>> def f(x): return x
    >>> p = sum((pipeline([node(f, "in", "a", name="train"), node(f, "a", "b", name="evaluate")],
    ...                   namespace=f"run_{i}", inputs={"in": "in"}) for i in range(3)), start=pipeline([]))
    >>> first = run_order(p, ["run_0.train", "run_1.train", "run_2.train"], started=["run_0"])
    >>> [n.name for n in first]
    ['run_0.train', 'run_1.train', 'run_2.train']
    >>> [n.name for n in run_order(p, ["run_1.train", "run_0.evaluate"], started=["run_0", "run_1"])]
    ['run_0.evaluate', 'run_1.train']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, wait
from itertools import chain
from typing import Any

from kedro.pipeline import Pipeline
from kedro.pipeline.node import Node
from kedro.runner import ParallelRunner
from kedro.runner.task import Task


def run_order(pipeline: Pipeline, ready: Iterable[Node | str], started: Sequence[str]) -> list[Node]:
    """``ready`` nodes (or their names) best first: started runs in start order, then pipeline order."""
    position = {n: i for i, n in enumerate(pipeline.nodes)}
    by_name = {n.name: n for n in pipeline.nodes}
    rank = {run: i for i, run in enumerate(started)}
    nodes = [by_name[n] if isinstance(n, str) else n for n in ready]

    def key(node: Node) -> tuple[int, int, int]:
        run = node.namespace or ""
        return (0, rank[run], position[node]) if run in rank else (1, 0, position[node])

    return sorted(nodes, key=key)


class RunByRunParallelRunner(ParallelRunner):
    """``ParallelRunner`` scheduling run by run (see the module docstring)."""

    def _run(
        self,
        pipeline: Pipeline,
        catalog: Any,
        hook_manager: Any = None,
        run_id: str | None = None,
    ) -> None:
        nodes = pipeline.nodes
        self._validate_catalog(catalog)
        self._validate_nodes(nodes)
        self._set_manager_datasets(catalog)
        load_counts = Counter(chain.from_iterable(n.inputs for n in nodes))
        dependencies = pipeline.node_dependencies
        todo = set(dependencies)
        done_nodes: set[Node] = set()
        started: list[str] = []
        futures: set = set()
        done: Any = None
        max_workers = self._get_required_workers_count(pipeline)
        with self._get_executor(max_workers) as executor:
            while True:
                ready = run_order(pipeline, (n for n in todo if dependencies[n] <= done_nodes), started)
                chosen = ready[: max(0, max_workers - len(futures))]
                for node in chosen:
                    todo.discard(node)
                    if (node.namespace or "") not in started:
                        started.append(node.namespace or "")
                    task = Task(node=node, catalog=catalog, hook_manager=None, is_async=self._is_async, run_id=run_id)
                    task.parallel = True
                    futures.add(executor.submit(task))
                if not futures:
                    if todo:
                        self._raise_runtime_error(todo, done_nodes, set(ready), done)
                    break
                done, futures = wait(futures, return_when=FIRST_COMPLETED)
                for future in done:
                    try:
                        node = future.result()
                    except Exception:
                        self._suggest_resume_scenario(pipeline, done_nodes, catalog)
                        raise
                    done_nodes.add(node)
                    self._logger.info("Completed node: %s", node.name)
                    self._logger.info("Completed %d out of %d tasks", len(done_nodes), len(nodes))
                    self._release_datasets(node, catalog, load_counts, pipeline)
