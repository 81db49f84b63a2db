"""TensorFlow thread limits: the arithmetic, the environment, the ParallelRunner hook."""

from __future__ import annotations

import os
import subprocess
import sys

import diffqas_qlstm  # noqa: F401  (before TensorFlow)
import pytest
from kedro.io import DataCatalog, MemoryDataset
from kedro.io.data_catalog import SharedMemoryDataCatalog
from kedro.pipeline import Pipeline, node

from diffqas_qlstm.runners.threads_hook import TensorFlowThreadsHook, parallel_runner_workers
from diffqas_qlstm.runners.threads import (
    INTER_OP_VAR,
    INTRA_OP_VAR,
    OMP_VAR,
    ThreadLimits,
    available_cores,
)
from tests.runners.toy_nodes import double

VARS = (INTRA_OP_VAR, INTER_OP_VAR, OMP_VAR)


@pytest.mark.parametrize(
    ("workers", "cores", "intra", "inter", "expected"),
    [
        (2, 2, None, None, (1, 1)),
        (3, 16, None, None, (5, 5)),
        (32, 16, None, None, (1, 1)),
        (4, 16, 2, None, (2, 2)),
        (4, 16, None, 1, (4, 1)),
    ],
)
def test_threads_per_worker(
    workers: int, cores: int, intra: int | None, inter: int | None, expected: tuple[int, int]
) -> None:
    limits = ThreadLimits.for_workers(workers, cores, intra, inter)
    assert (limits.intra_op, limits.inter_op) == expected


def test_environment_round_trip() -> None:
    limits = ThreadLimits(3, 2)
    env = limits.environment()
    assert env == {INTRA_OP_VAR: "3", INTER_OP_VAR: "2", OMP_VAR: "3"}
    assert ThreadLimits.from_environment(env) == limits
    assert ThreadLimits.from_environment({}) is None
    assert ThreadLimits.from_environment({INTRA_OP_VAR: "x"}) is None


def test_limits_reach_tensorflow_only_before_it_starts() -> None:
    code = (
        "import diffqas_qlstm, os, tensorflow as tf\n"
        "from diffqas_qlstm.runners.threads import ThreadLimits, apply_thread_limits\n"
        "print(apply_thread_limits(ThreadLimits(1, 2)))\n"
        "print(tf.config.threading.get_intra_op_parallelism_threads(),"
        " tf.config.threading.get_inter_op_parallelism_threads(), os.environ['TF_NUM_INTRAOP_THREADS'])\n"
        "import tensorflow_quantum\n"  # starts TensorFlow's runtime
        "print(apply_thread_limits(ThreadLimits(1, 2)), apply_thread_limits(ThreadLimits(2, 2)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split("\n")
    assert out[:3] == ["True", "1 2 1", "True False"]


def independent(n: int) -> Pipeline:
    return Pipeline([node(double, "x", f"y{i}", name=f"n{i}") for i in range(n)])


def test_parallel_runner_worker_count_follows_kedro() -> None:
    assert parallel_runner_workers(independent(4), max_workers=8) == 4
    assert parallel_runner_workers(independent(4), max_workers=2) == 2
    chain = Pipeline([node(double, "x", "a"), node(double, "a", "b"), node(double, "b", "c")])
    assert parallel_runner_workers(chain, max_workers=8) == 1


@pytest.fixture
def thread_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Restore the thread variables after the test (the hook exports them)."""
    for var in VARS:
        monkeypatch.setenv(var, "unset")
        monkeypatch.delenv(var)


def test_hook_exports_limits_for_parallel_runner_workers(thread_env: None) -> None:
    pipeline = independent(2)
    catalog = SharedMemoryDataCatalog({"x": MemoryDataset(1)})
    TensorFlowThreadsHook().before_pipeline_run({"runner": "ParallelRunner"}, pipeline, catalog)
    workers = parallel_runner_workers(pipeline)
    expected = ThreadLimits.for_workers(workers, available_cores())
    assert ThreadLimits.from_environment() == expected


def test_hook_uses_configured_threads(thread_env: None) -> None:
    catalog = SharedMemoryDataCatalog({"params:runtime": MemoryDataset({"tf_threads": {"intra_op": 3}})})
    TensorFlowThreadsHook().before_pipeline_run({}, independent(2), catalog)
    assert ThreadLimits.from_environment() == ThreadLimits(3, 3)


def test_hook_leaves_sequential_runs_alone(thread_env: None) -> None:
    TensorFlowThreadsHook().before_pipeline_run(
        {"runner": "SequentialRunner"}, independent(2), DataCatalog({"x": MemoryDataset(1)})
    )
    assert not any(var in os.environ for var in VARS)
