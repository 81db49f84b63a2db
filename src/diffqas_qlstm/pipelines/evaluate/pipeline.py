"""The ``evaluate`` pipeline: two namespaced nodes per run of the grid."""

from __future__ import annotations

from typing import Any

from kedro.pipeline import Pipeline, node

from diffqas_qlstm.config import RunSpec
from diffqas_qlstm.config.environment import configured_runs
from diffqas_qlstm.pipelines.evaluate.nodes import compute_metrics, predict_series
from diffqas_qlstm.pipelines.run_nodes import for_run, is_diffqas, per_run


def _evaluate_nodes(spec: RunSpec, tags: list[str]) -> list:
    derived = is_diffqas(spec)
    return [
        node(
            for_run(predict_series, spec),
            ["windows", "trained_params", "params:train", "params:evaluate"] + (["derived_params"] if derived else []),
            "predictions",
            name="predict_series",
            tags=tags,
        ),
        node(
            compute_metrics,
            ["predictions", "summary"] + (["derived_summary"] if derived else []),
            "metrics",
            name="compute_metrics",
            tags=tags,
        ),
    ]


def evaluate_pipeline(runs: list[RunSpec]) -> Pipeline:
    """Per run: ``predict_series`` → ``predictions``, ``compute_metrics`` → ``metrics``.

    DiffQAS runs also evaluate their derived model (inputs ``derived_params``, ``derived_summary``).
    """
    return per_run(runs, _evaluate_nodes, stage="evaluate", parameters={"params:train", "params:evaluate"})


def create_pipeline(**kwargs: Any) -> Pipeline:
    """``evaluate`` for every run of ``train.grid`` (reads what ``train`` and ``derive`` wrote)."""
    return evaluate_pipeline(configured_runs())
