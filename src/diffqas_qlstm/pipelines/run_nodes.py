"""Per-run nodes: binding node functions to one grid run, and the one builder of per-run pipelines.

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
from collections.abc import Callable, Iterable
from typing import Any

from kedro.pipeline import Pipeline, pipeline
from kedro.pipeline.node import Node

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


def per_run(
    runs: Iterable[RunSpec],
    nodes_of: Callable[[RunSpec, list[str]], list[Node]],
    *,
    stage: str,
    parameters: set[str] | Callable[[RunSpec], set[str]] = frozenset(),
    windows: bool = True,
    where: Callable[[RunSpec], bool] | None = None,
) -> Pipeline:
    """One pipeline per run (those ``where`` keeps), in the run's namespace ``<dataset>.<model>.seed_<n>``:
    the nodes ``nodes_of(spec, tags)`` gives, tagged ``[stage, dataset, model, seed_<n>]``, reading the
    series' ``windows_<dataset>`` as ``windows`` (with ``windows``) and the given parameters unprefixed.

    Example:
        >>> from kedro.pipeline import node
        >>> runs = [RunSpec("d", "baseline_1", 0), RunSpec("d", "constant", 1)]
        >>> built = per_run(runs, lambda spec, tags: [node(len, "windows", "out", name="size", tags=tags)],
        ...                 stage="demo", where=lambda spec: spec.model != "constant")
        >>> [(n.name, sorted(n.inputs), sorted(n.tags)) for n in built.nodes]
        [('d.baseline_1.seed_0.size', ['windows_d'], ['baseline_1', 'd', 'demo', 'seed_0'])]
    """
    each = []
    for spec in runs:
        if where is not None and not where(spec):
            continue
        tags = [stage, spec.dataset, spec.model, f"seed_{spec.seed}"]
        wanted = parameters(spec) if callable(parameters) else parameters
        each.append(pipeline(nodes_of(spec, tags), namespace=spec.name,
                             inputs={"windows": f"windows_{spec.dataset}"} if windows else None,
                             parameters=set(wanted)))
    return Pipeline(each)  # joined once: adding them one by one sorts the growing whole each time (quadratic)
