"""Importable node functions for the runner tests (Dask workers import them by name)."""

from __future__ import annotations

import os
import time


def double(value: int) -> int:
    return 2 * value


def add(a: int, b: int) -> int:
    return a + b


def fail(value: int) -> int:
    raise KeyError(f"node failed on {value}")


def worker_pid(value: int) -> dict[str, int]:
    """The worker process and its TensorFlow thread limit as seen by the node (takes 0.5 s)."""
    time.sleep(0.5)
    return {"pid": os.getpid(), "value": value, "intra": int(os.environ.get("TF_NUM_INTRAOP_THREADS", 0))}
