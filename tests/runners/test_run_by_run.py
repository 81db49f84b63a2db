"""RunByRunParallelRunner finishes each run (namespace) before the next one starts."""

from __future__ import annotations

import logging

import pytest
from kedro.io import MemoryDataset
from kedro.io.data_catalog import SharedMemoryDataCatalog
from kedro.pipeline import node, pipeline
from kedro.runner import ParallelRunner

from diffqas_qlstm.runners import RunByRunParallelRunner
from tests.runners.toy_nodes import double


def grid(n_runs: int):
    return sum(
        (
            pipeline(
                [node(double, "x", "a", name="train"), node(double, "a", "b", name="derive"),
                 node(double, "b", "c", name="evaluate")],
                namespace=f"run_{i}", inputs={"x": "x"},
            )
            for i in range(n_runs)
        ),
        start=pipeline([]),
    )


def completion_order(runner, caplog: pytest.LogCaptureFixture) -> list[str]:
    catalog = SharedMemoryDataCatalog({"x": MemoryDataset(1)})
    with caplog.at_level(logging.INFO):
        runner.run(grid(3), catalog)
    return [r.getMessage().removeprefix("Completed node: ") for r in caplog.records
            if r.getMessage().startswith("Completed node: ")]


def test_with_one_worker_every_run_completes_before_the_next_starts(caplog: pytest.LogCaptureFixture) -> None:
    order = completion_order(RunByRunParallelRunner(max_workers=1), caplog)
    assert order == [f"run_{i}.{step}" for i in range(3) for step in ("train", "derive", "evaluate")]


def test_kedros_parallel_runner_trains_every_run_first(caplog: pytest.LogCaptureFixture) -> None:
    """Why the runner exists: Kedro's own ParallelRunner submits every ready node at once."""
    order = completion_order(ParallelRunner(max_workers=1), caplog)
    assert all(name.endswith(".train") for name in order[:3])
