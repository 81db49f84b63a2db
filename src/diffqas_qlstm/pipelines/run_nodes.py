"""Binding node functions to one grid run, for the per-run nodes of derive, evaluate and report.

A file, not a sub-package, so ``find_pipelines`` does not take it for a pipeline.

Example:
    >>> from diffqas_qlstm.training import RunSpec
    >>> def describe(x: int, *, spec: RunSpec) -> str:
    ...     return f"{spec.name}: {x}"
    >>> bound = for_run(describe, RunSpec("bessel", "baseline_1", 0))
    >>> bound.__name__, bound(3)
    ('describe', 'bessel.baseline_1.seed_0: 3')
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from diffqas_qlstm.config import model_kind
from diffqas_qlstm.training import RunSpec


def for_run(func: Callable[..., Any], spec: RunSpec) -> Callable[..., Any]:
    """``func`` with ``spec=spec`` bound, keeping its name and docstring (readable in ``kedro viz``)."""
    return functools.update_wrapper(functools.partial(func, spec=spec), func)


def is_diffqas(spec: RunSpec) -> bool:
    """Only DiffQAS ensembles have an architecture to derive."""
    return model_kind(spec.model) == "diffqas"


def is_single_circuit(spec: RunSpec) -> bool:
    """Runs with one circuit per gate to compile: derived DiffQAS models and hand-designed baselines
    (the ``uniform_<candidate>`` ground-truth runs are compared by their test MSE only)."""
    return model_kind(spec.model) in ("diffqas", "baseline")
