"""TensorFlow thread limits for worker processes, so that parallel runs do not oversubscribe cores.

TensorFlow sizes its intra-op and inter-op thread pools once per process, when its runtime
starts (for this project: when ``tensorflow_quantum`` is imported or the first op runs). It reads
``TF_NUM_INTRAOP_THREADS`` / ``TF_NUM_INTEROP_THREADS`` at that moment, so limits exported to the
environment of a worker process before it starts TensorFlow take effect whatever the start method
(fork, spawn, forkserver, a Dask nanny). :func:`apply_thread_limits` also sets
``tf.config.threading`` when TensorFlow is imported but not yet started.

Example:
    >>> limits = ThreadLimits.for_workers(workers=4, cores=16)
    >>> (limits.intra_op, limits.inter_op)
    (4, 4)
    >>> limits.environment()["TF_NUM_INTRAOP_THREADS"]
    '4'
    >>> ThreadLimits.for_workers(workers=8, cores=2).intra_op
    1
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass

logger = logging.getLogger(__name__)

INTRA_OP_VAR = "TF_NUM_INTRAOP_THREADS"
INTER_OP_VAR = "TF_NUM_INTEROP_THREADS"
OMP_VAR = "OMP_NUM_THREADS"

_applied: dict[int, ThreadLimits] = {}  # pid -> limits applied in that process


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity where the OS reports it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class ThreadLimits:
    """TensorFlow intra-op and inter-op thread counts for one worker process."""

    intra_op: int
    inter_op: int

    @classmethod
    def for_workers(
        cls,
        workers: int,
        cores: int | None = None,
        intra_op: int | None = None,
        inter_op: int | None = None,
    ) -> ThreadLimits:
        """``workers`` processes share ``cores``: each gets ``max(1, cores // workers)`` threads.

        Explicit ``intra_op`` / ``inter_op`` win; ``inter_op`` defaults to the intra-op count.
        """
        cores = available_cores() if cores is None else cores
        intra = intra_op if intra_op is not None else max(1, cores // max(1, workers))
        return cls(intra_op=intra, inter_op=inter_op if inter_op is not None else intra)

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> ThreadLimits | None:
        """The limits exported by :meth:`environment`, or None when none are set."""
        environ = os.environ if environ is None else environ
        try:
            intra = int(environ[INTRA_OP_VAR])
        except (KeyError, ValueError):
            return None
        try:
            inter = int(environ.get(INTER_OP_VAR, intra))
        except ValueError:
            inter = intra
        return cls(intra_op=max(1, intra), inter_op=max(1, inter))

    def environment(self) -> dict[str, str]:
        """Environment variables that make a process started afterwards use these limits."""
        return {
            INTRA_OP_VAR: str(self.intra_op),
            INTER_OP_VAR: str(self.inter_op),
            OMP_VAR: str(self.intra_op),
        }


def tensorflow_started() -> bool:
    """Whether TensorFlow's runtime already exists in this process (its pools are then fixed)."""
    if "tensorflow" not in sys.modules:
        return False
    from tensorflow.python.eager import context

    return context.context()._context_handle is not None


def apply_thread_limits(limits: ThreadLimits) -> bool:
    """Make this process use ``limits``; True when they take effect, False when too late.

    Exports the environment variables (for TensorFlow started later, and for child processes)
    and, when TensorFlow is imported but not started, sets ``tf.config.threading`` too. Repeated
    calls with the same limits in one process are free. When TensorFlow has already started and
    the environment already holds these limits, they were exported before the process started
    (a parent before fork, a Dask nanny) and count as applied.
    """
    pid = os.getpid()
    if _applied.get(pid) == limits:
        return True
    if tensorflow_started() and ThreadLimits.from_environment() == limits:
        # Exported before this process started (a Dask nanny's env, a parent before fork).
        _applied[pid] = limits
        return True
    if tensorflow_started():
        logger.warning(
            "TensorFlow already started in process %d: thread limits %s not applied", pid, limits
        )
        return False
    os.environ.update(limits.environment())
    if "tensorflow" in sys.modules:
        import tensorflow as tf

        tf.config.threading.set_intra_op_parallelism_threads(limits.intra_op)
        tf.config.threading.set_inter_op_parallelism_threads(limits.inter_op)
    _applied[pid] = limits
    logger.info(
        "TensorFlow threads in process %d: intra-op %d, inter-op %d",
        pid, limits.intra_op, limits.inter_op,
    )
    return True
