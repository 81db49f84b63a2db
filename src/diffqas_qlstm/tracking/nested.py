"""The grid runs' MLflow runs, nested under the kedro run's, created once across processes.

Kedro's ``ParallelRunner`` and the Dask runner call node hooks in their workers; the first worker
to log a grid run creates its MLflow run (a file lock keeps two from both creating it), the others
find it by its tag.

Example:
    >>> GridRuns().lock_path("abc").endswith("diffqas-mlflow-abc.lock")
    True
"""

from __future__ import annotations

import fcntl
import os
import tempfile
from pathlib import Path
from typing import Any

from diffqas_qlstm.config import RunSpec

GRID_RUN_TAG = "grid_run"


class GridRuns:
    """MLflow run ids of the grid runs under each parent, found or created on first use."""

    def __init__(self) -> None:
        self._ids: dict[tuple[str, str], str] = {}

    def run_id(self, client: Any, parent: str, spec: RunSpec) -> str:
        """The MLflow run of grid run ``spec`` under ``parent``, created by the first process that
        asks (a file lock keeps two worker processes from both creating it)."""
        key = (parent, spec.name)
        if key not in self._ids:
            with open(self.lock_path(parent), "a") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                found = children(client, parent, f" and tags.{GRID_RUN_TAG} = '{spec.name}'")
                if found:
                    self._ids[key] = found[0].info.run_id
                else:
                    tags = {"mlflow.parentRunId": parent, GRID_RUN_TAG: spec.name, "dataset": spec.dataset,
                            "model": spec.model, "seed": str(spec.seed)}
                    run = client.create_run(client.get_run(parent).info.experiment_id, tags=tags,
                                            run_name=spec.name)
                    self._ids[key] = run.info.run_id
        return self._ids[key]

    def close(self, client: Any, parent: str, status: str) -> None:
        """Mark every still-running grid run under ``parent`` ``status``; remove the lock file."""
        for run in children(client, parent, " and attributes.status = 'RUNNING'"):
            client.set_terminated(run.info.run_id, status)
        Path(self.lock_path(parent)).unlink(missing_ok=True)

    def clear(self) -> None:
        self._ids.clear()

    @staticmethod
    def lock_path(parent: str) -> str:
        return os.path.join(tempfile.gettempdir(), f"diffqas-mlflow-{parent}.lock")


def children(client: Any, parent: str, condition: str) -> list[Any]:
    experiment = client.get_run(parent).info.experiment_id
    return client.search_runs([experiment], f"tags.mlflow.parentRunId = '{parent}'{condition}",
                              max_results=50000)
