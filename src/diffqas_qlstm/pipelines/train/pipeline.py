"""The ``train`` pipeline (the main command): data → windows → one training node per
(dataset, model, seed) → derive → evaluate → report."""

from __future__ import annotations

from typing import Any

from kedro.pipeline import Pipeline, node

from diffqas_qlstm.config import RunSpec, require_known_series
from diffqas_qlstm.config.environment import configured_runs
from diffqas_qlstm.pipelines.run_index import with_run_index
from diffqas_qlstm.pipelines.run_nodes import per_run
from diffqas_qlstm.pipelines.train.nodes import train_model_for


def training_pipeline(runs: list[RunSpec]) -> Pipeline:
    """One namespaced training node per run (``<dataset>.<model>.seed_<seed>``)."""
    return per_run(runs, lambda spec, tags: [
        node(train_model_for(spec), inputs=["windows", "params:train", "params:windowing"],
             outputs=["trained_params", "history", "summary", "manifest"], name="train_model", tags=tags)
    ], stage="training", parameters={"params:train", "params:windowing"})


def create_pipeline(**kwargs: Any) -> Pipeline:
    """The main job: data → windows → training → derive → evaluate → report → robustness, for the grid."""
    return grid_pipeline(robustness=True)


def grid_pipeline(*, robustness: bool) -> Pipeline:
    """The grid's job; without ``robustness`` it stops at the report (the ``runs`` pipeline: runs
    whose noise and native-gate evaluation is not wanted, e.g. extra seeds and side runs)."""
    from diffqas_qlstm.pipelines import (
        data_generation,
        derive,
        evaluate,
        report,
        windowing,
    )
    from diffqas_qlstm.pipelines import robustness as robustness_pipelines

    runs = configured_runs()
    datasets = sorted({spec.dataset for spec in runs})
    require_known_series(datasets, data_generation.configured_series(), key="train.grid.datasets")
    job = (
        data_generation.create_pipeline(datasets=datasets)
        + windowing.create_pipeline(datasets=datasets)
        + training_pipeline(runs)
        + derive.derive_pipeline(runs)
        + evaluate.evaluate_pipeline(runs)
        + report.report_pipeline(runs)
    )
    if robustness:
        job += robustness_pipelines.robustness_pipeline(runs)
    return with_run_index(job, runs, robustness=robustness)
